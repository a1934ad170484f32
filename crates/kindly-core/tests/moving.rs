//! Moving a notebook file into a team notebook and copying the team
//! notebook back out to a file (`kindly team move-in`, `copy-out`), on a
//! real PostgreSQL server (`KINDLY_TEST_POSTGRES`, started by `make
//! test-rust`; never skipped): the copy is the same notebook as the one
//! moved in, every table compared row by row, and the team notebook
//! answers in between as the file did.

#![allow(
    clippy::disallowed_types,
    reason = "reads both notebook files with SQLite directly, table by table, as another program would, to compare every row"
)]

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::desk::*;
use kindly_core::*;
use rusqlite::types::Value;
use rusqlite::{Connection, OpenFlags};

/// Every row of every table of the notebook file at `path` but the
/// lookup tables (derived, written again by each store) and the settings
/// (see [`settings`]), each row as text, rows in order. A phone's rowid
/// comes first: it is the order phones were written in, which lookups
/// keep. (Other tables' rowids are their keys, or mean nothing: emails,
/// tags and list items are in the order of their positions.)
fn rows(path: &Path) -> BTreeMap<String, Vec<Vec<String>>> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    let tables: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table'
               AND name NOT LIKE 'search%' AND name <> 'settings' ORDER BY name",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    tables
        .into_iter()
        .map(|table| {
            let rowid = if table == "customer_phones" {
                "rowid, "
            } else {
                ""
            };
            let mut statement = conn
                .prepare(&format!("SELECT {rowid}* FROM {table}"))
                .unwrap();
            let width = statement.column_count();
            let mut all: Vec<Vec<String>> = statement
                .query_map([], |r| {
                    (0..width)
                        .map(|i| Ok(format!("{:?}", r.get::<_, Value>(i)?)))
                        .collect()
                })
                .unwrap()
                .collect::<rusqlite::Result<_>>()
                .unwrap();
            all.sort();
            (table, all)
        })
        .collect()
}

/// The settings of the notebook file at `path`.
fn settings(path: &Path) -> BTreeMap<String, String> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    let mut statement = conn.prepare("SELECT key, value FROM settings").unwrap();
    let settings = statement
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    settings
}

/// The settings that belong to the notebook and move; the others belong
/// to the laptop or its file and stay there.
const MOVED: [&str; 5] = [
    "phone_region",
    "time_zone",
    "reminder_time",
    "welcomed_at",
    "sample_staff",
];

/// Checks that the copy at `copy` is the notebook file at `original`: the
/// same rows in every table, the notebook's own settings and none of the
/// laptop's.
fn same_notebook(original: &Path, copy: &Path) {
    let (before, after) = (rows(original), rows(copy));
    assert_eq!(
        before.keys().collect::<Vec<_>>(),
        after.keys().collect::<Vec<_>>()
    );
    for (table, rows) in &before {
        assert!(
            after[table] == *rows,
            "{table}: {} rows before, {} after; first difference: {:?}",
            rows.len(),
            after[table].len(),
            rows.iter()
                .zip(&after[table])
                .find(|(a, b)| a != b)
                .map_or_else(|| "(one has more rows)".to_owned(), |d| format!("{d:?}"))
        );
    }
    let kept: BTreeMap<String, String> = settings(original)
        .into_iter()
        .filter(|(k, _)| MOVED.contains(&k.as_str()))
        .collect();
    assert_eq!(
        settings(copy),
        kept,
        "the notebook's settings, nobody's desk"
    );
}

/// A clock standing still at `now`.
fn at(now: Millis) -> Clock {
    std::sync::Arc::new(move || now)
}

