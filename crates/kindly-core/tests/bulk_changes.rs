//! Changes to many customers at once (#26): each kind of change on a
//! handful of customers, then Undo puts every customer, follow-up and
//! situation member back exactly as before (compared row by row through a
//! second connection); the preview's counts; Cancel between batches
//! changes nothing; versions and the change history; a second Undo is
//! refused, and a later edit by someone else survives Undo. On either
//! store (`KINDLY_TEST_STORE=postgres`).

mod common;

use common::peek::Peek;
use common::watching::Watcher;
use common::{person, stored_notebook, Place};
use kindly_core::import::Importer;
use kindly_core::*;

/// What a person sees of every customer, their tags in order, their
/// entries and follow-ups, and who a situation affects, hashed: not the
/// versions, times or change history an Undo rightly adds to.
fn what_people_see(nb: &Notebook) -> Vec<String> {
    let mut peek = Peek::open(nb);
    let mut all = Vec::new();
    for sql in [
        "SELECT id || '|' || full_name || '|' || looked_after_by || '|' || coalesce(deleted_at, 0)
         FROM customers",
        "SELECT c.id || '|' || t.position || '|' || t.tag
         FROM customer_tags t JOIN customers c ON c.pk = t.customer_pk",
        "SELECT e.id || '|' || e.customer_pk || '|' || e.kind || '|' || coalesce(e.deleted_at, 0)
         FROM entries e",
        "SELECT entry_pk || '|' || action || '|' || start_date || '|' || assignee || '|' || note
         FROM follow_ups",
        "SELECT situation_pk || '|' || customer_pk FROM situation_members",
    ] {
        let mut rows = peek.strings(sql);
        rows.sort();
        all.push(format!("{sql}\n{}", rows.join("\n")));
    }
    all
}

fn picked(ids: &[String]) -> Selection {
    Selection::Picked { ids: ids.to_vec() }
}

fn tagged(name: &str, tags: &[&str]) -> CustomerInput {
    CustomerInput {
        tags: tags.iter().map(|t| (*t).to_owned()).collect(),
        ..person(name)
    }
}

/// A stored notebook with Ana and Ben on the staff list, six customers
/// (two with "VIP" in some spelling, three with "oven", two looked after by
/// Ben), and an open situation Cleo is already affected by.
fn six() -> (Place, Notebook, Vec<String>, String) {
    let (place, mut nb) = stored_notebook();
    nb.add_staff("Ana", "").unwrap();
    nb.add_staff("Ben", "").unwrap();
    let people = [
        tagged("Ada Lim", &["oven", "VIP"]),
        tagged("Bo Chen", &["vip"]),
        tagged("Cleo Park", &["cakes", "oven"]),
        tagged("Dan Ruiz", &[]),
        tagged("Eve Sato", &["oven"]),
        tagged("Fay Wong", &["wedding"]),
    ];
    let mut ids = Vec::new();
    for (i, mut p) in people.into_iter().enumerate() {
        if i % 3 == 0 {
            p.looked_after_by = "Ben".into();
        }
        ids.push(nb.create_customer(&p).unwrap().id);
    }
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
    nb.add_to_situation(&situation, &ids[2..3], "Ana").unwrap();
    (place, nb, ids, situation)
}

fn follow_up_each() -> BulkChange {
    BulkChange::AddFollowUp {
        action: "Call to check in".into(),
        start_date: "2026-12-01".into(),
        spread_days: 3,
        assignee: String::new(),
    }
}

#[test]
fn each_change_is_undone_exactly() {
    let (_place, mut nb, ids, situation) = six();
    let changes = [
        (
            BulkChange::AddTag {
                tag: "Wedding".into(),
            },
            5,
        ),
        (BulkChange::RemoveTag { tag: "OVEN".into() }, 3),
        (BulkChange::SetLookedAfterBy { name: "Ana".into() }, 6),
        (BulkChange::SetLookedAfterBy { name: "".into() }, 2),
        (follow_up_each(), 6),
        (
            BulkChange::AddToSituation {
                situation_id: situation.clone(),
            },
            5,
        ),
        (BulkChange::Trash, 6),
    ];
    for (change, expected) in changes {
        let before = what_people_see(&nb);
        let made = nb
            .bulk_change_with(&picked(&ids), &change, &NoProgress)
            .unwrap();
        assert_eq!(made.changed, expected, "{change:?}: customers changed");
        assert_eq!(made.change, ChangeMade::Customers(change.clone()));
        assert_ne!(what_people_see(&nb), before, "{change:?} changed something");
        let undone = nb.undo_bulk_change_with(&made.id, &NoProgress).unwrap();
        assert!(undone.undone_at.is_some());
        assert_eq!(
            what_people_see(&nb),
            before,
            "{change:?}: Undo put everything back"
        );
    }
}

