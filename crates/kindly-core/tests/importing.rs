//! Importing contacts into a notebook: the preview says what will happen to
//! each contact and writes nothing; the import does exactly that in one go;
//! a contact already there is merged or skipped, never duplicated; and
//! importing the same file twice changes nothing the second time.

mod common;

use std::path::Path;

use common::{email, person, phone, stored_notebook as notebook};
use kindly_core::import::{CsvImporter, Importer, Parsed, VcardImporter};
use kindly_core::{Birthday, Customer, ImportAction, ImportPreview, Notebook};

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/import")
            .join(name),
    )
    .unwrap()
}

fn vcards(text: &str) -> Parsed {
    VcardImporter.parse(text.as_bytes(), "US").unwrap()
}

/// Every customer, live or in Trash, in a comparable form, read through a
/// second connection to what the notebook stores.
fn everyone(nb: &Notebook) -> Vec<Customer> {
    let mut all = common::customers_as_stored(nb, true);
    all.sort_by(|a, b| a.id.cmp(&b.id));
    all
}

fn live_count(nb: &Notebook) -> u32 {
    nb.info().unwrap().customer_count
}

fn actions(preview: &ImportPreview) -> Vec<(u32, ImportAction)> {
    preview.rows.iter().map(|r| (r.line, r.action)).collect()
}

#[test]
fn every_exporters_file_imports_once_and_a_second_import_changes_nothing() {
    for (name, parsed) in [
        (
            "iphone.vcf",
            VcardImporter.parse(&fixture("iphone.vcf"), "US"),
        ),
        (
            "android.vcf",
            VcardImporter.parse(&fixture("android.vcf"), "US"),
        ),
        (
            "google.vcf",
            VcardImporter.parse(&fixture("google.vcf"), "US"),
        ),
        (
            "outlook.vcf",
            VcardImporter.parse(&fixture("outlook.vcf"), "US"),
        ),
        (
            "thunderbird.vcf",
            VcardImporter.parse(&fixture("thunderbird.vcf"), "US"),
        ),
        (
            "google_contacts.csv",
            CsvImporter::default().parse(&fixture("google_contacts.csv"), "US"),
        ),
        (
            "outlook.csv",
            CsvImporter::default().parse(&fixture("outlook.csv"), "US"),
        ),
    ] {
        let parsed = parsed.unwrap();
        let (_dir, mut nb) = notebook();
        let first = nb.import_contacts(&parsed).unwrap();
        assert!(first.created > 0, "{name}");
        assert_eq!(
            first.created + first.merged + first.skipped,
            parsed.contacts.len() as u32,
            "{name}"
        );
        assert_eq!(live_count(&nb), first.created, "{name}");
        let before = everyone(&nb);

        let preview = nb.preview_import(&parsed).unwrap();
        assert_eq!(preview.create_count, 0, "{name}: {:?}", preview.rows);
        assert_eq!(preview.merge_count, 0, "{name}: {:?}", preview.rows);
        let second = nb.import_contacts(&parsed).unwrap();
        assert_eq!(second.created + second.merged, 0, "{name}");
        assert_eq!(
            everyone(&nb),
            before,
            "{name}: the second import changed nothing"
        );
    }
}

