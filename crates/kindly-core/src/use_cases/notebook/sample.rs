//! The sample notebook: a few dozen invented customers with histories, to
//! look around in before typing anyone real. Each is listed in
//! `sample_customers`, so the window marks them and [`Notebook::remove_sample`]
//! erases them all (and nothing else) in one step.
//!
//! Everything is written relative to the `now` it is given (the core never
//! reads the clock), in the caller's one transaction, and the same `now`
//! and region always give the same customers and histories.

use chrono::{Datelike, NaiveDate};
use kindly_words::say;
use phonenumber::Mode;

use crate::error::{Error, Result};
use crate::rules::fold::fold;
use crate::rules::follow_up_model::{FollowUpAction, FollowUpInput};
use crate::rules::history_model::*;
use crate::rules::model::StayInTouch;
use crate::rules::model::{
    Birthday, ContactChannel, CustomerInput, EmailInput, Millis, PhoneInput,
};
use crate::rules::phone;
use crate::rules::validate;
use crate::store::Tx;
use crate::use_cases::customers;
use crate::use_cases::history::entries::{
    add_conversation, add_issue, add_promise, move_issue_in, settle_promise_in,
};
use crate::use_cases::notebook::settings::{phone_region_in, time_ctx_in};
use crate::use_cases::notebook::staff::AT_DESK;
use crate::use_cases::notebook::Notebook;

const DAY: Millis = 24 * 60 * 60 * 1000;
const HOUR: Millis = 60 * 60 * 1000;

/// Who at our end spoke to the sample customers. They join the staff list
/// with the sample (unless someone of that name is on it already) and
/// leave with it when nothing else names them.
const STAFF: [&str; 3] = ["Maya", "Tom", "Inés"];

/// The setting listing the ids of the staff the sample added (JSON).
pub(crate) const SAMPLE_STAFF: &str = "sample_staff";

/// One invented customer.
struct Person {
    name: &'static str,
    goes_by: &'static str,
    say_it: &'static str,
    company: &'static str,
    tags: &'static [&'static str],
    likes: &'static [&'static str],
    dont: &'static [&'static str],
    notes: &'static str,
}

const fn p(name: &'static str, goes_by: &'static str, company: &'static str) -> Person {
    Person {
        name,
        goes_by,
        say_it: "",
        company,
        tags: &[],
        likes: &[],
        dont: &[],
        notes: "",
    }
}

