/** The brief and the caller screen in plain words, in the chosen language. */
import type { BriefBirthday, BriefChange, BriefPromise, CallOutcome, ContactChannel } from "../api/types";
import { t } from "../i18n/i18n.svelte";
import { dayOffset, dayWords, dueWords } from "../timeline/when";

/** "Birthday today — turns 40", "Birthday tomorrow", "Birthday in 3 days — turns 40". */
export function birthdayWords(birthday: BriefBirthday): string {
  const days = Math.max(0, birthday.in_days);
  return birthday.turns === null
    ? t("brief-birthday", { days })
    : t("brief-birthday-turns", { days, age: birthday.turns });
}

/**
 * What the messages saying when something is due take: the day as `dueWords`
 * says it, and its `kind`, "relative" for yesterday, today and tomorrow, else
 * "date", so a language can put its word before a date ("le", "am", "el").
 */
export function dueArgs(ms: number, now: Date = new Date()): { day: string; kind: string } {
  return { day: dueWords(ms, now), kind: Math.abs(dayOffset(ms, now)) <= 1 ? "relative" : "date" };
}

/** "Overdue — was due yesterday", "Due today", "Due Friday 14 March". */
export function promiseDueWords(promise: BriefPromise, now: Date = new Date()): string {
  const args = dueArgs(promise.due_at, now);
  return promise.overdue ? t("brief-promise-was-due", args) : t("brief-promise-due", args);
}

/** "Prefers a text message", or "" without a preference. */
export function channelPreference(channel: ContactChannel): string {
  if (channel === "no_preference") return "";
  return t("brief-prefers", { channel });
}

/** "last contact yesterday", "last contact 3 March 2025", "no conversations yet". */
export function callerLastContact(at: number | null, now: Date = new Date()): string {
  return at === null ? t("brief-caller-never") : t("brief-caller-last", { day: dayWords(at, now) });
}

/** "07700 900123 (mobile)", or just the number without a label. */
export function phoneWithLabel(number: string, label: string): string {
  return label.trim() ? `${number} (${label.trim()})` : number;
}

/** How a call went, in the order the picker offers them; `label` in the chosen language. */
export const OUTCOMES: ReadonlyArray<{ value: CallOutcome; readonly label: string }> = [
  {
    value: "spoke",
    get label() {
      return t("brief-outcome-spoke");
    },
  },
  {
    value: "left_message",
    get label() {
      return t("brief-outcome-left-message");
    },
  },
  {
    value: "no_answer",
    get label() {
      return t("brief-outcome-no-answer");
    },
  },
];

/** How many lines of the profile's notes the brief shows before "more". */
export const NOTES_LINES = 3;
/** How many characters of them, for notes written as one long line. */
export const NOTES_CHARS = 280;

/**
 * The first lines of the profile's notes for the brief, and whether there
 * is more to show.
 */
export function notesPreview(notes: string): { text: string; more: boolean } {
  const whole = notes.trim();
  const lines = whole.split("\n");
  let text = lines.slice(0, NOTES_LINES).join("\n");
  if (text.length > NOTES_CHARS) text = `${text.slice(0, NOTES_CHARS).trimEnd()}…`;
  else if (lines.length > NOTES_LINES) text = `${text}…`;
  return { text, more: text !== whole };
}

/**
 * A past day as the messages that say "on Tuesday" take it: the day in words
 * and its `kind`, "relative" for today and yesterday, "weekday" (Monday to
 * Friday) or "weekend" for a day of the last week, else "date". Each language
 * puts its own word before the last three; Portuguese says "na terça-feira"
 * but "no sábado".
 */
function dayArgs(ms: number, now: Date): { day: string; kind: string } {
  const offset = dayOffset(ms, now);
  const weekend = [0, 6].includes(new Date(ms).getDay());
  const kind =
    offset === 0 || offset === -1
      ? "relative"
      : offset < -1 && offset > -7
        ? weekend
          ? "weekend"
          : "weekday"
        : "date";
  return { day: dayWords(ms, now), kind };
}

/** "Ben Ortiz added a please-don't: no calls after 6pm yesterday" (the core's words, who and when). */
export function briefChangeWords(change: BriefChange, now: Date = new Date()): string {
  const who = change.changed_by.trim() || t("brief-someone");
  return t("brief-change", { who, words: change.words, ...dayArgs(change.at, now) });
}

/** "Changed since you last spoke (yesterday)", "… (3 March 2025)". */
export function changedSinceHeading(spokeAt: number, now: Date = new Date()): string {
  return t("brief-changed-since", { day: dayWords(spokeAt, now) });
}
