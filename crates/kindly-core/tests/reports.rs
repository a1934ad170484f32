//! The Reports screen's figures on a small, hand-checked notebook built
//! through the public API with the clock moved by hand (London time, across
//! the clock change of 29 March 2026), on both stores.
//!
//! The story (times are London's; "now" is 15 April 2026, 12:00):
//! - Customers: Ana (stay in touch every 30 days), Ben (every 14), Cleo
//!   added 10 January; Dev 5 February; Eve (every 7) 3 March; Hal 10 March;
//!   Fay (every 7) 20 March, moved to Trash on 14 April; Gus at 00:30 on
//!   1 April (still 31 March in UTC).
//! - Promises (by the month they fell due): February: Rosa's to Cleo kept a
//!   day early, Sam's to Cleo kept two days late, Sam's broken one to Cleo
//!   moved to Trash. March: Rosa's to Ana kept an hour before its time,
//!   Rosa's to Dev kept at its very minute, Sam's to Ben kept three days
//!   late, Sam's to Hal broken, Rosa's to Fay broken (Fay in Trash).
//!   April: nobody's to Dev (renegotiated from 30 March to 8 April) kept
//!   the day before, Rosa's to Cleo due 2 April still open (broken),
//!   Sam's to Ana due 30 April still open (not counted).
//! - Issues: Ana's opened 2 Feb, resolved a day later, checked in by a
//!   conversation on 10 Feb. Ben's opened 5 Feb, resolved 7 Feb (48 h),
//!   reopened 1 March, resolved 4 March (648 h since first opened), a
//!   follow-up done for Ben on 6 March. Cleo's opened 10 March 10:00,
//!   resolved 16:00 (6 h), a conversation 20 March; closed, reopened
//!   3 April, resolved 5 April (623 h: a clock change in between), no
//!   contact since. Dev's opened and resolved 6 April (2 h), a
//!   conversation 10 April. Fay's resolved 21 March (Fay in Trash).
//! - Moods: Dev upset 6 Feb then a conversation 10 April; Hal upset
//!   14 March; Cleo upset 20 March then neutral 25 March; Fay upset
//!   21 March (in Trash); Ana upset 12 April.
//! - Contacts: Ana 10 Feb, 31 March (moved to Trash), 12 April; Eve
//!   30 March; Ben none.

mod common;

use common::desk::*;
use kindly_core::*;

fn period(from: &str, to: &str) -> ReportPeriod {
    ReportPeriod {
        from: from.into(),
        to: to.into(),
    }
}

fn rhythm(ideal_days: u32) -> Option<StayInTouch> {
    Some(StayInTouch {
        ideal_days,
        longest_days: ideal_days * 2,
    })
}

/// The notebook of the story, and each customer's id by first name.
struct Story {
    desk: Desk,
    ids: std::collections::HashMap<&'static str, String>,
}

impl Story {
    fn id(&self, name: &str) -> String {
        self.ids[name].clone()
    }

    /// The ids of these customers, sorted (as `customers_behind` gives them).
    fn ids_of(&self, names: &[&str]) -> Vec<String> {
        let mut ids: Vec<String> = names.iter().map(|n| self.id(n)).collect();
        ids.sort();
        ids
    }

    fn add(&mut self, name: &'static str, every: Option<u32>) {
        let id = self
            .desk
            .nb
            .create_customer(&CustomerInput {
                full_name: format!("{name} Example"),
                preferred_name: name.into(),
                stay_in_touch: every.and_then(rhythm),
                ..Default::default()
            })
            .unwrap()
            .id;
        self.ids.insert(name, id);
    }

    fn at(&self, when: &str) {
        self.desk.set(when);
    }

    fn talk(&mut self, name: &str, mood: Option<Mood>) -> String {
        let input = ConversationInput {
            customer_id: self.id(name),
            channel: Channel::CallOut,
            happened_at: None,
            staff: "Rosa".into(),
            summary: "A word about the order".into(),
            mood,
            issue_id: None,
            follow_up: None,
        };
        self.desk.nb.log_conversation(&input).unwrap().id
    }

