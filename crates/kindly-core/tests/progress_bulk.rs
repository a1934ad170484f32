//! Progress of the other long work: a situation's bulk steps (adding many
//! customers, telling them all, closing), a merge of a pair with a long
//! history, and protecting a notebook or changing its passphrase. Stages
//! come in order, counts reach their total in batches, and Cancel before
//! the commit leaves the notebook exactly as it was (every stored row
//! compared before and after), after which the same step still works.
//! Situations and merges on either store (`KINDLY_TEST_STORE=postgres`);
//! a passphrase is a file's only.

mod common;

use common::peek::Peek;
use common::watching::Watcher;
use common::{person, phone, stored_notebook, Place};
use kindly_core::import::Importer;
use kindly_core::*;

/// Enough customers for many report points (every 1 %: 6 a point).
const MEMBERS: usize = 600;

/// A stored notebook with [`MEMBERS`] customers tagged "oven", their ids,
/// and an open situation.
fn situation_with_customers() -> (Place, Notebook, Vec<String>, String) {
    let (place, mut nb) = stored_notebook();
    let mut text = String::new();
    for i in 0..MEMBERS {
        text.push_str(&format!(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Guest {i:04}\r\nTEL:+1 212 555 {i:04}\r\n\
             CATEGORIES:oven\r\nEND:VCARD\r\n"
        ));
    }
    let file = import::VcardImporter.parse(text.as_bytes(), "US").unwrap();
    assert_eq!(nb.import_contacts(&file).unwrap().created as usize, MEMBERS);
    let ids = common::customers_as_stored(&nb, false)
        .into_iter()
        .map(|c| c.id)
        .collect::<Vec<_>>();
    let situation = nb
        .create_situation(&SituationInput {
            title: "The oven broke".into(),
            what_happened: "The oven broke on Monday.".into(),
            what_we_do: "A new part is on its way.".into(),
            expected_fix: None,
            lead: "Ana".into(),
            staff: "Ana".into(),
        })
        .unwrap();
    (place, nb, ids, situation)
}

fn tell_all(ids: &[String]) -> TellInput {
    TellInput {
        customer_ids: ids.to_vec(),
        staff: "Ben".into(),
        how: TellHow::Call,
        mood: None,
        note: String::new(),
    }
}

fn close() -> CloseSituation {
    CloseSituation {
        staff: "Ana".into(),
        check_in_days: Some(3),
        cards_for_upset: true,
    }
}

/// The counts `watcher` saw in `stage`, in order (not the stage's start).
fn counts(watcher: &Watcher, stage: Stage) -> Vec<(u64, u64)> {
    watcher
        .seen()
        .into_iter()
        .filter(|(s, n, _)| *s == stage && *n != u64::MAX)
        .map(|(_, n, of)| (n, of))
        .collect()
}

/// `stage` counted from 0 to `of`, only growing, in batches.
fn counted_to(watcher: &Watcher, stage: Stage, of: u64) {
    let counts = counts(watcher, stage);
    assert_eq!(counts.first(), Some(&(0, of)), "{stage:?} starts at 0");
    assert_eq!(counts.last(), Some(&(of, of)), "{stage:?} ends with all");
    assert!(
        counts.windows(2).all(|w| w[0].0 < w[1].0 && w[1].1 == of),
        "{stage:?} only grows: {counts:?}"
    );
    assert!(counts.len() <= 102, "{stage:?}: {} reports", counts.len());
}

fn assert_cancelled<T: std::fmt::Debug>(done: Result<T>, what: &str) {
    let err = done.unwrap_err();
    assert!(matches!(err, Error::Cancelled), "{what}: {err:?}");
    assert!(ErrorPayload::from(err)
        .message
        .contains("Nothing was changed"));
}