/// The sample customers, in the order they are written. The first few
/// carry the histories the Today page and the profile show off.
const PEOPLE: [Person; 36] = [
    Person {
        tags: &["Regular"],
        likes: &["Tea, milk no sugar", "Appointments first thing"],
        dont: &["No calls before 10"],
        notes: "Deaf in the left ear: speak on her right.",
        ..p("Agnès Dubois", "Aggie", "Dubois Fleurs")
    },
    Person {
        say_it: "ho-ZAY",
        tags: &["Regular"],
        likes: &["Talks you through every detail"],
        notes: "Rides to work every day, whatever the weather.",
        ..p("José Álvarez", "Pepe", "")
    },
    Person {
        say_it: "shi-VAWN",
        likes: &["Texts rather than calls"],
        dont: &["Don't call her at work"],
        ..p("Siobhán Ní Bhriain", "", "")
    },
    Person {
        say_it: "Lan (rhymes with 'on')",
        tags: &["Regular", "VIP"],
        likes: &["Jasmine tea", "Window seat"],
        notes: "Family name first: Nguyễn is her family name.",
        ..p("Nguyễn Thị Lan", "Lan", "Lotus Nails")
    },
    Person {
        likes: &["Email with a summary after each visit"],
        notes: "Moved across town last spring; still comes in.",
        ..p("Zoë Kowalczyk", "", "")
    },
    Person {
        say_it: "byurn",
        dont: &["Please don't send paper invoices"],
        ..p("Björn Lindqvist", "", "Nordlys Design")
    },
    Person {
        tags: &["New"],
        likes: &["Saturday mornings"],
        ..p("Amara Okafor", "", "")
    },
    Person {
        tags: &["Trade"],
        dont: &["Don't discuss prices in front of clients"],
        ..p("Rajesh Iyer", "Raj", "Iyer & Sons Builders")
    },
    Person {
        likes: &["French or English, either is fine"],
        ..p("Fatima Zahra Benali", "Fatima", "")
    },
    Person {
        say_it: "ma-TAY-oosh",
        ..p("Mateus Gonçalves", "", "Gonçalves Transportes")
    },
    Person {
        likes: &["Quick texts to confirm"],
        ..p("Chloé Martin", "", "")
    },
    Person {
        dont: &["Don't shorten his name"],
        notes: "Brings his daughter's bike in too.",
        ..p("Hiroshi Tanaka", "", "")
    },
    Person {
        tags: &["Regular"],
        ..p("Ingrid Solberg", "", "")
    },
    Person {
        say_it: "KWAH-meh",
        likes: &["Calls at lunchtime"],
        ..p("Kwame Mensah", "", "Mensah Catering")
    },
    p("Léa Fontaine", "", ""),
    Person {
        dont: &["No marketing emails"],
        ..p("Dmitri Volkov", "Dima", "")
    },
    Person {
        likes: &["Female staff member if possible"],
        ..p("Aisha Rahman", "", "")
    },
    Person {
        say_it: "shawn",
        tags: &["Regular"],
        notes: "Supports the local football club: ask about the weekend.",
        ..p("Seán O'Connor", "", "")
    },
    p("María José Herrera", "Majo", "Café Herrera"),
    Person {
        say_it: "shay-OON",
        ..p("Oluwaseun Adeyemi", "Seun", "")
    },
    Person {
        likes: &["WhatsApp messages"],
        ..p("Elif Yılmaz", "", "")
    },
    p("Tomasz Wiśniewski", "Tomek", "Wiśniewski Plumbing"),
    Person {
        tags: &["VIP"],
        likes: &["Detailed written quotes"],
        ..p("Priya Natarajan", "", "Natarajan Accountancy")
    },
    p("Giulia Romano", "", ""),
    Person {
        dont: &["Don't call after 6 pm: small children"],
        ..p("Hannah Schäfer", "", "")
    },
    p("Mohammed Al-Sayed", "Mo", ""),
    Person {
        say_it: "KEE-ree",
        ..p("Kiri Walker", "", "")
    },
    Person {
        tags: &["Regular"],
        likes: &["Spanish if she sounds unsure"],
        ..p("Esperanza Ruiz", "", "")
    },
    Person {
        notes: "Family name Chen, given name Wei.",
        ..p("Chen Wei", "", "Golden Lantern")
    },
    p("Noémie Gagnon", "", ""),
    Person {
        tags: &["Trade"],
        ..p("Jamal Carter", "", "Carter Electrical")
    },
    p("Rosa Ferreira", "", ""),
    p("Mikael Andersson", "", ""),
    Person {
        likes: &["Early appointments before work"],
        ..p("Yasmin Haddad", "", "")
    },
    Person {
        say_it: "OH-la-vur",
        ..p("Ólafur Jónsson", "", "")
    },
    p("Grace Nakamura-Bell", "", ""),
];

/// Everyday conversations, given out in turn: (kind, what was said, mood).
const TALKS: [(Channel, &str, Option<Mood>); 10] = [
    (
        Channel::CallIn,
        "Asked about opening hours over the holidays",
        None,
    ),
    (
        Channel::Visit,
        "Came in to collect the order; very happy with it",
        Some(Mood::Pleased),
    ),
    (
        Channel::Email,
        "Sent the invoice details for their records",
        None,
    ),
    (
        Channel::CallOut,
        "Called to confirm Thursday's appointment",
        Some(Mood::Neutral),
    ),
    (
        Channel::Message,
        "Texted a photo of the finished job",
        Some(Mood::Delighted),
    ),
    (
        Channel::Visit,
        "Dropped by for advice; recommended the cheaper option",
        Some(Mood::Pleased),
    ),
    (
        Channel::CallIn,
        "Wanted to know if the price includes fitting",
        None,
    ),
    (
        Channel::Note,
        "Mentioned a friend may come in next month",
        None,
    ),
    (Channel::CallOut, "Left a voicemail about the quote", None),
    (
        Channel::Visit,
        "Booked the next visit at the counter",
        Some(Mood::Neutral),
    ),
];

/// A sample number in `region`: libphonenumber's example mobile number for
/// it with its last two digits set to `n` (in the US, 201-555-01nn, a range
/// kept for fiction), as the region writes numbers at home.
fn number(region: &str, n: usize) -> Option<String> {
    let id = phone::parse_region(region)?;
    let meta = phonenumber::metadata::DATABASE.by_id(region)?;
    let example = meta.descriptors().mobile()?.example()?;
    let keep = example.len().checked_sub(2)?;
    let digits = format!("{}{:02}", &example[..keep], n % 100);
    let parsed = phonenumber::parse(Some(id), format!("+{} {digits}", meta.country_code())).ok()?;
    Some(parsed.format().mode(Mode::National).to_string())
}

