// The form to add or edit a person. Every field is labelled; problems show beside the button.

import { LIMITS } from "../contract.js";
import { el, field, focusField } from "../dom.js";
import { t } from "../words.js";
import { months, relationships } from "./circle-words.js";

let formCount = 0;

/**
 * personForm({ person, submitLabel, onSubmit }) — onSubmit(input) returns a promise; a
 * rejected VillageError shows its message in the form and keeps what she typed.
 */
export function personForm({ person = null, submitLabel, onSubmit }) {
  const n = ++formCount;
  const id = (name) => `person-${n}-${name}`;
  const p = person ?? {};

  const name = el("input", { id: id("name"), name: "name", type: "text", autocomplete: "off", required: true, maxlength: LIMITS.personName, value: p.name ?? "" });
  const relationship = el("select", { id: id("relationship"), name: "relationship" },
    ...relationships().map(([value, label]) =>
      el("option", { value, selected: (p.relationship ?? "friend") === value }, label)));
  const cadence = el("input", { id: id("cadence"), name: "cadence", type: "number", inputmode: "numeric", min: 1, max: 365, step: 1, value: p.cadence_days ?? "" });
  const phone = el("input", { id: id("phone"), name: "phone", type: "tel", autocomplete: "off", maxlength: LIMITS.personPhone, value: p.phone ?? "" });
  const email = el("input", { id: id("email"), name: "email", type: "email", autocomplete: "off", maxlength: LIMITS.personEmail, value: p.email ?? "" });
  const reach = el("input", { id: id("reach"), name: "reach", type: "text", maxlength: LIMITS.personReach, value: p.reach ?? "" });
  const month = el("select", { id: id("birthday-month"), name: "birthday-month" },
    el("option", { value: "" }, t("person-form-no-birthday")),
    ...months().map((label, i) => el("option", { value: i + 1, selected: p.birthday?.month === i + 1 }, label)));
  const day = el("input", { id: id("birthday-day"), name: "birthday-day", type: "number", inputmode: "numeric", min: 1, max: 31, value: p.birthday?.day ?? "" });
  const year = el("input", { id: id("birthday-year"), name: "birthday-year", type: "number", inputmode: "numeric", min: 1900, max: 2100, value: p.birthday?.year ?? "" });
  const notes = el("textarea", { id: id("notes"), name: "notes", rows: 3, maxlength: LIMITS.personNotes });
  notes.value = p.notes ?? "";
  const pinned = el("input", { id: id("pinned"), name: "pinned", type: "checkbox", checked: Boolean(p.pinned) });
  const paused = el("input", { id: id("paused"), name: "paused", type: "checkbox", checked: Boolean(p.paused) });
  const error = el("p", { class: "form-error", role: "alert", id: id("error") });
  const submit = el("button", { type: "submit" }, submitLabel);

  const form = el("form", { class: "person-form", novalidate: true, "aria-describedby": id("error") },
    field(id("name"), t("person-form-name"), name),
    el("div", { class: "row" },
      field(id("relationship"), t("person-form-relationship"), relationship),
      field(id("cadence"), t("person-form-cadence"), cadence, t("person-form-cadence-hint"))),
    el("div", { class: "row" },
      field(id("phone"), t("person-form-phone"), phone),
      field(id("email"), t("person-form-email"), email)),
    field(id("reach"), t("person-form-reach"), reach),
    el("fieldset", { class: "inline" },
      el("legend", {}, t("person-form-birthday")),
      el("div", { class: "row" },
        field(id("birthday-month"), t("person-form-month"), month),
        field(id("birthday-day"), t("person-form-day"), day),
        field(id("birthday-year"), t("person-form-year"), year))),
    field(id("notes"), t("person-form-notes"), notes),
    el("div", { class: "choice" }, pinned, el("label", { for: id("pinned") }, t("person-form-pinned"))),
    el("div", { class: "choice" }, paused, el("label", { for: id("paused") }, t("person-form-paused"))),
    error,
    el("div", { class: "actions" }, submit));

  // The names the app gives a refusal, and the control each is about.
  const controls = { name, relationship, phone, email, reach, cadence_days: cadence, birthday: day, notes };
  const refuse = (problem) => {
    error.textContent = problem.message;
    focusField(problem, controls, name);
  };

  const number = (input) => (input.value.trim() === "" ? null : Number(input.value));

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    error.textContent = "";
    const input = {
      name: name.value,
      relationship: relationship.value,
      phone: phone.value,
      email: email.value,
      reach: reach.value,
      cadence_days: number(cadence),
      birthday: month.value === "" ? null : { month: Number(month.value), day: number(day) ?? 0, year: number(year) },
      notes: notes.value,
      pinned: pinned.checked,
      paused: paused.checked,
    };
    // Fractions would never reach the app as whole numbers; say so here in the same words.
    if (input.cadence_days !== null && !Number.isInteger(input.cadence_days)) {
      refuse({ message: t("person-form-cadence-whole"), field: "cadence_days" });
      return;
    }
    const b = input.birthday;
    if (b && (!Number.isInteger(b.day) || (b.year !== null && !Number.isInteger(b.year)))) {
      refuse({ message: t("person-form-birthday-invalid"), field: "birthday" });
      return;
    }
    submit.disabled = true;
    try {
      await onSubmit(input);
    } catch (problem) {
      refuse(problem);
    } finally {
      submit.disabled = false;
    }
  });
  return { form, focus: () => name.focus() };
}