#[test]
fn a_situations_bulk_steps_count_each_customer_and_then_finish() {
    let (_place, mut nb, ids, s) = situation_with_customers();
    let of = MEMBERS as u64;

    let watcher = Watcher::new(None);
    let added = nb.add_to_situation_with(&s, &ids, "Ana", &watcher).unwrap();
    assert_eq!(added.count as usize, MEMBERS);
    assert_eq!(watcher.stages(), [Stage::Adding, Stage::Finishing]);
    counted_to(&watcher, Stage::Adding, of);
    nb.undo_situation_action(&added.id).unwrap();

    // Picked by a search: one statement, so no count, only the stage.
    let watcher = Watcher::new(None);
    let filter = SituationFilter {
        tag: Some("oven".into()),
        open_issue_category: None,
    };
    let added = nb.add_matching_with(&s, &filter, "Ana", &watcher).unwrap();
    assert_eq!(added.count as usize, MEMBERS);
    assert_eq!(watcher.stages(), [Stage::Adding, Stage::Finishing]);
    assert_eq!(counts(&watcher, Stage::Adding), [(0, 0)]);

    let watcher = Watcher::new(None);
    nb.mark_told_with(&s, &tell_all(&ids), &watcher).unwrap();
    assert_eq!(watcher.stages(), [Stage::Telling, Stage::Finishing]);
    counted_to(&watcher, Stage::Telling, of);
    assert_eq!(nb.situation_progress(&s).unwrap().told as usize, MEMBERS);

    let watcher = Watcher::new(None);
    let version = nb.situation(&s).unwrap().version;
    let closed = nb
        .close_situation_with(&s, version, &close(), &watcher)
        .unwrap();
    assert_eq!(closed.count as usize, MEMBERS, "a check-in each");
    assert_eq!(watcher.stages(), [Stage::Closing, Stage::Finishing]);
    counted_to(&watcher, Stage::Closing, of);
}

#[test]
fn cancelling_a_situations_bulk_step_leaves_the_notebook_as_it_was() {
    let (_place, mut nb, ids, s) = situation_with_customers();
    let of = MEMBERS as u64;
    let unchanged = |nb: &Notebook, before: u64, what: &str| {
        assert_eq!(Peek::open(nb).digest(), before, "{what}: unchanged");
    };

    for at in [0, of / 2, of] {
        let before = Peek::open(&nb).digest();
        let watcher = Watcher::new(Some((Stage::Adding, at)));
        assert_cancelled(nb.add_to_situation_with(&s, &ids, "Ana", &watcher), "add");
        assert_eq!(
            watcher.stages(),
            [Stage::Adding],
            "stopped before finishing"
        );
        unchanged(&nb, before, &format!("adding, at {at}"));
    }
    assert_eq!(nb.situation_progress(&s).unwrap().total, 0);
    let filter = SituationFilter {
        tag: Some("oven".into()),
        open_issue_category: None,
    };
    let before = Peek::open(&nb).digest();
    let watcher = Watcher::new(Some((Stage::Adding, 0)));
    assert_cancelled(nb.add_matching_with(&s, &filter, "Ana", &watcher), "search");
    unchanged(&nb, before, "adding by a search");
    assert!(
        nb.situation(&s).unwrap().saved_filter.is_none(),
        "no search saved"
    );

    nb.add_to_situation(&s, &ids, "Ana").unwrap();
    for at in [0, of / 2, of] {
        let before = Peek::open(&nb).digest();
        let watcher = Watcher::new(Some((Stage::Telling, at)));
        assert_cancelled(nb.mark_told_with(&s, &tell_all(&ids), &watcher), "tell");
        assert_eq!(watcher.stages(), [Stage::Telling]);
        unchanged(&nb, before, &format!("telling, at {at}"));
    }
    assert_eq!(nb.situation_progress(&s).unwrap().told, 0);
    for at in [0, of / 2, of] {
        let before = Peek::open(&nb).digest();
        let watcher = Watcher::new(Some((Stage::Closing, at)));
        let version = nb.situation(&s).unwrap().version;
        assert_cancelled(
            nb.close_situation_with(&s, version, &close(), &watcher),
            "close",
        );
        assert_eq!(watcher.stages(), [Stage::Closing]);
        unchanged(&nb, before, &format!("closing, at {at}"));
    }
    assert!(nb.situation(&s).unwrap().closed_at.is_none(), "still open");

    // Each step then works as if nothing had been tried.
    nb.mark_told(&s, &tell_all(&ids)).unwrap();
    assert_eq!(nb.situation_progress(&s).unwrap().told as usize, MEMBERS);
    let version = nb.situation(&s).unwrap().version;
    let closed = nb.close_situation(&s, version, &close()).unwrap();
    assert_eq!(closed.count as usize, MEMBERS);
}

