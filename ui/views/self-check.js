// Self-check: the PHQ-9 and GAD-7 in their own words, her history, and a result told plainly.
// The scoring comes from village-core, and the wording as message ids it names (the catalog
// holds each questionnaire only in its official words); an answer above 0 on PHQ-9 item 9 goes
// to Need help now before the score.

import { deleteSelfCheck, getSelfCheck, selfCheckForm, selfCheckHistory, takeSelfCheck } from "../api.js";
import { announce, el, svgEl as svg } from "../dom.js";
import { formatDate, formatInstant } from "../dates.js";
import { marked, t } from "../words.js";
import { deleteConfirm } from "./delete-confirm.js";
import { axisFontPx, drawAtWidth, endDates, widestLabel } from "./trends-chart.js";

const KINDS = ["phq9", "gad7"];

/** A questionnaire's short name, "PHQ-9" or "GAD-7". */
const nameOf = (kind) => (kind === "phq9" ? t("self-check-phq9-name") : t("self-check-gad7-name"));

/**
 * The language a questionnaire's words are in, when it is not the page's: a catalog carries
 * English where the official translation is not confirmed word for word. Then the form is
 * marked with that language and says why; otherwise null.
 */
function otherLanguage(kind) {
  const tag = kind === "phq9" ? t("self-check-phq9-text-lang") : t("self-check-gad7-text-lang");
  return tag === marked(document.documentElement.lang) ? null : tag;
}

const languageNote = (kind) =>
  otherLanguage(kind) ? el("p", { class: "muted language-note" }, t("self-check-language-note")) : null;

/** Scores over time as a line, with the questionnaire's range boundaries as faint lines. */
function scoreChart(kind, checks) {
  const oldestFirst = [...checks].reverse();
  const max = oldestFirst[0].max_score;
  const TOP = 12, BOTTOM = 172, RIGHT = 16;
  const y = (score) => BOTTOM - (score / max) * (BOTTOM - TOP);
  const summaryId = `history-${kind}-summary`;
  const chart = svg("svg", { class: "trend-chart", role: "img", "aria-labelledby": summaryId });
  const paint = (W) => {
    const font = axisFontPx();
    const bands = oldestFirst[0].bands;
    // The scores sit left of the plot, 6 px from it and 16 px in from the card's edge.
    const LEFT = Math.max(40, Math.ceil(widestLabel(bands.map((b) => String(b.from)), font)) + 22);
    const step = oldestFirst.length > 1 ? (W - LEFT - RIGHT - 24) / (oldestFirst.length - 1) : 0;
    const x = (i) => (oldestFirst.length > 1 ? LEFT + 12 + i * step : (LEFT + W - RIGHT) / 2);
    for (const band of bands) {
      chart.append(
        svg("line", { x1: LEFT, x2: W - RIGHT, y1: y(band.from), y2: y(band.from), class: "grid-line" }),
        svg("text", { x: LEFT - 6, y: y(band.from) + font * 0.3, class: "axis-label", "text-anchor": "end" }, String(band.from)));
    }
    const path = oldestFirst.map((c, i) => `${i ? "L" : "M"}${x(i).toFixed(1)} ${y(c.score).toFixed(1)}`).join(" ");
    chart.append(svg("path", { d: path, class: "mood-line" }));
    oldestFirst.forEach((c, i) => chart.append(svg("circle", { cx: x(i), cy: y(c.score), r: 4, class: "mood-point" })));
    // The dates sit under the plot, as far below it as the text is tall.
    return endDates(chart, formatDate(oldestFirst[0].local_date), formatDate(oldestFirst.at(-1).local_date),
      { left: LEFT, right: W - RIGHT, baseline: BOTTOM + 8 + font, font });
  };
  const latest = checks[0];
  const figure = el("figure", { class: "trends" }, chart,
    el("figcaption", { id: summaryId },
      t("self-check-chart-summary", { count: checks.length, date: formatDate(latest.local_date), score: latest.score, max: latest.max_score })));
  drawAtWidth(chart, figure, paint);
  return figure;
}