    fn promise(&mut self, name: &str, by: &str, due: &str) -> String {
        let input = PromiseInput {
            customer_id: self.id(name),
            issue_id: None,
            what: "Send the replacement part".into(),
            due_at: london(due),
            promised_by: by.into(),
        };
        self.desk.nb.make_promise(&input).unwrap().id
    }

    fn settle(&mut self, id: &str, outcome: PromiseOutcome) {
        let version = self.desk.nb.promise(id).unwrap().version;
        self.desk.nb.settle_promise(id, version, &outcome).unwrap();
    }

    fn keep(&mut self, id: &str) {
        self.settle(
            id,
            PromiseOutcome::Kept {
                staff: "Rosa".into(),
                note: String::new(),
            },
        );
    }

    fn break_it(&mut self, id: &str) {
        self.settle(
            id,
            PromiseOutcome::Broken {
                staff: "Rosa".into(),
                note: "The supplier let us down".into(),
            },
        );
    }

    fn open_issue(&mut self, name: &str) -> String {
        let input = IssueInput {
            customer_id: self.id(name),
            title: "The order arrived broken".into(),
            staff: "Rosa".into(),
            ..Default::default()
        };
        self.desk.nb.open_issue(&input).unwrap().id
    }

    fn move_issue(&mut self, id: &str, to: IssueState) {
        let version = self.desk.nb.issue(id).unwrap().version;
        let change = IssueMove {
            to,
            staff: "Rosa".into(),
            note: "Sent a new one".into(),
            waiting_on: None,
            mood: None,
            check_in: None,
        };
        self.desk.nb.move_issue(id, version, &change).unwrap();
    }
}

