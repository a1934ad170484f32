//! The customer profile as the UI sends it ([`CustomerInput`]) and as the
//! core returns it ([`Customer`], [`CustomerSummary`]).
//!
//! Timestamps are milliseconds since the Unix epoch, UTC.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Milliseconds since the Unix epoch (UTC).
pub type Millis = i64;

/// A phone number as typed in the form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PhoneInput {
    /// Free label such as "mobile" or "shop".
    pub label: String,
    /// The number exactly as typed; kept and shown as typed.
    pub number: String,
    /// The number to call first; validation keeps exactly one primary when any phone is given.
    pub primary: bool,
}

/// An email address as typed in the form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct EmailInput {
    /// Free label such as "work" or "home".
    pub label: String,
    /// The address as typed (trimmed); validation requires a part before and after `@`.
    pub address: String,
    /// The address to write to first; validation keeps exactly one primary when any email is
    /// given.
    pub primary: bool,
}

/// A birthday; the year is optional because people often share only the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Birthday {
    /// The year of birth, when the customer shared it.
    pub year: Option<i32>,
    /// 1 to 12.
    pub month: u8,
    /// 1 to the month's length (29 February is allowed; other years mark it on the 28th).
    pub day: u8,
}

impl Birthday {
    /// "15 March 1961", "15 March".
    pub(crate) fn in_words(self) -> String {
        const MONTHS: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        let month = MONTHS
            .get(usize::from(self.month).saturating_sub(1))
            .copied()
            .unwrap_or("?");
        match self.year {
            Some(year) => format!("{} {month} {year}", self.day),
            None => format!("{} {month}", self.day),
        }
    }
}

/// How the customer prefers to be contacted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ContactChannel {
    /// The customer has not said.
    #[default]
    NoPreference,
    /// A call.
    Phone,
    /// A text message to their phone.
    TextMessage,
    /// An email.
    Email,
    /// A letter or card by post.
    Post,
    /// In person, at a visit.
    InPerson,
}

impl ContactChannel {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            ContactChannel::NoPreference => "no_preference",
            ContactChannel::Phone => "phone",
            ContactChannel::TextMessage => "text_message",
            ContactChannel::Email => "email",
            ContactChannel::Post => "post",
            ContactChannel::InPerson => "in_person",
        }
    }

    /// In words for people ("text message"); empty for no preference.
    pub(crate) fn words(self) -> &'static str {
        match self {
            ContactChannel::NoPreference => "",
            ContactChannel::Phone => "phone",
            ContactChannel::TextMessage => "text message",
            ContactChannel::Email => "email",
            ContactChannel::Post => "post",
            ContactChannel::InPerson => "in person",
        }
    }

    pub(crate) fn parse(s: &str) -> Self {
        match s {
            "phone" => ContactChannel::Phone,
            "text_message" => ContactChannel::TextMessage,
            "email" => ContactChannel::Email,
            "post" => ContactChannel::Post,
            "in_person" => ContactChannel::InPerson,
            _ => ContactChannel::NoPreference,
        }
    }
}

/// Everything the profile form sends when creating or saving a customer.
/// Validated by [`crate::rules::validate`] before anything is written.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CustomerInput {
    /// Required.
    pub full_name: String,
    /// The name they like to be called ("Mike", "Rosie").
    pub preferred_name: String,
    /// How to say it ("ROH-zee").
    pub pronunciation: String,
    /// As the customer gives them ("she/her"); free text.
    pub pronouns: String,
    /// Company or household.
    pub company: String,
    /// Their numbers, in the order shown; at most one primary.
    pub phones: Vec<PhoneInput>,
    /// Their email addresses, in the order shown; at most one primary.
    pub emails: Vec<EmailInput>,
    /// Postal address, line breaks kept.
    pub address: String,
    /// Their birthday, when known; keeps a yearly birthday follow-up in step.
    pub birthday: Option<Birthday>,
    /// How they prefer to be contacted.
    pub contact_channel: ContactChannel,
    /// e.g. "weekday mornings".
    pub best_time: String,
    /// The language they prefer, as a BCP 47 tag ("fr", "pt-BR"); empty
    /// when not said. Messages Kindly drafts for them are written in it
    /// when Kindly speaks it.
    #[serde(default)]
    pub language: String,
    /// "Please don't" notes, e.g. "never call before 10".
    pub dont: Vec<String>,
    /// Preferences, e.g. "oat milk".
    pub preferences: Vec<String>,
    /// Always-remember facts, e.g. "hard of hearing: speak slowly".
    pub remember: Vec<String>,
    /// Short labels to group and find customers by ("wholesale"); compared folded.
    pub tags: Vec<String>,
    /// Anything else, free text with line breaks.
    pub notes: String,
    /// The staff member who looks after this customer.
    pub looked_after_by: String,
    /// How often we mean to be in touch.
    #[serde(default)]
    #[ts(optional)]
    pub stay_in_touch: Option<StayInTouch>,
}

