//! The lookup on both stores: the same small notebook is written through
//! the trait methods on SQLite and on a fresh team notebook, then every
//! probe the lookup (`use_cases/customers/search.rs`) makes for each
//! example of `tests/search.rs` must return the same customers in the
//! same order on both, and the ranking made of them must be the one those
//! examples expect.

use uuid::Uuid;

use super::lookup;
use crate::rules::fold::fold;
use crate::rules::history_model::{Channel, EntryKind};
use crate::rules::model::{CustomerInput, EmailInput, Millis, PhoneInput};
use crate::rules::phone;
use crate::rules::validate;
use crate::store::history::ConversationText;
use crate::store::postgres::testing;
use crate::store::postgres::tx::PgTx;
use crate::store::sqlite::file::SqliteStore;
use crate::store::{CustomerRows, Rows, SearchIndex, Store, Texts, Tx};

/// 2026-11-22 09:00 UTC.
const NOW: Millis = 1_795_338_000_000;
/// The phone region of `tests/search.rs`'s notebook.
const REGION: &str = "US";
/// The page size `tests/search.rs` asks for.
const PAGE: usize = 20;
/// The lookup's largest page and fewest phone digits
/// (`use_cases/customers/search.rs`; the store band imports no use case).
const MAX_LIMIT: usize = 100;
const MIN_PHONE_DIGITS: usize = 4;

fn phone(number: &str) -> PhoneInput {
    PhoneInput {
        label: "mobile".into(),
        number: number.into(),
        primary: true,
    }
}

fn person(full_name: &str) -> CustomerInput {
    CustomerInput {
        full_name: full_name.into(),
        ..CustomerInput::default()
    }
}

/// The customers, in the order written (their pks are 1, 2, …): the shop
/// of `tests/search.rs`, the other customers its tests make, and a few
/// whose names, phones and words tie, to hold the tie order to SQLite's.
const NAMES: [&str; 11] = [
    "jose", "muller", "rose", "kathy", "zero", "siobhan", "anna1", "anna2", "annabel", "marie",
    "early",
];

fn people() -> Vec<CustomerInput> {
    vec![
        CustomerInput {
            company: "Garage Ortiz".into(),
            phones: vec![phone("(555) 010-4477")],
            emails: vec![EmailInput {
                label: "home".into(),
                address: "jose.ortiz@example.com".into(),
                primary: false,
            }],
            tags: vec!["regular".into()],
            ..person("José Ortiz")
        },
        CustomerInput {
            preferred_name: "Hans".into(),
            phones: vec![phone("+44 20 7946 0958")],
            preferences: vec!["oat milk".into()],
            ..person("Hans Müller")
        },
        CustomerInput {
            preferred_name: "Rosie".into(),
            company: "Bloom Hair Studio".into(),
            notes: "Asked about the wedding package in spring.".into(),
            tags: vec!["wedding-cakes".into()],
            ..person("Rose Marie Tanaka")
        },
        CustomerInput {
            remember: vec!["hard of hearing: speak slowly".into()],
            ..person("Kathy Rosen")
        },
        CustomerInput {
            phones: vec![phone("555 010 0477")],
            ..person("Zero Ending")
        },
        person("Siobhán O\u{2019}Brien-Smith"),
        CustomerInput {
            phones: vec![phone("555 010 9999")],
            notes: "Boiler service every spring".into(),
            ..person("Anna Smith")
        },
        CustomerInput {
            preferred_name: "Anna".into(),
            phones: vec![phone("555 010 9999"), phone("555 020 9999")],
            ..person("Anna Smith")
        },
        CustomerInput {
            preferred_name: "Anna Smith".into(),
            ..person("Annabel Lee")
        },
        CustomerInput {
            company: "Anna's Bakery".into(),
            ..person("Marie Anna Ortiz")
        },
        CustomerInput {
            preferences: vec!["Earl Grey, no sugar".into()],
            ..person("Early Bird")
        },
    ]
}

/// Writes `people()` as the lookup's use cases do (the profile, then its
/// lookup rows); returns their pks.
fn write_people<T: CustomerRows + SearchIndex + ?Sized>(tx: &mut T, ids: &[String]) -> Vec<i64> {
    people()
        .iter()
        .zip(ids)
        .map(|(input, id)| {
            let valid = validate::customer(input, REGION).unwrap();
            let pk = tx.insert_customer(id, &valid, NOW).unwrap();
            tx.insert_search_rows(pk, &Texts::of(input), Rows::All)
                .unwrap();
            pk
        })
        .collect()
}

