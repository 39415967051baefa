// Dates and times as Village reads and shows them, in her locale and time zone.

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
export const formatInstant = (iso) => new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });

/** When a check-in happened as her clock showed it then ("local_at", kept so a flight does
 * not move it), or for one from before that was kept, the instant in her zone now. */
export function formatSeen(checkIn) {
  const wall = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(checkIn.local_at ?? "");
  if (!wall) return formatInstant(checkIn.happened_at);
  const [, y, mo, d, h, mi] = wall.map(Number);
  return new Date(y, mo - 1, d, h, mi).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

export const formatTime = (iso) => new Date(iso).toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" });

/** "Thu, 5 Mar" for a calendar date. */
export const formatDate = (isoDay) => parseDay(isoDay).toLocaleDateString(undefined, { weekday: "short", day: "numeric", month: "short" });

/** "Thursday, 5 March 2026" for a calendar date. */
export const formatDay = (isoDay) => parseDay(isoDay).toLocaleDateString(undefined, { weekday: "long", day: "numeric", month: "long", year: "numeric" });

/** "5 March 2026" for a calendar date. */
export const formatLongDate = (isoDay) => parseDay(isoDay).toLocaleDateString(undefined, { year: "numeric", month: "long", day: "numeric" });

export const monthName = (year, month) => new Date(year, month - 1, 1).toLocaleDateString(undefined, { month: "long", year: "numeric" });
