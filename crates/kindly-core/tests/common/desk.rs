//! A notebook on a desk in London whose clock the test moves by hand, and
//! the inputs follow-up tests share.

use std::ops::{Deref, DerefMut};
use std::path::Path;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

use chrono::{DateTime, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use kindly_core::*;

pub const LONDON: Tz = chrono_tz::Europe::London;
pub const MINUTE: Millis = 60 * 1000;
pub const HOUR: Millis = 60 * MINUTE;
pub const DAY: Millis = 24 * HOUR;

/// The instant of a London wall-clock time `YYYY-MM-DD HH:MM`.
pub fn london(text: &str) -> Millis {
    let t = NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap();
    LONDON
        .from_local_datetime(&t)
        .earliest()
        .unwrap()
        .timestamp_millis()
}

/// How an instant reads on a London clock, `YYYY-MM-DD HH:MM`.
pub fn reads(at: Millis) -> String {
    DateTime::<Utc>::from_timestamp_millis(at)
        .unwrap()
        .with_timezone(&LONDON)
        .format("%Y-%m-%d %H:%M")
        .to_string()
}

/// How a due time reads, or "done" when there is nothing left to do.
pub fn due(f: &FollowUp) -> String {
    f.due_at.map_or_else(|| "done".to_owned(), reads)
}

/// The field a validation error names.
pub fn field(err: Error) -> String {
    ErrorPayload::from(err).field.unwrap_or_default()
}

/// A notebook whose time zone is Europe/London and whose clock stands
/// still until the test moves it.
pub struct Desk {
    pub nb: Notebook,
    clock: Arc<AtomicI64>,
    /// On a team notebook, each person [`Desk::at_desk_as`] signed in as,
    /// with their address.
    logins: Vec<(String, String)>,
}

impl Desk {
    /// An in-memory notebook (a team notebook with
    /// `KINDLY_TEST_STORE=postgres`); the clock reads `now` (London time).
    pub fn new(now: &str) -> Desk {
        Desk::wrap(super::empty_notebook(), london(now))
    }

    /// A notebook at a new [`super::Place`] (a file, or a team notebook),
    /// to open again or read with a second connection; the clock reads
    /// `now` (London time).
    pub fn stored(now: &str) -> (super::Place, Desk) {
        let place = super::Place::new();
        let desk = Desk::at(&place, london(now));
        (place, desk)
    }

    /// The notebook at `place` opened (again), its clock at `now` (an
    /// instant).
    pub fn at(place: &super::Place, now: Millis) -> Desk {
        Desk::wrap(place.open(), now)
    }

    /// The notebook file at `path`, its clock at `now` (an instant).
    pub fn open(path: &Path, now: Millis) -> Desk {
        Desk::wrap(Notebook::open(path).unwrap(), now)
    }

    fn wrap(nb: Notebook, now: Millis) -> Desk {
        let clock = Arc::new(AtomicI64::new(now));
        let reading = clock.clone();
        let mut nb = nb.with_clock(Arc::new(move || reading.load(Ordering::SeqCst)));
        nb.set_phone_region("GB").unwrap();
        nb.set_time_zone("Europe/London").unwrap();
        Desk {
            nb,
            clock,
            logins: Vec::new(),
        }
    }

    /// `name` at the desk from now on, on the notebook kept at `place`
    /// (this desk's own, from [`Desk::stored`]): in a notebook file added
    /// to the staff list the first time and chosen; on a team notebook,
    /// where whoever signed in is at the desk, signed in with a login of
    /// their own (made the first time), on the same clock.
    pub fn at_desk_as(&mut self, place: &super::Place, name: &str) {
        if let super::Place::Team(url) = place {
            let signed_in = match self.logins.iter().find(|(who, _)| who == name) {
                Some((_, signed_in)) => signed_in.clone(),
                None => {
                    let signed_in = super::new_login(url, name);
                    self.logins.push((name.to_owned(), signed_in.clone()));
                    signed_in
                }
            };
            let reading = self.clock.clone();
            self.nb = Notebook::open_team(&signed_in)
                .unwrap()
                .with_clock(Arc::new(move || reading.load(Ordering::SeqCst)));
            return;
        }
        let roster = self.nb.staff_roster().unwrap();
        let id = match roster.staff.iter().find(|s| s.name == name) {
            Some(s) => s.id.clone(),
            None => {
                let roster = self.nb.add_staff(name, "").unwrap();
                let added = roster.staff.iter().find(|s| s.name == name).unwrap();
                added.id.clone()
            }
        };
        self.nb.set_at_desk(Some(&id)).unwrap();
    }

    /// Moves the clock to a London wall-clock time.
    pub fn set(&self, text: &str) {
        self.clock.store(london(text), Ordering::SeqCst);
    }

    /// Moves the clock on.
    pub fn later(&self, by: Millis) {
        self.clock.fetch_add(by, Ordering::SeqCst);
    }

    pub fn now(&self) -> Millis {
        self.clock.load(Ordering::SeqCst)
    }

    /// A customer called `preferred` for short; returns the id.
    pub fn add_customer(&mut self, full_name: &str, preferred: &str) -> String {
        self.nb
            .create_customer(&CustomerInput {
                full_name: full_name.into(),
                preferred_name: preferred.into(),
                ..Default::default()
            })
            .unwrap()
            .id
    }

    /// A customer with a birthday (year optional).
    pub fn with_birthday(
        &mut self,
        full_name: &str,
        year: Option<i32>,
        month: u8,
        day: u8,
    ) -> String {
        self.nb
            .create_customer(&CustomerInput {
                full_name: full_name.into(),
                birthday: Some(Birthday { year, month, day }),
                ..Default::default()
            })
            .unwrap()
            .id
    }

    /// The customer's follow-ups still to do.
    pub fn open_follow_ups(&self, customer_id: &str) -> Vec<FollowUp> {
        self.nb.customer_page(customer_id, &[]).unwrap().follow_ups
    }
}

impl Deref for Desk {
    type Target = Notebook;
    fn deref(&self) -> &Notebook {
        &self.nb
    }
}

impl DerefMut for Desk {
    fn deref_mut(&mut self) -> &mut Notebook {
        &mut self.nb
    }
}

/// A call back on `date` (and `time`, if given), not repeating.
pub fn call_back(customer_id: &str, date: &str, time: Option<&str>) -> FollowUpInput {
    FollowUpInput {
        customer_id: customer_id.into(),
        about_id: None,
        action: FollowUpAction::CallBack,
        date: date.into(),
        time: time.map(Into::into),
        repeat: None,
        assignee: "Ana".into(),
        note: "Ask whether the refund arrived".into(),
        staff: "Ben".into(),
    }
}

/// The same, repeating by `rule`.
pub fn repeating(customer_id: &str, date: &str, time: Option<&str>, rule: &str) -> FollowUpInput {
    FollowUpInput {
        repeat: Some(rule.into()),
        ..call_back(customer_id, date, time)
    }
}

pub fn done(staff: &str, note: &str) -> FollowUpDone {
    FollowUpDone {
        staff: staff.into(),
        note: note.into(),
    }
}
