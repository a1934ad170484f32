/** Follow-ups and staying in touch, in plain words. */
import type { FollowUp, FollowUpAction, TouchState, TouchStatus } from "../api/types";
import { dueWords } from "../timeline/when";
import { formatTime } from "../i18n/format";

export const ACTION_LABELS: Record<FollowUpAction, string> = {
  call_back: "Call back",
  check_in: "Check in",
  send_card: "Send a card",
  birthday: "Birthday card",
  other: "Follow up",
};

/** What the form offers: a birthday follow-up comes from the customer's birthday, never from here. */
export const ACTION_CHOICES: ReadonlyArray<{ value: Exclude<FollowUpAction, "birthday">; label: string }> = [
  { value: "call_back", label: "Call back" },
  { value: "check_in", label: "Check in" },
  { value: "send_card", label: "Send a card" },
  { value: "other", label: "Other" },
];

/** The label on a timeline row when one was done: "Called back", "Check-in done", … */
export const DONE_LABELS: Record<FollowUpAction, string> = {
  call_back: "Called back",
  check_in: "Check-in done",
  send_card: "Card sent",
  birthday: "Birthday card sent",
  other: "Follow-up done",
};

export function actionLabel(action: FollowUpAction | null): string {
  return action ? ACTION_LABELS[action] : "Follow up";
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * When it is due: "Today at 10:30", "Tomorrow, any time", "Friday 14 March, any time";
 * a snoozed one says "Snoozed until tomorrow at 09:00"; a finished one "Done".
 */
export function followUpWhen(f: FollowUp, now: Date = new Date()): string {
  if (f.due_at === null) return "Done";
  if (f.snoozed) return `Snoozed until ${dueWords(f.due_at, now)} at ${formatTime(f.due_at)}`;
  const at = f.occurrence_at ?? f.due_at;
  const day = capital(dueWords(at, now));
  return f.all_day ? `${day}, any time` : `${day} at ${formatTime(at)}`;
}

/** "3 days", "1 week", "9 weeks", "5 months": how long ago, rounded down. */
export function gapWords(ms: number): string {
  const days = Math.max(0, Math.floor(ms / 86_400_000));
  if (days < 14) return days === 1 ? "1 day" : `${days} days`;
  const weeks = Math.floor(days / 7);
  if (weeks < 17) return `${weeks} weeks`;
  const months = Math.floor(days / 30.44);
  return months < 24 ? `${months} months` : `${Math.floor(days / 365.25)} years`;
}

export const TOUCH_LABELS: Record<TouchState, string> = {
  in_touch: "In touch",
  drifting: "Drifting",
  out_of_touch: "Out of touch",
};

/** "last contact 9 weeks ago", "last contact today". */
export function lastContactWords(touch: TouchStatus, now: number = Date.now()): string {
  const gap = now - touch.since;
  if (gap < 86_400_000) return "last contact today";
  return `last contact ${gapWords(gap)} ago`;
}

/** "Drifting — last contact 7 weeks ago", "In touch". */
export function touchWords(touch: TouchStatus, now: number = Date.now()): string {
  if (touch.state === "in_touch") return TOUCH_LABELS.in_touch;
  return `${TOUCH_LABELS[touch.state]} — ${lastContactWords(touch, now)}`;
}