/// What a few lookups by name and by number answer.
fn lookups(nb: &Notebook, queries: &[String]) -> Vec<String> {
    queries
        .iter()
        .map(|q| {
            let found: Vec<String> = nb
                .search(q, 20)
                .unwrap()
                .into_iter()
                .map(|c| c.id)
                .collect();
            let callers: Vec<String> = if q.chars().filter(char::is_ascii_digit).count() >= 7 {
                nb.find_caller(q)
                    .unwrap()
                    .matches
                    .into_iter()
                    .map(|m| m.customer_id)
                    .collect()
            } else {
                Vec::new()
            };
            format!("{q}: {found:?} {callers:?}")
        })
        .collect()
}

/// Lookups for some of the customers of `nb`: their names, a word of
/// their name, their numbers, the end of a number.
fn queries_for(nb: &Notebook, every: usize) -> Vec<String> {
    let mut queries = vec!["a".to_owned(), "ann".to_owned(), "ller".to_owned()];
    let people = nb.search("e", MAX_LIMIT).unwrap();
    for summary in people.iter().step_by(every) {
        let c = nb.customer(&summary.id).unwrap();
        queries.push(c.full_name.clone());
        queries.extend(c.full_name.split(' ').next_back().map(str::to_owned));
        for p in &c.phones {
            queries.push(p.number.clone());
            let digits: String = p.number.chars().filter(char::is_ascii_digit).collect();
            queries.push(digits[digits.len().saturating_sub(7)..].to_owned());
        }
    }
    queries
}

#[test]
fn the_sample_notebook_moves_in_and_copies_out_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let laptop = dir.path().join("laptop.sqlite");
    let now = london("2027-03-01 09:00");
    let mut nb = Notebook::open(&laptop).unwrap().with_clock(at(now));
    nb.set_time_zone("Europe/London").unwrap();
    nb.welcome(&Welcome {
        phone_region: "GB".into(),
        at_desk: "Sam Ortiz".into(),
        sample: true,
    })
    .unwrap();
    nb.set_global_shortcut(Some("Ctrl+Shift+K")).unwrap();
    assert_eq!(nb.info().unwrap().customer_count, 36);

    let url = common::new_team_notebook();
    let preview = move_in_preview(&nb, &url).unwrap();
    let moved = move_in(&nb, &url).unwrap();
    assert_eq!(preview, moved, "the preview counts what then moves");
    assert_eq!(moved.customers, 36);
    assert_eq!(moved.staff, 4, "Sam and the sample's three");
    assert!(
        moved.conversations > 36 && moved.follow_ups > 0,
        "{moved:?}"
    );

    // The team notebook answers as the file did.
    let team = Notebook::open_team(&url).unwrap().with_clock(at(now));
    let queries = queries_for(&nb, 3);
    assert_eq!(lookups(&team, &queries), lookups(&nb, &queries));
    assert_eq!(
        format!("{:?}", team.today().unwrap()),
        format!("{:?}", nb.today().unwrap())
    );
    assert_eq!(team.time_settings().unwrap(), nb.time_settings().unwrap());
    assert_eq!(team.sample_count().unwrap(), 36);
    assert!(!team.info().unwrap().welcome, "welcomed already");

    // A second run is refused and writes nothing; so is its preview.
    let err = move_in_preview(&nb, &url).unwrap_err();
    assert!(matches!(err, Error::TeamNotebookNotEmpty), "{err:?}");
    let err = move_in(&nb, &url).unwrap_err();
    assert!(matches!(err, Error::TeamNotebookNotEmpty), "{err:?}");
    assert!(err.to_string().contains("Nothing was changed"), "{err}");

    let copy = dir.path().join("copy.sqlite");
    assert_eq!(copy_out(&team, &copy).unwrap(), moved);
    same_notebook(&laptop, &copy);

    // Never over a file; no half file left behind.
    let err = copy_out(&team, &copy).unwrap_err();
    assert!(
        matches!(err, Error::Invalid { ref field, .. } if field == "file"),
        "{err:?}"
    );
    same_notebook(&laptop, &copy);
    let mut left: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| !name.starts_with("laptop.sqlite"))
        .collect();
    left.sort();
    assert_eq!(left, ["copy.sqlite"], "one file, nothing beside it");

    // An ordinary notebook on this computer.
    let back = Notebook::open(&copy).unwrap().with_clock(at(now));
    assert_eq!(back.integrity_check().unwrap(), "ok");
    assert_eq!(lookups(&back, &queries), lookups(&nb, &queries));
    assert_eq!(back.sample_count().unwrap(), 36);
}