#[test]
fn the_preview_writes_nothing_and_the_import_does_what_it_showed() {
    let (_dir, mut nb) = notebook();
    let rosa = nb
        .create_customer(&{
            let mut p = person("Rosa Diaz");
            p.phones.push(phone("(555) 010-4477"));
            p.notes = "Prefers mornings".into();
            p
        })
        .unwrap();
    let parsed = vcards(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Rosa Díaz\r\nTEL;TYPE=CELL:+1 555 010 4477\r\n\
         EMAIL:rosa@example.com\r\nNOTE:Allergic to nuts\r\nEND:VCARD\r\n\
         BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Tom Baker\r\nTEL:555-010-9999\r\nEND:VCARD\r\n",
    );
    let before = everyone(&nb);
    let preview = nb.preview_import(&parsed).unwrap();
    assert_eq!(everyone(&nb), before, "a preview writes nothing");
    assert_eq!(
        actions(&preview),
        vec![(1, ImportAction::Merge), (8, ImportAction::Create)]
    );
    let merge = &preview.rows[0];
    assert_eq!(merge.matched.as_deref(), Some("Rosa Diaz"));
    assert_eq!(merge.matched_id.as_deref(), Some(rosa.id.as_str()));
    assert_eq!(
        merge.reason.as_deref(),
        Some("same phone number +1 555 010 4477")
    );
    assert!(merge.changes.contains(&"adds rosa@example.com".to_owned()));
    assert_eq!((preview.create_count, preview.merge_count), (1, 1));

    let done = nb.import_contacts(&parsed).unwrap();
    assert_eq!((done.created, done.merged, done.skipped), (1, 1, 0));
    let rosa = nb.customer(&rosa.id).unwrap();
    assert_eq!(rosa.full_name, "Rosa Diaz", "the name staff typed is kept");
    assert_eq!(rosa.phones.len(), 1, "the same number is not added twice");
    assert_eq!(rosa.emails[0].address, "rosa@example.com");
    assert!(rosa.notes.starts_with("Prefers mornings"));
    assert!(rosa.notes.contains("Allergic to nuts"));
    assert_eq!(nb.search("tom baker", 5).unwrap().len(), 1);
    assert_eq!(nb.search("rosa@example.com", 5).unwrap()[0].id, rosa.id);
}

#[test]
fn a_shared_name_needs_a_second_detail_to_merge() {
    let (_dir, mut nb) = notebook();
    let mut existing = person("Sam Lee");
    existing.company = "Lee Plumbing".into();
    existing.birthday = Some(Birthday {
        year: None,
        month: 3,
        day: 9,
    });
    let sam = nb.create_customer(&existing).unwrap();
    let parsed = vcards(
        // Same name and company: the same Sam.
        "BEGIN:VCARD\nFN:Sam Lee\nORG:Lee Plumbing\nEMAIL:sam@lee.example\nEND:VCARD\n\
         BEGIN:VCARD\nFN:Sam Lee\nEMAIL:other.sam@example.com\nNOTE:Art teacher\nEND:VCARD\n\
         BEGIN:VCARD\nFN:Sam Lee\nEND:VCARD\n",
    );
    let preview = nb.preview_import(&parsed).unwrap();
    assert_eq!(
        actions(&preview),
        vec![
            (1, ImportAction::Merge),
            // Only the name in common, and something new: another Sam.
            (6, ImportAction::Create),
            // Only a name, nothing new: nothing to do.
            (11, ImportAction::Skip),
        ]
    );
    assert_eq!(
        preview.rows[0].reason.as_deref(),
        Some("same name and company, address or birthday")
    );
    nb.import_contacts(&parsed).unwrap();
    assert_eq!(live_count(&nb), 2);
    assert_eq!(nb.customer(&sam.id).unwrap().emails.len(), 1);
}

#[test]
fn the_same_person_twice_in_one_file_becomes_one_customer() {
    let (_dir, mut nb) = notebook();
    let parsed = vcards(
        "BEGIN:VCARD\nFN:Ana Ruiz\nTEL:555-010-1111\nEND:VCARD\n\
         BEGIN:VCARD\nFN:Ana Ruiz (work)\nTEL:+15550101111\nEMAIL:ana@work.example\nEND:VCARD\n",
    );
    let preview = nb.preview_import(&parsed).unwrap();
    assert_eq!(
        actions(&preview),
        vec![(1, ImportAction::Create), (5, ImportAction::Merge)]
    );
    assert_eq!(
        preview.rows[1].matched.as_deref(),
        Some("the new customer from line 1")
    );
    assert_eq!(preview.rows[1].matched_id, None);
    nb.import_contacts(&parsed).unwrap();
    assert_eq!(live_count(&nb), 1);
    let ana = nb.customer(&nb.search("ana", 5).unwrap()[0].id).unwrap();
    assert_eq!(ana.emails[0].address, "ana@work.example");
    assert!(ana.notes.contains("Also known as: Ana Ruiz (work)"));
    assert_eq!(nb.import_contacts(&parsed).unwrap().skipped, 2);
}

