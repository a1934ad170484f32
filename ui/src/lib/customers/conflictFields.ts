/**
 * The customer form's fields as a refused save compares them (see
 * forms/threeWay.ts): each as one whole value, so two people's phone lists
 * or please-don'ts are never mixed item by item.
 */
import { plainCopy, type ConflictField } from "../forms/overtaken";
import { items, manyLines, oneLine } from "../forms/threeWay";
import { possessive } from "../forms/conflictWords";
import type { ContactRow, Draft, ListName } from "./draft";
import { birthdayFromDraft } from "./draft";
import { channelLabel, formatBirthday } from "./format";
import { languageName } from "./languages";

type Key = keyof Draft;
/** The fields typed as one text. */
type TextKey = { [K in Key]: Draft[K] extends string ? K : never }[Key];

function text(key: TextKey, label: string, lines = false): ConflictField<Draft, Key> {
  const read = (d: Draft): string => (lines ? manyLines(d[key]) : oneLine(d[key]));
  return {
    key,
    value: read,
    copy: (into, from) => {
      (into as Record<TextKey, string>)[key] = from[key];
    },
    subject: (name) => `${possessive(name)} ${label}`,
    the: `the ${label}`,
    show: read,
  };
}

/** The rows with something typed in them, as compared: number or address, label, primary. */
function rows(list: readonly ContactRow[]): { value: string; label: string; primary: boolean }[] {
  return list
    .filter((r) => oneLine(r.value) !== "")
    .map((r) => ({ value: oneLine(r.value), label: oneLine(r.label), primary: r.primary }));
}

function showRows(list: readonly ContactRow[]): string {
  return rows(list)
    .map((r) => (r.label ? `${r.value} (${r.label})` : r.value))
    .join(", ");
}

function contacts(key: "phones" | "emails", label: string): ConflictField<Draft, Key> {
  return {
    key,
    value: (d) => rows(d[key]),
    copy: (into, from) => {
      into[key] = plainCopy(from[key]);
    },
    subject: (name) => `${possessive(name)} ${label}`,
    the: `the ${label}`,
    show: (d) => showRows(d[key]),
  };
}

function list(key: ListName, label: string): ConflictField<Draft, Key> {
  return {
    key,
    value: (d) => items(d[key]),
    copy: (into, from) => {
      into[key] = plainCopy(from[key]);
    },
    subject: (name) => `${possessive(name)} ${label}`,
    the: `the ${label}`,
    show: (d) => items(d[key]).join("; "),
  };
}

function birthdayWords(d: Draft): string {
  const b = birthdayFromDraft(d.birthday);
  if (b === null) return "";
  if ("field" in b) return [d.birthday.day, d.birthday.month, d.birthday.year].map(oneLine).join("/");
  return formatBirthday(b);
}

function touchValue(d: Draft): unknown {
  return d.touch.enabled
    ? { ideal: oneLine(d.touch.ideal_weeks), longest: oneLine(d.touch.longest_weeks) }
    : null;
}

function touchWords(d: Draft): string {
  if (!d.touch.enabled) return "";
  return `ideally every ${oneLine(d.touch.ideal_weeks)} weeks, at most ${oneLine(d.touch.longest_weeks)}`;
}

/** Every field of the customer form, in the form's order. */
export const CUSTOMER_FIELDS: readonly ConflictField<Draft, Key>[] = [
  text("full_name", "full name"),
  text("preferred_name", "preferred name"),
  text("pronunciation", "pronunciation"),
  text("pronouns", "pronouns"),
  text("company", "company or household"),
  {
    ...text("looked_after_by", "carer"),
    subject: (name) => `who looks after ${name}`,
    the: "who looks after them",
  },
  contacts("phones", "phone numbers"),
  contacts("emails", "email addresses"),
  {
    key: "contact_channel",
    value: (d) => d.contact_channel,
    copy: (into, from) => {
      into.contact_channel = from.contact_channel;
    },
    subject: (name) => `the best way to reach ${name}`,
    the: "the best way to reach them",
    show: (d) => channelLabel(d.contact_channel),
  },
  text("best_time", "best time"),
  {
    key: "language",
    value: (d) => d.language,
    copy: (into, from) => {
      into.language = from.language;
    },
    subject: (name) => `the language ${name} prefers`,
    the: "the language they prefer",
    show: (d) => languageName(d.language) || "not said",
  },
  text("address", "postal address", true),
  list("dont", "please-don’ts"),
  list("remember", "always-remember list"),
  list("preferences", "likes"),
  list("tags", "tags"),
  {
    key: "birthday",
    value: (d) => ({
      day: oneLine(d.birthday.day),
      month: oneLine(d.birthday.month),
      year: oneLine(d.birthday.year),
    }),
    copy: (into, from) => {
      into.birthday = plainCopy(from.birthday);
    },
    subject: (name) => `${possessive(name)} birthday`,
    the: "the birthday",
    show: birthdayWords,
  },
  {
    key: "touch",
    value: touchValue,
    copy: (into, from) => {
      into.touch = plainCopy(from.touch);
    },
    subject: (name) => `how often to be in touch with ${name}`,
    the: "how often to be in touch",
    show: touchWords,
  },
  text("notes", "notes", true),
];
