// When her journal will not open: what happened, in calm words, and the backups that open
// whole. Opening from one keeps the file that would not open; nothing is deleted. Help stays
// one tap away in the top bar.

import { recoverFromBackup } from "../api.js";
import { el } from "../dom.js";

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
    const holds = `${backup.notes} ${backup.notes === 1 ? "note" : "notes"}, ${backup.people} ${backup.people === 1 ? "person" : "people"}, ${backup.groups} ${backup.groups === 1 ? "group" : "groups"}`;
    const open = el("button", { type: "button", id: `recover-${i}`, class: i === 0 ? "" : "quiet", "aria-describedby": `recover-what-${i}` },
      i === 0 ? "Open my journal from this backup" : "Open from this one instead");
    open.addEventListener("click", async () => {
      for (const button of buttons) button.disabled = true;
      error.textContent = "";
      status.textContent = "Opening your journal from the backup…";
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
      el("span", { id: `recover-what-${i}` }, backup.words, el("small", { class: "muted" }, ` · ${holds}`)),
      open));
  });

  const choices = offer.backups.length
    ? [el("p", {}, "Village keeps a backup each day. You can open your journal from the newest one that is whole. The file that didn't open is kept, as it is, in the backups folder; nothing is deleted."),
      list]
    : [el("p", { id: "recover-none" }, "There's no backup beside it that opens whole, so Village has left everything as it is. If you have a backup elsewhere, Settings → Export, import and backups can restore it once your journal opens; someone who knows computers can look at the file with village-cli doctor.")];

  main.append(el("section", { class: "card recovery", id: "recovery", "aria-labelledby": "recover-heading" },
    el("h1", { id: "recover-heading", tabindex: "-1" }, "Your journal didn't open"),
    el("p", { class: "lead", id: "recover-problem" }, offer.problem ?? ""),
    ...choices,
    error,
    status,
    el("p", { class: "lock-help" },
      "Need someone to talk to? ",
      el("a", { href: "#help-now", id: "recover-help-now" }, "Support lines"),
      " work whatever happens to your journal.")));
  (buttons[0] ?? main.querySelector("#recover-heading")).focus();
}