#[test]
fn each_change_does_what_it_says() {
    let (_place, mut nb, ids, situation) = six();
    let tags = |nb: &Notebook, i: usize| nb.customer(&ids[i]).unwrap().tags;

    nb.bulk_change_with(
        &picked(&ids[..3]),
        &BulkChange::AddTag {
            tag: "wedding ".into(),
        },
        &NoProgress,
    )
    .unwrap();
    assert_eq!(
        tags(&nb, 0),
        ["oven", "VIP", "wedding"],
        "appended at the end"
    );
    assert_eq!(tags(&nb, 5), ["wedding"], "not picked: as it was");
    let found = nb.search("wedding", 10).unwrap();
    assert!(
        found.iter().any(|c| c.id == ids[0]),
        "the lookup finds them by their new tag"
    );

    nb.bulk_change_with(
        &picked(&ids),
        &BulkChange::RemoveTag { tag: "Oven".into() },
        &NoProgress,
    )
    .unwrap();
    assert_eq!(tags(&nb, 2), ["cakes", "wedding"]);

    nb.bulk_change_with(
        &picked(&ids[1..2]),
        &BulkChange::SetLookedAfterBy { name: "Ana".into() },
        &NoProgress,
    )
    .unwrap();
    assert_eq!(nb.customer(&ids[1]).unwrap().looked_after_by, "Ana");

    let made = nb
        .bulk_change_with(&picked(&ids), &follow_up_each(), &NoProgress)
        .unwrap();
    assert_eq!(made.changed, 6);
    let mut peek = Peek::open(&nb);
    let mut days =
        peek.strings("SELECT start_date FROM follow_ups WHERE note = 'Call to check in'");
    days.sort();
    assert_eq!(
        days,
        [
            "2026-12-01",
            "2026-12-01",
            "2026-12-02",
            "2026-12-02",
            "2026-12-03",
            "2026-12-03"
        ],
        "spread evenly over three days"
    );
    let assignees = peek.strings(
        "SELECT f.assignee FROM follow_ups f JOIN entries e ON e.pk = f.entry_pk
         JOIN customers c ON c.pk = e.customer_pk WHERE f.note = 'Call to check in'
         ORDER BY c.pk",
    );
    assert_eq!(
        assignees,
        ["Ben", "Ana", "", "Ben", "", ""],
        "each by whoever looks after them"
    );

    let made = nb
        .bulk_change_with(
            &picked(&ids),
            &BulkChange::AddToSituation {
                situation_id: situation.clone(),
            },
            &NoProgress,
        )
        .unwrap();
    assert_eq!(made.changed, 5, "Cleo was affected already");
    let page = nb
        .situation_members(&situation, &MemberFilter::default(), 0, 50)
        .unwrap();
    assert_eq!(page.matching, 6);

    nb.bulk_change_with(&picked(&ids[4..]), &BulkChange::Trash, &NoProgress)
        .unwrap();
    let trash: Vec<String> = nb.trash().unwrap().into_iter().map(|t| t.id).collect();
    assert_eq!(trash.len(), 2);
    assert!(trash.contains(&ids[4]) && trash.contains(&ids[5]));
}

