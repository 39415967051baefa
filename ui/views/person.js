// A person's page: how to reach them, a check-in in one more tap, snoozing, history, and edits.

import { LIMITS } from "../contract.js";
import {
  archivePerson, clearSnooze, deleteCheckIn, deletePerson, getPerson, logCheckIn, setPersonMuted,
  snoozePerson, updatePerson,
} from "../api.js";
import { announce, el, focusField } from "../dom.js";
import { checkInButtons } from "./check-in-buttons.js";
import { formatDate, formatSeen, localNow, localTomorrow } from "../dates.js";
import { t } from "../words.js";
import { birthdayText, kindLabel, kinds, relationshipLabel } from "./circle-words.js";
import { deleteConfirm } from "./delete-confirm.js";
import { personForm } from "./person-form.js";
import { reminderSwitch } from "./reminder-switch.js";
import { sayHello, waysFor } from "./hello.js";

/** How to reach them: "Say hello" (text, call or email, with ready words) when she has a
 * number or an address, and the other ways she wrote down. */
function contactSection(person, refresh, showProblem) {
  const hello = !person.archived && waysFor(person).length
    ? sayHello(person, { onLogged: refresh, showProblem })
    : null;
  if (!hello && !person.reach) return null;
  return el("section", { class: "card", id: "person-contact", "aria-labelledby": "reach-heading" },
    el("h2", { id: "reach-heading" }, t("person-reach-heading")),
    person.reach ? el("p", { id: "person-reach" }, person.reach) : null,
    hello ? el("div", { class: "actions" }, hello.button) : null,
    hello?.panel);
}

function earlierForm(person, refresh) {
  const when = el("input", { type: "datetime-local", id: "check-in-when", value: localNow(), max: localNow(), required: true });
  const kind = el("select", { id: "check-in-kind" }, ...kinds().map(([value, label]) => el("option", { value }, label)));
  const note = el("input", { type: "text", id: "check-in-note", maxlength: LIMITS.checkInNote });
  const error = el("p", { class: "form-error", role: "alert" });
  const form = el("form", { id: "check-in-earlier", novalidate: true },
    el("div", { class: "row" },
      el("div", { class: "field" }, el("label", { for: "check-in-when" }, t("person-earlier-when")), when),
      el("div", { class: "field" }, el("label", { for: "check-in-kind" }, t("person-earlier-how")), kind)),
    el("div", { class: "field" }, el("label", { for: "check-in-note" }, t("person-earlier-note")), note),
    error,
    el("div", { class: "actions" }, el("button", { type: "submit" }, t("person-earlier-save"))));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    error.textContent = "";
    const refuse = (problem) => {
      error.textContent = problem.message;
      focusField(problem, { happened_at: when, kind, note }, when);
    };
    if (!when.value) {
      refuse({ message: t("person-earlier-no-date"), field: "happened_at" });
      return;
    }
    try {
      await logCheckIn({ person_id: person.id, kind: kind.value, happened_at: when.value, note: note.value });
      announce(t("circle-logged", { kind: kind.value, name: person.name }));
      await refresh();
    } catch (problem) {
      refuse(problem);
    }
  });
  return el("details", { class: "more" }, el("summary", {}, t("person-earlier")), form);
}

function snoozeSection(person, entry, refresh, showProblem) {
  const section = el("section", { class: "card", "aria-labelledby": "snooze-heading", id: "snooze" },
    el("h2", { id: "snooze-heading" }, t("person-snooze-heading")));
  if (person.snoozed_until) {
    const stop = el("button", { type: "button", class: "quiet" }, t("person-snooze-stop"));
    stop.addEventListener("click", async () => {
      try { await clearSnooze(person.id); await refresh(); } catch (p) { showProblem(p.message); }
    });
    section.append(el("p", {}, t("person-snoozed-until", { date: formatDate(person.snoozed_until) })), el("div", { class: "actions" }, stop));
    return section;
  }
  const snooze = async (choice) => {
    try {
      await snoozePerson(person.id, choice);
      announce(t("person-snoozed"));
      await refresh();
    } catch (problem) {
      error.textContent = problem.message;
      focusField(problem, {}, until);
    }
  };
  const error = el("p", { class: "form-error", role: "alert" });
  const buttons = [1, 3, 7].map((days) => {
    const b = el("button", { type: "button", class: "quiet", "data-snooze": days }, t("person-snooze-for", { days }));
    b.addEventListener("click", () => snooze({ days }));
    return b;
  });
  const until = el("input", { type: "date", id: "snooze-until", min: localTomorrow() });
  const untilButton = el("button", { type: "button", class: "quiet" }, t("person-snooze-until"));
  untilButton.addEventListener("click", () => {
    if (!until.value) {
      error.textContent = t("person-snooze-pick-day");
      until.focus();
      return;
    }
    snooze({ until: until.value });
  });
  section.append(
    el("p", { class: "muted" }, entry.person.cadence_days ? t("person-snooze-hint") : t("person-snooze-no-cadence")),
    el("div", { class: "actions" }, ...buttons),
    el("div", { class: "row" }, el("div", { class: "field" }, el("label", { for: "snooze-until" }, t("person-snooze-day")), until)),
    el("div", { class: "actions" }, untilButton),
    error);
  return section;
}

