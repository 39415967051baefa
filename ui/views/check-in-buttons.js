// The second tap of a check-in: one button per kind, logging it now.

import { logCheckIn } from "../api.js";
import { announce, el } from "../dom.js";
import { t } from "../words.js";
import { kinds } from "./circle-words.js";

/** Buttons that log a check-in of each kind with `person` now, then call `done()`. */
export function checkInButtons(person, { onDone, onProblem }) {
  const group = el("div", { class: "kinds", role: "group", "aria-label": t("circle-log-with", { name: person.name }) });
  for (const [kind, label] of kinds()) {
    const button = el("button", { type: "button", class: "quiet", "data-kind": kind }, label);
    button.addEventListener("click", async () => {
      for (const b of group.querySelectorAll("button")) b.disabled = true;
      try {
        await logCheckIn({ person_id: person.id, kind });
        // Said once focus has moved on, so the note is kept clear of where she is now.
        await onDone();
        announce(t("circle-logged", { kind, name: person.name }));
      } catch (problem) {
        onProblem(problem.message);
        for (const b of group.querySelectorAll("button")) b.disabled = false;
      }
    });
    group.append(button);
  }
  return group;
}