/// The ideal and the longest gap between contacts, in days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct StayInTouch {
    /// After this many days without contact the customer turns amber on Today.
    pub ideal_days: u32,
    /// After this many days without contact the customer is overdue; never less than
    /// `ideal_days`.
    pub longest_days: u32,
}

/// A stored phone number: the text as typed plus its E.164 form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Phone {
    /// Free label such as "mobile" or "shop".
    pub label: String,
    /// As typed; this is what the UI shows.
    pub number: String,
    /// Normalised form, e.g. `+15550104477`; `None` when the number is not
    /// valid for the notebook's region (the profile says "check the
    /// country"; the number is still found by its digits). Never an
    /// invalid E.164 number.
    pub e164: Option<String>,
    /// The number to call first; exactly one stored phone is primary when any exist.
    pub primary: bool,
}

/// A stored customer profile. `input` holds the editable fields after
/// normalisation (trimmed, exactly one primary phone/email when any exist).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Customer {
    /// UUID v7.
    pub id: String,
    /// Never empty.
    pub full_name: String,
    /// The name they like to be called; empty when it is the full name.
    pub preferred_name: String,
    /// How to say their name.
    pub pronunciation: String,
    /// As the customer gives them.
    pub pronouns: String,
    /// Company or household.
    pub company: String,
    /// Their numbers, primary among them when any exist.
    pub phones: Vec<Phone>,
    /// Their email addresses, primary among them when any exist.
    pub emails: Vec<EmailInput>,
    /// Postal address, line breaks kept.
    pub address: String,
    /// Their birthday, when known.
    pub birthday: Option<Birthday>,
    /// How they prefer to be contacted.
    pub contact_channel: ContactChannel,
    /// When they are best reached ("weekday mornings").
    pub best_time: String,
    /// The language they prefer (a BCP 47 tag such as "fr" or "pt-BR",
    /// its parts' case as the standard writes them); empty when not said.
    pub language: String,
    /// "Please don't" notes, shown before anyone calls.
    pub dont: Vec<String>,
    /// Their preferences ("oat milk").
    pub preferences: Vec<String>,
    /// Always-remember facts ("hard of hearing: speak slowly").
    pub remember: Vec<String>,
    /// Short labels to group and find customers by.
    pub tags: Vec<String>,
    /// Anything else, free text.
    pub notes: String,
    /// The staff member who looks after them; empty when nobody in particular.
    pub looked_after_by: String,
    /// How often we mean to be in touch, when set.
    pub stay_in_touch: Option<StayInTouch>,
    /// When the profile was first saved.
    #[ts(type = "number")]
    pub created_at: Millis,
    /// When the profile was last saved.
    #[ts(type = "number")]
    pub updated_at: Millis,
    /// Set while the customer is in Trash.
    #[ts(type = "number | null")]
    pub deleted_at: Option<Millis>,
    /// Its version: one more with every saved change, by anyone. A change
    /// names the version it started from and is refused ([`crate::Error::Conflict`])
    /// when another was saved in between.
    #[ts(type = "number")]
    pub version: i64,
}

impl Customer {
    /// The name to greet them by: the preferred name, else the full name.
    pub fn display_name(&self) -> &str {
        if self.preferred_name.is_empty() {
            &self.full_name
        } else {
            &self.preferred_name
        }
    }

