/**
 * How a follow-up repeats, between the form's picker and the RFC 5545 RRULE
 * body the notebook stores (`FREQ=WEEKLY;INTERVAL=2`). Building, reading an
 * existing rule back into the picker (a rule the picker cannot show becomes
 * "Custom rule"), and describing a rule in plain words. Pure: no Svelte, no IPC.
 */

export type RepeatKind =
  "none" | "daily" | "weekly" | "weeks" | "months" | "yearly" | "nth_weekday" | "custom";

/** English month names for the rule's English words; they move to the catalogue with those words. */
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

/** The choices in the "Repeat" select, in order. */
export const REPEAT_CHOICES: ReadonlyArray<{ value: RepeatKind; label: string }> = [
  { value: "none", label: "Does not repeat" },
  { value: "daily", label: "Every day" },
  { value: "weekly", label: "Every week" },
  { value: "weeks", label: "Every N weeks" },
  { value: "months", label: "Every N months" },
  { value: "yearly", label: "Every year" },
  { value: "nth_weekday", label: "A weekday of a month each year" },
  { value: "custom", label: "Custom rule" },
];

/** RRULE day codes, Monday first, as the picker lists them. */
export const WEEKDAYS = [
  { code: "MO", name: "Monday" },
  { code: "TU", name: "Tuesday" },
  { code: "WE", name: "Wednesday" },
  { code: "TH", name: "Thursday" },
  { code: "FR", name: "Friday" },
  { code: "SA", name: "Saturday" },
  { code: "SU", name: "Sunday" },
] as const;

export type WeekdayCode = (typeof WEEKDAYS)[number]["code"];

/** Which one of the month's weekdays: 1st to 4th, or the last (-1). */
export const NTH_CHOICES: ReadonlyArray<{ value: number; label: string }> = [
  { value: 1, label: "1st" },
  { value: 2, label: "2nd" },
  { value: 3, label: "3rd" },
  { value: 4, label: "4th" },
  { value: -1, label: "last" },
];

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
          problem: `Please give how many ${d.kind === "weeks" ? "weeks" : "months"} apart, as a whole number such as 2.`,
        };
      }
      const freq = d.kind === "weeks" ? "WEEKLY" : "MONTHLY";
      return n === 1 ? `FREQ=${freq}` : `FREQ=${freq};INTERVAL=${n}`;
    }
    case "nth_weekday":
      return `FREQ=YEARLY;BYMONTH=${d.month};BYDAY=${d.nth}${d.weekday}`;
    case "custom": {
      const rule = d.rule.trim().replace(/^RRULE:/i, "");
      if (rule === "") return { problem: "Please write the rule, or choose another way to repeat." };
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

function nthWords(nth: number): string {
  return NTH_CHOICES.find((c) => c.value === nth)?.label ?? `${nth}th`;
}

function weekdayName(code: string): string {
  return WEEKDAYS.find((w) => w.code === code)?.name ?? code;
}

function monthName(month: number): string {
  return MONTHS[month - 1] ?? "";
}

/**
 * A rule in plain words: "Every week", "Every 2 months", "Every year on the
 * 3rd Sunday of June", "Every year on 14 April". Rules with no plain words
 * are "Repeats on a custom rule".
 */
export function describeRule(rule: string | null): string {
  if (rule === null || rule.trim() === "") return "Does not repeat";
  const d = parseRule(rule);
  switch (d.kind) {
    case "daily":
      return "Every day";
    case "weekly":
      return "Every week";
    case "weeks":
      return `Every ${d.every} weeks`;
    case "months":
      return d.every === "1" ? "Every month" : `Every ${d.every} months`;
    case "yearly":
      return "Every year";
    case "nth_weekday":
      return `Every year on the ${nthWords(d.nth)} ${weekdayName(d.weekday)} of ${monthName(d.month)}`;
    default:
      return describeOther(parts(rule));
  }
}

/** A few common rules the picker does not offer, else the general words. */
function describeOther(map: Map<string, string> | null): string {
  const fallback = "Repeats on a custom rule";
  if (!map) return fallback;
  const freq = map.get("FREQ");
  // A yearly day such as a birthday: FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=14.
  if (freq === "YEARLY" && only(map, ["FREQ", "BYMONTH", "BYMONTHDAY"])) {
    const month = Number(map.get("BYMONTH"));
    const day = Number(map.get("BYMONTHDAY"));
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return `Every year on ${day} ${monthName(month)}`;
  }
  // Certain weekdays every week or every few weeks: FREQ=WEEKLY;BYDAY=MO,TH.
  const n = interval(map);
  if (freq === "WEEKLY" && n !== null && map.has("BYDAY")) {
    const names = map.has("INTERVAL") ? ["FREQ", "BYDAY", "INTERVAL"] : ["FREQ", "BYDAY"];
    const days = (map.get("BYDAY") ?? "").split(",");
    if (only(map, names) && days.every((c) => WEEKDAYS.some((w) => w.code === c))) {
      const list = days.map(weekdayName);
      const joined =
        list.length > 1 ? `${list.slice(0, -1).join(", ")} and ${list[list.length - 1]}` : list[0];
      return n === 1 ? `Every week on ${joined}` : `Every ${n} weeks on ${joined}`;
    }
  }
  return fallback;
}
