// Reaching out: "Say hello" with a few ready words (or her own), "Ask someone to call me", and
// an invite to a group's next meeting. Village never sends anything: her own messaging, phone or
// mail app opens with the words, and a hello is logged only when she says she reached them.

import {
  answerHello, deleteReadyMessage, helloLink, inviteLink, inviteText, openLink, readyMessages,
  saveMeetingCalendar, saveReadyMessage, updateReadyMessage,
} from "../api.js";
import { announce, el, focusField, takeFocus } from "../dom.js";
import { t } from "../words.js";

/** The longest message her messaging app is handed, and the longest she can keep. */
const BODY_MAX = 2000;
const OWN_MAX = 500;

let panels = 0;

/** A phone number as shown: kept on one line (no break at its spaces or dashes). */
const unbroken = (phone) => phone.replace(/ /g, "\u00a0").replace(/-/g, "\u2011");

/** The ways to reach `person` she has: text and call need a number, email an address. */
export function waysFor(person, allowed = ["text", "call", "email"]) {
  const ways = [];
  const phone = (person.phone ?? "").trim();
  const email = (person.email ?? "").trim();
  const number = unbroken(phone);
  if (phone && allowed.includes("text")) ways.push({ how: "text", to: phone, label: t("hello-way-text", { number }) });
  if (phone && allowed.includes("call")) ways.push({ how: "call", to: phone, label: t("hello-way-call", { number }) });
  if (email && allowed.includes("email")) ways.push({ how: "email", to: email, label: t("hello-way-email", { address: email }) });
  return ways;
}

/** A fieldset of radio buttons; `onPick(option)` runs when she picks one. */
function radioGroup({ name, legend, options, checked, onPick, className }) {
  const group = el("fieldset", { class: `inline picks ${className ?? ""}`.trim() }, el("legend", {}, legend));
  options.forEach((option, i) => {
    const id = `${name}-${i}`;
    const input = el("input", {
      type: "radio", name, id, value: option.value, checked: i === checked,
      "data-key": option.key ?? null, "data-how": option.how ?? null, "data-person": option.person ?? null,
    });
    input.addEventListener("change", () => { if (input.checked) onPick(option, i); });
    group.append(el("div", { class: "choice" }, input, el("label", { for: id }, option.label)));
  });
  return group;
}

/** What the send button says for a way. */
function sendLabel(how, name) {
  if (how === "call") return t("hello-send-call", { name });
  if (how === "email") return t("hello-send-email");
  return t("hello-send-text");
}

/**
 * The panel shared by "Say hello" and "Ask someone to call me": whom (when there are several),
 * how, the words (ready ones, hers, or her own typing), the button that opens her app, and then
 * the one question, "Did you reach Ana?".
 *
 * `people()` resolves to the people she may pick; `allowed` the ways offered; `key` the ready
 * message chosen first ("hello", "call-me"); `chooseWords` whether the ready messages are listed
 * to pick from (else the one for `key` is in the box); `onClose()` runs when the panel closes,
 * and `home()` is the button focus goes back to.
 */
