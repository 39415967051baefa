// The switch for reminders about one person or one group, on their page.

import { announce, el } from "../dom.js";
import { t } from "../words.js";

/** A labelled checkbox: on means reminders come. `save(muted)` stores the change. */
export function reminderSwitch({ id, name, muted, detail, save, showProblem }) {
  const box = el("input", { type: "checkbox", id, checked: !muted, "aria-describedby": `${id}-detail` });
  box.addEventListener("change", async () => {
    box.disabled = true;
    try {
      await save(!box.checked);
      announce(box.checked ? t("reminder-switch-on", { name }) : t("reminder-switch-off", { name }));
    } catch (problem) {
      box.checked = !box.checked;
      showProblem(problem.message);
    } finally {
      box.disabled = false;
    }
  });
  return el("div", { class: "reminder-switch" },
    el("div", { class: "choice" }, box, el("label", { for: id }, t("reminder-switch-label", { name }))),
    el("p", { class: "muted small-text", id: `${id}-detail` }, detail));
}
