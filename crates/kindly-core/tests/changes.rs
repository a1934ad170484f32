//! A customer's change history: every save records the fields it changed
//! (before and after), who was at the desk and when; newest first; a save
//! that changes nothing records nothing; forgetting the customer erases it.

mod common;

use common::*;
use kindly_core::import::{Importer, VcardImporter};
use kindly_core::{CustomerChange, Notebook};
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

/// Who was at the desk for `c`: who changed it in a notebook file; on a
/// team notebook the login is who, and the desk is recorded beside it.
fn desk<'c>(nb: &Notebook, c: &'c CustomerChange) -> &'c str {
    if nb.is_team() {
        &c.at_desk
    } else {
        &c.changed_by
    }
}

/// (field, before, after, at, desk) of each entry, as listed.
fn listed<'c>(
    nb: &Notebook,
    changes: &'c [CustomerChange],
) -> Vec<(&'c str, &'c str, &'c str, i64, &'c str)> {
    changes
        .iter()
        .map(|c| {
            (
                c.field.as_str(),
                c.before.as_str(),
                c.after.as_str(),
                c.changed_at,
                desk(nb, c),
            )
        })
        .collect()
}

/// A notebook whose desk changes hands, on one clock.
struct Shop {
    place: Place,
    tick: Arc<AtomicI64>,
}

impl Shop {
    fn new() -> Shop {
        Shop {
            place: Place::new(),
            tick: Arc::new(AtomicI64::new(NOW)),
        }
    }

    fn clocked(&self, nb: Notebook) -> Notebook {
        let tick = Arc::clone(&self.tick);
        let mut nb = nb.with_clock(Arc::new(move || tick.fetch_add(1000, Ordering::SeqCst)));
        nb.set_phone_region("US").unwrap();
        nb
    }

    /// The notebook as its owner opens it.
    fn open(&self) -> Notebook {
        self.clocked(self.place.open())
    }

    /// `name` at the desk from now on: on a team notebook signed in with a
    /// login of their own (the desk is whoever signed in); in a notebook
    /// file added to the staff and chosen at the desk.
    fn at_desk(&self, nb: &mut Notebook, name: &str) {
        if let Place::Team(url) = &self.place {
            *nb = self.clocked(Notebook::open_team(&new_login(url, name)).unwrap());
            return;
        }
        let roster = nb.add_staff(name, "").unwrap();
        let id = roster
            .staff
            .iter()
            .find(|s| s.name == name)
            .unwrap()
            .id
            .clone();
        nb.set_at_desk(Some(&id)).unwrap();
    }
}

#[test]
fn each_save_lists_exactly_the_fields_it_changed_newest_first_with_who_and_when() {
    let shop = Shop::new();
    let mut nb = shop.open();
    shop.at_desk(&mut nb, "Ana");
    let saved = nb.create_customer(&person("Mike Ross")).unwrap();
    let created = saved.created_at;

    let mut input = saved.to_input();
    input.preferred_name = "Mikey".into();
    input.tags = vec!["regular".into(), "vip".into()];
    input.phones.push(phone("555 010 1234"));
    let first = nb
        .update_customer(&saved.id, nb.customer(&saved.id).unwrap().version, &input)
        .unwrap()
        .updated_at;
    shop.at_desk(&mut nb, "Ben");
    input.notes = "Moved to Leeds".into();
    input.preferred_name = String::new();
    let second = nb
        .update_customer(&saved.id, nb.customer(&saved.id).unwrap().version, &input)
        .unwrap()
        .updated_at;
    assert!(created < first && first < second);

    let before = nb.customer_changes(&saved.id, 50).unwrap();
    nb.update_customer(&saved.id, nb.customer(&saved.id).unwrap().version, &input)
        .unwrap();
    assert_eq!(
        nb.customer_changes(&saved.id, 50).unwrap(),
        before,
        "a save that changes nothing records nothing"
    );
    assert_eq!(
        listed(&nb, &before),
        [
            ("preferred_name", "Mikey", "", second, "Ben"),
            ("notes", "", "Moved to Leeds", second, "Ben"),
            ("preferred_name", "", "Mikey", first, "Ana"),
            ("phones", "", "555 010 1234 (mobile, main)", first, "Ana"),
            ("tags", "", "regular; vip", first, "Ana"),
            ("created", "", "Mike Ross", created, "Ana"),
        ]
    );
    assert!(
        before.iter().all(|c| c.changed_by == desk(&nb, c)),
        "a login reads as its person's name, the one at the desk"
    );
    assert!(
        before.iter().all(|c| c.at_desk.is_empty() != nb.is_team()),
        "the desk beside the login only on a team notebook"
    );
    assert_eq!(
        listed(&nb, &nb.customer_changes(&saved.id, 2).unwrap()),
        listed(&nb, &before[..2]),
        "the newest, up to the limit"
    );
}