function reachPanel({ id, home, kind, title, titleShown = true, whoLegend, people, allowed, key, chooseWords, hint, emptyWords, emptyLink, onLogged, onClose, showProblem }) {
  let chosen = null;
  let way = null;
  let messages = [];
  let pending = null;

  const error = el("p", { class: "form-error", role: "alert" });
  const who = el("div", { class: "hello-who" });
  const how = el("div", { class: "hello-how" });
  const ready = el("div", { class: "hello-ready" });
  const text = el("textarea", { id: `${id}-words`, class: "hello-words", rows: 3, maxlength: BODY_MAX });
  const keep = el("button", { type: "button", class: "quiet hello-keep" }, t("hello-save-own"));
  const words = el("div", { class: "hello-text" },
    el("div", { class: "field" }, el("label", { for: `${id}-words` }, t("hello-words")), text),
    chooseWords ? el("div", { class: "actions" }, keep) : null);
  const send = el("button", { type: "button", class: "hello-send" }, t("hello-send-text"));
  const close = el("button", { type: "button", class: "quiet hello-close" }, t("hello-close"));
  const mineList = el("ul", { class: "plain-list hello-mine-list" });
  const mine = chooseWords
    ? el("details", { class: "more hello-mine" }, el("summary", {}, t("hello-mine")), mineList)
    : null;
  const empty = el("div", { class: "hello-empty", hidden: true },
    el("p", {}, emptyWords ?? ""),
    emptyLink ? el("div", { class: "actions" }, el("a", { class: "button quiet", href: emptyLink.href }, emptyLink.label)) : null);
  // The words and the button that sends them come before the other ready words: on a phone
  // the hello picked for her is then one tap away, not below five others.
  const compose = el("div", { class: "hello-compose" },
    who, how, words,
    hint ? el("p", { class: "muted small-text" }, hint) : null,
    error,
    el("div", { class: "actions" }, send, close),
    ready,
    mine);
  const question = el("p", { class: "hello-question", id: `${id}-question` });
  const yes = el("button", { type: "button", class: "hello-yes" }, t("hello-yes"));
  const notYet = el("button", { type: "button", class: "quiet hello-not-yet" }, t("hello-not-yet"));
  const asked = el("div", { class: "hello-asked", hidden: true, role: "group", "aria-labelledby": `${id}-question` },
    question,
    el("p", { class: "muted small-text" }, t("hello-question-hint")),
    el("div", { class: "actions" }, yes, notYet));
  const heading = el("p", { class: titleShown ? "hello-title" : "hello-title visually-hidden", id: `${id}-title` }, title);
  const panel = el("div", { class: `hello-panel ${kind}`, id, hidden: true, role: "group", "aria-labelledby": `${id}-title` },
    heading, empty, compose, asked);

  let everyone = [];

  function showWays() {
    const ways = chosen ? waysFor(chosen, allowed) : [];
    way = ways[0] ?? null;
    how.replaceChildren(ways.length > 1
      ? radioGroup({
        name: `${id}-how`,
        legend: t("hello-how"),
        options: ways.map((w) => ({ ...w, value: w.how })),
        checked: 0,
        onPick: (w) => { way = w; showWords(); },
      })
      // One way: said, unless it is the only way there is (a text, to ask for a call).
      : ways.length === 1 && allowed.length > 1 ? el("p", { class: "hello-way", "data-how": way.how }, way.label) : "");
    showWords();
  }

  function showWords() {
    const writes = way && way.how !== "call";
    ready.hidden = !writes || !chooseWords;
    words.hidden = !writes;
    if (mine) mine.hidden = !writes;
    send.textContent = sendLabel(way?.how ?? "text", chosen?.name ?? "");
  }

  /** Lists the words; `selected` ({ key, id }) is the one picked, else the first of its key. */
  function showReady(selected) {
    const own = messages.filter((m) => m.key === "own");
    let index = messages.findIndex((m) => (selected.id ? m.id === selected.id : m.key === selected.key));
    if (index < 0) index = messages.findIndex((m) => m.key === key);
    if (index < 0) index = 0;
    if (chooseWords) {
      ready.replaceChildren(radioGroup({
        name: `${id}-ready`,
        legend: t("hello-pick"),
        className: "hello-ready-list",
        options: messages.map((m, i) => ({ value: String(i), key: m.key, label: m.text })),
        checked: index,
        onPick: (m, i) => { text.value = messages[i].text; },
      }));
      mineList.replaceChildren(...(own.length ? own.map(mineRow) : [el("li", { class: "muted" }, t("hello-mine-none"))]));
    }
    text.value = messages[index]?.text ?? "";
  }

  /** One of her own messages in "My messages": its words, Edit and Delete. */
  function mineRow(message) {
    const row = el("li", { class: "hello-mine-item", "data-id": message.id });
    const show = () => {
      const edit = el("button", { type: "button", class: "quiet small" }, t("hello-mine-edit"));
      edit.setAttribute("aria-label", t("hello-mine-edit.aria-label"));
      const remove = el("button", { type: "button", class: "quiet small" }, t("hello-mine-delete"));
      remove.setAttribute("aria-label", t("hello-mine-delete.aria-label"));
      edit.addEventListener("click", editing);
      remove.addEventListener("click", async () => {
        try {
          await deleteReadyMessage(message.id);
          await load(current());
          announce(t("hello-mine-deleted"));
          takeFocus(mine.querySelector("summary"));
        } catch (problem) {
          showProblem(problem.message);
        }
      });
      row.replaceChildren(el("p", { class: "note" }, message.text), el("div", { class: "actions" }, edit, remove));
    };
    const editing = () => {
      const box = el("textarea", { id: `${id}-mine-${message.id}`, rows: 3, maxlength: OWN_MAX });
      box.value = message.text;
      const rowError = el("p", { class: "form-error", role: "alert" });
      const save = el("button", { type: "button", class: "small" }, t("hello-mine-save"));
      const cancel = el("button", { type: "button", class: "quiet small" }, t("hello-mine-cancel"));
      save.addEventListener("click", async () => {
        rowError.textContent = "";
        try {
          await updateReadyMessage(message.id, box.value);
          await load(current());
          announce(t("hello-mine-saved"));
          takeFocus(mine.querySelector(`[data-id="${CSS.escape(message.id)}"] button`) ?? mine.querySelector("summary"));
        } catch (problem) {
          rowError.textContent = problem.message;
          focusField(problem, { text: box }, box);
        }
      });
      cancel.addEventListener("click", () => { show(); row.querySelector("button")?.focus(); });
      row.replaceChildren(
        el("div", { class: "field" }, el("label", { for: box.id }, t("hello-mine-label")), box),
        rowError,
        el("div", { class: "actions" }, save, cancel));
      box.focus();
    };
    show();
    return row;
  }

  /** The words picked now: a ready message's key, or one of hers by id. */
  const current = () => {
    const picked = messages[Number(ready.querySelector("input:checked")?.value)];
    return picked ? { key: picked.key, id: picked.id } : { key, id: null };
  };

  async function load(selected) {
    messages = chosen ? await readyMessages(chosen.id) : [];
    showReady(selected);
  }

  function showWho() {
    if (everyone.length > 1) {
      who.replaceChildren(radioGroup({
        name: `${id}-who`,
        legend: whoLegend,
        className: "hello-people",
        options: everyone.map((p) => ({ value: p.id, person: p.id, label: p.label ?? p.name })),
        checked: 0,
        onPick: async (p, i) => {
          chosen = everyone[i];
          showWays();
          try { await load(current()); } catch (problem) { showProblem(problem.message); }
        },
      }));
    } else {
      who.replaceChildren();
    }
  }

  /** Opens the panel, loading the people and words it needs; focus goes to its first choice. */
  async function open() {
    error.textContent = "";
    compose.hidden = false;
    asked.hidden = true;
    heading.hidden = false;
    panel.hidden = false;
    try {
      everyone = (await people()).filter((p) => waysFor(p, allowed).length > 0);
      chosen = everyone[0] ?? null;
      empty.hidden = everyone.length > 0;
      compose.hidden = everyone.length === 0;
      if (chosen) {
        showWho();
        showWays();
        await load({ key, id: null });
      }
    } catch (problem) {
      showProblem(problem.message);
    }
    takeFocus(panel.querySelector(".hello-compose:not([hidden]) input:checked, .hello-compose:not([hidden]) button, .hello-empty:not([hidden]) a")
      ?? panel.querySelector(".hello-title"));
  }

  /** Closes the panel. Focus goes back to the button that opened it, unless the view was
   * redrawn after a logged hello and put it somewhere of its own. */
  function shut() {
    const inside = panel.contains(document.activeElement);
    panel.hidden = true;
    onClose();
    if (inside || !document.activeElement || document.activeElement === document.body) {
      const button = home();
      if (button?.isConnected) button.focus();
    }
  }

  keep.addEventListener("click", async () => {
    error.textContent = "";
    try {
      const saved = await saveReadyMessage(text.value);
      await load({ key: "own", id: saved.id });
      mine.open = true;
      announce(t("hello-saved-own"));
    } catch (problem) {
      error.textContent = problem.message;
      focusField(problem, { text, body: text }, text);
    }
  });

  send.addEventListener("click", async () => {
    error.textContent = "";
    if (!chosen || !way) return;
    const person = chosen;
    let link;
    try {
      link = await helloLink({ personId: person.id, how: way.how, to: way.to, body: way.how === "call" ? "" : text.value });
    } catch (problem) {
      error.textContent = problem.message;
      focusField(problem, { body: text, text }, text);
      return;
    }
    try {
      await openLink(link.uri);
    } catch {
      // Nothing opened, so there is nothing to ask: the hello she began is let go.
      announce(t("hello-no-app"));
      answerHello(link.pending, false).catch(() => {});
      return;
    }
    pending = { id: link.pending, person };
    question.textContent = t("hello-question", { name: person.name });
    // The question says who by itself; the panel's title would say it twice.
    compose.hidden = true;
    heading.hidden = true;
    asked.hidden = false;
    takeFocus(question);
  });

  const answer = async (reached) => {
    if (!pending) return;
    const { id: answering, person } = pending;
    yes.disabled = true;
    notYet.disabled = true;
    try {
      const checkIn = await answerHello(answering, reached);
      pending = null;
      shut();
      if (reached) {
        await onLogged?.(person);
        announce(t("circle-logged", { kind: checkIn?.kind ?? "other", name: person.name }));
      } else {
        announce(t("hello-not-yet-said"));
      }
    } catch (problem) {
      // Answered already (another window, or twice): the question is done with either way.
      pending = null;
      shut();
      if (problem.code !== "not_found") showProblem(problem.message);
    } finally {
      yes.disabled = false;
      notYet.disabled = false;
    }
  };
  yes.addEventListener("click", () => answer(true));
  notYet.addEventListener("click", () => answer(false));
  close.addEventListener("click", () => shut());

  return { panel, open, isOpen: () => !panel.hidden, shut };
}

