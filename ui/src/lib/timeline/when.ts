/** Plain words for when things happened and when they are due, relative to now when that reads better. */
import {
  formatDate,
  formatFull,
  formatMonth,
  formatMonthYear,
  formatRelative,
  formatTime,
  formatWeekday,
  formatWeekdayDate,
} from "../i18n/format";
import { t } from "../i18n/i18n.svelte";

/** Whole calendar days from `now`'s day to `ms`'s day (negative: in the past). */
export function dayOffset(ms: number, now: Date = new Date()): number {
  const a = new Date(ms);
  const dayA = Date.UTC(a.getFullYear(), a.getMonth(), a.getDate());
  const dayB = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((dayA - dayB) / 86_400_000);
}

/** "today", "yesterday", "Tuesday" within the last week, else "3 March 2025". */
export function dayWords(ms: number, now: Date = new Date()): string {
  const offset = dayOffset(ms, now);
  if (offset === 0 || offset === -1) return formatRelative(offset, "day");
  if (offset < -1 && offset > -7) return formatWeekday(ms);
  return formatDate(ms);
}

/**
 * When something happened, for a timeline row: "just now", "25 minutes ago",
 * "today at 14:05", "yesterday at 09:30", "Tuesday at 10:00", or "3 March 2025".
 */
export function happenedWords(ms: number, now: Date = new Date()): string {
  const minutes = Math.floor((now.getTime() - ms) / 60_000);
  if (minutes >= 0 && minutes < 1) return t("when-just-now");
  if (minutes >= 1 && minutes < 60) return formatRelative(-minutes, "minute");
  const offset = dayOffset(ms, now);
  if (offset <= 0 && offset > -7) return t("when-day-at", { day: dayWords(ms, now), time: formatTime(ms) });
  return formatDate(ms);
}

/** The full date and time, for a tooltip. */
export function fullWhen(ms: number): string {
  return formatFull(ms);
}

/** When a promise is due: "today", "tomorrow", "yesterday", "Friday 14 March", or "14 March 2026" in another year. */
export function dueWords(ms: number, now: Date = new Date()): string {
  const offset = dayOffset(ms, now);
  if (offset >= -1 && offset <= 1) return formatRelative(offset, "day");
  const d = new Date(ms);
  if (d.getFullYear() !== now.getFullYear()) return formatDate(ms);
  return formatWeekdayDate(ms);
}

/** "1st", "2nd", "3rd", "4th", "11th", "22nd". */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}

/** "March" this year, "March 2024" before. */
export function monthWords(ms: number, now: Date = new Date()): string {
  const d = new Date(ms);
  return d.getFullYear() === now.getFullYear() ? formatMonth(ms) : formatMonthYear(ms);
}
