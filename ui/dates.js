// Dates and times as Village reads and shows them, in her language's locale and her time zone.

import { locale, marked } from "./words.js";

const pad = (n) => String(n).padStart(2, "0");

/** A calendar date "2026-03-05" as a local Date at midnight (never parsed as UTC). */
export function parseDay(isoDate) {
  const [y, m, d] = isoDate.split("-").map(Number);
  return new Date(y, m - 1, d);
}

export function isoDate(year, month, day) {
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A Date as the local "YYYY-MM-DDTHH:MM" a datetime-local field takes. */
export function localInputValue(date) {
  return `${isoDate(date.getFullYear(), date.getMonth() + 1, date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export const localNow = () => localInputValue(new Date());

export function localTomorrow() {
  const d = new Date();
  d.setDate(d.getDate() + 1);
  return isoDate(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

/** "5 Mar 2026, 09:30". */
export const formatInstant = (iso) => marked(new Date(iso).toLocaleString(locale(), { dateStyle: "medium", timeStyle: "short" }));

/** When a check-in happened as her clock showed it then ("local_at", kept so a flight does
 * not move it), or for one from before that was kept, the instant in her zone now. */
export function formatSeen(checkIn) {
  const wall = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(checkIn.local_at ?? "");
  if (!wall) return formatInstant(checkIn.happened_at);
  const [, y, mo, d, h, mi] = wall.map(Number);
  return marked(new Date(y, mo - 1, d, h, mi).toLocaleString(locale(), { dateStyle: "medium", timeStyle: "short" }));
}

export const formatTime = (iso) => marked(new Date(iso).toLocaleTimeString(locale(), { hour: "2-digit", minute: "2-digit" }));

/** "Thu, 5 Mar" for a calendar date. */
export const formatDate = (isoDay) => marked(parseDay(isoDay).toLocaleDateString(locale(), { weekday: "short", day: "numeric", month: "short" }));

/** "Thursday, 5 March 2026" for a calendar date. */
export const formatDay = (isoDay) => marked(parseDay(isoDay).toLocaleDateString(locale(), { weekday: "long", day: "numeric", month: "long", year: "numeric" }));

/** "5 March 2026" for a calendar date. */
export const formatLongDate = (isoDay) => marked(parseDay(isoDay).toLocaleDateString(locale(), { year: "numeric", month: "long", day: "numeric" }));

export const monthName = (year, month) => marked(new Date(year, month - 1, 1).toLocaleDateString(locale(), { month: "long", year: "numeric" }));