/// An address at example.com, a domain kept for examples.
fn email(name: &str) -> String {
    let folded = fold(name);
    let local: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    format!("{}@example.com", local.join("."))
}

/// Writes the sample customers and their histories as of `now`, in `tx`.
/// Refused while a sample is already there.
pub(crate) fn write_sample(tx: &mut dyn Tx, now: Millis) -> Result<u32> {
    if tx.sample_count()? > 0 {
        return Err(Error::invalid(
            "sample",
            say("validate-sample-customers-are-already"),
        ));
    }
    let region = phone_region_in(tx)?;
    let ctx = time_ctx_in(tx)?;
    let today = ctx.day(now);
    let mut ids = Vec::with_capacity(PEOPLE.len());
    for (i, person) in PEOPLE.iter().enumerate() {
        let input = profile(i, person, &region, today);
        let valid = validate::customer(&input, &region)?;
        // Added now (their birthday reminders start from today), with a
        // history from before.
        let (id, pk) = customers::insert(tx, &valid, now, customers::Words::Now)?;
        tx.add_to_sample(pk)?;
        ids.push(id);
    }
    for (i, id) in ids.iter().enumerate() {
        everyday_talks(tx, i, id, now)?;
    }
    stories(tx, &ids, now, today)?;
    // What fell due before the sample existed (a call-back due this
    // morning) is on Today, but nobody was meant to be reminded of it.
    tx.settle_sample_reminders(now)?;
    add_staff(tx, now)?;
    Ok(ids.len() as u32)
}

/// Puts the sample's staff on the staff list (those not on it already)
/// and remembers which ones it added.
fn add_staff(tx: &mut dyn Tx, now: Millis) -> Result<()> {
    let on_list: Vec<String> = tx.staff()?.iter().map(|s| fold(&s.name)).collect();
    let mut added = Vec::new();
    for name in STAFF {
        if on_list.contains(&fold(name)) {
            continue;
        }
        let member = StaffMember {
            id: uuid::Uuid::now_v7().to_string(),
            name: name.to_owned(),
            initials: name.chars().take(1).collect(),
        };
        tx.insert_staff(&member, now)?;
        added.push(member.id);
    }
    let list = serde_json::to_string(&added).map_err(Error::unreadable_record)?;
    tx.set_setting(SAMPLE_STAFF, &list)
}

