//! Which CSV column holds what ([`ColumnMap`]), guessed from the headers of
//! Google Contacts (old and new exports), Outlook and plain spreadsheets
//! (English, with the common German, French and Spanish words), or chosen
//! by the user; and one row read through a map.
//!
//! Headers are compared folded (case, accents and punctuation ignored), so
//! "E-mail 1 - Value", "e-mail 1 value" and "E-MAIL 1 – VALUE" are one.
//! Invariant: [`ColumnMap::guess`] never fails; [`ColumnMap::has_name`]
//! says whether its result can name a customer.
//!
//! Kindly's own CSV export (`export/csv.rs`) is recognised by its
//! "Kindly ID" column and read exactly ([`ColumnMap::exact`]), so that it
//! reads back as the same customers. In every file, a cell that begins
//! with the `'` a spreadsheet export puts before formula-like text
//! (`'+44...`, `'=...`) is read without it ([`unguard`]).

use kindly_words::{args, say_with};
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{address, dates, labels, note};
use crate::rules::fold::fold;
use crate::rules::languages::language_from;
use crate::rules::model::{ContactChannel, CustomerInput, EmailInput, PhoneInput, StayInTouch};

/// Where each field of a customer comes from: 0-based column indexes.
/// Columns past the end of a row read as empty.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ColumnMap {
    /// The whole name; when empty in a row, given, middle and family names
    /// are joined instead.
    pub full_name: Option<usize>,
    /// The given (first) name.
    pub given_name: Option<usize>,
    /// The middle name(s).
    pub middle_name: Option<usize>,
    /// The family (last) name.
    pub family_name: Option<usize>,
    /// Becomes the preferred name.
    pub nickname: Option<usize>,
    /// Company or organisation.
    pub company: Option<usize>,
    /// In order; the first non-empty one (or one marked `* ` by Google) is
    /// primary.
    pub phones: Vec<LabeledColumn>,
    /// In order; the first non-empty one (or one marked `* ` by Google) is primary.
    pub emails: Vec<LabeledColumn>,
    /// In order; the non-empty ones, each with its label, make up the address.
    pub addresses: Vec<AddressColumns>,
    /// A date as the exporters write it; `04/05/1990` is read month first
    /// or day first as the import is told.
    pub birthday: Option<usize>,
    /// Free notes, kept whole.
    pub notes: Option<usize>,
    /// Tags separated by " ::: " (Google), `;` or `,`; one per line when
    /// [`ColumnMap::exact`].
    pub tags: Option<usize>,
    /// Kindly's own columns (other programs have none of these).
    pub pronunciation: Option<usize>,
    /// Kindly's own column: pronouns.
    pub pronouns: Option<usize>,
    /// "phone", "text message", "email", "post", "in person".
    pub contact_channel: Option<usize>,
    /// Kindly's own column: when they are best reached.
    pub best_time: Option<usize>,
    /// The language they prefer: a code ("fr") or its English name.
    #[serde(default)]
    pub language: Option<usize>,
    /// "Please don't" notes, one per line.
    pub dont: Option<usize>,
    /// One per line.
    pub preferences: Option<usize>,
    /// Always-remember facts, one per line.
    pub remember: Option<usize>,
    /// Kindly's own column: the staff member who looks after them.
    pub looked_after_by: Option<usize>,
    /// Stay-in-touch gaps in days; used only when both are filled in.
    pub stay_in_touch_ideal: Option<usize>,
    /// The longest gap, in days (with `stay_in_touch_ideal`).
    pub stay_in_touch_longest: Option<usize>,
    /// The file is Kindly's own export (it has a "Kindly ID" column): phone
    /// and email labels are kept exactly as written (a leading `* ` marks
    /// the primary one, a leading `\` is removed), tags are one per line,
    /// and the address is kept as written, line breaks included.
    #[serde(default)]
    pub exact: bool,
}

/// A phone or email column. A cell may hold several values separated by
/// " ::: " (Google writes them so).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LabeledColumn {
    /// The column holding the value.
    pub column: usize,
    /// The label when `label_column` is absent or empty, e.g. "mobile".
    pub label: String,
    /// A column holding each row's label (Google's "Phone 1 - Type").
    pub label_column: Option<usize>,
}

/// One postal address: a formatted column, or parts joined with ", ".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AddressColumns {
    /// The label when `label_column` is absent or empty, e.g. "home".
    pub label: String,
    /// A column holding each row's label.
    pub label_column: Option<usize>,
    /// Used when not empty in a row; else `parts`.
    pub formatted: Option<usize>,
    /// Street, city, region, postal code, country... in the order to join.
    pub parts: Vec<usize>,
}

