/**
 * Dates, times and numbers written as the chosen language and region write
 * them, through `Intl` with the active locale (`words.locale`): never a fixed
 * format. Formatters are built on first use and kept per locale, since
 * building one costs milliseconds in WebKit.
 */
import { words } from "./i18n.svelte";

const made = new Map<
  string,
  Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.ListFormat
>();

function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${words.locale}|${JSON.stringify(options)}`;
  let format = made.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(words.locale, options);
    made.set(key, format);
  }
  return format;
}

/** "3 March 2025", "3 mars 2025", "March 3, 2025" (en-US). */
export function formatDate(ms: number): string {
  return dateFormat({ day: "numeric", month: "long", year: "numeric" }).format(new Date(ms));
}

/** "3 Dec", "3 déc.", "3. Dez.": a day of this year, in few letters. */
export function formatShortDate(ms: number): string {
  return dateFormat({ day: "numeric", month: "short" }).format(new Date(ms));
}

/** "14 March", "14 mars": a day without its year. */
export function formatDayMonth(ms: number): string {
  return dateFormat({ day: "numeric", month: "long" }).format(new Date(ms));
}

/** "Wednesday 3 December", "mercredi 3 décembre". */
export function formatWeekdayDate(ms: number): string {
  return dateFormat({ weekday: "long", day: "numeric", month: "long" }).format(new Date(ms));
}

/** "14:05", "2:05 PM": the locale's own clock, 12- or 24-hour. */
export function formatTime(ms: number): string {
  return dateFormat({ timeStyle: "short" }).format(new Date(ms));
}

/**
 * A time of day given as "HH:MM" (24-hour, as settings keep it), on the
 * locale's own clock: "08:30", "8:30 AM". Anything else comes back as it is.
 */
export function formatClock(hhmm: string): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim());
  if (!match) return hhmm;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  if (hours > 23 || minutes > 59) return hhmm;
  return formatTime(new Date(2000, 0, 1, hours, minutes).getTime());
}

/**
 * The hour as `formatTime` shows it: 1 for "1:05 PM" and for "01:05", 13 for
 * "13:05". A sentence may need it: Spanish says "a la 1:05" but "a las 2:05".
 */
export function clockHour(ms: number): number {
  const hour = dateFormat({ timeStyle: "short" })
    .formatToParts(new Date(ms))
    .find((part) => part.type === "hour");
  const n = hour ? Number(hour.value) : NaN;
  return Number.isNaN(n) ? new Date(ms).getHours() : n;
}

/** "Tuesday", "mardi". */
export function formatWeekday(ms: number): string {
  return dateFormat({ weekday: "long" }).format(new Date(ms));
}

/** "March", "mars". */
export function formatMonth(ms: number): string {
  return dateFormat({ month: "long" }).format(new Date(ms));
}

/** "March 2024", "mars 2024". */
export function formatMonthYear(ms: number): string {
  return dateFormat({ month: "long", year: "numeric" }).format(new Date(ms));
}

/** The first day of a month written `YYYY-MM` (as the reports send months), local time; NaN when unreadable. */
export function monthStart(yearMonth: string): number {
  const match = /^(\d{4})-(\d{2})$/.exec(yearMonth.trim());
  if (!match) return NaN;
  const [year, month] = [Number(match[1]), Number(match[2])];
  if (month < 1 || month > 12) return NaN;
  return new Date(year, month - 1, 1).getTime();
}

/**
 * A month written `YYYY-MM`, in words: "March 2026", "mars 2026"; `short`: "Mar 2026", "mars 2026" (a chart's axis).
 * Anything unreadable comes back as it is.
 */
export function formatYearMonth(yearMonth: string, short = false): string {
  const ms = monthStart(yearMonth);
  if (Number.isNaN(ms)) return yearMonth;
  return short ? dateFormat({ month: "short", year: "numeric" }).format(new Date(ms)) : formatMonthYear(ms);
}

/** A month written `YYYY-MM`, by its short name alone: "Mar", "mars", "März" (a chart's axis within a year). */
export function formatShortMonth(yearMonth: string): string {
  const ms = monthStart(yearMonth);
  if (Number.isNaN(ms)) return yearMonth;
  return dateFormat({ month: "short" }).format(new Date(ms));
}

/** The full date and time, for a tooltip: "Wednesday 3 December 2025 at 09:05". */
export function formatFull(ms: number): string {
  return dateFormat({ dateStyle: "full", timeStyle: "short" }).format(new Date(ms));
}

/**
 * A birthday: "14 April", "14 April 1980", "14 avril 1980". Month 1–12; the
 * day is drawn in a leap year so 29 February exists.
 */
export function formatBirthday(birthday: { day: number; month: number; year: number | null }): string {
  const year = birthday.year ?? 2000;
  const day = new Date(year, birthday.month - 1, birthday.day);
  // `new Date` maps years 0–99 onto 1900–1999: set the year itself.
  day.setFullYear(year);
  const options: Intl.DateTimeFormatOptions =
    birthday.year === null
      ? { day: "numeric", month: "long" }
      : { day: "numeric", month: "long", year: "numeric" };
  return dateFormat(options).format(day);
}

/** "3 days ago", "in 2 weeks", "yesterday", "hier", "morgen". */
export function formatRelative(value: number, unit: Intl.RelativeTimeFormatUnit): string {
  const key = `r|${words.locale}`;
  let format = made.get(key) as Intl.RelativeTimeFormat | undefined;
  if (!format) {
    format = new Intl.RelativeTimeFormat(words.locale, { numeric: "auto" });
    made.set(key, format);
  }
  return format.format(value, unit);
}

/**
 * "100,000", "100 000", "100.000": a number with the locale's separators.
 * English by hand (the lookup's first screen shows one before Intl's first
 * use would be paid for); other locales through Intl.
 */
export function formatNumber(n: number): string {
  if (Number.isInteger(n) && (words.locale === "en-GB" || words.locale === "en-US")) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  }
  const key = `n|${words.locale}`;
  let format = made.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(words.locale);
    made.set(key, format);
  }
  return format.format(n);
}

/** "3.4", "3,4": a number with exactly `digits` digits after the locale's decimal mark. */
export function formatDecimal(n: number, digits: number): string {
  const key = `n|${words.locale}|${digits}`;
  let format = made.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(words.locale, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    made.set(key, format);
  }
  return format.format(n);
}

/**
 * A count in running text: "2000" as written, "12,000", "12 000", "12.000"
 * from five digits on. Four digits stay ungrouped (as most style guides
 * write them, and Spanish always): "Told 100 of 2000".
 */
export function formatCount(n: number): string {
  return Math.abs(n) < 10_000 ? String(n) : formatNumber(n);
}

/** Sunday-first regions, for an engine without `Intl.Locale` week information. */
const SUNDAY_FIRST = new Set(["US", "CA", "BR", "PT", "MX", "JP", "IL", "AU", "PH", "ZA", "IN"]);

type WeekInfoLocale = Intl.Locale & {
  getWeekInfo?: () => { firstDay: number };
  weekInfo?: { firstDay: number };
};

/** The first day of the week for the locale: 1 Monday … 7 Sunday (ISO numbering, as `weekInfo`). */
export function firstDayOfWeek(locale: string = words.locale): number {
  try {
    const tag = new Intl.Locale(locale) as WeekInfoLocale;
    const info = tag.getWeekInfo?.() ?? tag.weekInfo;
    if (info) return info.firstDay;
    const region = tag.maximize().region ?? "";
    return SUNDAY_FIRST.has(region) ? 7 : 1;
  } catch {
    return 1;
  }
}

/** The twelve months' names, January first: "January" … or "janvier" …. */
export function monthNames(): string[] {
  const format = dateFormat({ month: "long" });
  return Array.from({ length: 12 }, (_, i) => format.format(new Date(2000, i, 1)));
}

/** The ISO weekday numbers (1 Monday … 7 Sunday) in the order a calendar of the locale shows them. */
export function weekInOrder(locale: string = words.locale): number[] {
  const first = firstDayOfWeek(locale);
  return Array.from({ length: 7 }, (_, i) => ((first - 1 + i) % 7) + 1);
}

/** A weekday's name by ISO number, 1 Monday … 7 Sunday: "Monday", "lundi". */
export function weekdayName(isoDay: number): string {
  // 3 January 2000 was a Monday.
  return dateFormat({ weekday: "long" }).format(new Date(2000, 0, 2 + isoDay));
}

/** "a, b and c", "a, b et c", "a, b und c": a list as the language joins it. */
export function formatList(items: readonly string[]): string {
  const key = `l|${words.locale}`;
  let format = made.get(key) as Intl.ListFormat | undefined;
  if (!format) {
    format = new Intl.ListFormat(words.locale, { style: "long", type: "conjunction" });
    made.set(key, format);
  }
  return format.format(items);
}
