/**
 * The plain words of a save someone else overtook: every sentence the
 * conflict panel shows is made here. User text (names, values) is kept as
 * separate parts, rendered as text, never as markup.
 */
import type { FollowUp, IssueState, PromiseState, WaitingOn } from "../api/types";
import { followUpWhen } from "../followups/words";
import { STATE_LABELS, stateWords } from "../issues/states";
import { dueWords, happenedWords } from "../timeline/when";

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

// ---- One-choice actions someone else overtook ----
//
// A move, a settle, Done, Skip, Snooze, Give to…: nothing to merge field by
// field. The record is read again and the person is told, in one calm
// sentence, what the other person did and when; then whether their own
// choice can still be made (with the version just read) or is no longer
// needed. What they typed stays in the form either way.

/** What an overtaken one-choice action tells the person and offers next. */
export interface OneChoice {
  /** What the other person did, one sentence: "Ben moved this issue to Waiting 2 minutes ago." */
  said: string;
  /** What the person can do now, one sentence. */
  next: string;
  /** The person's choice can still be made, against the record as just read. */
  canRetry: boolean;
}

/** The next line when the person's choice can still be made: press the button again. */
export function retryLine(button: string, typed: boolean): string {
  return typed
    ? `Nothing you typed is lost. Press “${button}” to make your change now.`
    : `Your change was not made yet. Press “${button}” to make it now.`;
}

/** The next line when the person's choice is no longer needed or possible. */
export function nothingLeftLine(reason: string, typed: boolean): string {
  const tail = typed
    ? "What you typed is still here: copy it if you want to keep it, then close the form."
    : "Nothing more to do here.";
  return reason ? `${reason} ${tail}` : tail;
}

/** An issue as the words need it. */
export interface IssueFacts {
  state: IssueState;
  waiting_on: WaitingOn | null;
}

/**
 * A move someone else overtook: "Ben moved this issue to Waiting on the
 * customer 2 minutes ago." and whether `to` can still be made (`allowed`:
 * the state machine's answer from the state as read now).
 */
export function issueMoveOvertaken(
  by: string,
  at: number,
  was: IssueFacts,
  now: IssueFacts,
  to: IssueState,
  allowed: boolean,
  button: string,
  typed: boolean,
  clock: Date,
): OneChoice {
  const when = whenWords(at, clock);
  const moved = was.state !== now.state || was.waiting_on !== now.waiting_on;
  const reopened = now.state === "open" && (was.state === "resolved" || was.state === "closed");
  const said = !moved
    ? `${who(by)} changed this issue ${when}.`
    : reopened
      ? `${who(by)} reopened this issue ${when}.`
      : `${who(by)} moved this issue to ${stateWords(now.state, now.waiting_on)} ${when}.`;
  if (now.state === to) {
    return {
      said,
      next: nothingLeftLine(`It is already ${STATE_LABELS[to].toLowerCase()}.`, typed),
      canRetry: false,
    };
  }
  if (!allowed) {
    return {
      said,
      next: nothingLeftLine(
        `From ${STATE_LABELS[now.state].toLowerCase()} it cannot be moved to ${STATE_LABELS[to].toLowerCase()}.`,
        typed,
      ),
      canRetry: false,
    };
  }
  return { said, next: retryLine(button, typed), canRetry: true };
}

/** A promise as the words need it. */
export interface PromiseFacts {
  state: PromiseState;
  due_at: number;
}

/**
 * A settle someone else overtook: "Ben already marked this promise kept 2
 * minutes ago." (nothing left to settle), or a new date or another change,
 * after which the person's outcome can still be recorded.
 */
export function promiseSettleOvertaken(
  by: string,
  at: number,
  was: PromiseFacts,
  now: PromiseFacts,
  button: string,
  typed: boolean,
  clock: Date,
): OneChoice {
  const when = whenWords(at, clock);
  if (now.state !== "open") {
    return {
      said: `${who(by)} already marked this promise ${now.state} ${when}.`,
      next: nothingLeftLine("It is settled.", typed),
      canRetry: false,
    };
  }
  const said =
    now.due_at !== was.due_at
      ? `${who(by)} agreed a new date for this promise ${when}: it is now due ${dueWords(now.due_at, clock)}.`
      : `${who(by)} changed this promise ${when}.`;
  return { said, next: retryLine(button, typed), canRetry: true };
}

/** A follow-up as the words need it. */
export type FollowUpFacts = Pick<
  FollowUp,
  "due_at" | "occurrence_at" | "snoozed" | "assignee" | "repeat" | "all_day"
>;

/**
 * Done, Skip, Snooze or Give to… someone else overtook. The occurrence the
 * person acted on is gone when the other person finished it or moved it on
 * ("Ana already marked this follow-up done 1 minute ago."): nothing is left
 * to do. Otherwise (snoozed, given to someone, edited) the action can
 * still be made.
 */
export function followUpOvertaken(
  by: string,
  at: number,
  was: FollowUpFacts,
  now: FollowUpFacts,
  button: string,
  clock: Date,
): OneChoice {
  const when = whenWords(at, clock);
  if (now.due_at === null) {
    return {
      said:
        was.repeat === null
          ? `${who(by)} already marked this follow-up done ${when}.`
          : `${who(by)} already dealt with this follow-up ${when}; it does not come round again.`,
      next: nothingLeftLine("", false),
      canRetry: false,
    };
  }
  if (now.occurrence_at !== was.occurrence_at) {
    return {
      said: `${who(by)} already dealt with this one ${when}. Next time: ${followUpWhen(now as FollowUp, clock)}.`,
      next: nothingLeftLine("", false),
      canRetry: false,
    };
  }
  let said: string;
  if (now.due_at !== was.due_at || now.snoozed !== was.snoozed) {
    const due = followUpWhen(now as FollowUp, clock);
    said = `${who(by)} put this follow-up off ${when}: ${due.charAt(0).toLowerCase()}${due.slice(1)}.`;
  } else if (now.assignee !== was.assignee) {
    said = `${who(by)} gave this follow-up to ${who(now.assignee)} ${when}.`;
  } else {
    said = `${who(by)} changed this follow-up ${when}.`;
  }
  return { said, next: retryLine(button, false), canRetry: true };
}

/**
 * Closing a situation someone else overtook: "Ben already closed this
 * situation 2 minutes ago.", or another change, after which closing can go
 * ahead.
 */
export function situationCloseOvertaken(
  by: string,
  at: number,
  closedNow: boolean,
  button: string,
  typed: boolean,
  clock: Date,
): OneChoice {
  const when = whenWords(at, clock);
  if (closedNow) {
    return {
      said: `${who(by)} already closed this situation ${when}.`,
      next: nothingLeftLine("", typed),
      canRetry: false,
    };
  }
  return {
    said: `${who(by)} changed this situation ${when}.`,
    next: retryLine(button, typed),
    canRetry: true,
  };
}

/** Said when a typed note was copied, or could not be. */
export const COPIED = "Copied. Paste it wherever you want to keep it.";
export const NOT_COPIED = "Could not copy here: select the text in the form and copy it.";
