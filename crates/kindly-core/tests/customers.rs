//! Creating, editing, trashing and restoring customers, as a user would.

mod common;

use common::*;
use kindly_core::{Birthday, ContactChannel, CustomerInput, Error, ErrorCode, ErrorPayload};

#[test]
fn a_full_profile_round_trips() {
    let mut nb = notebook();
    let input = CustomerInput {
        preferred_name: "Rosie".into(),
        pronunciation: "ROH-zee".into(),
        pronouns: "she/her".into(),
        company: "Tanaka household".into(),
        phones: vec![phone("555 010 1234"), phone("+44 20 7946 0958")],
        emails: vec![email("rose@example.com")],
        address: "12 Mill Lane\nSpringfield".into(),
        birthday: Some(Birthday {
            year: None,
            month: 4,
            day: 15,
        }),
        contact_channel: ContactChannel::TextMessage,
        best_time: "after 10am".into(),
        dont: vec!["never call before 10".into()],
        preferences: vec!["oat milk".into(), "window seat".into()],
        remember: vec!["hard of hearing: speak slowly".into()],
        tags: vec!["regular".into(), "vip".into()],
        notes: "Daughter's wedding in June.".into(),
        looked_after_by: "Ana".into(),
        ..person("Rose Marie Tanaka")
    };
    let saved = nb.create_customer(&input).unwrap();
    let read = nb.customer(&saved.id).unwrap();
    assert_eq!(read, saved);
    assert_eq!(read.display_name(), "Rosie");
    assert_eq!(
        read.phones[0].number, "555 010 1234",
        "the number is kept as typed"
    );
    assert_eq!(read.phones[0].e164.as_deref(), Some("+15550101234"));
    assert!(read.phones[0].primary && !read.phones[1].primary);
    let mut expected = input.clone();
    expected.phones[0].primary = true;
    expected.emails[0].primary = true;
    assert_eq!(read.to_input(), expected);
    assert_eq!(read.created_at, NOW);
    assert_eq!(uuid_version(&read.id), '7');
}

fn uuid_version(id: &str) -> char {
    id.chars().nth(14).unwrap()
}

#[test]
fn editing_changes_the_field_and_the_last_changed_time() {
    let mut nb = notebook();
    let saved = nb.create_customer(&person("Mike Ross")).unwrap();
    let mut input = saved.to_input();
    input.preferences = vec!["tea, not coffee".into()];
    let edited = nb
        .update_customer(&saved.id, nb.customer(&saved.id).unwrap().version, &input)
        .unwrap();
    assert_eq!(edited.preferences, ["tea, not coffee"]);
    assert_eq!(edited.created_at, saved.created_at);
    assert!(edited.updated_at > saved.updated_at);
}

#[test]
fn a_refused_edit_changes_nothing() {
    let mut nb = notebook();
    let saved = nb.create_customer(&person("Mike Ross")).unwrap();
    let mut input = saved.to_input();
    input.company = "New Co".into();
    input.emails = vec![email("not an email")];
    let err = nb
        .update_customer(&saved.id, nb.customer(&saved.id).unwrap().version, &input)
        .unwrap_err();
    let payload = ErrorPayload::from(err);
    assert_eq!(payload.code, ErrorCode::InvalidInput);
    assert_eq!(payload.field.as_deref(), Some("emails.0.address"));
    assert!(payload.message.contains("email"), "{}", payload.message);
    assert_eq!(nb.customer(&saved.id).unwrap(), saved);
}

#[test]
fn a_refused_create_saves_nothing() {
    let mut nb = notebook();
    let bad = CustomerInput {
        phones: vec![phone("not a number")],
        ..person("Mike Ross")
    };
    assert!(matches!(
        nb.create_customer(&bad),
        Err(Error::Invalid { .. })
    ));
    assert_eq!(nb.info().unwrap().customer_count, 0);
}

#[test]
fn unknown_and_malformed_ids_are_not_found() {
    let mut nb = notebook();
    for id in [
        "0190b5c4-0000-7000-8000-000000000000",
        "not-an-id",
        "' OR 1=1 --",
    ] {
        assert_eq!(
            ErrorPayload::from(nb.customer(id).unwrap_err()).code,
            ErrorCode::NotFound
        );
        assert!(matches!(nb.trash_customer(id), Err(Error::NotFound { .. })));
        assert!(matches!(
            nb.update_customer(id, 1, &person("X")),
            Err(Error::NotFound { .. })
        ));
    }
}

#[test]
fn trash_restore_and_empty() {
    let mut nb = notebook();
    let keep = nb.create_customer(&person("Keep Me")).unwrap();
    let gone = nb.create_customer(&person("Gone Soon")).unwrap();

    nb.trash_customer(&gone.id).unwrap();
    let trash = nb.trash().unwrap();
    assert_eq!(trash.len(), 1);
    assert_eq!(trash[0].full_name, "Gone Soon");
    assert!(nb.customer(&gone.id).unwrap().deleted_at.is_some());
    assert_eq!(nb.info().unwrap().customer_count, 1);
    assert!(
        matches!(
            nb.update_customer(
                &gone.id,
                nb.customer(&gone.id).unwrap().version,
                &person("Edit")
            ),
            Err(Error::NotFound { .. })
        ),
        "a trashed customer cannot be edited until restored"
    );

    nb.restore_customer(&gone.id).unwrap();
    let restored = nb.customer(&gone.id).unwrap();
    assert_eq!(restored.deleted_at, None);
    assert_eq!(restored.full_name, "Gone Soon");
    assert!(matches!(
        nb.restore_customer(&gone.id),
        Err(Error::NotFound { .. })
    ));

    nb.trash_customer(&gone.id).unwrap();
    assert_eq!(nb.empty_trash().unwrap(), 1);
    assert!(nb.trash().unwrap().is_empty());
    assert!(matches!(nb.customer(&gone.id), Err(Error::NotFound { .. })));
    assert_eq!(nb.customer(&keep.id).unwrap().full_name, "Keep Me");
}

