// The trends chart, drawn by the app as SVG: weekly average mood as a line, notes per week as bars.

import { parseDay } from "../dates.js";
import { el, svgEl as svg } from "../dom.js";
import { moodWord } from "./mood.js";

const MOOD_TOP = 16;
const MOOD_BOTTOM = 160;
const BAR_TOP = 184;
const BAR_BOTTOM = 232;
const LEFT = 84;
const RIGHT = 12;
/** Room inside the plot so the first and last bars clear the labels and the edge. */
const PAD = 18;

const y = (mood) => MOOD_BOTTOM - ((mood - 1) / 4) * (MOOD_BOTTOM - MOOD_TOP);

const shortDate = (isoDay) => parseDay(isoDay).toLocaleDateString(undefined, { day: "numeric", month: "short" });

/** A figure with the chart, a one-line summary, and the numbers as a table for screen readers. */
export function trendsChart(data, W = 640) {
  const weeks = data.weeks;
  const step = weeks.length > 1 ? (W - LEFT - RIGHT - 2 * PAD) / (weeks.length - 1) : 0;
  const x = (i) => (weeks.length > 1 ? LEFT + PAD + i * step : (LEFT + W - RIGHT) / 2);
  const maxCount = Math.max(1, ...weeks.map((w) => w.count));
  const chart = svg("svg", { viewBox: `0 0 ${W} 256`, class: "trend-chart", role: "img", "aria-labelledby": "trend-summary", preserveAspectRatio: "xMidYMid meet" });

  for (const level of [1, 3, 5]) {
    chart.append(
      svg("line", { x1: LEFT, x2: W - RIGHT, y1: y(level), y2: y(level), class: "grid-line" }),
      svg("text", { x: LEFT - 8, y: y(level) + 4, class: "axis-label", "text-anchor": "end" }, moodWord(level)));
  }
  chart.append(svg("text", { x: LEFT - 8, y: BAR_BOTTOM, class: "axis-label", "text-anchor": "end" }, "notes"));

  const barWidth = Math.max(3, Math.min(24, step * 0.6 || 24));
  weeks.forEach((week, i) => {
    const h = (week.count / maxCount) * (BAR_BOTTOM - BAR_TOP);
    if (week.count > 0) chart.append(svg("rect", { x: x(i) - barWidth / 2, y: BAR_BOTTOM - h, width: barWidth, height: h, rx: 2, class: "count-bar" }));
  });

  // The line breaks over weeks with no notes rather than inventing a mood for them.
  let path = "";
  let drawing = false;
  weeks.forEach((week, i) => {
    if (week.average === null) { drawing = false; return; }
    path += `${drawing ? "L" : "M"}${x(i).toFixed(1)} ${y(week.average).toFixed(1)} `;
    drawing = true;
  });
  if (path) chart.append(svg("path", { d: path.trim(), class: "mood-line" }));
  weeks.forEach((week, i) => {
    if (week.average !== null) chart.append(svg("circle", { cx: x(i), cy: y(week.average), r: 4, class: "mood-point" }));
  });
  if (weeks.length) {
    chart.append(
      svg("text", { x: LEFT, y: 252, class: "axis-label", "text-anchor": "start" }, shortDate(data.from)),
      svg("text", { x: W - RIGHT, y: 252, class: "axis-label", "text-anchor": "end" }, shortDate(data.to)));
  }

  const averages = weeks.filter((w) => w.average !== null).map((w) => w.average);
  const summary = averages.length
    ? `${data.notes} ${data.notes === 1 ? "note" : "notes"} from ${shortDate(data.from)} to ${shortDate(data.to)}. Weekly mood ranged from ${moodWord(Math.round(Math.min(...averages))).toLowerCase()} to ${moodWord(Math.round(Math.max(...averages))).toLowerCase()}.`
    : `No notes from ${shortDate(data.from)} to ${shortDate(data.to)} yet.`;

  const table = el("table", { class: "trend-table" },
    el("caption", {}, "Mood by week"),
    el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Week of"), el("th", { scope: "col" }, "Average"), el("th", { scope: "col" }, "Notes"))),
    el("tbody", {}, ...weeks.map((w) => el("tr", {},
      el("td", {}, shortDate(w.start)),
      el("td", {}, w.average === null ? "—" : `${w.average.toFixed(1)} (${moodWord(Math.round(w.average)).toLowerCase()})`),
      el("td", {}, String(w.count))))));

  return el("figure", { class: "card trends" },
    chart,
    el("figcaption", { id: "trend-summary" }, summary),
    el("details", { class: "more" }, el("summary", {}, "See the numbers"), table));
}
