/**
 * The plain words of a save someone else overtook: every sentence the
 * conflict panel shows is made here. User text (names, values) is kept as
 * separate parts, rendered as text, never as markup.
 */
import { happenedWords } from "../timeline/when";

/** A piece of a sentence: plain words, or a value someone typed (shown emphasised). */
export interface Part {
  text: string;
  typed?: boolean;
}

/** What the person chose for a field both changed. */
export type Choice = "mine" | "theirs";

/** A value longer than this, or on several lines, is not quoted inside a sentence (the choices show it). */
const QUOTABLE = 60;

/** Who saved in between: their name, or "Someone else" when the notebook does not know. */
export function who(by: string): string {
  return by.trim() || "Someone else";
}

/** "Rosie’s", "James’s". */
export function possessive(name: string): string {
  return `${name}’s`;
}

/**
 * When they saved, to follow a verb: "just now", "2 minutes ago", "today at
 * 14:05", "on Tuesday at 10:00", "on 3 March 2025".
 */
export function whenWords(at: number, now: Date): string {
  const words = happenedWords(at, now);
  return /^(just now|today|yesterday)|ago$/.test(words) ? words : `on ${words}`;
}

/** The label of the choice that keeps what the person typed. */
export const KEEP_MINE = "Keep mine";

/** The label of the choice that takes the other person's value: "Use Ben’s". */
export function useTheirs(by: string): string {
  return by.trim() ? `Use ${possessive(by.trim())}` : "Use theirs";
}

/** How an empty value is shown among the choices. */
export const EMPTY_VALUE = "(left empty)";

function quotable(value: string): boolean {
  return value !== "" && value.length <= QUOTABLE && !value.includes("\n");
}

/**
 * The sentence above a field both changed: "Ben changed Rosie’s best time
 * to *evenings* 2 minutes ago; you wrote *weekday mornings*."
 */
export function clashSentence(
  by: string,
  subject: string,
  theirs: string,
  mine: string,
  at: number,
  now: Date,
): Part[] {
  const when = whenWords(at, now);
  const parts: Part[] = [];
  if (theirs === "") {
    parts.push({ text: `${who(by)} cleared ${subject} ${when}; ` });
  } else if (quotable(theirs)) {
    parts.push(
      { text: `${who(by)} changed ${subject} to ` },
      { text: theirs, typed: true },
      { text: ` ${when}; ` },
    );
  } else {
    parts.push({ text: `${who(by)} changed ${subject} ${when}; ` });
  }
  if (mine === "") parts.push({ text: "you cleared it." });
  else if (quotable(mine)) parts.push({ text: "you wrote " }, { text: mine, typed: true }, { text: "." });
  else parts.push({ text: "you changed it too." });
  return parts;
}

/** "a, b and c". */
function listed(phrases: readonly string[]): string {
  if (phrases.length <= 1) return phrases.join("");
  return `${phrases.slice(0, -1).join(", ")} and ${phrases[phrases.length - 1]}`;
}

/** The line naming the fields taken into the form: "Ben also changed the phone numbers; it is in the form now." */
export function takenLine(by: string, phrases: readonly string[]): string {
  const them = phrases.length === 1 ? "it is" : "they are";
  return `${who(by)} also changed ${listed(phrases)}; ${them} in the form now.`;
}

/** The heading of the panel: "Ben saved a change to Rosie 2 minutes ago, while you were making yours." */
export function overtakenHeading(by: string, what: string, at: number, now: Date): string {
  return `${who(by)} saved a change to ${what} ${whenWords(at, now)}, while you were making yours.`;
}

/** What to do next, under the heading. */
export function overtakenAdvice(clashes: number): string {
  if (clashes === 0) {
    return "Nothing you typed is lost, and nothing of theirs was overwritten. Save again to keep both.";
  }
  const fields = clashes === 1 ? "one thing" : `${clashes} things`;
  return `Nothing you typed is lost. You both changed ${fields}: choose which to keep, then save again.`;
}

/** Beside the Save button while a choice is missing. */
export function choicesPending(by: string, pending: number): string {
  const fields = pending === 1 ? "the field" : `the ${pending} fields`;
  return `Choose “${KEEP_MINE}” or “${useTheirs(by)}” for ${fields} above, then save.`;
}
