//! The team notebook's side of a move: every column accounted for, rows
//! read and written back as they were, keys going on after the moved
//! ones, and only the owner's login let in.

use super::*;
use crate::store::moving::table;
use crate::store::postgres::server::PgStore;
use crate::store::postgres::{team, testing};

/// What a team notebook has that does not move, each with its reason in
/// `TABLES`' comment (store/moving.rs).
const STAYS: &[(&str, &str)] = &[("customer_changes", "at_desk"), ("reminders", "claimed_in")];

/// Tables a move leaves to the use case (`settings`), writes again (the
/// lookup tables) or never touches (the server's own).
fn not_moved(table: &str) -> bool {
    matches!(table, "settings" | "staff_logins" | "kindly_schema") || table.starts_with("search_")
}

#[test]
fn every_column_of_a_team_notebook_moves_or_is_known_to_stay() {
    let store = testing::fresh_store();
    let mut tx = store.read().unwrap();
    let columns = tx
        .query(
            "SELECT table_name::text AS t, column_name::text AS c FROM information_schema.columns
             WHERE table_schema = 'public' ORDER BY 1, 2",
            &[],
        )
        .unwrap();
    let mut found: Vec<(String, String)> = columns
        .iter()
        .map(|r| (r.get::<_, String>("t"), r.get::<_, String>("c")))
        .filter(|(t, c)| !not_moved(t) && !STAYS.contains(&(t.as_str(), c.as_str())))
        .collect();
    found.sort();
    let mut listed: Vec<(String, String)> = TABLES
        .iter()
        .flat_map(|t| {
            t.columns
                .iter()
                .map(|c| (t.name.to_owned(), (*c).to_owned()))
        })
        .collect();
    listed.sort();
    assert_eq!(
        found, listed,
        "store/moving.rs lists every column that moves"
    );
}

#[test]
fn rows_go_in_with_their_keys_and_come_back_out_as_they_were() {
    let store = testing::fresh_store();
    let customers = table("customers").unwrap();
    let phones = table("customer_phones").unwrap();
    let entries = table("entries").unwrap();
    let person = |pk: i64, name: &str| -> Cells {
        let mut row: Cells = customers
            .columns
            .iter()
            .map(|c| match *c {
                "created_at" | "updated_at" => Cell::Int(1),
                "birthday_year" | "birthday_month" | "birthday_day" | "deleted_at"
                | "touch_ideal_days" | "touch_longest_days" | "last_contact_at"
                | "touch_amber_at" | "import_pk" => Cell::Null,
                "contact_channel" => Cell::Text("no_preference".into()),
                "version" => Cell::Int(1),
                _ => Cell::Text(String::new()),
            })
            .collect();
        row[0] = Cell::Int(pk);
        row[1] = Cell::Text(format!("c{pk}"));
        row[2] = Cell::Text(name.into());
        row
    };
    // More than one chunk, keys with gaps.
    let people: Vec<Cells> = (1..=CHUNK as i64 + 5)
        .map(|n| person(n * 3, &format!("Person {n}")))
        .collect();
    let numbers = vec![
        vec![
            Cell::Int(3),
            Cell::Int(0),
            Cell::Text("mobile".into()),
            Cell::Text("555".into()),
            Cell::Text(String::new()),
            Cell::Int(1),
            Cell::Text("555".into()),
            Cell::Int(40),
        ],
        vec![
            Cell::Int(3),
            Cell::Int(1),
            Cell::Text(String::new()),
            Cell::Text("556".into()),
            Cell::Text("+1556".into()),
            Cell::Int(0),
            Cell::Text("655".into()),
            Cell::Int(7),
        ],
    ];
    {
        let mut tx = store.write().unwrap();
        tx.start_moving_in().unwrap();
        assert!(!tx.holds_rows(customers).unwrap());
        for chunk in people.chunks(CHUNK) {
            tx.insert_rows(customers, chunk).unwrap();
        }
        tx.insert_rows(phones, &numbers).unwrap();
        assert!(tx.holds_rows(customers).unwrap());
        tx.finish_moving_in(&[(entries, 90)]).unwrap();
        tx.commit().unwrap();
    }

    let mut tx = store.snapshot().unwrap();
    let mut read = |table: &Table| {
        let mut all = Vec::new();
        let mut chunks = 0;
        tx.rows_of(table, &mut |chunk| {
            chunks += 1;
            all.extend(chunk);
            Ok(())
        })
        .unwrap();
        (all, chunks)
    };
    assert_eq!(read(customers), (people, 2));
    assert_eq!(read(phones), (numbers, 1));
    drop(tx);

    let mut tx = store.write().unwrap();
    let next = |tx: &mut PgTx<'_>, sql: &str| -> i64 { tx.query_one(sql, &[]).unwrap().get(0) };
    let customer = next(
        &mut tx,
        "INSERT INTO customers(id, full_name, created_at, updated_at) VALUES ('new', 'New', 1, 1)
         RETURNING pk",
    );
    assert_eq!(
        customer,
        (CHUNK as i64 + 5) * 3 + 1,
        "after the highest moved"
    );
    let seq = next(
        &mut tx,
        "INSERT INTO customer_phones(customer_pk, position, number, e164) VALUES (3, 2, '1', '')
         RETURNING seq",
    );
    assert_eq!(seq, 41);
    let entry = next(
        &mut tx,
        "INSERT INTO entries(id, customer_pk, kind, created_at, updated_at)
         VALUES ('e', 3, 'conversation', 1, 1) RETURNING pk",
    );
    assert_eq!(entry, 91, "after the highest the file ever gave");
    assert_eq!(tx.highest_key_given(entries).unwrap(), 91);
    let events = next(
        &mut tx,
        "INSERT INTO events(entry_pk, customer_pk, at, type) VALUES (91, 3, 1, 'x') RETURNING pk",
    );
    assert_eq!(events, 1, "an empty table starts at 1");
    let found: i64 = next(
        &mut tx,
        "SELECT count(*) FROM search_words WHERE words @@ to_tsquery('simple', 'person & 2005')",
    );
    assert_eq!(found, 1, "the lookup rows were written");
}

