//! Deciding whether two profiles are the same person, for importing and for
//! listing likely duplicates.
//!
//! Two profiles match when they share a phone number (compared in E.164
//! form, or by its digits when it has none), or an email address (ignoring
//! case), and their names are [`names_compatible`]; or when they have the
//! same name (folded: case, accents and punctuation ignored) together with
//! one more detail: the company, the address or the birthday. A shared name
//! alone is weaker ([`Reason::NameOnly`]): callers only act on it when
//! nothing would change. A name that folds to nothing ("-", "😀") is
//! matched by its exact text.
//!
//! A shared phone or email with a clearly different name (a family's
//! landline, a shop's front desk) is not a match: [`Found::shares`] names
//! it so the import can say so, and the pair is left for a person to
//! decide in Possible duplicates.

use kindly_words::{args, say, say_with};
use std::hash::Hash;

use foldhash::HashMap;

use crate::rules::fold::fold;
use crate::rules::model::CustomerInput;
use crate::rules::phone::{self, Reading};

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
            Reason::Phone(number) => {
                say_with("import-same-phone", &args! { "number" => number.as_str() })
            }
            Reason::Email(address) => say_with(
                "import-same-email",
                &args! { "address" => address.as_str() },
            ),
            Reason::NameAndDetail => say("import-same-name-and-detail"),
            Reason::NameOnly => say("import-same-name"),
        }
    }
}

/// The keys a profile is matched by.
#[derive(Debug, Clone, Default)]
pub(crate) struct Keys {
    /// `(key, as typed)` for each phone: its E.164 form, or `#` and its
    /// digits when it is not valid for the region.
    phones: Vec<(String, String)>,
    /// Lower-cased addresses.
    emails: Vec<String>,
    /// The folded full name, or `=` and the trimmed name as typed when
    /// folding leaves nothing.
    name: String,
    /// The full name as typed (trimmed; a live customer's as stored), for
    /// [`names_compatible`].
    full_name: String,
    /// Folded company, address and birthday, each tagged by what it is.
    details: Vec<String>,
}

/// The key a phone is matched by (see [`Keys::phones`]); `None` when it is
/// not a phone number.
fn phone_key(number: &str, e164: Option<&str>, region: &str) -> Option<String> {
    if let Some(e164) = e164.filter(|e| !e.is_empty()) {
        return Some(e164.to_owned());
    }
    match phone::read(number, region) {
        Reading::Number(e164) => Some(e164),
        Reading::CheckCountry => Some(format!("#{}", phone::digits(number))),
        Reading::NotAPhone => None,
    }
}

/// The key a name is matched by (see [`Keys::name`]).
fn name_key(full_name: &str, folded: String) -> String {
    if folded.is_empty() {
        let typed = full_name.trim();
        if typed.is_empty() {
            String::new()
        } else {
            format!("={typed}")
        }
    } else {
        folded
    }
}

