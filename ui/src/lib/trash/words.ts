import type { EntryKind } from "../api/types";

/** "1 history entry", "3 history entries": conversations, issues, promises and follow-ups together. */
export function entriesCount(n: number): string {
  return n === 1 ? "1 history entry" : `${n} history entries`;
}

export const ENTRY_KIND_LABELS: Record<EntryKind, string> = {
  conversation: "Conversation",
  issue: "Issue",
  promise: "Promise",
  follow_up: "Follow-up",
};

/** What to call a trashed entry: its title, or its kind when it has none (a follow-up without a note). */
export function entryTitle(entry: { kind: EntryKind; title: string }): string {
  return entry.title.trim() || ENTRY_KIND_LABELS[entry.kind];
}
