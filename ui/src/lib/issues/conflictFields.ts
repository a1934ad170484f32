/**
 * The issue form's fields as a refused save compares them (see
 * forms/threeWay.ts), each as one whole value.
 */
import type { Issue, Mood } from "../api/types";
import { moodLabel } from "../forms/moods";
import type { ConflictField } from "../forms/overtaken";
import { manyLines, oneLine } from "../forms/threeWay";
import { joinCategories, splitCategories } from "./categories";

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

function text(key: TextKey, the: string, lines = false): ConflictField<IssueDraft, Key> {
  const read = (d: IssueDraft): string => (lines ? manyLines(d[key]) : oneLine(d[key]));
  return {
    key,
    value: read,
    copy: (into, from) => {
      into[key] = from[key];
    },
    subject: () => the,
    the,
    show: read,
  };
}

/** Every field of the issue form, in the form's order. */
export const ISSUE_FIELDS: readonly ConflictField<IssueDraft, Key>[] = [
  text("title", "the title"),
  text("own_words", "the problem in their own words", true),
  text("root_cause", "what is really behind it", true),
  {
    key: "categories",
    // Compared as the list saved, so "billing,delivery" and "billing, delivery" are the same.
    value: (d) => splitCategories(d.categories).map(oneLine),
    copy: (into, from) => {
      into.categories = from.categories;
    },
    subject: () => "the kind of issue",
    the: "the kind of issue",
    show: (d) => joinCategories(splitCategories(d.categories)),
  },
  text("handler", "who handles it"),
  {
    key: "mood_at_start",
    value: (d) => d.mood_at_start,
    copy: (into, from) => {
      into.mood_at_start = from.mood_at_start;
    },
    subject: () => "how upset they were at the start",
    the: "how upset they were at the start",
    show: (d) => (d.mood_at_start ? moodLabel(d.mood_at_start) : ""),
  },
];
