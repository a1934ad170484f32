//! When follow-ups fall due: properties of `Schedule::next_after` in real
//! time zones (including daylight-saving changes on both hemispheres),
//! birthdays on 29 February, "nth weekday" rules, snoozing and staying in
//! touch. Pure functions: no notebook, no clock.

use chrono::{
    DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc,
};
use chrono_tz::Tz;
use kindly_core::schedule::{
    birthday_in, snooze_until, touch_status, valid_rule, Recurrence, Schedule, TimeCtx,
    BIRTHDAY_LEAD_DAYS,
};
use kindly_core::{ErrorPayload, Millis, Snooze, StayInTouch, TouchState};
use proptest::prelude::*;
use rstest::rstest;

const HOUR: Millis = 60 * 60 * 1000;
const DAY: Millis = 24 * HOUR;
const NEW_YORK: Tz = chrono_tz::America::New_York;
const LONDON: Tz = chrono_tz::Europe::London;
const SYDNEY: Tz = chrono_tz::Australia::Sydney;

fn ctx(tz: Tz) -> TimeCtx {
    TimeCtx {
        tz,
        reminder: hm(9, 0),
    }
}

fn hm(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// A UTC instant written as `YYYY-MM-DD HH:MM`.
fn utc(text: &str) -> Millis {
    let t = NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap();
    Utc.from_utc_datetime(&t).timestamp_millis()
}

/// A wall-clock time `YYYY-MM-DD HH:MM` in `tz` that exists exactly once.
fn wall(tz: Tz, text: &str) -> Millis {
    let t = NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap();
    tz.from_local_datetime(&t)
        .single()
        .unwrap()
        .timestamp_millis()
}

/// How an instant reads on a wall clock in `tz`, `YYYY-MM-DD HH:MM`.
fn reads(tz: Tz, at: Millis) -> String {
    DateTime::<Utc>::from_timestamp_millis(at)
        .unwrap()
        .with_timezone(&tz)
        .format("%Y-%m-%d %H:%M")
        .to_string()
}

fn repeating(start: &str, time: Option<NaiveTime>, rule: &str) -> Schedule {
    Schedule {
        start: day(start),
        time,
        recurrence: Recurrence::Rule(rule.into()),
    }
}

fn birthday(month: u32, day_of_month: u32) -> Schedule {
    Schedule {
        start: day("2020-01-01"),
        time: None,
        recurrence: Recurrence::Birthday {
            month,
            day: day_of_month,
        },
    }
}

/// The first `n` occurrences strictly after `after`, as wall-clock text.
fn occurrences(s: &Schedule, tz: Tz, after: Millis, n: usize) -> Vec<String> {
    let c = ctx(tz);
    std::iter::successors(s.next_after(after, &c), |at| s.next_after(*at, &c))
        .take(n)
        .map(|at| reads(tz, at))
        .collect()
}

// ---------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------

/// Rules whose occurrences keep coming, and how far apart their days are.
#[derive(Debug, Clone, Copy)]
enum Kind {
    Daily,
    Weekly,
    /// On this day of every month.
    Monthly(u32),
}

impl Kind {
    fn rule(self) -> String {
        match self {
            Kind::Daily => "FREQ=DAILY".into(),
            Kind::Weekly => "FREQ=WEEKLY".into(),
            Kind::Monthly(d) => format!("FREQ=MONTHLY;BYMONTHDAY={d}"),
        }
    }
}

fn zone() -> impl Strategy<Value = Tz> {
    prop::sample::select(vec![
        NEW_YORK,
        LONDON,
        SYDNEY,
        chrono_tz::Asia::Kolkata,
        chrono_tz::UTC,
    ])
}

fn kind() -> impl Strategy<Value = Kind> {
    prop_oneof![
        Just(Kind::Daily),
        Just(Kind::Weekly),
        (1u32..=28).prop_map(Kind::Monthly),
    ]
}

/// Any rule Kindly accepts, including ones that end.
fn any_rule() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "FREQ=DAILY",
        "FREQ=DAILY;INTERVAL=3",
        "FREQ=WEEKLY",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,FR",
        "FREQ=MONTHLY",
        "FREQ=MONTHLY;BYDAY=-1FR",
        "FREQ=MONTHLY;BYMONTHDAY=31",
        "FREQ=YEARLY",
        "FREQ=YEARLY;BYMONTH=6;BYDAY=3SU",
        "FREQ=WEEKLY;COUNT=4",
        "FREQ=DAILY;UNTIL=20300101T000000Z",
    ])
}

