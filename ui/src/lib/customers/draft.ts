/**
 * The form's working copy of a customer, and its conversion to and from what
 * Rust stores. Rows and list items are sent exactly as shown, empty ones
 * included, so an error Rust reports for `phones.2.number` or `tags.1`
 * points at the row the user sees at that index (Rust drops empty entries).
 */
import type { ContactChannel, Customer, CustomerInput, Birthday, StayInTouch } from "../api/types";
import { t } from "../i18n/i18n.svelte";

/** A phone (value = number) or email (value = address) row. */
export interface ContactRow {
  label: string;
  value: string;
  primary: boolean;
}

/** Birthday parts as typed; all empty means "no birthday". */
export interface BirthdayDraft {
  day: string;
  month: string;
  year: string;
}

/**
 * "Keep in touch regularly": the gaps in weeks as typed. `kept` is the rhythm
 * as stored, so saving without touching the weeks never rounds its days.
 */
export interface TouchDraft {
  enabled: boolean;
  ideal_weeks: string;
  longest_weeks: string;
  kept: StayInTouch | null;
}

/** The gaps a new rhythm starts with: ideally every 6 weeks, at most 10. */
export const DEFAULT_IDEAL_WEEKS = 6;
export const DEFAULT_LONGEST_WEEKS = 10;

export const LIST_NAMES = ["dont", "preferences", "remember", "tags"] as const;
export type ListName = (typeof LIST_NAMES)[number];

/** What a "New customer" form starts with when opened from a lookup that found no one. */
export interface NewCustomerPrefill {
  full_name?: string;
  phone?: string;
}

export interface Draft {
  full_name: string;
  preferred_name: string;
  pronunciation: string;
  pronouns: string;
  company: string;
  phones: ContactRow[];
  emails: ContactRow[];
  address: string;
  birthday: BirthdayDraft;
  contact_channel: ContactChannel;
  best_time: string;
  /** A BCP 47 code ("fr"); "" when not said. */
  language: string;
  dont: string[];
  preferences: string[];
  remember: string[];
  tags: string[];
  notes: string;
  looked_after_by: string;
  touch: TouchDraft;
}

/** A message for one field, named the way Rust names fields. */
export interface FieldProblem {
  field: string;
  message: string;
}

export function emptyRow(primary = false): ContactRow {
  return { label: "", value: "", primary };
}

/** A new form: one empty phone row, one empty email row, one empty item per list. */
export function emptyDraft(prefill: NewCustomerPrefill = {}): Draft {
  const phone = emptyRow(true);
  phone.value = prefill.phone ?? "";
  return {
    full_name: prefill.full_name ?? "",
    preferred_name: "",
    pronunciation: "",
    pronouns: "",
    company: "",
    phones: [phone],
    emails: [emptyRow(true)],
    address: "",
    birthday: { day: "", month: "", year: "" },
    contact_channel: "no_preference",
    best_time: "",
    language: "",
    dont: [""],
    preferences: [""],
    remember: [""],
    tags: [""],
    notes: "",
    looked_after_by: "",
    touch: touchDraft(null),
  };
}

/** The stay-in-touch fields for a stored rhythm (in whole weeks), or the defaults, unticked. */
export function touchDraft(kept: StayInTouch | null): TouchDraft {
  if (!kept) {
    return {
      enabled: false,
      ideal_weeks: String(DEFAULT_IDEAL_WEEKS),
      longest_weeks: String(DEFAULT_LONGEST_WEEKS),
      kept: null,
    };
  }
  return {
    enabled: true,
    ideal_weeks: String(Math.max(1, Math.round(kept.ideal_days / 7))),
    longest_weeks: String(Math.max(1, Math.round(kept.longest_days / 7))),
    kept: { ...kept },
  };
}

function weeks(text: string): number | null {
  const typed = text.trim();
  return /^\d{1,3}$/.test(typed) && Number(typed) >= 1 ? Number(typed) : null;
}

/** The rhythm to send (gaps in days), `null` for none, or what is wrong with the weeks typed. */
export function touchFromDraft(touch: TouchDraft): StayInTouch | null | FieldProblem {
  if (!touch.enabled) return null;
  const ideal = weeks(touch.ideal_weeks);
  const longest = weeks(touch.longest_weeks);
  if (ideal === null || longest === null) {
    return { field: "stay_in_touch", message: t("customers-touch-weeks-wrong") };
  }
  if (longest < ideal) {
    return { field: "stay_in_touch", message: t("customers-touch-longest-short") };
  }
  const kept = touch.kept;
  return {
    ideal_days: kept && Math.max(1, Math.round(kept.ideal_days / 7)) === ideal ? kept.ideal_days : ideal * 7,
    longest_days:
      kept && Math.max(1, Math.round(kept.longest_days / 7)) === longest ? kept.longest_days : longest * 7,
  };
}

