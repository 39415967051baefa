// "I went": one tap opens a small panel; how she felt after is optional, and saving logs it.

import { LIMITS } from "../contract.js";
import { attendMeeting } from "../api.js";
import { announce, el, focusField } from "../dom.js";
import { t } from "../words.js";
import { moodPicker } from "./mood.js";

let panelCount = 0;

/**
 * A button that opens the "I went" panel for one meeting (`start` is null for a group with no
 * fixed time, meaning now; `when` is the meeting's words, or null for today). `onDone()`
 * redraws the view after saving.
 */
export function iWent({ groupId, groupName, start, when, onDone }) {
  const n = ++panelCount;
  const id = (name) => `went-${n}-${name}`;
  const open = el("button", { type: "button", class: "went", "aria-expanded": "false", "aria-controls": id("panel") }, t("attend-open"));
  open.setAttribute("aria-label", when === null
    ? t("attend-open-today.aria-label", { group: groupName })
    : t("attend-open.aria-label", { group: groupName, when }));
  let mood = null;
  const picker = moodPicker({
    label: t("attend-mood.aria-label"),
    idPrefix: id("mood"),
    onPick: (value, button) => {
      // A second tap on the same face clears it: the mood stays optional.
      mood = mood === value ? null : value;
      for (const b of picker.querySelectorAll(".mood-button")) {
        b.setAttribute("aria-pressed", String(mood !== null && b === button));
      }
    },
  });
  const note = el("input", { type: "text", id: id("note"), maxlength: LIMITS.checkInNote, autocomplete: "off" });
  const error = el("p", { class: "form-error", role: "alert" });
  const save = el("button", { type: "submit", class: "save-went" }, t("attend-save"));
  const cancel = el("button", { type: "button", class: "quiet" }, t("attend-cancel"));
  const form = el("form", { class: "went-panel", id: id("panel"), hidden: true, novalidate: true },
    el("p", { class: "went-title" }, t("attend-title")),
    el("p", { class: "muted small-text" }, t("attend-hint")),
    picker,
    el("div", { class: "field" }, el("label", { for: id("note") }, t("attend-note")), note),
    error,
    el("div", { class: "actions" }, save, cancel));

  const toggle = (show) => {
    form.hidden = !show;
    open.setAttribute("aria-expanded", String(show));
    if (show) picker.querySelector("button")?.focus();
    else open.focus();
  };
  open.addEventListener("click", () => toggle(form.hidden));
  cancel.addEventListener("click", () => toggle(false));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    error.textContent = "";
    save.disabled = true;
    try {
      await attendMeeting({ group_id: groupId, meeting_start: start, mood_after: mood, note: note.value });
      await onDone();
      announce(t("attend-saved", { group: groupName }));
    } catch (problem) {
      error.textContent = problem.message;
      save.disabled = false;
      focusField(problem, { note }, note);
    }
  });
  return { button: open, panel: form };
}