/** A button that opens `panel` and, opened, closes it; focus returns to the button on close. */
function disclosure(label, ariaLabel, className, makePanel) {
  const button = el("button", { type: "button", class: className, "aria-expanded": "false" }, label);
  if (ariaLabel) button.setAttribute("aria-label", ariaLabel);
  const reach = makePanel(() => button.setAttribute("aria-expanded", "false"), () => button);
  button.setAttribute("aria-controls", reach.panel.id);
  button.addEventListener("click", () => {
    if (reach.isOpen()) {
      reach.shut();
      return;
    }
    button.setAttribute("aria-expanded", "true");
    reach.open();
  });
  return { button, panel: reach.panel };
}

/**
 * "Say hello" to `person`: a button and the panel it opens. `onLogged()` runs once she says she
 * reached them and the check-in is stored (to redraw a list); `quiet` draws the button plain.
 */
export function sayHello(person, { onLogged, showProblem, quiet = false }) {
  const id = `hello-${++panels}`;
  return disclosure(t("hello-open"), t("hello-open.aria-label", { name: person.name }),
    quiet ? "quiet say-hello" : "say-hello",
    (onClose, home) => reachPanel({
      id,
      home,
      kind: "hello-say",
      title: t("hello-title", { name: person.name }),
      people: async () => [person],
      allowed: ["text", "call", "email"],
      key: "hello",
      chooseWords: true,
      emptyWords: t("hello-no-ways", { name: person.name }),
      emptyLink: location.hash.startsWith("#person/") ? null : { href: `#person/${person.id}`, label: t("hello-add-ways") },
      onLogged,
      onClose,
      showProblem,
    }));
}