impl Keys {
    /// The keys of a profile; phones without a country code are read as
    /// numbers of `region`.
    pub(crate) fn of(input: &CustomerInput, region: &str) -> Keys {
        let mut keys = Keys {
            phones: input
                .phones
                .iter()
                .filter_map(|p| phone_key(&p.number, None, region).map(|k| (k, p.number.clone())))
                .collect(),
            emails: input
                .emails
                .iter()
                .map(|e| e.address.to_lowercase())
                .collect(),
            name: name_key(&input.full_name, fold(&input.full_name)),
            full_name: input.full_name.trim().to_owned(),
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

/// Whether two names can be the same person's: the same name, one
/// contained in the other ("Ann" and "Ann Lee"), initials ("A. Lee"), a
/// shortened name ("Chris", "Christopher") or a common nickname ("Bob",
/// "Robert"). Every word of the shorter name must stand for a different
/// word of the longer one. Names that fold to nothing ("-", "😀") are
/// compatible only with exactly the same text.
pub(crate) fn names_compatible(a: &str, b: &str) -> bool {
    let (fa, fb) = (fold(a), fold(b));
    if fa.is_empty() || fb.is_empty() {
        return a.trim() == b.trim();
    }
    let (wa, wb): (Vec<&str>, Vec<&str>) = (fa.split(' ').collect(), fb.split(' ').collect());
    let (short, long) = if wa.len() <= wb.len() {
        (wa, wb)
    } else {
        (wb, wa)
    };
    let mut used = vec![false; long.len()];
    short.iter().all(|w| {
        let found = (0..long.len()).find(|&i| !used[i] && words_compatible(w, long[i]));
        found.map(|i| used[i] = true).is_some()
    })
}

/// Common nicknames and the names they stand for (folded), where one is
/// not simply the start of the other.
const NICKNAMES: &[(&str, &str)] = &[
    ("andy", "andrew"),
    ("beth", "elizabeth"),
    ("betty", "elizabeth"),
    ("bill", "william"),
    ("billy", "william"),
    ("bob", "robert"),
    ("bobby", "robert"),
    ("charlie", "charles"),
    ("chuck", "charles"),
    ("dave", "david"),
    ("dick", "richard"),
    ("harry", "henry"),
    ("jack", "john"),
    ("jenny", "jennifer"),
    ("jim", "james"),
    ("jimmy", "james"),
    ("joe", "joseph"),
    ("johnny", "john"),
    ("kate", "catherine"),
    ("kate", "katherine"),
    ("katie", "katherine"),
    ("liam", "william"),
    ("liz", "elizabeth"),
    ("maggie", "margaret"),
    ("meg", "margaret"),
    ("mike", "michael"),
    ("nick", "nicholas"),
    ("peggy", "margaret"),
    ("rick", "richard"),
    ("steve", "stephen"),
    ("steve", "steven"),
    ("sue", "susan"),
    ("ted", "edward"),
    ("tom", "thomas"),
    ("tony", "anthony"),
];

/// Two folded words that can name the same person (see [`names_compatible`]).
fn words_compatible(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short == long
        || (short.chars().count() == 1 && long.starts_with(short))
        || (short.chars().count() >= 3 && long.starts_with(short))
        || NICKNAMES
            .iter()
            .any(|&(n, full)| (n, full) == (a, b) || (n, full) == (b, a))
}

/// What a profile was found to match: candidates, strongest first, and the
/// first profile that shares a phone or email but has a different name.
pub(crate) struct Found<T> {
    pub(crate) candidates: Vec<(T, Reason)>,
    /// `(profile, "phone"/"email")` of a profile that shares a way to
    /// reach them but not a compatible name.
    pub(crate) shares: Option<(T, &'static str)>,
}

/// What the matcher needs of the notebook's live customers (not in
/// Trash), as the store reads them: each list ordered by customer, and a
/// customer's phones and emails in their order on the profile.
#[derive(Debug, Clone, Default)]
pub(crate) struct LiveProfiles {
    pub(crate) customers: Vec<LiveCustomer>,
    pub(crate) phones: Vec<LivePhone>,
    pub(crate) emails: Vec<LiveEmail>,
}

/// A live customer's name and details.
#[derive(Debug, Clone)]
pub(crate) struct LiveCustomer {
    pub(crate) pk: i64,
    pub(crate) full_name: String,
    /// The full name folded, as stored beside it.
    pub(crate) full_key: String,
    pub(crate) company: String,
    pub(crate) address: String,
    /// `(month, day)`, when both are known.
    pub(crate) birthday: Option<(u8, u8)>,
}

/// One phone of a live customer.
#[derive(Debug, Clone)]
pub(crate) struct LivePhone {
    pub(crate) customer_pk: i64,
    /// As typed.
    pub(crate) number: String,
    /// Its E.164 form as stored (empty when it has none).
    pub(crate) e164: String,
}

/// One email of a live customer.
#[derive(Debug, Clone)]
pub(crate) struct LiveEmail {
    pub(crate) customer_pk: i64,
    /// Lower-cased.
    pub(crate) address: String,
}

/// Profiles of type `T` (a customer's key, or a row to be created) found by
/// their [`Keys`]. Every profile holding a key is kept, first claimed
/// first.
pub(crate) struct Matcher<T> {
    by_phone: HashMap<String, Vec<T>>,
    by_email: HashMap<String, Vec<T>>,
    by_name: HashMap<String, Vec<T>>,
    /// Keyed by [`name_and_detail`].
    by_name_and_detail: HashMap<String, Vec<T>>,
    /// Each profile's full name as typed.
    names: HashMap<T, String>,
}

/// One key for a name together with one detail (a detail never holds
/// U+001F, which folding removes with the rest of the punctuation).
fn name_and_detail(name: &str, detail: &str) -> String {
    format!("{name}\u{1f}{detail}")
}

/// Adds `target` to the profiles holding `key`, once.
fn claim<T: Copy + Eq>(map: &mut HashMap<String, Vec<T>>, key: &str, target: T) {
    match map.get_mut(key) {
        Some(list) => {
            if !list.contains(&target) {
                list.push(target);
            }
        }
        None => {
            map.insert(key.to_owned(), vec![target]);
        }
    }
}

/// The most profiles looked at for one key: more people than this sharing
/// one number are a switchboard, not a household.
const MAX_PER_KEY: usize = 16;

impl<T: Copy + Eq + Hash> Matcher<T> {
    pub(crate) fn new() -> Self {
        Matcher {
            by_phone: HashMap::default(),
            by_email: HashMap::default(),
            by_name: HashMap::default(),
            by_name_and_detail: HashMap::default(),
            names: HashMap::default(),
        }
    }

    /// The matcher of the notebook's live customers, keyed by their primary
    /// key, built from what the store read of them ([`LiveProfiles`]).
    pub(crate) fn live_customers(live: LiveProfiles, region: &str) -> Matcher<i64> {
        let mut m = Matcher::new();
        for c in live.customers {
            // The name as stored, untrimmed: `name_of` gives it as the
            // notebook holds it, and names_compatible ignores the edges.
            let mut keys = Keys {
                name: name_key(&c.full_name, c.full_key),
                full_name: c.full_name,
                ..Keys::default()
            };
            keys.add_details(&c.company, &c.address, c.birthday);
            m.insert(&keys, c.pk);
        }
        for p in live.phones {
            if let Some(key) = phone_key(&p.number, Some(&p.e164), region) {
                claim(&mut m.by_phone, &key, p.customer_pk);
            }
        }
        for e in live.emails {
            claim(&mut m.by_email, &e.address, e.customer_pk);
        }
        m
    }

    /// Makes `target` findable by every key in `keys`.
    pub(crate) fn insert(&mut self, keys: &Keys, target: T) {
        self.names
            .entry(target)
            .or_insert_with(|| keys.full_name.clone());
        for (key, _) in &keys.phones {
            claim(&mut self.by_phone, key, target);
        }
        for email in &keys.emails {
            claim(&mut self.by_email, email, target);
        }
        if keys.name.is_empty() {
            return;
        }
        for detail in &keys.details {
            claim(
                &mut self.by_name_and_detail,
                &name_and_detail(&keys.name, detail),
                target,
            );
        }
        claim(&mut self.by_name, &keys.name, target);
    }

    /// The profiles `keys` may belong to, strongest reason first.
    pub(crate) fn find(&self, keys: &Keys) -> Found<T> {
        let mut found = Found {
            candidates: Vec::new(),
            shares: None,
        };
        let add = |found: &mut Found<T>, t: T, reason: Reason| {
            if !found.candidates.iter().any(|(c, _)| *c == t) {
                found.candidates.push((t, reason));
            }
        };
        for (key, typed) in &keys.phones {
            for &t in self
                .by_phone
                .get(key)
                .into_iter()
                .flatten()
                .take(MAX_PER_KEY)
            {
                if self.compatible(t, keys) {
                    add(&mut found, t, Reason::Phone(typed.clone()));
                } else if found.shares.is_none() {
                    found.shares = Some((t, "phone"));
                }
            }
        }
        for email in &keys.emails {
            for &t in self
                .by_email
                .get(email)
                .into_iter()
                .flatten()
                .take(MAX_PER_KEY)
            {
                if self.compatible(t, keys) {
                    add(&mut found, t, Reason::Email(email.clone()));
                } else if found.shares.is_none() {
                    found.shares = Some((t, "email"));
                }
            }
        }
        if keys.name.is_empty() {
            return found;
        }
        for detail in &keys.details {
            let key = name_and_detail(&keys.name, detail);
            for &t in self
                .by_name_and_detail
                .get(&key)
                .into_iter()
                .flatten()
                .take(MAX_PER_KEY)
            {
                add(&mut found, t, Reason::NameAndDetail);
            }
        }
        for &t in self
            .by_name
            .get(&keys.name)
            .into_iter()
            .flatten()
            .take(MAX_PER_KEY)
        {
            add(&mut found, t, Reason::NameOnly);
        }
        found
    }

    /// The full name `target` was first inserted with: for a live customer,
    /// exactly as the notebook holds it.
    pub(crate) fn name_of(&self, target: T) -> Option<&str> {
        self.names.get(&target).map(String::as_str)
    }

    fn compatible(&self, target: T, keys: &Keys) -> bool {
        self.names
            .get(&target)
            .is_none_or(|name| names_compatible(name, &keys.full_name))
    }
}

#[cfg(test)]
mod tests {
    use super::names_compatible;

    #[test]
    fn the_same_person_written_differently_is_compatible() {
        for (a, b) in [
            ("Ann Lee", "Ann Lee"),
            ("Ann Lee", "ann lee"),
            ("Ann Lee", "Lee, Ann"),
            ("Ann Lee", "Ann"),
            ("Ann Lee", "Ann Marie Lee"),
            ("Ann Lee", "A. Lee"),
            ("Christopher Lee", "Chris Lee"),
            ("Robert Lee", "Bob Lee"),
            ("José Núñez", "Jose Nunez"),
            ("-", "-"),
        ] {
            assert!(names_compatible(a, b), "{a} / {b}");
            assert!(names_compatible(b, a), "{b} / {a}");
        }
    }

    #[test]
    fn clearly_different_people_are_not() {
        for (a, b) in [
            ("Ann Lee", "Bob Lee"),
            ("Ann Lee", "Ann Smith"),
            ("Ann Lee", "The Lee family"),
            ("Ann Lee", "-"),
            ("-", "😀"),
            ("A. Lee", "B. Lee"),
            ("Al Lee", "Alice Lee"),
        ] {
            assert!(!names_compatible(a, b), "{a} / {b}");
            assert!(!names_compatible(b, a), "{b} / {a}");
        }
    }
}
