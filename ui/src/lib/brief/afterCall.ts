/** "After the call": what the form holds, what it sends, and where a refusal is shown. */
import { toKindlyError } from "../api/errors";
import type { AfterCall, CallOutcome, FollowUpAction, Mood } from "../api/types";
import type { FieldProblem } from "../forms/problems";
import { t } from "../i18n/i18n.svelte";

export interface AfterCallDraft {
  outcome: CallOutcome;
  mood: Mood | null;
  summary: string;
  staff: string;
  /** They called us (call_in); otherwise we called them (call_out). */
  incoming: boolean;
  /** Due follow-ups unticked; every other one shown is marked done. */
  notDone: string[];
  /** Schedule the next follow-up. */
  next: boolean;
  nextAction: Exclude<FollowUpAction, "birthday">;
  /** Days from today; null while the box is empty. */
  nextDays: number | null;
}

export function freshAfterCall(staff: string): AfterCallDraft {
  return {
    outcome: "spoke",
    mood: null,
    summary: "",
    staff,
    incoming: false,
    notDone: [],
    next: false,
    nextAction: "call_back",
    nextDays: 7,
  };
}

/**
 * The AfterCall to send: the call (now, by `staff`, with the next follow-up
 * when asked for) and the due follow-ups still ticked. How they seemed is only
 * sent when we spoke to them. A missing number of days is a problem, not a call.
 */
export function afterCallFrom(
  customerId: string,
  draft: AfterCallDraft,
  dueIds: readonly string[],
): { after: AfterCall } | { problem: FieldProblem } {
  const staff = draft.staff.trim();
  let days: number | null = null;
  if (draft.next) {
    if (draft.nextDays === null || !Number.isFinite(draft.nextDays)) {
      return {
        problem: { field: "follow_up.in_days", message: t("brief-days-missing") },
      };
    }
    days = Math.round(draft.nextDays);
  }
  return {
    after: {
      call: {
        customer_id: customerId,
        channel: draft.incoming ? "call_in" : "call_out",
        happened_at: null,
        staff,
        summary: draft.summary,
        mood: draft.outcome === "spoke" ? draft.mood : null,
        issue_id: null,
        ...(days !== null
          ? { follow_up: { action: draft.nextAction, in_days: days, assignee: staff, note: "" } }
          : {}),
      },
      outcome: draft.outcome,
      done_follow_up_ids: dueIds.filter((id) => !draft.notDone.includes(id)),
    },
  };
}

/** The fields the form shows messages beside. */
export const AFTER_CALL_FIELDS = [
  "outcome",
  "channel",
  "summary",
  "staff",
  "mood",
  "done_follow_up_ids",
  "follow_up.action",
  "follow_up.in_days",
  "follow_up",
] as const;

/**
 * Which of the form's fields a field named by the core belongs beside:
 * "call.summary" and "summary" → "summary"; "done_follow_up_ids.1" → the
 * done list; the next follow-up's assignee is the "who" field; its other
 * parts have their own inputs. Null for anything the form has no input for.
 */
export function afterCallField(field: string): string | null {
  const f = field.replace(/^call\./, "");
  if (f.startsWith("done_follow_up_ids")) return "done_follow_up_ids";
  if (f.startsWith("follow_up")) {
    if (f.startsWith("follow_up.assignee")) return "staff";
    if (f.startsWith("follow_up.action")) return "follow_up.action";
    if (f.startsWith("follow_up.in_days")) return "follow_up.in_days";
    return "follow_up";
  }
  const base = f.split(".")[0];
  return (AFTER_CALL_FIELDS as readonly string[]).includes(base) ? base : null;
}

/** Where a refused save is shown: beside a field of the form, or in its general message area. */
export function placeAfterCallProblem(reason: unknown): { problem: FieldProblem } | { message: string } {
  const error = toKindlyError(reason);
  if (error.code === "invalid_input" && error.field !== null) {
    const field = afterCallField(error.field);
    if (field) return { problem: { field, message: error.message } };
  }
  return { message: error.message };
}
