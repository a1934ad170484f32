/**
 * The customer form's fields as a refused save compares them (see
 * forms/threeWay.ts): each as one whole value, so two people's phone lists
 * or please-don'ts are never mixed item by item.
 */
import { plainCopy, type ConflictField } from "../forms/overtaken";
import { items, manyLines, oneLine } from "../forms/threeWay";
import type { ContactRow, Draft, ListName } from "./draft";
import { birthdayFromDraft } from "./draft";
import { channelLabel, formatBirthday } from "./format";
import { languageName } from "./languages";
import { t } from "../i18n/i18n.svelte";

type Key = keyof Draft;
type Unnamed = Omit<ConflictField<Draft, Key>, "subject" | "the">;

/**
 * `field` with how it reads in the conflict panel's sentences ("Rosie’s
 * notes", "the notes"), in the language chosen when they are read.
 */
function named(field: Unnamed): ConflictField<Draft, Key> {
  return Object.defineProperties(field, {
    subject: { enumerable: true, value: (name: string) => t(`customers-subject-${field.key}`, { name }) },
    the: { enumerable: true, get: () => t(`customers-the-${field.key}`) },
  }) as ConflictField<Draft, Key>;
}

/** The fields typed as one text. */
type TextKey = { [K in Key]: Draft[K] extends string ? K : never }[Key];

function text(key: TextKey, lines = false): ConflictField<Draft, Key> {
  const read = (d: Draft): string => (lines ? manyLines(d[key]) : oneLine(d[key]));
  return named({
    key,
    value: read,
    copy: (into, from) => {
      (into as Record<TextKey, string>)[key] = from[key];
    },
    show: read,
  });
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

function contacts(key: "phones" | "emails"): ConflictField<Draft, Key> {
  return named({
    key,
    value: (d) => rows(d[key]),
    copy: (into, from) => {
      into[key] = plainCopy(from[key]);
    },
    show: (d) => showRows(d[key]),
  });
}

function list(key: ListName): ConflictField<Draft, Key> {
  return named({
    key,
    value: (d) => items(d[key]),
    copy: (into, from) => {
      into[key] = plainCopy(from[key]);
    },
    show: (d) => items(d[key]).join("; "),
  });
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
  return t("customers-touch-words", {
    ideal: asNumber(oneLine(d.touch.ideal_weeks)),
    longest: asNumber(oneLine(d.touch.longest_weeks)),
  });
}

/** Typed weeks as a number for the plural, or as typed when they are not one. */
function asNumber(typed: string): number | string {
  return /^\d+$/.test(typed) ? Number(typed) : typed;
}

/** Every field of the customer form, in the form's order. */
export const CUSTOMER_FIELDS: readonly ConflictField<Draft, Key>[] = [
  text("full_name"),
  text("preferred_name"),
  text("pronunciation"),
  text("pronouns"),
  text("company"),
  text("looked_after_by"),
  contacts("phones"),
  contacts("emails"),
  named({
    key: "contact_channel",
    value: (d) => d.contact_channel,
    copy: (into, from) => {
      into.contact_channel = from.contact_channel;
    },
    show: (d) => channelLabel(d.contact_channel),
  }),
  text("best_time"),
  named({
    key: "language",
    value: (d) => d.language,
    copy: (into, from) => {
      into.language = from.language;
    },
    show: (d) => languageName(d.language) || t("customers-language-none"),
  }),
  text("address", true),
  list("dont"),
  list("remember"),
  list("preferences"),
  list("tags"),
  named({
    key: "birthday",
    value: (d) => ({
      day: oneLine(d.birthday.day),
      month: oneLine(d.birthday.month),
      year: oneLine(d.birthday.year),
    }),
    copy: (into, from) => {
      into.birthday = plainCopy(from.birthday);
    },
    show: birthdayWords,
  }),
  named({
    key: "touch",
    value: touchValue,
    copy: (into, from) => {
      into.touch = plainCopy(from.touch);
    },
    show: touchWords,
  }),
  text("notes", true),
];
