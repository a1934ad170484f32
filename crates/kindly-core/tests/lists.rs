//! The Customers list: each filter alone and together, each sort both
//! ways, paging, Trash, counts and "all that match", on a small notebook
//! built through the public API (both stores: `KINDLY_TEST_STORE`).

mod common;

use common::desk::{london, Desk};
use kindly_core::*;

/// Ana (drifting, VIP, French-Canadian), Bruno (out of touch, an open
/// delivery issue, a promise overdue), Chloé (in touch, a follow-up),
/// Dmitri (added later, in a situation, never contacted), and Emma in
/// Trash. The clock reads 2026-03-10 09:00 London.
struct Shop {
    desk: Desk,
    ana: String,
    bruno: String,
    chloe: String,
    dmitri: String,
    situation: String,
}

fn customer(desk: &mut Desk, input: CustomerInput) -> String {
    desk.create_customer(&input).unwrap().id
}

fn talk(desk: &mut Desk, id: &str, at: &str) {
    desk.log_conversation(&ConversationInput {
        customer_id: id.into(),
        channel: Channel::CallIn,
        happened_at: Some(london(at)),
        staff: "Bea".into(),
        summary: "Talked".into(),
        mood: None,
        issue_id: None,
        follow_up: None,
    })
    .unwrap();
}

fn rhythm(ideal_days: u32, longest_days: u32) -> Option<StayInTouch> {
    Some(StayInTouch {
        ideal_days,
        longest_days,
    })
}

fn shop() -> Shop {
    let mut desk = Desk::new("2026-01-05 09:00");
    let ana = customer(
        &mut desk,
        CustomerInput {
            full_name: "Ana Álvarez".into(),
            preferred_name: "Ani".into(),
            company: "Acme Bakery".into(),
            tags: vec!["VIP".into(), "wedding".into()],
            looked_after_by: "Bea".into(),
            language: "fr-CA".into(),
            birthday: Some(Birthday {
                year: None,
                month: 3,
                day: 5,
            }),
            stay_in_touch: rhythm(7, 30),
            ..Default::default()
        },
    );
    let bruno = customer(
        &mut desk,
        CustomerInput {
            full_name: "Bruno Costa".into(),
            tags: vec!["Wedding".into()],
            stay_in_touch: rhythm(7, 14),
            ..Default::default()
        },
    );
    let chloe = customer(
        &mut desk,
        CustomerInput {
            full_name: "Chloé Dubois".into(),
            company: "Zephyr".into(),
            tags: vec!["vip".into()],
            looked_after_by: "bea".into(),
            language: "fr".into(),
            birthday: Some(Birthday {
                year: Some(1990),
                month: 4,
                day: 1,
            }),
            stay_in_touch: rhythm(7, 30),
            ..Default::default()
        },
    );
    let emma = customer(
        &mut desk,
        CustomerInput {
            full_name: "Emma Fry".into(),
            tags: vec!["wedding".into()],
            ..Default::default()
        },
    );
    desk.trash_customer(&emma).unwrap();
    desk.set("2026-02-20 09:00");
    talk(&mut desk, &bruno, "2026-02-20 09:00");
    desk.set("2026-02-28 09:00");
    talk(&mut desk, &ana, "2026-02-28 09:00");
    desk.set("2026-03-01 09:00");
    let issue = desk
        .open_issue(&IssueInput {
            customer_id: bruno.clone(),
            title: "Cake arrived late".into(),
            categories: vec!["Delivery".into()],
            ..Default::default()
        })
        .unwrap();
    desk.make_promise(&PromiseInput {
        customer_id: bruno.clone(),
        issue_id: Some(issue.id),
        what: "Refund the delivery".into(),
        due_at: london("2026-03-08 17:00"),
        promised_by: "Bea".into(),
    })
    .unwrap();
    desk.set("2026-03-09 09:00");
    talk(&mut desk, &chloe, "2026-03-09 09:00");
    desk.add_follow_up(&common::desk::call_back(&chloe, "2026-03-12", None))
        .unwrap();
    let dmitri = customer(&mut desk, common::person("Dmitri Egorov"));
    let situation = desk
        .create_situation(&SituationInput {
            title: "Oven broken".into(),
            what_happened: "The oven broke".into(),
            staff: "Bea".into(),
            ..Default::default()
        })
        .unwrap();
    desk.add_to_situation(&situation, std::slice::from_ref(&dmitri), "Bea")
        .unwrap();
    desk.set("2026-03-10 09:00");
    Shop {
        desk,
        ana,
        bruno,
        chloe,
        dmitri,
        situation,
    }
}