#[test]
fn the_preview_counts_who_would_change() {
    let (_place, nb, ids, situation) = six();
    let preview = |change: BulkChange| nb.preview_bulk_change(&picked(&ids[..3]), &change).unwrap();
    assert_eq!(
        preview(BulkChange::AddTag { tag: "vip".into() }),
        BulkPreview {
            selected: 3,
            changes: 1
        },
        "two have it in some spelling"
    );
    assert_eq!(
        preview(BulkChange::RemoveTag { tag: "oven".into() }).changes,
        2
    );
    assert_eq!(
        preview(BulkChange::SetLookedAfterBy { name: "Ben".into() }).changes,
        2
    );
    assert_eq!(
        preview(BulkChange::AddToSituation {
            situation_id: situation
        })
        .changes,
        2
    );
    assert_eq!(preview(BulkChange::Trash).changes, 3);
    assert_eq!(
        nb.preview_bulk_change(
            &picked(&[ids[0].clone(), "not-an-id".into()]),
            &BulkChange::Trash
        )
        .unwrap()
        .selected,
        1,
        "nobody's id is left out"
    );
}

#[test]
fn a_profile_change_raises_the_version_and_shows_in_its_history() {
    let (_place, mut nb, ids, _) = six();
    let before = nb.customer(&ids[3]).unwrap();
    nb.bulk_change_with(
        &picked(&ids[3..4]),
        &BulkChange::AddTag { tag: "VIP".into() },
        &NoProgress,
    )
    .unwrap();
    let after = nb.customer(&ids[3]).unwrap();
    assert_eq!(after.version, before.version + 1);
    let history = nb.customer_changes(&ids[3], 10).unwrap();
    assert_eq!(history[0].field, "tags");
    assert_eq!(
        (history[0].before.as_str(), history[0].after.as_str()),
        ("", "VIP")
    );

    // A form opened before the bulk change cannot overwrite it.
    let stale = nb.update_customer(&ids[3], before.version, &before.to_input());
    assert!(matches!(stale, Err(Error::Conflict { .. })), "{stale:?}");
}

#[test]
fn a_second_undo_is_refused_in_words() {
    let (_place, mut nb, ids, _) = six();
    let made = nb
        .bulk_change_with(
            &picked(&ids),
            &BulkChange::SetLookedAfterBy { name: "Ana".into() },
            &NoProgress,
        )
        .unwrap();
    nb.undo_bulk_change_with(&made.id, &NoProgress).unwrap();
    let err = nb.undo_bulk_change_with(&made.id, &NoProgress).unwrap_err();
    assert_eq!(
        ErrorPayload::from(err).message,
        "This change has already been undone."
    );
    let recent = nb.recent_bulk_changes(10).unwrap();
    assert_eq!(recent.len(), 1);
    assert!(recent[0].undone_at.is_some());
}

#[test]
fn undo_keeps_what_someone_changed_since() {
    let (_place, mut nb, ids, _) = six();
    let made = nb
        .bulk_change_with(
            &picked(&ids[..2]),
            &BulkChange::AddTag {
                tag: "wedding".into(),
            },
            &NoProgress,
        )
        .unwrap();
    let bo = nb.customer(&ids[1]).unwrap();
    let mut edit = bo.to_input();
    edit.tags = vec!["wedding".into(), "vip".into()];
    nb.update_customer(&ids[1], bo.version, &edit).unwrap();

    nb.undo_bulk_change_with(&made.id, &NoProgress).unwrap();
    assert_eq!(
        nb.customer(&ids[0]).unwrap().tags,
        ["oven", "VIP"],
        "put back"
    );
    assert_eq!(
        nb.customer(&ids[1]).unwrap().tags,
        ["wedding", "vip"],
        "their own edit since stays"
    );
}

#[test]
fn a_change_is_checked_in_words_before_anything_is_written() {
    let (_place, mut nb, ids, situation) = six();
    let refused = |nb: &mut Notebook, change: BulkChange| {
        let err = nb
            .bulk_change_with(&picked(&ids), &change, &NoProgress)
            .unwrap_err();
        ErrorPayload::from(err).message
    };
    let before = Peek::open(&nb).digest();
    let not_staff = refused(&mut nb, BulkChange::SetLookedAfterBy { name: "Zed".into() });
    assert!(
        not_staff.contains("Zed is not on the staff list"),
        "{not_staff}"
    );
    assert_eq!(
        refused(&mut nb, BulkChange::AddTag { tag: " ".into() }),
        "Type the tag."
    );
    assert_eq!(Peek::open(&nb).digest(), before, "nothing written");

    let version = nb.situation(&situation).unwrap().version;
    let close = CloseSituation {
        staff: "Ana".into(),
        check_in_days: None,
        cards_for_upset: false,
    };
    nb.close_situation(&situation, version, &close).unwrap();
    let before = Peek::open(&nb).digest();
    let closed = refused(
        &mut nb,
        BulkChange::AddToSituation {
            situation_id: situation,
        },
    );
    assert!(closed.contains("closed"), "{closed}");
    assert_eq!(Peek::open(&nb).digest(), before, "nothing written");
}

