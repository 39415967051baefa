// Today: reaching out made easy. Who might love a hello, the next meeting, a one-tap mood,
// birthdays, the connection pulse, and, when it has been hard, a calm card with someone to reach.

import { addMoodNote, dismissCare, dismissSelfCheckPrompt, listCircle, today as readToday } from "../api.js";
import { announce, el, takeFocus } from "../dom.js";
import { formatDate } from "../dates.js";
import { LIFELINE_988, MATERNAL_HOTLINE } from "../support-lines.js";
import { t } from "../words.js";
import { checkInButtons } from "./check-in-buttons.js";
import { askToCall, sayHello, uniquePeople } from "./hello.js";
import { moodPicker, moodWord } from "./mood.js";
import { lineLinks } from "./support.js";

function section(id, heading, ...children) {
  return el("section", { class: "card", id, "aria-labelledby": `${id}-heading` },
    el("h2", { id: `${id}-heading` }, heading), ...children);
}

function moodCard(showProblem) {
  const after = el("p", { id: "today-mood-saved", "aria-live": "polite" });
  return section("today-mood", t("today-mood-heading"),
    moodPicker({
      label: t("today-mood-heading"),
      idPrefix: "today-mood",
      onPick: async (mood) => {
        try {
          const note = await addMoodNote({ mood });
          // The word in her language now, whatever language the note was saved in.
          const word = moodWord(note.mood);
          announce(t("today-mood-saved-status", { mood: word }));
          after.replaceChildren(t("today-mood-saved", { mood: word }), " ",
            el("a", { href: "#journal" }, t("today-mood-add-words")));
        } catch (problem) {
          showProblem(problem.message);
        }
      },
    }),
    after);
}

function welcomeCard() {
  return el("section", { class: "card first", id: "today-welcome", "aria-labelledby": "today-welcome-heading" },
    el("h2", { id: "today-welcome-heading" }, t("today-welcome-heading")),
    el("p", {}, t("today-welcome-intro")),
    el("p", {}, t("today-welcome-start")),
    el("div", { class: "actions" },
      el("a", { class: "button", href: "#circle", id: "welcome-add-person" }, t("today-welcome-add-person")),
      el("a", { class: "button quiet", href: "#groups", id: "welcome-add-group" }, t("today-save-group"))));
}

/** Why the card is there, in words. For a self-harm answer the card never repeats what she
 * answered: Today is the screen anyone glancing at the laptop sees. The detail stays on Need
 * help now, one tap further. */
function careWords(reason) {
  switch (reason) {
    case "self_harm": return t("today-care-self-harm");
    case "self_check": return t("today-care-self-check");
    default: return t("today-care-low-days");
  }
}

function careCard(care, refresh, showProblem) {
  const { suggestion } = care;
  const crisis = care.reason === "self_harm";
  const hide = el("button", { type: "button", class: "quiet", id: "today-care-hide" }, t("today-care-hide"));
  hide.addEventListener("click", async () => {
    try {
      await dismissCare();
      await refresh();
      focusFirstCard();
      announce(t("today-care-hidden"));
    } catch (problem) {
      showProblem(problem.message);
    }
  });
  return el("section", { class: "card care", id: "today-care", "aria-labelledby": "today-care-heading", "data-reason": care.reason },
    el("h2", { id: "today-care-heading" }, t("today-care-heading")),
    el("p", {}, careWords(care.reason)),
    crisis
      ? el("div", { class: "actions" }, el("a", { class: "button", href: "#help-now" }, t("today-care-help-now")), ...lineLinks(LIFELINE_988))
      : null,
    suggestion
      ? el("p", { id: "today-care-person" }, t("today-care-suggestion", { name: suggestion.name }))
      : el("p", { id: "today-care-person" }, t("today-care-no-suggestion")),
    careReach(suggestion, refresh, showProblem),
    // The line's own words (ids in support-lines.js), in one paragraph.
    el("p", { class: "muted" }, t("today-care-hotline", {
      name: t(MATERNAL_HOTLINE.name), summary: t(MATERNAL_HOTLINE.summary), note: t(MATERNAL_HOTLINE.note),
    })),
    el("div", { class: "actions" }, ...lineLinks(MATERNAL_HOTLINE)),
    el("div", { class: "actions" }, el("a", { class: "button quiet", href: "#help" }, t("today-care-all-lines")), hide));
}

