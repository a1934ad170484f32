/** Trash in plain words (locales/<language>/trash.ftl). */
import type { EntryKind } from "../api/types";
import { formatDate, formatRelative } from "../i18n/format";
import { t } from "../i18n/i18n.svelte";
import { dayAt, dayOffset } from "../timeline/when";

/** "1 history entry", "3 history entries": conversations, issues, promises and follow-ups together. */
export function entriesCount(n: number): string {
  return t("trash-entries", { count: n });
}

/** "1 customer", "1,200 customers". */
export function customersCount(n: number): string {
  return t("trash-customers-count", { count: n });
}

/** What the dialog deletes: "2 customers", "1 history entry", "2 customers and 1 history entry". */
export function deletedWhat(customers: number, entries: number): string {
  if (customers > 0 && entries > 0)
    return t("trash-what-both", { customers: customersCount(customers), entries: entriesCount(entries) });
  return customers > 0 ? customersCount(customers) : entriesCount(entries);
}

/** The kind of a trashed entry, as a row's label: "Conversation", "Follow-up". */
export function entryKindLabel(kind: EntryKind): string {
  return t("trash-kind", { kind });
}

/** What to call a trashed entry: its title, or its kind when it has none (a follow-up without a note). */
export function entryTitle(entry: { kind: EntryKind; title: string }): string {
  return entry.title.trim() || entryKindLabel(entry.kind);
}

/** "Moved to Trash today at 14:05", "Moved to Trash yesterday at 09:30", "Moved to Trash 3 March 2025". */
export function movedWords(ms: number, now: Date = new Date()): string {
  const offset = dayOffset(ms, now);
  if (offset === 0 || offset === -1)
    return t("trash-moved-day", { when: dayAt(formatRelative(offset, "day"), ms) });
  return t("trash-moved-date", { date: formatDate(ms) });
}
