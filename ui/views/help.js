// Help: the support lines, calm and always reachable, even when nothing else loads.

import { getSafetyPlan, getSelfCheck, listCircle } from "../api.js";
import { el } from "../dom.js";
import { CRISIS_FIRST, SUPPORT_FIRST } from "../support-lines.js";
import { t } from "../words.js";
import { askToCall, uniquePeople } from "./hello.js";
import { checkedOn, lineCard } from "./support.js";

function toolCard(id, heading, text, href, label) {
  return el("section", { class: "card", id, "aria-labelledby": `${id}-heading` },
    el("h3", { id: `${id}-heading` }, heading),
    el("p", {}, text),
    el("div", { class: "actions" }, el("a", { class: "button quiet", href }, label)));
}

export const help = {
  titleId: "title-help",
  render(main) {
    main.append(
      el("h1", {}, t("help-heading")),
      el("p", { class: "lead" }, t("help-lead")),
      el("div", { class: "card first" },
        el("p", {}, t("help-danger")),
        el("div", { class: "actions" }, el("a", { class: "button", href: "#help-now", id: "help-to-now" }, t("help-to-now")))),
      el("h2", {}, t("help-lines-heading")),
      ...SUPPORT_FIRST.map((line) => lineCard(line)),
      checkedOn(SUPPORT_FIRST),
      el("h2", {}, t("help-for-you")),
      toolCard("help-plan", t("help-plan-heading"), t("help-plan-text"), "#safety-plan", t("help-plan-open")),
      toolCard("help-self-check", t("help-self-check-heading"), t("help-self-check-text"), "#self-check", t("help-self-check-open")),
      toolCard("help-insight", t("help-insight-heading"), t("help-insight-text"), "#insight", t("help-insight-open")),
    );
  },
};

/** "Ask someone to call me", with her plan's people first, then her circle. Left out while the
 * journal is locked: the lines above need nothing from it, and her people are in it. */
function askCard(showProblem) {
  if (document.body.dataset.locked === "true") return null;
  const ask = askToCall({
    people: async () => {
      const [plan, circle] = await Promise.all([getSafetyPlan(), listCircle(false)]);
      return uniquePeople(plan.steps.flatMap((s) => s.people), circle.map((e) => e.person));
    },
    showProblem,
    quiet: false,
    titled: false,
  });
  return el("section", { class: "card", id: "help-now-ask", "aria-labelledby": "help-now-ask-heading" },
    el("h2", { id: "help-now-ask-heading" }, t("ask-title")),
    el("p", {}, t("ask-lead")),
    el("div", { class: "actions" }, ask.button),
    ask.panel);
}

/** After a PHQ-9 with item 9 above 0, `afterSelfCheck` is its id: the score waits below. */
export const helpNow = {
  titleId: "title-need-help-now",
  async render(main, { showProblem }, afterSelfCheck) {
    const lead = el("p", { class: "lead" }, t("help-now-lead"));
    const result = el("div", { class: "actions" }, el("a", { class: "button quiet", href: "#safety-plan" }, t("help-now-plan")));
    main.append(...[
      el("h1", {}, t("help-now-heading")),
      lead,
      el("h2", {}, t("help-now-reach")),
      ...CRISIS_FIRST.map((line, i) => lineCard(line, { first: i < 2 })),
      checkedOn(CRISIS_FIRST),
      askCard(showProblem),
      result,
    ].filter(Boolean));
    if (!afterSelfCheck) return;
    // The words about her answer come only for a result that really had it; the lines above
    // never wait for this.
    try {
      const check = await getSelfCheck(afterSelfCheck);
      if (!check.needs_help_now) return;
      lead.id = "help-now-after";
      lead.textContent = t("help-now-after");
      result.append(el("a", { class: "button quiet", href: `#self-check-result/${check.id}`, id: "help-now-result" }, t("help-now-result")));
    } catch {
      // An unknown id changes nothing: the page is the plain Need help now.
    }
  },
};