fn story() -> Story {
    let mut s = Story {
        desk: Desk::new("2026-01-10 10:00"),
        ids: Default::default(),
    };
    s.add("Ana", Some(30));
    s.add("Ben", Some(14));
    s.add("Cleo", None);

    s.at("2026-02-01 10:00");
    let p1 = s.promise("Cleo", "Rosa", "2026-02-10 12:00");
    let p2 = s.promise("Cleo", "Sam", "2026-02-20 12:00");
    s.at("2026-02-02 10:00");
    let ana_issue = s.open_issue("Ana");
    s.at("2026-02-03 10:00");
    s.move_issue(&ana_issue, IssueState::Resolved);
    s.at("2026-02-05 09:00");
    s.add("Dev", None);
    let ben_issue = s.open_issue("Ben");
    s.at("2026-02-06 09:00");
    s.move_issue(&ben_issue, IssueState::InProgress);
    s.talk("Dev", Some(Mood::Upset));
    s.at("2026-02-07 09:00");
    s.move_issue(&ben_issue, IssueState::Resolved);
    s.at("2026-02-09 10:00");
    s.keep(&p1);
    s.at("2026-02-10 10:00");
    s.talk("Ana", Some(Mood::Pleased));
    s.at("2026-02-15 10:00");
    let p11 = s.promise("Cleo", "Sam", "2026-02-25 12:00");
    s.at("2026-02-22 10:00");
    s.keep(&p2);
    s.at("2026-02-26 10:00");
    s.break_it(&p11);
    s.desk.nb.trash_entry(&p11).unwrap();

    s.at("2026-03-01 10:00");
    s.move_issue(&ben_issue, IssueState::Open);
    let p3 = s.promise("Ana", "Rosa", "2026-03-05 12:00");
    let p4 = s.promise("Dev", "Rosa", "2026-03-12 12:00");
    let p5 = s.promise("Ben", "Sam", "2026-03-15 12:00");
    s.at("2026-03-03 10:00");
    s.add("Eve", Some(7));
    s.at("2026-03-04 09:00");
    s.move_issue(&ben_issue, IssueState::Resolved);
    s.at("2026-03-05 11:00");
    s.keep(&p3);
    s.at("2026-03-06 10:00");
    let call = s
        .desk
        .nb
        .add_follow_up(&call_back(&s.id("Ben"), "2026-03-06", Some("10:00")))
        .unwrap();
    s.desk
        .nb
        .complete_follow_up(&call.id, call.version, &done("Rosa", "All good now"))
        .unwrap();
    s.at("2026-03-10 10:00");
    s.add("Hal", None);
    let cleo_issue = s.open_issue("Cleo");
    let p6 = s.promise("Hal", "Sam", "2026-03-25 12:00");
    s.at("2026-03-10 16:00");
    s.move_issue(&cleo_issue, IssueState::Resolved);
    s.at("2026-03-12 10:00");
    s.move_issue(&cleo_issue, IssueState::Closed);
    s.at("2026-03-12 12:00");
    s.keep(&p4);
    s.at("2026-03-14 10:00");
    s.talk("Hal", Some(Mood::Upset));
    s.at("2026-03-18 10:00");
    s.keep(&p5);
    s.at("2026-03-20 10:00");
    s.add("Fay", Some(7));
    s.talk("Cleo", Some(Mood::Upset));
    let p9 = s.promise("Fay", "Rosa", "2026-03-28 12:00");
    let fay_issue = s.open_issue("Fay");
    s.at("2026-03-21 10:00");
    s.talk("Fay", Some(Mood::Upset));
    s.move_issue(&fay_issue, IssueState::Resolved);
    s.at("2026-03-25 10:00");
    s.talk("Cleo", Some(Mood::Neutral));
    let p10 = s.promise("Dev", "", "2026-03-30 12:00");
    s.at("2026-03-26 10:00");
    s.break_it(&p6);
    s.at("2026-03-28 13:00");
    s.break_it(&p9);
    s.at("2026-03-29 10:00");
    s.settle(
        &p10,
        PromiseOutcome::Renegotiated {
            staff: "Rosa".into(),
            note: "Agreed a week later".into(),
            new_due_at: london("2026-04-08 12:00"),
        },
    );
    s.at("2026-03-30 10:00");
    s.talk("Eve", None);
    s.at("2026-03-31 10:00");
    let trashed_talk = s.talk("Ana", None);
    s.desk.nb.trash_entry(&trashed_talk).unwrap();

    s.at("2026-04-01 00:30");
    s.add("Gus", None);
    s.at("2026-04-01 10:00");
    s.promise("Cleo", "Rosa", "2026-04-02 12:00");
    s.at("2026-04-03 10:00");
    s.move_issue(&cleo_issue, IssueState::Open);
    s.at("2026-04-05 10:00");
    s.move_issue(&cleo_issue, IssueState::Resolved);
    s.at("2026-04-06 09:00");
    let dev_issue = s.open_issue("Dev");
    s.at("2026-04-06 11:00");
    s.move_issue(&dev_issue, IssueState::Resolved);
    s.at("2026-04-07 10:00");
    s.keep(&p10);
    s.at("2026-04-10 10:00");
    s.talk("Dev", None);
    s.at("2026-04-12 10:00");
    s.talk("Ana", Some(Mood::Upset));
    s.promise("Ana", "Sam", "2026-04-30 12:00");
    s.at("2026-04-14 10:00");
    let fay = s.id("Fay");
    s.desk.nb.trash_customer(&fay).unwrap();
    s.at("2026-04-15 12:00");
    s
}

fn outcomes(month: &str, person: &str, on_time: u32, late: u32, broken: u32) -> PromiseOutcomes {
    PromiseOutcomes {
        month: month.into(),
        person: person.into(),
        kept_on_time: on_time,
        kept_late: late,
        broken,
    }
}

fn counts(rows: &[MonthCount]) -> Vec<(&str, u32)> {
    rows.iter().map(|r| (r.month.as_str(), r.count)).collect()
}

