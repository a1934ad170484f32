//! Every lookup example from the foundation issue, against a small notebook.

mod common;

use common::*;
use kindly_core::{CustomerInput, Notebook};
use rstest::{fixture, rstest};

struct Shop {
    nb: Notebook,
    jose: String,
    muller: String,
    rose: String,
    kathy: String,
}

#[fixture]
fn shop() -> Shop {
    let mut nb = notebook();
    let jose = nb
        .create_customer(&CustomerInput {
            company: "Garage Ortiz".into(),
            phones: vec![phone("(555) 010-4477")],
            emails: vec![email("jose.ortiz@example.com")],
            tags: vec!["regular".into()],
            ..person("José Ortiz")
        })
        .unwrap()
        .id;
    let muller = nb
        .create_customer(&CustomerInput {
            preferred_name: "Hans".into(),
            phones: vec![phone("+44 20 7946 0958")],
            preferences: vec!["oat milk".into()],
            ..person("Hans Müller")
        })
        .unwrap()
        .id;
    let rose = nb
        .create_customer(&CustomerInput {
            preferred_name: "Rosie".into(),
            company: "Bloom Hair Studio".into(),
            notes: "Asked about the wedding package in spring.".into(),
            tags: vec!["wedding-cakes".into()],
            ..person("Rose Marie Tanaka")
        })
        .unwrap()
        .id;
    let kathy = nb
        .create_customer(&CustomerInput {
            remember: vec!["hard of hearing: speak slowly".into()],
            ..person("Kathy Rosen")
        })
        .unwrap()
        .id;
    Shop {
        nb,
        jose,
        muller,
        rose,
        kathy,
    }
}

fn ids(nb: &Notebook, query: &str) -> Vec<String> {
    nb.search(query, 20)
        .unwrap()
        .into_iter()
        .map(|s| s.id)
        .collect()
}

#[rstest]
#[case::accent_insensitive("jose")]
#[case::upper_case("JOSÉ")]
#[case::company("garage")]
#[case::email("jose.ortiz@example.com")]
#[case::email_fragment("ortiz@exa")]
#[case::tag("regular")]
#[case::phone_parentheses("(555) 010-4477")]
#[case::phone_dots("555.010.4477")]
#[case::phone_international("+1 555 010 4477")]
#[case::phone_last_four("4477")]
#[case::phone_last_six("104477")]
fn finds_jose_by(shop: Shop, #[case] query: &str) {
    assert_eq!(
        ids(&shop.nb, query),
        vec![shop.jose.clone()],
        "query {query:?}"
    );
}

#[rstest]
#[case::umlaut_prefix("mull")]
#[case::umlaut_typed("Mül")]
#[case::inside_a_word("ller")]
#[case::double_zero_prefix("0044 20 7946 0958")]
#[case::plus_prefix("+442079460958")]
#[case::preference_word("oat")]
fn finds_muller_by(shop: Shop, #[case] query: &str) {
    assert_eq!(
        ids(&shop.nb, query),
        vec![shop.muller.clone()],
        "query {query:?}"
    );
}

#[rstest]
fn finds_by_a_word_from_notes(shop: Shop) {
    assert_eq!(ids(&shop.nb, "wedding"), vec![shop.rose.clone()]);
}

#[rstest]
fn preferred_name_exact_match_ranks_first(shop: Shop) {
    // "rosie" is Rose's preferred name exactly; Kathy Rosen only shares a prefix.
    let found = ids(&shop.nb, "rosie");
    assert_eq!(found.first(), Some(&shop.rose));
}

#[rstest]
fn name_prefix_ranks_before_other_fields(shop: Shop) {
    // "ros" starts Rose's full name (tier 1) and Kathy's surname (tier 3).
    assert_eq!(
        ids(&shop.nb, "ros"),
        [shop.rose.clone(), shop.kathy.clone()]
    );
}

#[rstest]
fn several_words_must_all_match(shop: Shop) {
    assert_eq!(ids(&shop.nb, "rose tan"), vec![shop.rose.clone()]);
    assert!(ids(&shop.nb, "rose ortiz").is_empty());
}