/// Takes the staff the sample added off the list again, once the sample's
/// customers are gone, unless something else names them or they are at
/// the desk.
fn remove_staff(tx: &mut dyn Tx) -> Result<()> {
    let ids: Vec<String> = tx
        .setting(SAMPLE_STAFF)?
        .and_then(|l| serde_json::from_str(&l).ok())
        .unwrap_or_default();
    if !ids.is_empty() {
        let at_desk = tx.setting(AT_DESK)?;
        for id in ids {
            if at_desk.as_deref() == Some(id.as_str()) {
                continue;
            }
            if let Some(name) = tx.staff_name(&id)? {
                if !tx.staff_named(&name)? {
                    tx.delete_staff(&id)?;
                }
            }
        }
    }
    tx.clear_setting(SAMPLE_STAFF, None)?;
    Ok(())
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

fn profile(i: usize, person: &Person, region: &str, today: NaiveDate) -> CustomerInput {
    let phones = number(region, 10 + i)
        .map(|number| PhoneInput {
            label: if i % 4 == 3 { "work" } else { "mobile" }.into(),
            number,
            primary: true,
        })
        .into_iter()
        .collect();
    let emails = if i.is_multiple_of(2) {
        vec![EmailInput {
            label: "home".into(),
            address: email(person.name),
            primary: true,
        }]
    } else {
        Vec::new()
    };
    // Lan's birthday is in four days, Chen Wei's in twelve: both on Today
    // or soon after; a few others spread through the year.
    let birthday = match i {
        3 => Some(on(today, 4, Some(1984))),
        28 => Some(on(today, 12, None)),
        _ if i.is_multiple_of(5) => Some(on(today, 40 + 23 * i as u64, Some(1950 + i as i32))),
        _ => None,
    };
    CustomerInput {
        full_name: person.name.into(),
        preferred_name: person.goes_by.into(),
        pronunciation: person.say_it.into(),
        company: person.company.into(),
        phones,
        emails,
        birthday,
        contact_channel: match i % 3 {
            0 => ContactChannel::Phone,
            1 => ContactChannel::NoPreference,
            _ => ContactChannel::TextMessage,
        },
        dont: strings(person.dont),
        preferences: strings(person.likes),
        tags: strings(person.tags),
        notes: person.notes.into(),
        looked_after_by: STAFF[i % 2].into(),
        // Zoë is meant to hear from us monthly, and has not for two months.
        stay_in_touch: (i == 4).then_some(StayInTouch {
            ideal_days: 30,
            longest_days: 45,
        }),
        ..Default::default()
    }
}

/// The month and day `days` after `today` (29 February becomes 1 March).
fn on(today: NaiveDate, days: u64, year: Option<i32>) -> Birthday {
    let day = today
        .checked_add_days(chrono::Days::new(days))
        .unwrap_or(today);
    let (month, day) = if (day.month(), day.day()) == (2, 29) {
        (3, 1)
    } else {
        (day.month(), day.day())
    };
    Birthday {
        year,
        month: month as u8,
        day: day as u8,
    }
}

fn talk(
    tx: &mut dyn Tx,
    id: &str,
    at: Millis,
    (channel, summary, mood): (Channel, &str, Option<Mood>),
    staff: &str,
    issue_id: Option<&str>,
) -> Result<String> {
    let input = ConversationInput {
        customer_id: id.to_owned(),
        channel,
        happened_at: Some(at),
        staff: staff.to_owned(),
        summary: summary.to_owned(),
        mood,
        issue_id: issue_id.map(str::to_owned),
        follow_up: None,
    };
    add_conversation(tx, &input, at)
}

/// One to three ordinary conversations each, over the past months (Zoë's
/// only two months ago, so she is drifting out of touch).
fn everyday_talks(tx: &mut dyn Tx, i: usize, id: &str, now: Millis) -> Result<()> {
    let count = 1 + i % 3;
    for k in 0..count {
        let days = if i == 4 {
            60 + 20 * k as Millis
        } else {
            3 + ((i * 7 + k * 19) % 80) as Millis
        };
        let at = now - days * DAY - (i as Millis % 6) * HOUR;
        talk(
            tx,
            id,
            at,
            TALKS[(i + k * 3) % TALKS.len()],
            STAFF[(i + k) % 3],
            None,
        )?;
    }
    Ok(())
}

fn follow_up(
    tx: &mut dyn Tx,
    id: &str,
    action: FollowUpAction,
    date: NaiveDate,
    note: &str,
    about: Option<&str>,
    at: Millis,
) -> Result<()> {
    let input = FollowUpInput {
        customer_id: id.to_owned(),
        about_id: about.map(str::to_owned),
        action,
        date: date.format("%Y-%m-%d").to_string(),
        time: None,
        repeat: None,
        assignee: STAFF[0].to_owned(),
        note: note.to_owned(),
        staff: STAFF[1].to_owned(),
    };
    crate::use_cases::follow_ups::add(tx, &input, at)?;
    Ok(())
}

fn day(today: NaiveDate, offset: i64) -> NaiveDate {
    today
        .checked_add_signed(chrono::Duration::days(offset))
        .unwrap_or(today)
}

/// The histories worth looking at: an open issue with a promise and a
/// call-back today, a resolved one with a kept promise and a card to send,
/// another call-back today, an overdue promise and a check-in next week.
fn stories(tx: &mut dyn Tx, ids: &[String], now: Millis, today: NaiveDate) -> Result<()> {
    // Agnès: charged twice, upset; in progress, refund promised.
    let opened = now - 2 * DAY;
    let charge = add_issue(
        tx,
        &IssueInput {
            customer_id: ids[0].clone(),
            title: "Charged twice for one order".into(),
            own_words: "You took the money twice and nobody has called me back.".into(),
            root_cause: "The card machine retried after a timeout.".into(),
            categories: vec!["Billing".into()],
            handler: STAFF[0].into(),
            mood_at_start: Some(Mood::Upset),
            staff: STAFF[1].into(),
        },
        opened,
    )?;
    talk(
        tx,
        &ids[0],
        opened,
        (
            Channel::CallIn,
            "Rang about the double charge; repeated it back and apologised",
            Some(Mood::Upset),
        ),
        STAFF[1],
        Some(&charge),
    )?;
    let move_to = |to, note: &str| IssueMove {
        to,
        staff: STAFF[0].into(),
        note: note.into(),
        waiting_on: None,
        mood: None,
        check_in: None,
    };
    move_issue_in(
        tx,
        &charge,
        &move_to(
            IssueState::InProgress,
            "Asked the bank to reverse the second charge.",
        ),
        now - DAY,
    )?;
    add_promise(
        tx,
        &PromiseInput {
            customer_id: ids[0].clone(),
            issue_id: Some(charge.clone()),
            what: "Refund the second charge and call her when it is through".into(),
            due_at: now + 3 * DAY,
            promised_by: STAFF[0].into(),
        },
        now - DAY,
    )?;
    follow_up(
        tx,
        &ids[0],
        FollowUpAction::CallBack,
        today,
        "Tell her where the refund is up to.",
        Some(&charge),
        now - DAY,
    )?;

    // José: squeaky brakes, put right; the promise kept; a thank-you card.
    let opened = now - 20 * DAY;
    let brakes = add_issue(
        tx,
        &IssueInput {
            customer_id: ids[1].clone(),
            title: "Brakes squeal after the service".into(),
            own_words: "I paid for a service and now it sounds worse than before.".into(),
            root_cause: "Pads were glazed; we had fitted the old ones back.".into(),
            categories: vec!["Repairs".into()],
            handler: STAFF[1].into(),
            mood_at_start: Some(Mood::Worried),
            staff: STAFF[1].into(),
        },
        opened,
    )?;
    let part = add_promise(
        tx,
        &PromiseInput {
            customer_id: ids[1].clone(),
            issue_id: Some(brakes.clone()),
            what: "Call him the day the new pads arrive".into(),
            due_at: now - 17 * DAY,
            promised_by: STAFF[1].into(),
        },
        opened,
    )?;
    let kept = PromiseOutcome::Kept {
        staff: STAFF[1].into(),
        note: "Rang him the morning they came in.".into(),
    };
    settle_promise_in(tx, &part, &kept, now - 18 * DAY)?;
    let mut resolved = move_to(
        IssueState::Resolved,
        "Fitted new pads free of charge and test-rode it with him.",
    );
    resolved.staff = STAFF[1].into();
    resolved.mood = Some(Mood::Delighted);
    move_issue_in(tx, &brakes, &resolved, now - 16 * DAY)?;
    talk(
        tx,
        &ids[1],
        now - 16 * DAY,
        (
            Channel::Visit,
            "Collected the bike; thanked us for sorting it so quickly",
            Some(Mood::Delighted),
        ),
        STAFF[1],
        Some(&brakes),
    )?;
    follow_up(
        tx,
        &ids[1],
        FollowUpAction::SendCard,
        day(today, 7),
        "Handwritten thank-you for his patience.",
        Some(&brakes),
        now - 16 * DAY,
    )?;

    // Siobhán: a call-back due today (nothing in the sample is late: a
    // follow-up from before the sample existed would read as missed).
    follow_up(
        tx,
        &ids[2],
        FollowUpAction::CallBack,
        today,
        "Ring back about the quote she asked for.",
        None,
        now - 6 * DAY,
    )?;

    // Björn: a promised invoice copy, due yesterday and not sent.
    add_promise(
        tx,
        &PromiseInput {
            customer_id: ids[5].clone(),
            issue_id: None,
            what: "Email a copy of last month's invoice".into(),
            due_at: now - DAY,
            promised_by: STAFF[2].into(),
        },
        now - 4 * DAY,
    )?;

    // Amara, new: a check-in next week after her first visit.
    follow_up(
        tx,
        &ids[6],
        FollowUpAction::CheckIn,
        day(today, 7),
        "See how she is getting on after her first visit.",
        None,
        now - 2 * DAY,
    )?;
    Ok(())
}

impl Notebook {
    /// Fills the notebook with the sample customers and their histories, in
    /// one transaction; returns how many were written. Refused while a
    /// sample is already there.
    pub fn add_sample(&mut self) -> Result<u32> {
        let now = self.now();
        let mut tx = self.write()?;
        let count = write_sample(&mut *tx, now)?;
        tx.commit()?;
        Ok(count)
    }

    /// How many sample customers the notebook holds (in Trash too).
    pub fn sample_count(&self) -> Result<u32> {
        self.read()?.sample_count()
    }

    /// Erases every sample customer and everything about them for good,
    /// in one transaction, the way [`Notebook::forget_customer`] does;
    /// customers typed or imported are left as they are. Returns how many
    /// were erased.
    pub fn remove_sample(&mut self) -> Result<u32> {
        self.forgetting(|tx| {
            let pks = tx.sample_customer_pks()?;
            for &pk in &pks {
                crate::use_cases::notebook::forget::erase(tx, pk)?;
            }
            remove_staff(tx)?;
            Ok(pks.len() as u32)
        })
    }
}
