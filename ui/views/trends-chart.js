// The trends chart as SVG (weekly mood as a line, notes per week as bars), and how charts fit their width.

import { parseDay } from "../dates.js";
import { el, svgEl as svg } from "../dom.js";
import { formatNumber, locale, marked, t } from "../words.js";
import { moodWord } from "./mood.js";

const MOOD_TOP = 16;
const MOOD_BOTTOM = 160;
const BAR_TOP = 184;
const BAR_BOTTOM = 232;
const RIGHT = 16;
/** Room inside the plot so the first and last bars clear the labels and the edge. */
const PAD = 18;
/** `.axis-label`'s font size in styles.css, in rem: the margins are worked out from it. */
const AXIS_REM = 0.875;
/** What a chart is drawn at before the page has laid it out; it is redrawn before it is painted. */
const FIRST_WIDTH = 640;

/** The axis labels' size in CSS px now: a larger text size gets larger labels and wider margins. */
export function axisFontPx() {
  return AXIS_REM * (parseFloat(getComputedStyle(document.documentElement).fontSize) || 16);
}

let ruler = null;

/** How wide the widest of `labels` is at `fontPx`, in the page's own font. */
export function widestLabel(labels, fontPx) {
  ruler ??= document.createElement("canvas").getContext("2d");
  if (ruler) ruler.font = `${fontPx}px ${getComputedStyle(document.body).fontFamily}`;
  // Without a canvas, a generous guess: most letters are narrower than 0.6 em.
  return Math.max(0, ...labels.map((text) => (ruler ? ruler.measureText(text).width : text.length * fontPx * 0.6)));
}

/**
 * Draws `chart` at the width the page shows it, one SVG unit to one CSS pixel, so its labels are
 * the size the stylesheet says at 360 px as at 1280; and draws it again whenever `box` (what it
 * sits in) changes size and the width or the text size is new. `paint(width)` fills the emptied
 * chart and returns the height it needed.
 */
export function drawAtWidth(chart, box, paint) {
  let drawn = "";
  let drawnWidth = 0;
  let placed = false;
  const draw = (width) => {
    drawn = `${width}/${axisFontPx()}`;
    drawnWidth = width;
    chart.replaceChildren();
    const height = Math.ceil(paint(width));
    chart.setAttribute("viewBox", `0 0 ${width} ${height}`);
    // A fixed height, not one scaled from the width: a new width then leaves the box as tall
    // as it was, so a redraw from the observer does not set it off again.
    chart.setAttribute("height", height);
  };
  const fit = () => {
    const width = Math.round(chart.getBoundingClientRect().width);
    if (width > 0 && `${width}/${axisFontPx()}` !== drawn) draw(width);
  };
  draw(FIRST_WIDTH);
  // The callers put the chart on the page before their code ends, so it is fitted before it is
  // first painted, and the observer's first call finds nothing to change (a redraw from inside
  // it that changed the box's height would be put off a frame, with an error in the console).
  queueMicrotask(() => { if (box.isConnected) fit(); });
  const watch = new ResizeObserver(() => {
    if (!box.isConnected) {
      // Gone with its view (or its range changed): nothing is left to fit.
      if (placed) watch.disconnect();
      return;
    }
    placed = true;
    // A new text size makes the chart taller, which would set the observer off again from
    // inside itself: that redraw waits for the next frame.
    if (Math.round(chart.getBoundingClientRect().width) === drawnWidth) requestAnimationFrame(fit);
    else fit();
  });
  watch.observe(box);
}

/** The first and last dates under a chart, one at each end, the last a line lower when at a
 * large text size they would run into each other. Returns how far down they reach. */
export function endDates(chart, from, to, { left, right, baseline, font }) {
  const touch = left + widestLabel([from], font) + font + widestLabel([to], font) > right;
  const lower = touch ? baseline + font * 1.3 : baseline;
  chart.append(svg("text", { x: left, y: baseline, class: "axis-label", "text-anchor": "start" }, from));
  if (to !== from) chart.append(svg("text", { x: right, y: lower, class: "axis-label", "text-anchor": "end" }, to));
  return lower + font * 0.3;
}

