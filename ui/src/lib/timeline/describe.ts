/** The words on one timeline row, so the row can be read at a glance. */
import type { TimelineItem } from "../api/types";
import { conversationChannelLabel } from "../conversations/channels";
import { changeWords } from "../issues/states";
import { t } from "../i18n/i18n.svelte";
import { actionLabel, DONE_LABELS } from "../followups/words";
import { dueWords } from "./when";

/** The label beside the row: the kind of conversation, or what happened to the issue, promise or follow-up. */
export function rowLabel(item: TimelineItem): string {
  switch (item.event) {
    case "conversation":
      return item.channel ? conversationChannelLabel(item.channel) : t("timeline-conversation");
    case "issue_opened":
      return t("timeline-issue-opened");
    case "issue_state":
      return t("timeline-issue-update");
    case "promise_made":
      return t("timeline-promise-made");
    case "promise_kept":
      return t("timeline-promise-kept");
    case "promise_broken":
      return t("timeline-promise-broken");
    case "promise_renegotiated":
      return t("timeline-new-date");
    case "follow_up_done":
      return DONE_LABELS[item.action ?? "other"];
    case "follow_up_skipped":
      return t("timeline-follow-up-skipped");
  }
}

/**
 * The row's main line: the conversation's summary, the title, what
 * was promised, or the follow-up's note; a follow-up without a note says what
 * it asked for ("Call back").
 */
export function rowTitle(item: TimelineItem): string {
  if (item.entry_kind === "follow_up" && item.title.trim() === "") return actionLabel(item.action);
  return item.title;
}

/**
 * The line under the title: the state change ("Waiting → Resolved: refunded
 * the deposit"), the promise's dates, or the note. Empty when there is nothing to add.
 */
export function rowDetail(item: TimelineItem, now: Date = new Date()): string {
  const note = item.note.trim();
  const withNote = (text: string) => (note ? t("timeline-with-note", { text, note }) : text);
  switch (item.event) {
    case "issue_state": {
      if (!item.to_state) return note;
      const change = changeWords(item.from_state, item.to_state);
      if (item.to_state === "waiting" && item.waiting_on)
        return withNote(t("timeline-waiting-on", { change, on: item.waiting_on }));
      return withNote(change);
    }
    case "promise_made": {
      const due = item.new_due_at ?? item.old_due_at;
      return due === null ? note : withNote(t("timeline-due", { day: dueWords(due, now) }));
    }
    case "promise_renegotiated": {
      const from = item.old_due_at === null ? null : dueWords(item.old_due_at, now);
      const to = item.new_due_at === null ? null : dueWords(item.new_due_at, now);
      if (from && to) return withNote(t("timeline-moved", { from, to }));
      return to ? withNote(t("timeline-now-due", { day: to })) : note;
    }
    case "follow_up_done":
      return note;
    case "follow_up_skipped":
      return withNote(t("timeline-skipped", { action: actionLabel(item.action) }));
    default:
      return note;
  }
}

/** How a call went, when it was logged after a call and did not reach them: "No answer", "Left a message"; else "". */
export function outcomeWords(item: Pick<TimelineItem, "event" | "outcome">): string {
  if (item.event !== "conversation" || !item.outcome) return "";
  switch (item.outcome) {
    case "no_answer":
      return t("timeline-no-answer");
    case "left_message":
      return t("timeline-left-message");
    case "spoke":
      return "";
  }
}

/** "Seemed pleased", "Upset at the start", "Felt pleased at the end"; "" without a mood. */
export function moodWords(item: TimelineItem): string {
  if (!item.mood) return "";
  if (item.event === "issue_opened") return t("timeline-mood-start", { mood: item.mood });
  if (item.event === "issue_state") return t("timeline-mood-end", { mood: item.mood });
  return t("timeline-mood-seemed", { mood: item.mood });
}
