//! Parity of the PostgreSQL situations with SQLite's: the same writes on
//! both stores read back the same; plus what only the server has.

use uuid::Uuid;

use super::*;
use crate::rules::model::CustomerInput;
use crate::rules::situation_model::TellHow;
use crate::rules::validate;
use crate::store::postgres::testing;
use crate::store::sqlite::file::SqliteStore;
use crate::store::{CustomerRows, Store};

/// 2026-11-22 09:00 UTC.
const NOW: Millis = 1_795_338_000_000;

/// Adds a customer going by `preferred` (else `full`) with `tags`; its key.
fn customer<T: CustomerRows + ?Sized>(
    tx: &mut T,
    full: &str,
    preferred: &str,
    tags: &[&str],
) -> i64 {
    let input = CustomerInput {
        full_name: full.into(),
        preferred_name: preferred.into(),
        tags: tags.iter().map(|t| t.to_string()).collect(),
        ..Default::default()
    };
    let valid = validate::customer(&input, "GB").unwrap();
    // The id follows from the name: both stores' stories name the same.
    tx.insert_customer(&format!("customer-{full}"), &valid, NOW)
        .unwrap()
}

fn text(title: &str) -> SituationText {
    SituationText {
        title: title.into(),
        what_happened: "The van broke down".into(),
        what_we_do: String::new(),
        expected_fix: Some(NOW + 86_400_000),
        lead: "Ana".into(),
    }
}

fn telling(seq: i64, mood: Option<Mood>) -> Telling<'static> {
    Telling {
        seq,
        at: NOW + 5000,
        staff: "Sam",
        how: TellHow::Call,
        mood,
    }
}

