/**
 * How a follow-up repeats, between the form's picker and the RFC 5545 RRULE
 * body the notebook stores (`FREQ=WEEKLY;INTERVAL=2`). Building, reading an
 * existing rule back into the picker (a rule the picker cannot show becomes
 * "Custom rule"), and describing a rule in plain words. No IPC; the words come from the catalogue.
 */

import { formatDayMonth, formatList, monthNames, weekdayName, weekInOrder } from "../i18n/format";
import { t } from "../i18n/i18n.svelte";

export type RepeatKind =
  "none" | "daily" | "weekly" | "weeks" | "months" | "yearly" | "nth_weekday" | "custom";

/** Month numbers 1–12 with their names in the chosen language, January first. */
export function monthChoices(): Array<{ value: number; label: string }> {
  return monthNames().map((label, i) => ({ value: i + 1, label }));
}

/** The choices in the "Repeat" select, in order. */
export const REPEAT_CHOICES: ReadonlyArray<{ value: RepeatKind; label: string }> = (
  [
    ["none", "followups-repeat-none"],
    ["daily", "followups-repeat-daily"],
    ["weekly", "followups-repeat-weekly"],
    ["weeks", "followups-repeat-weeks"],
    ["months", "followups-repeat-months"],
    ["yearly", "followups-repeat-yearly"],
    ["nth_weekday", "followups-repeat-nth-weekday"],
    ["custom", "followups-repeat-custom"],
  ] as const
).map(([value, id]) => ({
  value,
  get label() {
    return t(id);
  },
}));

/** RRULE day codes with their ISO numbers, Monday first. */
export const WEEKDAYS = [
  { code: "MO", iso: 1 },
  { code: "TU", iso: 2 },
  { code: "WE", iso: 3 },
  { code: "TH", iso: 4 },
  { code: "FR", iso: 5 },
  { code: "SA", iso: 6 },
  { code: "SU", iso: 7 },
] as const;

export type WeekdayCode = (typeof WEEKDAYS)[number]["code"];

/** The weekdays as the picker lists them: from the locale's first day of the week, named in its language. */
export function weekdayChoices(locale?: string): Array<{ code: WeekdayCode; name: string }> {
  return weekInOrder(locale).map((iso) => ({ code: WEEKDAYS[iso - 1].code, name: weekdayName(iso) }));
}

/** Which one of the month's weekdays: 1st to 4th, or the last (-1). */
export const NTH_VALUES = [1, 2, 3, 4, -1] as const;

/** "3rd", "last": which one of the month's `weekday`s (an RRULE code; some languages agree with it). */
export function nthWords(nth: number, weekday: string = "MO"): string {
  return t("followups-nth", { nth, day: isoOf(weekday) });
}

function isoOf(code: string): number {
  return WEEKDAYS.find((w) => w.code === code)?.iso ?? 1;
}

/** The picker's state. Numbers are kept as typed (strings) so a half-typed value is not lost. */
export interface RepeatDraft {
  kind: RepeatKind;
  /** For "every N weeks / months". */
  every: string;
  /** For "a weekday of a month each year": 1–4 or -1 (last). */
  nth: number;
  weekday: WeekdayCode;
  /** 1–12. */
  month: number;
  /** For "custom": the RRULE body as typed. */
  rule: string;
}

/** "Does not repeat", with sensible values ready if another choice is picked. */
export function emptyRepeat(month = 1): RepeatDraft {
  return { kind: "none", every: "2", nth: 1, weekday: "MO", month, rule: "" };
}

/** A problem the form can show beside the repeat picker. */
export interface RepeatProblem {
  problem: string;
}

/**
 * The RRULE body to send, `null` for "does not repeat", or what is wrong
 * with what was typed.
 */
export function buildRule(d: RepeatDraft): string | null | RepeatProblem {
  switch (d.kind) {
    case "none":
      return null;
    case "daily":
      return "FREQ=DAILY";
    case "weekly":
      return "FREQ=WEEKLY";
    case "yearly":
      return "FREQ=YEARLY";
    case "weeks":
    case "months": {
      const text = d.every.trim();
      const n = /^\d{1,3}$/.test(text) ? Number(text) : NaN;
      if (!Number.isInteger(n) || n < 1) {
        return {
          problem: t(d.kind === "weeks" ? "followups-repeat-no-weeks" : "followups-repeat-no-months"),
        };
      }
      const freq = d.kind === "weeks" ? "WEEKLY" : "MONTHLY";
      return n === 1 ? `FREQ=${freq}` : `FREQ=${freq};INTERVAL=${n}`;
    }
    case "nth_weekday":
      return `FREQ=YEARLY;BYMONTH=${d.month};BYDAY=${d.nth}${d.weekday}`;
    case "custom": {
      const rule = d.rule.trim().replace(/^RRULE:/i, "");
      if (rule === "") return { problem: t("followups-repeat-no-rule") };
      return rule;
    }
  }
}

export function isRepeatProblem(value: unknown): value is RepeatProblem {
  return typeof value === "object" && value !== null && "problem" in value;
}

/** The parts of a rule, upper-cased, or null when it is not `NAME=VALUE;…`. */
function parts(rule: string): Map<string, string> | null {
  const body = rule
    .trim()
    .replace(/^RRULE:/i, "")
    .toUpperCase();
  if (body === "") return null;
  const map = new Map<string, string>();
  for (const part of body.split(";")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    if (eq <= 0) return null;
    const name = part.slice(0, eq);
    if (map.has(name)) return null;
    map.set(name, part.slice(eq + 1));
  }
  return map.size > 0 ? map : null;
}

