//! Saved lists (a filter kept with a name and its live count) and the
//! record of who an import added (both stores: `KINDLY_TEST_STORE`).

mod common;

use kindly_core::*;

fn wedding() -> CustomerFilter {
    CustomerFilter {
        tags: vec!["wedding".into()],
        ..Default::default()
    }
}

fn input(name: &str, filter: CustomerFilter) -> SavedListInput {
    SavedListInput {
        name: name.into(),
        filter,
        sort: ListSort {
            column: ListColumn::LastContact,
            descending: true,
        },
    }
}

fn tagged(nb: &mut Notebook, name: &str, tag: &str) -> String {
    nb.create_customer(&CustomerInput {
        full_name: name.into(),
        tags: vec![tag.into()],
        ..Default::default()
    })
    .unwrap()
    .id
}

fn field(err: Error) -> String {
    ErrorPayload::from(err).field.unwrap_or_default()
}

#[test]
fn a_saved_list_comes_back_as_saved_with_its_live_count() {
    let mut nb = common::notebook();
    tagged(&mut nb, "Ana Alvarez", "Wedding");
    tagged(&mut nb, "Bruno Costa", "funeral");
    let saved = nb
        .create_saved_list(&input("  Wedding clients  ", wedding()))
        .unwrap();
    assert_eq!(saved.name, "Wedding clients");
    assert_eq!(saved.count, 1);
    let lists = nb.saved_lists().unwrap();
    assert_eq!(lists, vec![saved.clone()]);
    assert_eq!(lists[0].filter, wedding());
    assert_eq!(lists[0].sort.column, ListColumn::LastContact);
    assert!(lists[0].sort.descending);
    // Counts are live: a new matching customer counts at once.
    let chloe = tagged(&mut nb, "Chloé Dubois", "WEDDING");
    assert_eq!(nb.saved_lists().unwrap()[0].count, 2);
    nb.trash_customer(&chloe).unwrap();
    assert_eq!(
        nb.saved_lists().unwrap()[0].count,
        1,
        "Trash does not count"
    );
}

#[test]
fn lists_are_by_name_and_a_name_is_refused_beside_the_name_field() {
    let mut nb = common::notebook();
    nb.create_saved_list(&input("Wedding clients", wedding()))
        .unwrap();
    nb.create_saved_list(&input("Autumn", CustomerFilter::default()))
        .unwrap();
    let names: Vec<String> = nb
        .saved_lists()
        .unwrap()
        .into_iter()
        .map(|l| l.name)
        .collect();
    assert_eq!(names, ["Autumn", "Wedding clients"]);
    for bad in ["WEDDING  clients", "   ", &"x".repeat(101)] {
        let err = nb.create_saved_list(&input(bad, wedding())).unwrap_err();
        assert_eq!(field(err), "name", "{bad:?}");
    }
    assert_eq!(nb.saved_lists().unwrap().len(), 2, "nothing saved");
    nb.create_saved_list(&input(&"x".repeat(100), wedding()))
        .unwrap();
}

#[test]
fn a_change_from_an_old_version_is_refused_and_names_the_list() {
    let mut nb = common::notebook();
    let first = nb
        .create_saved_list(&input("Wedding clients", wedding()))
        .unwrap();
    let renamed = nb
        .update_saved_list(&first.id, first.version, &input("Weddings", wedding()))
        .unwrap();
    assert_eq!(renamed.name, "Weddings");
    assert!(renamed.version > first.version);
    let stale = nb
        .update_saved_list(&first.id, first.version, &input("Brides", wedding()))
        .unwrap_err();
    assert!(
        matches!(stale, Error::Conflict { thing: "list", .. }),
        "{stale:?}"
    );
    let err = nb.delete_saved_list(&first.id, first.version).unwrap_err();
    assert!(matches!(err, Error::Conflict { .. }));
    assert_eq!(nb.saved_lists().unwrap()[0].name, "Weddings");
    // Its own name again is no clash.
    nb.update_saved_list(&first.id, renamed.version, &input("WEDDINGS", wedding()))
        .unwrap();
}

#[test]
fn a_deleted_list_is_kept_aside_and_comes_back_as_it_was() {
    let mut nb = common::notebook();
    tagged(&mut nb, "Ana Alvarez", "wedding");
    let list = nb
        .create_saved_list(&input("Wedding clients", wedding()))
        .unwrap();
    nb.delete_saved_list(&list.id, list.version).unwrap();
    assert!(nb.saved_lists().unwrap().is_empty());
    // Its name is free while it is deleted...
    let other = nb
        .create_saved_list(&input("Wedding clients", CustomerFilter::default()))
        .unwrap();
    let err = nb.restore_saved_list(&list.id).unwrap_err();
    assert_eq!(field(err), "name", "...so it cannot come back over another");
    nb.delete_saved_list(&other.id, other.version).unwrap();
    let back = nb.restore_saved_list(&list.id).unwrap();
    assert_eq!((back.name.as_str(), back.count), ("Wedding clients", 1));
    assert_eq!(back.filter, wedding());
    assert_eq!(nb.saved_lists().unwrap(), vec![back]);
}

#[test]
fn an_import_is_recorded_with_whom_it_added_not_whom_it_merged_into() {
    let mut nb = common::notebook();
    let ana = nb
        .create_customer(&CustomerInput {
            full_name: "Ana Alvarez".into(),
            emails: vec![common::email("ana@example.com")],
            ..Default::default()
        })
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("clients.vcf");
    std::fs::write(
        &path,
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Alvarez\r\nEMAIL:ana@example.com\r\nTEL:+1 202 555 0101\r\nEND:VCARD\r\n\
         BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bruno Costa\r\nEND:VCARD\r\n\
         BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Chloé Dubois\r\nEND:VCARD\r\n",
    )
    .unwrap();
    assert!(nb.imports().unwrap().is_empty());
    let parsed = nb.read_contacts_file(&path, None).unwrap();
    let summary = nb.import_contacts(&parsed).unwrap();
    assert_eq!((summary.created, summary.merged), (2, 1));
    let imports = nb.imports().unwrap();
    assert_eq!(imports.len(), 1);
    assert_eq!(imports[0].file_name, "clients.vcf");
    assert_eq!(imports[0].added, 2);
    let from_it = CustomerFilter {
        import_id: Some(imports[0].id.clone()),
        ..Default::default()
    };
    let names: Vec<String> = nb
        .list_customers(&from_it, ListSort::default(), None, 10)
        .unwrap()
        .rows
        .into_iter()
        .map(|r| r.full_name)
        .collect();
    assert_eq!(
        names,
        ["Bruno Costa", "Chloé Dubois"],
        "not Ana, merged into"
    );
    assert_eq!(nb.count_customers(&from_it).unwrap(), 2);
    assert_eq!(
        nb.customer(&ana.id).unwrap().phones.len(),
        1,
        "Ana was merged into"
    );
    // An import that adds nobody is not offered as a filter.
    nb.import_contacts(&parsed).unwrap();
    assert_eq!(nb.imports().unwrap().len(), 1);
}