/// The conversations written on both stores: (customer index, summary).
const TALKS: [(usize, &str); 4] = [
    (0, "Asked about a boiler service for the van"),
    (3, "Boiler broke again, sent the engineer"),
    (6, "Wants the boiler checked before winter"),
    (3, "Happy with the engineer's visit"),
];

/// Both stores with the same customers and conversations, in one open
/// write transaction each.
struct Both<'p> {
    sqlite: Box<dyn Tx + 'p>,
    pg: PgTx<'p>,
    pks: Vec<i64>,
}

fn both<'p>(
    sqlite: &'p mut SqliteStore,
    pg: &'p crate::store::postgres::server::PgStore,
) -> Both<'p> {
    let ids: Vec<String> = NAMES.iter().map(|_| Uuid::now_v7().to_string()).collect();
    let mut lite = sqlite.write().unwrap();
    let mut server = pg.write().unwrap();
    let pks = write_people(&mut *lite, &ids);
    assert_eq!(write_people(&mut server, &ids), pks);
    for (who, summary) in TALKS {
        let entry_id = Uuid::now_v7().to_string();
        let on_sqlite = lite
            .insert_entry(&entry_id, pks[who], EntryKind::Conversation, None, NOW)
            .unwrap();
        lite.insert_conversation(
            on_sqlite,
            &ConversationText {
                channel: Channel::CallIn,
                happened_at: NOW,
                staff: String::new(),
                summary: summary.into(),
                mood: None,
            },
        )
        .unwrap();
        lite.reindex_entry(on_sqlite).unwrap();
        // The team notebook's HistoryRows is another group's: its rows
        // are written here as reindex_entry writes them on SQLite.
        let on_pg: i64 = server
            .query_one(
                "WITH e AS (INSERT INTO entries(id, customer_pk, kind, created_at, updated_at)
                     VALUES ($1, $2, 'conversation', $3, $3) RETURNING pk),
                 c AS (INSERT INTO conversations(entry_pk, channel, happened_at, summary)
                     SELECT pk, 'call_in', $3, $4 FROM e)
                 INSERT INTO search_entries(entry_pk, text) SELECT pk, $5 FROM e RETURNING entry_pk",
                &[&entry_id, &pks[who], &NOW, &summary, &fold(summary)],
            )
            .unwrap()
            .get(0);
        assert_eq!(on_pg, on_sqlite);
    }
    Both {
        sqlite: lite,
        pg: server,
        pks,
    }
}

/// One probe of the lookup, with what it is given.
#[derive(Debug, Clone)]
enum Probe {
    Phone(String),
    PhoneEnding(String),
    Named(String),
    NameStarting(String),
    NameWords(String, bool),
    Words(String, bool),
    NameContaining(String),
    EntryWords(String, bool),
}

/// Every probe the lookup makes for `query`, with its tier, in the
/// lookup's order (`use_cases/customers/search.rs`: `Notebook::search`,
/// `phone_probes`, `text_probes`). All are run here: the lookup skips a
/// probe only when it cannot change the page.
fn probes(query: &str) -> Vec<(u8, Probe)> {
    let query: String = query.chars().take(100).collect();
    let mut out = Vec::new();
    let number = phone::for_lookup(&query);
    let digits = phone::digits(&number);
    if phone::looks_like_phone(&number) && digits.len() >= MIN_PHONE_DIGITS {
        if let Some(e164) = phone::to_e164(&number, REGION) {
            out.push((0, Probe::Phone(e164)));
        }
        let mut endings = Vec::new();
        endings.extend(phone::national_digits(&number, REGION));
        endings.push(digits.trim_start_matches('0').to_owned());
        endings.push(digits.clone());
        endings.sort();
        endings.dedup();
        for ending in endings.into_iter().filter(|e| e.len() >= MIN_PHONE_DIGITS) {
            out.push((2, Probe::PhoneEnding(ending)));
        }
    }
    let f = fold(&query);
    if !f.is_empty() {
        out.push((0, Probe::Named(f.clone())));
        out.push((1, Probe::NameStarting(f.clone())));
        out.push((3, Probe::NameWords(f.clone(), false)));
        out.push((4, Probe::NameWords(f.clone(), true)));
        out.push((5, Probe::Words(f.clone(), false)));
        out.push((6, Probe::Words(f.clone(), true)));
        if f.chars().count() >= 3 {
            out.push((7, Probe::NameContaining(f.clone())));
        }
        out.push((8, Probe::EntryWords(f.clone(), false)));
        out.push((9, Probe::EntryWords(f, true)));
    }
    out
}

