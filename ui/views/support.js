// The support-line cards, shared by Help and Need help now.

import { openLink } from "../api.js";
import { el, announce } from "../dom.js";
import { formatLongDate } from "../dates.js";
import { CHECKED_ON } from "../support-lines.js";

/**
 * A tel:, sms: or mailto: link that opens the phone, messaging or mail app through the shell;
 * `failure` is what she reads when no app answers.
 */
export function appLink(label, href, { quiet = true, failure }) {
  const link = el("a", { class: quiet ? "button quiet" : "button", href }, label);
  link.addEventListener("click", async (event) => {
    event.preventDefault();
    try {
      await openLink(href);
    } catch {
      announce(failure);
    }
  });
  return link;
}

const NO_PHONE_APP = "Could not open your phone app. The number is in the text above.";

/** A line's call and text links; with `lead`, the first stands out. */
export function lineLinks(line, { lead = false } = {}) {
  return line.actions.map((action, i) => appLink(action.label, action.href, { quiet: !lead || i > 0, failure: NO_PHONE_APP }));
}

export function lineCard(line, { first = false } = {}) {
  return el("section", { class: first ? "card first" : "card", "aria-labelledby": `line-${line.id}`, "data-line": line.id },
    el("h3", { id: `line-${line.id}` }, line.name),
    el("p", {}, line.summary),
    line.note ? el("p", { class: "muted" }, line.note) : null,
    el("div", { class: "actions" }, lineLinks(line, { lead: true })),
  );
}

export function checkedOn() {
  return el("p", { class: "checked-on" },
    `These numbers are for the United States. Last checked ${formatLongDate(CHECKED_ON)}. They work without the internet.`);
}
