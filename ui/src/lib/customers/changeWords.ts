/**
 * A profile's change history in the form's own words: each stable field key
 * the core records (`best_time`, `dont`, ...) named as the form labels it, and
 * one change read as a line ("Best time to reach them: weekday mornings → evenings").
 */
import type { CustomerChange } from "../api/types";
import { t } from "../i18n/i18n.svelte";

/** The profile fields the change history names, as the core records them. */
const FIELDS = [
  "full_name",
  "preferred_name",
  "pronunciation",
  "pronouns",
  "company",
  "looked_after_by",
  "contact_channel",
  "best_time",
  "language",
  "phones",
  "emails",
  "address",
  "birthday",
  "dont",
  "remember",
  "preferences",
  "tags",
  "stay_in_touch",
  "notes",
] as const;

/** The form's label for each profile field the change history names, in the chosen language. */
export const FIELD_LABELS: Readonly<Record<string, string>> = Object.defineProperties(
  {},
  Object.fromEntries(
    FIELDS.map((field) => [field, { enumerable: true, get: () => t(`customers-field-${field}`) }]),
  ),
);

/** The label for `field`; a key the window does not know yet reads as words ("shoe size"). */
export function fieldLabel(field: string): string {
  const known = FIELD_LABELS[field];
  if (known) return known;
  const words = field.replaceAll("_", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Values longer than this are shortened, the whole text a click away. */
export const SHORT_LENGTH = 80;

/** `text` on one line (line breaks as " / "), cut to `SHORT_LENGTH` characters with "…". */
export function shorten(text: string, length: number = SHORT_LENGTH): string {
  const flat = text.replaceAll("\n", " / ");
  const chars = Array.from(flat);
  if (chars.length <= length) return flat;
  return `${chars
    .slice(0, length - 1)
    .join("")
    .trimEnd()}…`;
}

/** Whether `change` holds a value too long to show whole on its line. */
export function isLong(change: CustomerChange): boolean {
  return shorten(change.before) !== change.before || shorten(change.after) !== change.after;
}

/**
 * One change as the section shows it: what happened, and the values before
 * and after (`null` when that side says nothing). Events (created, Trash,
 * merges) read as sentences; an empty side reads as "added" or "removed".
 */
export interface ChangeLine {
  /** "Best time to reach them", "Please don’t added", "Moved to Trash". */
  what: string;
  /** The value it held, when it is shown. */
  before: string | null;
  /** The value it holds now, when it is shown. */
  after: string | null;
}

export function changeLine(change: CustomerChange): ChangeLine {
  const { field, before, after } = change;
  switch (field) {
    case "created":
      return { what: t("customers-change-created"), before: null, after };
    case "trash":
      return after === "restored"
        ? { what: t("customers-change-restored"), before: null, after: null }
        : { what: t("customers-change-trashed"), before: null, after: null };
    case "merged_into":
      return after === ""
        ? { what: t("customers-change-unmerged"), before: null, after: before }
        : { what: t("customers-change-merged"), before: null, after };
  }
  const label = fieldLabel(field);
  if (before === "" && after === "")
    return { what: t("customers-change-changed", { field: label }), before: null, after: null };
  if (before === "") return { what: t("customers-change-added", { field: label }), before: null, after };
  if (after === "") return { what: t("customers-change-removed", { field: label }), before, after: null };
  return { what: label, before, after };
}

/** The line as plain text, for a screen reader or a test: "Best time to reach them: a → b". */
export function changeText(change: CustomerChange, short = true): string {
  const line = changeLine(change);
  const show = (text: string): string => (short ? shorten(text) : text);
  if (line.before !== null && line.after !== null)
    return `${t("customers-change-label", { what: line.what })} ${show(line.before)} → ${show(line.after)}`;
  if (line.after !== null) return `${t("customers-change-label", { what: line.what })} ${show(line.after)}`;
  if (line.before !== null) return t("customers-change-was", { line: line.what, value: show(line.before) });
  return line.what;
}

/** Who saved a change: their name, or "Someone" when nobody was at the desk. */
export function changedBy(change: { changed_by: string }): string {
  return change.changed_by.trim() || t("customers-changes-someone");
}
