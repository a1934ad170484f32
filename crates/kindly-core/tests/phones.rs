//! Phone numbers as a person types them, and as someone might disguise
//! them: invisible characters are refused (or taken out, with a warning,
//! on import), digits of every script are read, text that is not a number
//! is refused, and a number not valid for the notebook's country is kept
//! as typed, without a made-up E.164 form, and still found by its digits.

mod common;

use common::{email, notebook, person, phone};
use kindly_core::import::{Importer, VcardImporter};
use kindly_core::{Error, ErrorPayload, Notebook, PhoneMatch};

fn field(err: Error) -> String {
    ErrorPayload::from(err).field.unwrap_or_default()
}

fn names(nb: &Notebook, query: &str) -> Vec<String> {
    nb.search(query, 10)
        .unwrap()
        .into_iter()
        .map(|c| c.full_name)
        .collect()
}

#[test]
fn a_number_with_a_right_to_left_override_is_refused() {
    // Shown as "+44 20 7946 0958", stored as +1 859 064 970 244 before.
    let mut nb = notebook();
    let mut input = person("Disguised");
    input.phones = vec![phone("\u{202E}8590 6497 02 44+")];
    let err = nb.create_customer(&input).unwrap_err();
    assert!(err.to_string().contains("invisible characters"), "{err}");
    assert_eq!(field(err), "phones.0.number");
    input.phones = vec![phone("020\u{200B}7946 0958")];
    assert_eq!(
        field(nb.create_customer(&input).unwrap_err()),
        "phones.0.number"
    );
    input.phones = vec![];
    input.emails = vec![email("ann\u{200B}@example.com")];
    assert_eq!(
        field(nb.create_customer(&input).unwrap_err()),
        "emails.0.address"
    );
    assert_eq!(nb.info().unwrap().customer_count, 0);
}

#[test]
fn text_that_is_not_a_phone_number_is_refused_instead_of_guessed() {
    let mut nb = notebook();
    for typed in ["020 7946 0963 😀", "0x2079460964", "8590 6497 02 44+"] {
        let mut input = person("Guess");
        input.phones = vec![phone(typed)];
        let err = nb.create_customer(&input).unwrap_err();
        assert!(
            err.to_string().contains("doesn't look like a phone number"),
            "{typed}: {err}"
        );
    }
    assert_eq!(nb.info().unwrap().customer_count, 0);
}

#[test]
fn a_number_not_valid_for_the_region_is_kept_as_typed_and_found_by_its_digits() {
    let mut nb = notebook(); // US
    let mut input = person("Imogen Hart");
    input.phones = vec![phone("020 7946 0958")];
    let saved = nb.create_customer(&input).unwrap();
    assert_eq!(saved.phones[0].number, "020 7946 0958");
    // Not +102079460958, a number that cannot exist.
    assert_eq!(saved.phones[0].e164, None);
    assert_eq!(names(&nb, "020 7946 0958"), ["Imogen Hart"]);
    assert_eq!(names(&nb, "7946 0958"), ["Imogen Hart"]);
    let caller = nb.find_caller("+44 20 7946 0958").unwrap();
    assert_eq!(caller.matches.len(), 1);

    // Told the notebook is in the UK, the number is read again.
    nb.set_phone_region("GB").unwrap();
    let now = nb.customer(&saved.id).unwrap();
    assert_eq!(now.phones[0].e164.as_deref(), Some("+442079460958"));
    let caller = nb.find_caller("+44 20 7946 0958").unwrap();
    assert_eq!(caller.matches[0].matched_by, PhoneMatch::Exact);
}

#[test]
fn digits_of_other_scripts_are_read_in_the_form_the_lookup_and_caller_id() {
    let mut nb = notebook();
    nb.set_phone_region("GB").unwrap();
    let mut input = person("Layla Haddad");
    input.phones = vec![phone("٠٧٧٠٠ ٩٠٠١٢٣")];
    let saved = nb.create_customer(&input).unwrap();
    assert_eq!(saved.phones[0].number, "٠٧٧٠٠ ٩٠٠١٢٣", "shown as typed");
    assert_eq!(saved.phones[0].e164.as_deref(), Some("+447700900123"));
    for query in [
        "０７７００ ９００１２３",
        "07700 900123",
        "९००१२३",
        "๙๐๐๑๒๓",
    ] {
        assert_eq!(names(&nb, query), ["Layla Haddad"], "{query}");
    }
    let caller = nb.find_caller("+44 ७७०० ९००१२३").unwrap();
    assert_eq!(caller.matches[0].matched_by, PhoneMatch::Exact);
    assert_eq!(caller.number, "+44 7700 900123");
}

#[test]
fn an_import_takes_invisible_characters_out_and_says_so() {
    let file = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\n\
                TEL:020\u{200B}7946 0958\r\n\
                TEL:\u{202E}8590 6497 02 44+\r\n\
                EMAIL:ann\u{2066}@example.com\r\nEND:VCARD\r\n";
    let parsed = VcardImporter.parse(file.as_bytes(), "GB").unwrap();
    let ann = &parsed.contacts[0];
    let numbers: Vec<&str> = ann
        .customer
        .phones
        .iter()
        .map(|p| p.number.as_str())
        .collect();
    assert_eq!(numbers, ["0207946 0958"]);
    assert_eq!(ann.customer.emails[0].address, "ann@example.com");
    let said = ann.problems.join("\n");
    assert!(said.contains("Invisible characters"), "{said}");
    assert!(
        said.contains("8590 6497 02 44+\u{201d} was left out"),
        "{said}"
    );
}
