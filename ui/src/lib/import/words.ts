/** Plain words for what an import will do, and did. */
import type { ImportPreview, ImportRow, ImportSummary } from "../api/types";

/** The words after each count of the preview. */
export function createWords(n: number): string {
  return n === 1 ? "new customer" : "new customers";
}

export function mergeWords(n: number): string {
  return n === 1 ? "added to a customer already here" : "added to customers already here";
}

export const SKIP_WORDS = "already here, nothing new";
export const PROBLEM_WORDS = "can’t be imported";

/** What happens to one contact: "New customer", "Add to Rosa Diaz", "Already here as Rosa Diaz". */
export function rowAction(row: ImportRow): string {
  switch (row.action) {
    case "create":
      return "New customer";
    case "merge":
      return `Add to ${row.matched ?? "a customer already here"}`;
    case "skip":
      if (!row.matched) return "Already here";
      // A match inside the file ("the new customer from line 4") has no id in the notebook.
      return row.matched_id === null ? `Same as ${row.matched}` : `Already here as ${row.matched}`;
  }
}

/** Why, and what it adds: "— same phone number 07700 900123: adds rosa@example.com". */
export function rowDetail(row: ImportRow): string {
  const reason = row.reason ? `— ${row.reason}` : "";
  if (row.changes.length === 0) return reason;
  return `${reason ? `${reason}: ` : "— "}${row.changes.join(", ")}`;
}

/** Contacts the import would create or add to someone: what the Import button counts. */
export function changesOf(preview: ImportPreview): number {
  return preview.create_count + preview.merge_count;
}

/** "Import 12 contacts", "Import 1 contact". */
export function importLabel(preview: ImportPreview): string {
  const n = changesOf(preview);
  return n === 1 ? "Import 1 contact" : `Import ${n} contacts`;
}

/** Contacts the preview counts but does not list (it lists the first 500). */
export function notListed(preview: ImportPreview): number {
  return Math.max(0, preview.create_count + preview.merge_count + preview.skip_count - preview.rows.length);
}

/** "Done. 12 new customers, 3 updated, 5 were already here." */
export function doneText(summary: ImportSummary): string {
  const parts: string[] = [];
  if (summary.created > 0)
    parts.push(summary.created === 1 ? "1 new customer" : `${summary.created} new customers`);
  if (summary.merged > 0) parts.push(`${summary.merged} updated`);
  if (summary.skipped > 0)
    parts.push(summary.skipped === 1 ? "1 was already here" : `${summary.skipped} were already here`);
  if (summary.left_out > 0)
    parts.push(
      summary.left_out === 1 ? "1 couldn’t be imported" : `${summary.left_out} couldn’t be imported`,
    );
  return parts.length === 0 ? "Done. Nothing needed changing." : `Done. ${parts.join(", ")}.`;
}
