//! Seeing each other's work as it happens: a change committed at one desk
//! of a team notebook reaches the change feed of every other desk, naming
//! what kind of thing changed and whose (ids only, never a customer's
//! words); a big import arrives as a handful of notifications, not one
//! per customer; a server that goes away ends the feed with
//! `ConnectionLost`.
//!
//! PostgreSQL only: needs the server `scripts/with-postgres.sh` starts
//! (`KINDLY_TEST_POSTGRES`, and `KINDLY_TEST_POSTGRES_CTL` to stop it);
//! never skipped. The test that stops the server waits until no other
//! test here is using it.

#![allow(
    clippy::disallowed_types,
    reason = "listens on the test server as another program would, to read the raw notifications"
)]

mod common;

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::Command;
use std::sync::{PoisonError, RwLock};
use std::time::{Duration, Instant};

use common::{new_login, new_team_notebook, person, phone, with_test_clock};
use kindly_core::import::{Importer, VcardImporter};
use kindly_core::*;
use postgres::fallible_iterator::FallibleIterator;

/// How long a change may take to be heard before the test calls it lost
/// (patience, not a speed limit: it normally arrives in milliseconds).
const PATIENCE: Duration = Duration::from_secs(30);

/// The test that stops the server takes it alone; the others share it.
static SERVER: RwLock<()> = RwLock::new(());

/// Ana's desk (the owner's login) with its feed, and Ben's (a staff
/// login) with his, on one new team notebook with Rosie Park on it.
struct Shop {
    url: String,
    ana: Notebook,
    ana_hears: ChangeFeed,
    ben: Notebook,
    ben_hears: ChangeFeed,
    rosie: String,
}

fn shop() -> Shop {
    let url = new_team_notebook();
    let mut ana = with_test_clock(Notebook::open_team(&url).unwrap());
    ana.set_phone_region("US").unwrap();
    let ben = with_test_clock(Notebook::open_team(&new_login(&url, "Ben Ortiz")).unwrap());
    let rosie = ana.create_customer(&person("Rosie Park")).unwrap().id;
    let ana_hears = ana
        .change_feed()
        .unwrap()
        .expect("a team notebook has a feed");
    let ben_hears = ben
        .change_feed()
        .unwrap()
        .expect("a team notebook has a feed");
    Shop {
        url,
        ana,
        ana_hears,
        ben,
        ben_hears,
        rosie,
    }
}

/// Waits on `feed` until what it heard (gathered over several waits)
/// satisfies `enough`; returns it all.
fn hear(feed: &mut ChangeFeed, what: &str, enough: impl Fn(&Changes) -> bool) -> Changes {
    let started = Instant::now();
    let mut heard = Changes::default();
    while !enough(&heard) {
        assert!(
            started.elapsed() < PATIENCE,
            "never heard {what}; heard {heard:?}"
        );
        heard.add(feed.wait(Duration::from_millis(200)).unwrap());
    }
    heard
}

/// `changes` name `kind` for the customer `id`, not as "everything".
fn names(changes: &Changes, kind: ChangeKind, id: &str) -> bool {
    changes.kinds.contains(&kind) && changes.customer_ids.contains(id)
}

fn said(customer_id: &str, summary: &str) -> ConversationInput {
    ConversationInput {
        customer_id: customer_id.into(),
        channel: Channel::CallIn,
        happened_at: None,
        staff: "Ben Ortiz".into(),
        summary: summary.into(),
        mood: None,
        issue_id: None,
        follow_up: None,
    }
}

#[test]
fn a_customer_added_at_one_desk_is_heard_at_the_other() {
    let _shared = SERVER.read().unwrap_or_else(PoisonError::into_inner);
    let mut shop = shop();
    let sam = shop.ben.create_customer(&person("Sam Reed")).unwrap().id;
    let heard = hear(&mut shop.ana_hears, "Sam added", |c| {
        names(c, ChangeKind::Customers, &sam)
    });
    assert!(!heard.everything, "one customer is named, not everything");
    assert!(
        !heard.customer_ids.contains(&shop.rosie),
        "Rosie did not change"
    );

    // And the other way round: what the owner's login does reaches Ben.
    let mut changed = shop.ana.customer(&sam).unwrap().to_input();
    changed.notes = "Prefers mornings".into();
    let version = shop.ana.customer(&sam).unwrap().version;
    shop.ana.update_customer(&sam, version, &changed).unwrap();
    hear(&mut shop.ben_hears, "Sam edited", |c| {
        names(c, ChangeKind::Customers, &sam)
    });
}

