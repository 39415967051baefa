// The form to add or edit a group and its schedule. Only the parts of the schedule that apply
// are shown; every control is labelled, and problems show beside the button.

import { CHOICES, LABELS, LIMITS } from "../contract.js";
import { el, field, focusField } from "../dom.js";
import { isoDate } from "../dates.js";
import { locale, marked, t } from "../words.js";

// Mom-and-baby first: the kind most groups she saves are.
const groupKinds = () => ["mom_and_baby", ...CHOICES.groupKind.filter((k) => k !== "mom_and_baby")]
  .map((value) => [value, t(LABELS.groupKind[value])]);

// Not "repeats": the form's select of that name would shadow it where it is called.
const repeatChoices = () => CHOICES.repeats.map((value) => [value, t(LABELS.repeats[value])]);

/** Each weekday's value with its name in her language, from Intl: 1 January 2024 was a Monday,
 * and the contract lists the days from Monday. */
const weekdays = () => CHOICES.weekday.map((value, i) =>
  [value, marked(new Date(2024, 0, 1 + i).toLocaleDateString(locale(), { weekday: "long" }))]);

const nths = () => CHOICES.nth.map((value) => [value, t(LABELS.nth[String(value)])]);

/** How long before a meeting its reminder comes, in minutes; the app takes 5 to 1440. */
const REMINDER_LEADS = [15, 30, 60, 120, 180, 1440];

/** A reminder's lead as the arguments of a message that says it ("1 hour", "30 minutes",
 * "1 day"): `unit` ("day", "hour" or "minute") and `count`, which the message's plurals take. */
export function reminderLeadArgs(minutes) {
  if (minutes % 1440 === 0) return { unit: "day", count: minutes / 1440 };
  if (minutes % 60 === 0) return { unit: "hour", count: minutes / 60 };
  return { unit: "minute", count: minutes };
}

/** What the date field means for each kind of schedule. */
function dateLabel(repeats) {
  switch (repeats) {
    case "weekly":
    case "monthly": return t("group-form-date-from");
    case "every_other_week": return t("group-form-date-first");
    default: return t("group-form-date");
  }
}

let formCount = 0;