function reminderSection(person, showProblem) {
  const occasions = person.cadence_days ? (person.birthday ? "both" : "cadence") : (person.birthday ? "birthday" : "none");
  const detail = person.paused ? t("person-reminders-paused")
    : occasions === "none" ? t("person-reminders-none")
      : t("person-reminders-when", { occasions });
  return el("section", { class: "card", "aria-labelledby": "person-reminders-heading", id: "person-reminders" },
    el("h2", { id: "person-reminders-heading" }, t("person-reminders-heading")),
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
    const remove = el("button", { type: "button", class: "quiet small" }, t("person-history-remove"));
    remove.setAttribute("aria-label", t("person-history-remove.aria-label", { kind: c.kind, when: formatSeen(c) }));
    remove.addEventListener("click", async () => {
      try { await deleteCheckIn(c.id); announce(t("person-history-removed")); await refresh(); } catch (p) { showProblem(p.message); }
    });
    return el("li", { class: "history-item", "data-check-in": c.id },
      el("div", {},
        el("strong", {}, kindLabel(c.kind)),
        el("span", { class: "muted" }, ` · ${formatSeen(c)}`),
        c.note ? el("p", { class: "note" }, c.note) : null),
      remove);
  });
  return el("section", { "aria-labelledby": "history-heading" },
    el("h2", { id: "history-heading" }, t("person-history-heading")),
    items.length
      ? el("ol", { class: "history", id: "history" }, ...items)
      : el("p", { class: "muted", id: "history" }, t("person-history-empty")),
    page.total_check_ins > page.check_ins.length
      ? el("p", { class: "muted" }, t("person-history-showing", { shown: page.check_ins.length, total: page.total_check_ins }))
      : null);
}

function manageSection(person, refresh, showProblem) {
  const archive = el("button", { type: "button", class: "quiet", id: "archive-person" }, person.archived ? t("person-restore") : t("person-archive"));
  archive.addEventListener("click", async () => {
    try {
      await archivePerson(person.id, !person.archived);
      announce(person.archived ? t("person-restored", { name: person.name }) : t("person-archived", { name: person.name }));
      await refresh();
    } catch (p) { showProblem(p.message); }
  });
  const { ask, confirm } = deleteConfirm({
    askId: "delete-person",
    confirmId: "confirm-delete",
    text: t("person-delete-confirm", { name: person.name }),
    onDelete: async () => {
      await deletePerson(person.id);
      announce(t("person-deleted", { name: person.name }), { carry: true });
      location.hash = "#circle";
    },
    showProblem,
  });
  const { form } = personForm({
    person,
    submitLabel: t("person-save-changes"),
    onSubmit: async (input) => {
      await updatePerson(person.id, input);
      announce(t("person-saved"));
      await refresh();
    },
  });
  return el("section", { "aria-labelledby": "manage-heading" },
    el("h2", { id: "manage-heading" }, t("person-details-heading")),
    el("details", { class: "more", id: "edit-person" }, el("summary", {}, t("person-edit-details")), form),
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
          el("h1", {}, t("person-not-found")),
          el("p", {}, problem.message),
          el("a", { class: "button quiet", href: "#circle" }, t("person-back-to-circle")));
        return;
      }
      const { entry } = page;
      const p = entry.person;
      document.title = t("window-title", { view: p.name });
      // Which facts there are picks the message's variant, so each language joins them its own way.
      const known = p.cadence_days ? (p.birthday ? "both" : "cadence") : (p.birthday ? "birthday" : "none");
      const facts = t("person-facts", {
        known,
        relationship: relationshipLabel(p.relationship),
        cadence: p.cadence_days ?? 0,
        birthday: birthdayText(p.birthday),
      });
      // Sections that do not apply are null; replaceChildren would print them as text.
      main.replaceChildren(...[
        el("a", { class: "back", href: "#circle" }, t("person-back")),
        el("h1", { id: "person-name", tabindex: "-1" }, p.name),
        el("p", { class: "muted" }, facts),
        el("p", { class: entry.is_due ? "due is-due" : "due", id: "person-due", "data-status": entry.status.state },
          entry.due_on && !entry.is_due && entry.status.state === "in_days"
            ? t("person-due-on", { words: entry.words, date: formatDate(entry.due_on) })
            : entry.words),
        p.archived ? el("p", { class: "muted" }, t("person-archived-note")) : null,
        p.notes ? el("p", { class: "note", id: "person-notes" }, p.notes) : null,
        contactSection(p, refresh, showProblem),
        el("section", { class: "card", "aria-labelledby": "log-heading" },
          el("h2", { id: "log-heading" }, t("person-log-heading")),
          checkInButtons(p, { onDone: refresh, onProblem: showProblem }),
          earlierForm(p, refresh)),
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