fn start_day() -> impl Strategy<Value = NaiveDate> {
    // 2020-01-01 .. 2034-12-31
    (0u64..15 * 365).prop_map(|n| day("2020-01-01") + chrono::Days::new(n))
}

/// Times of day, weighted towards the hours that daylight saving skips or
/// repeats somewhere (01:00-03:59).
fn time_of_day() -> impl Strategy<Value = NaiveTime> {
    let minute = prop::sample::select(vec![0u32, 15, 30, 45]);
    prop_oneof![
        (1u32..4, minute.clone()).prop_map(|(h, m)| hm(h, m)),
        (0u32..24, minute).prop_map(|(h, m)| hm(h, m)),
    ]
}

fn midnight(tz: Tz, d: NaiveDate) -> Millis {
    ctx(tz).start_of(d)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// The next occurrence is strictly after the moment asked about, and
    /// asking again from each answer gives a strictly increasing sequence.
    #[test]
    fn next_is_strictly_after_and_the_sequence_increases(
        tz in zone(),
        rule in any_rule(),
        start in start_day(),
        time in prop::option::of(time_of_day()),
        offset_days in -400i64..800,
    ) {
        let s = repeating(&start.to_string(), time, rule);
        let c = ctx(tz);
        let mut after = midnight(tz, start) + offset_days * DAY;
        for _ in 0..25 {
            let Some(next) = s.next_after(after, &c) else { break };
            prop_assert!(next > after, "{rule}: {} is not after {}", reads(tz, next), reads(tz, after));
            after = next;
        }
    }

    /// A rule without an end always has a next occurrence, however long
    /// the follow-up has been running (a daily call twenty years on).
    #[test]
    fn an_endless_rule_never_runs_out(
        tz in zone(),
        kind in kind(),
        start in start_day(),
        time in time_of_day(),
        years in 0i64..25,
    ) {
        let s = repeating(&start.to_string(), Some(time), &kind.rule());
        let after = midnight(tz, start) + years * 365 * DAY;
        let next = s.next_after(after, &ctx(tz));
        prop_assert!(next.is_some(), "{} from {start} ran out after {years} years", kind.rule());
        prop_assert!(next.unwrap() - after <= 62 * DAY);
    }

    /// Daily, weekly and monthly follow-ups at a wall-clock time stay at
    /// that time in the zone, whatever daylight saving does; a time the
    /// clocks skip moves forward by the gap (RFC 5545), and a time that
    /// happens twice is the first of the two.
    #[test]
    fn occurrences_keep_their_wall_clock_time(
        tz in zone(),
        kind in kind(),
        start in start_day(),
        time in time_of_day(),
        offset_days in 0i64..400,
    ) {
        let s = repeating(&start.to_string(), Some(time), &kind.rule());
        let c = ctx(tz);
        let mut after = midnight(tz, start) + offset_days * DAY;
        let mut previous: Option<NaiveDate> = None;
        for _ in 0..40 {
            let at = s.next_after(after, &c).expect("endless rule");
            let local = DateTime::<Utc>::from_timestamp_millis(at).unwrap().with_timezone(&tz).naive_local();
            let date = local.date();
            match tz.from_local_datetime(&date.and_time(time)) {
                LocalResult::Single(t) => prop_assert_eq!(t.timestamp_millis(), at),
                LocalResult::Ambiguous(first, _) => prop_assert_eq!(first.timestamp_millis(), at),
                LocalResult::None => {
                    // Spring forward: every zone here skips one hour.
                    prop_assert_eq!(local.time(), time + Duration::hours(1), "in the gap on {}", date);
                }
            }
            if let Some(p) = previous {
                match kind {
                    Kind::Daily => prop_assert_eq!((date - p).num_days(), 1),
                    Kind::Weekly => prop_assert_eq!((date - p).num_days(), 7),
                    Kind::Monthly(d) => {
                        prop_assert_eq!(date.day(), d);
                        prop_assert_eq!((date.year() * 12 + date.month() as i32) - (p.year() * 12 + p.month() as i32), 1);
                    }
                }
            }
            previous = Some(date);
            after = at;
        }
    }

    /// A birthday reminder falls BIRTHDAY_LEAD_DAYS before the birthday as
    /// it falls that year, once a year, at the reminder time.
    #[test]
    fn birthday_reminders_fall_the_lead_days_before_each_birthday(
        tz in zone(),
        month in 1u32..=12,
        dom in 1u32..=31,
        year in 2021i32..2060,
    ) {
        prop_assume!(NaiveDate::from_ymd_opt(2024, month, dom).is_some());
        let s = birthday(month, dom);
        let c = ctx(tz);
        let after = midnight(tz, NaiveDate::from_ymd_opt(year, 1, 1).unwrap());
        let mut at = after;
        let mut expected: Vec<NaiveDate> = (year..year + 4)
            .filter_map(|y| birthday_in(y, month, dom))
            .map(|b| b - chrono::Days::new(BIRTHDAY_LEAD_DAYS))
            .filter(|d| midnight(tz, *d) >= after)
            .collect();
        expected.truncate(3);
        for want in expected {
            at = s.next_after(at, &c).expect("birthdays come every year");
            prop_assert_eq!(reads(tz, at), format!("{want} 09:00"));
        }
    }
}