const y = (mood) => MOOD_BOTTOM - ((mood - 1) / 4) * (MOOD_BOTTOM - MOOD_TOP);

/** "Mar 5" or "5 mar": a week's first day in her locale. */
const shortDate = (isoDay) => marked(parseDay(isoDay).toLocaleDateString(locale(), { day: "numeric", month: "short" }));

/** A mood word inside a sentence. */
const moodLower = (value) => moodWord(Math.round(value)).toLocaleLowerCase(locale());

function paintTrends(chart, data, W) {
  const weeks = data.weeks;
  const font = axisFontPx();
  const levels = [1, 3, 5];
  // The mood words sit left of the plot, 8 px from it and 16 px in from the card's edge.
  const LEFT = Math.ceil(widestLabel([...levels.map(moodWord), t("trends-axis-notes")], font)) + 24;
  const step = weeks.length > 1 ? (W - LEFT - RIGHT - 2 * PAD) / (weeks.length - 1) : 0;
  const x = (i) => (weeks.length > 1 ? LEFT + PAD + i * step : (LEFT + W - RIGHT) / 2);
  const maxCount = Math.max(1, ...weeks.map((w) => w.count));

  for (const level of levels) {
    chart.append(
      svg("line", { x1: LEFT, x2: W - RIGHT, y1: y(level), y2: y(level), class: "grid-line" }),
      svg("text", { x: LEFT - 8, y: y(level) + font * 0.3, class: "axis-label", "text-anchor": "end" }, moodWord(level)));
  }
  chart.append(svg("text", { x: LEFT - 8, y: BAR_BOTTOM, class: "axis-label", "text-anchor": "end" }, t("trends-axis-notes")));

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
  // The dates sit under the bars, as far below them as the text is tall.
  const baseline = BAR_BOTTOM + 6 + font;
  if (!weeks.length) return baseline + font * 0.3;
  return endDates(chart, shortDate(data.from), shortDate(data.to), { left: LEFT, right: W - RIGHT, baseline, font });
}

/** A figure with the chart, a one-line summary, and the numbers as a table for screen readers. */
export function trendsChart(data) {
  const weeks = data.weeks;
  const chart = svg("svg", { class: "trend-chart", role: "img", "aria-labelledby": "trend-summary", preserveAspectRatio: "xMidYMid meet" });

  const averages = weeks.filter((w) => w.average !== null).map((w) => w.average);
  const span = { from: shortDate(data.from), to: shortDate(data.to) };
  const summary = averages.length
    ? t("trends-summary", { ...span, count: data.notes, low: moodLower(Math.min(...averages)), high: moodLower(Math.max(...averages)) })
    : t("trends-summary-empty", span);

  const table = el("table", { class: "trend-table" },
    el("caption", {}, t("trends-table-caption")),
    el("thead", {}, el("tr", {},
      el("th", { scope: "col" }, t("trends-table-week")),
      el("th", { scope: "col" }, t("trends-table-average")),
      el("th", { scope: "col" }, t("trends-table-notes")))),
    el("tbody", {}, ...weeks.map((w) => el("tr", {},
      el("td", {}, shortDate(w.start)),
      el("td", {}, w.average === null ? "—" : t("trends-table-mood", {
        average: formatNumber(w.average, { minimumFractionDigits: 1, maximumFractionDigits: 1 }), mood: moodLower(w.average),
      })),
      el("td", {}, String(w.count))))));

  const figure = el("figure", { class: "card trends" },
    chart,
    el("figcaption", { id: "trend-summary" }, summary),
    el("details", { class: "more" }, el("summary", {}, t("trends-numbers")), table));
  drawAtWidth(chart, figure, (W) => paintTrends(chart, data, W));
  return figure;
}