function historyCard(kind, checks) {
  if (checks.length === 0) return null;
  return el("section", { class: "card", id: `history-${kind}`, "aria-labelledby": `history-${kind}-heading` },
    el("h2", { id: `history-${kind}-heading` }, t("self-check-history-heading", { name: nameOf(kind) })),
    scoreChart(kind, checks),
    el("ul", { class: "history" }, checks.map((c) =>
      el("li", { class: "history-item" },
        el("a", { href: `#self-check-result/${c.id}` },
          t("self-check-history-item", { date: formatDate(c.local_date), score: c.score, max: c.max_score })),
        " ",
        el("span", { class: "muted" }, t("self-check-history-band", { band: t(c.band.name) })),
        c.needs_help_now ? [" ", el("a", { class: "history-help", href: "#help-now" }, t("self-check-history-help"))] : null))));
}

async function renderOverview(main, showProblem) {
  main.append(
    el("a", { class: "back", href: "#help" }, t("self-check-back-to-help")),
    el("h1", {}, t("self-check-heading")),
    el("p", { class: "lead" }, t("self-check-lead")));
  let forms;
  let history;
  try {
    // What each asks about comes from village-core, with the questions themselves.
    [forms, history] = await Promise.all([Promise.all(KINDS.map(selfCheckForm)), selfCheckHistory()]);
  } catch (problem) {
    showProblem(problem.message);
    return;
  }
  main.append(
    ...forms.map(({ kind, about }) =>
      el("section", { class: "card", "aria-labelledby": `start-${kind}-heading` },
        el("h2", { id: `start-${kind}-heading` }, nameOf(kind)),
        el("p", {}, t(about)),
        languageNote(kind),
        el("div", { class: "actions" },
          el("a", { class: "button", href: `#self-check/${kind}`, id: `start-${kind}` }, t("self-check-start", { name: nameOf(kind) }))))),
    el("p", { class: "muted" }, t("self-check-attribution")),
    ...forms.map(({ kind }) => historyCard(kind, history[kind])).filter(Boolean));
}

/** One question: `legend` is its text (or elements), `options` the message ids of its answers;
 * `lang` marks words in another language than the page's. */
function radios(name, legend, options, { required, lang = null }) {
  const fieldset = el("fieldset", { class: "question", "data-question": name, lang }, el("legend", {}, legend));
  options.forEach((label, value) => {
    const id = `${name}-${value}`;
    fieldset.append(el("div", { class: "choice" },
      el("input", { type: "radio", name, id, value, required }),
      el("label", { for: id }, t(label))));
  });
  return fieldset;
}

async function renderForm(main, showProblem, kind) {
  let form;
  try {
    form = await selfCheckForm(kind);
  } catch (problem) {
    showProblem(problem.message);
    main.append(el("p", {}, el("a", { href: "#self-check" }, t("self-check-back-to-list"))));
    return;
  }
  const lang = otherLanguage(form.kind);
  const error = el("p", { class: "form-error", id: "self-check-error", role: "alert" });
  // Item ids come in order from village-core: item n is the nth, whatever its words.
  const items = form.items.map((id, i) =>
    radios(`item-${i + 1}`, t("self-check-item", { number: i + 1, text: t(id) }), form.answers, { required: true, lang }));
  const optional = el("span", { class: "muted", lang: lang ? document.documentElement.lang : null }, t("self-check-difficulty-optional"));
  const difficulty = radios("difficulty", [t(form.difficulty), " ", optional], form.difficulty_answers, { required: false, lang });
  const submit = el("button", { type: "submit" }, t("self-check-submit"));
  const element = el("form", { id: "self-check-form", novalidate: true, "data-kind": form.kind },
    el("p", { class: "stem", lang }, el("strong", {}, t(form.stem))),
    ...items,
    difficulty,
    error,
    el("div", { class: "actions" }, submit));
  element.addEventListener("submit", async (event) => {
    event.preventDefault();
    error.textContent = "";
    const picked = (name) => {
      const checked = element.querySelector(`input[name="${name}"]:checked`);
      return checked ? Number(checked.value) : null;
    };
    const answers = form.items.map((_, i) => picked(`item-${i + 1}`));
    // A question left out is named here, in her language, and nothing is sent.
    const first = answers.indexOf(null);
    if (first >= 0) {
      error.textContent = t("error-self-check-unanswered", { number: first + 1 });
      element.querySelector(`input[name="item-${first + 1}"]`)?.focus();
      return;
    }
    submit.disabled = true;
    try {
      const result = await takeSelfCheck({ kind: form.kind, answers, difficulty: picked("difficulty") });
      location.hash = result.needs_help_now ? `#help-now/${result.id}` : `#self-check-result/${result.id}`;
    } catch (problem) {
      submit.disabled = false;
      if (problem.code === "invalid") {
        error.textContent = problem.message;
      } else {
        showProblem(problem.message);
      }
    }
  });
  main.append(...[
    el("a", { class: "back", href: "#self-check" }, t("self-check-back")),
    el("h1", {}, nameOf(form.kind)),
    el("p", { class: "lead" }, t(form.about)),
    languageNote(form.kind),
    element].filter(Boolean));
}

