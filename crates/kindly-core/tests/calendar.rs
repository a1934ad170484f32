//! Calendar export: what a calendar app sees when it imports Kindly's
//! `.ics` file, read back with an independent parser (`ical`) and repeat
//! rules expanded with `rrule`.

mod common;

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime};
use common::desk::*;
use ical::parser::ical::component::IcalEvent;
use kindly_core::schedule::{birthday_in, BIRTHDAY_LEAD_DAYS};
use kindly_core::*;
use rstest::rstest;

const TUESDAY_NOON: &str = "2027-06-08 12:00";

/// The one calendar in an export, parsed.
fn events(ics: &str) -> Vec<IcalEvent> {
    let mut calendars = ical::IcalParser::new(ics.as_bytes());
    let calendar = calendars.next().expect("a calendar").expect("parses");
    assert!(calendars.next().is_none(), "one calendar");
    let version = calendar.properties.iter().find(|p| p.name == "VERSION");
    assert_eq!(version.and_then(|p| p.value.as_deref()), Some("2.0"));
    calendar.events
}

fn export(d: &Desk) -> Vec<IcalEvent> {
    events(&d.export_calendar().unwrap())
}

/// The raw value of a property the event must have.
fn value(e: &IcalEvent, name: &str) -> String {
    e.properties
        .iter()
        .find(|p| p.name == name)
        .and_then(|p| p.value.clone())
        .unwrap_or_else(|| panic!("no {name} in {e:?}"))
}

fn has(e: &IcalEvent, name: &str) -> bool {
    e.properties.iter().any(|p| p.name == name)
}

fn is_all_day(e: &IcalEvent) -> bool {
    let start = e.properties.iter().find(|p| p.name == "DTSTART").unwrap();
    start
        .params
        .iter()
        .flatten()
        .any(|(k, v)| k == "VALUE" && v == &["DATE"])
}

/// TEXT as RFC 5545 §3.3.11 defines it, escapes undone.
fn unescape(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => panic!("dangling backslash in {text:?}"),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// `raw` is TEXT as RFC 5545 writes it: no bare comma or semicolon (a
/// strict reader would split the value there).
fn assert_escaped(raw: &str) {
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                chars.next();
            }
            ',' | ';' => panic!("unescaped {c:?} in {raw:?}"),
            _ => {}
        }
    }
}

/// The event of the follow-up `id`.
fn event_of<'a>(events: &'a [IcalEvent], id: &str) -> &'a IcalEvent {
    events
        .iter()
        .find(|e| value(e, "UID").contains(id))
        .unwrap_or_else(|| panic!("no event for {id}"))
}

/// The first `n` occurrences a calendar app computes from the event's
/// DTSTART and RRULE, as floating `YYYY-MM-DD HH:MM` (all of them when the
/// rule ends sooner).
fn expand(e: &IcalEvent, n: u16) -> Vec<String> {
    let start = value(e, "DTSTART");
    let start = if start.len() == 8 {
        format!("{start}T000000")
    } else {
        start
    };
    assert!(!start.ends_with('Z'), "floating time expected: {start}");
    let text = format!("DTSTART:{start}Z\nRRULE:{}", value(e, "RRULE"));
    let set: rrule::RRuleSet = text.parse().unwrap();
    set.all(n)
        .dates
        .iter()
        .map(|t| t.naive_utc().format("%Y-%m-%d %H:%M").to_string())
        .collect()
}

fn rosie() -> (Desk, String) {
    let mut d = Desk::new(TUESDAY_NOON);
    let c = d.add_customer("Rose Tanaka", "Rosie");
    (d, c)
}

