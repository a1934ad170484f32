//! Export → import into an empty notebook gives back the same customers,
//! exactly as they were stored, and a second import changes nothing: for
//! generated notebooks where people share phones and emails, with names
//! that have no letters, invisible characters, tabs and double spaces.

mod common;

use common::{email, person, phone, stored_notebook as notebook};
use kindly_core::import::{CsvImporter, Importer, VcardImporter};
use kindly_core::{Customer, CustomerInput, Notebook, Phone};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

/// Names no two of which can be the same person's (see
/// `matching::names_compatible`), some with odd whitespace or none of
/// letters and digits.
const NAMES: &[&str] = &[
    "Ann Lee",
    "Bob\tLee",
    "Chloé  Martin",
    " Dev Patel ",
    "Zoë O'Brien",
    "😀",
    "-",
    "'",
    "\u{200B}",
    "李 小龍",
    "Kai\t\tSato",
];

/// Numbers several customers may share, each a different number: a US one
/// in two scripts, a UK one, and a UK one typed the local way, which in a
/// US notebook is kept as typed ("check the country").
const PHONES: &[&str] = &[
    "(212) 555-0100",
    "(٢١٢) ٥٥٥-٠١٠١",
    "+44 20 7946 0958",
    "020 7946 0959",
];

const EMAILS: &[&str] = &["lees@example.com", "shop@example.com", "ann@example.com"];

const ODD: &[&str] = &[
    "oat  milk",
    "no\tsugar",
    "  window seat ",
    "VIP\tgold",
    "tabs\tand  spaces\t\tinside",
];

const NOTES: &[&str] = &[
    "",
    "oat  milk",
    "line one\n\tindented  twice\nline three",
    "  tab\tat the end\t",
    "windows\r\nline  breaks\r\n\r\nand a gap",
];

fn customer_inputs() -> impl Strategy<Value = Vec<CustomerInput>> {
    let one = (
        prop::sample::subsequence(PHONES, 0..=2),
        prop::sample::subsequence(EMAILS, 0..=2),
        prop::sample::subsequence(ODD, 0..=3),
        prop::sample::select(NOTES),
        any::<bool>(),
    );
    (
        prop::sample::subsequence(NAMES, 1..=6),
        prop::collection::vec(one, 6),
    )
        .prop_map(|(names, details)| {
            names
                .into_iter()
                .zip(details)
                .map(|(name, (phones, emails, odd, notes, with_company))| {
                    let mut input = person(name);
                    input.phones = phones.into_iter().map(phone).collect();
                    input.emails = emails.into_iter().map(email).collect();
                    input.preferences = odd.iter().map(|s| s.to_string()).collect();
                    input.tags = odd.iter().take(1).map(|s| s.to_string()).collect();
                    input.notes = notes.to_string();
                    if with_company {
                        input.company = "The  Lee\tfamily".into();
                    }
                    input
                })
                .collect()
        })
}

/// What a customer holds, without what only this notebook gives them (id,
/// times): profile and phones with their E.164 forms.
fn held(c: &Customer) -> (CustomerInput, Vec<Phone>) {
    (c.to_input(), c.phones.clone())
}

/// Every live customer's [`held`], sorted.
fn everyone(nb: &Notebook) -> Vec<(CustomerInput, Vec<Phone>)> {
    let mut all: Vec<_> = common::customers_as_stored(nb, false)
        .iter()
        .map(held)
        .collect();
    all.sort_by(|a, b| format!("{a:?}").cmp(&format!("{b:?}")));
    all
}

/// One case: `inputs` saved in `here`, exported (as CSV or vCard) and
/// imported into `there`, twice.
fn round_trip(
    here: &mut Notebook,
    there: &mut Notebook,
    inputs: &[CustomerInput],
    as_csv: bool,
) -> Result<(), TestCaseError> {
    for input in inputs {
        here.create_customer(input).unwrap();
    }
    let mut bytes = Vec::new();
    let parsed = if as_csv {
        here.export_csv(&mut bytes).unwrap();
        CsvImporter::default().parse(&bytes, "US").unwrap()
    } else {
        here.export_vcard(&mut bytes).unwrap();
        VcardImporter.parse(&bytes, "US").unwrap()
    };
    prop_assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);

    there.import_contacts(&parsed).unwrap();
    let stored = everyone(here);
    prop_assert_eq!(&everyone(there), &stored);

    let again = there.preview_import(&parsed).unwrap();
    prop_assert_eq!(
        (again.create_count, again.merge_count),
        (0, 0),
        "{:?}",
        again.rows
    );
    there.import_contacts(&parsed).unwrap();
    prop_assert_eq!(&everyone(there), &stored);
    Ok(())
}

#[test]
fn export_then_import_gives_the_same_customers() {
    common::props::check(
        32,
        file!(),
        (customer_inputs(), any::<bool>()),
        [notebook(), notebook()],
        |[(_, here), (_, there)], (inputs, as_csv)| {
            common::forget_everyone(here);
            common::forget_everyone(there);
            round_trip(here, there, &inputs, as_csv)
        },
    );
}