fn run<T: SearchIndex + ?Sized>(tx: &mut T, probe: &Probe, limit: usize) -> Vec<i64> {
    match probe {
        Probe::Phone(e164) => tx.customers_with_phone(e164, limit),
        Probe::PhoneEnding(digits) => tx.customers_with_phone_ending(digits, limit),
        Probe::Named(f) => tx.customers_named(f, limit),
        Probe::NameStarting(f) => tx.customers_with_name_starting(f, limit),
        Probe::NameWords(f, prefixes) => tx.customers_with_name_words(f, *prefixes, limit),
        Probe::Words(f, prefixes) => tx.customers_with_words(f, *prefixes, limit),
        Probe::NameContaining(f) => tx.customers_with_name_containing(f, limit),
        Probe::EntryWords(f, prefixes) => tx.customers_with_entry_words(f, *prefixes, limit),
    }
    .unwrap()
}

impl Both<'_> {
    /// Runs every probe of `query` on both stores, checks each returns the
    /// same customers in the same order, and returns the ranking the
    /// lookup makes of them (as names from [`NAMES`]).
    fn lookup(&mut self, query: &str, limit: usize) -> Vec<&'static str> {
        // Each customer's best tier, then the order they were found in.
        let mut best: Vec<(i64, (u8, usize))> = Vec::new();
        for (tier, probe) in probes(query) {
            let on_sqlite = run(&mut *self.sqlite, &probe, limit);
            let on_pg = run(&mut self.pg, &probe, limit);
            assert_eq!(on_pg, on_sqlite, "query {query:?}, probe {probe:?}");
            for pk in on_pg {
                match best.iter_mut().find(|(p, _)| *p == pk) {
                    Some((_, rank)) if tier < rank.0 => *rank = (tier, rank.1),
                    Some(_) => {}
                    None => {
                        let order = best.len();
                        best.push((pk, (tier, order)));
                    }
                }
            }
        }
        best.sort_by_key(|&(_, rank)| rank);
        best.into_iter()
            .take(limit)
            .map(|(pk, _)| self.name(pk))
            .collect()
    }

    fn name(&self, pk: i64) -> &'static str {
        let at = self.pks.iter().position(|p| *p == pk).unwrap();
        NAMES[at]
    }
}