function todayIso() {
  const d = new Date();
  return isoDate(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

/**
 * groupForm({ group, submitLabel, onSubmit }) — onSubmit(input) returns a promise; a rejected
 * VillageError shows its message in the form and keeps what she typed.
 */
export function groupForm({ group = null, submitLabel, onSubmit }) {
  const n = ++formCount;
  const id = (name) => `group-${n}-${name}`;
  const g = group ?? {};
  const s = g.schedule ?? { repeats: "weekly", weekdays: [], nth: null, date: null, time: "10:00", duration_minutes: 60 };

  const name = el("input", { id: id("name"), type: "text", autocomplete: "off", required: true, maxlength: LIMITS.groupName, value: g.name ?? "" });
  const kind = el("select", { id: id("kind") },
    ...groupKinds().map(([value, label]) => el("option", { value, selected: (g.kind ?? "mom_and_baby") === value }, label)));
  const place = el("input", { id: id("place"), type: "text", autocomplete: "off", maxlength: LIMITS.groupPlace, value: g.place ?? "" });
  const link = el("input", { id: id("link"), type: "url", inputmode: "url", autocomplete: "off", maxlength: LIMITS.groupLink, placeholder: t("group-form-link-input.placeholder"), value: g.link ?? "" });
  const contact = el("input", { id: id("contact"), type: "text", autocomplete: "off", maxlength: LIMITS.groupContact, value: g.contact ?? "" });
  const notes = el("textarea", { id: id("notes"), rows: 3, maxlength: LIMITS.groupNotes });
  notes.value = g.notes ?? "";

  const repeats = el("select", { id: id("repeats") },
    ...repeatChoices().map(([value, label]) => el("option", { value, selected: s.repeats === value }, label)));
  const dayBoxes = weekdays().map(([value, label]) => {
    const box = el("input", { type: "checkbox", id: id(`day-${value}`), value, checked: s.repeats === "weekly" && s.weekdays.includes(value) });
    return { value, box, row: el("div", { class: "choice" }, box, el("label", { for: id(`day-${value}`) }, label)) };
  });
  const days = el("fieldset", { class: "inline days" }, el("legend", {}, t("group-form-days")), el("div", { class: "day-grid" }, ...dayBoxes.map((d) => d.row)));
  const nth = el("select", { id: id("nth") },
    ...nths().map(([value, label]) => el("option", { value, selected: s.nth === value }, label)));
  const monthDay = el("select", { id: id("month-day") },
    ...weekdays().map(([value, label]) => el("option", { value, selected: s.repeats === "monthly" && s.weekdays[0] === value }, label)));
  const monthly = el("div", { class: "row monthly" },
    field(id("nth"), t("group-form-nth"), nth),
    field(id("month-day"), t("group-form-month-day"), monthDay));
  const dateText = el("label", { for: id("date") }, dateLabel(s.repeats));
  const date = el("input", { id: id("date"), type: "date", min: "2000-01-01", max: "2100-12-31", value: s.date ?? (group ? "" : todayIso()) });
  const dateField = el("div", { class: "field" }, dateText, date);
  const time = el("input", { id: id("time"), type: "time", value: s.time ?? "10:00" });
  const duration = el("input", { id: id("duration"), type: "number", inputmode: "numeric", min: 1, max: 1440, step: 1, value: s.duration_minutes ?? 60 });
  const lead = g.remind_minutes_before ?? 60;
  // A lead set elsewhere (an import, say) stays one of the choices.
  const leads = REMINDER_LEADS.includes(lead) ? REMINDER_LEADS : [...REMINDER_LEADS, lead].sort((a, b) => a - b);
  const remind = el("select", { id: id("remind") },
    ...leads.map((minutes) => el("option", { value: minutes, selected: minutes === lead }, t("group-form-remind-option", reminderLeadArgs(minutes)))));
  const times = el("div", { class: "times" },
    el("div", { class: "row" },
      dateField,
      field(id("time"), t("group-form-time"), time),
      field(id("duration"), t("group-form-duration"), duration, t("group-form-duration-hint"))),
    el("div", { class: "row" }, field(id("remind"), t("group-form-remind"), remind)));

  function showParts() {
    const r = repeats.value;
    days.hidden = r !== "weekly";
    monthly.hidden = r !== "monthly";
    times.hidden = r === "none";
    dateText.textContent = dateLabel(r);
  }
  repeats.addEventListener("change", showParts);
  showParts();

  const error = el("p", { class: "form-error", role: "alert", id: id("error") });
  const submit = el("button", { type: "submit" }, submitLabel);
  const form = el("form", { class: "group-form", novalidate: true, "aria-describedby": id("error") },
    field(id("name"), t("group-form-name"), name),
    field(id("kind"), t("group-form-kind"), kind),
    el("fieldset", { class: "inline schedule" },
      el("legend", {}, t("group-form-schedule")),
      field(id("repeats"), t("group-form-repeats"), repeats),
      days,
      monthly,
      times),
    field(id("place"), t("group-form-place"), place),
    field(id("link"), t("group-form-link"), link, t("group-form-link-hint")),
    field(id("contact"), t("group-form-contact"), contact, t("group-form-contact-hint")),
    field(id("notes"), t("group-form-notes"), notes),
    error,
    el("div", { class: "actions" }, submit));

  const number = (input) => (input.value.trim() === "" ? null : Number(input.value));
  // The names the app gives a refusal, and the control each is about; the weekdays' first box
  // stands for the set, the weekday select for a monthly day.
  const dayControl = () => (repeats.value === "monthly" ? monthDay : dayBoxes[0].box);
  const refuse = (problem) => {
    error.textContent = problem.message;
    focusField(problem, {
      name, kind, place, link, contact, notes, repeats, nth, date, time,
      duration_minutes: duration, remind_minutes_before: remind, weekdays: dayControl(),
    }, name);
  };

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    error.textContent = "";
    const r = repeats.value;
    const schedule = { repeats: r };
    if (r !== "none") {
      schedule.weekdays = r === "weekly" ? dayBoxes.filter((d) => d.box.checked).map((d) => d.value)
        : r === "monthly" ? [monthDay.value] : [];
      schedule.nth = r === "monthly" ? Number(nth.value) : null;
      schedule.date = date.value || null;
      schedule.time = time.value || null;
      schedule.duration_minutes = number(duration);
      // Fractions would never reach the app as whole minutes; say so in the app's own words.
      if (schedule.duration_minutes !== null && !Number.isInteger(schedule.duration_minutes)) {
        refuse({ message: t("group-form-duration-range"), field: "duration_minutes" });
        return;
      }
    }
    const input = {
      name: name.value,
      kind: kind.value,
      place: place.value,
      link: link.value,
      contact: contact.value,
      notes: notes.value,
      schedule,
      remind_minutes_before: Number(remind.value),
    };
    submit.disabled = true;
    try {
      await onSubmit(input);
    } catch (problem) {
      refuse(problem);
    } finally {
      submit.disabled = false;
    }
  });
  return { form, focus: () => name.focus(), reset: () => { form.reset(); showParts(); } };
}