/// The names the list shows for `filter` (default sort), checking the
/// count agrees.
fn names(shop: &Shop, filter: &CustomerFilter) -> Vec<String> {
    let page = shop
        .desk
        .list_customers(filter, ListSort::default(), None, 100)
        .unwrap();
    assert_eq!(page.next, None);
    let count = shop.desk.count_customers(filter).unwrap();
    assert_eq!(
        count as usize,
        page.rows.len(),
        "count == rows for {filter:?}"
    );
    page.rows.into_iter().map(|r| r.full_name).collect()
}

fn f() -> CustomerFilter {
    CustomerFilter::default()
}

#[test]
fn each_filter_alone_picks_out_whom_a_person_expects() {
    let s = shop();
    assert_eq!(
        names(&s, &f()),
        [
            "Ana Álvarez",
            "Bruno Costa",
            "Chloé Dubois",
            "Dmitri Egorov"
        ],
        "everyone but Trash, by the name they go by (Ani sorts first)"
    );
    let text = |t: &str| CustomerFilter {
        text: t.into(),
        ..f()
    };
    assert_eq!(names(&s, &text("alv")), ["Ana Álvarez"], "accents aside");
    assert_eq!(
        names(&s, &text("ACME bak")),
        ["Ana Álvarez"],
        "company words"
    );
    assert_eq!(names(&s, &text("chlo dub")), ["Chloé Dubois"]);
    assert!(names(&s, &text("lvarez")).is_empty(), "a word's start only");
    assert!(names(&s, &text("emma")).is_empty(), "never Trash");
    let tags = |t: &[&str]| CustomerFilter {
        tags: t.iter().map(|s| s.to_string()).collect(),
        ..f()
    };
    assert_eq!(
        names(&s, &tags(&["wedding"])),
        ["Ana Álvarez", "Bruno Costa"]
    );
    assert_eq!(names(&s, &tags(&["VIP"])), ["Ana Álvarez", "Chloé Dubois"]);
    assert_eq!(names(&s, &tags(&["vip", "WEDDING"])), ["Ana Álvarez"]);
    let by = |n: &str| CustomerFilter {
        looked_after_by: Some(n.into()),
        ..f()
    };
    assert_eq!(names(&s, &by("Bea")), ["Ana Álvarez", "Chloé Dubois"]);
    assert_eq!(names(&s, &by("")), ["Bruno Costa", "Dmitri Egorov"]);
    let issue = CustomerFilter {
        open_issue: true,
        ..f()
    };
    assert_eq!(names(&s, &issue), ["Bruno Costa"]);
    let category = |c: &str| CustomerFilter {
        open_issue_category: Some(c.into()),
        ..f()
    };
    assert_eq!(names(&s, &category(" delivery ")), ["Bruno Costa"]);
    assert!(names(&s, &category("Billing")).is_empty());
    let overdue = CustomerFilter {
        promise_overdue: true,
        ..f()
    };
    assert_eq!(names(&s, &overdue), ["Bruno Costa"]);
    let touch = |t: TouchState| CustomerFilter {
        touch: Some(t),
        ..f()
    };
    assert_eq!(
        names(&s, &touch(TouchState::Drifting)),
        ["Ana Álvarez", "Bruno Costa"],
        "amber and red"
    );
    assert_eq!(names(&s, &touch(TouchState::OutOfTouch)), ["Bruno Costa"]);
    assert_eq!(names(&s, &touch(TouchState::InTouch)), ["Chloé Dubois"]);
    let since = CustomerFilter {
        not_contacted_since: Some(london("2026-03-01 00:00")),
        ..f()
    };
    assert_eq!(
        names(&s, &since),
        ["Ana Álvarez", "Bruno Costa"],
        "Dmitri was added after, never contacted"
    );
    let birthday = CustomerFilter {
        birthday_this_month: true,
        ..f()
    };
    assert_eq!(names(&s, &birthday), ["Ana Álvarez"]);
    let added = CustomerFilter {
        added_since: Some(london("2026-03-01 00:00")),
        ..f()
    };
    assert_eq!(names(&s, &added), ["Dmitri Egorov"]);
    let language = |l: &str| CustomerFilter {
        language: Some(l.into()),
        ..f()
    };
    assert_eq!(names(&s, &language("fr")), ["Ana Álvarez", "Chloé Dubois"]);
    assert_eq!(
        names(&s, &language("FR-ca")),
        ["Ana Álvarez", "Chloé Dubois"]
    );
    assert_eq!(names(&s, &language("")), ["Bruno Costa", "Dmitri Egorov"]);
    let situation = CustomerFilter {
        situation_id: Some(s.situation.clone()),
        ..f()
    };
    assert_eq!(names(&s, &situation), ["Dmitri Egorov"]);
    let ids = CustomerFilter {
        customer_ids: vec![s.chloe.clone(), s.bruno.clone(), "nobody".into()],
        ..f()
    };
    assert_eq!(names(&s, &ids), ["Bruno Costa", "Chloé Dubois"]);
}