/// The same situation story on either store (ids fixed so both match),
/// then everything the trait reads back, as text.
fn story<T: SituationRows + CustomerRows + ?Sized>(tx: &mut T, ids: &[String; 4]) -> Vec<String> {
    let zoe = customer(tx, "Zoë Müller", "Zoë", &["regular"]);
    let adam = customer(tx, "adam Smith", "", &["Regular"]);
    let bob = customer(tx, "Bob Jones", "bob", &["vip"]);
    let carl = customer(tx, "Carl Brown", "", &["REGULAR"]);
    let dana = customer(tx, "Dana Zed", "Ärger", &["regular"]);
    tx.put_in_trash(carl, NOW).unwrap();

    tx.insert_situation(&ids[0], &text("Van broke"), "Ana", NOW)
        .unwrap();
    tx.insert_situation(&ids[1], &text("Oven"), "Ana", NOW + 1)
        .unwrap();
    tx.insert_situation(&ids[2], &text("Till"), "Ana", NOW + 1)
        .unwrap();
    let s1 = tx.situation_key(&ids[0]).unwrap().unwrap().pk;
    let s2 = tx.situation_key(&ids[1]).unwrap().unwrap().pk;
    let s3 = tx.situation_key(&ids[2]).unwrap().unwrap().pk;
    tx.update_situation(s3, &text("Till broke"), NOW + 2)
        .unwrap();
    tx.set_closed(s2, true, NOW + 3).unwrap();
    tx.set_closed(s3, true, NOW + 3).unwrap();
    tx.set_closed(s3, false, NOW + 4).unwrap();

    tx.insert_group(s1, "g-north", "north", "Sam").unwrap();
    tx.insert_group(s1, "g-east", "East", "").unwrap();
    tx.insert_group(s1, "g-zed", "Zed", "ria").unwrap();
    let north = tx.group_pk(s1, "g-north").unwrap();
    let east = tx.group_pk(s1, "g-east").unwrap();
    let zed = tx.group_pk(s1, "g-zed").unwrap();
    tx.set_group_concierge(zed.unwrap(), "Ria").unwrap();

    let by_tag = CustomerMatch {
        tag: Some("REGULAR".into()),
        category_key: None,
    };
    let mut out = vec![format!("matching {}", tx.count_matching(&by_tag).unwrap())];
    let add = tx
        .insert_action(s1, &ids[3], "add", "[]", "Ana", NOW + 10)
        .unwrap();
    out.push(format!(
        "added {}",
        tx.add_matching(s1, &by_tag, add, NOW + 10).unwrap()
    ));
    out.push(format!(
        "again {}",
        tx.add_matching(s1, &by_tag, add, NOW + 10).unwrap()
    ));
    tx.set_action_count(add, 3).unwrap();
    tx.save_filter(
        s1,
        &SituationFilter {
            tag: Some("regular".into()),
            open_issue_category: None,
        },
        NOW + 10,
    )
    .unwrap();
    let more = tx
        .insert_action(s1, "act-more", "add", "[]", "Ana", NOW + 11)
        .unwrap();
    out.push(format!(
        "listed {}",
        tx.add_members(s1, &[bob, zoe, bob], more, NOW + 11)
            .unwrap()
    ));
    out.push(format!(
        "none {}",
        tx.add_members(s1, &[], more, NOW + 11).unwrap()
    ));
    tx.add_members(s2, &[zoe, carl], more, NOW + 11).unwrap();
    tx.set_action_count(more, 1).unwrap();
    tx.set_member_groups(
        s1,
        &[
            (zoe, north),
            (adam, east),
            (bob, zed),
            (bob, None),
            (dana, zed),
            (carl, north),
        ],
    )
    .unwrap();
    tx.set_member_groups(s1, &[]).unwrap();
    out.push(format!(
        "concierge {} {}",
        tx.set_member_concierge(s1, adam, "Lee").unwrap(),
        tx.set_member_concierge(s1, carl, "Lee").unwrap()
    ));

    out.push(format!(
        "told before {}",
        tx.mark_told(s1, &[zoe], &telling(0, None)).unwrap()
    ));
    tx.post_update(s1, "Part ordered", None, "Ana", NOW + 20)
        .unwrap();
    tx.post_update(
        s1,
        "Part arrives Thursday",
        Some(NOW + 999),
        "Sam",
        NOW + 30,
    )
    .unwrap();
    let news = tx.news(s1).unwrap();
    out.push(format!("{news:?}"));
    out.push(format!(
        "told {} {} {} {}",
        tx.mark_told(s1, &[zoe], &telling(news.latest_seq, Some(Mood::Upset)))
            .unwrap(),
        tx.mark_told(
            s1,
            &[adam],
            &telling(news.latest_seq - 1, Some(Mood::Pleased))
        )
        .unwrap(),
        tx.mark_told(s1, &[carl], &telling(news.latest_seq, None))
            .unwrap(),
        tx.mark_told(s2, &[zoe, adam, carl], &telling(0, None))
            .unwrap(),
    ));
    tx.insert_told(
        s1,
        &[(zoe, "no-such-entry".into()), (adam, "other".into())],
        &telling(news.latest_seq, Some(Mood::Upset)),
    )
    .unwrap();
    tx.insert_told(s1, &[], &telling(0, None)).unwrap();

    for closed in [false, true] {
        out.push(format!("{:?}", tx.situations(closed).unwrap()));
    }
    for pk in [s1, s2, s3] {
        out.push(format!("{:?}", tx.situation(pk).unwrap()));
        out.push(format!("{:?}", tx.updates(pk).unwrap()));
        out.push(format!("{:?}", tx.groups(pk).unwrap()));
        out.push(format!("upset {}", tx.upset_count(pk).unwrap()));
        out.push(format!("{:?}", tx.progress(pk).unwrap()));
        out.push(format!("{:?}", tx.closing_members(pk).unwrap()));
        out.push(format!("{:?}", tx.latest_action(pk).unwrap()));
    }
    for (who, open_only, limit) in [
        (zoe, false, 10),
        (zoe, true, 10),
        (zoe, false, 1),
        (carl, false, 5),
    ] {
        out.push(format!(
            "{:?}",
            tx.situations_of_customer(who, open_only, limit).unwrap()
        ));
    }
    let queries = [
        MemberQuery::default(),
        MemberQuery {
            name_key: "mul".into(),
            ..Default::default()
        },
        MemberQuery {
            name_key: "smith".into(),
            ..Default::default()
        },
        MemberQuery {
            group_id: Some(String::new()),
            ..Default::default()
        },
        MemberQuery {
            group_id: Some("g-zed".into()),
            ..Default::default()
        },
        MemberQuery {
            told: Some(true),
            ..Default::default()
        },
        MemberQuery {
            told: Some(false),
            customer_ids: vec![tx.customer_id(bob).unwrap(), tx.customer_id(adam).unwrap()],
            ..Default::default()
        },
    ];
    for query in &queries {
        out.push(format!("{:?}", tx.members(s1, query, None).unwrap()));
        out.push(format!(
            "{:?}",
            tx.members(s1, query, Some((1, 2))).unwrap()
        ));
        out.push(format!("count {}", tx.count_members(s1, query).unwrap()));
        out.push(format!("{:?}", tx.member_ids(s1, query).unwrap()));
    }
    out.push(format!(
        "groups {:?} {:?} {:?}",
        tx.member_group(s1, zoe).unwrap(),
        tx.member_group(s1, bob).unwrap(),
        tx.member_group(s2, adam).unwrap()
    ));
    out.push(format!("{:?}", tx.group_pk(s2, "g-north").unwrap()));
    out.push(format!("{:?}", tx.situation_key("nope").unwrap()));
    out.push(format!("{:?}", tx.pending_action(&ids[3]).unwrap()));

    // Undo the tag add: the members it added go, the rest stay.
    out.push(format!("touched {}", tx.added_and_touched(add).unwrap()));
    tx.remove_added(add).unwrap();
    tx.mark_undone(add, NOW + 40).unwrap();
    out.push(format!("{:?}", tx.pending_action(&ids[3]).unwrap()));
    out.push(format!("{:?}", tx.latest_action(s1).unwrap()));
    tx.remove_member(s1, bob).unwrap();
    tx.remove_member(s1, bob).unwrap();
    out.push(format!(
        "{:?}",
        tx.member_ids(s1, &MemberQuery::default()).unwrap()
    ));
    out.push(format!("{:?}", tx.situations(true).unwrap()));
    out
}