#[test]
fn each_kind_of_change_names_its_kind_and_customer() {
    let _shared = SERVER.read().unwrap_or_else(PoisonError::into_inner);
    let mut shop = shop();
    let rosie = shop.rosie.clone();
    let (ben, feed) = (&mut shop.ben, &mut shop.ana_hears);

    ben.log_conversation(&said(&rosie, "Asked about her order"))
        .unwrap();
    hear(feed, "a note logged", |c| {
        names(c, ChangeKind::Story, &rosie)
    });

    let issue = ben
        .open_issue(&IssueInput {
            customer_id: rosie.clone(),
            title: "Parcel arrived damaged".into(),
            ..Default::default()
        })
        .unwrap();
    hear(feed, "an issue opened", |c| {
        names(c, ChangeKind::Story, &rosie)
    });
    ben.move_issue(
        &issue.id,
        issue.version,
        &IssueMove {
            to: IssueState::InProgress,
            staff: "Ben Ortiz".into(),
            note: String::new(),
            waiting_on: None,
            mood: None,
            check_in: None,
        },
    )
    .unwrap();
    hear(feed, "an issue moved", |c| {
        names(c, ChangeKind::Story, &rosie)
    });

    let promise = ben
        .make_promise(&PromiseInput {
            customer_id: rosie.clone(),
            issue_id: None,
            what: "Refund by Friday".into(),
            due_at: common::NOW + 86_400_000,
            promised_by: "Ben Ortiz".into(),
        })
        .unwrap();
    hear(feed, "a promise made", |c| {
        names(c, ChangeKind::Story, &rosie)
    });
    ben.settle_promise(
        &promise.id,
        promise.version,
        &PromiseOutcome::Kept {
            staff: "Ben Ortiz".into(),
            note: String::new(),
        },
    )
    .unwrap();
    hear(feed, "a promise kept", |c| {
        names(c, ChangeKind::Story, &rosie)
    });

    let follow_up = ben
        .add_follow_up(&FollowUpInput {
            customer_id: rosie.clone(),
            about_id: None,
            action: FollowUpAction::CallBack,
            date: "2026-11-25".into(),
            time: Some("10:00".into()),
            repeat: None,
            assignee: "Ben Ortiz".into(),
            note: String::new(),
            staff: String::new(),
        })
        .unwrap();
    hear(feed, "a follow-up added", |c| {
        names(c, ChangeKind::FollowUps, &rosie)
    });
    ben.complete_follow_up(
        &follow_up.id,
        follow_up.version,
        &FollowUpDone {
            staff: "Ben Ortiz".into(),
            note: "Rang her".into(),
        },
    )
    .unwrap();
    hear(feed, "a follow-up done", |c| {
        names(c, ChangeKind::FollowUps, &rosie)
    });

    let situation = ben
        .create_situation(&SituationInput {
            title: "Late delivery of wedding cakes".into(),
            what_happened: "The oven broke.".into(),
            what_we_do: "A new part is on its way.".into(),
            expected_fix: None,
            lead: "Ben Ortiz".into(),
            staff: "Ben Ortiz".into(),
        })
        .unwrap();
    let situation_named = |c: &Changes| {
        c.kinds.contains(&ChangeKind::Situations) && c.situation_ids.contains(&situation)
    };
    hear(feed, "a situation opened", situation_named);
    ben.add_to_situation(&situation, std::slice::from_ref(&rosie), "Ben Ortiz")
        .unwrap();
    let joined = hear(feed, "Rosie added to the situation", |c| {
        situation_named(c) && c.customer_ids.contains(&rosie)
    });
    assert!(!joined.everything);
    ben.post_situation_update(
        &situation,
        &SituationUpdateInput {
            text: "The part arrives Thursday.".into(),
            expected_fix: None,
            staff: "Ben Ortiz".into(),
        },
    )
    .unwrap();
    hear(feed, "a situation updated", situation_named);

    let entry = ben.log_conversation(&said(&rosie, "Wrong number")).unwrap();
    hear(feed, "the second note", |c| {
        names(c, ChangeKind::Story, &rosie)
    });
    ben.trash_entry(&entry.id).unwrap();
    hear(feed, "a note put in Trash", |c| {
        names(c, ChangeKind::Story, &rosie)
    });
}

