// Privacy: a passphrase that encrypts the journal on this device, when it locks again, and
// locking now. Every change rewrites the data file safely; she is told what a lost
// passphrase means before she sets one. Every word comes from the catalog
// (ui/locales/*/privacy.ftl).

import { LOCKED_EVENT, PRIVACY_EVENT, getSettings, lockNow, passphraseStrength, privacyStatus, removePassphrase, setIdleLock, setPassphrase } from "../api.js";
import { announce, el, field, focusField } from "../dom.js";
import { t } from "../words.js";

/** When Village locks by itself, with the message (and its arguments) that says each. */
const IDLE_CHOICES = [
  { minutes: 0, id: "privacy-idle-never" },
  { minutes: 5, id: "privacy-idle-minutes", args: { minutes: 5 } },
  { minutes: 15, id: "privacy-idle-minutes", args: { minutes: 15 } },
  { minutes: 60, id: "privacy-idle-hours", args: { hours: 1 } },
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
    button.textContent = t("privacy-working");
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


function turnOnForm(rerender) {
  const pass = password("new-passphrase", "new-password");
  const confirm = password("confirm-passphrase", "new-password");
  return passphraseForm({
    id: "passphrase-on",
    legend: t("privacy-on"),
    intro: [
      el("p", {}, t("privacy-on-intro")),
      el("p", { class: "warning", id: "passphrase-warning" }, t("privacy-lost-warning")),
    ],
    fields: [
      field("new-passphrase", t("privacy-passphrase"), pass, t("privacy-passphrase-hint")),
      strengthHint(pass, "new-passphrase-strength"),
      field("confirm-passphrase", t("privacy-passphrase-again"), confirm),
    ],
    submit: t("privacy-on-submit"),
    run: async () => {
      await setPassphrase("", pass.value, confirm.value);
      changed({ encrypted: true });
      announce(t("privacy-on-saved"));
      await rerender(t("privacy-on-done"));
    },
  });
}

function changeForm(rerender) {
  const current = password("change-current", "current-password");
  const pass = password("change-passphrase", "new-password");
  const confirm = password("change-confirm", "new-password");
  return passphraseForm({
    id: "passphrase-change",
    legend: t("privacy-change"),
    intro: [el("p", { class: "warning" }, t("privacy-lost-warning"))],
    fields: [
      field("change-current", t("privacy-current"), current),
      field("change-passphrase", t("privacy-new"), pass, t("privacy-new-hint")),
      strengthHint(pass, "change-passphrase-strength"),
      field("change-confirm", t("privacy-new-again"), confirm),
    ],
    submit: t("privacy-change-submit"),
    run: async () => {
      await setPassphrase(current.value, pass.value, confirm.value);
      announce(t("privacy-change-saved"));
      await rerender(t("privacy-change-done"));
    },
  });
}

function turnOffForm(rerender) {
  const current = password("off-current", "current-password");
  return passphraseForm({
    id: "passphrase-off",
    legend: t("privacy-off"),
    intro: [el("p", {}, t("privacy-off-intro"))],
    fields: [field("off-current", t("privacy-current"), current)],
    submit: t("privacy-off-submit"),
    run: async () => {
      await removePassphrase(current.value);
      changed({ encrypted: false });
      announce(t("privacy-off-saved"));
      await rerender(t("privacy-off-done"));
    },
  });
}

function idleForm(minutes, showProblem) {
  const select = el("select", { id: "idle-lock", "aria-describedby": "idle-lock-hint" },
    IDLE_CHOICES.map((choice) => el("option", { value: choice.minutes, selected: choice.minutes === minutes }, t(choice.id, choice.args))));
  select.addEventListener("change", async () => {
    try {
      const saved = await setIdleLock(Number(select.value));
      changed({ minutes: saved.idle_lock_minutes });
      announce(t("privacy-saved"));
    } catch (problem) {
      showProblem(problem.message);
    }
  });
  const lock = el("button", { type: "button", id: "lock-now", class: "quiet" }, t("privacy-lock-now"));
  lock.addEventListener("click", async () => {
    try {
      await lockNow();
      window.dispatchEvent(new CustomEvent(LOCKED_EVENT));
    } catch (problem) {
      showProblem(problem.message);
    }
  });
  return el("section", { class: "card", "aria-labelledby": "idle-heading" },
    el("h2", { id: "idle-heading" }, t("privacy-locking")),
    field("idle-lock", t("privacy-idle-lock"), select, t("privacy-idle-lock-hint")),
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
    main.append(el("h1", {}, t("privacy-heading")),
      el("p", { class: "lead" }, t("privacy-lead")));
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
        ? t("privacy-state-encrypted")
        : t("privacy-state-plain")));
    }
    if (status.encrypted) {
      main.append(idleForm(current.idle_lock_minutes, showProblem), changeForm(rerender), turnOffForm(rerender));
    } else {
      main.append(turnOnForm(rerender));
    }
  },
};
