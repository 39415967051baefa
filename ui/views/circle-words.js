// The words the Circle uses for relationships and check-in kinds; the values and their order
// come from the core's contract.

import { CHOICES } from "../contract.js";

const RELATIONSHIP_LABEL = new Map(Object.entries({
  friend: "Friend",
  family: "Family",
  mom_friend: "Mom friend",
  partner: "Partner",
  professional: "Professional",
  other: "Other",
}));

const KIND_LABEL = new Map(Object.entries({
  text: "Text",
  call: "Call",
  video: "Video call",
  visit: "Visit",
  met_at_group: "Met at a group",
  other: "Other",
}));

export const RELATIONSHIPS = CHOICES.relationship.map((value) => [value, RELATIONSHIP_LABEL.get(value)]);
export const KINDS = CHOICES.checkInKind.map((value) => [value, KIND_LABEL.get(value)]);

export const relationshipLabel = (value) => RELATIONSHIP_LABEL.get(value) ?? "Other";
export const kindLabel = (value) => KIND_LABEL.get(value) ?? "Other";

export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December"];

export function birthdayText(birthday) {
  if (!birthday) return "";
  const day = `${birthday.day} ${MONTHS[birthday.month - 1] ?? ""}`;
  return birthday.year ? `${day} ${birthday.year}` : day;
}
