/**
 * The plain words of a save someone else overtook: every sentence the
 * conflict panel shows is made here. User text (names, values) is kept as
 * separate parts, rendered as text, never as markup.
 */
import type { FollowUp, IssueState, PromiseState, WaitingOn } from "../api/types";
import { followUpWhen } from "../followups/words";
import { STATE_LABELS, stateWords } from "../issues/states";
import { dayOffset, dueWords, happenedWords } from "../timeline/when";
import { formatList } from "../i18n/format";
import { t, words } from "../i18n/i18n.svelte";

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
  return by.trim() || t("forms-someone-else");
}

/**
 * When they saved, to follow a verb: "just now", "2 minutes ago", "today at
 * 14:05", "on Tuesday at 10:00", "on 3 March 2025". A weekday or a date takes
 * the language's preposition ("on", "am", "le").
 */
export function whenWords(at: number, now: Date): string {
  const words = happenedWords(at, now);
  const minutes = Math.floor((now.getTime() - at) / 60_000);
  if (minutes >= 0 && minutes < 60) return words;
  const offset = dayOffset(at, now);
  if (offset === 0 || offset === -1) return words;
  if (offset < -1 && offset > -7) return t("forms-when-weekday", { when: words });
  return t("forms-when-date", { when: words });
}

/** The label of the choice that keeps what the person typed: "Keep mine". */
export function keepMine(): string {
  return t("forms-keep-mine");
}

/** The label of the choice that takes the other person's value: "Use Ben’s". */
export function useTheirs(by: string): string {
  return by.trim() ? t("forms-use-theirs", { name: by.trim() }) : t("forms-use-theirs-unknown");
}

/** How an empty value is shown among the choices: "(left empty)". */
export function emptyValue(): string {
  return t("forms-left-empty");
}

function quotable(value: string): boolean {
  return value !== "" && value.length <= QUOTABLE && !value.includes("\n");
}

/** Private-use marks around a typed value's slot, so the message can be cut around it. */
const OPEN = "\uE000";
const CLOSE = "\uE001";

/**
 * The message `id` as parts, each of `typed`'s values its own part marked
 * typed: one message per sentence, wherever the language puts the value.
 */
export function typedParts(
  id: string,
  args: Record<string, string | number>,
  typed: Record<string, string>,
): Part[] {
  const names = Object.keys(typed);
  const slots = Object.fromEntries(names.map((name, i) => [name, `${OPEN}${i}${CLOSE}`]));
  const text = t(id, { ...args, ...slots });
  const parts: Part[] = [];
  for (const piece of text.split(new RegExp(`(${OPEN}\\d+${CLOSE})`))) {
    const slot = new RegExp(`^${OPEN}(\\d+)${CLOSE}$`).exec(piece);
    if (slot) parts.push({ text: typed[names[Number(slot[1])]], typed: true });
    else if (piece !== "") parts.push({ text: piece });
  }
  return parts;
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
  const args = { who: who(by), subject, when: whenWords(at, now) };
  const parts: Part[] =
    theirs === ""
      ? typedParts("forms-clash-cleared", args, {})
      : quotable(theirs)
        ? typedParts("forms-clash-changed-to", args, { theirs })
        : typedParts("forms-clash-changed", args, {});
  parts.push({ text: " " });
  if (mine === "") parts.push(...typedParts("forms-clash-you-cleared", {}, {}));
  else if (quotable(mine)) parts.push(...typedParts("forms-clash-you-wrote", {}, { mine }));
  else parts.push(...typedParts("forms-clash-you-changed", {}, {}));
  return parts;
}

/** The line naming the fields taken into the form: "Ben also changed the phone numbers; it is in the form now." */
export function takenLine(by: string, phrases: readonly string[]): string {
  return t("forms-taken", { who: who(by), fields: formatList(phrases), count: phrases.length });
}

/** The heading of the panel: "Ben saved a change to Rosie 2 minutes ago, while you were making yours." */
export function overtakenHeading(by: string, what: string, at: number, now: Date): string {
  return t("forms-overtaken-heading", { who: who(by), what, when: whenWords(at, now) });
}

/** What to do next, under the heading. */
export function overtakenAdvice(clashes: number): string {
  if (clashes === 0) return t("forms-overtaken-advice-none");
  return t("forms-overtaken-advice", { count: clashes });
}

/** Beside the Save button while a choice is missing. */
export function choicesPending(by: string, pending: number): string {
  return t("forms-choices-pending", { keep: keepMine(), use: useTheirs(by), count: pending });
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
  return typed ? t("forms-retry-typed", { button }) : t("forms-retry", { button });
}

/** The next line when the person's choice is no longer needed or possible. */
export function nothingLeftLine(reason: string, typed: boolean): string {
  const tail = typed ? t("forms-nothing-left-typed") : t("forms-nothing-left");
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
    ? t("forms-issue-changed", { who: who(by), when })
    : reopened
      ? t("forms-issue-reopened", { who: who(by), when })
      : t("forms-issue-moved", { who: who(by), state: stateWords(now.state, now.waiting_on), when });
  if (now.state === to) {
    return {
      said,
      next: nothingLeftLine(t("forms-issue-already", { state: lower(STATE_LABELS[to]) }), typed),
      canRetry: false,
    };
  }
  if (!allowed) {
    return {
      said,
      next: nothingLeftLine(
        t("forms-issue-cannot-move", { from: lower(STATE_LABELS[now.state]), to: lower(STATE_LABELS[to]) }),
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
      said: t("forms-promise-settled", { who: who(by), state: now.state, when }),
      next: nothingLeftLine(t("forms-promise-settled-already"), typed),
      canRetry: false,
    };
  }
  const said =
    now.due_at !== was.due_at
      ? t("forms-promise-new-date", { who: who(by), when, due: dueWords(now.due_at, clock) })
      : t("forms-promise-changed", { who: who(by), when });
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
          ? t("forms-followup-done", { who: who(by), when })
          : t("forms-followup-ended", { who: who(by), when }),
      next: nothingLeftLine("", false),
      canRetry: false,
    };
  }
  if (now.occurrence_at !== was.occurrence_at) {
    return {
      said: t("forms-followup-dealt", { who: who(by), when, next: followUpWhen(now as FollowUp, clock) }),
      next: nothingLeftLine("", false),
      canRetry: false,
    };
  }
  let said: string;
  if (now.due_at !== was.due_at || now.snoozed !== was.snoozed) {
    const due = followUpWhen(now as FollowUp, clock);
    // Inside the sentence, not at its start; German keeps its nouns' capitals.
    const inside = words.language === "de" ? due : `${due.charAt(0).toLowerCase()}${due.slice(1)}`;
    said = t("forms-followup-put-off", { who: who(by), when, due: inside });
  } else if (now.assignee !== was.assignee) {
    said = t("forms-followup-given", { who: who(by), to: who(now.assignee), when });
  } else {
    said = t("forms-followup-changed", { who: who(by), when });
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
      said: t("forms-situation-closed", { who: who(by), when }),
      next: nothingLeftLine("", typed),
      canRetry: false,
    };
  }
  return {
    said: t("forms-situation-changed", { who: who(by), when }),
    next: retryLine(button, typed),
    canRetry: true,
  };
}

/** Said when a typed note was copied. */
export function copiedWords(): string {
  return t("forms-copied");
}

/** Said when a typed note could not be copied. */
export function notCopiedWords(): string {
  return t("forms-not-copied");
}

/** A label inside a sentence: "resolved", "in progress" (only its first letter: "in Bearbeitung"). */
function lower(label: string): string {
  return `${label.charAt(0).toLowerCase()}${label.slice(1)}`;
}
