/**
 * The issue form's fields as a refused save compares them (see
 * forms/threeWay.ts), each as one whole value.
 */
import type { Issue, Mood } from "../api/types";
import { moodLabel } from "../forms/moods";
import type { ConflictField } from "../forms/overtaken";
import { manyLines, oneLine } from "../forms/threeWay";
import { joinCategories, splitCategories } from "./categories";
import { t } from "../i18n/i18n.svelte";

/** What the issue form holds while it is being typed. */
export interface IssueDraft {
  title: string;
  own_words: string;
  root_cause: string;
  categories: string;
  handler: string;
  mood_at_start: Mood | null;
}

/** The form's starting values for a stored issue. */
export function issueDraft(issue: Issue): IssueDraft {
  return {
    title: issue.title,
    own_words: issue.own_words,
    root_cause: issue.root_cause,
    categories: joinCategories(issue.categories),
    handler: issue.handler,
    mood_at_start: issue.mood_at_start,
  };
}

type Key = keyof IssueDraft;
type TextKey = Exclude<Key, "mood_at_start">;

/** `words`: the message naming the field inside a sentence ("the title"). */
function text(key: TextKey, words: string, lines = false): ConflictField<IssueDraft, Key> {
  const read = (d: IssueDraft): string => (lines ? manyLines(d[key]) : oneLine(d[key]));
  return {
    key,
    value: read,
    copy: (into, from) => {
      into[key] = from[key];
    },
    subject: () => t(words),
    get the() {
      return t(words);
    },
    show: read,
  };
}

/** Every field of the issue form, in the form's order. */
export const ISSUE_FIELDS: readonly ConflictField<IssueDraft, Key>[] = [
  text("title", "issues-the-title"),
  text("own_words", "issues-the-own-words", true),
  text("root_cause", "issues-the-root-cause", true),
  {
    key: "categories",
    // Compared as the list saved, so "billing,delivery" and "billing, delivery" are the same.
    value: (d) => splitCategories(d.categories).map(oneLine),
    copy: (into, from) => {
      into.categories = from.categories;
    },
    subject: () => t("issues-the-categories"),
    get the() {
      return t("issues-the-categories");
    },
    show: (d) => joinCategories(splitCategories(d.categories)),
  },
  text("handler", "issues-the-handler"),
  {
    key: "mood_at_start",
    value: (d) => d.mood_at_start,
    copy: (into, from) => {
      into.mood_at_start = from.mood_at_start;
    },
    subject: () => t("issues-the-mood"),
    get the() {
      return t("issues-the-mood");
    },
    show: (d) => (d.mood_at_start ? moodLabel(d.mood_at_start) : ""),
  },
];