fn ids() -> [String; 4] {
    std::array::from_fn(|_| Uuid::now_v7().to_string())
}

#[test]
fn a_situation_story_reads_back_the_same_on_both_stores() {
    let ids = ids();
    let store = testing::fresh_store();
    let mut tx = store.write().unwrap();
    let on_server = story(&mut tx, &ids);
    tx.commit().unwrap();

    let mut sqlite = SqliteStore::open_in_memory(NOW).unwrap();
    let mut sqlite_tx = sqlite.write().unwrap();
    let on_file = story(&mut *sqlite_tx, &ids);
    assert_eq!(on_server.len(), on_file.len());
    for (server, file) in on_server.iter().zip(&on_file) {
        assert_eq!(server, file);
    }
}

#[test]
fn members_are_listed_in_sqlite_nocase_order_and_counted_as_told() {
    let store = testing::fresh_store();
    let mut tx = store.write().unwrap();
    let pks = [
        customer(&mut tx, "Zoë Müller", "Zoë", &[]),
        customer(&mut tx, "Dana Zed", "Ärger", &[]),
        customer(&mut tx, "adam Smith", "", &[]),
        customer(&mut tx, "Bob Jones", "", &[]),
    ];
    tx.insert_situation("s", &text("Van"), "Ana", NOW).unwrap();
    let pk = tx.situation_key("s").unwrap().unwrap().pk;
    let action = tx.insert_action(pk, "a", "add", "[]", "Ana", NOW).unwrap();
    assert_eq!(tx.add_members(pk, &pks, action, NOW).unwrap(), 4);
    assert_eq!(tx.mark_told(pk, &pks[..1], &telling(0, None)).unwrap(), 1);
    let names: Vec<String> = tx
        .members(pk, &MemberQuery::default(), None)
        .unwrap()
        .into_iter()
        .map(|m| m.name)
        .collect();
    // NOCASE folds ASCII letters only: "adam" before "Bob", and "Ä" after
    // every ASCII letter.
    assert_eq!(names, ["adam Smith", "Bob Jones", "Zoë", "Ärger"]);
    let summary = &tx.situations(false).unwrap()[0];
    assert_eq!((summary.told, summary.total), (1, 4));
    tx.post_update(pk, "Fixed Friday", None, "Ana", NOW + 1)
        .unwrap();
    assert_eq!(tx.situations(false).unwrap()[0].told, 0, "news since");
}