// ---------------------------------------------------------------------
// Daylight saving, case by case
// ---------------------------------------------------------------------

/// A daily follow-up at a time the clocks skip lands that day one hour
/// later (the gap), and is back at its time the next day.
#[rstest]
// New York springs forward 2027-03-14 02:00 EST -> 03:00 EDT.
#[case::new_york(NEW_YORK, "2027-03-12", hm(2, 30), "2027-03-14 07:30", ["2027-03-13 02:30", "2027-03-14 03:30", "2027-03-15 02:30"])]
// London springs forward 2027-03-28 01:00 GMT -> 02:00 BST.
#[case::london(LONDON, "2027-03-26", hm(1, 30), "2027-03-28 01:30", ["2027-03-27 01:30", "2027-03-28 02:30", "2027-03-29 01:30"])]
// Sydney springs forward 2027-10-03 02:00 AEST -> 03:00 AEDT.
#[case::sydney(SYDNEY, "2027-10-01", hm(2, 30), "2027-10-02 16:30", ["2027-10-02 02:30", "2027-10-03 03:30", "2027-10-04 02:30"])]
fn a_skipped_time_moves_forward_by_the_gap(
    #[case] tz: Tz,
    #[case] start: &str,
    #[case] time: NaiveTime,
    #[case] gap_day_utc: &str,
    #[case] expected: [&str; 3],
) {
    let s = repeating(start, Some(time), "FREQ=DAILY");
    let from = midnight(tz, day(start)) + DAY;
    assert_eq!(occurrences(&s, tz, from, 3), expected);
    let gap_day = s.next_after(wall(tz, expected[0]), &ctx(tz)).unwrap();
    assert_eq!(gap_day, utc(gap_day_utc));
}

