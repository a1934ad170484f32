/**
 * The promise form's fields as a refused save compares them (see
 * forms/threeWay.ts), each as one whole value.
 */
import type { CustomerPromise, Issue } from "../api/types";
import { toDateInput } from "../forms/datetime";
import type { ConflictField } from "../forms/overtaken";
import { oneLine } from "../forms/threeWay";
import { formatDate } from "../i18n/format";
import { t } from "../i18n/i18n.svelte";

/** What the promise form holds while it is being typed. */
export interface PromiseDraft {
  what: string;
  /** The day as the date input holds it; only "New date" changes a stored promise's. */
  due: string;
  promised_by: string;
  issue_id: string;
}

/** The form's starting values for a stored promise. */
export function promiseDraft(p: CustomerPromise): PromiseDraft {
  return {
    what: p.what,
    due: toDateInput(p.due_at),
    promised_by: p.promised_by,
    issue_id: p.issue_id ?? "",
  };
}

type Key = keyof PromiseDraft;

function field(key: Key, the: string, show: (d: PromiseDraft) => string): ConflictField<PromiseDraft, Key> {
  return {
    key,
    value: (d) => oneLine(d[key]),
    copy: (into, from) => {
      into[key] = from[key];
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

/** Every field of the promise form, in the form's order; issues name the one it is about. */
export function promiseFields(issues: readonly Issue[]): readonly ConflictField<PromiseDraft, Key>[] {
  return [
    field("what", t("promises-field-what"), (d) => oneLine(d.what)),
    field("due", t("promises-field-due"), (d) => dayWords(d.due)),
    field("promised_by", t("promises-field-by"), (d) => oneLine(d.promised_by)),
    field("issue_id", t("promises-field-issue"), (d) =>
      d.issue_id === ""
        ? ""
        : (issues.find((i) => i.id === d.issue_id)?.title ?? t("promises-another-issue")),
    ),
  ];
}