/** At least one input to type into, so an empty list never shows nothing. */
function orOneEmpty(items: string[]): string[] {
  return items.length > 0 ? [...items] : [""];
}

export function draftFromCustomer(c: Customer): Draft {
  const phones = c.phones.map((p) => ({ label: p.label, value: p.number, primary: p.primary }));
  const emails = c.emails.map((e) => ({ label: e.label, value: e.address, primary: e.primary }));
  return {
    full_name: c.full_name,
    preferred_name: c.preferred_name,
    pronunciation: c.pronunciation,
    pronouns: c.pronouns,
    company: c.company,
    phones: phones.length > 0 ? phones : [emptyRow(true)],
    emails: emails.length > 0 ? emails : [emptyRow(true)],
    address: c.address,
    birthday: c.birthday
      ? {
          day: String(c.birthday.day),
          month: String(c.birthday.month),
          year: c.birthday.year === null ? "" : String(c.birthday.year),
        }
      : { day: "", month: "", year: "" },
    contact_channel: c.contact_channel,
    best_time: c.best_time,
    language: c.language,
    dont: orOneEmpty(c.dont),
    preferences: orOneEmpty(c.preferences),
    remember: orOneEmpty(c.remember),
    tags: orOneEmpty(c.tags),
    notes: c.notes,
    looked_after_by: c.looked_after_by,
    touch: touchDraft(c.stay_in_touch),
  };
}

/** Reads the birthday parts; Rust checks that the date exists. */
export function birthdayFromDraft(b: BirthdayDraft): Birthday | null | FieldProblem {
  const day = b.day.trim();
  const month = b.month.trim();
  const year = b.year.trim();
  if (!day && !month && !year) return null;
  if (!day || !month) {
    return {
      field: "birthday",
      message: t("customers-birthday-day-month"),
    };
  }
  if (!/^\d{1,2}$/.test(day)) {
    return { field: "birthday", message: t("customers-birthday-day-wrong") };
  }
  if (year && !/^\d{4}$/.test(year)) {
    return { field: "birthday", message: t("customers-birthday-year-wrong") };
  }
  return { day: Number(day), month: Number(month), year: year ? Number(year) : null };
}

function isProblem(value: unknown): value is FieldProblem {
  return typeof value === "object" && value !== null && "field" in value && "message" in value;
}

/** What to send to Rust, or the first problem the form can spot by itself. */
export function draftToInput(d: Draft): { input: CustomerInput } | { problem: FieldProblem } {
  const birthday = birthdayFromDraft(d.birthday);
  if (isProblem(birthday)) return { problem: birthday };
  const touch = touchFromDraft(d.touch);
  if (isProblem(touch)) return { problem: touch };
  return {
    input: {
      full_name: d.full_name,
      preferred_name: d.preferred_name,
      pronunciation: d.pronunciation,
      pronouns: d.pronouns,
      company: d.company,
      phones: d.phones.map((r) => ({ label: r.label, number: r.value, primary: r.primary })),
      emails: d.emails.map((r) => ({ label: r.label, address: r.value, primary: r.primary })),
      address: d.address,
      birthday,
      contact_channel: d.contact_channel,
      best_time: d.best_time,
      language: d.language,
      dont: [...d.dont],
      preferences: [...d.preferences],
      remember: [...d.remember],
      tags: [...d.tags],
      notes: d.notes,
      looked_after_by: d.looked_after_by,
      // Left out for "no rhythm": the notebook reads a missing rhythm as none.
      ...(touch ? { stay_in_touch: touch } : {}),
    },
  };
}

const SINGLE_FIELDS = new Set([
  "full_name",
  "preferred_name",
  "pronunciation",
  "pronouns",
  "company",
  "address",
  "birthday",
  "contact_channel",
  "best_time",
  "language",
  "notes",
  "looked_after_by",
  "stay_in_touch",
  "phones",
  "emails",
  ...LIST_NAMES,
]);

/**
 * The DOM id of the input a field's message belongs to, or null when the form
 * shows no such field (the message then goes to the general error area).
 */
export function inputIdFor(field: string, d: Draft): string | null {
  if (SINGLE_FIELDS.has(field)) {
    if (field === "phones") return d.phones.length > 0 ? "f-phones.0.number" : "f-phones-add";
    if (field === "emails") return d.emails.length > 0 ? "f-emails.0.address" : "f-emails-add";
    if ((LIST_NAMES as readonly string[]).includes(field)) return `f-${field}.0`;
    return `f-${field}`;
  }
  const contact = /^(phones|emails)\.(\d+)\.(label|number|address)$/.exec(field);
  if (contact) {
    const rows = contact[1] === "phones" ? d.phones : d.emails;
    return Number(contact[2]) < rows.length ? `f-${field}` : null;
  }
  const item = /^(dont|preferences|remember|tags)\.(\d+)$/.exec(field);
  if (item) {
    return Number(item[2]) < d[item[1] as ListName].length ? `f-${field}` : null;
  }
  return null;
}
