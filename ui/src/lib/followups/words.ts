/** Follow-ups and staying in touch, in plain words (locales/<language>/followups.ftl). */
import type { FollowUp, FollowUpAction, TouchState, TouchStatus } from "../api/types";
import { dueWords } from "../timeline/when";
import { clockHour, formatTime } from "../i18n/format";
import { t } from "../i18n/i18n.svelte";

/** A message read at the moment it is shown, so it follows a change of language. */
function words<K extends string>(ids: Record<K, string>): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const key of Object.keys(ids) as K[]) {
    Object.defineProperty(out, key, { enumerable: true, get: () => t(ids[key]) });
  }
  return out;
}

export const ACTION_LABELS: Record<FollowUpAction, string> = words({
  call_back: "followups-action-call-back",
  check_in: "followups-action-check-in",
  send_card: "followups-action-send-card",
  birthday: "followups-action-birthday",
  other: "followups-action-other",
});

/** What the form offers: a birthday follow-up comes from the customer's birthday, never from here. */
export const ACTION_CHOICES: ReadonlyArray<{ value: Exclude<FollowUpAction, "birthday">; label: string }> = (
  [
    ["call_back", "followups-action-call-back"],
    ["check_in", "followups-action-check-in"],
    ["send_card", "followups-action-send-card"],
    ["other", "followups-choice-other"],
  ] as const
).map(([value, id]) => ({
  value,
  get label() {
    return t(id);
  },
}));

/** The label on a timeline row when one was done: "Called back", "Check-in done", … */
export const DONE_LABELS: Record<FollowUpAction, string> = words({
  call_back: "followups-done-call-back",
  check_in: "followups-done-check-in",
  send_card: "followups-done-send-card",
  birthday: "followups-done-birthday",
  other: "followups-done-other",
});

export function actionLabel(action: FollowUpAction | null): string {
  return action ? ACTION_LABELS[action] : t("followups-action-other");
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The time of `ms` for a message: as the clock shows it, and its hour (Spanish says "a la 1:05"). */
export function timeArgs(ms: number): { time: string; hour: number } {
  return { time: formatTime(ms), hour: clockHour(ms) };
}

/** The reminder time "HH:MM" (the notebook's setting) written as the locale writes times, or null. */
export function reminderArgs(reminder: string | null): { time: string; hour: number } | null {
  const match = reminder === null ? null : /^(\d{1,2}):(\d{2})/.exec(reminder);
  if (!match) return null;
  const day = new Date();
  day.setHours(Number(match[1]), Number(match[2]), 0, 0);
  return timeArgs(day.getTime());
}

/**
 * When it is due: "Today at 10:30", "Tomorrow, any time", "Friday 14 March, any time";
 * a snoozed one says "Snoozed until tomorrow at 09:00"; a finished one "Done".
 */
export function followUpWhen(f: FollowUp, now: Date = new Date()): string {
  if (f.due_at === null) return t("followups-when-done");
  if (f.snoozed) return t("followups-when-snoozed", { day: dueWords(f.due_at, now), ...timeArgs(f.due_at) });
  const at = f.occurrence_at ?? f.due_at;
  const day = capital(dueWords(at, now));
  return f.all_day ? t("followups-when-any-time", { day }) : t("followups-when-at", { day, ...timeArgs(at) });
}

/** How long ago, rounded down: days up to 13, then weeks up to 16, months up to 23, then years. */
export function gap(ms: number): { unit: "days" | "weeks" | "months" | "years"; count: number } {
  const days = Math.max(0, Math.floor(ms / 86_400_000));
  if (days < 14) return { unit: "days", count: days };
  const weeks = Math.floor(days / 7);
  if (weeks < 17) return { unit: "weeks", count: weeks };
  const months = Math.floor(days / 30.44);
  return months < 24
    ? { unit: "months", count: months }
    : { unit: "years", count: Math.floor(days / 365.25) };
}

export const TOUCH_LABELS: Record<TouchState, string> = words({
  in_touch: "followups-touch-in-touch",
  drifting: "followups-touch-drifting",
  out_of_touch: "followups-touch-out-of-touch",
});

/** "last contact 9 weeks ago", "last contact today". */
export function lastContactWords(touch: TouchStatus, now: number = Date.now()): string {
  const since = now - touch.since;
  if (since < 86_400_000) return t("followups-last-contact-today");
  const { unit, count } = gap(since);
  return t(`followups-last-contact-${unit}`, { count });
}

/** "Drifting — last contact 7 weeks ago", "In touch". */
export function touchWords(touch: TouchStatus, now: number = Date.now()): string {
  if (touch.state === "in_touch") return TOUCH_LABELS.in_touch;
  return t("followups-touch-since", {
    state: TOUCH_LABELS[touch.state],
    since: lastContactWords(touch, now),
  });
}

/**
 * A message with user text inside that the page marks up on its own (a name
 * in its own span): the words before and after the `slot` variable.
 */
export function around(
  id: string,
  slot: string,
  args: Record<string, string | number> = {},
): [string, string] {
  const marker = "\u{E000}";
  const [before, after = ""] = t(id, { ...args, [slot]: marker }).split(marker);
  return [before, after];
}
