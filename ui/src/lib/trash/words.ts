import type { EntryKind } from "../api/types";

/** "1 history entry", "3 history entries": conversations, issues and promises together. */
export function entriesCount(n: number): string {
  return n === 1 ? "1 history entry" : `${n} history entries`;
}

export const ENTRY_KIND_LABELS: Record<EntryKind, string> = {
  conversation: "Conversation",
  issue: "Issue",
  promise: "Promise",
};