#[test]
fn nobody_at_the_desk_is_recorded_as_nobody_and_on_a_team_notebook_somebody_always_is() {
    let mut nb = notebook();
    let saved = nb.create_customer(&person("Mike Ross")).unwrap();
    let mut input = saved.to_input();
    input.company = "Pearson Hardman".into();
    nb.update_customer(&saved.id, nb.customer(&saved.id).unwrap().version, &input)
        .unwrap();
    let changes = nb.customer_changes(&saved.id, 10).unwrap();
    assert_eq!(changes[0].field, "company");
    let signed_in = nb.signed_in().unwrap().map(|me| me.display_name);
    assert_eq!(signed_in.is_some(), nb.is_team());
    assert_eq!(desk(&nb, &changes[0]), signed_in.unwrap_or_default());
}

#[test]
fn trash_restore_merge_and_its_undo_are_on_the_record() {
    let shop = Shop::new();
    let mut nb = shop.open();
    shop.at_desk(&mut nb, "Ana");
    let kept = nb.create_customer(&person("Rosa Diaz")).unwrap();
    let twin = nb
        .create_customer(&{
            let mut p = person("Rosa Díaz");
            p.notes = "Allergic to nuts".into();
            p
        })
        .unwrap();
    nb.trash_customer(&twin.id).unwrap();
    nb.restore_customer(&twin.id).unwrap();
    let merge = nb.merge_customers(&kept.id, &twin.id).unwrap().merge;
    nb.undo_merge(&merge.id).unwrap();

    let fields = |id: &str| -> Vec<(String, String, String)> {
        nb.customer_changes(id, 50)
            .unwrap()
            .into_iter()
            .map(|c| (c.field, c.before, c.after))
            .collect()
    };
    let s = |a: &str, b: &str, c: &str| (a.to_owned(), b.to_owned(), c.to_owned());
    assert_eq!(
        fields(&twin.id),
        [
            s("merged_into", "Rosa Diaz", ""),
            s("merged_into", "", "Rosa Diaz"),
            s("trash", "in Trash", "restored"),
            s("trash", "", "moved to Trash"),
            s("created", "", "Rosa Díaz"),
        ]
    );
    assert_eq!(
        fields(&kept.id),
        [
            s("notes", "Allergic to nuts", ""),
            s("notes", "", "Allergic to nuts"),
            s("created", "", "Rosa Diaz"),
        ]
    );
}

#[test]
fn an_import_records_what_it_changed_on_the_profiles_it_merges_into() {
    let mut nb = notebook();
    let rosa = nb
        .create_customer(&{
            let mut p = person("Rosa Diaz");
            p.phones.push(phone("(555) 010-4477"));
            p
        })
        .unwrap();
    let parsed = VcardImporter
        .parse(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Rosa Diaz\r\nTEL;TYPE=CELL:+1 555 010 4477\r\n\
             NOTE:Allergic to nuts\r\nEND:VCARD\r\n"
                .as_bytes(),
            "US",
        )
        .unwrap();
    nb.import_contacts(&parsed).unwrap();
    let changes = nb.customer_changes(&rosa.id, 10).unwrap();
    assert_eq!(changes[0].field, "notes");
    assert_eq!(changes[0].after, "Allergic to nuts");
    assert_eq!(changes[1].field, "created", "only what the import changed");

    nb.import_contacts(&parsed).unwrap();
    assert_eq!(
        nb.customer_changes(&rosa.id, 10).unwrap(),
        changes,
        "importing the same file again changes nothing"
    );
}