/// A notebook file at `path` with 10,000 customers and everything else a
/// notebook holds: history, follow-ups with schedules and reminders,
/// situations, merges (one undone), Trash, change history, staff.
fn generated(path: &Path) -> Desk {
    let mut desk = Desk::open(path, london("2027-03-01 09:00"));
    const FIRST: [&str; 10] = [
        "Ana",
        "Björn",
        "Chloé",
        "Dmitri",
        "Elif",
        "François",
        "Grace",
        "Hans",
        "Inés",
        "Jürgen",
    ];
    const LAST: [&str; 10] = [
        "Müller",
        "García",
        "O'Brien",
        "Nørgaard",
        "Kowalski",
        "Smith",
        "Tanaka",
        "Rossi",
        "Okafor",
        "Nguyen",
    ];
    let inputs: Vec<CustomerInput> = (0..10_000)
        .map(|n: usize| CustomerInput {
            full_name: format!("{} {} {n}", FIRST[n % 10], LAST[(n / 10) % 10]),
            preferred_name: if n.is_multiple_of(7) {
                FIRST[n % 10].into()
            } else {
                String::new()
            },
            company: if n.is_multiple_of(5) {
                format!("Firm {}", n / 5)
            } else {
                String::new()
            },
            phones: vec![PhoneInput {
                label: "mobile".into(),
                number: format!("07700 9{n:05}"),
                primary: true,
            }],
            emails: if n.is_multiple_of(2) {
                vec![EmailInput {
                    label: "home".into(),
                    address: format!("person{n}@example.com"),
                    primary: false,
                }]
            } else {
                Vec::new()
            },
            tags: match n % 3 {
                0 => vec!["Wedding cakes".into()],
                1 => vec!["Regular".into(), "Trade".into()],
                _ => Vec::new(),
            },
            dont: if n.is_multiple_of(11) {
                vec!["No calls after 6".into()]
            } else {
                Vec::new()
            },
            preferences: if n.is_multiple_of(13) {
                vec!["Oat milk".into()]
            } else {
                Vec::new()
            },
            remember: if n.is_multiple_of(17) {
                vec!["Dog called Rex".into()]
            } else {
                Vec::new()
            },
            notes: if n.is_multiple_of(4) {
                format!("Note number {n}")
            } else {
                String::new()
            },
            birthday: (n.is_multiple_of(10)).then_some(Birthday {
                year: (n.is_multiple_of(20)).then_some(1980),
                month: (n % 12 + 1) as u8,
                day: (n % 28 + 1) as u8,
            }),
            looked_after_by: if n.is_multiple_of(9) {
                "Ana".into()
            } else {
                String::new()
            },
            ..CustomerInput::default()
        })
        .collect();
    let ids = desk.create_customers(&inputs).unwrap();
    let talks: Vec<ConversationInput> = ids
        .iter()
        .take(6_000)
        .enumerate()
        .map(|(n, id)| ConversationInput {
            customer_id: id.clone(),
            channel: Channel::CallIn,
            happened_at: Some(london("2027-02-01 10:00") + (n as Millis) * MINUTE),
            staff: "Ana".into(),
            summary: format!("Asked about order {n}"),
            mood: (n.is_multiple_of(3)).then_some(Mood::Pleased),
            issue_id: None,
            follow_up: None,
        })
        .collect();
    desk.log_conversations(&talks).unwrap();

    for name in ["Ana", "Ben", "Cleo"] {
        desk.add_staff(name, "").unwrap();
    }
    let roster = desk.staff_roster().unwrap();
    desk.remove_staff(&roster.staff[2].id).unwrap();
    desk.set_at_desk(Some(&roster.staff[0].id)).unwrap();

    // A conversation linked later to an issue opened after it.
    let early = desk
        .log_conversation(&ConversationInput {
            customer_id: ids[40].clone(),
            channel: Channel::Email,
            happened_at: None,
            staff: "Ben".into(),
            summary: "The cake was late".into(),
            mood: Some(Mood::Upset),
            issue_id: None,
            follow_up: None,
        })
        .unwrap();
    let mut issues = Vec::new();
    for (n, id) in ids.iter().enumerate().skip(40).take(30) {
        let issue = desk
            .open_issue(&IssueInput {
                customer_id: id.clone(),
                title: format!("Delivery {n} went wrong"),
                own_words: "It came broken".into(),
                root_cause: String::new(),
                categories: vec!["delivery".into(), format!("route {}", n % 4)],
                handler: "Ben".into(),
                mood_at_start: Some(Mood::Upset),
                staff: "Ben".into(),
            })
            .unwrap();
        issues.push((id.clone(), issue.id));
    }
    let mut relinked = desk.conversation(&early.id).unwrap();
    let relink = ConversationInput {
        customer_id: ids[40].clone(),
        channel: relinked.channel,
        happened_at: Some(relinked.happened_at),
        staff: relinked.staff.clone(),
        summary: std::mem::take(&mut relinked.summary),
        mood: relinked.mood,
        issue_id: Some(issues[0].1.clone()),
        follow_up: None,
    };
    desk.update_conversation(&early.id, &relink).unwrap();
    for (n, (_, issue)) in issues.iter().enumerate().take(10) {
        let change = if n.is_multiple_of(2) {
            IssueMove {
                to: IssueState::Waiting,
                staff: "Ben".into(),
                note: "Waiting for the courier".into(),
                waiting_on: Some(WaitingOn::Us),
                mood: None,
                check_in: None,
            }
        } else {
            IssueMove {
                to: IssueState::Resolved,
                staff: "Ana".into(),
                note: "Sent a new one".into(),
                waiting_on: None,
                mood: Some(Mood::Pleased),
                check_in: None,
            }
        };
        let version = desk.issue(issue).unwrap().version;
        desk.move_issue(issue, version, &change).unwrap();
    }
    for (n, (customer, issue)) in issues.iter().enumerate().take(20) {
        let now = desk.now();
        let promise = desk
            .make_promise(&PromiseInput {
                customer_id: customer.clone(),
                issue_id: Some(issue.clone()),
                what: format!("Refund {n}"),
                due_at: now + (n as Millis - 5) * DAY,
                promised_by: "Ana".into(),
            })
            .unwrap();
        if n.is_multiple_of(4) {
            desk.settle_promise(
                &promise.id,
                promise.version,
                &PromiseOutcome::Kept {
                    staff: "Ana".into(),
                    note: "Paid".into(),
                },
            )
            .unwrap();
        }
    }

    let mut follow_ups = Vec::new();
    for (n, id) in ids.iter().enumerate().skip(100).take(30) {
        let date = format!("2027-03-{:02}", n % 20 + 1);
        let input = match n % 3 {
            0 => repeating(id, &date, Some("10:30"), "FREQ=WEEKLY;BYDAY=MO,TH"),
            1 => repeating(id, &date, None, "FREQ=MONTHLY;BYMONTHDAY=1"),
            _ => call_back(id, &date, Some("15:00")),
        };
        follow_ups.push(desk.add_follow_up(&input).unwrap());
    }
    // [0] repeats monthly, [1] is a call back, [2] repeats weekly.
    let [f0, f1, f2] = [0, 1, 2].map(|n| (follow_ups[n].id.clone(), follow_ups[n].version));
    desk.skip_follow_up(&f0.0, f0.1, "Ben").unwrap();
    desk.complete_follow_up(&f1.0, f1.1, &done("Ana", "Spoke to her"))
        .unwrap();
    desk.snooze_follow_up(&f2.0, f2.1, &Snooze::NextWeek)
        .unwrap();
    desk.set("2027-03-06 12:00");
    let claimed = desk.claim_reminders().unwrap();
    assert!(claimed.len() > 3, "{}", claimed.len());
    let shown: Vec<i64> = claimed.iter().take(3).map(|r| r.id).collect();
    desk.confirm_reminders(&shown).unwrap();

    let situation = desk
        .create_situation(&SituationInput {
            title: "Oven broken".into(),
            what_happened: "The big oven broke".into(),
            what_we_do: "A new one comes Friday".into(),
            expected_fix: Some(london("2027-03-12 09:00")),
            lead: "Ana".into(),
            staff: "Ana".into(),
        })
        .unwrap();
    let added = desk
        .add_matching(
            &situation,
            &SituationFilter {
                tag: Some("wedding cakes".into()),
                open_issue_category: None,
            },
            "Ana",
        )
        .unwrap();
    assert!(added.count > 3000, "{added:?}");
    let group = desk
        .add_situation_group(&situation, "This week's weddings", "Ben")
        .unwrap();
    let members: Vec<String> = ids.iter().step_by(3).take(10).cloned().collect();
    desk.group_members(&situation, &members, Some(&group), "Ana")
        .unwrap();
    desk.set_member_concierge(&situation, &members[0], "Cleo")
        .unwrap();
    desk.post_situation_update(
        &situation,
        &SituationUpdateInput {
            text: "The oven comes Thursday".into(),
            expected_fix: Some(london("2027-03-11 09:00")),
            staff: "Ana".into(),
        },
    )
    .unwrap();
    desk.mark_told(
        &situation,
        &TellInput {
            customer_ids: members[..5].to_vec(),
            staff: "Ben".into(),
            how: TellHow::Call,
            mood: Some(Mood::Pleased),
            note: "Fine with Thursday".into(),
        },
    )
    .unwrap();
    let second = desk
        .create_situation(&SituationInput {
            title: "Price change".into(),
            what_happened: String::new(),
            what_we_do: String::new(),
            expected_fix: None,
            lead: "Ben".into(),
            staff: "Ben".into(),
        })
        .unwrap();
    let undone = desk.add_to_situation(&second, &ids[..20], "Ben").unwrap();
    desk.undo_situation_action(&undone.id).unwrap();

    // Something deleted for good: the newest entry, so the file's
    // counter of entry keys is past the highest left.
    let gone = desk
        .log_conversation(&ConversationInput {
            customer_id: ids[9_999].clone(),
            channel: Channel::Visit,
            happened_at: None,
            staff: "Ana".into(),
            summary: "Dropped in".into(),
            mood: None,
            issue_id: None,
            follow_up: None,
        })
        .unwrap();
    desk.trash_entry(&gone.id).unwrap();
    desk.empty_trash().unwrap();

    desk.merge_customers(&ids[200], &ids[201]).unwrap();
    let merge = desk.merge_customers(&ids[202], &ids[203]).unwrap().merge;
    desk.undo_merge(&merge.id).unwrap();
    desk.not_duplicates(&ids[204], &ids[205]).unwrap();

    for id in &ids[300..310] {
        let saved = desk.customer(id).unwrap();
        let mut c = saved.to_input();
        c.notes = format!("{} Moved house.", c.notes);
        c.company = "New Firm".into();
        desk.update_customer(id, saved.version, &c).unwrap();
    }
    for id in &ids[400..405] {
        desk.trash_customer(id).unwrap();
    }
    desk.restore_customer(&ids[404]).unwrap();
    for id in &ids[500..503] {
        let talk = desk.customer_record(id).unwrap().conversations[0]
            .id
            .clone();
        desk.trash_entry(&talk).unwrap();
    }
    desk
}