#[test]
fn every_lookup_example_probes_the_same_customers_in_the_same_order_on_both_stores() {
    let mut sqlite = SqliteStore::open_in_memory(NOW).unwrap();
    let pg = testing::fresh_store();
    let mut b = both(&mut sqlite, &pg);
    let examples: &[(&str, &[&str])] = &[
        // finds_jose_by
        ("jose", &["jose"]),
        ("JOSÉ", &["jose"]),
        ("garage", &["jose"]),
        ("jose.ortiz@example.com", &["jose"]),
        ("ortiz@exa", &["jose"]),
        ("regular", &["jose"]),
        ("(555) 010-4477", &["jose"]),
        ("555.010.4477", &["jose"]),
        ("+1 555 010 4477", &["jose"]),
        ("4477", &["jose"]),
        ("104477", &["jose"]),
        // finds_muller_by
        ("mull", &["muller"]),
        ("Mül", &["muller"]),
        ("ller", &["muller"]),
        ("0044 20 7946 0958", &["muller"]),
        ("+442079460958", &["muller"]),
        ("oat", &["muller"]),
        // words, ranking, several words
        ("wedding", &["rose"]),
        ("ros", &["rose", "kathy"]),
        ("rose tan", &["rose"]),
        ("rose ortiz", &[]),
        // too little to go on, syntax as plain text
        ("", &[]),
        ("   ", &[]),
        ("!!!", &[]),
        ("447", &[]),
        ("\"", &[]),
        ("\"jose ortiz\"", &["jose"]),
        // (Marie Anna Ortiz is newer: a name word ranks newest first.)
        ("ortiz\"", &["marie", "jose"]),
        ("\u{202e}jose\u{0}", &["jose"]),
        ("NEAR(jose ortiz)", &[]),
        ("jose OR kathy", &[]),
        ("jose' OR 1=1 --", &[]),
        ("name : jose", &[]),
        ("jo & !ortiz | x:*", &[]),
        ("50%_\\", &[]),
        // last digits starting with zero, apostrophes
        ("0477", &["zero"]),
        ("00477", &["zero"]),
        ("obrien", &["siobhan"]),
        ("O'Brien", &["siobhan"]),
        ("o’brien", &["siobhan"]),
        ("brien", &["siobhan"]),
        ("siobhan obr", &["siobhan"]),
        // words of conversations, whole and as prefixes
        // (Anna's notes hold it: words of the profile rank first.)
        ("boiler", &["anna1", "kathy", "jose"]),
        ("engin", &["kathy"]),
        ("earl grey", &["early"]),
    ];
    for (query, expected) in examples {
        assert_eq!(&b.lookup(query, PAGE), expected, "query {query:?}");
    }
    // Ties: equal names, a name equal to another's preferred name, a
    // shared phone, words in several customers.
    for query in [
        "anna smith",
        "anna",
        "ann",
        "an",
        "smith",
        "555 010 9999",
        "9999",
        "marie",
        "ortiz",
        "annab",
        "a",
        "e",
        "s",
    ] {
        b.lookup(query, PAGE);
        b.lookup(query, 2);
        b.lookup(query, 1);
        b.lookup(query, MAX_LIMIT);
    }
    assert_eq!(
        b.lookup("anna smith", PAGE)[..3],
        ["anna1", "anna2", "annabel"]
    );
    assert_eq!(b.lookup("9999", PAGE), ["anna1", "anna2"]);
    // Probes given what the lookup never gives them still agree.
    for probe in [
        Probe::NameContaining("an".into()),
        Probe::NameContaining("a s".into()),
        Probe::Named(String::new()),
        Probe::Words(String::new(), true),
        Probe::EntryWords(String::new(), false),
    ] {
        assert_eq!(
            run(&mut b.pg, &probe, PAGE),
            run(&mut *b.sqlite, &probe, PAGE),
            "{probe:?}"
        );
    }
}

#[test]
fn trash_restore_and_edits_leave_both_stores_finding_the_same() {
    let mut sqlite = SqliteStore::open_in_memory(NOW).unwrap();
    let pg = testing::fresh_store();
    let mut b = both(&mut sqlite, &pg);
    let (jose, kathy, anna1) = (b.pks[0], b.pks[3], b.pks[6]);

    for pk in [jose, anna1] {
        b.sqlite.put_in_trash(pk, NOW + 1).unwrap();
        b.sqlite.remove_search_rows(pk, Rows::All).unwrap();
        b.pg.put_in_trash(pk, NOW + 1).unwrap();
        b.pg.remove_search_rows(pk, Rows::All).unwrap();
    }
    for query in [
        "jose",
        "4477",
        "ortiz",
        "ose",
        "boiler",
        "9999",
        "anna smith",
    ] {
        let found = b.lookup(query, PAGE);
        assert!(
            !found.contains(&"jose") && !found.contains(&"anna1"),
            "{query:?}: {found:?}"
        );
    }

    for pk in [jose, anna1] {
        b.sqlite.take_out_of_trash(pk).unwrap();
        b.sqlite.reindex_customer(pk).unwrap();
        b.pg.take_out_of_trash(pk).unwrap();
        b.pg.reindex_customer(pk).unwrap();
    }
    assert_eq!(b.lookup("4477", PAGE), ["jose"]);
    assert_eq!(b.lookup("boiler", PAGE), ["anna1", "kathy", "jose"]);

    // An edit of words only rewrites the word rows; one of the name, all.
    let mut input = people()[3].clone();
    input.preferences.push("Earl Grey, no sugar".into());
    let valid = validate::customer(&input, REGION).unwrap();
    b.sqlite.rewrite(kathy, &valid, &input, Rows::Words);
    b.pg.rewrite(kathy, &valid, &input, Rows::Words);
    assert_eq!(b.lookup("earl grey", PAGE), ["early", "kathy"]);
    input.full_name = "Katharina Rosen-Dupré".into();
    let valid = validate::customer(&input, REGION).unwrap();
    b.sqlite.rewrite(kathy, &valid, &input, Rows::All);
    b.pg.rewrite(kathy, &valid, &input, Rows::All);
    for query in [
        "kathy",
        "katharina",
        "dupre",
        "upr",
        "rosen dupre",
        "ros",
        "earl",
    ] {
        b.lookup(query, PAGE);
    }
    assert_eq!(b.lookup("dupre", PAGE), ["kathy"]);
    assert!(b.lookup("kathy", PAGE).is_empty());

    // A profile written again from scratch writes its phones again: the
    // older customer's phone row is now the newer one.
    let valid = validate::customer(&people()[6], REGION).unwrap();
    b.sqlite
        .rewrite_customer(anna1, &valid, None, NOW + 3)
        .unwrap();
    b.pg.rewrite_customer(anna1, &valid, None, NOW + 3).unwrap();
    for query in ["9999", "555 010 9999", "0109999"] {
        b.lookup(query, PAGE);
    }

    // Forgetting a customer takes their conversations' words.
    b.sqlite.remove_entry_words_of(kathy).unwrap();
    b.pg.remove_entry_words_of(kathy).unwrap();
    assert_eq!(b.lookup("boiler", PAGE), ["anna1", "jose"]);
    assert!(b.lookup("engineer", PAGE).is_empty());
}

