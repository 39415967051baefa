// Links that reach someone in her circle: call, text and email, opened through the shell.

import { t } from "../words.js";
import { appLink } from "./support.js";

/** What a dialler understands of a number; the page still shows what she typed. */
const dialable = (phone) => phone.replace(/[^\d+]/g, "");

/**
 * Call, text and email links for `person`, as far as she has their details. `words` gives each
 * link's label; by default they name the person ("Call Sam").
 */
export function reachLinks(person, words = {}) {
  const {
    call = t("circle-reach-call", { name: person.name }),
    text = t("circle-reach-text", { name: person.name }),
    email = t("circle-reach-email", { name: person.name }),
  } = words;
  const failure = t("circle-reach-no-app");
  const links = [];
  const dial = dialable(person.phone ?? "");
  if (dial) links.push(appLink(call, `tel:${dial}`, { failure }), appLink(text, `sms:${dial}`, { failure }));
  if (person.email) links.push(appLink(email, `mailto:${person.email}`, { failure }));
  return links;
}
