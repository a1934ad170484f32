/**
 * The column-mapping step of a CSV import: which column of the file each
 * Kindly field is read from. The person chooses one column per field; for
 * phones, emails and addresses (lists in a `ColumnMap`) they choose the first
 * one, and the other columns Rust guessed are kept unless they say not to.
 * Everything else the guess holds (e.g. Kindly's own columns) is kept as is.
 */
import type { AddressColumns, ColumnMap, CsvPreview, LabeledColumn } from "../api/types";

/** The fields offered in the mapping step, in the order shown. */
export type FieldKey =
  | "full_name"
  | "given_name"
  | "family_name"
  | "nickname"
  | "company"
  | "phone"
  | "email"
  | "address"
  | "birthday"
  | "notes"
  | "tags";

export const FIELDS: ReadonlyArray<{ key: FieldKey; label: string }> = [
  { key: "full_name", label: "Full name" },
  { key: "given_name", label: "First name" },
  { key: "family_name", label: "Last name" },
  { key: "nickname", label: "Nickname" },
  { key: "company", label: "Company" },
  { key: "phone", label: "Phone" },
  { key: "email", label: "Email" },
  { key: "address", label: "Address" },
  { key: "birthday", label: "Birthday" },
  { key: "notes", label: "Notes" },
  { key: "tags", label: "Tags" },
];

/** The value of the "(not used)" choice. */
export const NOT_USED = "";
/** The address choice that joins the parts Rust found (street, city, postcode…). */
export const JOINED = "joined";

/** Each field's choice as a select value: NOT_USED, a column index ("3"), or JOINED (address only). */
export type Choices = Record<FieldKey, string>;

/** Whether the other guessed phone, email and address columns are read too. */
export interface KeepOthers {
  phones: boolean;
  emails: boolean;
  addresses: boolean;
}

type SingleKey = Exclude<FieldKey, "phone" | "email" | "address">;

function index(value: number | null): string {
  return value === null ? NOT_USED : String(value);
}

/** The choices a guess makes. */
export function choicesFrom(guess: ColumnMap): Choices {
  const address = guess.addresses[0];
  return {
    full_name: index(guess.full_name),
    given_name: index(guess.given_name),
    family_name: index(guess.family_name),
    nickname: index(guess.nickname),
    company: index(guess.company),
    phone: index(guess.phones[0]?.column ?? null),
    email: index(guess.emails[0]?.column ?? null),
    address: address ? (address.formatted === null ? JOINED : String(address.formatted)) : NOT_USED,
    birthday: index(guess.birthday),
    notes: index(guess.notes),
    tags: index(guess.tags),
  };
}

function column(value: string): number | null {
  if (value === NOT_USED || value === JOINED) return null;
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 ? n : null;
}

/** The first phone or email column chosen; keeps the guessed label when the guessed column is kept. */
function firstLabeled(value: string, guessed: LabeledColumn | undefined): LabeledColumn | null {
  const n = column(value);
  if (n === null) return null;
  if (guessed && guessed.column === n) return guessed;
  return { column: n, label: "", label_column: null };
}

function firstAddress(value: string, guessed: AddressColumns | undefined): AddressColumns | null {
  if (value === JOINED) return guessed ?? null;
  const n = column(value);
  if (n === null) return null;
  if (guessed && guessed.formatted === n) return guessed;
  return { label: guessed?.label ?? "", label_column: null, formatted: n, parts: [] };
}

/** The map to send to Rust for these choices. */
export function buildMap(guess: ColumnMap, choices: Choices, keep: KeepOthers): ColumnMap {
  const single = (key: SingleKey): number | null => column(choices[key]);
  const phone = firstLabeled(choices.phone, guess.phones[0]);
  const email = firstLabeled(choices.email, guess.emails[0]);
  const address = firstAddress(choices.address, guess.addresses[0]);
  const phones = keep.phones ? guess.phones.slice(1).filter((c) => c.column !== phone?.column) : [];
  const emails = keep.emails ? guess.emails.slice(1).filter((c) => c.column !== email?.column) : [];
  const addresses = keep.addresses ? guess.addresses.slice(1) : [];
  return {
    ...guess,
    full_name: single("full_name"),
    given_name: single("given_name"),
    family_name: single("family_name"),
    nickname: single("nickname"),
    company: single("company"),
    phones: phone ? [phone, ...phones] : phones,
    emails: email ? [email, ...emails] : emails,
    addresses: address ? [address, ...addresses] : addresses,
    birthday: single("birthday"),
    notes: single("notes"),
    tags: single("tags"),
  };
}

/** Whether the map can name a customer (as Rust's `ColumnMap::has_name`). */
export function hasName(map: ColumnMap): boolean {
  return (
    map.full_name !== null || map.given_name !== null || map.middle_name !== null || map.family_name !== null
  );
}

/** A header as shown: its text, or "Column 3" when it has none. */
export function columnName(headers: readonly string[], i: number): string {
  return headers[i]?.trim() || `Column ${i + 1}`;
}

const SAMPLE_LENGTH = 28;

/** The first value found in column `i` of the rows shown, shortened, or "" when all are empty. */
export function sampleOf(rows: readonly (readonly string[])[], i: number): string {
  for (const row of rows) {
    const value = (row[i] ?? "").replace(/\s+/g, " ").trim();
    if (value) return value.length > SAMPLE_LENGTH ? `${value.slice(0, SAMPLE_LENGTH - 1)}…` : value;
  }
  return "";
}

/** What an option of the column selects says: the header and, when there is one, an example. */
export function optionLabel(csv: CsvPreview, i: number): string {
  const sample = sampleOf(csv.rows, i);
  const name = columnName(csv.headers, i);
  return sample ? `${name} (e.g. ${sample})` : name;
}

/** The other guessed columns of a list field, by name ("Phone 2 - Value, Work phone"). */
export function otherColumns(headers: readonly string[], columns: readonly number[]): string {
  return columns.map((c) => columnName(headers, c)).join(", ");
}

/** The address parts Rust would join, by name ("Street + City + Postcode"). */
export function joinedName(headers: readonly string[], address: AddressColumns | undefined): string {
  return (address?.parts ?? []).map((c) => columnName(headers, c)).join(" + ");
}

/** Which Kindly fields read column `i`, by label, for the header of the sample table. */
export function usesOf(map: ColumnMap, i: number): string[] {
  const uses: string[] = [];
  const single: Array<[number | null, string]> = [
    [map.full_name, "Full name"],
    [map.given_name, "First name"],
    [map.middle_name, "Middle name"],
    [map.family_name, "Last name"],
    [map.nickname, "Nickname"],
    [map.company, "Company"],
  ];
  for (const [c, label] of single) if (c === i) uses.push(label);
  if (map.phones.some((p) => p.column === i)) uses.push("Phone");
  if (map.emails.some((e) => e.column === i)) uses.push("Email");
  if (map.addresses.some((a) => a.formatted === i || a.parts.includes(i))) uses.push("Address");
  const later: Array<[number | null, string]> = [
    [map.birthday, "Birthday"],
    [map.notes, "Notes"],
    [map.tags, "Tags"],
  ];
  for (const [c, label] of later) if (c === i) uses.push(label);
  return uses;
}
