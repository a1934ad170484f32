/**
 * The column-mapping step of a CSV import: which column of the file each
 * Kindly field is read from. The person chooses one column per field; for
 * phones, emails and addresses (lists in a `ColumnMap`) they choose the first
 * one, and the other columns Rust guessed are kept unless they say not to.
 * Everything else the guess holds (e.g. Kindly's own columns) is kept as is.
 */
import type { AddressColumns, ColumnMap, CsvPreview, LabeledColumn } from "../api/types";
import { t } from "../i18n/i18n.svelte";

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

/** A field's name as the person reads it ("Full name"), in the chosen language. */
export function fieldLabel(key: FieldKey | "middle_name"): string {
  return t(`import-field-${key.replace(/_/g, "-")}`);
}

const FIELD_KEYS: readonly FieldKey[] = [
  "full_name",
  "given_name",
  "family_name",
  "nickname",
  "company",
  "phone",
  "email",
  "address",
  "birthday",
  "notes",
  "tags",
];

/** The fields with their names; `label` is read in the language chosen when it is read. */
export const FIELDS: ReadonlyArray<{ key: FieldKey; readonly label: string }> = FIELD_KEYS.map((key) => ({
  key,
  get label() {
    return fieldLabel(key);
  },
}));

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
  return headers[i]?.trim() || t("import-column", { number: i + 1 });
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
  return sample ? t("import-column-example", { column: name, example: sample }) : name;
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
  const single: Array<[number | null, FieldKey | "middle_name"]> = [
    [map.full_name, "full_name"],
    [map.given_name, "given_name"],
    [map.middle_name, "middle_name"],
    [map.family_name, "family_name"],
    [map.nickname, "nickname"],
    [map.company, "company"],
  ];
  for (const [c, key] of single) if (c === i) uses.push(fieldLabel(key));
  if (map.phones.some((p) => p.column === i)) uses.push(fieldLabel("phone"));
  if (map.emails.some((e) => e.column === i)) uses.push(fieldLabel("email"));
  if (map.addresses.some((a) => a.formatted === i || a.parts.includes(i))) uses.push(fieldLabel("address"));
  const later: Array<[number | null, FieldKey]> = [
    [map.birthday, "birthday"],
    [map.notes, "notes"],
    [map.tags, "tags"],
  ];
  for (const [c, key] of later) if (c === i) uses.push(fieldLabel(key));
  return uses;
}