#[test]
fn the_figures_are_the_hand_counted_ones() {
    let s = story();
    let r = s.desk.nb.reports(&period("2026-02", "2026-04")).unwrap();
    assert_eq!(r.period, period("2026-02", "2026-04"));

    // February: 1 kept on time, 1 late (the broken one is in Trash).
    // March: 2 kept on time (one at its very minute), 1 late, 1 broken
    // (Fay's broken one is in Trash). April: 1 kept on time (renegotiated
    // into April), 1 broken (still open past its time); the one due
    // 30 April is not counted yet.
    assert_eq!(
        r.promises_by_month,
        [
            outcomes("2026-02", "", 1, 1, 0),
            outcomes("2026-03", "", 2, 1, 1),
            outcomes("2026-04", "", 1, 0, 1),
        ]
    );
    // Rosa made 4, Sam 3, nobody was named on 1.
    assert_eq!(
        r.promises_by_person,
        [
            outcomes("", "Rosa", 3, 0, 1),
            outcomes("", "Sam", 0, 2, 1),
            outcomes("", "", 1, 0, 0),
        ]
    );

    // February: 2 resolved, both checked in on. March: 2, both. April: 2,
    // only Dev's.
    let check_ins: Vec<(&str, u32, u32)> = r
        .check_ins
        .iter()
        .map(|c| (c.month.as_str(), c.resolved, c.checked_in))
        .collect();
    assert_eq!(
        check_ins,
        [("2026-02", 2, 2), ("2026-03", 2, 2), ("2026-04", 2, 1)]
    );

    // Medians: (24 + 48) / 2 = 36 h; (648 + 6) / 2 = 327 h; (623 + 2) / 2
    // = 312.5, rounded to 313 h. Ben's issue came back in March, Cleo's in
    // April.
    let resolution: Vec<(&str, u32, Option<u32>, u32)> = r
        .resolution
        .iter()
        .map(|x| (x.month.as_str(), x.resolved, x.median_hours, x.reopened))
        .collect();
    assert_eq!(
        resolution,
        [
            ("2026-02", 2, Some(36), 0),
            ("2026-03", 2, Some(327), 1),
            ("2026-04", 2, Some(313), 1),
        ]
    );

    // End of February: Ben. End of March: Ana (her 31 March call is in
    // Trash) and Ben. Now: Ben and Eve (Ana spoke to us on 12 April; Fay
    // is in Trash).
    assert_eq!(
        counts(&r.drifting),
        [("2026-02", 1), ("2026-03", 2), ("2026-04", 2)]
    );

    // Dev; Eve and Hal (Fay is in Trash); Gus, added at 00:30 on 1 April
    // London time (still March in UTC).
    assert_eq!(
        counts(&r.new_customers),
        [("2026-02", 1), ("2026-03", 2), ("2026-04", 1)]
    );

    // Hal since 14 March, then Ana since 12 April; Cleo and Dev were spoken
    // to since, Fay is in Trash.
    let upset: Vec<(String, &str, String)> = r
        .upset_waiting
        .iter()
        .map(|u| {
            (
                u.customer_id.clone(),
                u.customer_name.as_str(),
                reads(u.since),
            )
        })
        .collect();
    assert_eq!(
        upset,
        [
            (s.id("Hal"), "Hal", "2026-03-14 10:00".to_owned()),
            (s.id("Ana"), "Ana", "2026-04-12 10:00".to_owned()),
        ]
    );
    assert_eq!(r.upset_waiting_count, 2);
}

