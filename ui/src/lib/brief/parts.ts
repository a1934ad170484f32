/** Which parts of a brief have something in them: empty parts take no space. */
import type { Brief } from "../api/types";

/** What is still open with them: situations, issues, promises falling due, follow-ups due. */
export function hasOpenMatters(brief: Brief): boolean {
  return (
    brief.situations.length > 0 ||
    brief.open_issues.length > 0 ||
    brief.promises.length > 0 ||
    brief.follow_ups_due.length > 0
  );
}

/** The person: how the last conversations went, what they like, what to remember, notes, and small facts. */
export function hasAboutThem(brief: Brief): boolean {
  return (
    brief.recent.length > 0 ||
    brief.preferences.length > 0 ||
    brief.remember.length > 0 ||
    brief.notes.trim() !== "" ||
    hasFacts(brief)
  );
}

/** Best time or channel, a birthday soon, who looks after them, or their stay-in-touch state. */
export function hasFacts(brief: Brief): boolean {
  return (
    brief.best_time.trim() !== "" ||
    brief.language !== "" ||
    brief.contact_channel !== "no_preference" ||
    brief.birthday_soon !== null ||
    brief.looked_after_by.trim() !== "" ||
    brief.touch !== null
  );
}