/// A daily follow-up at a time that happens twice (clocks fall back) is
/// due once that day, at the first of the two.
#[rstest]
// New York falls back 2027-11-07 02:00 EDT -> 01:00 EST: 01:30 EDT = 05:30 UTC.
#[case::new_york(
    NEW_YORK,
    "2027-11-05",
    hm(1, 30),
    "2027-11-07 05:30",
    "2027-11-08 06:30"
)]
// London falls back 2027-10-31 02:00 BST -> 01:00 GMT: 01:30 BST = 00:30 UTC.
#[case::london(
    LONDON,
    "2027-10-29",
    hm(1, 30),
    "2027-10-31 00:30",
    "2027-11-01 01:30"
)]
// Sydney falls back 2027-04-04 03:00 AEDT -> 02:00 AEST: 02:30 AEDT = 15:30 UTC the day before.
#[case::sydney(
    SYDNEY,
    "2027-04-02",
    hm(2, 30),
    "2027-04-03 15:30",
    "2027-04-04 16:30"
)]
fn a_repeated_time_is_due_once_at_the_first(
    #[case] tz: Tz,
    #[case] start: &str,
    #[case] time: NaiveTime,
    #[case] fall_back_utc: &str,
    #[case] next_day_utc: &str,
) {
    let s = repeating(start, Some(time), "FREQ=DAILY");
    let c = ctx(tz);
    let day_before = s.next_after(midnight(tz, day(start)), &c).unwrap();
    let day_before = s.next_after(day_before, &c).unwrap();
    let on_the_day = s.next_after(day_before, &c).unwrap();
    assert_eq!(on_the_day, utc(fall_back_utc));
    // The second 01:30 is not another occurrence: next is the day after.
    assert_eq!(s.next_after(on_the_day, &c), Some(utc(next_day_utc)));
    assert_eq!(
        s.next_after(on_the_day + HOUR - 1, &c),
        Some(utc(next_day_utc))
    );
}

/// A weekly 10:00 call stays at 10:00 local across both changes, so its
/// UTC time moves by an hour.
#[rstest]
#[case::new_york(NEW_YORK, "2027-03-02", ["2027-03-09 15:00", "2027-03-16 14:00"], "2027-10-26", ["2027-11-02 14:00", "2027-11-09 15:00"])]
#[case::london(LONDON, "2027-03-16", ["2027-03-23 10:00", "2027-03-30 09:00"], "2027-10-19", ["2027-10-26 09:00", "2027-11-02 10:00"])]
#[case::sydney(SYDNEY, "2027-03-23", ["2027-03-29 23:00", "2027-04-06 00:00"], "2027-09-21", ["2027-09-28 00:00", "2027-10-04 23:00"])]
fn a_weekly_call_stays_at_ten_local(
    #[case] tz: Tz,
    #[case] spring_start: &str,
    #[case] around_spring: [&str; 2],
    #[case] autumn_start: &str,
    #[case] around_autumn: [&str; 2],
) {
    let c = ctx(tz);
    for (start, expected) in [(spring_start, around_spring), (autumn_start, around_autumn)] {
        let s = repeating(start, Some(hm(10, 0)), "FREQ=WEEKLY");
        let first = s.next_after(midnight(tz, day(start)), &c).unwrap();
        let got: Vec<Millis> = std::iter::successors(Some(first), |at| s.next_after(*at, &c))
            .skip(1)
            .take(2)
            .collect();
        let want: Vec<Millis> = expected.iter().map(|t| utc(t)).collect();
        assert_eq!(got, want, "{tz} from {start}");
        for at in got {
            assert!(reads(tz, at).ends_with("10:00"), "{}", reads(tz, at));
        }
    }
}

// ---------------------------------------------------------------------
// Birthdays and rules
// ---------------------------------------------------------------------

#[test]
fn a_29_february_birthday_is_reminded_before_28_february_in_other_years() {
    assert_eq!(BIRTHDAY_LEAD_DAYS, 3);
    let got = occurrences(
        &birthday(2, 29),
        LONDON,
        wall(LONDON, "2026-01-01 00:00"),
        5,
    );
    assert_eq!(
        got,
        [
            "2026-02-25 09:00",
            "2027-02-25 09:00",
            "2028-02-26 09:00", // leap year: 3 days before the 29th
            "2029-02-25 09:00",
            "2030-02-25 09:00",
        ]
    );
    // 2100 is not a leap year.
    let in_2100 = occurrences(&birthday(2, 29), chrono_tz::UTC, utc("2100-01-01 00:00"), 1);
    assert_eq!(in_2100, ["2100-02-25 09:00"]);
}