#[test]
fn thousands_of_tagged_customers_are_added_and_grouped_in_one_statement_each() {
    let store = testing::fresh_store();
    let mut tx = store.write().unwrap();
    tx.batch_execute(
        "INSERT INTO customers(id, full_name, created_at, updated_at)
             SELECT 'c' || n, 'Customer ' || n, 0, 0 FROM generate_series(1, 5000) n;
         INSERT INTO customer_tags(customer_pk, position, tag) SELECT pk, 0, 'Flood' FROM customers;
         UPDATE customers SET deleted_at = 1 WHERE id = 'c7'",
    )
    .unwrap();
    tx.insert_situation("s", &text("Flood"), "Ana", NOW)
        .unwrap();
    let pk = tx.situation_key("s").unwrap().unwrap().pk;
    tx.insert_group(pk, "g", "Floor 1", "Sam").unwrap();
    let group = tx.group_pk(pk, "g").unwrap();
    let wanted = CustomerMatch {
        tag: Some("flood".into()),
        category_key: None,
    };
    assert_eq!(tx.count_matching(&wanted).unwrap(), 4999);
    let action = tx.insert_action(pk, "a", "add", "[]", "Ana", NOW).unwrap();
    assert_eq!(tx.add_matching(pk, &wanted, action, NOW).unwrap(), 4999);
    let all: Vec<i64> = tx
        .query("SELECT pk FROM customers WHERE deleted_at IS NULL", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(tx.add_members(pk, &all, action, NOW).unwrap(), 0);
    let groups: Vec<(i64, Option<i64>)> = all.iter().map(|c| (*c, group)).collect();
    tx.set_member_groups(pk, &groups).unwrap();
    assert_eq!(tx.groups(pk).unwrap()[0].size, 4999);
    assert_eq!(tx.count_members(pk, &MemberQuery::default()).unwrap(), 4999);
    let page = tx
        .members(pk, &MemberQuery::default(), Some((10, 5)))
        .unwrap();
    assert_eq!(page.len(), 5);
    tx.remove_added(action).unwrap();
    assert_eq!(tx.count_members(pk, &MemberQuery::default()).unwrap(), 0);
}

#[test]
fn a_customer_with_two_open_issues_of_the_category_is_one_customer() {
    let store = testing::fresh_store();
    let mut tx = store.write().unwrap();
    let a = customer(&mut tx, "Ann Lee", "", &["vip"]);
    let b = customer(&mut tx, "Ben Lee", "", &[]);
    for (i, (who, state)) in [(a, "open"), (a, "waiting"), (b, "closed"), (b, "open")]
        .into_iter()
        .enumerate()
    {
        let entry: i64 = tx
            .query_one(
                "INSERT INTO entries(id, customer_pk, kind, created_at, updated_at)
                 VALUES ($1, $2, 'issue', 0, 0) RETURNING pk",
                &[&format!("i{i}"), &who],
            )
            .unwrap()
            .get(0);
        tx.execute(
            "INSERT INTO issues(entry_pk, title, state, opened_at) VALUES ($1, 'Late', $2, 0);",
            &[&entry, &state],
        )
        .unwrap();
        tx.execute(
            "INSERT INTO issue_categories(issue_pk, position, category, category_key)
             VALUES ($1, 0, 'Delivery', 'delivery')",
            &[&entry],
        )
        .unwrap();
    }
    let by_category = CustomerMatch {
        tag: None,
        category_key: Some("delivery".into()),
    };
    assert_eq!(tx.count_matching(&by_category).unwrap(), 2);
    let both = CustomerMatch {
        tag: Some("VIP".into()),
        category_key: Some("delivery".into()),
    };
    assert_eq!(tx.count_matching(&both).unwrap(), 1);
    tx.insert_situation("s", &text("Late"), "Ana", NOW).unwrap();
    let pk = tx.situation_key("s").unwrap().unwrap().pk;
    let action = tx.insert_action(pk, "a", "add", "[]", "Ana", NOW).unwrap();
    assert_eq!(tx.add_matching(pk, &by_category, action, NOW).unwrap(), 2);
}

#[test]
fn every_change_of_a_situation_raises_its_version_and_names_the_login() {
    let store = testing::fresh_store();
    let mut tx = store.write().unwrap();
    tx.insert_situation("s", &text("Van"), "Ana", NOW).unwrap();
    let pk = tx.situation_key("s").unwrap().unwrap().pk;
    let version = |tx: &mut PgTx<'_>| -> (i64, bool) {
        let r = tx
            .query_one(
                "SELECT version, changed_by = session_user AS by_me FROM situations WHERE pk = $1",
                &[&pk],
            )
            .unwrap();
        (r.get("version"), r.get("by_me"))
    };
    assert_eq!(version(&mut tx), (1, true));
    tx.update_situation(pk, &text("Van broke"), NOW + 1)
        .unwrap();
    tx.set_closed(pk, true, NOW + 2).unwrap();
    assert!(tx.situation_key("s").unwrap().unwrap().closed);
    tx.set_closed(pk, false, NOW + 3).unwrap();
    tx.save_filter(pk, &SituationFilter::default(), NOW + 4)
        .unwrap();
    tx.post_update(pk, "Fixed soon", None, "Ana", NOW + 5)
        .unwrap();
    assert_eq!(version(&mut tx), (6, true));
    let situation = tx.situation(pk).unwrap();
    assert_eq!(situation.closed_at, None);
    assert_eq!(
        situation.expected_fix,
        Some(NOW + 86_400_000),
        "kept without a new one"
    );
    assert_eq!(tx.updates(pk).unwrap()[0].seq, 1);
    assert!(tx.situation(pk + 1).is_err());
}