impl ColumnMap {
    /// `true` when some column can give the customer's name.
    pub fn has_name(&self) -> bool {
        self.full_name.is_some()
            || self.given_name.is_some()
            || self.middle_name.is_some()
            || self.family_name.is_some()
    }

    /// Recognises the headers of the common exports; unknown headers are
    /// left unmapped. The first column of a kind wins.
    pub fn guess(headers: &[String]) -> ColumnMap {
        let mut g = Guess::default();
        for (i, header) in headers.iter().enumerate() {
            let key = fold(header).replace("e mail", "email");
            g.column(i, &key);
        }
        g.finish()
    }

    /// The customer in `row`. `month_first` reads `04/05/1990` as April.
    pub(crate) fn customer(
        &self,
        row: &[String],
        month_first: bool,
        problems: &mut Vec<String>,
    ) -> CustomerInput {
        let cell = |i: Option<usize>| unguard(i.and_then(|i| row.get(i)).map_or("", |s| s.trim()));
        let mut c = CustomerInput {
            full_name: cell(self.full_name).to_owned(),
            preferred_name: cell(self.nickname).to_owned(),
            company: cell(self.company).to_owned(),
            notes: cell(self.notes).to_owned(),
            pronunciation: cell(self.pronunciation).to_owned(),
            pronouns: cell(self.pronouns).to_owned(),
            best_time: cell(self.best_time).to_owned(),
            language: language_from(cell(self.language)),
            dont: lines(cell(self.dont)),
            preferences: lines(cell(self.preferences)),
            remember: lines(cell(self.remember)),
            looked_after_by: cell(self.looked_after_by).to_owned(),
            ..Default::default()
        };
        let channel = cell(self.contact_channel);
        match contact_channel(channel) {
            Some(channel) => c.contact_channel = channel,
            None => note(
                problems,
                say_with("import-unknown-channel", &args! { "channel" => channel }),
            ),
        }
        let ideal = days(cell(self.stay_in_touch_ideal), problems);
        let longest = days(cell(self.stay_in_touch_longest), problems);
        c.stay_in_touch = ideal
            .zip(longest)
            .map(|(ideal_days, longest_days)| StayInTouch {
                ideal_days,
                longest_days,
            });
        if c.full_name.is_empty() {
            c.full_name = [self.given_name, self.middle_name, self.family_name]
                .map(cell)
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
        }
        if c.full_name.is_empty() {
            c.full_name = [&c.preferred_name, &c.company]
                .into_iter()
                .find(|s| !s.is_empty())
                .cloned()
                .unwrap_or_default();
        }
        let label_and_primary = |col: &LabeledColumn| {
            if self.exact {
                exact_label(cell(col.label_column))
            } else {
                label_of(col, cell)
            }
        };
        for col in &self.phones {
            let (label, primary) = label_and_primary(col);
            for number in split_values(cell(Some(col.column))) {
                c.phones.push(PhoneInput {
                    label: label.clone(),
                    number: number.to_owned(),
                    primary,
                });
            }
        }
        for col in &self.emails {
            let (label, primary) = label_and_primary(col);
            for address in split_values(cell(Some(col.column))) {
                c.emails.push(EmailInput {
                    label: label.clone(),
                    address: address.to_owned(),
                    primary,
                });
            }
        }
        let addresses = self
            .addresses
            .iter()
            .map(|a| {
                let label = match labels::from_csv(cell(a.label_column)).0 {
                    l if l.is_empty() => a.label.clone(),
                    l => l,
                };
                let text = match cell(a.formatted) {
                    "" => {
                        address::join(&a.parts.iter().map(|&p| cell(Some(p))).collect::<Vec<_>>())
                    }
                    f => address::flatten(f),
                };
                (label, text)
            })
            .collect();
        c.address = if self.exact {
            let written: Vec<&str> = self
                .addresses
                .iter()
                .map(|a| cell(a.formatted))
                .filter(|a| !a.is_empty())
                .collect();
            written.join("\n")
        } else {
            address::lines(addresses)
        };
        c.birthday = dates::parse(cell(self.birthday), month_first, problems);
        c.tags = if self.exact {
            lines(cell(self.tags))
        } else {
            cell(self.tags)
                .split(" ::: ")
                .flat_map(|t| t.split([';', ',']))
                .map(|t| t.trim().trim_start_matches("* ").trim())
                .filter(|t| !t.is_empty() && !is_system_group(t))
                .map(str::to_owned)
                .collect()
        };
        c
    }
}