#[test]
fn each_bar_lists_the_customers_it_counts() {
    let s = story();
    let nb = &s.desk.nb;
    let p = period("2026-02", "2026-04");
    let behind = |bar: ReportBar| nb.customers_behind(&p, &bar).unwrap();

    assert_eq!(
        behind(ReportBar::Promises {
            month: Some("2026-03".into()),
            person: None,
            outcome: "kept_on_time".into(),
        }),
        s.ids_of(&["Ana", "Dev"])
    );
    assert_eq!(
        behind(ReportBar::Promises {
            month: None,
            person: Some("Sam".into()),
            outcome: "kept_late".into(),
        }),
        s.ids_of(&["Ben", "Cleo"])
    );
    assert_eq!(
        behind(ReportBar::Promises {
            month: Some("2026-04".into()),
            person: None,
            outcome: "broken".into(),
        }),
        s.ids_of(&["Cleo"])
    );
    assert_eq!(
        behind(ReportBar::CheckIns {
            month: "2026-04".into(),
            missing_only: true,
        }),
        s.ids_of(&["Cleo"])
    );
    assert_eq!(
        behind(ReportBar::CheckIns {
            month: "2026-04".into(),
            missing_only: false,
        }),
        s.ids_of(&["Cleo", "Dev"])
    );
    assert_eq!(
        behind(ReportBar::Reopened {
            month: "2026-03".into()
        }),
        s.ids_of(&["Ben"])
    );
    assert_eq!(
        behind(ReportBar::Drifting {
            month: "2026-03".into()
        }),
        s.ids_of(&["Ana", "Ben"])
    );
    assert_eq!(
        behind(ReportBar::Drifting {
            month: "2026-04".into()
        }),
        s.ids_of(&["Ben", "Eve"])
    );
    assert_eq!(
        behind(ReportBar::NewCustomers {
            month: "2026-03".into()
        }),
        s.ids_of(&["Eve", "Hal"])
    );
    assert_eq!(
        behind(ReportBar::NewCustomers {
            month: "2026-04".into()
        }),
        s.ids_of(&["Gus"])
    );
    // Longest waiting first.
    assert_eq!(behind(ReportBar::UpsetWaiting), [s.id("Hal"), s.id("Ana")]);
}

#[test]
fn months_not_yet_begun_are_zero_and_every_month_has_its_row() {
    let s = story();
    let r = s.desk.nb.reports(&period("2026-04", "2026-06")).unwrap();
    assert_eq!(
        counts(&r.drifting),
        [("2026-04", 2), ("2026-05", 0), ("2026-06", 0)]
    );
    assert_eq!(
        counts(&r.new_customers),
        [("2026-04", 1), ("2026-05", 0), ("2026-06", 0)]
    );
    assert_eq!(
        r.promises_by_month,
        [
            outcomes("2026-04", "", 1, 0, 1),
            outcomes("2026-05", "", 0, 0, 0),
            outcomes("2026-06", "", 0, 0, 0),
        ]
    );
    let resolution: Vec<(u32, Option<u32>)> = r
        .resolution
        .iter()
        .map(|x| (x.resolved, x.median_hours))
        .collect();
    assert_eq!(resolution, [(2, Some(313)), (0, None), (0, None)]);
}

/// A conversation with `name` as [`Story::talk`] logs it, but at `when`
/// and with `mood` (an edit).
fn edited(s: &Story, name: &str, when: &str, mood: Option<Mood>) -> ConversationInput {
    ConversationInput {
        customer_id: s.id(name),
        channel: Channel::CallOut,
        happened_at: Some(london(when)),
        staff: "Rosa".into(),
        summary: "A word about the order".into(),
        mood,
        issue_id: None,
        follow_up: None,
    }
}

