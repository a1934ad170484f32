/** Plain words for when things happened and when they are due, relative to now when that reads better. */
import {
  clockHour,
  formatDate,
  formatFull,
  formatMonth,
  formatMonthYear,
  formatRelative,
  formatTime,
  formatWeekday,
  formatWeekdayDate,
} from "../i18n/format";
import { t, words } from "../i18n/i18n.svelte";

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
  if (offset <= 0 && offset > -7) return dayAt(dayWords(ms, now), ms);
  return formatDate(ms);
}

/**
 * "today at 14:05", "hoy a la 1:05": a day's words (`day`) with the time of
 * `ms`. The message is given the clock's hour, for the languages whose
 * words before a time change with it.
 */
export function dayAt(day: string, ms: number): string {
  return t("when-day-at", { day, time: formatTime(ms), hour: clockHour(ms) });
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

/** The language's ordinal category of `n` ("one" for 1st, "two", "few", "other"), for a message to select on. */
export function ordinalCategory(n: number): string {
  return new Intl.PluralRules(words.locale, { type: "ordinal" }).select(n);
}

/** "1st", "2nd", "3rd", "4th", "11th", "22nd"; "1er", "2e"; "3." */
export function ordinal(n: number): string {
  return t("timeline-ordinal", { n, ord: ordinalCategory(n) });
}

/** "March" this year, "March 2024" before. */
export function monthWords(ms: number, now: Date = new Date()): string {
  const d = new Date(ms);
  return d.getFullYear() === now.getFullYear() ? formatMonth(ms) : formatMonthYear(ms);
}
