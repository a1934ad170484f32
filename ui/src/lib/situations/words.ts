/** How situations read on screen: progress, who was told how, what Undo undoes. */
import type { MemberFilter, SituationAction, SituationFilter, SituationMember, TellHow } from "../api/types";
import { moodLabel } from "../forms/moods";

/** "Told 14 of 23". */
export function toldOf(told: number, total: number): string {
  return `Told ${told} of ${total}`;
}

export const TELL_HOWS: readonly { value: TellHow; label: string }[] = [
  { value: "call", label: "Call" },
  { value: "email", label: "Email" },
  { value: "message", label: "Message" },
  { value: "visit", label: "In person" },
];

export function howLabel(how: TellHow): string {
  return TELL_HOWS.find((h) => h.value === how)?.label ?? how;
}

/**
 * Where one customer stands: "Told by Ben · call · upset", "Not yet told",
 * or, told before an update since, "Not yet told the latest (last told by Ben, call)".
 */
export function toldLine(m: SituationMember): string {
  const by = m.told_by ? ` by ${m.told_by}` : "";
  const how: string[] = [];
  if (m.told_how) how.push(howLabel(m.told_how).toLowerCase());
  if (m.mood) how.push(moodLabel(m.mood).toLowerCase());
  if (m.told) return `Told${by}${how.map((h) => ` · ${h}`).join("")}`;
  if (m.told_at === null) return "Not yet told";
  return `Not yet told the latest (last told${by}${how.map((h) => `, ${h}`).join("")})`;
}

/** The search typed in the form, or null when nothing was typed. */
export function filterOf(tag: string, category: string): SituationFilter | null {
  const t = tag.trim();
  const c = category.trim();
  if (!t && !c) return null;
  return { tag: t || null, open_issue_category: c || null };
}

function customers(n: number): string {
  return n === 1 ? "1 customer" : `${n} customers`;
}

/** How many a search picks out: "3 customers match". */
export function matchLine(n: number): string {
  return n === 1 ? "1 customer matches" : `${customers(n)} match`;
}

/** What an undoable bulk change did, for the line beside its Undo button. */
export function actionLine(a: SituationAction): string {
  switch (a.kind) {
    case "add":
      return a.count === 0 ? "Nobody new was added" : `Added ${customers(a.count)}`;
    case "group":
      return `Put ${customers(a.count)} in a group`;
    case "close":
      return a.count === 1 ? "Closed, with 1 follow-up" : `Closed, with ${a.count} follow-ups`;
  }
}

/** A concierge's name, or the words for "nobody yet". */
export function conciergeLabel(name: string): string {
  return name === "" ? "Nobody yet" : name;
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
  if (offset === 0 && count >= matching) return `All ${matching}`;
  if (count === 0) return `None of ${matching}`;
  return `${offset + 1}–${offset + count} of ${matching}`;
}
