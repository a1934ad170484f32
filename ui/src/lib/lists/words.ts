/** How the Customers screen reads: counts, relative days, what a change to many would do and did. */
import type { BulkChange, BulkChangeRecord, BulkPreview } from "../api/types";
import { formatCount, formatDate, formatRelative } from "../i18n/format";
import { t } from "../i18n/i18n.svelte";

/** A count for a plural message: `$count` picks the form, `$n` is written. */
export function counted(n: number): { count: number; n: string } {
  return { count: n, n: formatCount(n) };
}

/** "2,431 customers". */
export function customersCount(n: number): string {
  return t("lists-count", counted(n));
}

/** The kinds of change the bulk bar offers, and the export. */
export type BulkKind = BulkChange["kind"] | "export";

const DAY = 24 * 60 * 60 * 1000;

/** Whole days between two moments' calendar days, in the window's time zone (`later` − `earlier`). */
function daysBetween(earlier: number, later: number): number {
  const a = new Date(earlier);
  const b = new Date(later);
  const startA = Date.UTC(a.getFullYear(), a.getMonth(), a.getDate());
  const startB = Date.UTC(b.getFullYear(), b.getMonth(), b.getDate());
  return Math.round((startB - startA) / DAY);
}

/** "today", "yesterday", "3 days ago", "2 weeks ago", "5 months ago", "2 years ago" (and the same ahead). */
export function relativeDay(ms: number, now: number = Date.now()): string {
  const days = daysBetween(now, ms);
  const size = Math.abs(days);
  if (size === 0) return formatRelative(0, "day");
  if (size < 14) return formatRelative(days, "day");
  if (size < 60) return formatRelative(Math.trunc(days / 7), "week");
  if (size < 730) return formatRelative(Math.trunc(days / 30), "month");
  return formatRelative(Math.trunc(days / 365), "year");
}

/** The last contact as the list shows it: relative, "Never" when there was none. */
export function lastContactWords(ms: number | null, now: number = Date.now()): string {
  return ms === null ? t("lists-never") : relativeDay(ms, now);
}

/** The next follow-up: relative within two weeks, else its date; empty when there is none. */
export function nextFollowUpWords(ms: number | null, now: number = Date.now()): string {
  if (ms === null) return "";
  return Math.abs(daysBetween(now, ms)) < 14 ? relativeDay(ms, now) : formatDate(ms);
}

/**
 * What a change would do, in one or two sentences: "This adds “VIP” to 1,204 customers. 37 already have it."
 * `situationTitle` names the situation for `add_to_situation`.
 */
export function previewLines(change: BulkChange, preview: BulkPreview, situationTitle = ""): string[] {
  const changes = counted(preview.changes);
  const same = counted(Math.max(0, preview.selected - preview.changes));
  const lines: string[] = [];
  let sameMessage = "lists-preview-same";
  switch (change.kind) {
    case "add_tag":
      lines.push(t("lists-preview-add-tag", { ...changes, tag: change.tag }));
      sameMessage = "lists-preview-add-tag-same";
      break;
    case "remove_tag":
      lines.push(t("lists-preview-remove-tag", { ...changes, tag: change.tag }));
      sameMessage = "lists-preview-remove-tag-same";
      break;
    case "set_looked_after_by":
      lines.push(
        change.name.trim()
          ? t("lists-preview-looked-after", { ...changes, name: change.name.trim() })
          : t("lists-preview-nobody", changes),
      );
      break;
    case "add_follow_up":
      lines.push(t("lists-preview-follow-up", changes));
      break;
    case "add_to_situation":
      lines.push(t("lists-preview-situation", { ...changes, title: situationTitle }));
      break;
    case "trash":
      lines.push(t("lists-preview-trash", changes));
      break;
  }
  if (same.count > 0) lines.push(t(sameMessage, same));
  return lines;
}

/** What was done, as the Undo bar says it: "Added ‘VIP’ to 1,204 customers". */
export function doneLine(record: BulkChangeRecord): string {
  const n = counted(record.changed);
  if (record.change.on === "tags") return t("lists-done-tags", n);
  const change = record.change.change;
  switch (change.kind) {
    case "add_tag":
      return t("lists-done-add-tag", { ...n, tag: change.tag });
    case "remove_tag":
      return t("lists-done-remove-tag", { ...n, tag: change.tag });
    case "set_looked_after_by":
      return change.name
        ? t("lists-done-looked-after", { ...n, name: change.name })
        : t("lists-done-nobody", n);
    case "add_follow_up":
      return t("lists-done-follow-up", n);
    case "add_to_situation":
      return t("lists-done-situation", n);
    case "trash":
      return t("lists-done-trash", n);
  }
}

/** After Undo: "Undone: 1,204 customers are as before." */
export function undoneLine(record: BulkChangeRecord): string {
  return t("lists-undone", counted(record.changed));
}
