//! Tidying tags (#26): every tag with its count (grouped whatever the
//! case, shown as most write it, customers in Trash left out); renaming,
//! merging and deleting a tag on everyone, each undone exactly. On either
//! store (`KINDLY_TEST_STORE=postgres`).

mod common;

use common::peek::Peek;
use common::{person, stored_notebook, Place};
use kindly_core::*;

/// Every customer's tags in order, as stored (read from outside).
fn tags_as_stored(nb: &Notebook) -> Vec<String> {
    let mut rows = Peek::open(nb).strings(
        "SELECT c.id || '|' || t.position || '|' || t.tag
         FROM customer_tags t JOIN customers c ON c.pk = t.customer_pk",
    );
    rows.sort();
    rows
}

fn tagged(nb: &mut Notebook, name: &str, tags: &[&str]) -> String {
    let input = CustomerInput {
        tags: tags.iter().map(|t| (*t).to_owned()).collect(),
        ..person(name)
    };
    nb.create_customer(&input).unwrap().id
}

/// Ada, Bo and Cleo carry "wedding" in three spellings (two write it
/// "Wedding"), Ada and Dan "cakes", Eve is in Trash with "Wedding" and
/// "old".
fn notebook_with_tags() -> (Place, Notebook, Vec<String>) {
    let (place, mut nb) = stored_notebook();
    let ids = vec![
        tagged(&mut nb, "Ada Lim", &["cakes", "Wedding", "VIP"]),
        tagged(&mut nb, "Bo Chen", &["wedding"]),
        tagged(&mut nb, "Cleo Park", &["Wedding"]),
        tagged(&mut nb, "Dan Ruiz", &["x", "cakes"]),
        tagged(&mut nb, "Eve Sato", &["Wedding", "old"]),
    ];
    nb.trash_customer(&ids[4]).unwrap();
    (place, nb, ids)
}

fn count(tag: &str, customers: u32) -> TagCount {
    TagCount {
        tag: tag.into(),
        customers,
    }
}

#[test]
fn every_tag_with_its_count() {
    let (_place, nb, _) = notebook_with_tags();
    assert_eq!(
        nb.tags().unwrap(),
        [
            count("cakes", 2),
            count("VIP", 1),
            count("Wedding", 3),
            count("x", 1)
        ]
    );
}

#[test]
fn a_rename_reaches_everyone_and_is_undone() {
    let (_place, mut nb, ids) = notebook_with_tags();
    let before = tags_as_stored(&nb);
    let change = TagChange::Rename {
        from: "WEDDING".into(),
        to: "Weddings".into(),
    };
    let made = nb.change_tag_with(&change, &NoProgress).unwrap();
    assert_eq!(made.change, ChangeMade::Tags(change));
    assert_eq!(made.changed, 3, "not Eve, in Trash");
    assert_eq!(
        nb.customer(&ids[0]).unwrap().tags,
        ["cakes", "Weddings", "VIP"],
        "in its place"
    );
    assert!(nb.tags().unwrap().contains(&count("Weddings", 3)));
    let history = nb.customer_changes(&ids[1], 5).unwrap();
    assert_eq!(
        (history[0].field.as_str(), history[0].after.as_str()),
        ("tags", "Weddings")
    );

    nb.undo_bulk_change_with(&made.id, &NoProgress).unwrap();
    assert_eq!(tags_as_stored(&nb), before);
}

#[test]
fn a_merge_gives_each_the_tag_once_and_is_undone() {
    let (_place, mut nb, ids) = notebook_with_tags();
    let before = tags_as_stored(&nb);
    let made = nb
        .change_tag_with(
            &TagChange::Merge {
                from: "cakes".into(),
                into: "wedding".into(),
            },
            &NoProgress,
        )
        .unwrap();
    assert_eq!(made.changed, 2);
    assert_eq!(
        nb.customer(&ids[0]).unwrap().tags,
        ["Wedding", "VIP"],
        "had both: keeps its own"
    );
    assert_eq!(
        nb.customer(&ids[3]).unwrap().tags,
        ["x", "wedding"],
        "in the place of the one merged"
    );
    assert!(!nb.tags().unwrap().iter().any(|t| t.tag == "cakes"));
    nb.undo_bulk_change_with(&made.id, &NoProgress).unwrap();
    assert_eq!(tags_as_stored(&nb), before);
}

#[test]
fn renaming_to_a_tag_in_use_is_a_merge_and_says_so() {
    let (_place, mut nb, ids) = notebook_with_tags();
    let made = nb
        .change_tag_with(
            &TagChange::Rename {
                from: "cakes".into(),
                to: "VIP".into(),
            },
            &NoProgress,
        )
        .unwrap();
    assert_eq!(
        made.change,
        ChangeMade::Tags(TagChange::Merge {
            from: "cakes".into(),
            into: "VIP".into()
        })
    );
    assert_eq!(nb.customer(&ids[0]).unwrap().tags, ["Wedding", "VIP"]);
    let err = nb
        .change_tag_with(
            &TagChange::Merge {
                from: "vip".into(),
                into: "VIP".into(),
            },
            &NoProgress,
        )
        .unwrap_err();
    assert_eq!(
        ErrorPayload::from(err).message,
        "Pick two different tags to merge."
    );
}