/** The card's ways to reach out: a hello to the person it suggests, and "Ask someone to call
 * me" (the suggestion first, then her circle). */
function careReach(suggestion, refresh, showProblem) {
  const hello = suggestion
    ? sayHello(suggestion, { onLogged: async () => { await refresh(); focusFirstCard(); }, showProblem })
    : null;
  const ask = askToCall({
    people: async () => uniquePeople(suggestion, (await listCircle(false)).map((entry) => entry.person)),
    onLogged: async () => { await refresh(); focusFirstCard(); },
    showProblem,
  });
  return el("div", { class: "care-reach" },
    el("div", { class: "actions" }, hello?.button, ask.button),
    hello?.panel, ask.panel);
}

function promptCard(week, refresh, showProblem) {
  const later = el("button", { type: "button", class: "quiet", id: "today-prompt-hide" }, t("today-prompt-later"));
  later.addEventListener("click", async () => {
    try {
      await dismissSelfCheckPrompt(week);
      await refresh();
      focusFirstCard();
    } catch (problem) {
      showProblem(problem.message);
    }
  });
  return el("section", { class: "card", id: "today-prompt", "aria-labelledby": "today-prompt-heading" },
    el("h2", { id: "today-prompt-heading" }, t("today-prompt-heading", { weeks: week })),
    el("p", {}, t("today-prompt-body")),
    el("div", { class: "actions" }, el("a", { class: "button", href: "#self-check" }, t("today-prompt-take")), later));
}

/** A card hidden from the top of Today: focus goes to the heading of the card now first. */
function focusFirstCard() {
  takeFocus(document.querySelector("#today section h2"));
}

/** After a check-in her row leaves the list: focus goes to the person now in its place (the
 * new last one, if it was last), or to the card's heading when nobody is left. */
function focusAfterCheckIn(index) {
  const rows = [...document.querySelectorAll("#today-due .person-row .person-link")];
  takeFocus(rows[Math.min(index, rows.length - 1)] ?? document.getElementById("today-due-heading"));
}

function dueRow(entry, refresh, showProblem) {
  const { person } = entry;
  const done = async () => {
    const row = document.querySelector(`#today-due .person-row[data-person="${CSS.escape(person.id)}"]`);
    const index = row ? [...row.parentElement.children].indexOf(row) : 0;
    await refresh();
    focusAfterCheckIn(index);
  };
  // One calm line and one action; logging a hello that already happened folds away.
  const hello = sayHello(person, { onLogged: done, showProblem, quiet: true });
  return el("li", { class: "person-row", "data-person": person.id },
    el("div", { class: "person-line" },
      el("a", { class: "person-link", href: `#person/${person.id}` },
        el("span", { class: "person-name" }, person.name),
        el("span", { class: "due is-due" }, entry.words)),
      hello.button),
    hello.panel,
    el("details", { class: "more other-ways" },
      el("summary", {}, t("hello-other-ways")),
      el("p", { class: "muted small-text" }, t("hello-other-hint")),
      checkInButtons(person, { onDone: done, onProblem: showProblem })));
}

