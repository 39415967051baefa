// A person's page: how to reach them, a check-in in one more tap, snoozing, history, and edits.

import { LIMITS } from "../contract.js";
import {
  archivePerson, clearSnooze, deleteCheckIn, deletePerson, getPerson, logCheckIn, setPersonMuted,
  snoozePerson, updatePerson,
} from "../api.js";
import { announce, el, focusField } from "../dom.js";
import { checkInButtons } from "./check-in-buttons.js";
import { formatDate, formatSeen, localNow, localTomorrow } from "../dates.js";
import { birthdayText, kindLabel, kinds, relationshipLabel } from "./circle-words.js";
import { deleteConfirm } from "./delete-confirm.js";
import { personForm } from "./person-form.js";
import { reminderSwitch } from "./reminder-switch.js";
import { reachLinks } from "./reach.js";

function contactSection(person) {
  const links = reachLinks(person, { call: `Call ${person.phone}`, text: "Send a text", email: `Email ${person.email}` });
  if (!links.length && !person.reach) return null;
  return el("section", { class: "card", "aria-labelledby": "reach-heading" },
    el("h2", { id: "reach-heading" }, "Reach out"),
    person.reach ? el("p", { id: "person-reach" }, person.reach) : null,
    links.length ? el("div", { class: "actions" }, ...links) : null);
}

function earlierForm(person, refresh) {
  const when = el("input", { type: "datetime-local", id: "check-in-when", value: localNow(), max: localNow(), required: true });
  const kind = el("select", { id: "check-in-kind" }, ...kinds().map(([value, label]) => el("option", { value }, label)));
  const note = el("input", { type: "text", id: "check-in-note", maxlength: LIMITS.checkInNote });
  const error = el("p", { class: "form-error", role: "alert" });
  const form = el("form", { id: "check-in-earlier", novalidate: true },
    el("div", { class: "row" },
      el("div", { class: "field" }, el("label", { for: "check-in-when" }, "When"), when),
      el("div", { class: "field" }, el("label", { for: "check-in-kind" }, "How"), kind)),
    el("div", { class: "field" }, el("label", { for: "check-in-note" }, "A short note (optional)"), note),
    error,
    el("div", { class: "actions" }, el("button", { type: "submit" }, "Save check-in")));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    error.textContent = "";
    const refuse = (problem) => {
      error.textContent = problem.message;
      focusField(problem, { happened_at: when, kind, note }, when);
    };
    if (!when.value) {
      refuse({ message: "That is not a date and time on the calendar.", field: "happened_at" });
      return;
    }
    try {
      await logCheckIn({ person_id: person.id, kind: kind.value, happened_at: when.value, note: note.value });
      announce(`Logged: ${kindLabel(kind.value).toLowerCase()} with ${person.name}`);
      await refresh();
    } catch (problem) {
      refuse(problem);
    }
  });
  return el("details", { class: "more" }, el("summary", {}, "Earlier, or with a note"), form);
}

function snoozeSection(person, entry, refresh, showProblem) {
  const section = el("section", { class: "card", "aria-labelledby": "snooze-heading", id: "snooze" },
    el("h2", { id: "snooze-heading" }, "Not now"));
  if (person.snoozed_until) {
    const stop = el("button", { type: "button", class: "quiet" }, "Stop snoozing");
    stop.addEventListener("click", async () => {
      try { await clearSnooze(person.id); await refresh(); } catch (p) { showProblem(p.message); }
    });
    section.append(el("p", {}, `Snoozed until ${formatDate(person.snoozed_until)}.`), el("div", { class: "actions" }, stop));
    return section;
  }
  const snooze = async (choice) => {
    try {
      await snoozePerson(person.id, choice);
      announce("Snoozed");
      await refresh();
    } catch (problem) {
      error.textContent = problem.message;
      focusField(problem, {}, until);
    }
  };
  const error = el("p", { class: "form-error", role: "alert" });
  const buttons = [[1, "1 day"], [3, "3 days"], [7, "A week"]].map(([days, label]) => {
    const b = el("button", { type: "button", class: "quiet", "data-snooze": days }, label);
    b.addEventListener("click", () => snooze({ days }));
    return b;
  });
  const until = el("input", { type: "date", id: "snooze-until", min: localTomorrow() });
  const untilButton = el("button", { type: "button", class: "quiet" }, "Snooze until then");
  untilButton.addEventListener("click", () => {
    if (!until.value) {
      error.textContent = "Pick a day after today.";
      until.focus();
      return;
    }
    snooze({ until: until.value });
  });
  section.append(
    el("p", { class: "muted" }, entry.person.cadence_days ? "Put off the reminder for a while." : "Reminders are off for this person."),
    el("div", { class: "actions" }, ...buttons),
    el("div", { class: "row" }, el("div", { class: "field" }, el("label", { for: "snooze-until" }, "Or until a day you pick"), until)),
    el("div", { class: "actions" }, untilButton),
    error);
  return section;
}