#[rstest]
fn result_rows_carry_what_is_needed_to_pick_the_person(shop: Shop) {
    let row = shop.nb.search("jose", 20).unwrap().remove(0);
    assert_eq!(row.full_name, "José Ortiz");
    assert_eq!(row.company, "Garage Ortiz");
    assert_eq!(row.primary_phone.as_deref(), Some("(555) 010-4477"));
    assert_eq!(row.tags, ["regular"]);
}

#[rstest]
#[case::empty("")]
#[case::spaces("   ")]
#[case::punctuation("!!!")]
#[case::three_digits("447")]
fn too_little_to_go_on_finds_nobody(shop: Shop, #[case] query: &str) {
    assert!(ids(&shop.nb, query).is_empty(), "query {query:?}");
}

#[rstest]
#[case::lone_quote("\"", &[])]
#[case::quoted_phrase("\"jose ortiz\"", &["jose"])]
#[case::star("jo*", &["jose"])]
#[case::open_quote("ortiz\"", &["jose"])]
#[case::invisible_and_nul("\u{202e}jose\u{0}", &["jose"])]
// Operators are words like any other: "near", "or", "name" are in nobody's
// profile, so nobody matches (as FTS syntax or SQL they would find José,
// or everyone).
#[case::near("NEAR(jose ortiz)", &[])]
#[case::or("jose OR kathy", &[])]
#[case::sql("jose' OR 1=1 --", &[])]
#[case::column_filter("name : jose", &[])]
fn fts_and_sql_syntax_is_plain_text(shop: Shop, #[case] query: &str, #[case] who: &[&str]) {
    let expected: Vec<String> = who
        .iter()
        .map(|w| match *w {
            "jose" => shop.jose.clone(),
            other => panic!("no {other} in the shop"),
        })
        .collect();
    assert_eq!(ids(&shop.nb, query), expected, "query {query:?}");
    // The words still match as words without the syntax around them.
    assert_eq!(ids(&shop.nb, "jose ortiz"), vec![shop.jose.clone()]);
}

#[rstest]
fn trashed_customers_are_not_found_until_restored(mut shop: Shop) {
    shop.nb.trash_customer(&shop.jose).unwrap();
    assert!(ids(&shop.nb, "jose").is_empty());
    assert!(ids(&shop.nb, "4477").is_empty());
    shop.nb.restore_customer(&shop.jose).unwrap();
    assert_eq!(ids(&shop.nb, "4477"), vec![shop.jose.clone()]);
}

#[rstest]
fn an_edit_is_searchable_at_once(mut shop: Shop) {
    let mut input = shop.nb.customer(&shop.kathy).unwrap().to_input();
    input.preferences.push("Earl Grey, no sugar".into());
    shop.nb
        .update_customer(
            &shop.kathy,
            shop.nb.customer(&shop.kathy).unwrap().version,
            &input,
        )
        .unwrap();
    assert_eq!(ids(&shop.nb, "earl grey"), vec![shop.kathy.clone()]);
}

#[test]
fn limit_caps_the_page() {
    let mut nb = notebook();
    for i in 0..30 {
        nb.create_customer(&person(&format!("Anna {i}"))).unwrap();
    }
    assert_eq!(nb.search("anna", 10).unwrap().len(), 10);
}

#[test]
fn last_digits_starting_with_zero_still_match() {
    let mut nb = notebook();
    let id = nb
        .create_customer(&CustomerInput {
            phones: vec![phone("555 010 0477")],
            ..person("Zero Ending")
        })
        .unwrap()
        .id;
    assert_eq!(ids(&nb, "0477"), vec![id.clone()]);
    assert_eq!(ids(&nb, "00477"), vec![id]);
}

#[test]
fn apostrophes_in_names_are_optional() {
    let mut nb = notebook();
    let id = nb
        .create_customer(&person("Siobhán O\u{2019}Brien-Smith"))
        .unwrap()
        .id;
    for query in ["obrien", "O'Brien", "o’brien", "brien", "siobhan obr"] {
        assert_eq!(ids(&nb, query), vec![id.clone()], "query {query:?}");
    }
}