/// A profile rewrite with its lookup rows, as `customers::rewrite` and
/// an import make it.
trait Rewrite {
    fn rewrite(
        &mut self,
        pk: i64,
        valid: &validate::ValidCustomer,
        input: &CustomerInput,
        rows: Rows,
    );
}

impl<T: CustomerRows + SearchIndex + ?Sized> Rewrite for T {
    fn rewrite(
        &mut self,
        pk: i64,
        valid: &validate::ValidCustomer,
        input: &CustomerInput,
        rows: Rows,
    ) {
        let before = self.customer_by_pk(pk).unwrap();
        self.rewrite_customer(pk, valid, Some(&before), NOW + 2)
            .unwrap();
        self.remove_search_rows(pk, rows).unwrap();
        self.insert_search_rows(pk, &Texts::of(input), rows)
            .unwrap();
    }
}

/// Everything the lookup reads of customer `pk` on the team notebook:
/// name keys, reversed phone digits, lookup rows, version.
fn derived(tx: &mut PgTx<'_>, pk: i64) -> Vec<String> {
    tx.query(
        "SELECT 'keys ' || full_key || '|' || preferred_key || ' v' || version FROM customers WHERE pk = $1
         UNION ALL SELECT 'phone ' || position || ' ' || digits_rev FROM customer_phones WHERE customer_pk = $1
         UNION ALL SELECT 'names ' || name || ' ' || words::text FROM search_names WHERE customer_pk = $1
         UNION ALL SELECT 'words ' || name || '|' || other || ' ' || words::text FROM search_words WHERE customer_pk = $1
         ORDER BY 1",
        &[&pk],
    )
    .unwrap()
    .iter()
    .map(|r| r.get(0))
    .collect()
}

#[test]
fn a_rebuild_makes_every_lookup_row_of_a_customer_from_their_profile() {
    let pg = testing::fresh_store();
    let mut tx = pg.write().unwrap();
    let ids: Vec<String> = NAMES.iter().map(|_| Uuid::now_v7().to_string()).collect();
    let pks = write_people(&mut tx, &ids);
    let anna2 = pks[7];
    let written = derived(&mut tx, anna2);
    assert_eq!(written.len(), 5, "{written:?}");

    tx.rewrite_customer(
        anna2,
        &validate::customer(&people()[7], REGION).unwrap(),
        None,
        NOW,
    )
    .unwrap();
    tx.execute(
        "UPDATE customers SET full_key = 'x', preferred_key = '' WHERE pk = $1",
        &[&anna2],
    )
    .unwrap();
    tx.execute(
        "UPDATE customer_phones SET digits_rev = '' WHERE customer_pk = $1",
        &[&anna2],
    )
    .unwrap();
    tx.execute(
        "UPDATE search_words SET other = 'stale' WHERE customer_pk = $1",
        &[&anna2],
    )
    .unwrap();
    tx.execute("DELETE FROM search_names WHERE customer_pk = $1", &[&anna2])
        .unwrap();
    tx.reindex_customer(anna2).unwrap();
    let rebuilt = derived(&mut tx, anna2);
    // Only the profile rewrite above raised the version.
    assert_eq!(rebuilt[0], written[0].replace(" v1", " v2"));
    assert_eq!(rebuilt[1..], written[1..]);
    tx.reindex_customer(anna2).unwrap();
    assert_eq!(derived(&mut tx, anna2), rebuilt, "nothing to change");

    tx.put_in_trash(anna2, NOW).unwrap();
    tx.reindex_customer(anna2).unwrap();
    let trashed = derived(&mut tx, anna2);
    assert_eq!(trashed.len(), 3, "keys and phones only: {trashed:?}");
    tx.reindex_customer(pks[10] + 1000).unwrap();

    // SQLite-only mechanics change nothing here.
    tx.set_index_merging(false).unwrap();
    tx.set_index_merging(true).unwrap();
    tx.purge_removed_words().unwrap();
    tx.commit().unwrap();
}