#[test]
fn a_delete_takes_it_off_everyone_and_is_undone() {
    let (_place, mut nb, ids) = notebook_with_tags();
    let before = tags_as_stored(&nb);
    let made = nb
        .change_tag_with(
            &TagChange::Delete {
                tag: "wedding".into(),
            },
            &NoProgress,
        )
        .unwrap();
    assert_eq!(made.changed, 3);
    assert_eq!(nb.customer(&ids[0]).unwrap().tags, ["cakes", "VIP"]);
    assert_eq!(
        nb.customer(&ids[4]).unwrap().tags,
        ["Wedding", "old"],
        "Trash is left alone"
    );
    assert_eq!(nb.recent_bulk_changes(1).unwrap()[0].id, made.id);
    nb.undo_bulk_change_with(&made.id, &NoProgress).unwrap();
    assert_eq!(tags_as_stored(&nb), before);
    assert!(nb.tags().unwrap().contains(&count("Wedding", 3)));
}

fn save_list(nb: &mut Notebook, name: &str, tags: &[&str]) -> SavedList {
    nb.create_saved_list(&SavedListInput {
        name: name.into(),
        filter: CustomerFilter {
            tags: tags.iter().map(|t| (*t).to_owned()).collect(),
            ..Default::default()
        },
        sort: ListSort {
            column: ListColumn::Name,
            descending: false,
        },
    })
    .unwrap()
}

fn list_named(nb: &Notebook, name: &str) -> SavedList {
    let lists = nb.saved_lists().unwrap();
    lists.into_iter().find(|l| l.name == name).unwrap()
}

#[test]
fn a_saved_list_follows_a_renamed_tag_and_undo_puts_it_back() {
    let (_place, mut nb, _) = notebook_with_tags();
    let wedding = save_list(&mut nb, "Wedding clients", &["wedding"]);
    let vip = save_list(&mut nb, "VIPs", &["VIP"]);
    assert_eq!(wedding.count, 3);
    let made = nb
        .change_tag_with(
            &TagChange::Rename {
                from: "Wedding".into(),
                to: "Wedding 2027".into(),
            },
            &NoProgress,
        )
        .unwrap();

    let renamed = list_named(&nb, "Wedding clients");
    assert_eq!(renamed.filter.tags, ["Wedding 2027"]);
    assert_eq!(renamed.count, 3, "the same customers as before");
    assert!(renamed.version > wedding.version, "changed like an edit");
    assert_eq!(list_named(&nb, "VIPs"), vip, "a list by another tag");

    nb.undo_bulk_change_with(&made.id, &NoProgress).unwrap();
    let back = list_named(&nb, "Wedding clients");
    assert_eq!(back.filter, wedding.filter, "exactly as it was");
    assert_eq!(back.count, 3);
}

#[test]
fn a_merge_into_a_tag_the_list_names_leaves_it_once() {
    let (_place, mut nb, _) = notebook_with_tags();
    let list = save_list(&mut nb, "Cakes at weddings", &["Wedding", "cakes"]);
    assert_eq!(list.count, 1, "Ada");
    let made = nb
        .change_tag_with(
            &TagChange::Merge {
                from: "CAKES".into(),
                into: "wedding".into(),
            },
            &NoProgress,
        )
        .unwrap();
    let merged = list_named(&nb, "Cakes at weddings");
    assert_eq!(merged.filter.tags, ["Wedding"], "not named twice");
    assert_eq!(merged.count, 4, "everyone with either tag now");

    nb.undo_bulk_change_with(&made.id, &NoProgress).unwrap();
    let back = list_named(&nb, "Cakes at weddings");
    assert_eq!(back.filter.tags, ["Wedding", "cakes"]);
    assert_eq!(back.count, 1);
}

#[test]
fn a_list_edited_after_a_rename_keeps_the_edit_on_undo() {
    let (_place, mut nb, _) = notebook_with_tags();
    save_list(&mut nb, "Wedding clients", &["wedding"]);
    let made = nb
        .change_tag_with(
            &TagChange::Rename {
                from: "wedding".into(),
                to: "Wedding 2027".into(),
            },
            &NoProgress,
        )
        .unwrap();
    let renamed = list_named(&nb, "Wedding clients");
    let mut edit = SavedListInput {
        name: renamed.name.clone(),
        filter: renamed.filter.clone(),
        sort: renamed.sort,
    };
    edit.filter.tags.push("VIP".into());
    nb.update_saved_list(&renamed.id, renamed.version, &edit)
        .unwrap();

    nb.undo_bulk_change_with(&made.id, &NoProgress).unwrap();
    let after = list_named(&nb, "Wedding clients");
    assert_eq!(after.filter.tags, ["Wedding 2027", "VIP"], "the edit stays");
}

#[test]
fn deleting_a_tag_leaves_saved_lists_as_they_are() {
    let (_place, mut nb, _) = notebook_with_tags();
    let list = save_list(&mut nb, "Wedding clients", &["wedding"]);
    nb.change_tag_with(
        &TagChange::Delete {
            tag: "wedding".into(),
        },
        &NoProgress,
    )
    .unwrap();
    let after = list_named(&nb, "Wedding clients");
    assert_eq!(
        (after.filter, after.version, after.count),
        (list.filter, list.version, 0),
        "still by the tag, matching nobody"
    );
}
