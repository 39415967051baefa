// The words the Circle uses for relationships and check-in kinds.

export const RELATIONSHIPS = [
  ["friend", "Friend"],
  ["family", "Family"],
  ["mom_friend", "Mom friend"],
  ["partner", "Partner"],
  ["professional", "Professional"],
  ["other", "Other"],
];

export const KINDS = [
  ["text", "Text"],
  ["call", "Call"],
  ["video", "Video call"],
  ["visit", "Visit"],
  ["met_at_group", "Met at a group"],
  ["other", "Other"],
];

const RELATIONSHIP_LABEL = new Map(RELATIONSHIPS);
const KIND_LABEL = new Map(KINDS);

export const relationshipLabel = (value) => RELATIONSHIP_LABEL.get(value) ?? "Other";
export const kindLabel = (value) => KIND_LABEL.get(value) ?? "Other";

export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December"];

export function birthdayText(birthday) {
  if (!birthday) return "";
  const day = `${birthday.day} ${MONTHS[birthday.month - 1] ?? ""}`;
  return birthday.year ? `${day} ${birthday.year}` : day;
}
