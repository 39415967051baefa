// The words the Circle uses for relationships, check-in kinds and dates.

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

/** "5 March 2026, 09:30" in her locale. */
export function formatInstant(iso) {
  return new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

/** A calendar date "2026-03-05" as "Thu, 5 Mar". */
export function formatDate(isoDate) {
  const [y, m, d] = isoDate.split("-").map(Number);
  return new Date(y, m - 1, d).toLocaleDateString(undefined, { weekday: "short", day: "numeric", month: "short" });
}

/** Local "YYYY-MM-DDTHH:MM" for a datetime-local field. */
export function localNow() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

export function localTomorrow() {
  const d = new Date();
  d.setDate(d.getDate() + 1);
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function birthdayText(birthday) {
  if (!birthday) return "";
  const day = `${birthday.day} ${MONTHS[birthday.month - 1] ?? ""}`;
  return birthday.year ? `${day} ${birthday.year}` : day;
}
