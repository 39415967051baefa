// The safety plan: her own words for a hard moment, in the six Stanley-Brown steps, with people
// from her circle one tap away. It reads first; editing is a button away.

import { LIMITS } from "../contract.js";
import { getSafetyPlan, listCircle, saveSafetyPlan } from "../api.js";
import { announce, el, focusField } from "../dom.js";
import { formatInstant } from "../dates.js";
import { EMERGENCY, LIFELINE_988, MATERNAL_HOTLINE } from "../support-lines.js";
import { reachLinks } from "./reach.js";
import { lineLinks } from "./support.js";

function readStep(planStep) {
  const { step, text, people } = planStep;
  const id = `plan-read-${step.number}`;
  return el("section", { class: "card plan-step", id, "aria-labelledby": `${id}-heading` },
    el("h2", { id: `${id}-heading` }, `Step ${step.number}. ${step.title}`),
    text ? el("p", { class: "plan-text" }, text) : el("p", { class: "muted" }, "Not written yet."),
    people.length
      ? el("ul", { class: "plain-list" }, people.map((p) =>
        el("li", {}, el("p", {}, el("strong", {}, p.name)), el("div", { class: "actions" }, reachLinks(p)))))
      : null,
    step.number === 5
      ? el("div", { class: "always" },
        el("p", { class: "muted" }, "Always here, day and night:"),
        el("div", { class: "actions" }, ...lineLinks(LIFELINE_988), ...lineLinks(MATERNAL_HOTLINE)))
      : null);
}

function editStep(planStep, circle) {
  const { step, text, people } = planStep;
  const id = `plan-step-${step.number}`;
  const textarea = el("textarea", { id, rows: 3, maxlength: LIMITS.safetyPlanStep, "aria-describedby": `${id}-hint` });
  textarea.value = text;
  const fieldset = el("fieldset", { class: "card plan-step", "data-step": step.number },
    el("legend", {}, `Step ${step.number}. ${step.title}`),
    el("div", { class: "field" },
      el("label", { for: id }, "In my words"),
      textarea,
      el("small", { class: "muted", id: `${id}-hint` }, step.hint)));
  if (step.people) {
    const chosen = new Set(people.map((p) => p.id));
    if (circle.length === 0) {
      fieldset.append(el("p", { class: "muted" }, "People you add to your circle can be picked here."));
    } else {
      const picks = el("fieldset", { class: "people-picks" }, el("legend", {}, "People from my circle"));
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
      el("a", { class: "back", href: "#help" }, "Help"),
      el("h1", {}, "My safety plan"),
      el("p", { class: "lead" },
        "For a hard moment: your own words, step by step. Start at step 1 and go on until you feel safer."),
      el("div", { class: "card first" },
        el("p", {}, "In danger right now? Call 911. Thinking about suicide? Call or text 988."),
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
      const edit = el("button", { type: "button", id: "plan-edit" }, "Edit my plan");
      edit.addEventListener("click", () => showEdit(true));
      body.replaceChildren(
        ...plan.steps.map(readStep),
        el("p", { class: "muted" }, plan.updated_at ? `Last changed ${formatInstant(plan.updated_at)}.` : ""),
        el("div", { class: "actions" }, edit));
    }

    function showEdit(focus) {
      const error = el("p", { class: "form-error", id: "plan-error", role: "alert" });
      const save = el("button", { type: "submit", id: "plan-save" }, "Save my plan");
      const cancel = el("button", { type: "button", class: "quiet" }, "Cancel");
      const form = el("form", { id: "plan-form", novalidate: true },
        el("p", { class: "muted" }, "Write as much or as little as helps. A counsellor, your doctor or someone you trust can help you fill it in."),
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
          announce("Your safety plan is saved");
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
