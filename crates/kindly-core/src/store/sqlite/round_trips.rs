//! How many SQL statements each screen's read runs. The next store sits
//! across a network, where every statement is a round trip: a screen must
//! cost a small number of them, the same for a notebook of five rows as for
//! one of two hundred, never one per row shown.

use std::cell::Cell;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

use rusqlite::trace::{TraceEvent, TraceEventCodes};

use crate::rules::follow_up_model::{FollowUpAction, FollowUpInput};
use crate::rules::history_model::{Channel, ConversationInput, IssueInput, PromiseInput};
use crate::rules::model::{Birthday, CustomerInput, Millis};
use crate::rules::situation_model::{MemberFilter, SituationInput, TellHow, TellInput};
use crate::use_cases::notebook::Notebook;

/// 2026-11-22 09:00 UTC.
const NOW: Millis = 1_795_338_000_000;
const DAY: Millis = 24 * 60 * 60 * 1000;
const SMALL: usize = 5;
const LARGE: usize = 200;

thread_local! {
    static STATEMENTS: Cell<usize> = const { Cell::new(0) };
}

fn count_statement(event: TraceEvent<'_>) {
    // A trigger's subprogram is reported as `-- TRIGGER name`: it runs
    // inside its statement, not as a round trip of its own.
    if let TraceEvent::Stmt(_, sql) = event {
        if !sql.starts_with("--") {
            STATEMENTS.with(|n| n.set(n.get() + 1));
        }
    }
}

/// What `read` returns, and how many statements it ran on `nb`'s
/// connection (SQLite calls the trace hook on the thread that steps the
/// statement, this one).
fn statements<T>(nb: &Notebook, read: impl FnOnce(&Notebook) -> T) -> (T, usize) {
    STATEMENTS.with(|n| n.set(0));
    let file = nb
        .store
        .file("counting-statements")
        .expect("a notebook file");
    file.conn
        .trace_v2(TraceEventCodes::SQLITE_TRACE_STMT, Some(count_statement));
    let out = read(nb);
    file.conn.trace_v2(TraceEventCodes::SQLITE_TRACE_STMT, None);
    (out, STATEMENTS.with(Cell::get))
}

/// A notebook with `rows` of everything a screen lists: customers called
/// Rosie with a birthday this week and a conversation about an invoice,
/// and one of them ("Busy") with `rows` open issues, open promises and
/// follow-ups due (overdue, today, this week); `rows` situations, the first
/// affecting every customer, some of them told.
struct Filled {
    nb: Notebook,
    busy: String,
    situation: String,
}

fn filled(rows: usize) -> Filled {
    let tick = Arc::new(AtomicI64::new(NOW));
    let mut nb = Notebook::open_in_memory()
        .unwrap()
        .with_clock(Arc::new(move || tick.fetch_add(1000, Ordering::SeqCst)));
    nb.set_phone_region("US").unwrap();
    let ids = nb
        .create_customers(
            &(0..rows)
                .map(|i| CustomerInput {
                    full_name: format!("Rosie Number{i}"),
                    tags: vec!["regular".into()],
                    birthday: Some(Birthday {
                        year: Some(1980),
                        month: 11,
                        day: 22 + (i % 7) as u8,
                    }),
                    ..Default::default()
                })
                .collect::<Vec<_>>(),
        )
        .unwrap();
    let talks: Vec<ConversationInput> = ids
        .iter()
        .map(|id| ConversationInput {
            customer_id: id.clone(),
            channel: Channel::CallIn,
            happened_at: None,
            staff: "Ana".into(),
            summary: "Asked about the invoicezz".into(),
            mood: None,
            issue_id: None,
            follow_up: None,
        })
        .collect();
    nb.log_conversations(&talks).unwrap();
    let busy = nb
        .create_customer(&CustomerInput {
            full_name: "Busy Person".into(),
            ..Default::default()
        })
        .unwrap()
        .id;
    for i in 0..rows {
        nb.open_issue(&IssueInput {
            customer_id: busy.clone(),
            title: format!("Problem {i}"),
            categories: vec!["billing".into(), format!("kind {}", i % 3)],
            handler: "Ana".into(),
            staff: "Ana".into(),
            ..Default::default()
        })
        .unwrap();
        nb.make_promise(&PromiseInput {
            customer_id: busy.clone(),
            issue_id: None,
            what: format!("Promise {i}"),
            due_at: NOW + (i as Millis % 10 - 3) * DAY,
            promised_by: "Ana".into(),
        })
        .unwrap();
        nb.add_follow_up(&FollowUpInput {
            customer_id: busy.clone(),
            about_id: None,
            action: FollowUpAction::CallBack,
            date: format!("2026-11-{}", 19 + i % 8),
            time: None,
            repeat: None,
            assignee: "Ana".into(),
            note: String::new(),
            staff: "Ana".into(),
        })
        .unwrap();
    }
    let mut situation = String::new();
    for i in 0..rows {
        let id = nb
            .create_situation(&SituationInput {
                title: format!("Outage {i}"),
                lead: "Ana".into(),
                staff: "Ana".into(),
                ..Default::default()
            })
            .unwrap();
        if i == 0 {
            nb.add_to_situation(&id, &ids, "Ana").unwrap();
            nb.mark_told(
                &id,
                &TellInput {
                    customer_ids: ids.iter().step_by(2).cloned().collect(),
                    staff: "Ana".into(),
                    how: TellHow::Call,
                    mood: None,
                    note: String::new(),
                },
            )
            .unwrap();
            situation = id;
        }
    }
    Filled {
        nb,
        busy,
        situation,
    }
}

