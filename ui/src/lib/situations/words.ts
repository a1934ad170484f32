/** How situations read on screen: progress, who was told how, what Undo undoes. */
import type { MemberFilter, SituationAction, SituationFilter, SituationMember, TellHow } from "../api/types";
import { moodLabel } from "../forms/moods";
import { formatCount } from "../i18n/format";
import { t, words } from "../i18n/i18n.svelte";

/** A count for a plural message: `$count` picks the form, `$n` is written. */
export function counted(n: number): { count: number; n: string } {
  return { count: n, n: formatCount(n) };
}

/** "Told 14 of 23". */
export function toldOf(told: number, total: number): string {
  return t("situations-told-of", { count: told, told: formatCount(told), total: formatCount(total) });
}

/** The ways of telling, in the order the form offers them; `label` in the chosen language. */
export const TELL_HOWS: readonly { value: TellHow; readonly label: string }[] = (
  ["call", "email", "message", "visit"] as const
).map((value) => ({
  value,
  get label() {
    return howLabel(value);
  },
}));

export function howLabel(how: TellHow): string {
  return t(`situations-how-${how}`);
}

/**
 * Where one customer stands: "Told by Ben · call · upset", "Not yet told",
 * or, told before an update since, "Not yet told the latest (last told by Ben, call)".
 */
export function toldLine(m: SituationMember): string {
  const how: string[] = [];
  if (m.told_how) how.push(t("situations-how-in-line", { how: m.told_how }));
  if (m.mood) how.push(moodLabel(m.mood).toLocaleLowerCase(words.locale));
  if (m.told) {
    const head = m.told_by ? t("situations-told-by", { name: m.told_by }) : t("situations-told");
    return [head, ...how].join(" · ");
  }
  if (m.told_at === null) return t("situations-not-told");
  const last = m.told_by ? t("situations-last-told-by", { name: m.told_by }) : t("situations-last-told");
  return t("situations-not-told-since", { last: [last, ...how].join(", ") });
}

/** The search typed in the form, or null when nothing was typed. */
export function filterOf(tag: string, category: string): SituationFilter | null {
  const t = tag.trim();
  const c = category.trim();
  if (!t && !c) return null;
  return { tag: t || null, open_issue_category: c || null };
}

/** "1 customer", "3 customers". */
export function customersCount(n: number): string {
  return t("situations-customers", counted(n));
}

/** How many a search picks out: "3 customers match". */
export function matchLine(n: number): string {
  return t("situations-match", counted(n));
}

/** What an undoable bulk change did, for the line beside its Undo button. */
export function actionLine(a: SituationAction): string {
  switch (a.kind) {
    case "add":
      return a.count === 0
        ? t("situations-action-none-added")
        : t("situations-action-added", counted(a.count));
    case "group":
      return t("situations-action-grouped", counted(a.count));
    case "close":
      return t("situations-action-closed", counted(a.count));
  }
}

/** A concierge's name, or the words for "nobody yet". */
export function conciergeLabel(name: string): string {
  return name === "" ? t("situations-nobody-yet") : name;
}

/** The "Told" choice of the member filter. */
export type ToldChoice = "any" | "told" | "not";

/**
 * The member filter from its controls: a name part, a group ("any", "" for
 * none, or a group's id) and told or not.
 */
export function memberFilterOf(name: string, group: string, told: ToldChoice): MemberFilter {
  return {
    name: name.trim(),
    group_id: group === "any" ? null : group,
    told: told === "any" ? null : told === "told",
    customer_ids: [],
  };
}

/** Where the page on show is: "1–100 of 2000", "All 3". */
export function pageLine(offset: number, count: number, matching: number): string {
  const all = formatCount(matching);
  if (offset === 0 && count >= matching) return t("situations-page-all", { matching: all });
  if (count === 0) return t("situations-page-none", { matching: all });
  return t("situations-page", {
    from: formatCount(offset + 1),
    to: formatCount(offset + count),
    matching: all,
  });
}
