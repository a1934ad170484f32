//! People who share a phone or an email (a family's landline, a shop's
//! front desk) stay different people through an import and an export;
//! contacts whose name has no letters or digits import once, however often
//! their file is imported.

mod common;

use common::{email, person, phone, stored_notebook as notebook};
use kindly_core::import::{Importer, Parsed, VcardImporter};
use kindly_core::{Customer, ImportAction, Notebook};

fn vcards(text: &str) -> Parsed {
    VcardImporter.parse(text.as_bytes(), "US").unwrap()
}

/// Every live customer, read through a second connection to what the
/// notebook stores.
fn live(nb: &Notebook) -> Vec<Customer> {
    common::customers_as_stored(nb, false)
}

/// Every live customer's name, sorted.
fn names(nb: &Notebook) -> Vec<String> {
    let mut names: Vec<String> = live(nb).into_iter().map(|c| c.full_name).collect();
    names.sort();
    names
}

const FAMILY: &str = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nTEL:(212) 555-0100\r\nEND:VCARD\r\n\
                      BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob Lee\r\nTEL:212 555 0100\r\nEND:VCARD\r\n";

#[test]
fn two_people_sharing_a_landline_are_imported_as_two_customers() {
    let (_dir, mut nb) = notebook();
    let parsed = vcards(FAMILY);
    let preview = nb.preview_import(&parsed).unwrap();
    assert_eq!((preview.create_count, preview.merge_count), (2, 0));
    let bob = &preview.rows[1];
    assert_eq!(bob.action, ImportAction::Create);
    let reason = bob.reason.as_deref().unwrap_or_default();
    assert!(reason.contains("shares a phone with Ann Lee"), "{reason}");
    nb.import_contacts(&parsed).unwrap();
    assert_eq!(names(&nb), ["Ann Lee", "Bob Lee"]);
    // A person decides in Possible duplicates.
    let pairs = nb.likely_duplicates().unwrap();
    assert_eq!(pairs.len(), 1, "{pairs:?}");
    let pair = [pairs[0].a.full_name.as_str(), pairs[0].b.full_name.as_str()];
    assert_eq!(pair, ["Ann Lee", "Bob Lee"]);

    // The same file again changes nothing.
    let again = nb.preview_import(&parsed).unwrap();
    assert_eq!(
        (again.create_count, again.merge_count, again.skip_count),
        (0, 0, 2)
    );
    nb.import_contacts(&parsed).unwrap();
    assert_eq!(names(&nb), ["Ann Lee", "Bob Lee"]);
}

#[test]
fn a_contact_sharing_an_email_with_a_customer_of_another_name_is_new() {
    let (_dir, mut nb) = notebook();
    let mut ann = person("Ann Lee");
    ann.emails = vec![email("shop@example.com")];
    nb.create_customer(&ann).unwrap();
    let parsed = vcards(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Carl Diaz\r\nEMAIL:Shop@example.com\r\nEND:VCARD\r\n",
    );
    let preview = nb.preview_import(&parsed).unwrap();
    assert_eq!(preview.rows[0].action, ImportAction::Create);
    let reason = preview.rows[0].reason.as_deref().unwrap_or_default();
    assert!(reason.contains("shares an email with Ann Lee"), "{reason}");
    nb.import_contacts(&parsed).unwrap();
    assert_eq!(names(&nb), ["Ann Lee", "Carl Diaz"]);
}

#[test]
fn the_same_number_with_a_compatible_name_still_adds_to_the_customer() {
    let (_dir, mut nb) = notebook();
    let mut robert = person("Robert Lee");
    robert.phones = vec![phone("(212) 555-0100")];
    nb.create_customer(&robert).unwrap();
    let parsed = vcards(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob Lee\r\nTEL:212 555 0100\r\nEMAIL:bob@example.com\r\nEND:VCARD\r\n\
         BEGIN:VCARD\r\nVERSION:3.0\r\nFN:R. Lee\r\nTEL:212 555 0100\r\nNOTE:Prefers mornings\r\nEND:VCARD\r\n",
    );
    let preview = nb.preview_import(&parsed).unwrap();
    assert_eq!(
        preview.rows.iter().map(|r| r.action).collect::<Vec<_>>(),
        [ImportAction::Merge, ImportAction::Merge]
    );
    nb.import_contacts(&parsed).unwrap();
    assert_eq!(names(&nb), ["Robert Lee"]);
}

#[test]
fn exporting_two_customers_with_one_number_and_importing_gives_two() {
    let (_dir, mut nb) = notebook();
    for name in ["Ann Lee", "Bob Lee"] {
        let mut input = person(name);
        input.phones = vec![phone("(212) 555-0100")];
        input.emails = vec![email("lees@example.com")];
        nb.create_customer(&input).unwrap();
    }
    let mut bytes = Vec::new();
    nb.export_vcard(&mut bytes).unwrap();
    let (_there, mut elsewhere) = notebook();
    let parsed = VcardImporter.parse(&bytes, "US").unwrap();
    elsewhere.import_contacts(&parsed).unwrap();
    assert_eq!(names(&elsewhere), ["Ann Lee", "Bob Lee"]);
}

#[test]
fn contacts_with_no_letters_or_digits_in_their_name_import_once() {
    let (_dir, mut nb) = notebook();
    let file: String = ["😀", "-", "'", "\u{200B}", "--"]
        .iter()
        .map(|name| format!("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nEND:VCARD\r\n"))
        .collect();
    let parsed = vcards(&file);
    assert_eq!(parsed.contacts.len(), 5, "{:?}", parsed.problems);
    nb.import_contacts(&parsed).unwrap();
    assert_eq!(nb.info().unwrap().customer_count, 5);
    let again = nb.preview_import(&parsed).unwrap();
    assert_eq!(again.skip_count, 5, "{:?}", again.rows);
    nb.import_contacts(&parsed).unwrap();
    nb.import_contacts(&parsed).unwrap();
    assert_eq!(nb.info().unwrap().customer_count, 5);
}

#[test]
fn two_contacts_of_one_name_in_a_file_import_once_each() {
    // Same name, different notes: two people; a second import finds each.
    let (_dir, mut nb) = notebook();
    let parsed = vcards(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:-\r\nNOTE:the one with the dog\r\nEND:VCARD\r\n\
         BEGIN:VCARD\r\nVERSION:3.0\r\nFN:-\r\nNOTE:the one with the cat\r\nEND:VCARD\r\n",
    );
    nb.import_contacts(&parsed).unwrap();
    assert_eq!(nb.info().unwrap().customer_count, 2);
    nb.import_contacts(&parsed).unwrap();
    assert_eq!(nb.info().unwrap().customer_count, 2);
}