#[test]
fn a_link_to_a_later_row_is_filled_in_after_it() {
    let store = testing::fresh_store();
    let customers = table("customers").unwrap();
    let entries = table("entries").unwrap();
    let mut tx = store.write().unwrap();
    tx.execute(
        "INSERT INTO customers(id, full_name, created_at, updated_at) VALUES ('c', 'C', 1, 1)",
        &[],
    )
    .unwrap();
    assert!(tx.holds_rows(customers).unwrap());
    let entry = |pk: i64, kind: &str| -> Cells {
        vec![
            Cell::Int(pk),
            Cell::Text(format!("e{pk}")),
            Cell::Int(1),
            Cell::Text(kind.into()),
            Cell::Null,
            Cell::Int(1),
            Cell::Int(1),
            Cell::Null,
            Cell::Int(1),
            Cell::Text("ana_lima".into()),
        ]
    };
    tx.insert_rows(entries, &[entry(1, "conversation"), entry(2, "issue")])
        .unwrap();
    tx.link_rows(entries, "issue_pk", &[(1, 2)]).unwrap();
    let issue: Option<i64> = tx
        .query_one("SELECT issue_pk FROM entries WHERE pk = 1", &[])
        .unwrap()
        .get(0);
    assert_eq!(issue, Some(2));
}

#[test]
fn only_the_owners_login_may_move_a_notebook_in() {
    let (name, url) = testing::fresh_database();
    PgStore::init(&url).unwrap();
    let staff = team::add_login(&url, "Ana Lima", "ana_lima").unwrap();
    let as_staff = PgStore::open(&testing::url_for(
        &name,
        Some((&staff.login, &staff.password)),
    ))
    .unwrap();
    let err = as_staff
        .write()
        .unwrap()
        .start_moving_in()
        .expect_err("refused");
    assert!(
        matches!(err, Error::Invalid { ref field, .. } if field == "url"),
        "{err:?}"
    );
    assert!(err.to_string().contains("owner's login"), "{err}");

    let owner = PgStore::open(&url).unwrap();
    owner.write().unwrap().start_moving_in().unwrap();
    // The staff login can still read a team notebook out.
    let mut tx = as_staff.snapshot().unwrap();
    let mut rows = 0;
    tx.rows_of(table("staff").unwrap(), &mut |chunk| {
        rows += chunk.len();
        Ok(())
    })
    .unwrap();
    assert_eq!(rows, 0);
}
