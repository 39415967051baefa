// Links that reach someone in her circle: call, text and email, opened through the shell.

import { appLink } from "./support.js";

const NO_APP = "Could not open that app on this device.";

/** What a dialler understands of a number; the page still shows what she typed. */
const dialable = (phone) => phone.replace(/[^\d+]/g, "");

/**
 * Call, text and email links for `person`, as far as she has their details. `words` gives each
 * link's label; by default they name the person ("Call Sam").
 */
export function reachLinks(person, words = {}) {
  const { call = `Call ${person.name}`, text = `Text ${person.name}`, email = `Email ${person.name}` } = words;
  const links = [];
  const dial = dialable(person.phone ?? "");
  if (dial) links.push(appLink(call, `tel:${dial}`, { failure: NO_APP }), appLink(text, `sms:${dial}`, { failure: NO_APP }));
  if (person.email) links.push(appLink(email, `mailto:${person.email}`, { failure: NO_APP }));
  return links;
}
