/**
 * The situation form's fields as a refused edit compares them (see
 * forms/threeWay.ts), each as one whole value.
 */
import type { Situation } from "../api/types";
import { formatDate } from "../customers/format";
import { toDateInput } from "../forms/datetime";
import type { ConflictField } from "../forms/overtaken";
import { manyLines, oneLine } from "../forms/threeWay";
import { t } from "../i18n/i18n.svelte";

/** What the situation form holds while it is being typed (the names its kept drafts use). */
export interface SituationDraft {
  title: string;
  whatHappened: string;
  whatWeDo: string;
  /** "YYYY-MM-DD", or "" when not known. */
  fixDay: string;
  lead: string;
}

/** The form's starting values for a stored situation. */
export function situationDraft(s: Situation): SituationDraft {
  return {
    title: s.title,
    whatHappened: s.what_happened,
    whatWeDo: s.what_we_do,
    fixDay: s.expected_fix === null ? "" : toDateInput(s.expected_fix),
    lead: s.lead,
  };
}

type Key = keyof SituationDraft;

/** "2025-03-07" as "7 March 2025". */
function dayWords(day: string): string {
  const [y, m, d] = day.split("-").map(Number);
  return y && m && d ? formatDate(new Date(y, m - 1, d).getTime()) : day;
}

function field(
  key: Key,
  /** The message naming the field inside a sentence ("the title"). */
  words: string,
  read: (text: string) => string,
  show: (text: string) => string = read,
): ConflictField<SituationDraft, Key> {
  return {
    key,
    value: (d) => read(d[key]),
    copy: (into, from) => {
      into[key] = from[key];
    },
    subject: () => t(words),
    get the() {
      return t(words);
    },
    show: (d) => show(read(d[key])),
  };
}

/** Every field of the situation form, in the form's order. */
export const SITUATION_FIELDS: readonly ConflictField<SituationDraft, Key>[] = [
  field("title", "situations-the-title", oneLine),
  field("whatHappened", "situations-the-what-happened", manyLines),
  field("whatWeDo", "situations-the-what-we-do", manyLines),
  field("fixDay", "situations-the-fix", (text) => text.trim(), dayWords),
  field("lead", "situations-the-lead", oneLine),
];
