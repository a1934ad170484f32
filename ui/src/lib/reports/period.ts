/**
 * The months a report covers, as the period picker offers them: the last 3, 6 or 12 months (this one
 * included), this year so far, or months picked by hand. Months are `YYYY-MM`, as the core takes them.
 */
import type { ReportPeriod } from "../api/types";

export type PeriodChoice = "last3" | "last6" | "last12" | "year" | "custom";

export const PERIOD_CHOICES: readonly PeriodChoice[] = ["last3", "last6", "last12", "year", "custom"];

/** The month a day falls in, `YYYY-MM`, in the computer's own time. */
export function yearMonth(day: Date): string {
  return `${String(day.getFullYear()).padStart(4, "0")}-${String(day.getMonth() + 1).padStart(2, "0")}`;
}

/** `YYYY-MM` as a count of months, or null when it is not a month. */
function monthNumber(text: string): number | null {
  const match = /^(\d{4})-(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? Number(match[1]) * 12 + month - 1 : null;
}

function fromNumber(n: number): string {
  return `${String(Math.floor(n / 12)).padStart(4, "0")}-${String((n % 12) + 1).padStart(2, "0")}`;
}

/** The month `by` months after (or, negative, before) `month`. */
export function shiftMonth(month: string, by: number): string {
  const n = monthNumber(month);
  return n === null ? month : fromNumber(n + by);
}

/**
 * The period a choice means on `today`; for "custom", the months picked (`from` and `to`, `YYYY-MM`), or null
 * while one is not a month yet. Months picked the wrong way round are put in order.
 */
export function periodFor(
  choice: PeriodChoice,
  today: Date,
  custom: { from: string; to: string } = { from: "", to: "" },
): ReportPeriod | null {
  const now = yearMonth(today);
  switch (choice) {
    case "last3":
      return { from: shiftMonth(now, -2), to: now };
    case "last6":
      return { from: shiftMonth(now, -5), to: now };
    case "last12":
      return { from: shiftMonth(now, -11), to: now };
    case "year":
      return { from: `${now.slice(0, 4)}-01`, to: now };
    case "custom": {
      const [a, b] = [monthNumber(custom.from), monthNumber(custom.to)];
      if (a === null || b === null) return null;
      return { from: fromNumber(Math.min(a, b)), to: fromNumber(Math.max(a, b)) };
    }
  }
}

/** Every month of the period, first to last (none when it cannot be read). */
export function monthsOf(period: ReportPeriod): string[] {
  const [a, b] = [monthNumber(period.from), monthNumber(period.to)];
  if (a === null || b === null || b < a) return [];
  return Array.from({ length: b - a + 1 }, (_, i) => fromNumber(a + i));
}
