// Privacy: a passphrase that encrypts the journal on this device, when it locks again, and
// locking now. Every change rewrites the data file safely; she is told what a lost
// passphrase means before she sets one.

import { LOCKED_EVENT, PRIVACY_EVENT, getSettings, lockNow, passphraseStrength, privacyStatus, removePassphrase, setIdleLock, setPassphrase } from "../api.js";
import { announce, el, field, focusField } from "../dom.js";

const IDLE_CHOICES = [
  { minutes: 0, label: "Never" },
  { minutes: 5, label: "After 5 minutes" },
  { minutes: 15, label: "After 15 minutes" },
  { minutes: 60, label: "After 1 hour" },
];

function changed(detail) {
  window.dispatchEvent(new CustomEvent(PRIVACY_EVENT, { detail }));
}

function password(id, autocomplete) {
  return el("input", { type: "password", id, autocomplete, required: true });
}

/** The strength line under a new passphrase, asked of the shell as she types. */
function strengthHint(input, id) {
  const hint = el("p", { class: "strength", id, "aria-live": "polite", "data-level": "" });
  let asked = 0;
  input.addEventListener("input", async () => {
    const mine = ++asked;
    if (!input.value) {
      hint.textContent = "";
      hint.dataset.level = "";
      return;
    }
    try {
      const strength = await passphraseStrength(input.value);
      if (mine !== asked) return;
      hint.textContent = strength.words;
      hint.dataset.level = strength.level;
    } catch {
      hint.textContent = "";
    }
  });
  return hint;
}

/** One passphrase form: fields, an error line, and a button that shows it is working. */
function passphraseForm({ id, legend, intro, fields, submit, run }) {
  const error = el("p", { class: "form-error", id: `${id}-error`, role: "alert" });
  const button = el("button", { type: "submit", id: `${id}-submit` }, submit);
  const form = el("form", { id, novalidate: true },
    el("fieldset", {}, el("legend", {}, legend), ...intro, ...fields, error,
      el("div", { class: "actions" }, button)));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    error.textContent = "";
    button.disabled = true;
    const label = button.textContent;
    button.textContent = "Working… please keep Village open";
    try {
      await run();
    } catch (problem) {
      error.textContent = problem.message;
      // Every refusal here is about a passphrase typed: back to the first one, to type again.
      focusField(problem, {}, form.querySelector("input"));
    } finally {
      button.disabled = false;
      button.textContent = label;
    }
  });
  return form;
}

const LOST_WARNING = "If you forget this passphrase, no one can open your journal again: not you, not Village, not us. Keep it somewhere safe, away from this device.";

function turnOnForm(rerender) {
  const pass = password("new-passphrase", "new-password");
  const confirm = password("confirm-passphrase", "new-password");
  return passphraseForm({
    id: "passphrase-on",
    legend: "Encrypt my journal",
    intro: [
      el("p", {}, "With a passphrase, everything Village keeps on this device (your journal, your people, your groups and the backups Village makes) is encrypted. Village asks for it each time it opens."),
      el("p", { class: "warning", id: "passphrase-warning" }, LOST_WARNING),
    ],
    fields: [
      field("new-passphrase", "Passphrase", pass, "At least 8 characters. A few words you will remember work well."),
      strengthHint(pass, "new-passphrase-strength"),
      field("confirm-passphrase", "Type it again", confirm),
    ],
    submit: "Encrypt with this passphrase",
    run: async () => {
      await setPassphrase("", pass.value, confirm.value);
      changed({ encrypted: true });
      announce("Your journal is encrypted");
      await rerender("Your journal is encrypted. Village will ask for the passphrase when it opens.");
    },
  });
}

function changeForm(rerender) {
  const current = password("change-current", "current-password");
  const pass = password("change-passphrase", "new-password");
  const confirm = password("change-confirm", "new-password");
  return passphraseForm({
    id: "passphrase-change",
    legend: "Change the passphrase",
    intro: [el("p", { class: "warning" }, LOST_WARNING)],
    fields: [
      field("change-current", "Current passphrase", current),
      field("change-passphrase", "New passphrase", pass, "At least 8 characters."),
      strengthHint(pass, "change-passphrase-strength"),
      field("change-confirm", "Type the new one again", confirm),
    ],
    submit: "Change passphrase",
    run: async () => {
      await setPassphrase(current.value, pass.value, confirm.value);
      announce("Passphrase changed");
      await rerender("Your passphrase is changed. Use the new one from now on.");
    },
  });
}

function turnOffForm(rerender) {
  const current = password("off-current", "current-password");
  return passphraseForm({
    id: "passphrase-off",
    legend: "Turn encryption off",
    intro: [el("p", {}, "Your journal and its backups are written without encryption again. Anyone using this device could then read them.")],
    fields: [field("off-current", "Current passphrase", current)],
    submit: "Turn encryption off",
    run: async () => {
      await removePassphrase(current.value);
      changed({ encrypted: false });
      announce("Encryption is off");
      await rerender("Encryption is off. Your journal opens without a passphrase.");
    },
  });
}

function idleForm(minutes, showProblem) {
  const select = el("select", { id: "idle-lock", "aria-describedby": "idle-lock-hint" },
    IDLE_CHOICES.map((choice) => el("option", { value: choice.minutes, selected: choice.minutes === minutes }, choice.label)));
  select.addEventListener("change", async () => {
    try {
      const saved = await setIdleLock(Number(select.value));
      changed({ minutes: saved.idle_lock_minutes });
      announce("Saved");
    } catch (problem) {
      showProblem(problem.message);
    }
  });
  const lock = el("button", { type: "button", id: "lock-now", class: "quiet" }, "Lock now");
  lock.addEventListener("click", async () => {
    try {
      await lockNow();
      window.dispatchEvent(new CustomEvent(LOCKED_EVENT));
    } catch (problem) {
      showProblem(problem.message);
    }
  });
  return el("section", { class: "card", "aria-labelledby": "idle-heading" },
    el("h2", { id: "idle-heading" }, "Locking"),
    field("idle-lock", "Lock when Village is not used", select, "Locking clears your journal from the screen until the passphrase is typed again."),
    el("div", { class: "actions" }, lock));
}

export const privacy = {
  titleId: "title-privacy",
  nav: "settings",
  /** `done`: what the last change did, said in place of the state it led to. */
  async render(main, { showProblem }, _arg, done = null) {
    const rerender = async (text) => {
      main.replaceChildren();
      await privacy.render(main, { showProblem }, undefined, text);
    };
    main.append(el("h1", {}, "Privacy"),
      el("p", { class: "lead" }, "Village keeps everything on this device and sends nothing anywhere."));
    let status;
    let current;
    try {
      status = await privacyStatus();
      current = await getSettings();
    } catch (problem) {
      showProblem(problem.message);
      return;
    }
    if (done) main.append(el("p", { id: "passphrase-done", class: "state", role: "status" }, done));
    else {
      main.append(el("p", { id: "privacy-state", class: "state" }, status.encrypted
        ? "Your journal is encrypted with your passphrase."
        : "Your journal is not encrypted. Anyone who can open this device's files could read it."));
    }
    if (status.encrypted) {
      main.append(idleForm(current.idle_lock_minutes, showProblem), changeForm(rerender), turnOffForm(rerender));
    } else {
      main.append(turnOnForm(rerender));
    }
  },
};
