/**
 * The Tags screen's list: finding a tag as it is typed (case and accents do not matter), sorting by name or by
 * count, and telling whether a new name is another tag already (so saving it merges the two).
 */
import type { BulkChangeRecord, TagChange, TagCount } from "../api/types";
import type { StagePlan } from "../progress/words";

export type TagSort = { by: "name" | "count"; descending: boolean };

/** A tag change runs through the customers who carry the tag, then commits. */
export const TAG_STAGES: StagePlan = [
  ["saving", 95],
  ["finishing", 5],
];

/** Lower case without accents: "Mariée" and "mariee" are found by each other. */
export function folded(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim();
}

/** The tags that contain `text` (all of them for an empty box), in the order `sort` asks. */
export function shownTags(
  tags: readonly TagCount[],
  text: string,
  sort: TagSort,
  locale: string,
): TagCount[] {
  const wanted = folded(text);
  const byName = new Intl.Collator(locale, { sensitivity: "base", numeric: true });
  const out = tags.filter((tag) => wanted === "" || folded(tag.tag).includes(wanted));
  const sign = sort.descending ? -1 : 1;
  out.sort((a, b) => {
    const first = sort.by === "count" ? a.customers - b.customers : byName.compare(a.tag, b.tag);
    return first !== 0 ? sign * first : byName.compare(a.tag, b.tag);
  });
  return out;
}

/** The other tag `name` would be once saved as `tag`'s new name (same letters, any case), or null. */
export function existingTag(tags: readonly TagCount[], tag: string, name: string): TagCount | null {
  const wanted = name.trim().toLowerCase();
  if (wanted === "" || wanted === tag.toLowerCase()) return null;
  return tags.find((other) => other.tag.toLowerCase() === wanted) ?? null;
}

/** What renaming `tag` to `name` asks of the core: a merge when `name` is another tag already. */
export function renameChange(tags: readonly TagCount[], tag: string, name: string): TagChange {
  const other = existingTag(tags, tag, name);
  return other
    ? { kind: "merge", from: tag, into: other.tag }
    : { kind: "rename", from: tag, to: name.trim() };
}

/** A tag change just made, with its Undo. */
export interface TagDone {
  record: BulkChangeRecord;
  change: TagChange;
}

/**
 * The last tag change not undone, kept while the window is open: a person who opens the renamed tag's customers to
 * check them finds its Undo still there when they come back to Tags.
 */
export const lastTagChange: { done: TagDone | null } = { done: null };
