//! Every core call behind an IPC command, fed hostile text where the window
//! sends text or ids: oversized (10 MB), SQL quotes, FTS5 query syntax,
//! control characters, NUL, right-to-left marks, emoji, paths. Each answers
//! with a result or a typed error (never a panic), and when it refuses,
//! the notebook's content is exactly as before (compared by a digest of
//! every row of every table). On a notebook file and on a team notebook.
//!
//! NUL: PostgreSQL text cannot hold it, so neither store ever holds one.
//! The forms refuse it with the other control characters, the importers
//! drop it, and an id or a lookup holding one finds nothing, on both.

mod common;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

use common::peek::Peek;
use common::{person, phone};
use kindly_core::*;

fn hostile() -> Vec<String> {
    let mut all: Vec<String> = [
        "",
        " ",
        "'; DROP TABLE customers; --",
        "\" OR 1=1 --",
        "\"*",
        "NEAR(cake pie, 2)",
        "a\"b*c\"d",
        "* OR col:name",
        "^agnes",
        "a\u{0}b",
        "\u{1}\u{7}\u{1b}[31mred",
        "\r\n\r\n",
        "\u{202e}txt.exe",
        "\u{200b}\u{feff}",
        "😀👍🏽🏳️‍🌈",
        "%_\\",
        "../../../../etc/passwd",
        "0000-00-00",
        "2026-02-30",
        "25:99",
        "FREQ=SECONDLY;COUNT=999999999",
        "-1",
        "99999999999999999999999",
        "01939b2c-0000-7000-8000-000000000000",
        "<script>alert(1)</script>",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    all.push("x".repeat(10 * 1024 * 1024));
    all.push("é".repeat(5 * 1024 * 1024));
    all
}

/// The ids a call may need alongside the hostile one.
struct Known {
    customer: String,
    other: String,
    issue: String,
    promise: String,
    conversation: String,
    follow_up: String,
    situation: String,
    group: String,
}

/// A notebook a second connection can read (its folder, when a file),
/// with two customers and a story.
fn seeded() -> (common::Place, Notebook, Known) {
    let (dir, mut nb) = common::stored_notebook();
    let mut rosa = person("Rosa Diaz");
    rosa.phones.push(phone("555-010-4477"));
    let rosa = nb.create_customer(&rosa).unwrap();
    let other = nb.create_customer(&person("Sam Lee")).unwrap();
    let conversation = nb
        .log_conversation(&conversation(&rosa.id, "Called"))
        .unwrap();
    let issue = nb.open_issue(&issue(&rosa.id, "Cake late")).unwrap();
    let promise = nb
        .make_promise(&PromiseInput {
            customer_id: rosa.id.clone(),
            issue_id: Some(issue.id.clone()),
            what: "Refund".into(),
            due_at: common::NOW + 86_400_000,
            promised_by: "Jo".into(),
        })
        .unwrap();
    let follow_up = nb
        .add_follow_up(&follow_up(&rosa.id, "2026-12-01"))
        .unwrap();
    nb.add_staff("Jo Bloggs", "JB").unwrap();
    let situation = nb
        .create_situation(&SituationInput {
            title: "Oven broken".into(),
            what_happened: "The oven broke".into(),
            staff: "Jo".into(),
            ..Default::default()
        })
        .unwrap();
    nb.add_to_situation(&situation, std::slice::from_ref(&rosa.id), "Jo")
        .unwrap();
    let group = nb
        .add_situation_group(&situation, "Weddings", "Jo")
        .unwrap();
    let known = Known {
        customer: rosa.id,
        other: other.id,
        issue: issue.id,
        promise: promise.id,
        conversation: conversation.id,
        follow_up: follow_up.id,
        situation,
        group,
    };
    (dir, nb, known)
}

fn conversation(customer_id: &str, summary: &str) -> ConversationInput {
    ConversationInput {
        customer_id: customer_id.into(),
        channel: Channel::CallIn,
        happened_at: None,
        staff: "Jo".into(),
        summary: summary.into(),
        mood: None,
        issue_id: None,
        follow_up: None,
    }
}

fn issue(customer_id: &str, title: &str) -> IssueInput {
    IssueInput {
        customer_id: customer_id.into(),
        title: title.into(),
        own_words: "In their words".into(),
        root_cause: String::new(),
        categories: vec!["delivery".into()],
        handler: "Jo".into(),
        mood_at_start: None,
        staff: "Jo".into(),
    }
}

fn follow_up(customer_id: &str, date: &str) -> FollowUpInput {
    FollowUpInput {
        customer_id: customer_id.into(),
        about_id: None,
        action: FollowUpAction::CallBack,
        date: date.into(),
        time: None,
        repeat: None,
        assignee: String::new(),
        note: String::new(),
        staff: String::new(),
    }
}

type Call = fn(&mut Notebook, &Known, &str, &Path) -> Result<()>;

/// Each command's core call with the hostile text `s` in one of its text
/// or id inputs; `true` when the call only reads.
fn calls() -> Vec<(&'static str, bool, Call)> {
    vec![
        ("search", true, |nb, _, s, _| nb.search(s, 20).map(drop)),
        ("find_caller", true, |nb, _, s, _| {
            nb.find_caller(s).map(drop)
        }),
        ("customer", true, |nb, _, s, _| nb.customer(s).map(drop)),
        ("brief", true, |nb, _, s, _| nb.brief(s).map(drop)),
        ("brief_text", true, |nb, _, s, _| nb.brief_text(s).map(drop)),
        ("customer_page", true, |nb, _, s, _| {
            nb.customer_page(s, &[]).map(drop)
        }),
        ("timeline", true, |nb, _, s, _| {
            nb.timeline(s, &[], None, 50).map(drop)
        }),
        ("issue", true, |nb, _, s, _| nb.issue(s).map(drop)),
        ("promise", true, |nb, _, s, _| nb.promise(s).map(drop)),
        ("conversation", true, |nb, _, s, _| {
            nb.conversation(s).map(drop)
        }),
        ("follow_up", true, |nb, _, s, _| nb.follow_up(s).map(drop)),
        ("customer_record", true, |nb, _, s, _| {
            nb.customer_record(s).map(drop)
        }),
        ("write_customer_record", true, |nb, _, s, dir| {
            nb.write_customer_record(s, &dir.join("out")).map(drop)
        }),
        ("read_contacts_file", true, |nb, _, s, _| {
            nb.read_contacts_file(Path::new(s), None).map(drop)
        }),
        ("create_customer name", false, |nb, _, s, _| {
            nb.create_customer(&person(s)).map(drop)
        }),
        ("create_customer phone", false, |nb, _, s, _| {
            let mut p = person("Phone Test");
            p.phones.push(phone(s));
            nb.create_customer(&p).map(drop)
        }),
        ("create_customer email", false, |nb, _, s, _| {
            let mut p = person("Email Test");
            p.emails.push(common::email(s));
            nb.create_customer(&p).map(drop)
        }),
        ("update_customer id", false, |nb, _, s, _| {
            nb.update_customer(s, 1, &person("X")).map(drop)
        }),
        ("update_customer notes", false, |nb, k, s, _| {
            let mut p = person("Rosa Diaz");
            p.notes = s.into();
            nb.update_customer(&k.customer, nb.customer(&k.customer).unwrap().version, &p)
                .map(drop)
        }),
        ("trash_customer", false, |nb, _, s, _| nb.trash_customer(s)),
        ("restore_customer", false, |nb, _, s, _| {
            nb.restore_customer(s)
        }),
        ("forget_customer", false, |nb, _, s, _| {
            nb.forget_customer(s)
        }),
        ("trash_entry", false, |nb, _, s, _| nb.trash_entry(s)),
        ("restore_entry", false, |nb, _, s, _| nb.restore_entry(s)),
        ("merge_customers", false, |nb, k, s, _| {
            nb.merge_customers(&k.customer, s).map(drop)
        }),
        ("undo_merge", false, |nb, _, s, _| nb.undo_merge(s)),
        ("not_duplicates", false, |nb, k, s, _| {
            nb.not_duplicates(s, &k.other)
        }),
        ("log_conversation customer", false, |nb, _, s, _| {
            nb.log_conversation(&conversation(s, "hello")).map(drop)
        }),
        ("log_conversation summary", false, |nb, k, s, _| {
            nb.log_conversation(&conversation(&k.customer, s)).map(drop)
        }),
        ("update_conversation", false, |nb, k, s, _| {
            nb.update_conversation(&k.conversation, &conversation(&k.customer, s))
                .map(drop)
        }),
        ("open_issue", false, |nb, k, s, _| {
            nb.open_issue(&issue(&k.customer, s)).map(drop)
        }),
        ("update_issue", false, |nb, k, s, _| {
            nb.update_issue(
                &k.issue,
                nb.issue(&k.issue).unwrap().version,
                &issue(&k.customer, s),
            )
            .map(drop)
        }),
        ("move_issue", false, |nb, k, s, _| {
            nb.move_issue(
                &k.issue,
                nb.issue(&k.issue).unwrap().version,
                &IssueMove {
                    to: IssueState::Resolved,
                    staff: s.into(),
                    note: s.into(),
                    waiting_on: None,
                    mood: None,
                    check_in: None,
                },
            )
            .map(drop)
        }),
        ("make_promise", false, |nb, k, s, _| {
            nb.make_promise(&PromiseInput {
                customer_id: k.customer.clone(),
                issue_id: Some(s.into()),
                what: s.into(),
                due_at: common::NOW,
                promised_by: s.into(),
            })
            .map(drop)
        }),
        ("settle_promise", false, |nb, k, s, _| {
            nb.settle_promise(
                &k.promise,
                nb.promise(&k.promise).unwrap().version,
                &PromiseOutcome::Broken {
                    staff: s.into(),
                    note: s.into(),
                },
            )
            .map(drop)
        }),
        ("add_follow_up date", false, |nb, k, s, _| {
            nb.add_follow_up(&follow_up(&k.customer, s)).map(drop)
        }),
        ("add_follow_up repeat", false, |nb, k, s, _| {
            let mut f = follow_up(&k.customer, "2026-12-02");
            f.repeat = Some(s.into());
            f.time = Some(s.into());
            nb.add_follow_up(&f).map(drop)
        }),
        ("update_follow_up", false, |nb, k, s, _| {
            let mut f = follow_up(&k.customer, "2026-12-03");
            f.note = s.into();
            nb.update_follow_up(
                &k.follow_up,
                nb.follow_up(&k.follow_up).unwrap().version,
                &f,
            )
            .map(drop)
        }),
        ("complete_follow_up", false, |nb, _, s, _| {
            nb.complete_follow_up(
                s,
                1,
                &FollowUpDone {
                    staff: s.into(),
                    note: s.into(),
                },
            )
            .map(drop)
        }),
        ("skip_follow_up", false, |nb, _, s, _| {
            nb.skip_follow_up(s, 1, s).map(drop)
        }),
        ("snooze_follow_up", false, |nb, k, s, _| {
            nb.snooze_follow_up(
                &k.follow_up,
                nb.follow_up(&k.follow_up).unwrap().version,
                &Snooze::Until {
                    date: s.into(),
                    time: Some(s.into()),
                },
            )
            .map(drop)
        }),
        ("reassign_follow_up", false, |nb, _, s, _| {
            nb.reassign_follow_up(s, 1, s).map(drop)
        }),
        ("log_call", false, |nb, k, s, _| {
            nb.log_call(&AfterCall {
                call: conversation(&k.customer, s),
                outcome: CallOutcome::Spoke,
                done_follow_up_ids: vec![s.into()],
            })
            .map(drop)
        }),
        ("add_staff", false, |nb, _, s, _| {
            nb.add_staff(s, s).map(drop)
        }),
        ("remove_staff", false, |nb, _, s, _| {
            nb.remove_staff(s).map(drop)
        }),
        ("set_at_desk", false, |nb, _, s, _| {
            nb.set_at_desk(Some(s)).map(drop)
        }),
        ("set_phone_region", false, |nb, _, s, _| {
            nb.set_phone_region(s)
        }),
        ("set_reminder_time", false, |nb, _, s, _| {
            nb.set_reminder_time(s).map(drop)
        }),
        ("set_global_shortcut", false, |nb, _, s, _| {
            nb.set_global_shortcut(Some(s)).map(drop)
        }),
        ("update_promise", false, |nb, k, s, _| {
            nb.update_promise(
                &k.promise,
                nb.promise(&k.promise).unwrap().version,
                &PromiseInput {
                    customer_id: k.customer.clone(),
                    issue_id: None,
                    what: s.into(),
                    due_at: common::NOW,
                    promised_by: "Jo".into(),
                },
            )
            .map(drop)
        }),
        ("situation", true, |nb, _, s, _| nb.situation(s).map(drop)),
        ("situation_progress", true, |nb, _, s, _| {
            nb.situation_progress(s).map(drop)
        }),
        ("situation_messages", true, |nb, _, s, _| {
            nb.situation_messages(s).map(drop)
        }),
        ("situation_members id", true, |nb, _, s, _| {
            nb.situation_members(s, &MemberFilter::default(), 0, 20)
                .map(drop)
        }),
        ("situation_members filter", true, |nb, k, s, _| {
            let filter = MemberFilter {
                name: s.into(),
                group_id: Some(s.into()),
                told: None,
                customer_ids: vec![s.into()],
            };
            nb.situation_members(&k.situation, &filter, 0, 20).map(drop)
        }),
        ("situation_member_ids", true, |nb, k, s, _| {
            let filter = MemberFilter {
                name: s.into(),
                ..Default::default()
            };
            nb.situation_member_ids(&k.situation, &filter).map(drop)
        }),
        ("count_matching", true, |nb, _, s, _| {
            nb.count_matching(&SituationFilter {
                tag: Some(s.into()),
                open_issue_category: Some(s.into()),
            })
            .map(drop)
        }),
        ("create_situation", false, |nb, _, s, _| {
            nb.create_situation(&SituationInput {
                title: s.into(),
                what_happened: s.into(),
                what_we_do: s.into(),
                expected_fix: None,
                lead: s.into(),
                staff: s.into(),
            })
            .map(drop)
        }),
        ("update_situation id", false, |nb, _, s, _| {
            nb.update_situation(
                s,
                1,
                &SituationInput {
                    title: "Oven".into(),
                    ..Default::default()
                },
            )
        }),
        ("update_situation text", false, |nb, k, s, _| {
            nb.update_situation(
                &k.situation,
                nb.situation(&k.situation).unwrap().version,
                &SituationInput {
                    title: "Oven broken".into(),
                    what_happened: s.into(),
                    ..Default::default()
                },
            )
        }),
        ("post_situation_update", false, |nb, k, s, _| {
            nb.post_situation_update(
                &k.situation,
                &SituationUpdateInput {
                    text: s.into(),
                    expected_fix: None,
                    staff: s.into(),
                },
            )
        }),
        ("mark_told", false, |nb, k, s, _| {
            nb.mark_told(
                &k.situation,
                &TellInput {
                    customer_ids: vec![s.into()],
                    staff: "Jo".into(),
                    how: TellHow::Call,
                    mood: None,
                    note: s.into(),
                },
            )
        }),
        ("mark_told note", false, |nb, k, s, _| {
            nb.mark_told(
                &k.situation,
                &TellInput {
                    customer_ids: vec![k.customer.clone()],
                    staff: s.into(),
                    how: TellHow::Call,
                    mood: None,
                    note: s.into(),
                },
            )
        }),
        ("close_situation", false, |nb, _, s, _| {
            nb.close_situation(
                s,
                1,
                &CloseSituation {
                    staff: "Jo".into(),
                    check_in_days: None,
                    cards_for_upset: false,
                },
            )
            .map(drop)
        }),
        ("undo_situation_action", false, |nb, _, s, _| {
            nb.undo_situation_action(s)
        }),
        ("add_matching", false, |nb, k, s, _| {
            let filter = SituationFilter {
                tag: Some(s.into()),
                open_issue_category: None,
            };
            nb.add_matching(&k.situation, &filter, s).map(drop)
        }),
        ("add_to_situation", false, |nb, k, s, _| {
            nb.add_to_situation(&k.situation, &[s.into()], "Jo")
                .map(drop)
        }),
        ("remove_from_situation", false, |nb, k, s, _| {
            nb.remove_from_situation(&k.situation, s)
        }),
        ("add_situation_group", false, |nb, k, s, _| {
            nb.add_situation_group(&k.situation, s, s).map(drop)
        }),
        ("set_group_concierge group", false, |nb, k, s, _| {
            nb.set_group_concierge(&k.situation, s, "Jo")
        }),
        ("set_group_concierge name", false, |nb, k, s, _| {
            nb.set_group_concierge(&k.situation, &k.group, s)
        }),
        ("set_member_concierge", false, |nb, k, s, _| {
            nb.set_member_concierge(&k.situation, &k.customer, s)
        }),
        ("group_members", false, |nb, k, s, _| {
            nb.group_members(
                &k.situation,
                std::slice::from_ref(&k.customer),
                Some(s),
                "Jo",
            )
            .map(drop)
        }),
        ("restore_from", false, |nb, _, s, dir| {
            nb.restore_from(Path::new(s), &dir.join("safety")).map(drop)
        }),
    ]
}

#[test]
fn every_call_answers_hostile_text_without_panicking_and_refusals_change_nothing() {
    // Where calls that name a file write or look (never the notebook's).
    let dir = tempfile::tempdir().unwrap();
    let (_notebook_dir, mut nb, known) = seeded();
    let mut peek = Peek::open(&nb);
    let inputs = hostile();
    let mut refused = 0;
    for (name, read_only, call) in calls() {
        for s in &inputs {
            let shown: String = s.chars().take(30).collect();
            let before = peek.digest();
            let outcome = catch_unwind(AssertUnwindSafe(|| call(&mut nb, &known, s, dir.path())));
            let result = outcome.unwrap_or_else(|_| panic!("{name} panicked on {shown:?}"));
            match result {
                Err(err) => {
                    refused += 1;
                    let payload = ErrorPayload::from(err);
                    assert!(!payload.message.is_empty(), "{name} on {shown:?}");
                    // A refusal of the input, never a failure of the store
                    // (a team notebook's server cannot hold a NUL in text:
                    // Kindly never hands it one).
                    let expected = [ErrorCode::InvalidInput, ErrorCode::NotFound];
                    assert!(
                        expected.contains(&payload.code)
                            || (payload.code == ErrorCode::LaptopOnly && nb.is_team()),
                        "{name} on {shown:?}: {:?} {}",
                        payload.code,
                        payload.message
                    );
                    assert_eq!(
                        peek.digest(),
                        before,
                        "{name} refused {shown:?} ({}) but changed the notebook",
                        payload.message
                    );
                }
                Ok(()) if read_only => {
                    assert_eq!(
                        peek.digest(),
                        before,
                        "{name} on {shown:?} changed the notebook"
                    );
                }
                Ok(()) => {
                    // Accepted text is stored without a NUL (the forms
                    // refuse control characters, importers drop them).
                    if s.contains('\0') {
                        assert!(!peek.everything().contains('\0'), "{name} stored a NUL");
                    }
                }
            }
        }
    }
    assert!(
        refused > 500,
        "only {refused} refusals: the inputs are not hostile enough"
    );
    // The notebook is sound and still knows its customers.
    assert!(nb.customer(&known.customer).is_ok());
    if !nb.is_team() {
        assert_eq!(nb.integrity_check().unwrap(), "ok");
    }
}

/// Hostile text the forms accept is stored exactly as it was typed (but
/// for the spaces around it), read back the same through the notebook and
/// through a second connection, and none of it runs: the same tables, with
/// exactly the rows written; a lookup's wildcards match only themselves.
#[test]
fn accepted_hostile_text_is_stored_byte_exact_and_nothing_in_it_runs() {
    let (_dir, mut nb) = common::stored_notebook();
    let mut peek = Peek::open(&nb);
    let tables = peek.tables();
    let mut stored: Vec<(String, String)> = Vec::new();
    for s in hostile() {
        let mut input = person(&s);
        input.notes = s.clone();
        input.tags = vec![s.clone()];
        input.preferences = vec![s.clone()];
        match nb.create_customer(&input) {
            Ok(c) => stored.push((c.id, s.trim().to_owned())),
            // Blank, not one line, control characters, too long.
            Err(err) => assert_eq!(
                ErrorPayload::from(err).code,
                ErrorCode::InvalidInput,
                "{:?}",
                s.chars().take(30).collect::<String>()
            ),
        }
    }
    assert!(stored.len() >= 15, "only {} accepted", stored.len());
    let texts: Vec<&str> = stored.iter().map(|(_, text)| text.as_str()).collect();

    for (id, text) in &stored {
        let c = nb.customer(id).unwrap();
        let read = [&c.full_name, &c.notes, &c.tags[0], &c.preferences[0]];
        for field in read {
            assert_eq!(field.as_bytes(), text.as_bytes());
        }
    }
    for sql in [
        "SELECT full_name FROM customers ORDER BY pk",
        "SELECT notes FROM customers ORDER BY pk",
        "SELECT tag FROM customer_tags ORDER BY customer_pk",
        "SELECT text FROM customer_items ORDER BY customer_pk",
    ] {
        assert_eq!(peek.strings(sql), texts, "{sql}");
    }
    assert_eq!(peek.tables(), tables, "no table dropped or made");
    assert_eq!(
        peek.count("SELECT count(*) FROM customers"),
        stored.len() as i64
    );

    for (id, text) in &stored {
        if text.chars().any(char::is_alphabetic) {
            let found = nb.search(text, 50).unwrap();
            assert!(found.iter().any(|c| &c.id == id), "{text:?}: {found:?}");
        }
    }
    for wildcards in ["%", "_", "%%", "__", "*", "\\%"] {
        let found = nb.search(wildcards, 50).unwrap();
        let names: Vec<&str> = found.iter().map(|c| c.full_name.as_str()).collect();
        assert!(
            names.iter().all(|n| n.contains(wildcards)),
            "{wildcards:?} found {names:?}"
        );
    }
}
