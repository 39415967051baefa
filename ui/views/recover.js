// When her journal will not open: what happened, in calm words, and the backups that open
// whole. Opening from one keeps the file that would not open; nothing is deleted. Help stays
// one tap away in the top bar. Every word comes from the catalog (ui/locales/*/privacy.ftl).

import { recoverFromBackup } from "../api.js";
import { el } from "../dom.js";
import { t } from "../words.js";
import { sentenceWithLink } from "./lock.js";

/**
 * Renders the recovery page into `main` from `offer` (see `recoveryOffer`); `onRecovered`
 * runs once her journal is open again, with what was done.
 */
export function renderRecovery(main, offer, onRecovered) {
  const status = el("p", { id: "recover-status", role: "status", "aria-live": "polite" });
  const error = el("p", { class: "form-error", id: "recover-error", role: "alert" });
  const list = el("ul", { class: "plain-list", id: "recover-list" });
  const buttons = [];

  offer.backups.forEach((backup, i) => {
    const open = el("button", { type: "button", id: `recover-${i}`, class: i === 0 ? "" : "quiet", "aria-describedby": `recover-what-${i}` },
      i === 0 ? t("recover-open-first") : t("recover-open-other"));
    open.addEventListener("click", async () => {
      for (const button of buttons) button.disabled = true;
      error.textContent = "";
      status.textContent = t("recover-opening");
      try {
        const done = await recoverFromBackup(backup.name);
        await onRecovered(done, backup);
      } catch (problem) {
        status.textContent = "";
        error.textContent = problem.message;
        for (const button of buttons) button.disabled = false;
      }
    });
    buttons.push(open);
    list.append(el("li", { class: "backup-row" },
      el("span", { id: `recover-what-${i}` }, backup.words,
        el("small", { class: "muted" }, " ", t("recover-holds", { notes: backup.notes, people: backup.people, groups: backup.groups }))),
      open));
  });

  const choices = offer.backups.length
    ? [el("p", {}, t("recover-intro")), list]
    : [el("p", { id: "recover-none" }, t("recover-none"))];

  main.append(el("section", { class: "card recovery", id: "recovery", "aria-labelledby": "recover-heading" },
    el("h1", { id: "recover-heading", tabindex: "-1" }, t("recover-heading")),
    el("p", { class: "lead", id: "recover-problem" }, offer.problem ?? ""),
    ...choices,
    error,
    status,
    el("p", { class: "lock-help" },
      sentenceWithLink("recover-help", el("a", { href: "#help-now", id: "recover-help-now" }, t("recover-help-link"))))));
  (buttons[0] ?? main.querySelector("#recover-heading")).focus();
}