#[test]
fn a_follow_up_is_removed_only_while_nobody_acted_on_it() {
    let store = testing::fresh_store();
    let mut tx = store.write().unwrap();
    let who = customer(&mut tx, "Ann Lee", "", &[]);
    let follow_up = |tx: &mut PgTx<'_>, id: &str| -> i64 {
        let pk: i64 = tx
            .query_one(
                "INSERT INTO entries(id, customer_pk, kind, created_at, updated_at)
                 VALUES ($1, $2, 'follow_up', 0, 0) RETURNING pk",
                &[&id, &who],
            )
            .unwrap()
            .get(0);
        tx.execute(
            "INSERT INTO follow_ups(entry_pk, action, start_date, due_at) VALUES ($1, 'call_back', '2026-11-23', 5)",
            &[&pk],
        )
        .unwrap();
        pk
    };
    let plain = follow_up(&mut tx, "f1");
    let acted = follow_up(&mut tx, "f2");
    let before = tx.follow_up_state(plain).unwrap();
    assert_eq!(tx.follow_up_state(plain).unwrap(), before);
    tx.execute(
        "UPDATE follow_ups SET note = 'bring cake' WHERE entry_pk = $1",
        &[&plain],
    )
    .unwrap();
    assert_ne!(tx.follow_up_state(plain).unwrap(), before);
    tx.execute(
        "INSERT INTO events(entry_pk, customer_pk, at, type) VALUES ($1, $2, 1, 'done')",
        &[&acted, &who],
    )
    .unwrap();
    tx.remove_unacted_follow_up(plain).unwrap();
    tx.remove_unacted_follow_up(acted).unwrap();
    let left: Vec<i64> = tx
        .query("SELECT pk FROM entries ORDER BY pk", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(left, [acted]);
}

#[test]
fn many_members_are_marked_told_and_recorded_in_one_statement_each() {
    let store = testing::fresh_store();
    let mut tx = store.write().unwrap();
    tx.batch_execute(
        "INSERT INTO customers(id, full_name, created_at, updated_at)
             SELECT 'c' || n, 'Customer ' || n, 0, 0 FROM generate_series(1, 2000) n;
         INSERT INTO entries(id, customer_pk, kind, created_at, updated_at)
             SELECT 'e' || pk, pk, 'conversation', 0, 0 FROM customers",
    )
    .unwrap();
    tx.insert_situation("s", &text("Flood"), "Ana", NOW)
        .unwrap();
    let pk = tx.situation_key("s").unwrap().unwrap().pk;
    let all: Vec<i64> = tx
        .query("SELECT pk FROM customers ORDER BY pk", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    let action = tx.insert_action(pk, "a", "add", "[]", "Ana", NOW).unwrap();
    assert_eq!(tx.add_members(pk, &all[..1500], action, NOW).unwrap(), 1500);
    let told = telling(0, Some(Mood::Worried));
    assert_eq!(tx.mark_told(pk, &all, &told).unwrap(), 1500, "members only");
    let records: Vec<(i64, String)> = all.iter().map(|c| (*c, format!("e{c}"))).collect();
    tx.insert_told(pk, &records[..1500], &told).unwrap();
    let r = tx
        .query_one(
            "SELECT count(*) AS n, count(*) FILTER (WHERE t.entry_pk = e.pk AND e.customer_pk = t.customer_pk) AS linked
             FROM situation_told t LEFT JOIN entries e ON e.pk = t.entry_pk",
            &[],
        )
        .unwrap();
    assert_eq!(
        (r.get::<_, i64>("n"), r.get::<_, i64>("linked")),
        (1500, 1500)
    );
    let query = MemberQuery {
        told: Some(true),
        ..Default::default()
    };
    assert_eq!(tx.count_members(pk, &query).unwrap(), 1500);
    assert_eq!(tx.upset_count(pk).unwrap(), 0);
    assert_eq!(tx.added_and_touched(action).unwrap(), 1500);
}
