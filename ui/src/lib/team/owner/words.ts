/** Plain words for the owner's tools. */
import type { Moved } from "../../api/types";
import { t } from "../../i18n/i18n.svelte";

/** "36 customers, 120 conversations, 14 issues, 9 promises, 25 follow-ups and 2 situations". */
export function movedWords(m: Moved): string {
  return t("team-moved", {
    customers: t("team-moved-customers", { count: m.customers }),
    conversations: t("team-moved-conversations", { count: m.conversations }),
    issues: t("team-moved-issues", { count: m.issues }),
    promises: t("team-moved-promises", { count: m.promises }),
    followUps: t("team-moved-follow-ups", { count: m.follow_ups }),
    situations: t("team-moved-situations", { count: m.situations }),
  });
}

/** Today's date on this computer, YYYY-MM-DD, for the copy's file name. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
