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
    pub primary: bool,
}

/// An email address as typed in the form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct EmailInput {
    pub label: String,
    pub address: String,
    pub primary: bool,
}

/// A birthday; the year is optional because people often share only the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Birthday {
    pub year: Option<i32>,
    pub month: u8,
    pub day: u8,
}

/// How the customer prefers to be contacted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ContactChannel {
    #[default]
    NoPreference,
    Phone,
    TextMessage,
    Email,
    Post,
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
/// Validated by [`crate::validate`] before anything is written.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CustomerInput {
    /// Required.
    pub full_name: String,
    /// The name they like to be called ("Mike", "Rosie").
    pub preferred_name: String,
    /// How to say it ("ROH-zee").
    pub pronunciation: String,
    pub pronouns: String,
    /// Company or household.
    pub company: String,
    pub phones: Vec<PhoneInput>,
    pub emails: Vec<EmailInput>,
    pub address: String,
    pub birthday: Option<Birthday>,
    pub contact_channel: ContactChannel,
    /// e.g. "weekday mornings".
    pub best_time: String,
    /// "Please don't" notes, e.g. "never call before 10".
    pub dont: Vec<String>,
    /// Preferences, e.g. "oat milk".
    pub preferences: Vec<String>,
    /// Always-remember facts, e.g. "hard of hearing: speak slowly".
    pub remember: Vec<String>,
    pub tags: Vec<String>,
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
    pub ideal_days: u32,
    pub longest_days: u32,
}

/// A stored phone number: the text as typed plus its E.164 form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Phone {
    pub label: String,
    /// As typed; this is what the UI shows.
    pub number: String,
    /// Normalised form, e.g. `+15550104477`; `None` when the number is not
    /// valid for the notebook's region (the profile says "check the
    /// country"; the number is still found by its digits). Never an
    /// invalid E.164 number.
    pub e164: Option<String>,
    pub primary: bool,
}

/// A stored customer profile. `input` holds the editable fields after
/// normalisation (trimmed, exactly one primary phone/email when any exist).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Customer {
    /// UUID v7.
    pub id: String,
    pub full_name: String,
    pub preferred_name: String,
    pub pronunciation: String,
    pub pronouns: String,
    pub company: String,
    pub phones: Vec<Phone>,
    pub emails: Vec<EmailInput>,
    pub address: String,
    pub birthday: Option<Birthday>,
    pub contact_channel: ContactChannel,
    pub best_time: String,
    pub dont: Vec<String>,
    pub preferences: Vec<String>,
    pub remember: Vec<String>,
    pub tags: Vec<String>,
    pub notes: String,
    pub looked_after_by: String,
    pub stay_in_touch: Option<StayInTouch>,
    #[ts(type = "number")]
    pub created_at: Millis,
    #[ts(type = "number")]
    pub updated_at: Millis,
    /// Set while the customer is in Trash.
    #[ts(type = "number | null")]
    pub deleted_at: Option<Millis>,
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
    pub id: String,
    pub full_name: String,
    pub preferred_name: String,
    pub company: String,
    /// The primary phone as typed, if any.
    pub primary_phone: Option<String>,
    pub tags: Vec<String>,
    /// One of the invented sample customers.
    pub sample: bool,
}

/// One customer in Trash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TrashedCustomer {
    pub id: String,
    pub full_name: String,
    pub preferred_name: String,
    pub company: String,
    #[ts(type = "number")]
    pub deleted_at: Millis,
}

/// Facts about the open notebook, for the header and the empty state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NotebookInfo {
    /// Live customers (not in Trash).
    pub customer_count: u32,
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