#[test]
fn a_notebook_of_ten_thousand_customers_moves_in_and_copies_out_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let laptop = dir.path().join("laptop.sqlite");
    let desk = generated(&laptop);
    let url = common::new_team_notebook();
    let moved = move_in(&desk, &url).unwrap();
    assert_eq!(moved.customers, 10_000);
    assert_eq!(moved.merges, 2);
    assert_eq!(moved.situations, 2);

    let mut team = Notebook::open_team(&url)
        .unwrap()
        .with_clock(at(desk.now()));
    let queries = queries_for(&desk, 10);
    assert!(queries.len() > 20, "{}", queries.len());
    assert_eq!(lookups(&team, &queries), lookups(&desk, &queries));
    assert_eq!(
        format!("{:?}", team.today().unwrap()),
        format!("{:?}", desk.today().unwrap())
    );

    let copy = dir.path().join("copy.sqlite");
    assert_eq!(copy_out(&team, &copy).unwrap(), moved);
    same_notebook(&laptop, &copy);

    // The team notebook goes on numbering after what moved in: a new
    // customer and a new conversation take new keys, never an old one's.
    let id = team
        .create_customer(&CustomerInput {
            full_name: "Someone New".into(),
            ..CustomerInput::default()
        })
        .unwrap()
        .id;
    team.log_conversation(&ConversationInput {
        customer_id: id.clone(),
        channel: Channel::CallIn,
        happened_at: None,
        staff: "Ana".into(),
        summary: "First call".into(),
        mood: None,
        issue_id: None,
        follow_up: None,
    })
    .unwrap();
    assert_eq!(team.search("someone new", 5).unwrap()[0].id, id);

    // The merge left open on the laptop can still be undone.
    let open = team.recent_merges().unwrap();
    assert_eq!(open.len(), 1, "{open:?}");
    let in_trash = |team: &Notebook| -> bool {
        team.trash()
            .unwrap()
            .iter()
            .any(|t| t.id == open[0].merged_id)
    };
    assert!(in_trash(&team));
    team.undo_merge(&open[0].id).unwrap();
    assert!(!in_trash(&team), "back from Trash");
}

