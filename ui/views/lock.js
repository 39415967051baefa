// The lock screen: the only view of an encrypted journal before her passphrase. Support
// lines stay one tap away; nothing of hers is read until it opens. Every word comes from the
// catalog (ui/locales/*/privacy.ftl), which the shell gives before unlocking.

import { unlock } from "../api.js";
import { el } from "../dom.js";
import { t } from "../words.js";

/** A character no message holds, to find where the link goes in a sentence. */
const LINK_PLACE = "\u{E000}";

/**
 * A sentence with a link inside it, from one message whose `{ $link }` is where the link goes,
 * so each language keeps its own word order: the words before, the link, the words after.
 */
export function sentenceWithLink(id, link) {
  const [before, after = ""] = t(id, { link: LINK_PLACE }).split(LINK_PLACE);
  return [before, link, after];
}

/** Renders the lock screen into `main`; `onUnlocked` runs once the journal is open. */
export function renderLock(main, onUnlocked) {
  const input = el("input", {
    type: "password", id: "unlock-passphrase", autocomplete: "current-password", required: true,
    "aria-describedby": "unlock-message",
  });
  const button = el("button", { type: "submit", id: "unlock-button" }, t("lock-unlock"));
  const message = el("p", { id: "unlock-message", class: "unlock-message", role: "status", "aria-live": "polite" });
  const form = el("form", { id: "unlock-form", novalidate: true },
    el("div", { class: "field" }, el("label", { for: "unlock-passphrase" }, t("lock-passphrase")), input),
    message,
    el("div", { class: "actions" }, button));
  let timer = null;

  function wait(seconds) {
    button.disabled = true;
    const tick = () => {
      if (seconds <= 0) {
        clearInterval(timer);
        button.disabled = false;
        message.textContent = t("lock-wrong");
        return;
      }
      message.textContent = t("lock-wait", { seconds });
      seconds -= 1;
    };
    tick();
    timer = setInterval(tick, 1000);
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (button.disabled) return;
    if (!input.value) {
      message.textContent = t("lock-empty");
      input.focus();
      return;
    }
    button.disabled = true;
    message.textContent = t("lock-opening");
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
        message.textContent = t("lock-wrong");
      }
    } catch (problem) {
      button.disabled = false;
      message.textContent = problem.message;
    }
    input.focus();
  });

  main.append(el("section", { class: "lock-screen", "aria-labelledby": "lock-heading" },
    el("img", { src: "mark.svg", alt: "", width: 64, height: 64 }),
    el("h1", { id: "lock-heading" }, t("lock-heading")),
    el("p", { class: "lead" }, t("lock-lead")),
    form,
    el("p", { class: "lock-help" },
      sentenceWithLink("lock-help", el("a", { href: "#help-now", id: "lock-help-now" }, t("lock-help-link"))))));
  input.focus();
}
