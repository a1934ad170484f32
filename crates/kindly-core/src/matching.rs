//! Deciding whether two profiles are the same person, for importing and for
//! listing likely duplicates.
//!
//! Two profiles match when they share a phone number (compared in E.164
//! form), an email address (ignoring case), or the same name (folded: case,
//! accents and punctuation ignored) together with one more detail: the
//! company, the address or the birthday. A shared name alone is weaker
//! ([`Reason::NameOnly`]): callers only act on it when nothing would change.

use std::hash::Hash;

use foldhash::HashMap;

use rusqlite::Connection;

use crate::error::Result;
use crate::fold::fold;
use crate::model::CustomerInput;
use crate::phone;

/// What two profiles were found to share, strongest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Reason {
    Phone(String),
    Email(String),
    NameAndDetail,
    NameOnly,
}

impl Reason {
    /// Higher is stronger evidence of the same person.
    pub(crate) fn strength(&self) -> u8 {
        match self {
            Reason::Phone(_) => 3,
            Reason::Email(_) => 2,
            Reason::NameAndDetail => 1,
            Reason::NameOnly => 0,
        }
    }

    /// In words, e.g. "same phone number 07700 900123".
    pub(crate) fn describe(&self) -> String {
        match self {
            Reason::Phone(number) => format!("same phone number {number}"),
            Reason::Email(address) => format!("same email {address}"),
            Reason::NameAndDetail => "same name and company, address or birthday".into(),
            Reason::NameOnly => "same name".into(),
        }
    }
}

/// The keys a profile is matched by.
#[derive(Debug, Clone, Default)]
pub(crate) struct Keys {
    /// `(e164, as typed)` for each phone that is a number.
    phones: Vec<(String, String)>,
    /// Lower-cased addresses.
    emails: Vec<String>,
    /// The folded full name.
    name: String,
    /// Folded company, address and birthday, each tagged by what it is.
    details: Vec<String>,
}

impl Keys {
    /// The keys of a profile; phones without a country code are read as
    /// numbers of `region`.
    pub(crate) fn of(input: &CustomerInput, region: &str) -> Keys {
        let mut keys = Keys {
            phones: input
                .phones
                .iter()
                .filter_map(|p| phone::to_e164(&p.number, region).map(|e| (e, p.number.clone())))
                .collect(),
            emails: input
                .emails
                .iter()
                .map(|e| e.address.to_lowercase())
                .collect(),
            name: fold(&input.full_name),
            details: Vec::new(),
        };
        let birthday = input.birthday.map(|b| (b.month, b.day));
        keys.add_details(&input.company, &input.address, birthday);
        keys
    }

    fn add_details(&mut self, company: &str, address: &str, birthday: Option<(u8, u8)>) {
        let company = fold(company);
        if !company.is_empty() {
            self.details.push(format!("c:{company}"));
        }
        let address = fold(address);
        if !address.is_empty() {
            self.details.push(format!("a:{address}"));
        }
        if let Some((month, day)) = birthday {
            self.details.push(format!("b:{month}-{day}"));
        }
    }
}

/// Profiles of type `T` (a customer's key, or a row to be created) found by
/// their [`Keys`]. The first profile to claim a phone, an email, a name, or
/// a name with a detail keeps it.
pub(crate) struct Matcher<T> {
    by_phone: HashMap<String, T>,
    by_email: HashMap<String, T>,
    by_name: HashMap<String, T>,
    /// Keyed by [`name_and_detail`].
    by_name_and_detail: HashMap<String, T>,
}

/// One key for a name together with one detail (a detail never holds
/// U+001F, which folding removes with the rest of the punctuation).
fn name_and_detail(name: &str, detail: &str) -> String {
    format!("{name}\u{1f}{detail}")
}

impl<T: Copy + Eq + Hash> Matcher<T> {
    pub(crate) fn new() -> Self {
        Matcher {
            by_phone: HashMap::default(),
            by_email: HashMap::default(),
            by_name: HashMap::default(),
            by_name_and_detail: HashMap::default(),
        }
    }

    /// Every live customer of the notebook, keyed by their primary key.
    pub(crate) fn live_customers(conn: &Connection) -> Result<Matcher<i64>> {
        let mut m = Matcher::new();
        let mut stmt = conn.prepare(
            "SELECT p.e164, p.customer_pk FROM customer_phones p
             JOIN customers c ON c.pk = p.customer_pk WHERE c.deleted_at IS NULL
             ORDER BY p.customer_pk, p.position",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
        for row in rows {
            let (e164, pk) = row?;
            m.by_phone.entry(e164).or_insert(pk);
        }
        let mut stmt = conn.prepare(
            "SELECT lower(e.address), e.customer_pk FROM customer_emails e
             JOIN customers c ON c.pk = e.customer_pk WHERE c.deleted_at IS NULL
             ORDER BY e.customer_pk, e.position",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
        for row in rows {
            let (address, pk) = row?;
            m.by_email.entry(address).or_insert(pk);
        }
        let mut stmt = conn.prepare(
            "SELECT pk, full_key, company, address, birthday_month, birthday_day
             FROM customers WHERE deleted_at IS NULL ORDER BY pk",
        )?;
        let rows = stmt.query_map([], |r| {
            let mut keys = Keys {
                name: r.get(1)?,
                ..Keys::default()
            };
            let birthday = r.get::<_, Option<u8>>(4)?.zip(r.get::<_, Option<u8>>(5)?);
            keys.add_details(&r.get::<_, String>(2)?, &r.get::<_, String>(3)?, birthday);
            Ok((r.get::<_, i64>(0)?, keys))
        })?;
        for row in rows {
            let (pk, keys) = row?;
            m.insert(&keys, pk);
        }
        Ok(m)
    }

    /// Makes `target` findable by every key in `keys` not already taken.
    pub(crate) fn insert(&mut self, keys: &Keys, target: T) {
        for (e164, _) in &keys.phones {
            self.by_phone.entry(e164.clone()).or_insert(target);
        }
        for email in &keys.emails {
            self.by_email.entry(email.clone()).or_insert(target);
        }
        if keys.name.is_empty() {
            return;
        }
        for detail in &keys.details {
            self.by_name_and_detail
                .entry(name_and_detail(&keys.name, detail))
                .or_insert(target);
        }
        self.by_name.entry(keys.name.clone()).or_insert(target);
    }

    /// The profile `keys` most likely belongs to, and why.
    pub(crate) fn find(&self, keys: &Keys) -> Option<(T, Reason)> {
        for (e164, typed) in &keys.phones {
            if let Some(t) = self.by_phone.get(e164) {
                return Some((*t, Reason::Phone(typed.clone())));
            }
        }
        for email in &keys.emails {
            if let Some(t) = self.by_email.get(email) {
                return Some((*t, Reason::Email(email.clone())));
            }
        }
        if keys.name.is_empty() {
            return None;
        }
        keys.details
            .iter()
            .find_map(|d| self.by_name_and_detail.get(&name_and_detail(&keys.name, d)))
            .map(|t| (*t, Reason::NameAndDetail))
            .or_else(|| self.by_name.get(&keys.name).map(|t| (*t, Reason::NameOnly)))
    }
}
