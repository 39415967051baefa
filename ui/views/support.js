// The support-line cards, shared by Help and Need help now, in her language: the ways to reach a
// line in her language come first.

import { openLink } from "../api.js";
import { el, announce } from "../dom.js";
import { formatLongDate } from "../dates.js";
import { waysFor } from "../support-lines.js";
import { currentLanguage, t } from "../words.js";

/**
 * A tel:, sms:, mailto: or https: link that opens the phone, messaging or mail app (or the
 * browser) through the shell; `failure` is what she reads when no app answers.
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

/** A line's call and text links; with `lead`, the first stands out. */
export function lineLinks(line, { lead = false } = {}) {
  const failure = t("help-no-phone-app");
  return waysFor(line, currentLanguage())
    .map((action, i) => appLink(t(action.label), action.href, { quiet: !lead || i > 0, failure }));
}

export function lineCard(line, { first = false } = {}) {
  return el("section", { class: first ? "card first" : "card", "aria-labelledby": `line-${line.id}`, "data-line": line.id },
    el("h3", { id: `line-${line.id}` }, t(line.name)),
    el("p", {}, t(line.summary)),
    line.note ? el("p", { class: "muted" }, t(line.note)) : null,
    el("div", { class: "actions" }, lineLinks(line, { lead: true })),
  );
}

/** The oldest of some ISO days: "last checked" is as old as the stalest fact shown. */
const oldest = (days) => days.filter(Boolean).sort()[0];

/** Under the cards: where the numbers work and when `lines` were last checked, and, where
 * she reads ways in her own language, when those were. */
export function checkedOn(lines) {
  const date = formatLongDate(oldest(lines.map((line) => line.checked)));
  const inLanguage = oldest(lines.map((line) => line.inLanguage?.[currentLanguage()]?.checked));
  return el("p", { class: "checked-on" }, inLanguage
    ? t("help-checked-on-in-language", { date, languageDate: formatLongDate(inLanguage) })
    : t("help-checked-on", { date }));
}
