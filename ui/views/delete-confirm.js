// Deleting for good asks first, in words that say what goes; "Keep" is the easy way out.

import { el } from "../dom.js";
import { t } from "../words.js";

/**
 * A "Delete…" button and the confirmation it opens. `onDelete()` runs on "Delete for good";
 * a rejected promise goes to `showProblem`. Ids: the button `askId`, the confirmation
 * `confirmId`, its text `${confirmId}-text` and its button `${confirmId}-yes`.
 */
export function deleteConfirm({ askId, confirmId, text, onDelete, showProblem }) {
  const confirm = el("div", { class: "confirm", hidden: true, id: confirmId, role: "group", "aria-labelledby": `${confirmId}-text` });
  const ask = el("button", { type: "button", class: "quiet", id: askId }, t("delete-confirm-ask"));
  const yes = el("button", { type: "button", id: `${confirmId}-yes` }, t("delete-confirm-yes"));
  const no = el("button", { type: "button", class: "quiet" }, t("delete-confirm-keep"));
  confirm.append(
    el("p", { id: `${confirmId}-text` }, text),
    el("div", { class: "actions" }, yes, no));
  ask.addEventListener("click", () => { confirm.hidden = false; no.focus(); });
  no.addEventListener("click", () => { confirm.hidden = true; ask.focus(); });
  yes.addEventListener("click", async () => {
    try { await onDelete(); } catch (p) { showProblem(p.message); }
  });
  return { ask, confirm };
}