function dueCard(data, refresh, showProblem) {
  if (data.people === 0) {
    return section("today-due", t("today-due-heading-quiet"),
      el("p", {}, t("today-due-nobody-yet")),
      el("div", { class: "actions" }, el("a", { class: "button quiet", href: "#circle" }, t("today-due-add"))));
  }
  if (data.due.length === 0) {
    return section("today-due", t("today-due-heading-quiet"), el("p", {}, t("today-due-nobody")),
      el("div", { class: "actions" }, el("a", { class: "button quiet", href: "#circle" }, t("today-due-see-circle"))));
  }
  // A few at a time: a long list on the first screen reads as a debt, not an invitation.
  const shown = data.due.slice(0, DUE_SHOWN);
  const rest = data.due.length - shown.length;
  return section("today-due", t("today-due-heading"),
    el("ul", { class: "circle-list" }, shown.map((entry) => dueRow(entry, refresh, showProblem))),
    rest > 0
      ? el("div", { class: "actions" }, el("a", { class: "button quiet", href: "#circle", id: "today-due-more" },
        t("today-due-more", { count: rest })))
      : null);
}

/** How many due people Today lists; the rest wait in the Circle list. */
const DUE_SHOWN = 5;

function meetingCard(data) {
  const next = data.next_meeting;
  if (!next) {
    return section("today-next", t("today-next-heading"),
      el("p", {}, data.groups === 0 ? t("today-next-no-groups") : t("today-next-none")),
      el("div", { class: "actions" }, el("a", { class: "button quiet", href: "#groups" }, data.groups === 0 ? t("today-save-group") : t("today-next-see-groups"))));
  }
  return section("today-next", t("today-next-heading"),
    el("p", {},
      el("a", { class: "group-link", href: `#group/${next.group_id}` }, el("span", { class: "group-name" }, next.group_name)),
      " ",
      el("span", { class: "group-next" }, next.meeting.words)));
}

/** "Ana, tomorrow (turns 3)": one message, so each language orders and words it its own way. */
function birthdayText(b) {
  const when = b.in_days === 0 ? "today" : b.in_days === 1 ? "tomorrow" : "later";
  return t("today-birthday", { name: b.name, when, date: formatDate(b.on), turns: b.turns ?? 0 });
}

function birthdaysCard(birthdays) {
  if (birthdays.length === 0) return null;
  return section("today-birthdays", t("today-birthdays-heading"),
    el("ul", { class: "plain-list" }, birthdays.map((b) =>
      el("li", {}, el("a", { href: `#person/${b.person_id}` }, birthdayText(b))))));
}

function pulseCard(pulse) {
  return section("today-pulse", t("today-pulse-heading"),
    el("p", { id: "today-pulse-words" }, pulse.words),
    el("div", { class: "actions" }, el("a", { class: "button quiet", href: "#insight" }, t("today-pulse-insight"))));
}

function helpCard() {
  return el("div", { class: "card" },
    el("p", {}, t("today-help-line")),
    el("div", { class: "actions" },
      el("a", { class: "button quiet", href: "#help" }, t("today-help-lines")),
      el("a", { class: "button quiet", href: "#safety-plan" }, t("today-help-safety-plan"))));
}

export const today = {
  titleId: "title-today",
  async render(main, { showProblem }, arg) {
    const body = el("div", { id: "today" });
    main.append(el("h1", {}, t("today-heading")), body);

    async function refresh() {
      let data;
      try {
        data = await readToday();
      } catch (problem) {
        // Help and the mood still work when the rest cannot be read.
        showProblem(problem.message);
        body.replaceChildren(moodCard(showProblem), helpCard());
        return;
      }
      body.replaceChildren(...[
        data.care ? careCard(data.care, refresh, showProblem) : null,
        data.welcome ? welcomeCard() : null,
        data.self_check_prompt ? promptCard(data.self_check_prompt, refresh, showProblem) : null,
        moodCard(showProblem),
        data.welcome ? null : dueCard(data, refresh, showProblem),
        data.welcome ? null : meetingCard(data),
        birthdaysCard(data.birthdays),
        data.welcome ? null : pulseCard(data.pulse),
        helpCard(),
      ].filter(Boolean));
    }
    await refresh();
    // "#today/mood": the daily nudge or the tray asked how she is; the picker is where she lands.
    if (arg === "mood") body.querySelector("#today-mood .mood-button")?.setAttribute("data-autofocus", "");
  },
};