/// Statements run by `read` on a small and a large notebook (it is given
/// the number of rows).
fn small_and_large(read: impl Fn(&Filled, usize) -> usize) -> (usize, usize) {
    (read(&filled(SMALL), SMALL), read(&filled(LARGE), LARGE))
}

#[test]
fn a_lookup_page_is_a_few_statements_however_many_it_shows() {
    let (small, large) = small_and_large(|f, rows| {
        // Found only by the words of their conversations, the last tier:
        // every index probe runs, whatever was found.
        let (hits, n) = statements(&f.nb, |nb| nb.search("invoicez", 50).unwrap());
        assert_eq!(hits.len(), rows.min(50));
        assert!(hits.iter().all(|h| h.full_name.starts_with("Rosie")));
        n
    });
    assert_eq!(small, large, "5 hits and 50 hits take as many statements");
    assert!(large <= 15, "{large} statements for one keystroke");

    let (small, large) = small_and_large(|f, rows| {
        let (hits, n) = statements(&f.nb, |nb| nb.search("rosie", 50).unwrap());
        assert_eq!(hits.len(), rows.min(50));
        n
    });
    assert!(
        large <= small && small <= 15,
        "a name: {small} statements for 5 hits, {large} for 50"
    );
}

#[test]
fn a_customer_page_is_a_few_statements_however_long_the_story() {
    let (small, large) = small_and_large(|f, rows| {
        let (page, n) = statements(&f.nb, |nb| nb.customer_page(&f.busy, &[]).unwrap());
        assert_eq!(page.open_issues.len(), rows);
        assert_eq!(page.open_promises.len(), rows);
        assert!(page.open_issues.iter().all(|i| i.categories.len() == 2));
        assert!(page.open_issues.iter().all(|i| i.history.len() == 1));
        assert!(page.open_promises.iter().all(|p| p.history.len() == 1));
        n
    });
    assert_eq!(small, large, "5 and 200 issues and promises");
    assert!(large <= 25, "{large} statements for a customer page");
}

#[test]
fn the_brief_is_a_few_statements_however_long_the_story() {
    let (small, large) = small_and_large(|f, rows| {
        let (brief, n) = statements(&f.nb, |nb| nb.brief(&f.busy).unwrap());
        assert_eq!(brief.open_issues.len(), rows);
        n
    });
    assert_eq!(small, large, "5 and 200 issues, promises and follow-ups");
    assert!(large <= 20, "{large} statements for a brief");
}

#[test]
fn today_is_a_few_statements_however_much_is_due() {
    let (small, large) = small_and_large(|f, _| {
        let (today, n) = statements(&f.nb, |nb| nb.today().unwrap());
        assert!(!today.birthdays.is_empty() && !today.overdue.is_empty());
        assert!(!today.upcoming.is_empty() && !today.promises.is_empty());
        n
    });
    assert_eq!(small, large, "5 and 200 rows due");
    assert!(large <= 10, "{large} statements for Today");
}

#[test]
fn a_situation_and_the_list_of_situations_are_a_few_statements() {
    let (small, large) = small_and_large(|f, rows| {
        let ((situation, members), n) = statements(&f.nb, |nb| {
            (
                nb.situation(&f.situation).unwrap(),
                nb.situation_members(&f.situation, &MemberFilter::default(), 0, 50)
                    .unwrap(),
            )
        });
        assert_eq!(situation.progress.total as usize, rows);
        assert_eq!(members.members.len(), rows.min(50));
        n
    });
    assert_eq!(small, large, "5 and 200 affected customers");
    assert!(large <= 15, "{large} statements for a situation's screen");

    let (small, large) = small_and_large(|f, rows| {
        let (list, n) = statements(&f.nb, |nb| nb.situations(false).unwrap());
        assert_eq!(list.len(), rows);
        let first = list.last().unwrap();
        assert_eq!(
            (first.told, first.total),
            (rows.div_ceil(2) as u32, rows as u32)
        );
        assert!(list[..rows - 1].iter().all(|s| s.total == 0));
        n
    });
    assert_eq!(small, large, "5 and 200 situations");
    assert!(large <= 5, "{large} statements for the list of situations");
}