#[test]
fn problems_are_listed_by_line_and_what_can_be_imported_still_is() {
    let (_dir, mut nb) = notebook();
    let parsed = vcards(
        "BEGIN:VCARD\nFN:Kim Park\nTEL:not a number\nEND:VCARD\n\
         BEGIN:VCARD\nEMAIL:nameless@example.com\nEND:VCARD\n",
    );
    let preview = nb.preview_import(&parsed).unwrap();
    assert_eq!(preview.create_count, 1);
    assert_eq!(preview.problems.len(), 1);
    assert_eq!(preview.problems[0].line, 5);
    assert!(preview.problems[0].message.contains("nameless@example.com"));
    assert!(preview.rows[0].problems[0].contains("not a number"));
    let done = nb.import_contacts(&parsed).unwrap();
    assert_eq!((done.created, done.left_out), (1, 1));
}

#[test]
fn a_customer_in_trash_is_not_merged_into() {
    let (_dir, mut nb) = notebook();
    let mut gone = person("Old Customer");
    gone.emails.push(email("old@example.com"));
    let gone = nb.create_customer(&gone).unwrap();
    nb.trash_customer(&gone.id).unwrap();
    let parsed = vcards("BEGIN:VCARD\nFN:Old Customer\nEMAIL:old@example.com\nEND:VCARD\n");
    assert_eq!(nb.preview_import(&parsed).unwrap().create_count, 1);
}

#[test]
fn a_shared_number_wins_over_a_shared_name_from_earlier_in_the_file() {
    let (_dir, mut nb) = notebook();
    let mut known = person("Ana García");
    known.phones.push(phone("555-010-4477"));
    let jose = nb.create_customer(&known).unwrap();
    // Line 1 is someone new of the same name (another number); line 5 is
    // the known Ana's number: the number is the better evidence. (A number
    // shared under a clearly different name is not evidence at all: see
    // shared_contacts.rs.)
    let parsed = vcards(
        "BEGIN:VCARD\nFN:Ana García\nTEL:555-010-1111\nEND:VCARD\n\
         BEGIN:VCARD\nFN:Ana García\nTEL:555-010-4477\nEMAIL:ana@example.com\nEND:VCARD\n",
    );
    let preview = nb.preview_import(&parsed).unwrap();
    assert_eq!(
        actions(&preview),
        vec![(1, ImportAction::Create), (5, ImportAction::Merge)]
    );
    assert_eq!(
        preview.rows[1].matched_id.as_deref(),
        Some(jose.id.as_str())
    );
}

/// The profile, phone, email, list and tag rows of every customer, as
/// stored (each store writes its own booleans, so compare within one).
fn child_rows(nb: &Notebook) -> Vec<String> {
    let mut peek = common::peek::Peek::open(nb);
    let mut rows = Vec::new();
    for sql in [
        "SELECT customer_pk || '|' || position || '|' || label || '|' || number || '|' || e164
            || '|' || is_primary || '|' || digits_rev FROM customer_phones ORDER BY 1",
        "SELECT customer_pk || '|' || position || '|' || label || '|' || address || '|' || is_primary
            FROM customer_emails ORDER BY 1",
        "SELECT customer_pk || '|' || kind || '|' || position || '|' || text FROM customer_items ORDER BY 1",
        "SELECT customer_pk || '|' || position || '|' || tag FROM customer_tags ORDER BY 1",
        // The profile's own columns, but for when it was saved.
        "SELECT concat_ws('|', pk, id, full_name, preferred_name, pronunciation, pronouns, company,
            address, birthday_year, birthday_month, birthday_day, contact_channel, best_time, notes,
            looked_after_by, created_at, deleted_at, touch_ideal_days, touch_longest_days, full_key,
            preferred_key, touch_amber_at, last_contact_at) FROM customers ORDER BY 1",
    ] {
        rows.extend(peek.strings(sql));
    }
    rows
}