#[test]
fn lookup_rows_read_back_as_on_sqlite_in_the_order_asked() {
    let mut sqlite = SqliteStore::open_in_memory(NOW).unwrap();
    let pg = testing::fresh_store();
    let mut b = both(&mut sqlite, &pg);
    let asked = [b.pks[2], b.pks[0], b.pks[2] + 1000, b.pks[7], b.pks[0]];
    let on_pg = b.pg.customer_summaries(&asked).unwrap();
    assert_eq!(on_pg, b.sqlite.customer_summaries(&asked).unwrap());
    assert_eq!(on_pg.len(), 4, "an unknown key is left out");
    assert_eq!(on_pg[1].full_name, "José Ortiz");
    assert_eq!(on_pg[1].tags, ["regular"]);
    assert_eq!(on_pg[1].primary_phone.as_deref(), Some("(555) 010-4477"));
    assert_eq!(on_pg[2].primary_phone.as_deref(), Some("555 010 9999"));
    assert!(b.pg.customer_summaries(&[]).unwrap().is_empty());
    for pk in &b.pks {
        assert_eq!(
            b.pg.customer_summary(*pk).unwrap(),
            b.sqlite.customer_summary(*pk).unwrap()
        );
    }
    assert!(b.pg.customer_summary(b.pks[0] + 1000).is_err());
    b.pg.execute(
        "INSERT INTO sample_customers(customer_pk) VALUES ($1)",
        &[&b.pks[1]],
    )
    .unwrap();
    assert!(b.pg.customer_summary(b.pks[1]).unwrap().sample);
}

