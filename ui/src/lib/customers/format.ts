/** Plain-language text for names, dates and choices shown in the UI. */
import type { Birthday, ContactChannel } from "../api/types";
import { formatBirthday as birthdayWords, formatDate, formatNumber, formatRelative } from "../i18n/format";
import { t } from "../i18n/i18n.svelte";
import { dayAt } from "../timeline/when";

/** The name to use when speaking to someone: what they like to be called, else their full name. */
export function nameToUse(person: { preferred_name: string; full_name: string }): string {
  return person.preferred_name.trim() || person.full_name.trim();
}

/** The full name, when it says something the name to use does not. */
export function otherFullName(person: { preferred_name: string; full_name: string }): string | null {
  const full = person.full_name.trim();
  return full && full !== nameToUse(person) ? full : null;
}

/** The ways to reach someone, each labelled in the chosen language. */
export const CHANNELS: ReadonlyArray<{ readonly value: ContactChannel; readonly label: string }> = (
  ["no_preference", "phone", "text_message", "email", "post", "in_person"] as const
).map((value) => ({
  value,
  get label(): string {
    return channelLabel(value);
  },
}));

export function channelLabel(channel: ContactChannel): string {
  return t(`customers-channel-${channel}`) || t("customers-channel-no_preference");
}

/** "14 April" or "14 April 1980", in the chosen language. */
export function formatBirthday(b: Birthday): string {
  return birthdayWords(b);
}

/** "3 March 2025" for a timestamp in milliseconds, in the chosen language. */
export { formatDate };

function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/** "today at 14:05", "yesterday at 09:30", or "3 March 2025". */
export function formatWhen(ms: number, now: Date = new Date()): string {
  const when = new Date(ms);
  const yesterday = new Date(now);
  yesterday.setDate(now.getDate() - 1);
  if (sameDay(when, now)) return dayAt(formatRelative(0, "day"), ms);
  if (sameDay(when, yesterday)) return dayAt(formatRelative(-1, "day"), ms);
  return formatDate(ms);
}

/** "1 customer", "3 customers", "1,000 customers". */
export function customersCount(n: number): string {
  return t("customers-count", { count: n, shown: grouped(n) });
}

/** "100,000", "100 000": a whole number with the locale's thousands separators. */
export function grouped(n: number): string {
  return formatNumber(n);
}
