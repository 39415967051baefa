// Today: reaching out made easy. Who is due, the next meeting, a one-tap mood, birthdays, the
// connection pulse, and, when it has been hard, a calm card with someone to reach.

import { addMoodNote, dismissCare, dismissSelfCheckPrompt, today as readToday } from "../api.js";
import { announce, el, takeFocus } from "../dom.js";
import { formatDate } from "../dates.js";
import { LIFELINE_988, MATERNAL_HOTLINE } from "../support-lines.js";
import { checkInButtons } from "./check-in-buttons.js";
import { moodPicker } from "./mood.js";
import { reachLinks } from "./reach.js";
import { lineLinks } from "./support.js";

function section(id, heading, ...children) {
  return el("section", { class: "card", id, "aria-labelledby": `${id}-heading` },
    el("h2", { id: `${id}-heading` }, heading), ...children);
}

function moodCard(showProblem) {
  const after = el("p", { id: "today-mood-saved", "aria-live": "polite" });
  return section("today-mood", "How are you right now?",
    moodPicker({
      label: "How are you right now?",
      idPrefix: "today-mood",
      onPick: async (mood) => {
        try {
          const note = await addMoodNote({ mood });
          announce(`Saved: ${note.mood_word}`);
          after.replaceChildren(`Saved “${note.mood_word}”. `, el("a", { href: "#journal" }, "Add a few words in your journal"));
        } catch (problem) {
          showProblem(problem.message);
        }
      },
    }),
    after);
}

function welcomeCard() {
  return el("section", { class: "card first", id: "today-welcome", "aria-labelledby": "today-welcome-heading" },
    el("h2", { id: "today-welcome-heading" }, "Welcome to Village"),
    el("p", {}, "A quiet place to stay close to the people who help you through this first year. Everything stays on this device."),
    el("p", {}, "Start with one person you would like to hear from more, and a group you go to or would like to try."),
    el("div", { class: "actions" },
      el("a", { class: "button", href: "#circle", id: "welcome-add-person" }, "Add your first person"),
      el("a", { class: "button quiet", href: "#groups", id: "welcome-add-group" }, "Save a group")));
}

const CARE_WORDS = {
  self_harm: "Your last self-check says you have had thoughts of being better off dead or of hurting yourself. You deserve support with that, today.",
  low_days: "Your notes say the last few days have been hard. You don't have to carry that alone.",
  self_check: "Your last self-check says the past two weeks have been hard. You don't have to carry that alone.",
};

function careCard(care, refresh, showProblem) {
  const { suggestion } = care;
  const crisis = care.reason === "self_harm";
  const hide = el("button", { type: "button", class: "quiet", id: "today-care-hide" }, "Hide this for a week");
  hide.addEventListener("click", async () => {
    try {
      await dismissCare();
      await refresh();
      focusFirstCard();
      announce("Hidden for a week. Help stays one tap away.");
    } catch (problem) {
      showProblem(problem.message);
    }
  });
  return el("section", { class: "card care", id: "today-care", "aria-labelledby": "today-care-heading", "data-reason": care.reason },
    el("h2", { id: "today-care-heading" }, "A gentle word"),
    el("p", {}, CARE_WORDS[care.reason] ?? CARE_WORDS.low_days),
    crisis
      ? el("div", { class: "actions" }, el("a", { class: "button", href: "#help-now" }, "Need help now"), ...lineLinks(LIFELINE_988))
      : null,
    suggestion
      ? el("p", { id: "today-care-person" }, `Maybe reach out to ${suggestion.name} today. A short text is enough.`)
      : el("p", { id: "today-care-person" }, "Someone you trust, or one of these lines, can help."),
    suggestion ? el("div", { class: "actions" }, reachLinks(suggestion)) : null,
    el("p", { class: "muted" }, `${MATERNAL_HOTLINE.name}: ${MATERNAL_HOTLINE.summary} ${MATERNAL_HOTLINE.note}`),
    el("div", { class: "actions" }, ...lineLinks(MATERNAL_HOTLINE)),
    el("div", { class: "actions" }, el("a", { class: "button quiet", href: "#help" }, "All support lines"), hide));
}