#[test]
fn trash_and_merges_name_every_customer_they_touch() {
    let _shared = SERVER.read().unwrap_or_else(PoisonError::into_inner);
    let mut shop = shop();
    let rosa = shop
        .ana
        .create_customer(&CustomerInput {
            phones: vec![phone("+1 415 555 0101")],
            ..person("Rosa Diaz")
        })
        .unwrap()
        .id;
    let twin = shop
        .ana
        .create_customer(&CustomerInput {
            phones: vec![phone("+1 415 555 0101")],
            ..person("Rosa Díaz")
        })
        .unwrap()
        .id;
    let (ben, feed) = (&mut shop.ben, &mut shop.ana_hears);
    hear(feed, "both added", |c| {
        names(c, ChangeKind::Customers, &rosa) && names(c, ChangeKind::Customers, &twin)
    });

    ben.merge_customers(&rosa, &twin).unwrap();
    hear(feed, "the merge", |c| {
        names(c, ChangeKind::Customers, &rosa) && names(c, ChangeKind::Customers, &twin)
    });

    ben.trash_customer(&shop.rosie).unwrap();
    let rosie = shop.rosie.clone();
    hear(feed, "Rosie put in Trash", |c| {
        names(c, ChangeKind::Customers, &rosie)
    });
    ben.restore_customer(&rosie).unwrap();
    hear(feed, "Rosie back from Trash", |c| {
        names(c, ChangeKind::Customers, &rosie)
    });
}

/// A connection to the notebook at `url` listening on the raw channel,
/// as any program on the network with a login could.
fn listener(url: &str) -> postgres::Client {
    let mut client = postgres::Client::connect(url, postgres::NoTls).unwrap();
    client.batch_execute("LISTEN kindly_changes").unwrap();
    client
}

/// Every payload `client` received until the channel stayed quiet for a
/// second after at least `at_least` arrived.
fn payloads(client: &mut postgres::Client, at_least: usize) -> Vec<String> {
    let started = Instant::now();
    let mut got = Vec::new();
    loop {
        let mut notes = client.notifications();
        let mut quiet = notes.timeout_iter(Duration::from_secs(1));
        while let Some(n) = quiet.next().unwrap() {
            got.push(n.payload().to_owned());
        }
        if got.len() >= at_least {
            return got;
        }
        assert!(
            started.elapsed() < PATIENCE,
            "heard only {got:?}, expected at least {at_least}"
        );
    }
}

#[test]
fn notifications_carry_ids_and_never_a_customers_words() {
    let _shared = SERVER.read().unwrap_or_else(PoisonError::into_inner);
    let mut shop = shop();
    let mut raw = listener(&shop.url);
    let zara = shop
        .ben
        .create_customer(&CustomerInput {
            notes: "Zanzibar holiday in May".into(),
            company: "Zanzibar Bakery".into(),
            phones: vec![phone("+1 415 555 0199")],
            ..person("Zara Zanzibar")
        })
        .unwrap()
        .id;
    shop.ben
        .log_conversation(&said(&zara, "Zanzibar cake for the wedding"))
        .unwrap();
    let got = payloads(&mut raw, 2);
    let known: BTreeSet<&str> = [zara.as_str()].into();
    for payload in &got {
        assert!(
            !payload.to_lowercase().contains("zanzibar") && !payload.contains("555"),
            "{payload}"
        );
        let read: serde_json::Value = serde_json::from_str(payload).unwrap();
        let object = read.as_object().unwrap();
        for (key, value) in object {
            match key.as_str() {
                "k" => assert!(value.is_string()),
                "c" => {
                    for id in value.as_array().unwrap() {
                        assert!(known.contains(id.as_str().unwrap()), "{payload}");
                    }
                }
                "s" => assert_eq!(value.as_array().unwrap().len(), 0, "{payload}"),
                other => panic!("unexpected {other} in {payload}"),
            }
        }
    }
}

