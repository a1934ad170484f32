/**
 * A profile's change history in the form's own words: each stable field key
 * the core records (`best_time`, `dont`, ...) named as the form labels it, and
 * one change read as a line ("Best time to reach them: weekday mornings → evenings").
 */
import type { CustomerChange } from "../api/types";

/** The form's label for each profile field the change history names. */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  full_name: "Full name",
  preferred_name: "What they like to be called",
  pronunciation: "How to say it",
  pronouns: "Pronouns",
  company: "Company or household",
  looked_after_by: "Looked after by",
  contact_channel: "Best way to reach them",
  best_time: "Best time to reach them",
  language: "Language they prefer",
  phones: "Phone numbers",
  emails: "Email addresses",
  address: "Postal address",
  birthday: "Birthday",
  dont: "Please don’t",
  remember: "Always remember",
  preferences: "What they like",
  tags: "Tags",
  stay_in_touch: "Stay in touch",
  notes: "Notes",
};

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
      return { what: "Added to the notebook as", before: null, after };
    case "trash":
      return after === "restored"
        ? { what: "Taken out of Trash", before: null, after: null }
        : { what: "Moved to Trash", before: null, after: null };
    case "merged_into":
      return after === ""
        ? { what: "Merge undone: no longer part of", before: null, after: before }
        : { what: "Merged into", before: null, after };
  }
  const label = fieldLabel(field);
  if (before === "" && after === "") return { what: `${label} changed`, before: null, after: null };
  if (before === "") return { what: `${label} added`, before: null, after };
  if (after === "") return { what: `${label} removed`, before, after: null };
  return { what: label, before, after };
}

/** The line as plain text, for a screen reader or a test: "Best time to reach them: a → b". */
export function changeText(change: CustomerChange, short = true): string {
  const line = changeLine(change);
  const show = (text: string): string => (short ? shorten(text) : text);
  if (line.before !== null && line.after !== null)
    return `${line.what}: ${show(line.before)} → ${show(line.after)}`;
  if (line.after !== null) return `${line.what}: ${show(line.after)}`;
  if (line.before !== null) return `${line.what} (was ${show(line.before)})`;
  return line.what;
}

/** Who saved a change: their name, or "Someone" when nobody was at the desk. */
export function changedBy(change: { changed_by: string }): string {
  return change.changed_by.trim() || "Someone";
}