#[test]
fn a_protected_notebook_moves_in_with_its_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let laptop = dir.path().join("laptop.sqlite");
    let mut desk = Desk::open(&laptop, london("2027-03-01 09:00"));
    let rosa = desk.add_customer("Rosa Díaz", "Rosie");
    desk.protect("correct horse battery staple").unwrap();
    drop(desk);

    let nb = Notebook::open_protected(&laptop, "correct horse battery staple").unwrap();
    let url = common::new_team_notebook();
    assert_eq!(move_in(&nb, &url).unwrap().customers, 1);
    let team = Notebook::open_team(&url).unwrap();
    assert_eq!(team.search("rosie", 5).unwrap()[0].id, rosa);
}

#[test]
fn only_a_file_moves_in_and_only_a_team_notebook_copies_out() {
    let url = common::new_team_notebook();
    let team = Notebook::open_team(&url).unwrap();
    let err = move_in(&team, &url).unwrap_err();
    assert!(matches!(err, Error::Invalid { .. }), "{err:?}");
    let dir = tempfile::tempdir().unwrap();
    let file = Notebook::open_in_memory().unwrap();
    let err = copy_out(&file, &dir.path().join("copy.sqlite")).unwrap_err();
    assert!(matches!(err, Error::Invalid { .. }), "{err:?}");
    let err = copy_out(&team, &dir.path().join("missing").join("copy.sqlite")).unwrap_err();
    assert!(
        matches!(err, Error::Invalid { ref field, .. } if field == "file"),
        "{err:?}"
    );
    assert!(err.to_string().contains("no folder"), "{err}");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}
