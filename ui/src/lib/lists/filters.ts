/**
 * The Customers screen's filter as the core's `CustomerFilter` (the one definition of "which customers"), the chips
 * that show the parts in use, and the selection a change to many is for.
 */
import type { BulkChangeRecord, CustomerFilter, ImportRecord, ListSort, Selection } from "../api/types";
import { formatDate } from "../i18n/format";
import { t } from "../i18n/i18n.svelte";
import { languageName } from "../customers/languages";
import { counted } from "./words";

/** Everyone not in Trash. */
export function emptyFilter(): CustomerFilter {
  return {
    text: "",
    tags: [],
    looked_after_by: null,
    open_issue: false,
    open_issue_category: null,
    promise_overdue: false,
    touch: null,
    not_contacted_since: null,
    birthday_this_month: false,
    added_since: null,
    language: null,
    situation_id: null,
    import_id: null,
    customer_ids: [],
  };
}

export const DEFAULT_SORT: ListSort = { column: "name", descending: false };

/** The filter as the core is asked it: the lookup words trimmed, tags without blanks or repeats. */
export function cleaned(filter: CustomerFilter): CustomerFilter {
  const tags: string[] = [];
  for (const tag of filter.tags.map((x) => x.trim())) {
    if (tag && !tags.some((had) => had.toLowerCase() === tag.toLowerCase())) tags.push(tag);
  }
  const category = filter.open_issue_category?.trim() || null;
  return {
    ...filter,
    text: filter.text.trim(),
    tags,
    open_issue_category: category,
    open_issue: filter.open_issue || category !== null,
  };
}

/** Whether any part (besides the lookup words) narrows the list. */
export function panelParts(filter: CustomerFilter): number {
  return chipsOf({ ...filter, text: "" }, {}).length;
}

/** "2026-12-07" as the start of that day in the window's time zone, in ms; null for an empty field. */
export function dayStart(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime();
}

