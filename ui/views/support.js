// The support-line cards, shared by Help and Need help now.

import { openLink } from "../api.js";
import { el, announce } from "../dom.js";
import { CHECKED_ON } from "../support-lines.js";

function formatDay(isoDate) {
  const [year, month, day] = isoDate.split("-").map(Number);
  return new Date(year, month - 1, day).toLocaleDateString(undefined, { year: "numeric", month: "long", day: "numeric" });
}

/** A tel:/sms: link that opens the phone or messaging app through the shell. */
function lineAction(action, primary) {
  const link = el("a", { class: primary ? "button" : "button quiet", href: action.href }, action.label);
  link.addEventListener("click", async (event) => {
    event.preventDefault();
    try {
      await openLink(action.href);
    } catch {
      announce(`Could not open your phone app. The number is in the text above.`);
    }
  });
  return link;
}

export function lineCard(line, { first = false } = {}) {
  return el("section", { class: first ? "card first" : "card", "aria-labelledby": `line-${line.id}`, "data-line": line.id },
    el("h3", { id: `line-${line.id}` }, line.name),
    el("p", {}, line.summary),
    line.note ? el("p", { class: "muted" }, line.note) : null,
    el("div", { class: "actions" }, line.actions.map((action, i) => lineAction(action, i === 0))),
  );
}

export function checkedOn() {
  return el("p", { class: "checked-on" },
    `These numbers are for the United States. Last checked ${formatDay(CHECKED_ON)}. They work without the internet.`);
}
