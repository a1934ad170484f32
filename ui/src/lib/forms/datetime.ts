/** Dates between the notebook (milliseconds) and date/time inputs (local time text). */

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** "2025-03-14" in local time, for `<input type="date">`. */
export function toDateInput(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** "2025-03-14T09:05" in local time, for `<input type="datetime-local">`. */
export function toDateTimeInput(ms: number): string {
  const d = new Date(ms);
  return `${toDateInput(ms)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Reads a datetime-local value as local time; null when empty or unreadable. */
export function fromDateTimeInput(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number);
  return new Date(y, mo - 1, d, h, mi).getTime();
}

/** The hour a promise "by <day>" falls due: 17:00 local time. */
export const DUE_HOUR = 17;

/** A date input's day at 17:00 local time; null when empty or unreadable. */
export function dueFromDateInput(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d] = m.map(Number);
  return new Date(y, mo - 1, d, DUE_HOUR, 0).getTime();
}

/** The date input value `days` days after `from`. */
export function dateInputInDays(days: number, from: Date = new Date()): string {
  const d = new Date(from.getFullYear(), from.getMonth(), from.getDate() + days, 12);
  return toDateInput(d.getTime());
}