fn label_of<'a>(col: &LabeledColumn, cell: impl Fn(Option<usize>) -> &'a str) -> (String, bool) {
    let (label, primary) = labels::from_csv(cell(col.label_column));
    if label.is_empty() {
        (col.label.clone(), primary)
    } else {
        (label, primary)
    }
}

/// A label cell of Kindly's own export: a leading `*` (and one space
/// after it) marks the primary one, then one leading `\` is removed (it
/// protects a label that itself begins with `*` or `\`).
fn exact_label(cell: &str) -> (String, bool) {
    let (rest, primary) = match cell.strip_prefix('*') {
        Some(rest) => (rest.strip_prefix(' ').unwrap_or(rest), true),
        None => (cell, false),
    };
    (rest.strip_prefix('\\').unwrap_or(rest).to_owned(), primary)
}

/// The non-empty lines of a cell, trimmed.
fn lines(cell: &str) -> Vec<String> {
    cell.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A number of days; `None` when empty, and with a problem when it is not
/// a whole number.
fn days(cell: &str, problems: &mut Vec<String>) -> Option<u32> {
    if cell.is_empty() {
        return None;
    }
    let parsed = cell.parse().ok();
    if parsed.is_none() {
        note(
            problems,
            say_with("import-gap-not-days", &args! { "gap" => cell }),
        );
    }
    parsed
}

/// `cell` without the `'` a spreadsheet-safe export puts in front of text
/// that begins like a formula: removed only when what follows begins with
/// `=`, `+`, `-`, `@`, a tab, a carriage return or another `'`, which is
/// exactly when Kindly's CSV export adds one.
pub(crate) fn unguard(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r', '\'']) => rest,
        _ => cell,
    }
}

/// The best way to reach someone from words ("text message", "Email") or
/// Kindly's stored form (`text_message`); empty text is no preference.
/// `None` for anything else.
pub(crate) fn contact_channel(text: &str) -> Option<ContactChannel> {
    Some(match fold(text).as_str() {
        "" | "no preference" | "none" => ContactChannel::NoPreference,
        "phone" | "telephone" | "call" | "phone call" => ContactChannel::Phone,
        "text message" | "text" | "sms" => ContactChannel::TextMessage,
        "email" | "e mail" => ContactChannel::Email,
        "post" | "letter" => ContactChannel::Post,
        "in person" => ContactChannel::InPerson,
        _ => return None,
    })
}

/// The values of a cell Google filled with several, e.g. "a ::: b".
fn split_values(cell: &str) -> impl Iterator<Item = &str> {
    cell.split(" ::: ").map(str::trim).filter(|s| !s.is_empty())
}

/// Google's "* myContacts" and "My Contacts" hold every contact.
fn is_system_group(tag: &str) -> bool {
    tag.eq_ignore_ascii_case("myContacts") || tag.eq_ignore_ascii_case("My Contacts")
}

