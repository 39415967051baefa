// The safety plan: her own words for a hard moment, in the six Stanley-Brown steps, with people
// from her circle one tap away. It reads first; editing is a button away.

import { LIMITS } from "../contract.js";
import { getSafetyPlan, listCircle, saveSafetyPlan } from "../api.js";
import { announce, el, focusField } from "../dom.js";
import { formatInstant } from "../dates.js";
import { EMERGENCY, LIFELINE_988, MATERNAL_HOTLINE } from "../support-lines.js";
import { t } from "../words.js";
import { askToCall, sayHello, uniquePeople } from "./hello.js";
import { lineLinks } from "./support.js";

/** "Step 1. Warning signs": the step's title comes from village-core as a message id. */
const stepHeading = (step) => t("safety-plan-step-heading", { number: step.number, title: t(step.title) });

/** One of her plan's people: the name, and "Say hello" when she has a way to reach them. */
function planPerson(person, showProblem) {
  const hello = sayHello(person, { showProblem, quiet: true });
  return el("li", { class: "plan-person", "data-person": person.id },
    el("p", {}, el("strong", {}, person.name)),
    el("div", { class: "actions" }, hello.button),
    hello.panel);
}

function readStep(planStep, showProblem) {
  const { step, text, people } = planStep;
  const id = `plan-read-${step.number}`;
  return el("section", { class: "card plan-step", id, "aria-labelledby": `${id}-heading` },
    el("h2", { id: `${id}-heading` }, stepHeading(step)),
    text ? el("p", { class: "plan-text" }, text) : el("p", { class: "muted" }, t("safety-plan-not-written")),
    people.length
      ? el("ul", { class: "plain-list" }, people.map((p) => planPerson(p, showProblem)))
      : null,
    step.number === 5
      ? el("div", { class: "always" },
        el("p", { class: "muted" }, t("safety-plan-always")),
        el("div", { class: "actions" }, ...lineLinks(LIFELINE_988), ...lineLinks(MATERNAL_HOTLINE)))
      : null);
}

function editStep(planStep, circle) {
  const { step, text, people } = planStep;
  const id = `plan-step-${step.number}`;
  const textarea = el("textarea", { id, rows: 3, maxlength: LIMITS.safetyPlanStep, "aria-describedby": `${id}-hint` });
  textarea.value = text;
  const fieldset = el("fieldset", { class: "card plan-step", "data-step": step.number },
    el("legend", {}, stepHeading(step)),
    el("div", { class: "field" },
      el("label", { for: id }, t("safety-plan-in-my-words")),
      textarea,
      el("small", { class: "muted", id: `${id}-hint` }, t(step.hint))));
  if (step.people) {
    const chosen = new Set(people.map((p) => p.id));
    if (circle.length === 0) {
      fieldset.append(el("p", { class: "muted" }, t("safety-plan-no-circle")));
    } else {
      const picks = el("fieldset", { class: "people-picks" }, el("legend", {}, t("safety-plan-people")));
      for (const entry of circle) {
        const pid = `${id}-person-${entry.person.id}`;
        picks.append(el("div", { class: "choice" },
          el("input", { type: "checkbox", id: pid, value: entry.person.id, checked: chosen.has(entry.person.id) }),
          el("label", { for: pid }, entry.person.name)));
      }
      fieldset.append(picks);
    }
  }
  return fieldset;
}

export const safetyPlan = {
  titleId: "title-my-safety-plan",
  nav: "help",
  async render(main, { showProblem }) {
    const body = el("div", { id: "safety-plan" });
    main.append(
      el("a", { class: "back", href: "#help" }, t("safety-plan-back-to-help")),
      el("h1", {}, t("safety-plan-heading")),
      el("p", { class: "lead" }, t("safety-plan-lead")),
      el("div", { class: "card first" },
        el("p", {}, t("safety-plan-danger")),
        el("div", { class: "actions" }, ...lineLinks(EMERGENCY), ...lineLinks(LIFELINE_988))),
      body);

    let plan;
    let circle;
    try {
      [plan, circle] = await Promise.all([getSafetyPlan(), listCircle(false)]);
    } catch (problem) {
      showProblem(problem.message);
      return;
    }
    // Someone archived since stays pickable on the steps that list them, so saving never
    // drops them unasked.
    const pickable = (planStep) => {
      const shown = new Set(circle.map((e) => e.person.id));
      const extra = planStep.people.filter((p) => !shown.has(p.id)).map((p) => ({ person: p }));
      return [...circle, ...extra];
    };
    const isEmpty = (p) => p.steps.every((s) => !s.text && s.people.length === 0);

    function showRead() {
      const edit = el("button", { type: "button", id: "plan-edit" }, t("safety-plan-edit"));
      edit.addEventListener("click", () => showEdit(true));
      // Her plan's people first, then the rest of her circle.
      const ask = askToCall({
        people: async () => uniquePeople(plan.steps.flatMap((s) => s.people), circle.map((e) => e.person)),
        showProblem,
      });
      body.replaceChildren(
        el("div", { class: "plan-ask", id: "plan-ask" }, el("div", { class: "actions" }, ask.button), ask.panel),
        ...plan.steps.map((s) => readStep(s, showProblem)),
        el("p", { class: "muted" }, plan.updated_at ? t("safety-plan-changed", { when: formatInstant(plan.updated_at) }) : ""),
        el("div", { class: "actions" }, edit));
    }

    function showEdit(focus) {
      const error = el("p", { class: "form-error", id: "plan-error", role: "alert" });
      const save = el("button", { type: "submit", id: "plan-save" }, t("safety-plan-save"));
      const cancel = el("button", { type: "button", class: "quiet" }, t("safety-plan-cancel"));
      const form = el("form", { id: "plan-form", novalidate: true },
        el("p", { class: "muted" }, t("safety-plan-guide")),
        ...plan.steps.map((s) => editStep(s, pickable(s))),
        error,
        el("div", { class: "actions" }, save, isEmpty(plan) ? null : cancel));
      cancel.addEventListener("click", showRead);
      form.addEventListener("submit", async (event) => {
        event.preventDefault();
        error.textContent = "";
        const steps = plan.steps.map(({ step }) => ({
          number: step.number,
          text: form.querySelector(`#plan-step-${step.number}`).value,
          people: [...form.querySelectorAll(`[data-step="${step.number}"] input[type=checkbox]:checked`)].map((b) => b.value),
        }));
        save.disabled = true;
        try {
          plan = await saveSafetyPlan({ steps });
          announce(t("safety-plan-saved"));
          showRead();
          document.getElementById("plan-edit")?.focus();
        } catch (problem) {
          save.disabled = false;
          if (problem.code === "invalid" || problem.code === "not_found") {
            error.textContent = problem.message;
            focusField(problem, {}, form.querySelector("textarea"));
          } else showProblem(problem.message);
        }
      });
      body.replaceChildren(form);
      if (focus) form.querySelector("textarea")?.focus();
    }

    if (isEmpty(plan)) showEdit(false);
    else showRead();
  },
};
