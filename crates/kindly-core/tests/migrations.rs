//! Upgrades keep data; a notebook from a newer Kindly is refused untouched.

mod common;

use kindly_core::{migrations, Error, Notebook};
use rstest::rstest;
use rusqlite::Connection;

/// A notebook last written at schema `version`: its customer was saved by
/// version 1 and the file then upgraded step by step, as it would have been
/// by each release in turn.
#[rstest]
#[case::version_1(1)]
#[case::version_2(2)]
fn an_older_notebook_opens_with_its_data_and_is_searchable(#[case] version: i64) {
    assert!(version < migrations::LATEST);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(kindly_core::FILE_NAME);
    {
        let mut conn = Connection::open(&path).unwrap();
        migrations::migrate_to(&mut conn, 1, 0).unwrap();
        // Written with version 1's schema, as Kindly 0.1 would have.
        conn.execute_batch(
            "INSERT INTO customers(pk, id, full_name, preferred_name, created_at, updated_at)
               VALUES (1, '0190b5c4-1111-7000-8000-000000000001', 'Agnès Dubois', 'Aggie', 1, 2);
             INSERT INTO customer_phones(customer_pk, position, label, number, e164, is_primary)
               VALUES (1, 0, 'mobile', '06 12 34 56 78', '+33612345678', 1);
             INSERT INTO customer_items(customer_pk, kind, position, text)
               VALUES (1, 'preference', 0, 'window seat');",
        )
        .unwrap();
        migrations::migrate_to(&mut conn, version, 0).unwrap();
    }
    let nb = Notebook::open(&path).unwrap();
    let c = nb.customer("0190b5c4-1111-7000-8000-000000000001").unwrap();
    assert_eq!(c.full_name, "Agnès Dubois");
    assert_eq!(c.phones[0].number, "06 12 34 56 78");
    assert_eq!(c.preferences, ["window seat"]);
    assert_eq!((c.created_at, c.updated_at), (1, 2));
    assert_eq!(nb.search("agnes", 5).unwrap()[0].id, c.id);
    assert_eq!(nb.search("5678", 5).unwrap()[0].id, c.id);
    assert_eq!(
        migrations::version(&Connection::open(&path).unwrap()).unwrap(),
        migrations::LATEST
    );
}

#[test]
fn a_notebook_from_a_newer_version_is_refused_and_left_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(kindly_core::FILE_NAME);
    {
        let nb = Notebook::open(&path).unwrap();
        drop(nb);
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", migrations::LATEST + 1)
            .unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let err = Notebook::open(&path)
        .err()
        .expect("a newer notebook must be refused");
    assert!(matches!(err, Error::NewerNotebook { .. }));
    assert!(err.to_string().contains("newer version of Kindly"), "{err}");
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the file must not be modified"
    );
}
