/**
 * Settling a save that someone else overtook, field by field, without
 * losing anything typed. Three versions of a form meet: the record as the
 * form was filled from it (`base`), what the person has typed (`mine`) and
 * the record as now stored (`theirs`). Per field:
 *
 * - changed by nobody, or by both to the same value: nothing to do;
 * - changed only by them: theirs goes into the form quietly (and is named);
 * - changed only by the person: theirs is kept;
 * - changed by both to different values: a clash, shown side by side for
 *   the person to choose; the form keeps theirs (mine) until they do.
 *
 * Pure: no form, no IPC. Each form describes its fields as `MergeField`s.
 */

/** One field of a form, as the compare needs it. */
export interface MergeField<D, K extends string = string> {
  key: K;
  /**
   * The field's value as a whole, for comparing: what would be saved, in a
   * form where meaningless differences (an empty list row, spaces around a
   * one-line text) no longer show. Lists and rows compare as whole values.
   */
  value: (draft: D) => unknown;
  /** Puts `from`'s value of this field into `into`, leaving the rest alone. */
  copy: (into: D, from: D) => void;
}

/** What happened to one field between the form being filled and now. */
export type Change = "none" | "same" | "theirs" | "mine" | "both";

/** The merge of one overtaken save. */
export interface ThreeWay<K extends string> {
  /** Changed only by them: already in the merged draft. */
  taken: K[];
  /** Changed by both to different values: the person chooses. */
  clashes: K[];
}

/** Whether two field values are the same whole value (deep, order of lists counts, key order does not). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = Object.keys(ra);
  return keys.length === Object.keys(rb).length && keys.every((k) => k in rb && sameValue(ra[k], rb[k]));
}

/** How one field changed, given its three values. */
export function change(base: unknown, mine: unknown, theirs: unknown): Change {
  const mineChanged = !sameValue(base, mine);
  const theirsChanged = !sameValue(base, theirs);
  if (!mineChanged && !theirsChanged) return "none";
  if (!mineChanged) return "theirs";
  if (!theirsChanged) return "mine";
  return sameValue(mine, theirs) ? "same" : "both";
}

/**
 * Takes every field changed only by them from `theirs` into `draft` (the
 * person's typing, changed in place) and names the fields that clash. A
 * field the person changed is never touched here.
 */
export function threeWay<D, K extends string>(
  fields: readonly MergeField<D, K>[],
  base: D,
  draft: D,
  theirs: D,
): ThreeWay<K> {
  const taken: K[] = [];
  const clashes: K[] = [];
  for (const field of fields) {
    const how = change(field.value(base), field.value(draft), field.value(theirs));
    if (how === "theirs") {
      field.copy(draft, theirs);
      taken.push(field.key);
    } else if (how === "both") {
      clashes.push(field.key);
    }
  }
  return { taken, clashes };
}

/** One line of text as typed, for comparing: spaces around it and runs of spaces inside do not count. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Text with line breaks, for comparing: line endings and trailing spaces do not count. */
export function manyLines(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/[ \t]+$/, ""))
    .join("\n")
    .trim();
}

/** A list as typed, for comparing: its non-empty items, in order. */
export function items(list: readonly string[]): string[] {
  return list.map(oneLine).filter((item) => item !== "");
}
