// Insight: her own notes, side by side. Mood on days with a connection against days without,
// with the counts behind every number, and mood by tag. The numbers come from village-core.

import { insight as readInsight } from "../api.js";
import { el } from "../dom.js";
import { face, moodWord } from "./mood.js";

const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
const counts = (side) => `${plural(side.days, "day", "days")}, ${plural(side.notes, "note", "notes")}`;

/** "4.0 (good)": the number and its word, so the mood never rests on a digit alone. */
const averageText = (average) => `${average.toFixed(1)} (${moodWord(Math.round(average)).toLowerCase()})`;

function sideRow(id, label, side) {
  const bar = el("span", { class: "bar", "aria-hidden": "true" });
  bar.style.width = `${Math.round((side.average / 5) * 100)}%`;
  return el("li", { id, class: "compare-row" },
    el("span", { class: "compare-label" }, label),
    el("span", { class: "compare-value" }, face(side.average, 28), el("strong", { class: "average" }, averageText(side.average))),
    el("span", { class: "bar-track" }, bar),
    el("span", { class: "muted counts" }, counts(side)));
}

function comparisonCard(c) {
  const id = `insight-${c.window_days}`;
  const card = el("section", { class: "card", id, "aria-labelledby": `${id}-heading`, "data-enough": String(c.enough) },
    el("h2", { id: `${id}-heading` }, `Last ${c.window_days} days`));
  if (!c.enough) {
    card.append(
      el("p", { class: "not-enough" }, "Not enough yet to compare."),
      el("p", { class: "muted counts" },
        `So far: ${plural(c.connected.days, "day", "days")} with a connection and ${plural(c.apart.days, "day", "days")} without, among days with a mood note. Insight needs at least 7 of each.`));
    return card;
  }
  card.append(
    el("ul", { class: "compare" },
      sideRow(`${id}-connected`, "Days with a connection", c.connected),
      sideRow(`${id}-apart`, "Days without", c.apart)));
  return card;
}

function tagsCard(data) {
  const card = el("section", { class: "card", id: "insight-tags", "aria-labelledby": "insight-tags-heading" },
    el("h2", { id: "insight-tags-heading" }, `Mood by tag, last ${data.tag_window_days} days`));
  if (data.tags.length === 0) {
    card.append(el("p", { class: "muted" }, "Tag a few notes (at least 3 with the same tag) and you'll see how each sits with your mood."));
    return card;
  }
  card.append(el("ul", { class: "tag-bars" }, data.tags.map((t) => {
    const bar = el("span", { class: "bar", "aria-hidden": "true" });
    bar.style.width = `${Math.round((t.average / 5) * 100)}%`;
    return el("li", { "data-tag": t.tag },
      el("span", { class: "tag-name" }, t.tag),
      el("span", { class: "bar-track" }, bar),
      el("span", { class: "count" }, `${averageText(t.average)} · ${plural(t.notes, "note", "notes")}`));
  })));
  return card;
}

export const insight = {
  titleId: "title-insight",
  nav: "journal",
  async render(main, { showProblem }) {
    main.append(
      el("a", { class: "back", href: "#journal" }, "Journal"),
      el("h1", {}, "Insight"),
      el("p", { class: "lead" },
        "Your own notes, side by side: your mood on days you connected with someone (a check-in or a group) and on days you didn't."));
    let data;
    try {
      data = await readInsight();
    } catch (problem) {
      showProblem(problem.message);
      return;
    }
    main.append(
      ...data.comparisons.map(comparisonCard),
      tagsCard(data),
      el("p", { class: "muted" },
        "Each day counts once, at the average of its notes, on a scale from 1 (very hard) to 5 (great). This shows what went together in your notes, not what caused what."));
  },
};