/** True when the rule has exactly these parts (and nothing else). */
function only(map: Map<string, string>, names: string[]): boolean {
  return map.size === names.length && names.every((n) => map.has(n));
}

function interval(map: Map<string, string>): number | null {
  const text = map.get("INTERVAL");
  if (text === undefined) return 1;
  return /^\d{1,3}$/.test(text) && Number(text) >= 1 ? Number(text) : null;
}

const NTH_DAY = /^([+]?[1-4]|-1)(MO|TU|WE|TH|FR|SA|SU)$/;

/** "3rd Sunday of June" from a yearly rule with BYMONTH and one BYDAY, or null. */
function nthWeekday(map: Map<string, string>): { nth: number; weekday: WeekdayCode; month: number } | null {
  if (map.get("FREQ") !== "YEARLY") return null;
  const names = map.has("INTERVAL") ? ["FREQ", "BYMONTH", "BYDAY", "INTERVAL"] : ["FREQ", "BYMONTH", "BYDAY"];
  if (!only(map, names) || interval(map) !== 1) return null;
  const month = Number(map.get("BYMONTH"));
  const day = NTH_DAY.exec(map.get("BYDAY") ?? "");
  if (!/^\d{1,2}$/.test(map.get("BYMONTH") ?? "") || month < 1 || month > 12 || !day) return null;
  return { nth: Number(day[1]), weekday: day[2] as WeekdayCode, month };
}

/**
 * Reads a stored rule back into the picker. Anything the picker cannot show
 * exactly comes back as "custom" with the rule as it was, so editing never
 * changes a rule by accident.
 */
export function parseRule(rule: string | null, fallbackMonth = 1): RepeatDraft {
  const base = emptyRepeat(fallbackMonth);
  if (rule === null || rule.trim() === "") return base;
  const custom: RepeatDraft = { ...base, kind: "custom", rule: rule.trim() };
  const map = parts(rule);
  if (!map) return custom;
  const freq = map.get("FREQ");
  const plain = map.has("INTERVAL") ? ["FREQ", "INTERVAL"] : ["FREQ"];
  const n = interval(map);
  if (only(map, plain) && n !== null) {
    if (freq === "DAILY" && n === 1) return { ...base, kind: "daily" };
    if (freq === "WEEKLY")
      return n === 1 ? { ...base, kind: "weekly" } : { ...base, kind: "weeks", every: String(n) };
    if (freq === "MONTHLY") return { ...base, kind: "months", every: String(n) };
    if (freq === "YEARLY" && n === 1) return { ...base, kind: "yearly" };
    return custom;
  }
  const nth = nthWeekday(map);
  if (nth) return { ...base, kind: "nth_weekday", ...nth };
  return custom;
}

function nameOf(code: string): string {
  const day = WEEKDAYS.find((w) => w.code === code);
  return day ? weekdayName(day.iso) : code;
}

/**
 * A rule in plain words: "Every week", "Every 2 months", "Every year on the
 * 3rd Sunday of June", "Every year on 14 April". Rules with no plain words
 * are "Repeats on a custom rule".
 */
export function describeRule(rule: string | null): string {
  if (rule === null || rule.trim() === "") return t("followups-repeat-none");
  const d = parseRule(rule);
  switch (d.kind) {
    case "daily":
      return t("followups-repeat-daily");
    case "weekly":
      return t("followups-repeat-weekly");
    case "weeks":
      return t("followups-rule-weeks", { count: Number(d.every) });
    case "months":
      return t("followups-rule-months", { count: Number(d.every) });
    case "yearly":
      return t("followups-repeat-yearly");
    case "nth_weekday":
      return t("followups-rule-nth-weekday", {
        nth: nthWords(d.nth, d.weekday),
        weekday: nameOf(d.weekday),
        month: monthNames()[d.month - 1] ?? "",
      });
    default:
      return describeOther(parts(rule));
  }
}

/** A few common rules the picker does not offer, else the general words. */
function describeOther(map: Map<string, string> | null): string {
  const fallback = t("followups-rule-custom");
  if (!map) return fallback;
  const freq = map.get("FREQ");
  // A yearly day such as a birthday: FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=14.
  if (freq === "YEARLY" && only(map, ["FREQ", "BYMONTH", "BYMONTHDAY"])) {
    const month = Number(map.get("BYMONTH"));
    const day = Number(map.get("BYMONTHDAY"));
    // Named in a leap year, so 29 February exists.
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31)
      return t("followups-rule-yearly-on", {
        date: formatDayMonth(new Date(2000, month - 1, day).getTime()),
      });
  }
  // Certain weekdays every week or every few weeks: FREQ=WEEKLY;BYDAY=MO,TH.
  const n = interval(map);
  if (freq === "WEEKLY" && n !== null && map.has("BYDAY")) {
    const names = map.has("INTERVAL") ? ["FREQ", "BYDAY", "INTERVAL"] : ["FREQ", "BYDAY"];
    const days = (map.get("BYDAY") ?? "").split(",");
    if (only(map, names) && days.every((c) => WEEKDAYS.some((w) => w.code === c))) {
      return t("followups-rule-weekly-on", { count: n, days: formatList(days.map(nameOf)) });
    }
  }
  return fallback;
}
