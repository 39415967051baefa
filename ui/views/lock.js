// The lock screen: the only view of an encrypted journal before her passphrase. Support
// lines stay one tap away; nothing of hers is read until it opens.

import { unlock } from "../api.js";
import { el } from "../dom.js";

/** Renders the lock screen into `main`; `onUnlocked` runs once the journal is open. */
export function renderLock(main, onUnlocked) {
  const input = el("input", {
    type: "password", id: "unlock-passphrase", autocomplete: "current-password", required: true,
    "aria-describedby": "unlock-message",
  });
  const button = el("button", { type: "submit", id: "unlock-button" }, "Unlock");
  const message = el("p", { id: "unlock-message", class: "unlock-message", role: "status", "aria-live": "polite" });
  const form = el("form", { id: "unlock-form", novalidate: true },
    el("div", { class: "field" }, el("label", { for: "unlock-passphrase" }, "Passphrase"), input),
    message,
    el("div", { class: "actions" }, button));
  let timer = null;

  function wait(seconds) {
    button.disabled = true;
    const tick = () => {
      if (seconds <= 0) {
        clearInterval(timer);
        button.disabled = false;
        message.textContent = "That passphrase didn't open it. Take your time and try again.";
        return;
      }
      message.textContent = `That passphrase didn't open it. You can try again in ${seconds} ${seconds === 1 ? "second" : "seconds"}.`;
      seconds -= 1;
    };
    tick();
    timer = setInterval(tick, 1000);
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (button.disabled) return;
    if (!input.value) {
      message.textContent = "Type your passphrase.";
      input.focus();
      return;
    }
    button.disabled = true;
    message.textContent = "Opening…";
    try {
      const answer = await unlock(input.value);
      if (answer.unlocked) {
        input.value = "";
        await onUnlocked();
        return;
      }
      input.select();
      if (answer.wait_seconds > 0) wait(answer.wait_seconds);
      else {
        button.disabled = false;
        message.textContent = "That passphrase didn't open it. Take your time and try again.";
      }
    } catch (problem) {
      button.disabled = false;
      message.textContent = problem.message;
    }
    input.focus();
  });

  main.append(el("section", { class: "lock-screen", "aria-labelledby": "lock-heading" },
    el("img", { src: "mark.svg", alt: "", width: 64, height: 64 }),
    el("h1", { id: "lock-heading" }, "Village is locked"),
    el("p", { class: "lead" }, "Your journal is encrypted on this device. Type your passphrase to open it."),
    form,
    el("p", { class: "lock-help" },
      "Need someone to talk to? ",
      el("a", { href: "#help-now", id: "lock-help-now" }, "Support lines"),
      " work without unlocking.")));
  input.focus();
}
