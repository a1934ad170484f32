//! Progress of an import: the stages come in order with counts that only
//! grow, reported in batches rather than per contact; and Cancel, at any
//! point before the import commits, leaves the notebook exactly as it was
//! (every stored row compared before and after), after which the same
//! import still works. On either store (`KINDLY_TEST_STORE=postgres`).

mod common;

use common::peek::Peek;
use common::watching::Watcher;
use common::{person, phone, stored_notebook};
use kindly_core::import::{Importer, Parsed, VcardImporter};
use kindly_core::{Error, ErrorCode, ErrorPayload, Notebook, Stage};

/// `n` contacts; the first `known` are customers already in the notebook
/// (same phone number), each bringing an email they lack.
fn contacts(n: usize) -> Parsed {
    let mut text = String::new();
    for i in 0..n {
        text.push_str(&format!(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i}\r\nTEL:+1 212 555 {:04}\r\n\
             EMAIL:person{i}@example.org\r\nEND:VCARD\r\n",
            i % 10_000
        ));
    }
    VcardImporter.parse(text.as_bytes(), "US").unwrap()
}

const CONTACTS: usize = 1_200;
const KNOWN: usize = 150;

/// A notebook holding the first [`KNOWN`] people of [`contacts`] (without
/// their emails), stored so it can be read through a second connection.
fn notebook_with_known() -> (common::Place, Notebook) {
    let (place, mut nb) = stored_notebook();
    for i in 0..KNOWN {
        let mut input = person(&format!("Person {i}"));
        input.phones.push(phone(&format!("+1 212 555 {i:04}")));
        nb.create_customer(&input).unwrap();
    }
    (place, nb)
}

fn customer_count(nb: &Notebook) -> u32 {
    nb.info().unwrap().customer_count
}

#[test]
fn an_import_reports_each_stage_in_order_with_growing_counts_in_batches() {
    let (_place, mut nb) = notebook_with_known();
    let file = contacts(CONTACTS);
    let watcher = Watcher::new(None);
    let summary = nb.import_contacts_with(&file, &watcher).unwrap();
    assert_eq!(summary.created as usize, CONTACTS - KNOWN);
    assert_eq!(summary.merged as usize, KNOWN);

    assert_eq!(
        watcher.stages(),
        [
            Stage::Matching,
            Stage::Saving,
            Stage::Indexing,
            Stage::Finishing
        ]
    );
    let seen = watcher.seen();
    for stage in [Stage::Matching, Stage::Saving, Stage::Indexing] {
        let counts: Vec<(u64, u64)> = seen
            .iter()
            .filter(|(s, n, _)| *s == stage && *n != u64::MAX)
            .map(|(_, n, of)| (*n, *of))
            .collect();
        let of = counts[0].1;
        let expected_of = match stage {
            Stage::Matching | Stage::Saving => CONTACTS as u64,
            // Every customer's lookup rows written, and the merged ones'
            // old rows removed first.
            _ => (CONTACTS + KNOWN) as u64,
        };
        assert_eq!(of, expected_of, "{stage:?}");
        assert_eq!(counts.first(), Some(&(0, of)), "{stage:?} starts at 0");
        assert_eq!(counts.last(), Some(&(of, of)), "{stage:?} ends with all");
        assert!(
            counts.windows(2).all(|w| w[0].0 < w[1].0 && w[1].1 == of),
            "{stage:?} only grows: {counts:?}"
        );
        assert!(
            counts.len() <= 102,
            "{stage:?} is reported every 1 %, not per contact: {} reports",
            counts.len()
        );
    }
    assert_eq!(customer_count(&nb), CONTACTS as u32);
}

/// Cancel in each stage that can be cancelled: nothing is written, the
/// error says `cancelled`, and the same import then works.
#[test]
fn cancelling_an_import_in_any_stage_leaves_the_notebook_as_it_was() {
    let (_place, mut nb) = notebook_with_known();
    let file = contacts(CONTACTS);
    for stop_at in [
        (Stage::Matching, 0),
        (Stage::Matching, 600),
        (Stage::Saving, 0),
        (Stage::Saving, 600),
        (Stage::Saving, CONTACTS as u64),
        (Stage::Indexing, 1_000),
        (Stage::Indexing, (CONTACTS + KNOWN) as u64),
    ] {
        let before = Peek::open(&nb).digest();
        let watcher = Watcher::new(Some(stop_at));
        let err = nb.import_contacts_with(&file, &watcher).unwrap_err();
        assert!(matches!(err, Error::Cancelled), "{stop_at:?}: {err:?}");
        let payload = ErrorPayload::from(err);
        assert_eq!(payload.code, ErrorCode::Cancelled);
        assert!(payload.message.contains("Nothing was changed"));
        assert!(
            !watcher.stages().contains(&Stage::Finishing),
            "{stop_at:?}: stopped before committing"
        );
        assert_eq!(watcher.stages().last(), Some(&stop_at.0), "{stop_at:?}");
        assert_eq!(Peek::open(&nb).digest(), before, "{stop_at:?}: unchanged");
        assert_eq!(customer_count(&nb), KNOWN as u32, "{stop_at:?}");
        assert!(
            nb.search("person1100@example.org", 5).unwrap().is_empty(),
            "{stop_at:?}: nothing new in the lookup"
        );
    }

    let summary = nb.import_contacts(&file).unwrap();
    assert_eq!(summary.created as usize, CONTACTS - KNOWN);
    assert_eq!(customer_count(&nb), CONTACTS as u32);
    assert_eq!(nb.search("person1100@example.org", 5).unwrap().len(), 1);
}

#[test]
fn a_preview_reports_its_matching_and_can_be_stopped() {
    let (_place, nb) = notebook_with_known();
    let file = contacts(CONTACTS);
    let watcher = Watcher::new(None);
    let preview = nb.preview_import_with(&file, &watcher).unwrap();
    assert_eq!(preview.merge_count as usize, KNOWN);
    assert_eq!(watcher.stages(), [Stage::Matching]);
    assert_eq!(
        watcher.seen().last(),
        Some(&(Stage::Matching, CONTACTS as u64, CONTACTS as u64))
    );

    let watcher = Watcher::new(Some((Stage::Matching, 400)));
    let err = nb.preview_import_with(&file, &watcher).unwrap_err();
    assert!(matches!(err, Error::Cancelled), "{err:?}");
}

#[test]
fn an_export_reports_the_customers_written_in_batches() {
    let (_place, nb) = notebook_with_known();
    for csv in [false, true] {
        let watcher = Watcher::new(None);
        let mut out = Vec::new();
        let written = if csv {
            nb.export_csv_with(&mut out, &watcher)
        } else {
            nb.export_vcard_with(&mut out, &watcher)
        }
        .unwrap();
        assert_eq!(written as usize, KNOWN);
        assert_eq!(watcher.stages(), [Stage::Exporting]);
        let counts: Vec<u64> = watcher.seen().iter().skip(1).map(|r| r.1).collect();
        assert_eq!(counts.first(), Some(&0));
        assert_eq!(counts.last(), Some(&(KNOWN as u64)));
        assert!(counts.windows(2).all(|w| w[0] < w[1]), "{counts:?}");
        assert!(counts.len() <= 102, "{} reports", counts.len());
    }
}