function promptCard(week, refresh, showProblem) {
  const later = el("button", { type: "button", class: "quiet", id: "today-prompt-hide" }, "Not now");
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
    el("h2", { id: "today-prompt-heading" }, `${week} weeks since your baby arrived`),
    el("p", {}, "Many mothers take a few minutes around now to look at how the last two weeks have been. It is for you, and you can share it with your doctor or midwife if you like."),
    el("div", { class: "actions" }, el("a", { class: "button", href: "#self-check" }, "Take a self-check"), later));
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
  return el("li", { class: "person-row", "data-person": person.id },
    el("div", { class: "person-line" },
      el("a", { class: "person-link", href: `#person/${person.id}` }, el("span", { class: "person-name" }, person.name)),
      el("span", { class: "due is-due" }, entry.words)),
    el("div", { class: "actions" }, reachLinks(person)),
    checkInButtons(person, { onDone: done, onProblem: showProblem }));
}

function dueCard(data, refresh, showProblem) {
  if (data.people === 0) {
    return section("today-due", "Check-ins",
      el("p", {}, "Add someone you would like to stay close to, and Village lets you know when it has been a while."),
      el("div", { class: "actions" }, el("a", { class: "button quiet", href: "#circle" }, "Add someone")));
  }
  if (data.due.length === 0) {
    return section("today-due", "Check-ins", el("p", {}, "Nobody is due for a check-in today."),
      el("div", { class: "actions" }, el("a", { class: "button quiet", href: "#circle" }, "See your circle")));
  }
  // A few at a time: a long list on the first screen reads as a debt, not an invitation.
  const shown = data.due.slice(0, DUE_SHOWN);
  const rest = data.due.length - shown.length;
  return section("today-due", "Due for a check-in",
    el("p", { class: "muted" }, "Tap how you reached them to log it."),
    el("ul", { class: "circle-list" }, shown.map((entry) => dueRow(entry, refresh, showProblem))),
    rest > 0
      ? el("div", { class: "actions" }, el("a", { class: "button quiet", href: "#circle", id: "today-due-more" },
        `${rest} more in your circle`))
      : null);
}

/** How many due people Today lists; the rest wait in the Circle list. */
const DUE_SHOWN = 5;

function meetingCard(data) {
  const next = data.next_meeting;
  if (!next) {
    return section("today-next", "Next group meeting",
      el("p", {}, data.groups === 0 ? "Save a group you go to or would like to try, and its next meeting shows here." : "No meetings coming up in your saved groups."),
      el("div", { class: "actions" }, el("a", { class: "button quiet", href: "#groups" }, data.groups === 0 ? "Save a group" : "See your groups")));
  }
  return section("today-next", "Next group meeting",
    el("p", {},
      el("a", { class: "group-link", href: `#group/${next.group_id}` }, el("span", { class: "group-name" }, next.group_name)),
      " ",
      el("span", { class: "group-next" }, next.meeting.words)));
}

function birthdayText(b) {
  const when = b.in_days === 0 ? "today" : b.in_days === 1 ? "tomorrow" : formatDate(b.on);
  return b.turns ? `${b.name}, ${when} (turns ${b.turns})` : `${b.name}, ${when}`;
}

function birthdaysCard(birthdays) {
  if (birthdays.length === 0) return null;
  return section("today-birthdays", "Birthdays this week",
    el("ul", { class: "plain-list" }, birthdays.map((b) =>
      el("li", {}, el("a", { href: `#person/${b.person_id}` }, birthdayText(b))))));
}

function pulseCard(pulse) {
  return section("today-pulse", "Connection",
    el("p", { id: "today-pulse-words" }, pulse.words),
    el("div", { class: "actions" }, el("a", { class: "button quiet", href: "#insight" }, "See how connection and mood go together")));
}

function helpCard() {
  return el("div", { class: "card" },
    el("p", {}, "If today feels heavy, help is one tap away."),
    el("div", { class: "actions" },
      el("a", { class: "button quiet", href: "#help" }, "See support lines"),
      el("a", { class: "button quiet", href: "#safety-plan" }, "My safety plan")));
}

export const today = {
  titleId: "title-today",
  async render(main, { showProblem }, arg) {
    const body = el("div", { id: "today" });
    main.append(el("h1", {}, "Today"), body);

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