#[test]
fn the_probes_are_answered_from_their_indexes() {
    let pg = testing::fresh_store();
    let mut tx = pg.write().unwrap();
    // Enough customers that reading every row costs more than the index.
    tx.batch_execute(
        "INSERT INTO customers(id, full_name, full_key, created_at, updated_at)
         SELECT 'c' || n, 'Given' || n || ' Family' || (n % 100), 'given' || n || ' family' || (n % 100),
            0, 0
         FROM generate_series(1, 5000) n;
         INSERT INTO search_names(customer_pk, name) SELECT pk, full_key FROM customers;
         INSERT INTO search_words(customer_pk, name, other)
         SELECT pk, full_key, 'notes about order ' || (pk % 50) FROM customers;
         INSERT INTO entries(id, customer_pk, kind, created_at, updated_at)
         SELECT 'e' || pk, pk, 'conversation', 0, 0 FROM customers;
         INSERT INTO search_entries(entry_pk, text) SELECT pk, 'called about order ' || pk FROM entries;
         ANALYZE customers, search_names, search_words, entries, search_entries;
         -- What autovacuum does soon after: rows a GIN index gathered in its
         -- pending list are moved into the index proper.
         SELECT gin_clean_pending_list(i) FROM unnest(ARRAY['search_names_words',
            'search_names_trigrams', 'search_words_words', 'search_entries_words']::regclass[]) i",
    )
    .unwrap();
    let plan = |tx: &mut PgTx<'_>, sql: &str, param: &str| -> String {
        tx.query(&format!("EXPLAIN {sql}"), &[&param, &20_i64])
            .unwrap()
            .iter()
            .map(|r| r.get::<_, String>(0))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let words = lookup::ts_words("given4242", false).unwrap();
    let p = plan(&mut tx, lookup::WORDS, &words);
    assert!(p.contains("Bitmap Index Scan on search_words_words"), "{p}");
    let prefix = lookup::ts_words("given424", true).unwrap();
    let p = plan(&mut tx, lookup::NAME_WORDS, &prefix);
    assert!(p.contains("Bitmap Index Scan on search_names_words"), "{p}");
    let p = plan(&mut tx, lookup::NAME_CONTAINING, "%ven4242%");
    assert!(
        p.contains("Bitmap Index Scan on search_names_trigrams"),
        "{p}"
    );
    let entry = lookup::ts_words("4242", false).unwrap();
    let p = plan(&mut tx, lookup::ENTRY_WORDS, &entry);
    assert!(
        p.contains("Bitmap Index Scan on search_entries_words"),
        "{p}"
    );
    // A statement the connection keeps prepared may be run with a plan
    // made for any value: that one reads the indexes too.
    tx.batch_execute("SET LOCAL plan_cache_mode = force_generic_plan")
        .unwrap();
    for (n, (sql, index)) in [
        (lookup::WORDS, "search_words_words"),
        (lookup::NAME_WORDS, "search_names_words"),
        (lookup::NAME_CONTAINING, "search_names_trigrams"),
        (lookup::ENTRY_WORDS, "search_entries_words"),
    ]
    .into_iter()
    .enumerate()
    {
        tx.batch_execute(&format!("PREPARE generic{n}(text, bigint) AS {sql}"))
            .unwrap();
        let p: Vec<String> = tx
            .query(&format!("EXPLAIN EXECUTE generic{n}('x', 20)"), &[])
            .unwrap()
            .iter()
            .map(|r| r.get(0))
            .collect();
        let p = p.join("\n");
        assert!(p.contains(&format!("Bitmap Index Scan on {index}")), "{p}");
    }
    tx.batch_execute("SET LOCAL plan_cache_mode = auto")
        .unwrap();
    assert_eq!(
        tx.customers_with_name_containing("ven4242 fam", PAGE)
            .unwrap(),
        [4242]
    );
    assert_eq!(
        tx.customers_with_name_words("given424", true, 3).unwrap(),
        [4249, 4248, 4247]
    );
}

/// 20,000 customers, each with one conversation: every row says "family";
/// "zebra" is in every thousandth (20 rows, two of them among the newest
/// 2,000), "yak" only in the 100 oldest. The entries of customers 19,007
/// and 19,995 and the customers 18,007 and 19,990 are in Trash.
fn many_customers(tx: &mut PgTx<'_>) {
    tx.batch_execute(
        "INSERT INTO customers(id, full_name, full_key, created_at, updated_at)
         SELECT 'c' || n, 'Given' || n, 'given' || n, 0, 0 FROM generate_series(1, 20000) n;
         INSERT INTO search_names(customer_pk, name)
         SELECT pk, full_key || ' family' || CASE WHEN pk % 1000 = 7 THEN ' zebra' ELSE '' END
            || CASE WHEN pk <= 100 THEN ' yak' ELSE '' END FROM customers;
         INSERT INTO search_words(customer_pk, name, other)
         SELECT customer_pk, name, 'notes about order' FROM search_names;
         INSERT INTO entries(id, customer_pk, kind, created_at, updated_at)
         SELECT 'e' || pk, pk, 'conversation', 0, 0 FROM customers ORDER BY pk;
         INSERT INTO search_entries(entry_pk, text)
         SELECT e.pk, 'called about' || substr(s.name, length(c.full_key) + 1)
         FROM entries e JOIN customers c ON c.pk = e.customer_pk
         JOIN search_names s ON s.customer_pk = c.pk;
         UPDATE entries SET deleted_at = 1 WHERE customer_pk IN (19007, 19995);
         UPDATE customers SET deleted_at = 1 WHERE pk IN (18007, 19990);
         ANALYZE customers, search_names, search_words, entries, search_entries;
         SELECT gin_clean_pending_list(i) FROM unnest(ARRAY['search_names_words',
            'search_words_words', 'search_entries_words']::regclass[]) i",
    )
    .unwrap();
}

/// `n` keys from `from` down, `step` apart.
fn newest(from: i64, step: i64, n: usize) -> Vec<i64> {
    (0..n as i64).map(|i| from - i * step).collect()
}