#[test]
fn birthday_reminders_cross_months_and_years() {
    // 2 March: 27 February, or 28 February in a leap year.
    let march = occurrences(&birthday(3, 2), LONDON, wall(LONDON, "2027-01-01 00:00"), 2);
    assert_eq!(march, ["2027-02-27 09:00", "2028-02-28 09:00"]);
    // 1 January: 29 December of the year before.
    let new_year = occurrences(&birthday(1, 1), LONDON, wall(LONDON, "2027-06-01 00:00"), 2);
    assert_eq!(new_year, ["2027-12-29 09:00", "2028-12-29 09:00"]);
}

#[test]
fn third_sunday_of_june_lands_on_the_right_day_each_year() {
    let fathers_day = repeating(
        "2026-07-01",
        Some(hm(10, 0)),
        "FREQ=YEARLY;BYMONTH=6;BYDAY=3SU",
    );
    assert_eq!(
        occurrences(
            &fathers_day,
            NEW_YORK,
            wall(NEW_YORK, "2026-07-01 00:00"),
            4
        ),
        [
            "2027-06-20 10:00",
            "2028-06-18 10:00",
            "2029-06-17 10:00",
            "2030-06-16 10:00",
        ]
    );
}

#[test]
fn a_one_off_is_due_once() {
    let s = Schedule {
        start: day("2027-06-10"),
        time: Some(hm(14, 30)),
        recurrence: Recurrence::Once,
    };
    let c = ctx(LONDON);
    assert_eq!(s.next_after(Millis::MIN, &c), Some(utc("2027-06-10 13:30")));
    assert_eq!(s.next_after(utc("2027-06-10 13:30"), &c), None);
    // Without a time: the reminder time.
    let date_only = Schedule { time: None, ..s };
    assert_eq!(
        reads(LONDON, date_only.next_after(0, &c).unwrap()),
        "2027-06-10 09:00"
    );
}

#[test]
fn a_rule_with_a_count_ends() {
    let s = repeating("2027-06-08", Some(hm(10, 0)), "FREQ=WEEKLY;COUNT=2");
    let got = occurrences(&s, LONDON, wall(LONDON, "2027-06-01 00:00"), 5);
    assert_eq!(got, ["2027-06-08 10:00", "2027-06-15 10:00"]);
}

#[rstest]
#[case::lower_case_with_prefix("rrule:freq=weekly;byday=tu", Ok("FREQ=WEEKLY;BYDAY=TU"))]
#[case::nonsense("FREQ=SOMETIMES", Err("repeat"))]
#[case::not_a_rule("every tuesday", Err("repeat"))]
#[case::empty("", Err("repeat"))]
#[case::two_lines("FREQ=DAILY\nFREQ=WEEKLY", Err("repeat"))]
#[case::never_happens("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", Err("repeat"))]
fn repeat_rules_are_checked(#[case] rule: &str, #[case] expected: Result<&str, &str>) {
    let got = valid_rule("repeat", rule, day("2027-06-08"))
        .map_err(|e| ErrorPayload::from(e).field.unwrap_or_default());
    assert_eq!(got.as_deref().map_err(String::as_str), expected);
}

// ---------------------------------------------------------------------
// Snoozing
// ---------------------------------------------------------------------

fn snooze_field(choice: &Snooze, now: Millis) -> String {
    let err = snooze_until(choice, now, &ctx(LONDON)).unwrap_err();
    ErrorPayload::from(err).field.unwrap_or_default()
}

fn until(date: &str, time: Option<&str>) -> Snooze {
    Snooze::Until {
        date: date.into(),
        time: time.map(Into::into),
    }
}

