// The words the Circle uses for relationships and check-in kinds: the values and their order
// come from the core's contract, their words from the catalog of her language.

import { CHOICES, LABELS } from "../contract.js";
import { locale, marked, t } from "../words.js";

export const relationships = () => CHOICES.relationship.map((value) => [value, t(LABELS.relationship[value])]);
export const kinds = () => CHOICES.checkInKind.map((value) => [value, t(LABELS.checkInKind[value])]);

export const relationshipLabel = (value) => t(LABELS.relationship[value] ?? LABELS.relationship.other);
export const kindLabel = (value) => t(LABELS.checkInKind[value] ?? LABELS.checkInKind.other);

/** The twelve months' names in her language, from Intl. */
export const months = () => Array.from({ length: 12 }, (_, i) =>
  marked(new Date(2000, i, 1).toLocaleDateString(locale(), { month: "long" })));

/** A birthday as her locale writes it: "March 5" or "5 de marzo", with the year if known. */
export function birthdayText(birthday) {
  if (!birthday) return "";
  const { day, month, year } = birthday;
  // A leap-year stand-in for a birthday with no year, so 29 February can be written.
  const date = new Date(year ?? 2000, month - 1, day);
  const options = year ? { day: "numeric", month: "long", year: "numeric" } : { day: "numeric", month: "long" };
  return marked(date.toLocaleDateString(locale(), options));
}
