/** Plain words for the owner's tools. */
import type { Moved } from "../../api/types";

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "36 customers, 120 conversations, 14 issues, 9 promises, 25 follow-ups and 2 situations". */
export function movedWords(m: Moved): string {
  const parts = [
    count(m.customers, "customer", "customers"),
    count(m.conversations, "conversation", "conversations"),
    count(m.issues, "issue", "issues"),
    count(m.promises, "promise", "promises"),
    count(m.follow_ups, "follow-up", "follow-ups"),
    count(m.situations, "situation", "situations"),
  ];
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

/** Today's date on this computer, YYYY-MM-DD, for the copy's file name. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
