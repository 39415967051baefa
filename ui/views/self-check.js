// Self-check: the PHQ-9 and GAD-7 in their own words, her history, and a result told plainly.
// The wording and the scoring come from village-core; an answer above 0 on PHQ-9 item 9 goes
// to Need help now before the score.

import { deleteSelfCheck, getSelfCheck, selfCheckForm, selfCheckHistory, takeSelfCheck } from "../api.js";
import { announce, el, svgEl as svg } from "../dom.js";
import { formatDate, formatInstant } from "../dates.js";
import { deleteConfirm } from "./delete-confirm.js";
import { axisFontPx, drawAtWidth, endDates, widestLabel } from "./trends-chart.js";

const KINDS = ["phq9", "gad7"];

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
      `${checks.length} ${checks.length === 1 ? "result" : "results"}; the latest, on ${formatDate(latest.local_date)}, was ${latest.score} out of ${latest.max_score}.`));
  drawAtWidth(chart, figure, paint);
  return figure;
}

function historyCard(kind, name, checks) {
  if (checks.length === 0) return null;
  return el("section", { class: "card", id: `history-${kind}`, "aria-labelledby": `history-${kind}-heading` },
    el("h2", { id: `history-${kind}-heading` }, `Your ${name} results`),
    scoreChart(kind, checks),
    el("ul", { class: "history" }, checks.map((c) =>
      el("li", { class: "history-item" },
        el("a", { href: `#self-check-result/${c.id}` }, `${formatDate(c.local_date)}: ${c.score} out of ${c.max_score}`),
        el("span", { class: "muted" }, ` (${c.band.name})`),
        c.needs_help_now ? el("a", { class: "history-help", href: "#help-now" }, " Need help now") : null))));
}

async function renderOverview(main, showProblem) {
  main.append(
    el("a", { class: "back", href: "#help" }, "Help"),
    el("h1", {}, "Self-check"),
    el("p", { class: "lead" },
      "A few minutes to look at how the last two weeks have been. There are no right answers, and the result stays on this device unless you share it."));
  let forms;
  let history;
  try {
    // Names and descriptions come from village-core, with the questions themselves.
    [forms, history] = await Promise.all([Promise.all(KINDS.map(selfCheckForm)), selfCheckHistory()]);
  } catch (problem) {
    showProblem(problem.message);
    return;
  }
  main.append(
    ...forms.map(({ kind, name, about }) =>
      el("section", { class: "card", "aria-labelledby": `start-${kind}-heading` },
        el("h2", { id: `start-${kind}-heading` }, name),
        el("p", {}, about),
        el("div", { class: "actions" }, el("a", { class: "button", href: `#self-check/${kind}`, id: `start-${kind}` }, `Start the ${name}`)))),
    el("p", { class: "muted" }, "The PHQ-9 and GAD-7 were written by Drs Robert L. Spitzer, Janet B. W. Williams, Kurt Kroenke and colleagues, and are free for anyone to use."),
    ...forms.map(({ kind, name }) => historyCard(kind, name, history[kind])).filter(Boolean));
}

function radios(name, legend, options, { required }) {
  const fieldset = el("fieldset", { class: "question", "data-question": name }, el("legend", {}, legend));
  options.forEach((label, value) => {
    const id = `${name}-${value}`;
    fieldset.append(el("div", { class: "choice" },
      el("input", { type: "radio", name, id, value, required }),
      el("label", { for: id }, label)));
  });
  return fieldset;
}

async function renderForm(main, showProblem, kind) {
  let form;
  try {
    form = await selfCheckForm(kind);
  } catch (problem) {
    showProblem(problem.message);
    main.append(el("p", {}, el("a", { href: "#self-check" }, "Back to self-checks")));
    return;
  }
  const error = el("p", { class: "form-error", id: "self-check-error", role: "alert" });
  const items = form.items.map((text, i) => radios(`item-${i + 1}`, `${i + 1}. ${text}`, form.answers, { required: true }));
  const difficulty = radios("difficulty", `${form.difficulty} (You can leave this one.)`, form.difficulty_answers, { required: false });
  const submit = el("button", { type: "submit" }, "See my result");
  const element = el("form", { id: "self-check-form", novalidate: true, "data-kind": form.kind },
    el("p", { class: "stem" }, el("strong", {}, form.stem)),
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
    submit.disabled = true;
    try {
      const result = await takeSelfCheck({ kind: form.kind, answers, difficulty: picked("difficulty") });
      location.hash = result.needs_help_now ? `#help-now/${result.id}` : `#self-check-result/${result.id}`;
    } catch (problem) {
      submit.disabled = false;
      if (problem.code === "invalid") {
        error.textContent = problem.message;
        const first = answers.indexOf(null);
        if (first >= 0) element.querySelector(`input[name="item-${first + 1}"]`)?.focus();
      } else {
        showProblem(problem.message);
      }
    }
  });
  main.append(
    el("a", { class: "back", href: "#self-check" }, "Self-checks"),
    el("h1", {}, form.name),
    el("p", { class: "lead" }, form.about),
    element);
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
    main.append(el("a", { class: "back", href: "#self-check" }, "Self-checks"));
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
      text: "Delete this result? It cannot be brought back.",
      onDelete: async () => {
        await deleteSelfCheck(result.id);
        announce("Result deleted", { carry: true });
        location.hash = "#self-check";
      },
      showProblem,
    });
    main.append(...[
      el("h1", {}, `Your ${result.name} result`),
      el("p", { class: "muted" }, `Taken ${formatInstant(result.taken_at)}`),
      result.needs_help_now
        ? el("section", { class: "card first", id: "result-help" },
          el("p", {}, "You said you have had thoughts of being better off dead or of hurting yourself. You deserve support with that, today."),
          el("div", { class: "actions" }, el("a", { class: "button", href: "#help-now" }, "Need help now")))
        : null,
      el("section", { class: "card", "aria-labelledby": "result-heading" },
        el("h2", { id: "result-heading" }, `${result.score} out of ${result.max_score}`),
        el("p", { id: "result-words" }, result.words),
        el("table", { class: "trend-table" },
          el("caption", {}, `The ${result.name}'s ranges`),
          el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Scores"), el("th", { scope: "col" }, "Range"))),
          el("tbody", {}, result.bands.map((b) =>
            el("tr", { "aria-current": b.from === result.band.from ? "true" : null },
              el("td", {}, `${b.from} to ${b.to}`), el("td", {}, b.name))))),
        el("p", { id: "result-share" }, result.share)),
      el("div", { class: "card" },
        el("p", {}, "If the last two weeks have been hard, you don't have to wait for an appointment to talk to someone."),
        el("div", { class: "actions" }, el("a", { class: "button quiet", href: "#help" }, "Support lines"), el("a", { class: "button quiet", href: "#safety-plan" }, "My safety plan"))),
      el("div", { class: "actions" }, remove.ask),
      remove.confirm,
    ].filter(Boolean));
  },
};