/// How many conversations the merged customer of the large pair has.
const HISTORY: usize = 500;

/// Two customers sharing a phone number; the second with [`HISTORY`]
/// conversations. Their ids.
fn large_pair(nb: &mut Notebook) -> (String, String) {
    let mut rosa = person("Rosa Diaz");
    rosa.phones.push(phone("+1 212 555 0101"));
    let kept = nb.create_customer(&rosa).unwrap().id;
    rosa.full_name = "Rosa Díaz".into();
    let merged = nb.create_customer(&rosa).unwrap().id;
    let talks: Vec<ConversationInput> = (0..HISTORY)
        .map(|i| ConversationInput {
            customer_id: merged.clone(),
            channel: Channel::CallIn,
            happened_at: None,
            staff: "Ana".into(),
            summary: format!("Call number {i}"),
            mood: None,
            issue_id: None,
            follow_up: None,
        })
        .collect();
    assert_eq!(nb.log_conversations(&talks).unwrap(), HISTORY);
    (kept, merged)
}

#[test]
fn a_merge_of_a_long_history_counts_the_entries_moved_and_cancel_changes_nothing() {
    let (_place, mut nb) = stored_notebook();
    let (kept, merged) = large_pair(&mut nb);
    let of = HISTORY as u64;

    for at in [0, of / 2, of] {
        let before = Peek::open(&nb).digest();
        let watcher = Watcher::new(Some((Stage::Moving, at)));
        assert_cancelled(nb.merge_customers_with(&kept, &merged, &watcher), "merge");
        assert_eq!(
            watcher.stages(),
            [Stage::Moving],
            "stopped before finishing"
        );
        assert_eq!(
            Peek::open(&nb).digest(),
            before,
            "moving, at {at}: unchanged"
        );
    }
    assert!(nb.recent_merges().unwrap().is_empty());

    let watcher = Watcher::new(None);
    let outcome = nb.merge_customers_with(&kept, &merged, &watcher).unwrap();
    assert_eq!(outcome.kept.id, kept);
    assert_eq!(watcher.stages(), [Stage::Moving, Stage::Finishing]);
    counted_to(&watcher, Stage::Moving, of);
    assert_eq!(nb.recent_merges().unwrap().len(), 1);
}

#[test]
fn a_passphrase_is_written_in_stages_and_no_cancel_stops_it_halfway() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kindly.sqlite");
    let mut nb = Notebook::open(&path).unwrap();
    nb.create_customer(&person("Agnès Dubois")).unwrap();
    // A plain backup: protecting then takes a protected one at once.
    nb.back_up_now().unwrap();
    let rewritten = [Stage::Rewriting, Stage::Checking, Stage::Finishing];

    // Asked to stop from the start: the window offers no Cancel, and the
    // core would not stop halfway if it were asked.
    let watcher = Watcher::new(None);
    watcher.stop_now();
    let outcome = nb.protect_with("correct horse battery", &watcher).unwrap();
    assert_eq!(outcome.plain_backups_waiting, 1);
    assert_eq!(
        watcher.stages(),
        [rewritten.as_slice(), &[Stage::Copying, Stage::Checking]].concat(),
        "rewritten, then a protected backup taken"
    );
    assert!(nb.is_protected());

    let watcher = Watcher::new(None);
    nb.change_passphrase_with("correct horse battery", "staple a new one", &watcher)
        .unwrap();
    assert_eq!(watcher.stages(), rewritten);
    assert!(
        counts(&watcher, Stage::Rewriting).is_empty(),
        "one step: no count"
    );

    let watcher = Watcher::new(None);
    nb.remove_protection_with("staple a new one", &watcher)
        .unwrap();
    assert_eq!(watcher.stages(), rewritten);
    drop(nb);
    let nb = Notebook::open(&path).unwrap();
    assert_eq!(nb.info().unwrap().customer_count, 1, "every record kept");
}
