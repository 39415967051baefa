// The words the Circle uses for relationships and check-in kinds: the values, their order and
// their words come from the core's contract.

import { CHOICES, LABELS } from "../contract.js";

export const RELATIONSHIPS = CHOICES.relationship.map((value) => [value, LABELS.relationship[value]]);
export const KINDS = CHOICES.checkInKind.map((value) => [value, LABELS.checkInKind[value]]);

export const relationshipLabel = (value) => LABELS.relationship[value] ?? LABELS.relationship.other;
export const kindLabel = (value) => LABELS.checkInKind[value] ?? LABELS.checkInKind.other;

export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December"];

export function birthdayText(birthday) {
  if (!birthday) return "";
  const day = `${birthday.day} ${MONTHS[birthday.month - 1] ?? ""}`;
  return birthday.year ? `${day} ${birthday.year}` : day;
}