const FULL: &[&str] = &[
    "name",
    "full name",
    "display name",
    "contact name",
    "contact",
    "customer",
    "customer name",
    "client",
    "client name",
    "kunde",
    "nom complet",
    "nombre completo",
];
const GIVEN: &[&str] = &[
    "given name",
    "first name",
    "first",
    "forename",
    "vorname",
    "prenom",
    "nombre",
];
const MIDDLE: &[&str] = &["middle name", "additional name", "middle"];
const FAMILY: &[&str] = &[
    "family name",
    "last name",
    "surname",
    "last",
    "nachname",
    "familienname",
    "nom",
    "apellido",
    "apellidos",
];
const NICKNAME: &[&str] = &[
    "nickname",
    "nick name",
    "nick",
    "preferred name",
    "known as",
    "spitzname",
    "surnom",
    "apodo",
];
const COMPANY: &[&str] = &[
    "company",
    "company name",
    "organization",
    "organisation",
    "organization name",
    "organisation name",
    "business name",
    "employer",
    "firma",
    "unternehmen",
    "societe",
    "entreprise",
    "empresa",
];
const BIRTHDAY: &[&str] = &[
    "birthday",
    "birth date",
    "birthdate",
    "date of birth",
    "dob",
    "geburtstag",
    "geburtsdatum",
    "anniversaire",
    "date de naissance",
    "cumpleanos",
    "fecha de nacimiento",
];
const NOTES: &[&str] = &[
    "notes",
    "note",
    "comments",
    "comment",
    "remarks",
    "notizen",
    "notiz",
    "bemerkung",
    "bemerkungen",
    "remarques",
    "commentaires",
    "notas",
    "observaciones",
];
const TAGS: &[&str] = &[
    "group membership",
    "labels",
    "categories",
    "category",
    "tags",
    "tag",
    "groups",
    "group",
    "kategorien",
    "kategorie",
    "gruppen",
    "etiquettes",
    "etiquetas",
];
const PRONUNCIATION: &[&str] = &["pronunciation", "how to say it"];
const PRONOUNS: &[&str] = &["pronouns"];
const CONTACT_CHANNEL: &[&str] = &[
    "best way to reach them",
    "contact channel",
    "preferred contact method",
];
const BEST_TIME: &[&str] = &["best time", "best time to reach them", "best time to call"];
const LANGUAGE: &[&str] = &["language", "preferred language"];
const DONT: &[&str] = &["please dont", "please do not"];
const PREFERENCES: &[&str] = &["preferences", "what they like"];
const REMEMBER: &[&str] = &["always remember"];
const LOOKED_AFTER_BY: &[&str] = &["looked after by"];
const IDEAL_DAYS: &[&str] = &["stay in touch ideal days"];
const LONGEST_DAYS: &[&str] = &["stay in touch longest days"];
const FORMATTED: &[&str] = &[
    "address",
    "full address",
    "postal address",
    "mailing address",
    "adresse",
    "anschrift",
    "direccion",
    "domicilio",
];
/// Parts of an address and the order they are joined in.
const PARTS: &[(&[&str], u8)] = &[
    (
        &[
            "street",
            "street address",
            "address line 1",
            "strasse",
            "rue",
            "calle",
        ],
        0,
    ),
    (&["street 2", "address line 2"], 1),
    (&["street 3", "address line 3"], 2),
    (&["extended address"], 3),
    (&["po box", "address po box"], 4),
    (&["city", "town", "ort", "stadt", "ville", "ciudad"], 5),
    (&["state", "province", "county", "region", "bundesland"], 6),
    (
        &[
            "postal code",
            "postcode",
            "post code",
            "zip",
            "zip code",
            "plz",
            "postleitzahl",
            "code postal",
            "codigo postal",
        ],
        7,
    ),
    (&["country", "country region", "land", "pays", "pais"], 8),
];
const PHONE_WORDS: &[&str] = &[
    "phone",
    "telephone",
    "tel",
    "mobile",
    "cell",
    "fax",
    "pager",
    "telefon",
    "handy",
    "mobil",
    "telefono",
    "movil",
    "portable",
    "telex",
    "isdn",
    "callback",
    "mobiltelefon",
];
const EMAIL_WORDS: &[&str] = &["email", "mail", "courriel", "correo"];
/// Words in a header that make it about something other than a value.
const NOT_VALUE: &[&str] = &[
    "type",
    "label",
    "display",
    "yomi",
    "phonetic",
    "title",
    "department",
];

/// One address being recognised; parts carry their rank for ordering.
#[derive(Default)]
struct AddressGuess {
    label: String,
    label_column: Option<usize>,
    formatted: Option<usize>,
    parts: Vec<(u8, usize)>,
}

/// Collects columns as they are recognised, then orders them.
#[derive(Default)]
struct Guess {
    map: ColumnMap,
    /// (priority, order, column) for phones and emails.
    phones: Vec<(u8, usize, LabeledColumn)>,
    emails: Vec<(u8, usize, LabeledColumn)>,
    /// Numbered Google columns: (number) → value / label columns.
    google_phones: BTreeMap<u32, (Option<usize>, Option<usize>)>,
    google_emails: BTreeMap<u32, (Option<usize>, Option<usize>)>,
    /// Addresses by group key ("1" for Google's Address 1, "home" for
    /// Outlook's Home Street...), in the order first seen.
    addresses: BTreeMap<String, AddressGuess>,
    address_order: Vec<String>,
}