#[test]
fn forgetting_a_customer_erases_their_change_history() {
    let (_place, mut nb) = stored_notebook();
    let saved = nb
        .create_customer(&{
            let mut p = person("Rosalind Quimbyfield");
            p.notes = "Loves marzipan".into();
            p
        })
        .unwrap();
    let other = nb.create_customer(&person("Bart Simms")).unwrap();
    let mut input = saved.to_input();
    input.notes = String::new();
    nb.update_customer(&saved.id, nb.customer(&saved.id).unwrap().version, &input)
        .unwrap();
    let mut input = other.to_input();
    input.company = "Simms & Co".into();
    nb.update_customer(&other.id, nb.customer(&other.id).unwrap().version, &input)
        .unwrap();
    let others = nb.customer_changes(&other.id, 10).unwrap();

    nb.forget_customer(&saved.id).unwrap();
    let left = peek::Peek::open(&nb).count(
        "SELECT count(*) FROM customer_changes WHERE before LIKE '%marzipan%'
             OR after LIKE '%Quimbyfield%'",
    );
    assert_eq!(left, 0);
    assert_eq!(nb.customer_changes(&other.id, 10).unwrap(), others);
    assert!(nb.customer_changes(&saved.id, 10).is_err());
}

#[test]
fn the_history_pages_newest_first_without_gaps_or_repeats_even_within_one_save() {
    let shop = Shop::new();
    let mut nb = shop.open();
    shop.at_desk(&mut nb, "Ana");
    let saved = nb.create_customer(&person("Mike Ross")).unwrap();
    // Seven saves of three fields each: pages of 4 cut through saves.
    for n in 0..7 {
        let current = nb.customer(&saved.id).unwrap();
        let mut input = current.to_input();
        input.company = format!("Firm {n}");
        input.best_time = format!("hour {n}");
        input.notes = format!("note {n}");
        nb.update_customer(&saved.id, current.version, &input)
            .unwrap();
    }
    let all = nb.customer_changes(&saved.id, 100).unwrap();
    assert_eq!(all.len(), 22);

    let mut paged = Vec::new();
    let mut after = None;
    loop {
        let page = nb.customer_changes_page(&saved.id, after, 4).unwrap();
        assert!(page.items.len() <= 4);
        paged.extend(page.items);
        match page.next {
            Some(next) => after = Some(next),
            None => break,
        }
    }
    assert_eq!(paged, all, "every entry once, in the same order");
    assert_eq!(
        (
            all[0].field.as_str(),
            all[0].after.as_str(),
            all[2].after.as_str()
        ),
        ("company", "Firm 6", "note 6"),
        "newest save first, its fields in the form's order"
    );
    assert_eq!(all.last().unwrap().field, "created");

    let one = nb.customer_changes_page(&saved.id, None, 22).unwrap();
    assert_eq!(
        (one.items.len(), one.next),
        (22, None),
        "no empty last page"
    );
    let capped = nb.customer_changes_page(&saved.id, None, 0).unwrap();
    assert_eq!(capped.items.len(), 1, "at least one entry a page");
}

#[test]
fn a_change_made_at_another_desk_names_that_person_not_their_login() {
    let mut desks = two_desks();
    let saved = desks.a.create_customer(&person("Rosie Tanaka")).unwrap();
    desks.b_signs_in_as("Ben Ortiz");
    let current = desks.b.customer(&saved.id).unwrap();
    let mut input = current.to_input();
    input.best_time = "evenings".into();
    desks
        .b
        .update_customer(&saved.id, current.version, &input)
        .unwrap();
    // Each desk has its own clock: find the change rather than count.
    let changes = desks.a.customer_changes(&saved.id, 10).unwrap();
    let best_time = changes.iter().find(|c| c.field == "best_time").unwrap();
    assert_eq!(
        (best_time.after.as_str(), best_time.changed_by.as_str()),
        ("evenings", "Ben Ortiz")
    );
}
