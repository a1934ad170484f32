/** The brief and the caller screen in plain words. */
import type { BriefBirthday, BriefChange, BriefPromise, CallOutcome, ContactChannel } from "../api/types";
import { channelLabel } from "../customers/format";
import { dayWords, dueWords } from "../timeline/when";

/** "Birthday today — turns 40", "Birthday tomorrow", "Birthday in 3 days — turns 40". */
export function birthdayWords(birthday: BriefBirthday): string {
  const when =
    birthday.in_days <= 0
      ? "Birthday today"
      : birthday.in_days === 1
        ? "Birthday tomorrow"
        : `Birthday in ${birthday.in_days} days`;
  return birthday.turns === null ? when : `${when} — turns ${birthday.turns}`;
}

/** "Overdue — was due yesterday", "Due today", "Due Friday 14 March". */
export function promiseDueWords(promise: BriefPromise, now: Date = new Date()): string {
  const day = dueWords(promise.due_at, now);
  return promise.overdue ? `Overdue — was due ${day}` : `Due ${day}`;
}

/** "Prefers a text message", or "" without a preference. */
export function channelPreference(channel: ContactChannel): string {
  if (channel === "no_preference") return "";
  const label = channelLabel(channel).toLowerCase();
  switch (channel) {
    case "phone":
      return "Prefers the phone";
    case "text_message":
      return "Prefers a text message";
    case "in_person":
      return "Prefers to talk in person";
    default:
      return `Prefers ${label}`;
  }
}

/** "last contact yesterday", "last contact 3 March 2025", "no conversations yet". */
export function callerLastContact(at: number | null, now: Date = new Date()): string {
  return at === null ? "no conversations yet" : `last contact ${dayWords(at, now)}`;
}

/** "07700 900123 (mobile)", or just the number without a label. */
export function phoneWithLabel(number: string, label: string): string {
  return label.trim() ? `${number} (${label.trim()})` : number;
}

export const OUTCOMES: ReadonlyArray<{ value: CallOutcome; label: string }> = [
  { value: "spoke", label: "Spoke to them" },
  { value: "left_message", label: "Left a message" },
  { value: "no_answer", label: "No answer" },
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

/** "today", "yesterday", "on Tuesday", "on 3 March 2025": when, after a verb. */
function onDay(ms: number, now: Date): string {
  const day = dayWords(ms, now);
  return day === "today" || day === "yesterday" ? day : `on ${day}`;
}

/** "Ben Ortiz added a please-don't: no calls after 6pm yesterday" (the core's words, who and when). */
export function briefChangeWords(change: BriefChange, now: Date = new Date()): string {
  const who = change.changed_by.trim() || "Someone";
  return `${who} ${change.words} ${onDay(change.at, now)}`;
}

/** "Changed since you last spoke (yesterday)", "… (on 3 March 2025)". */
export function changedSinceHeading(spokeAt: number, now: Date = new Date()): string {
  return `Changed since you last spoke (${onDay(spokeAt, now).replace(/^on /, "")})`;
}