#[test]
fn filters_combine_and_every_part_must_match() {
    let s = shop();
    let wedding_drifting = CustomerFilter {
        tags: vec!["wedding".into()],
        touch: Some(TouchState::Drifting),
        looked_after_by: Some("".into()),
        ..f()
    };
    assert_eq!(names(&s, &wedding_drifting), ["Bruno Costa"]);
    let vip_french_in_touch = CustomerFilter {
        text: "chl".into(),
        tags: vec!["VIP".into()],
        language: Some("fr".into()),
        touch: Some(TouchState::InTouch),
        ..f()
    };
    assert_eq!(names(&s, &vip_french_in_touch), ["Chloé Dubois"]);
    let none = CustomerFilter {
        open_issue: true,
        birthday_this_month: true,
        ..f()
    };
    assert!(names(&s, &none).is_empty());
}

#[test]
fn a_row_shows_touch_open_issues_and_the_next_follow_up() {
    let s = shop();
    let rows = s
        .desk
        .list_customers(&f(), ListSort::default(), None, 10)
        .unwrap()
        .rows;
    let row = |id: &str| rows.iter().find(|r| r.id == id).unwrap();
    assert_eq!(row(&s.ana).touch, Some(TouchState::Drifting));
    assert_eq!(row(&s.ana).tags, ["VIP", "wedding"]);
    assert_eq!(row(&s.ana).preferred_name, "Ani");
    assert_eq!(row(&s.bruno).touch, Some(TouchState::OutOfTouch));
    assert_eq!(row(&s.bruno).open_issues, 1);
    assert_eq!(row(&s.chloe).touch, Some(TouchState::InTouch));
    let next = row(&s.chloe).next_follow_up_at.unwrap();
    assert!(
        common::desk::reads(next).starts_with("2026-03-12"),
        "the call back"
    );
    assert_eq!(
        row(&s.chloe).last_contact_at,
        Some(london("2026-03-09 09:00"))
    );
    assert_eq!(row(&s.dmitri).touch, None);
    assert_eq!(row(&s.dmitri).next_follow_up_at, None);
    assert!(!row(&s.dmitri).sample);
}

/// The names in the list sorted by `column`, one page of all.
fn sorted(s: &Shop, column: ListColumn, descending: bool) -> Vec<String> {
    s.desk
        .list_customers(&f(), ListSort { column, descending }, None, 100)
        .unwrap()
        .rows
        .into_iter()
        .map(|r| r.full_name)
        .collect()
}

#[test]
fn each_column_sorts_both_ways_with_missing_values_last() {
    let s = shop();
    let (a, b, c, d) = (
        "Ana Álvarez",
        "Bruno Costa",
        "Chloé Dubois",
        "Dmitri Egorov",
    );
    let cases: [(ListColumn, [&str; 4], [&str; 4]); 7] = [
        (ListColumn::Name, [a, b, c, d], [d, c, b, a]),
        // No company: Bruno, Dmitri last, by key.
        (ListColumn::Company, [a, c, b, d], [c, a, d, b]),
        (ListColumn::LookedAfterBy, [a, c, b, d], [c, a, d, b]),
        // Never contacted: Dmitri last.
        (ListColumn::LastContact, [b, a, c, d], [c, a, b, d]),
        (ListColumn::OpenIssues, [a, c, d, b], [b, d, c, a]),
        // Ana's birthday (5 March) comes before Chloé's call back (12
        // March); Bruno and Dmitri have nothing to follow up.
        (ListColumn::NextFollowUp, [a, c, b, d], [c, a, d, b]),
        (ListColumn::Added, [a, b, c, d], [d, c, b, a]),
    ];
    for (column, up, down) in cases {
        assert_eq!(sorted(&s, column, false), up, "{column:?} ascending");
        assert_eq!(sorted(&s, column, true), down, "{column:?} descending");
    }
}