function reminderSection(person, showProblem) {
  const occasions = [person.cadence_days ? "when it's time to check in" : null, person.birthday ? "on their birthday" : null]
    .filter(Boolean);
  const detail = person.paused ? "Paused: no reminders until you resume them under Edit details."
    : occasions.length ? `A notification ${occasions.join(", and ")}.`
      : "Set how often to check in, or a birthday, and reminders will come.";
  return el("section", { class: "card", "aria-labelledby": "person-reminders-heading", id: "person-reminders" },
    el("h2", { id: "person-reminders-heading" }, "Reminders"),
    reminderSwitch({
      id: "person-reminders-on",
      name: person.name,
      muted: person.muted,
      detail,
      save: (muted) => setPersonMuted(person.id, muted),
      showProblem,
    }));
}

function historySection(page, refresh, showProblem) {
  const items = page.check_ins.map((c) => {
    const remove = el("button", { type: "button", class: "quiet small" }, "Remove");
    remove.setAttribute("aria-label", `Remove the ${kindLabel(c.kind).toLowerCase()} on ${formatSeen(c)}`);
    remove.addEventListener("click", async () => {
      try { await deleteCheckIn(c.id); announce("Check-in removed"); await refresh(); } catch (p) { showProblem(p.message); }
    });
    return el("li", { class: "history-item", "data-check-in": c.id },
      el("div", {},
        el("strong", {}, kindLabel(c.kind)),
        el("span", { class: "muted" }, ` · ${formatSeen(c)}`),
        c.note ? el("p", { class: "note" }, c.note) : null),
      remove);
  });
  return el("section", { "aria-labelledby": "history-heading" },
    el("h2", { id: "history-heading" }, "Your check-ins"),
    items.length
      ? el("ol", { class: "history", id: "history" }, ...items)
      : el("p", { class: "muted", id: "history" }, "None yet. The first one starts the count."),
    page.total_check_ins > page.check_ins.length
      ? el("p", { class: "muted" }, `Showing the latest ${page.check_ins.length} of ${page.total_check_ins}.`)
      : null);
}

function manageSection(person, refresh, showProblem) {
  const archive = el("button", { type: "button", class: "quiet", id: "archive-person" }, person.archived ? "Restore to my circle" : "Archive");
  archive.addEventListener("click", async () => {
    try {
      await archivePerson(person.id, !person.archived);
      announce(person.archived ? `${person.name} is back in your circle` : `${person.name} is archived`);
      await refresh();
    } catch (p) { showProblem(p.message); }
  });
  const { ask, confirm } = deleteConfirm({
    askId: "delete-person",
    confirmId: "confirm-delete",
    text: `Delete ${person.name} and all your check-ins with them? This can't be undone. Archiving keeps them out of the way instead.`,
    onDelete: async () => {
      await deletePerson(person.id);
      announce(`${person.name} was deleted`, { carry: true });
      location.hash = "#circle";
    },
    showProblem,
  });
  const { form } = personForm({
    person,
    submitLabel: "Save changes",
    onSubmit: async (input) => {
      await updatePerson(person.id, input);
      announce("Saved");
      await refresh();
    },
  });
  return el("section", { "aria-labelledby": "manage-heading" },
    el("h2", { id: "manage-heading" }, "Details"),
    el("details", { class: "more", id: "edit-person" }, el("summary", {}, "Edit details"), form),
    el("div", { class: "actions" }, archive, ask),
    confirm);
}

export const person = {
  titleId: "title-person",
  nav: "circle",
  async render(main, { showProblem }, id) {
    let drawn = false;
    async function refresh() {
      let page;
      try {
        page = await getPerson(id ?? "");
      } catch (problem) {
        main.replaceChildren(
          el("h1", {}, "Not found"),
          el("p", {}, problem.message),
          el("a", { class: "button quiet", href: "#circle" }, "Back to your circle"));
        return;
      }
      const { entry } = page;
      const p = entry.person;
      document.title = `${p.name} · Village`;
      const facts = [relationshipLabel(p.relationship)];
      if (p.cadence_days) facts.push(`every ${p.cadence_days} ${p.cadence_days === 1 ? "day" : "days"}`);
      if (p.birthday) facts.push(`birthday ${birthdayText(p.birthday)}`);
      // Sections that do not apply are null; replaceChildren would print them as text.
      main.replaceChildren(...[
        el("a", { class: "back", href: "#circle" }, "← Circle"),
        el("h1", { id: "person-name", tabindex: "-1" }, p.name),
        el("p", { class: "muted" }, facts.join(" · ")),
        el("p", { class: entry.is_due ? "due is-due" : "due", id: "person-due", "data-status": entry.status.state },
          entry.words,
          entry.due_on && !entry.is_due && entry.status.state === "in_days" ? ` (${formatDate(entry.due_on)})` : ""),
        p.archived ? el("p", { class: "muted" }, "Archived: not in your circle list and never due.") : null,
        p.notes ? el("p", { class: "note", id: "person-notes" }, p.notes) : null,
        el("section", { class: "card", "aria-labelledby": "log-heading" },
          el("h2", { id: "log-heading" }, "Log a check-in"),
          checkInButtons(p, { onDone: refresh, onProblem: showProblem }),
          earlierForm(p, refresh)),
        contactSection(p),
        p.archived ? null : snoozeSection(p, entry, refresh, showProblem),
        p.archived ? null : reminderSection(p, showProblem),
        historySection(page, refresh, showProblem),
        manageSection(p, refresh, showProblem),
      ].filter(Boolean));
      // After an action the page is redrawn; focus returns to its heading, not to nowhere.
      if (drawn) document.getElementById("person-name")?.focus();
      drawn = true;
    }
    await refresh();
  },
};