/// A prefix probe looks for the word less its last letter.
fn word_or_prefix(word: &str, prefixes: bool) -> &str {
    if prefixes {
        &word[..word.len() - 1]
    } else {
        word
    }
}

#[test]
fn word_probes_find_the_newest_matches_whether_the_word_is_common_or_rare() {
    let pg = testing::fresh_store();
    let mut tx = pg.write().unwrap();
    many_customers(&mut tx);
    let zebras = newest(19_007, 1000, 20);
    for prefixes in [false, true] {
        for table in [lookup::WordTable::Names, lookup::WordTable::Words] {
            let mut probe = |w: &str, limit| {
                let w = word_or_prefix(w, prefixes);
                lookup::with_words(&mut tx, table, w, prefixes, limit).unwrap()
            };
            // Common: the newest rows hold a full page.
            assert_eq!(probe("family", PAGE), newest(20_000, 1, PAGE));
            // Two among the newest 2,000, the rest older: the index is read.
            assert_eq!(probe("zebra", PAGE), zebras);
            assert_eq!(probe("zebra", 3), newest(19_007, 1000, 3));
            // Only in the oldest rows.
            assert_eq!(probe("yak", PAGE), newest(100, 1, PAGE));
            assert_eq!(probe("gnu", PAGE), Vec::<i64>::new());
        }
        let mut probe = |w: &str, limit| {
            let w = word_or_prefix(w, prefixes);
            lookup::with_entry_words(&mut tx, w, prefixes, limit).unwrap()
        };
        // Trashed entries and customers are left out on both paths.
        let trashed = [19_995, 19_990, 19_007, 18_007];
        let live = |pks: Vec<i64>| -> Vec<i64> {
            pks.into_iter().filter(|pk| !trashed.contains(pk)).collect()
        };
        assert_eq!(probe("family", PAGE), live(newest(20_000, 1, PAGE + 2)));
        assert_eq!(probe("zebra", PAGE), live(zebras.clone()));
        assert_eq!(probe("yak", PAGE), newest(100, 1, PAGE));
        assert_eq!(probe("gnu", PAGE), Vec::<i64>::new());
    }
}

/// The largest count `label` is followed by on any line of `plan` that
/// `pick` keeps.
fn largest(plan: &[String], label: &str, pick: impl Fn(&str) -> bool) -> usize {
    plan.iter()
        .filter(|line| pick(line))
        .filter_map(|line| {
            let (_, after) = line.split_once(label)?;
            after
                .split(|c: char| !c.is_ascii_digit())
                .next()?
                .parse::<usize>()
                .ok()
        })
        .max()
        .unwrap_or(0)
}

#[test]
fn a_word_probe_reads_a_bounded_number_of_lookup_rows_however_it_was_planned() {
    let pg = testing::fresh_store();
    let mut tx = pg.write().unwrap();
    many_customers(&mut tx);
    // The newest 2,000 rows, or the few a rare word's index entry holds;
    // never the whole table (20,000), whatever plan the server made (for
    // these words, or one for any word).
    let most = 2_000;
    for mode in ["force_custom_plan", "force_generic_plan"] {
        tx.batch_execute(&format!("SET LOCAL plan_cache_mode = {mode}"))
            .unwrap();
        for (n, sql) in [lookup::NAME_WORDS, lookup::WORDS, lookup::ENTRY_WORDS]
            .into_iter()
            .enumerate()
        {
            tx.batch_execute(&format!("PREPARE bounded{n}(text, bigint) AS {sql}"))
                .unwrap();
            for word in ["'family'", "'gnu'", "'fam':*", "'gn':*", "'zebra'", "'yak'"] {
                let plan: Vec<String> = tx
                    .query(
                        &format!(
                            "EXPLAIN (ANALYZE, TIMING OFF) EXECUTE bounded{n}('{}', 20)",
                            word.replace('\'', "''")
                        ),
                        &[],
                    )
                    .unwrap()
                    .iter()
                    .map(|r| r.get(0))
                    .collect();
                let read = largest(&plan, "actual rows=", |l| l.contains(" on search_"));
                let dropped = largest(&plan, "Rows Removed by Filter: ", |_| true);
                assert!(
                    read <= most && dropped <= most,
                    "{mode} {word}: {}",
                    plan.join("\n")
                );
            }
            tx.batch_execute(&format!("DEALLOCATE bounded{n}")).unwrap();
        }
    }
}