#[test]
fn paging_through_many_pages_never_repeats_or_skips() {
    let mut desk = Desk::new("2026-01-05 09:00");
    let mut ids = Vec::new();
    for i in 0..23 {
        let id = customer(
            &mut desk,
            CustomerInput {
                full_name: format!("Person {:02}", i % 7),
                company: if i % 3 == 0 {
                    String::new()
                } else {
                    format!("Firm {}", i % 4)
                },
                looked_after_by: if i % 2 == 0 {
                    "Bea".into()
                } else {
                    String::new()
                },
                tags: vec!["all".into()],
                ..Default::default()
            },
        );
        if i % 4 != 0 {
            desk.set(&format!("2026-02-{:02} 09:00", 1 + i % 5));
            talk(&mut desk, &id, &format!("2026-02-{:02} 09:00", 1 + i % 5));
        }
        if i % 5 == 0 {
            desk.add_follow_up(&common::desk::call_back(&id, "2026-03-12", None))
                .unwrap();
        }
        ids.push(id);
    }
    let filter = CustomerFilter {
        tags: vec!["ALL".into()],
        ..f()
    };
    for column in [
        ListColumn::Name,
        ListColumn::Company,
        ListColumn::LookedAfterBy,
        ListColumn::LastContact,
        ListColumn::OpenIssues,
        ListColumn::NextFollowUp,
        ListColumn::Added,
    ] {
        for descending in [false, true] {
            let sort = ListSort { column, descending };
            let whole: Vec<String> = desk
                .list_customers(&filter, sort, None, 100)
                .unwrap()
                .rows
                .into_iter()
                .map(|r| r.id)
                .collect();
            assert_eq!(whole.len(), 23);
            let mut paged = Vec::new();
            let mut after = None;
            let mut pages = 0;
            loop {
                let page = desk
                    .list_customers(&filter, sort, after.as_ref(), 5)
                    .unwrap();
                pages += 1;
                paged.extend(page.rows.into_iter().map(|r| r.id));
                match page.next {
                    Some(next) => after = Some(next),
                    None => break,
                }
            }
            assert_eq!(pages, 5, "{sort:?}");
            assert_eq!(paged, whole, "{sort:?}: pages read as one");
        }
    }
}

#[test]
fn a_cursor_this_list_did_not_write_is_refused() {
    let s = shop();
    let cursor = ListCursor {
        key: "=not a number".into(),
        id: s.ana.clone(),
    };
    let sort = ListSort {
        column: ListColumn::Added,
        descending: false,
    };
    let err = s
        .desk
        .list_customers(&f(), sort, Some(&cursor), 10)
        .unwrap_err();
    assert_eq!(common::desk::field(err), "after");
}

#[test]
fn a_selection_resolves_to_the_picked_or_all_matching_less_the_unticked() {
    let mut s = shop();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("chosen.vcf");
    let export = |s: &Shop, selection: &Selection| -> Vec<String> {
        s.desk
            .export_selection_as_with(selection, &path, ExportFormat::Vcard, &NoProgress)
            .unwrap();
        let parsed = s.desk.read_contacts_file(&path, None).unwrap();
        parsed
            .contacts
            .into_iter()
            .map(|c| c.customer.full_name)
            .collect()
    };
    let picked = Selection::Picked {
        ids: vec![s.chloe.clone(), s.ana.clone()],
    };
    assert_eq!(export(&s, &picked), ["Ana Álvarez", "Chloé Dubois"]);
    let wedding = Selection::AllMatching {
        filter: Box::new(CustomerFilter {
            tags: vec!["wedding".into()],
            ..f()
        }),
        except: vec![],
    };
    assert_eq!(export(&s, &wedding), ["Ana Álvarez", "Bruno Costa"]);
    let less_ana = Selection::AllMatching {
        filter: Box::new(CustomerFilter {
            tags: vec!["wedding".into()],
            ..f()
        }),
        except: vec![s.ana.clone()],
    };
    assert_eq!(export(&s, &less_ana), ["Bruno Costa"]);
    // "All that match" is worked out when it is used: a new match counts.
    s.desk
        .create_customer(&CustomerInput {
            full_name: "Gina Hart".into(),
            tags: vec!["WEDDING".into()],
            ..Default::default()
        })
        .unwrap();
    assert_eq!(export(&s, &less_ana), ["Bruno Costa", "Gina Hart"]);
    let csv = dir.path().join("chosen.csv");
    let n = s
        .desk
        .export_selection_as_with(&picked, &csv, ExportFormat::Csv, &NoProgress)
        .unwrap();
    assert_eq!(n, 2);
    let back = s.desk.read_contacts_file(&csv, None).unwrap();
    let names: Vec<String> = back
        .contacts
        .into_iter()
        .map(|c| c.customer.full_name)
        .collect();
    assert_eq!(names, ["Ana Álvarez", "Chloé Dubois"]);
}