#[rstest]
#[case::an_hour(Snooze::Hour, "2027-06-08 15:10")]
#[case::tomorrow_morning(Snooze::TomorrowMorning, "2027-06-09 09:00")]
#[case::next_week(Snooze::NextWeek, "2027-06-15 09:00")]
#[case::a_day(until("2027-06-20", None), "2027-06-20 09:00")]
#[case::a_day_and_time(until("2027-06-20", Some("16:45")), "2027-06-20 16:45")]
#[case::later_today(until("2027-06-08", Some("17:00")), "2027-06-08 17:00")]
fn snoozing_puts_it_off_until(#[case] choice: Snooze, #[case] expected: &str) {
    let now = wall(LONDON, "2027-06-08 14:10");
    let at = snooze_until(&choice, now, &ctx(LONDON)).unwrap();
    assert_eq!(reads(LONDON, at), expected);
}

#[test]
fn tomorrow_morning_is_at_the_reminder_time_across_a_clock_change() {
    // London springs forward overnight: 09:00 BST is 08:00 UTC.
    let now = wall(LONDON, "2027-03-27 20:00");
    let at = snooze_until(&Snooze::TomorrowMorning, now, &ctx(LONDON)).unwrap();
    assert_eq!(at, utc("2027-03-28 08:00"));
}

#[rstest]
#[case::yesterday(until("2027-06-07", None), "date")]
#[case::earlier_today(until("2027-06-08", Some("11:00")), "date")]
#[case::this_very_minute(until("2027-06-08", Some("14:10")), "date")]
#[case::not_a_date(until("8 June", None), "date")]
#[case::not_a_time(until("2027-06-09", Some("half past")), "time")]
fn snoozing_into_the_past_or_nonsense_is_refused(#[case] choice: Snooze, #[case] field: &str) {
    assert_eq!(
        snooze_field(&choice, wall(LONDON, "2027-06-08 14:10")),
        field
    );
}

// ---------------------------------------------------------------------
// Staying in touch
// ---------------------------------------------------------------------

#[rstest]
#[case::within_the_gap(7 * DAY - 1, TouchState::InTouch)]
#[case::at_the_gap(7 * DAY, TouchState::OutOfTouch)]
#[case::after_it(7 * DAY + 1, TouchState::OutOfTouch)]
fn with_the_ideal_gap_equal_to_the_longest_touch_goes_straight_to_red(
    #[case] since_then: Millis,
    #[case] state: TouchState,
) {
    // Never "drifting": there is no time between the two gaps.
    let since = utc("2027-06-01 10:00");
    let rhythm = StayInTouch {
        ideal_days: 7,
        longest_days: 7,
    };
    let status = touch_status(since, rhythm, since + since_then);
    assert_eq!(status.state, state);
    assert_eq!(status.amber_at, status.red_at);
}

#[rstest]
#[case::just_spoke(0, TouchState::InTouch)]
#[case::within_the_ideal_gap(7 * DAY - 1, TouchState::InTouch)]
#[case::at_the_ideal_gap(7 * DAY, TouchState::Drifting)]
#[case::between_the_gaps(20 * DAY, TouchState::Drifting)]
#[case::at_the_longest_gap(30 * DAY, TouchState::OutOfTouch)]
#[case::long_after(400 * DAY, TouchState::OutOfTouch)]
fn touch_goes_amber_at_the_ideal_gap_and_red_at_the_longest(
    #[case] since_then: Millis,
    #[case] state: TouchState,
) {
    let since = utc("2027-06-01 10:00");
    let rhythm = StayInTouch {
        ideal_days: 7,
        longest_days: 30,
    };
    let status = touch_status(since, rhythm, since + since_then);
    assert_eq!(status.state, state);
    assert_eq!(status.since, since);
    assert_eq!(status.amber_at, utc("2027-06-08 10:00"));
    assert_eq!(status.red_at, utc("2027-07-01 10:00"));
}
