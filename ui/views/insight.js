// Insight: her own notes, side by side. Mood on days with a connection against days without,
// with the counts behind every number, and mood by tag. The numbers come from village-core.

import { insight as readInsight } from "../api.js";
import { el } from "../dom.js";
import { formatNumber, locale, t } from "../words.js";
import { face, moodWord } from "./mood.js";

const counts = (side) => t("insight-counts", { days: side.days, notes: side.notes });

/** An average and its mood word, "4.0 (good)", as arguments of a message, so the mood never
 * rests on a digit alone; the number as her locale writes it ("4,0" where the mark is a comma). */
const average = (value) => ({
  average: formatNumber(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  mood: moodWord(Math.round(value)).toLocaleLowerCase(locale()),
});

function sideRow(id, label, side) {
  const bar = el("span", { class: "bar", "aria-hidden": "true" });
  bar.style.width = `${Math.round((side.average / 5) * 100)}%`;
  return el("li", { id, class: "compare-row" },
    el("span", { class: "compare-label" }, label),
    el("span", { class: "compare-value" }, face(side.average, 28), el("strong", { class: "average" }, t("insight-average", average(side.average)))),
    el("span", { class: "bar-track" }, bar),
    el("span", { class: "muted counts" }, counts(side)));
}

function comparisonCard(c) {
  const id = `insight-${c.window_days}`;
  const card = el("section", { class: "card", id, "aria-labelledby": `${id}-heading`, "data-enough": String(c.enough) },
    el("h2", { id: `${id}-heading` }, t("insight-window-heading", { days: c.window_days })));
  if (!c.enough) {
    card.append(
      el("p", { class: "not-enough" }, t("insight-not-enough")),
      el("p", { class: "muted counts" }, t("insight-so-far", { connected: c.connected.days, apart: c.apart.days })));
    return card;
  }
  card.append(
    el("ul", { class: "compare" },
      sideRow(`${id}-connected`, t("insight-days-connected"), c.connected),
      sideRow(`${id}-apart`, t("insight-days-apart"), c.apart)));
  return card;
}

function tagsCard(data) {
  const card = el("section", { class: "card", id: "insight-tags", "aria-labelledby": "insight-tags-heading" },
    el("h2", { id: "insight-tags-heading" }, t("insight-tags-heading", { days: data.tag_window_days })));
  if (data.tags.length === 0) {
    card.append(el("p", { class: "muted" }, t("insight-tags-none")));
    return card;
  }
  card.append(el("ul", { class: "tag-bars" }, data.tags.map((tag) => {
    const bar = el("span", { class: "bar", "aria-hidden": "true" });
    bar.style.width = `${Math.round((tag.average / 5) * 100)}%`;
    return el("li", { "data-tag": tag.tag },
      el("span", { class: "tag-name" }, tag.tag),
      el("span", { class: "bar-track" }, bar),
      el("span", { class: "count" }, t("insight-tag-average", { ...average(tag.average), notes: tag.notes })));
  })));
  return card;
}

export const insight = {
  titleId: "title-insight",
  nav: "journal",
  async render(main, { showProblem }) {
    main.append(
      el("a", { class: "back", href: "#journal" }, t("insight-back")),
      el("h1", {}, t("insight-heading")),
      el("p", { class: "lead" }, t("insight-lead")));
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
      el("p", { class: "muted" }, t("insight-how")));
  },
};