#[test]
fn every_open_follow_up_is_one_event() {
    let (mut d, c) = rosie();
    let timed = d
        .add_follow_up(&call_back(&c, "2027-06-10", Some("14:30")))
        .unwrap();
    let day_only = d.add_follow_up(&call_back(&c, "2027-06-11", None)).unwrap();
    let weekly = d
        .add_follow_up(&repeating(&c, "2027-06-09", Some("10:00"), "FREQ=WEEKLY"))
        .unwrap();
    let finished = d.add_follow_up(&call_back(&c, "2027-06-09", None)).unwrap();
    let version = d.follow_up(&finished.id).unwrap().version;
    d.complete_follow_up(&finished.id, version, &done("Ana", "Rang her"))
        .unwrap();
    let binned = d.add_follow_up(&call_back(&c, "2027-06-09", None)).unwrap();
    d.trash_entry(&binned.id).unwrap();
    let gone = d.add_customer("Sam Okafor", "Sam");
    d.add_follow_up(&call_back(&gone, "2027-06-09", None))
        .unwrap();
    d.trash_customer(&gone).unwrap();

    let events = export(&d);
    assert_eq!(
        events.len(),
        3,
        "done, trashed and trashed customers' are left out"
    );
    let mut uids: Vec<String> = events.iter().map(|e| value(e, "UID")).collect();
    uids.sort();
    uids.dedup();
    assert_eq!(uids.len(), 3);
    for e in &events {
        assert_eq!(value(e, "DTSTAMP"), "20270608T110000Z");
        assert_eq!(unescape(&value(e, "SUMMARY")), "Call back Rosie");
        assert_eq!(
            unescape(&value(e, "DESCRIPTION")),
            "Ask whether the refund arrived"
        );
    }

    let t = event_of(&events, &timed.id);
    assert_eq!(
        value(t, "DTSTART"),
        "20270610T143000",
        "London wall time, floating"
    );
    assert!(!is_all_day(t));
    assert!(!has(t, "RRULE"));

    let a = event_of(&events, &day_only.id);
    assert!(is_all_day(a));
    assert_eq!(value(a, "DTSTART"), "20270611");

    let w = event_of(&events, &weekly.id);
    assert_eq!(value(w, "DTSTART"), "20270609T100000");
    assert_eq!(value(w, "RRULE"), "FREQ=WEEKLY");
}

/// Kindly's own next `n` due times of a repeating follow-up, found by
/// marking it done again and again (the test's notebook is thrown away
/// afterwards).
fn kindly_sequence(d: &mut Desk, id: &str, n: usize) -> Vec<String> {
    let mut out = Vec::new();
    for _ in 0..n {
        let f = d.follow_up(id).unwrap();
        let Some(at) = f.due_at else { break };
        out.push(reads(at));
        let version = d.follow_up(id).unwrap().version;
        d.complete_follow_up(id, version, &done("Ana", "")).unwrap();
    }
    out
}

#[rstest]
#[case::every_other_tuesday("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", Some("10:00"))]
#[case::last_friday("FREQ=MONTHLY;BYDAY=-1FR", Some("16:00"))]
#[case::third_sunday_of_june("FREQ=YEARLY;BYMONTH=6;BYDAY=3SU", None)]
#[case::weekdays("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", Some("08:30"))]
#[case::five_times("FREQ=DAILY;COUNT=5", Some("11:00"))]
fn a_repeat_rule_round_trips(#[case] rule: &str, #[case] time: Option<&str>) {
    let (mut d, c) = rosie();
    let f = d
        .add_follow_up(&repeating(&c, "2027-06-08", time, rule))
        .unwrap();
    let events = export(&d);
    let e = event_of(&events, &f.id);
    assert_eq!(value(e, "RRULE"), rule);
    assert_eq!(is_all_day(e), time.is_none());

    let calendar: Vec<String> = expand(e, 6)
        .into_iter()
        .map(|t| {
            if time.is_none() {
                t.replace("00:00", "09:00")
            } else {
                t
            }
        })
        .collect();
    assert_eq!(calendar, kindly_sequence(&mut d, &f.id, 6));
}

#[test]
fn a_repeat_that_ends_shows_only_the_times_left() {
    let (mut d, c) = rosie();
    // Six weekly physio check-ins; two are done already.
    let f = d
        .add_follow_up(&repeating(
            &c,
            "2027-06-08",
            Some("15:00"),
            "FREQ=WEEKLY;COUNT=6",
        ))
        .unwrap();
    let version = d.follow_up(&f.id).unwrap().version;
    d.complete_follow_up(&f.id, version, &done("Ana", ""))
        .unwrap();
    let version = d.follow_up(&f.id).unwrap().version;
    d.complete_follow_up(&f.id, version, &done("Ana", ""))
        .unwrap();
    let events = export(&d);
    let calendar = expand(event_of(&events, &f.id), 20);
    assert_eq!(calendar, kindly_sequence(&mut d, &f.id, 20));
    assert_eq!(calendar.len(), 4);
}