impl Guess {
    fn column(&mut self, i: usize, key: &str) {
        if key == "kindly id" {
            self.map.exact = true;
            return;
        }
        let words: Vec<&str> = key.split(' ').collect();
        if self.numbered(i, &words) {
            return;
        }
        let one = |slot: &mut Option<usize>, list: &[&str]| {
            if slot.is_none() && list.contains(&key) {
                *slot = Some(i);
                true
            } else {
                false
            }
        };
        let m = &mut self.map;
        if one(&mut m.full_name, FULL)
            || one(&mut m.given_name, GIVEN)
            || one(&mut m.middle_name, MIDDLE)
            || one(&mut m.family_name, FAMILY)
            || one(&mut m.nickname, NICKNAME)
            || one(&mut m.company, COMPANY)
            || one(&mut m.birthday, BIRTHDAY)
            || one(&mut m.notes, NOTES)
            || one(&mut m.tags, TAGS)
            || one(&mut m.pronunciation, PRONUNCIATION)
            || one(&mut m.pronouns, PRONOUNS)
            || one(&mut m.contact_channel, CONTACT_CHANNEL)
            || one(&mut m.best_time, BEST_TIME)
            || one(&mut m.language, LANGUAGE)
            || one(&mut m.dont, DONT)
            || one(&mut m.preferences, PREFERENCES)
            || one(&mut m.remember, REMEMBER)
            || one(&mut m.looked_after_by, LOOKED_AFTER_BY)
            || one(&mut m.stay_in_touch_ideal, IDEAL_DAYS)
            || one(&mut m.stay_in_touch_longest, LONGEST_DAYS)
        {
            return;
        }
        if words.iter().any(|w| NOT_VALUE.contains(w)) {
            return;
        }
        if self.address(i, key, &words) {
            return;
        }
        if words.iter().any(|w| EMAIL_WORDS.contains(w)) {
            let rest = rest_of(
                &words,
                &[
                    "email",
                    "mail",
                    "address",
                    "addr",
                    "courriel",
                    "correo",
                    "electronico",
                ],
            );
            let (label, _) = labels::from_csv(&rest);
            self.emails.push((
                0,
                i,
                LabeledColumn {
                    column: i,
                    label,
                    label_column: None,
                },
            ));
        } else if words.iter().any(|w| PHONE_WORDS.contains(w)) {
            let rest = rest_of(
                &words,
                &[
                    "phone",
                    "telephone",
                    "tel",
                    "number",
                    "no",
                    "nr",
                    "nummer",
                    "telefon",
                    "telefono",
                ],
            );
            let (label, priority) = phone_label(&rest);
            self.phones.push((
                priority,
                i,
                LabeledColumn {
                    column: i,
                    label,
                    label_column: None,
                },
            ));
        }
    }

    /// Google's numbered columns: "Phone 1 - Value", "E-mail 2 - Type",
    /// "Address 1 - City", "Organization 1 - Name".
    fn numbered(&mut self, i: usize, words: &[&str]) -> bool {
        let [kind, n, rest @ ..] = words else {
            return false;
        };
        let Ok(n) = n.parse::<u32>() else {
            return false;
        };
        let rest = rest.join(" ");
        let is_label = matches!(rest.as_str(), "type" | "label");
        match *kind {
            "phone" | "email" => {
                let slot = if *kind == "phone" {
                    &mut self.google_phones
                } else {
                    &mut self.google_emails
                };
                let entry = slot.entry(n).or_default();
                match rest.as_str() {
                    "value" | "address" => entry.0 = Some(i),
                    _ if is_label => entry.1 = Some(i),
                    _ => {}
                }
                true
            }
            "address" => {
                let group = self.address_group(&n.to_string(), "");
                match rest.as_str() {
                    "formatted" => group.formatted = group.formatted.or(Some(i)),
                    _ if is_label => group.label_column = group.label_column.or(Some(i)),
                    part => {
                        if let Some(rank) = part_rank(part) {
                            group.parts.push((rank, i));
                        }
                    }
                }
                true
            }
            "organization" | "organisation" => {
                if rest == "name" && self.map.company.is_none() {
                    self.map.company = Some(i);
                }
                true
            }
            _ => false,
        }
    }

    /// Plain and Outlook address columns: "Address", "Home Street",
    /// "Business Postal Code", "City"...
    fn address(&mut self, i: usize, key: &str, words: &[&str]) -> bool {
        let (place, rest) = match words.first() {
            Some(&w @ ("home" | "business" | "work" | "other")) if words.len() > 1 => {
                (labels::from_csv(w).0, words[1..].join(" "))
            }
            _ => (String::new(), key.to_owned()),
        };
        if FORMATTED.contains(&rest.as_str()) {
            let group = self.address_group(&place, &place);
            group.formatted = group.formatted.or(Some(i));
            return true;
        }
        match part_rank(&rest) {
            Some(rank) => {
                self.address_group(&place, &place).parts.push((rank, i));
                true
            }
            None => false,
        }
    }