/**
 * "Ask someone to call me": she picks someone with a number from `people()` (her circle, or her
 * plan's people first) and her messaging app opens with the call-me words for them.
 */
export function askToCall({ people, onLogged, showProblem, quiet = true, titled = true }) {
  const id = `ask-${++panels}`;
  return disclosure(t("ask-open"), null, quiet ? "quiet ask-call" : "ask-call",
    (onClose, home) => reachPanel({
      id,
      home,
      kind: "hello-ask",
      title: t("ask-title"),
      // Where a heading above already says it, the panel is only named for screen readers.
      titleShown: titled,
      whoLegend: t("ask-who"),
      people: async () => (await people()).map((p) => ({ ...p, label: t("ask-person", { name: p.name, number: unbroken((p.phone ?? "").trim()) }) })),
      allowed: ["text"],
      key: "call-me",
      chooseWords: false,
      // Where the words above already say how it works (Need help now), they are not repeated.
      hint: titled ? t("ask-hint") : null,
      emptyWords: t("ask-none"),
      emptyLink: { href: "#circle", label: t("ask-to-circle") },
      onLogged,
      onClose,
      showProblem,
    }));
}

/** People from several lists, each once, in the order first met; archived people left out. */
export function uniquePeople(...lists) {
  const seen = new Set();
  const out = [];
  for (const person of lists.flat()) {
    if (!person || seen.has(person.id) || person.archived) continue;
    seen.add(person.id);
    out.push(person);
  }
  return out;
}

/**
 * "Invite someone" to `group`'s next meeting (`next`, a meeting with `start` and `words`): she
 * picks someone from `people()`, text or email, and the invite's words, which she may change;
 * and "Add this meeting to my calendar". No check-in is logged for an invite.
 */