/// Enough customers for two batches of a bulk change.
const MANY: usize = 2_000;

fn many() -> (Place, Notebook, Vec<String>) {
    let (place, mut nb) = stored_notebook();
    let mut text = String::new();
    for i in 0..MANY {
        text.push_str(&format!(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Guest {i:04}\r\nCATEGORIES:oven\r\nEND:VCARD\r\n"
        ));
    }
    let file = import::VcardImporter.parse(text.as_bytes(), "US").unwrap();
    assert_eq!(nb.import_contacts(&file).unwrap().created as usize, MANY);
    let ids = common::customers_as_stored(&nb, false)
        .into_iter()
        .map(|c| c.id)
        .collect();
    (place, nb, ids)
}

#[test]
fn cancel_half_way_changes_nothing_and_progress_counts_up() {
    let (_place, mut nb, ids) = many();
    let before = Peek::open(&nb).digest();
    let watcher = Watcher::new(Some((Stage::Saving, MANY as u64 / 2)));
    let err = nb
        .bulk_change_with(
            &picked(&ids),
            &BulkChange::AddTag { tag: "vip".into() },
            &watcher,
        )
        .unwrap_err();
    assert!(matches!(err, Error::Cancelled), "{err:?}");
    assert_eq!(Peek::open(&nb).digest(), before, "nothing written");
    assert!(nb.recent_bulk_changes(5).unwrap().is_empty());

    let watcher = Watcher::new(None);
    let made = nb
        .bulk_change_with(
            &picked(&ids),
            &BulkChange::AddTag { tag: "vip".into() },
            &watcher,
        )
        .unwrap();
    assert_eq!(made.changed as usize, MANY);
    assert_eq!(watcher.stages(), [Stage::Saving, Stage::Finishing]);
    let last = watcher
        .seen()
        .into_iter()
        .rev()
        .find(|(s, n, _)| *s == Stage::Saving && *n != u64::MAX)
        .unwrap();
    assert_eq!((last.1, last.2), (MANY as u64, MANY as u64));

    let watcher = Watcher::new(Some((Stage::Saving, MANY as u64 / 2)));
    let before = Peek::open(&nb).digest();
    let err = nb.undo_bulk_change_with(&made.id, &watcher).unwrap_err();
    assert!(matches!(err, Error::Cancelled), "{err:?}");
    assert_eq!(
        Peek::open(&nb).digest(),
        before,
        "an Undo cancelled undoes nothing"
    );
}

/// Needs lists-core's filter (`ListRows::listed_pks`): "all that match"
/// with an empty filter is everyone not in Trash.
#[test]
fn all_that_match_less_the_unticked() {
    let (_place, mut nb, ids, _) = six();
    let everyone_but_ada = Selection::AllMatching {
        filter: Box::default(),
        except: vec![ids[0].clone()],
    };
    let change = BulkChange::AddTag {
        tag: "newsletter".into(),
    };
    assert_eq!(
        nb.preview_bulk_change(&everyone_but_ada, &change).unwrap(),
        BulkPreview {
            selected: 5,
            changes: 5
        }
    );
    let made = nb
        .bulk_change_with(&everyone_but_ada, &change, &NoProgress)
        .unwrap();
    assert_eq!(made.changed, 5);
    assert!(!nb
        .customer(&ids[0])
        .unwrap()
        .tags
        .contains(&"newsletter".to_owned()));
    assert!(nb
        .customer(&ids[5])
        .unwrap()
        .tags
        .contains(&"newsletter".to_owned()));
}