    /// The profile as form input, for editing.
    pub fn to_input(&self) -> CustomerInput {
        CustomerInput {
            full_name: self.full_name.clone(),
            preferred_name: self.preferred_name.clone(),
            pronunciation: self.pronunciation.clone(),
            pronouns: self.pronouns.clone(),
            company: self.company.clone(),
            phones: self
                .phones
                .iter()
                .map(|p| PhoneInput {
                    label: p.label.clone(),
                    number: p.number.clone(),
                    primary: p.primary,
                })
                .collect(),
            emails: self.emails.clone(),
            address: self.address.clone(),
            birthday: self.birthday,
            contact_channel: self.contact_channel,
            best_time: self.best_time.clone(),
            language: self.language.clone(),
            dont: self.dont.clone(),
            preferences: self.preferences.clone(),
            remember: self.remember.clone(),
            tags: self.tags.clone(),
            notes: self.notes.clone(),
            looked_after_by: self.looked_after_by.clone(),
            stay_in_touch: self.stay_in_touch,
        }
    }
}

/// One row of lookup results: enough to pick the right person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CustomerSummary {
    /// The customer's id, to open their page.
    pub id: String,
    /// Never empty.
    pub full_name: String,
    /// Empty when they have none.
    pub preferred_name: String,
    /// Company or household, to tell two people of one name apart.
    pub company: String,
    /// The primary phone as typed, if any.
    pub primary_phone: Option<String>,
    /// Their tags, as stored.
    pub tags: Vec<String>,
    /// One of the invented sample customers.
    pub sample: bool,
}

/// One customer in Trash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TrashedCustomer {
    /// The customer's id, to restore or erase them.
    pub id: String,
    /// Never empty.
    pub full_name: String,
    /// Empty when they have none.
    pub preferred_name: String,
    /// Company or household.
    pub company: String,
    /// When they were moved to Trash.
    #[ts(type = "number")]
    pub deleted_at: Millis,
}

/// Facts about the open notebook, for the header and the empty state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NotebookInfo {
    /// Live customers (not in Trash).
    pub customer_count: u32,
    /// Customers in Trash.
    pub trash_count: u32,
    /// Where the notebook file lives, to tell the user how to back it up.
    pub path: String,
    /// ISO 3166 region used for numbers typed without a country code.
    pub phone_region: String,
    /// Sample customers still in the notebook (Trash included).
    pub sample_count: u32,
    /// The notebook has never been welcomed and is empty: show the welcome.
    pub welcome: bool,
}

/// One entry of a customer's change history: a field a save changed (or
/// an event such as a move to Trash), who did it and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CustomerChange {
    /// The entry's place in the history (later entries of one save have
    /// higher ones), for paging.
    #[ts(type = "number")]
    pub seq: i64,
    /// A stable key: the profile field's name (`preferred_name`, `phones`,
    /// `tags`, ...), or `created`, `trash`, `merged_into` for events.
    pub field: String,
    /// What the field held before, as text; empty for nothing.
    pub before: String,
    /// What it holds after, as text; empty for nothing.
    pub after: String,
    /// When the change was saved.
    #[ts(type = "number")]
    pub changed_at: Millis,
    /// Who saved it, as the team knows them: on a team notebook the
    /// login's name on the staff list (else the person at the desk, else
    /// the login itself), on a notebook file the person at the desk (empty
    /// when nobody was chosen).
    pub changed_by: String,
    /// On a team notebook, the person at the desk of the computer it was
    /// saved from, when one was chosen; empty otherwise.
    pub at_desk: String,
}

/// Where the next page of a change history starts (exclusive): the last
/// entry shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ChangesCursor {
    /// The `changed_at` of the last entry shown.
    #[ts(type = "number")]
    pub at: Millis,
    /// The `seq` of the last entry shown.
    #[ts(type = "number")]
    pub seq: i64,
}

/// One page of a customer's change history, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CustomerChangesPage {
    /// Newest first (the fields of one save in the form's order), at most
    /// the page size asked for.
    pub items: Vec<CustomerChange>,
    /// Where the older entries start; `None` on the last page.
    pub next: Option<ChangesCursor>,
}