/** The day `ms` falls on, as a date field holds it ("2026-12-07"); empty for null. */
export function isoDay(ms: number | null): string {
  if (ms === null) return "";
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A filter in use, as a removable chip. */
export interface Chip {
  /** Stable across renders, for the `each` key and test ids. */
  key: string;
  label: string;
  /** The filter without this part. */
  without: (filter: CustomerFilter) => CustomerFilter;
}

/** Names for ids the filter holds: situations' titles and imports. */
export interface Names {
  situations?: ReadonlyMap<string, string>;
  imports?: readonly ImportRecord[];
}

/** Every part of `filter` in use, in the panel's order. */
export function chipsOf(filter: CustomerFilter, names: Names): Chip[] {
  const chips: Chip[] = [];
  const add = (key: string, label: string, without: (f: CustomerFilter) => CustomerFilter) =>
    chips.push({ key, label, without });
  if (filter.text.trim())
    add("text", t("lists-chip-text", { text: filter.text.trim() }), (f) => ({ ...f, text: "" }));
  for (const tag of filter.tags) {
    add(`tag:${tag}`, t("lists-chip-tag", { name: tag }), (f) => ({
      ...f,
      tags: f.tags.filter((x) => x !== tag),
    }));
  }
  if (filter.looked_after_by !== null) {
    add(
      "looked_after_by",
      filter.looked_after_by === ""
        ? t("lists-chip-nobody")
        : t("lists-chip-looked-after", { name: filter.looked_after_by }),
      (f) => ({ ...f, looked_after_by: null }),
    );
  }
  if (filter.open_issue_category) {
    add("open_issue", t("lists-chip-category", { name: filter.open_issue_category }), (f) => ({
      ...f,
      open_issue: false,
      open_issue_category: null,
    }));
  } else if (filter.open_issue) {
    add("open_issue", t("lists-chip-open-issue"), (f) => ({ ...f, open_issue: false }));
  }
  if (filter.promise_overdue) {
    add("promise_overdue", t("lists-chip-promise-overdue"), (f) => ({ ...f, promise_overdue: false }));
  }
  if (filter.touch !== null) {
    const label = {
      drifting: "lists-chip-drifting",
      out_of_touch: "lists-chip-out-of-touch",
      in_touch: "lists-chip-in-touch",
    }[filter.touch];
    add("touch", t(label), (f) => ({ ...f, touch: null }));
  }
  if (filter.not_contacted_since !== null) {
    add(
      "not_contacted_since",
      t("lists-chip-not-contacted", { date: formatDate(filter.not_contacted_since) }),
      (f) => ({
        ...f,
        not_contacted_since: null,
      }),
    );
  }
  if (filter.birthday_this_month) {
    add("birthday_this_month", t("lists-chip-birthday"), (f) => ({ ...f, birthday_this_month: false }));
  }
  if (filter.added_since !== null) {
    add("added_since", t("lists-chip-added-since", { date: formatDate(filter.added_since) }), (f) => ({
      ...f,
      added_since: null,
    }));
  }
  if (filter.language !== null) {
    add(
      "language",
      filter.language === ""
        ? t("lists-chip-no-language")
        : t("lists-chip-language", { name: languageName(filter.language) || filter.language }),
      (f) => ({ ...f, language: null }),
    );
  }
  if (filter.situation_id !== null) {
    const title = names.situations?.get(filter.situation_id) ?? "…";
    add("situation_id", t("lists-chip-situation", { name: title }), (f) => ({ ...f, situation_id: null }));
  }
  if (filter.import_id !== null) {
    const found = names.imports?.find((i) => i.id === filter.import_id);
    add("import_id", t("lists-chip-import", { name: found?.file_name ?? "…" }), (f) => ({
      ...f,
      import_id: null,
    }));
  }
  if (filter.customer_ids.length > 0) {
    add("customer_ids", t("lists-chip-picked", counted(filter.customer_ids.length)), (f) => ({
      ...f,
      customer_ids: [],
    }));
  }
  return chips;
}

/**
 * The rows ticked: some picked one by one, or "all that match" (the filter as it stands when a change runs, beyond
 * the rows loaded) less those unticked since.
 */
export type Ticks = { all: false; ids: ReadonlySet<string> } | { all: true; except: ReadonlySet<string> };

export const NONE_TICKED: Ticks = { all: false, ids: new Set() };

export function isTicked(ticks: Ticks, id: string): boolean {
  return ticks.all ? !ticks.except.has(id) : ticks.ids.has(id);
}

/** The ticks with `id` ticked or not. */
export function withTick(ticks: Ticks, id: string, on: boolean): Ticks {
  const flip = (set: ReadonlySet<string>, add: boolean) => {
    const next = new Set(set);
    if (add) next.add(id);
    else next.delete(id);
    return next;
  };
  return ticks.all
    ? { all: true, except: flip(ticks.except, !on) }
    : { all: false, ids: flip(ticks.ids, on) };
}

/** How many are ticked, `total` being how many match the filter. */
export function tickedCount(ticks: Ticks, total: number): number {
  return ticks.all ? Math.max(0, total - ticks.except.size) : ticks.ids.size;
}

/** What a change or an export is for. */
export function selectionOf(ticks: Ticks, filter: CustomerFilter): Selection {
  return ticks.all
    ? { kind: "all_matching", filter: cleaned(filter), except: [...ticks.except] }
    : { kind: "picked", ids: [...ticks.ids] };
}

/** A change to many just made (or undone), as the Customers screen's outcome line shows it. */
export interface Outcome {
  record: BulkChangeRecord;
  undone: boolean;
}

/**
 * What the screen showed last, so coming back from a customer's page (or from Today, to see what a change did)
 * finds the same list, and the last change's Undo still there.
 */
export const lastView: {
  filter: CustomerFilter;
  sort: ListSort;
  active: string | null;
  outcome: Outcome | null;
} = {
  filter: emptyFilter(),
  sort: DEFAULT_SORT,
  active: null,
  outcome: null,
};