export const selfCheck = {
  titleId: "title-self-check",
  nav: "help",
  async render(main, { showProblem }, kind) {
    if (kind) await renderForm(main, showProblem, kind);
    else await renderOverview(main, showProblem);
  },
};

export const selfCheckResult = {
  titleId: "title-self-check-result",
  nav: "help",
  async render(main, { showProblem }, id) {
    main.append(el("a", { class: "back", href: "#self-check" }, t("self-check-back")));
    let result;
    try {
      result = await getSelfCheck(id ?? "");
    } catch (problem) {
      showProblem(problem.message);
      return;
    }
    const remove = deleteConfirm({
      askId: "self-check-delete",
      confirmId: "self-check-delete-confirm",
      text: t("self-check-delete-ask"),
      onDelete: async () => {
        await deleteSelfCheck(result.id);
        announce(t("self-check-deleted"), { carry: true });
        location.hash = "#self-check";
      },
      showProblem,
    });
    const name = nameOf(result.kind);
    const { band } = result;
    main.append(...[
      el("h1", {}, t("self-check-result-heading", { name })),
      el("p", { class: "muted" }, t("self-check-taken", { when: formatInstant(result.taken_at) })),
      result.needs_help_now
        ? el("section", { class: "card first", id: "result-help" },
          el("p", {}, t("self-check-result-help")),
          el("div", { class: "actions" }, el("a", { class: "button", href: "#help-now" }, t("self-check-result-need-help-now"))))
        : null,
      el("section", { class: "card", "aria-labelledby": "result-heading" },
        el("h2", { id: "result-heading" }, t("self-check-score", { score: result.score, max: result.max_score })),
        el("p", { id: "result-words" }, t("self-check-result-words", {
          score: result.score, max: result.max_score, name, from: band.from, to: band.to, band: t(band.name),
        })),
        el("table", { class: "trend-table" },
          el("caption", {}, t("self-check-ranges-caption", { name })),
          el("thead", {}, el("tr", {},
            el("th", { scope: "col" }, t("self-check-ranges-scores")), el("th", { scope: "col" }, t("self-check-ranges-range")))),
          el("tbody", {}, result.bands.map((b) =>
            el("tr", { "aria-current": b.from === band.from ? "true" : null },
              el("td", {}, t("self-check-range", { from: b.from, to: b.to })), el("td", {}, t(b.name)))))),
        el("p", { id: "result-share" }, t("self-check-share"))),
      el("div", { class: "card" },
        el("p", {}, t("self-check-hard-weeks")),
        el("div", { class: "actions" },
          el("a", { class: "button quiet", href: "#help" }, t("self-check-support-lines")),
          el("a", { class: "button quiet", href: "#safety-plan" }, t("self-check-my-plan")))),
      el("div", { class: "actions" }, remove.ask),
      remove.confirm,
    ].filter(Boolean));
  },
};
