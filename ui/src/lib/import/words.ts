/** Plain words for what an import will do, and did (locales/<language>/import.ftl). */
import type { ImportPreview, ImportRow, ImportSummary } from "../api/types";
import { t } from "../i18n/i18n.svelte";

/** The words after each count of the preview ("new customers"); the count itself is shown apart. */
export function createWords(n: number): string {
  return t("import-create", { count: n });
}

export function mergeWords(n: number): string {
  return t("import-merge", { count: n });
}

export function skipWords(n: number): string {
  return t("import-skip", { count: n });
}

export function problemWords(n: number): string {
  return t("import-problem", { count: n });
}

/** What happens to one contact: "New customer", "Add to Rosa Diaz", "Already here as Rosa Diaz". */
export function rowAction(row: ImportRow): string {
  switch (row.action) {
    case "create":
      return t("import-row-new");
    case "merge":
      return row.matched ? t("import-row-add-to", { name: row.matched }) : t("import-row-add-to-someone");
    case "skip":
      if (!row.matched) return t("import-row-here");
      // A match inside the file ("the new customer from line 4") has no id in the notebook.
      return t(row.matched_id === null ? "import-row-same-as" : "import-row-here-as", { name: row.matched });
  }
}

/** Why, and what it adds: "— same phone number 07700 900123: adds rosa@example.com". */
export function rowDetail(row: ImportRow): string {
  const changes = row.changes.join(", ");
  if (row.changes.length === 0) return row.reason ? t("import-row-why", { reason: row.reason }) : "";
  return row.reason
    ? t("import-row-why-adds", { reason: row.reason, changes })
    : t("import-row-adds", { changes });
}

/** Contacts the import would create or add to someone: what the Import button counts. */
export function changesOf(preview: ImportPreview): number {
  return preview.create_count + preview.merge_count;
}

/** "Import 12 contacts", "Import 1 contact". */
export function importLabel(preview: ImportPreview): string {
  return t("import-confirm-count", { count: changesOf(preview) });
}

/** Contacts the preview counts but does not list (it lists the first 500). */
export function notListed(preview: ImportPreview): number {
  return Math.max(0, preview.create_count + preview.merge_count + preview.skip_count - preview.rows.length);
}

/** "Done. 12 new customers, 3 updated, 5 were already here." */
export function doneText(summary: ImportSummary): string {
  const parts: string[] = [];
  if (summary.created > 0) parts.push(t("import-done-created", { count: summary.created }));
  if (summary.merged > 0) parts.push(t("import-done-merged", { count: summary.merged }));
  if (summary.skipped > 0) parts.push(t("import-done-skipped", { count: summary.skipped }));
  if (summary.left_out > 0) parts.push(t("import-done-left-out", { count: summary.left_out }));
  return parts.length === 0 ? t("import-done-nothing") : t("import-done", { parts: parts.join(", ") });
}