#[test]
fn an_edited_conversation_and_a_merged_customer_count_where_they_now_stand() {
    let mut s = Story {
        desk: Desk::new("2026-01-10 10:00"),
        ids: Default::default(),
    };
    s.add("Ana", Some(7));
    s.add("Ben", None);
    s.add("Cleo", None);
    s.add("Dev", None);
    s.at("2026-03-01 10:00");
    let ana_upset = s.talk("Ana", Some(Mood::Upset));
    s.at("2026-03-02 10:00");
    s.talk("Ana", None);
    s.at("2026-03-03 10:00");
    let ben_upset = s.talk("Ben", Some(Mood::Upset));
    s.at("2026-03-04 10:00");
    s.talk("Dev", None);
    s.at("2026-03-05 10:00");
    s.talk("Cleo", Some(Mood::Upset));
    let cleo_issue = s.open_issue("Cleo");
    s.at("2026-03-07 10:00");
    s.move_issue(&cleo_issue, IssueState::Resolved);
    s.at("2026-04-14 10:00");
    let input = edited(&s, "Ana", "2026-04-10 10:00", Some(Mood::Upset));
    s.desk.nb.update_conversation(&ana_upset, &input).unwrap();
    let input = edited(&s, "Ben", "2026-03-03 10:00", Some(Mood::Pleased));
    s.desk.nb.update_conversation(&ben_upset, &input).unwrap();
    let (dev, cleo) = (s.id("Dev"), s.id("Cleo"));
    s.desk.nb.merge_customers(&dev, &cleo).unwrap();
    s.at("2026-04-15 12:00");

    let r = s.desk.nb.reports(&period("2026-03", "2026-04")).unwrap();
    // Ana's upset conversation, moved to 10 April, is now her latest; Ben's
    // is pleased now; Cleo's upset one is Dev's since the merge, and later
    // than his own.
    let upset: Vec<(String, Millis)> = r
        .upset_waiting
        .iter()
        .map(|u| (u.customer_id.clone(), u.since))
        .collect();
    assert_eq!(
        upset,
        [
            (dev.clone(), london("2026-03-05 10:00")),
            (s.id("Ana"), london("2026-04-10 10:00")),
        ]
    );
    assert_eq!(r.upset_waiting_count, 2);
    // Ana (every 7 days) last heard from on 2 March at the end of March;
    // on 10 April by now.
    assert_eq!(counts(&r.drifting), [("2026-03", 1), ("2026-04", 0)]);
    assert_eq!(
        s.desk
            .nb
            .customers_behind(&period("2026-03", "2026-04"), &ReportBar::UpsetWaiting)
            .unwrap(),
        [dev.clone(), s.id("Ana")]
    );
    // Cleo's issue, resolved in March with no contact since, is Dev's.
    assert_eq!(
        s.desk
            .nb
            .customers_behind(
                &period("2026-03", "2026-04"),
                &ReportBar::CheckIns {
                    month: "2026-03".into(),
                    missing_only: true,
                }
            )
            .unwrap(),
        [dev]
    );
}

#[test]
fn an_empty_notebook_has_a_zero_for_every_month() {
    let desk = Desk::new("2026-04-15 12:00");
    let r = desk.nb.reports(&period("2025-11", "2026-02")).unwrap();
    assert_eq!(
        counts(&r.new_customers),
        [
            ("2025-11", 0),
            ("2025-12", 0),
            ("2026-01", 0),
            ("2026-02", 0)
        ]
    );
    assert_eq!(r.drifting.len(), 4);
    assert_eq!(r.check_ins.len(), 4);
    assert!(r.promises_by_person.is_empty());
    assert_eq!(r.upset_waiting_count, 0);
}

#[test]
fn a_refused_period_names_its_field() {
    let desk = Desk::new("2026-04-15 12:00");
    let refused = |from: &str, to: &str| field(desk.nb.reports(&period(from, to)).unwrap_err());
    assert_eq!(refused("2026-4", "2026-05"), "from");
    assert_eq!(refused("2026-04", "May"), "to");
    assert_eq!(refused("2026-05", "2026-04"), "from");
    assert_eq!(refused("2023-04", "2026-04"), "to");
    let message =
        ErrorPayload::from(desk.nb.reports(&period("2023-04", "2026-04")).unwrap_err()).message;
    assert_eq!(message, "A report covers at most 36 months.");
    // A bar's month must be one of the period's.
    let err = desk
        .nb
        .customers_behind(
            &period("2026-02", "2026-04"),
            &ReportBar::Drifting {
                month: "2026-05".into(),
            },
        )
        .unwrap_err();
    assert_eq!(field(err), "month");
}

#[test]
fn words_of_a_refused_period_in_french() {
    assert_eq!(
        kindly_words::say_in("fr", "reports-from-after-to", None),
        "Le premier mois est après le dernier."
    );
}
