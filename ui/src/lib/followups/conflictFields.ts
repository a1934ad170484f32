/**
 * The follow-up form's fields as a refused edit compares them (see
 * forms/threeWay.ts), each as one whole value.
 */
import type { FollowUp, FollowUpAction } from "../api/types";
import { formatDate } from "../customers/format";
import { plainCopy, type ConflictField } from "../forms/overtaken";
import { manyLines, oneLine } from "../forms/threeWay";
import { buildRule, describeRule, isRepeatProblem, parseRule, type RepeatDraft } from "./repeat";
import { ACTION_LABELS } from "./words";
import { t } from "../i18n/i18n.svelte";

/** What the form offers as "What": a birthday follow-up is never edited here. */
export type FormAction = Exclude<FollowUpAction, "birthday">;

/** What the follow-up form holds while it is being typed. */
export interface FollowUpDraft {
  action: FormAction;
  /** "YYYY-MM-DD". */
  date: string;
  /** "HH:MM", or "" for any time that day. */
  time: string;
  repeat: RepeatDraft;
  assignee: string;
  about_id: string;
  note: string;
}

const startMonth = (date: string) => Number(date.slice(5, 7)) || new Date().getMonth() + 1;

/** The form's starting values for a stored follow-up. */
export function followUpDraft(f: FollowUp): FollowUpDraft {
  return {
    action: f.action === "birthday" ? "other" : f.action,
    date: f.date,
    time: f.time ?? "",
    repeat: parseRule(f.repeat, startMonth(f.date)),
    assignee: f.assignee,
    about_id: f.about_id ?? "",
    note: f.note,
  };
}

type Key = keyof FollowUpDraft;

/** The repeat as it would be saved; a half-typed rule compares as its draft. */
function rule(d: FollowUpDraft): unknown {
  const built = buildRule(d.repeat);
  return isRepeatProblem(built) ? d.repeat : built;
}

function field(
  key: Key,
  the: string,
  value: (d: FollowUpDraft) => unknown,
  show: (d: FollowUpDraft) => string,
): ConflictField<FollowUpDraft, Key> {
  return {
    key,
    value,
    copy: (into, from) => {
      // A whole value: the repeat's draft is an object, copied so the two never share it.
      into[key] = plainCopy(from[key]) as never;
    },
    subject: () => the,
    the,
    show,
  };
}

/** "2025-03-07" as "7 March 2025". */
function dayWords(day: string): string {
  const [y, m, d] = day.split("-").map(Number);
  return y && m && d ? formatDate(new Date(y, m - 1, d).getTime()) : day;
}

/** Every field of the follow-up form, in the form's order; `aboutTitle` names what it is about. */
export function followUpFields(
  aboutTitle: (id: string) => string,
): readonly ConflictField<FollowUpDraft, Key>[] {
  return [
    field(
      "action",
      t("followups-field-action"),
      (d) => d.action,
      (d) => ACTION_LABELS[d.action],
    ),
    field(
      "date",
      t("followups-field-date"),
      (d) => d.date.trim(),
      (d) => dayWords(d.date.trim()),
    ),
    field(
      "time",
      t("followups-field-time"),
      (d) => d.time.trim(),
      (d) => d.time.trim(),
    ),
    field("repeat", t("followups-field-repeat"), rule, (d) => {
      const built = buildRule(d.repeat);
      return isRepeatProblem(built) ? "" : describeRule(built);
    }),
    field(
      "assignee",
      t("followups-field-assignee"),
      (d) => oneLine(d.assignee),
      (d) => oneLine(d.assignee),
    ),
    field(
      "about_id",
      t("followups-field-about"),
      (d) => d.about_id,
      (d) => (d.about_id === "" ? "" : aboutTitle(d.about_id)),
    ),
    field(
      "note",
      t("followups-field-note"),
      (d) => manyLines(d.note),
      (d) => manyLines(d.note),
    ),
  ];
}