#[test]
fn an_import_of_ten_thousand_customers_sends_a_handful_of_notifications() {
    let _shared = SERVER.read().unwrap_or_else(PoisonError::into_inner);
    let mut shop = shop();
    let cards: String = (0..10_000)
        .map(|i| {
            format!(
                "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Imported Person {i}\r\nTEL:+1 415 555 {i:04}\r\nEND:VCARD\r\n"
            )
        })
        .collect();
    let parsed = VcardImporter.parse(cards.as_bytes(), "US").unwrap();
    let mut raw = listener(&shop.url);
    let summary = shop.ben.import_contacts(&parsed).unwrap();
    assert_eq!(summary.created, 10_000);

    let got = payloads(&mut raw, 1);
    assert!(
        got.len() <= 20,
        "{} notifications for one import: {:?}",
        got.len(),
        &got[..5]
    );
    assert!(
        got.iter().any(|p| p == r#"{"all":true}"#),
        "too many to name: everything changed ({got:?})"
    );
    // Each payload stays under the server's limit, which it would refuse.
    assert!(got.iter().all(|p| p.len() < 8000));
    // The feed reads them as "everything".
    let heard = hear(&mut shop.ana_hears, "the import", |c| c.everything);
    assert!(heard.kinds.contains(&ChangeKind::Customers));
}

#[test]
fn one_statement_changing_many_customers_is_one_notification_without_their_ids() {
    let _shared = SERVER.read().unwrap_or_else(PoisonError::into_inner);
    let mut shop = shop();
    let ids: Vec<String> = (0..300)
        .map(|i| {
            shop.ana
                .create_customer(&person(&format!("Tagged Person {i}")))
                .unwrap()
                .id
        })
        .collect();
    let situation = shop
        .ana
        .create_situation(&SituationInput {
            title: "Power cut".into(),
            what_happened: String::new(),
            what_we_do: "Calling everyone".into(),
            expected_fix: None,
            lead: "Ana".into(),
            staff: "Ana".into(),
        })
        .unwrap();
    let mut raw = listener(&shop.url);
    shop.ben
        .add_to_situation(&situation, &ids, "Ben Ortiz")
        .unwrap();
    let got = payloads(&mut raw, 1);
    assert!(got.len() <= 3, "{got:?}");
    assert!(
        got.iter().all(|p| p.len() < 8000),
        "every payload fits the server's limit"
    );
    let all_situations = serde_json::json!({"k": "situations", "all": true});
    assert!(
        got.iter()
            .any(|p| serde_json::from_str::<serde_json::Value>(p).unwrap() == all_situations),
        "{got:?}"
    );
}

#[test]
fn a_notebook_file_has_no_feed() {
    let nb = Notebook::open_in_memory().unwrap();
    assert!(nb.change_feed().unwrap().is_none());
}

fn ctl(what: &str) {
    let ctl = PathBuf::from(
        std::env::var("KINDLY_TEST_POSTGRES_CTL").unwrap_or_else(|_| {
            panic!("KINDLY_TEST_POSTGRES_CTL is not set: run this with `make test-rust`.")
        }),
    );
    let out = Command::new(&ctl).arg(what).output().unwrap();
    assert!(
        out.status.success(),
        "{what}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Starts the server again however the test ends.
struct Restart;

impl Drop for Restart {
    fn drop(&mut self) {
        if std::thread::panicking() {
            let _ = Command::new(std::env::var("KINDLY_TEST_POSTGRES_CTL").unwrap_or_default())
                .arg("start")
                .output();
        }
    }
}

#[test]
fn a_stopped_server_ends_the_feed_and_a_new_one_follows_it_back() {
    let _alone = SERVER.write().unwrap_or_else(PoisonError::into_inner);
    let mut shop = shop();
    let restart = Restart;
    ctl("stop");
    let started = Instant::now();
    let lost = loop {
        match shop.ana_hears.wait(Duration::from_millis(200)) {
            Err(err) => break err,
            Ok(_) => assert!(
                started.elapsed() < PATIENCE,
                "the feed never noticed the server stopped"
            ),
        }
    };
    assert!(matches!(lost, Error::ConnectionLost), "{lost:?}");
    ctl("start");
    drop(restart);

    let mut again = shop.ana.change_feed().unwrap().unwrap();
    let sam = shop.ben.create_customer(&person("Sam Reed")).unwrap().id;
    hear(&mut again, "a change after the restart", |c| {
        names(c, ChangeKind::Customers, &sam)
    });
}