#[test]
fn everything_survives_closing_and_reopening() {
    let place = common::Place::new();
    let id = {
        let mut nb = place.open();
        nb.create_customer(&CustomerInput {
            phones: vec![phone("(555) 010-4477")],
            ..person("Zoë Adams")
        })
        .unwrap()
        .id
    };
    let nb = place.open();
    assert_eq!(nb.customer(&id).unwrap().full_name, "Zoë Adams");
    assert_eq!(nb.search("zoe", 5).unwrap()[0].id, id);
}

#[test]
fn phone_region_comes_from_the_locale_once() {
    let mut nb = empty_notebook();
    nb.init_phone_region_from_locale(Some("en_GB.UTF-8"))
        .unwrap();
    assert_eq!(nb.phone_region().unwrap(), "GB");
    nb.init_phone_region_from_locale(Some("fr_FR.UTF-8"))
        .unwrap();
    assert_eq!(
        nb.phone_region().unwrap(),
        "GB",
        "a chosen region is not overwritten"
    );
    let saved = nb
        .create_customer(&CustomerInput {
            phones: vec![phone("020 7946 0958")],
            ..person("Ada")
        })
        .unwrap();
    assert_eq!(saved.phones[0].e164.as_deref(), Some("+442079460958"));
    assert!(nb.set_phone_region("Narnia").is_err());
}

#[test]
fn creating_many_is_all_or_nothing() {
    let mut nb = notebook();
    let err = nb
        .create_customers(&[person("Fine One"), person(""), person("Fine Two")])
        .unwrap_err();
    assert_eq!(
        ErrorPayload::from(err).field.as_deref(),
        Some("1.full_name")
    );
    assert_eq!(nb.info().unwrap().customer_count, 0);
    let ids = nb
        .create_customers(&[person("Fine One"), person("Fine Two")])
        .unwrap();
    assert_eq!(nb.customer(&ids[1]).unwrap().full_name, "Fine Two");
    assert_eq!(nb.search("fine", 10).unwrap().len(), 2);
}

#[test]
fn refusals_name_each_field_by_the_words_on_the_form() {
    let mut nb = notebook();
    let refused = |nb: &mut kindly_core::Notebook, input: CustomerInput| -> String {
        ErrorPayload::from(nb.create_customer(&input).unwrap_err()).message
    };
    let long = "x".repeat(201);
    let cases: [(CustomerInput, &str); 5] = [
        (
            CustomerInput {
                preferred_name: long.clone(),
                ..person("Ana")
            },
            "“What they like to be called” can be at most 200 characters.",
        ),
        (
            CustomerInput {
                pronunciation: "AH\nnah".into(),
                ..person("Ana")
            },
            "“How to say it” must be on one line.",
        ),
        (
            CustomerInput {
                notes: "bell\u{7}".into(),
                ..person("Ana")
            },
            "“Anything else” has characters that cannot be saved (invisible control characters).",
        ),
        (
            CustomerInput {
                best_time: long.clone(),
                ..person("Ana")
            },
            "“Best time to reach them” can be at most 200 characters.",
        ),
        (
            CustomerInput {
                preferences: vec!["oat\nmilk".into()],
                ..person("Ana")
            },
            "Each item of “What they like” must be on one line.",
        ),
    ];
    for (input, message) in cases {
        assert_eq!(refused(&mut nb, input), message);
    }
}

#[test]
fn the_language_a_customer_prefers_is_kept_as_the_standard_writes_it_and_its_change_is_listed() {
    let mut nb = notebook();
    let saved = nb
        .create_customer(&CustomerInput {
            language: " pt_br ".into(),
            ..person("Joana Silva")
        })
        .unwrap();
    assert_eq!(saved.language, "pt-BR");
    assert_eq!(nb.customer(&saved.id).unwrap().language, "pt-BR");

    let mut input = saved.to_input();
    input.language = "zh-hant-tw".into();
    let changed = nb
        .update_customer(&saved.id, saved.version, &input)
        .unwrap();
    assert_eq!(changed.language, "zh-Hant-TW");
    let listed = nb.customer_changes(&saved.id, 10).unwrap();
    let change = listed
        .iter()
        .find(|c| c.field == "language")
        .expect("the change is listed");
    assert_eq!(
        (change.before.as_str(), change.after.as_str()),
        ("pt-BR", "zh-Hant-TW")
    );

    // A language that is not one is refused beside its field; nothing changes.
    input.language = "Portuguese, Brazil".into();
    let refused = nb
        .update_customer(&saved.id, changed.version, &input)
        .unwrap_err();
    assert!(matches!(refused, Error::Invalid { ref field, .. } if field == "language"));
    assert_eq!(nb.customer(&saved.id).unwrap().language, "zh-Hant-TW");
}