export function inviteToMeeting({ group, next, people, showProblem }) {
  const id = `invite-${++panels}`;
  const button = el("button", { type: "button", class: "quiet invite-open", "aria-expanded": "false", "aria-controls": id }, t("invite-open"));
  const calendar = el("button", { type: "button", class: "quiet invite-calendar" }, t("invite-calendar"));
  const error = el("p", { class: "form-error", role: "alert" });
  const who = el("div", { class: "hello-who" });
  const how = el("div", { class: "hello-how" });
  const text = el("textarea", { id: `${id}-words`, class: "hello-words", rows: 6, maxlength: BODY_MAX });
  const send = el("button", { type: "button", class: "hello-send" }, t("hello-send-text"));
  const close = el("button", { type: "button", class: "quiet hello-close" }, t("hello-close"));
  const empty = el("div", { class: "hello-empty", hidden: true },
    el("p", {}, t("invite-none")),
    el("div", { class: "actions" }, el("a", { class: "button quiet", href: "#circle" }, t("ask-to-circle"))));
  const compose = el("div", { class: "hello-compose" },
    who, how,
    el("div", { class: "field" }, el("label", { for: `${id}-words` }, t("invite-words")), text),
    el("p", { class: "muted small-text" }, t("ask-hint")),
    error,
    el("div", { class: "actions" }, send, close));
  const panel = el("div", { class: "hello-panel hello-invite", id, hidden: true, role: "group", "aria-labelledby": `${id}-title` },
    el("p", { class: "hello-title", id: `${id}-title` }, t("invite-title")),
    empty, compose);

  let everyone = [];
  let chosen = null;
  let way = null;

  function showWays() {
    const ways = chosen ? waysFor(chosen, ["text", "email"]) : [];
    way = ways[0] ?? null;
    how.replaceChildren(ways.length > 1
      ? radioGroup({
        name: `${id}-how`,
        legend: t("hello-how"),
        options: ways.map((w) => ({ ...w, value: w.how })),
        checked: 0,
        onPick: (w) => { way = w; send.textContent = sendLabel(w.how, chosen.name); },
      })
      : ways.length === 1 ? el("p", { class: "hello-way", "data-how": way.how }, way.label) : "");
    send.textContent = sendLabel(way?.how ?? "text", chosen?.name ?? "");
  }

  async function words() {
    const invite = await inviteText({ groupId: group.id, personId: chosen?.id ?? null });
    text.value = invite.text;
  }

  function shut() {
    panel.hidden = true;
    button.setAttribute("aria-expanded", "false");
    button.focus();
  }

  button.addEventListener("click", async () => {
    if (!panel.hidden) {
      shut();
      return;
    }
    button.setAttribute("aria-expanded", "true");
    panel.hidden = false;
    error.textContent = "";
    try {
      everyone = (await people()).filter((p) => waysFor(p, ["text", "email"]).length > 0);
      chosen = everyone[0] ?? null;
      empty.hidden = everyone.length > 0;
      compose.hidden = everyone.length === 0;
      who.replaceChildren(everyone.length > 1
        ? radioGroup({
          name: `${id}-who`,
          legend: t("invite-who"),
          className: "hello-people",
          options: everyone.map((p) => ({ value: p.id, person: p.id, label: p.name })),
          checked: 0,
          onPick: async (p, i) => {
            chosen = everyone[i];
            showWays();
            try { await words(); } catch (problem) { showProblem(problem.message); }
          },
        })
        : "");
      if (chosen) {
        showWays();
        await words();
      }
    } catch (problem) {
      showProblem(problem.message);
    }
    takeFocus(panel.querySelector(".hello-compose:not([hidden]) input:checked, .hello-compose:not([hidden]) textarea, .hello-empty:not([hidden]) a")
      ?? panel.querySelector(".hello-title"));
  });
  close.addEventListener("click", shut);
  send.addEventListener("click", async () => {
    error.textContent = "";
    if (!chosen || !way) return;
    let link;
    try {
      link = await inviteLink({ groupId: group.id, personId: chosen.id, how: way.how, to: way.to, body: text.value });
    } catch (problem) {
      error.textContent = problem.message;
      focusField(problem, { body: text }, text);
      return;
    }
    try {
      await openLink(link.uri);
    } catch {
      announce(t("hello-no-app"));
    }
  });
  calendar.addEventListener("click", async () => {
    try {
      const path = await saveMeetingCalendar(group.id, next.start);
      if (path) announce(t("invite-calendar-saved", { path }));
    } catch (problem) {
      showProblem(problem.message);
    }
  });
  const when = el("p", { class: "invite-when" }, t("invite-next", { when: next.words }));
  return { when, button, calendar, panel };
}