    fn address_group(&mut self, key: &str, label: &str) -> &mut AddressGuess {
        if !self.addresses.contains_key(key) {
            self.address_order.push(key.to_owned());
        }
        self.addresses
            .entry(key.to_owned())
            .or_insert_with(|| AddressGuess {
                label: label.to_owned(),
                ..Default::default()
            })
    }

    fn finish(mut self) -> ColumnMap {
        for (_, (value, label_column)) in std::mem::take(&mut self.google_phones) {
            if let Some(column) = value {
                self.phones.push((
                    0,
                    column,
                    LabeledColumn {
                        column,
                        label: String::new(),
                        label_column,
                    },
                ));
            }
        }
        for (_, (value, label_column)) in std::mem::take(&mut self.google_emails) {
            if let Some(column) = value {
                self.emails.push((
                    0,
                    column,
                    LabeledColumn {
                        column,
                        label: String::new(),
                        label_column,
                    },
                ));
            }
        }
        self.phones
            .sort_by_key(|(priority, order, _)| (*priority, *order));
        self.emails
            .sort_by_key(|(priority, order, _)| (*priority, *order));
        self.map.phones = self.phones.into_iter().map(|(_, _, c)| c).collect();
        self.map.emails = self.emails.into_iter().map(|(_, _, c)| c).collect();
        for key in self.address_order {
            if let Some(mut group) = self.addresses.remove(&key) {
                group.parts.sort();
                self.map.addresses.push(AddressColumns {
                    label: group.label,
                    label_column: group.label_column,
                    formatted: group.formatted,
                    parts: group.parts.into_iter().map(|(_, i)| i).collect(),
                });
            }
        }
        self.map
    }
}

fn part_rank(key: &str) -> Option<u8> {
    PARTS
        .iter()
        .find(|(names, _)| names.contains(&key))
        .map(|(_, rank)| *rank)
}

/// The words of a header other than `drop` and numbers, joined.
fn rest_of(words: &[&str], drop: &[&str]) -> String {
    words
        .iter()
        .filter(|w| !drop.contains(w) && !w.bytes().all(|b| b.is_ascii_digit()))
        .copied()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The label of an Outlook-style phone column ("mobile" from "Mobile
/// Phone") and its priority for being primary: Outlook's "Primary Phone",
/// then mobile and plain "Phone", home, work, others, fax and pager last.
fn phone_label(rest: &str) -> (String, u8) {
    let rest = match rest {
        "assistants" => "assistant",
        "tty tdd" => "textphone",
        "primary" => return (String::new(), 0),
        other => other,
    };
    let (label, _) = labels::from_csv(rest);
    let priority = match label.as_str() {
        "" | "mobile" => 1,
        "home" => 2,
        "work" | "main" => 3,
        l if l.contains("fax") || l == "pager" || l == "telex" => 5,
        _ => 4,
    };
    (label, priority)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn guess(headers: &[&str]) -> ColumnMap {
        ColumnMap::guess(&headers.iter().map(|h| h.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn outlook_phones_ordered_mobile_first() {
        let m = guess(&[
            "First Name",
            "Last Name",
            "Business Fax",
            "Business Phone",
            "Home Phone",
            "Mobile Phone",
            "E-mail Address",
            "E-mail Type",
            "E-mail 2 Address",
        ]);
        assert_eq!((m.given_name, m.family_name), (Some(0), Some(1)));
        let labels: Vec<&str> = m.phones.iter().map(|p| p.label.as_str()).collect();
        assert_eq!(labels, ["mobile", "home", "work", "work fax"]);
        let emails: Vec<usize> = m.emails.iter().map(|e| e.column).collect();
        assert_eq!(emails, [6, 8]);
    }

    #[test]
    fn google_numbered_columns() {
        let m = guess(&[
            "Name",
            "Phone 1 - Type",
            "Phone 1 - Value",
            "Address 1 - Formatted",
            "Address 1 - City",
            "Organization 1 - Name",
        ]);
        assert_eq!(m.full_name, Some(0));
        assert_eq!(
            m.phones,
            [LabeledColumn {
                column: 2,
                label: String::new(),
                label_column: Some(1)
            }]
        );
        assert_eq!(m.addresses[0].formatted, Some(3));
        assert_eq!(m.addresses[0].parts, [4]);
        assert_eq!(m.company, Some(5));
    }
}