#[test]
fn a_time_the_clocks_skip_keeps_the_rule_at_its_own_time() {
    let (mut d, c) = rosie();
    // Daily at 01:30 from the night London springs forward (2028-03-26):
    // that first one is due at 02:30 BST, the rest at 01:30.
    let f = d
        .add_follow_up(&repeating(&c, "2028-03-26", Some("01:30"), "FREQ=DAILY"))
        .unwrap();
    assert_eq!(due(&f), "2028-03-26 02:30");
    let events = export(&d);
    let e = event_of(&events, &f.id);
    assert_eq!(value(e, "DTSTART"), "20280326T013000");
    assert_eq!(expand(e, 2)[1], "2028-03-27 01:30");
}

#[test]
fn commas_semicolons_and_new_lines_survive_the_trip() {
    let mut d = Desk::new(TUESDAY_NOON);
    let c = d
        .create_customer(&CustomerInput {
            full_name: "Rosalind Tanaka-Smith".into(),
            preferred_name: "Ros; \"Roz\", Jr.\\".into(),
            ..Default::default()
        })
        .unwrap()
        .id;
    let note = "Bring: form A, form B; and the receipt\nShe prefers mornings\\evenings";
    let input = FollowUpInput {
        note: note.into(),
        ..call_back(&c, "2027-06-10", Some("14:30"))
    };
    let f = d.add_follow_up(&input).unwrap();
    let long_note = "Crème-brûlée,tarte;éclair:millefeuille/".repeat(8);
    let input = FollowUpInput {
        note: long_note.clone(),
        ..call_back(&c, "2027-06-11", None)
    };
    let long = d.add_follow_up(&input).unwrap();

    let ics = d.export_calendar().unwrap();
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
    let events = events(&ics);
    let e = event_of(&events, &f.id);
    for name in ["SUMMARY", "DESCRIPTION"] {
        assert_escaped(&value(e, name));
    }
    assert_eq!(
        unescape(&value(e, "SUMMARY")),
        "Call back Ros; \"Roz\", Jr.\\"
    );
    assert_eq!(unescape(&value(e, "DESCRIPTION")), note);
    assert_eq!(
        unescape(&value(event_of(&events, &long.id), "DESCRIPTION")),
        long_note
    );
}

#[rstest]
#[case::leap_day(2, 29)]
#[case::just_after_february(3, 2)]
#[case::new_years_day(1, 1)]
#[case::midsummer(6, 20)]
#[case::christmas(12, 25)]
fn a_birthday_exports_a_yearly_event_three_days_before_it(#[case] month: u8, #[case] day: u8) {
    let mut d = Desk::new(TUESDAY_NOON);
    let c = d.with_birthday("Lee Pryce", Some(2000), month, day);
    let [f] = d.open_follow_ups(&c).try_into().unwrap();
    let events = export(&d);
    let e = event_of(&events, &f.id);
    assert!(is_all_day(e));
    assert_eq!(
        unescape(&value(e, "SUMMARY")),
        "Birthday card for Lee Pryce"
    );

    let calendar: Vec<NaiveDate> = expand(e, 8)
        .iter()
        .map(|t| {
            NaiveDateTime::parse_from_str(t, "%Y-%m-%d %H:%M")
                .unwrap()
                .date()
        })
        .collect();
    let first = calendar[0].year();
    let expected: Vec<NaiveDate> = (first..first + 9)
        .filter_map(|y| birthday_in(y, month.into(), day.into()))
        .map(|b| b - Days::new(BIRTHDAY_LEAD_DAYS))
        .filter(|r| *r >= calendar[0])
        .take(8)
        .collect();
    assert_eq!(calendar, expected);
    assert_eq!(due(&f), format!("{} 09:00", calendar[0]));
}

#[test]
fn an_empty_notebook_exports_an_empty_calendar() {
    let d = Desk::new(TUESDAY_NOON);
    assert!(export(&d).is_empty());
}

#[test]
fn today_is_the_notebook_s_own_day_not_utc_s() {
    // 23:30 in London on 7 December is already the 8th in Auckland.
    let mut d = Desk::new("2026-12-07 23:30");
    assert_eq!(
        d.today_date().unwrap(),
        NaiveDate::from_ymd_opt(2026, 12, 7).unwrap()
    );
    d.set_time_zone("Pacific/Auckland").unwrap();
    assert_eq!(
        d.today_date().unwrap(),
        NaiveDate::from_ymd_opt(2026, 12, 8).unwrap()
    );
}