#[test]
fn a_merge_leaves_the_rows_and_lookups_a_full_save_would() {
    let (_dir, mut nb) = notebook();
    let mut known = person("Rosa Diaz");
    known.phones.push(phone("555-010-4477"));
    known.emails.push(email("rosa@example.com"));
    known.tags = vec!["Regular".into()];
    known.preferences = vec!["Seeded loaf".into()];
    let rosa = nb.create_customer(&known).unwrap();
    let mut other = person("Tom Baker");
    other.phones.push(phone("555-010-9999"));
    let tom = nb.create_customer(&other).unwrap();
    // Rosa gains a nickname, a phone, an email, a tag, a list item and a
    // birthday; Tom a second phone and a company (none of his names, so
    // the store leaves his indexed columns alone).
    let parsed = vcards(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Rosa Diaz\r\nNICKNAME:Rosie\r\nTEL:+1 555 010 4477\r\n\
         TEL:555-010-5555\r\nEMAIL:rosa@example.com\r\nEMAIL:rosa@work.example\r\n\
         CATEGORIES:Regular,Baker\r\nBDAY:1980-04-15\r\nEND:VCARD\r\n\
         BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Tom Baker\r\nTEL:555-010-9999\r\nTEL:555-010-7777\r\n\
         ORG:Baker & Sons\r\nEND:VCARD\r\n",
    );
    let done = nb.import_contacts(&parsed).unwrap();
    assert_eq!((done.created, done.merged), (0, 2));
    let rosa = nb.customer(&rosa.id).unwrap();
    assert_eq!(rosa.preferred_name, "Rosie");
    assert_eq!(rosa.phones.len(), 2);
    assert_eq!(rosa.emails.len(), 2);
    assert_eq!(rosa.tags, ["Regular", "Baker"]);
    let tom = nb.customer(&tom.id).unwrap();
    assert_eq!(tom.phones.len(), 2);
    assert_eq!(tom.company, "Baker & Sons");

    let found = |nb: &Notebook, query: &str| -> Vec<String> {
        nb.search(query, 5)
            .unwrap()
            .into_iter()
            .map(|c| c.id)
            .collect()
    };
    let queries = [
        "rosie",
        "rosa",
        "osi",
        "diaz",
        "rosa@work.example",
        "baker",
        "tom",
        "ake",
        "7777",
        "5555",
    ];
    let imported: Vec<Vec<String>> = queries.iter().map(|q| found(&nb, q)).collect();
    assert_eq!(
        imported[0],
        std::slice::from_ref(&rosa.id),
        "the new nickname is found"
    );
    assert_eq!(
        imported[2],
        std::slice::from_ref(&rosa.id),
        "and inside a word"
    );
    assert!(imported[7].contains(&tom.id), "Tom's names are still found");
    assert_eq!(
        imported[8],
        std::slice::from_ref(&tom.id),
        "the new number is found"
    );
    let birthdays = nb.today().unwrap();
    let rows = child_rows(&nb);

    // Saving both profiles again through the ordinary edit rewrites every
    // row; nothing may differ from what the import left.
    for c in [&rosa, &tom] {
        nb.update_customer(&c.id, nb.customer(&c.id).unwrap().version, &c.to_input())
            .unwrap();
    }
    assert_eq!(child_rows(&nb), rows);
    let saved: Vec<Vec<String>> = queries.iter().map(|q| found(&nb, q)).collect();
    assert_eq!(saved, imported);
    assert_eq!(nb.today().unwrap(), birthdays);

    // And a second import of the same file changes nothing.
    let again = nb.import_contacts(&parsed).unwrap();
    assert_eq!((again.merged, again.skipped), (0, 2));
}
