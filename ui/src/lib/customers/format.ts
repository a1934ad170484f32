/** Plain-language text for names, dates and choices shown in the UI. */
import type { Birthday, ContactChannel } from "../api/types";
import { once } from "../shell/once";

/** The name to use when speaking to someone: what they like to be called, else their full name. */
export function nameToUse(person: { preferred_name: string; full_name: string }): string {
  return person.preferred_name.trim() || person.full_name.trim();
}

/** The full name, when it says something the name to use does not. */
export function otherFullName(person: { preferred_name: string; full_name: string }): string | null {
  const full = person.full_name.trim();
  return full && full !== nameToUse(person) ? full : null;
}

export const CHANNELS: ReadonlyArray<{ value: ContactChannel; label: string }> = [
  { value: "no_preference", label: "No preference" },
  { value: "phone", label: "Phone" },
  { value: "text_message", label: "Text message" },
  { value: "email", label: "Email" },
  { value: "post", label: "Post" },
  { value: "in_person", label: "In person" },
];

export function channelLabel(channel: ContactChannel): string {
  return CHANNELS.find((c) => c.value === channel)?.label ?? "No preference";
}

export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** "14 April" or "14 April 1980". */
export function formatBirthday(b: Birthday): string {
  const month = MONTHS[b.month - 1] ?? "";
  return [String(b.day), month, b.year === null ? "" : String(b.year)].filter(Boolean).join(" ");
}

const dateFormat = once(
  () => new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric" }),
);
const timeFormat = once(() => new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit" }));

/** "3 March 2025" for a timestamp in milliseconds. */
export function formatDate(ms: number): string {
  return dateFormat().format(new Date(ms));
}

function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/** "today at 14:05", "yesterday at 09:30", or "3 March 2025". */
export function formatWhen(ms: number, now: Date = new Date()): string {
  const when = new Date(ms);
  const yesterday = new Date(now);
  yesterday.setDate(now.getDate() - 1);
  if (sameDay(when, now)) return `today at ${timeFormat().format(when)}`;
  if (sameDay(when, yesterday)) return `yesterday at ${timeFormat().format(when)}`;
  return formatDate(ms);
}

/** "1 customer", "3 customers". */
export function customersCount(n: number): string {
  return n === 1 ? "1 customer" : `${grouped(n)} customers`;
}

/**
 * "100,000": a whole number with its thousands grouped, as the app's English
 * writes them. By hand, not with Intl, whose first use costs milliseconds on
 * the first screen.
 */
export function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
