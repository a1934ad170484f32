//! Importing contacts: hand-written vCard and CSV files in the styles of
//! the major exporters (tests/fixtures/import/) parse to exactly the
//! customers a person would expect; bad files give a clear message; and any
//! profile written as a vCard reads back unchanged.

use std::path::Path;

use kindly_core::import::{
    preview_headers, ColumnMap, CsvImporter, ImportedContact, Importer, LabeledColumn, Parsed,
    RowProblem, VcardImporter, MAX_FILE_BYTES, MAX_RECORDS,
};
use kindly_core::validate::{self, MAX_NOTES};
use kindly_core::{Birthday, CustomerInput, EmailInput, Error, PhoneInput};
use proptest::prelude::*;

fn fixture(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every contact passes validation for `region`, unchanged by it.
fn assert_valid(parsed: &Parsed, region: &str) {
    for c in &parsed.contacts {
        let valid = validate::customer(&c.customer, region)
            .unwrap_or_else(|e| panic!("line {}: {e} in {:?}", c.line, c.customer));
        assert_eq!(valid.input, c.customer, "line {}", c.line);
    }
}

fn vcard(name: &str, region: &str) -> Parsed {
    let parsed = VcardImporter
        .parse(&fixture(name), region)
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_valid(&parsed, region);
    parsed
}

fn csv(name: &str, region: &str) -> Parsed {
    let parsed = CsvImporter::default()
        .parse(&fixture(name), region)
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_valid(&parsed, region);
    parsed
}

fn phone(label: &str, number: &str, primary: bool) -> PhoneInput {
    PhoneInput {
        label: label.into(),
        number: number.into(),
        primary,
    }
}

fn email(label: &str, address: &str, primary: bool) -> EmailInput {
    EmailInput {
        label: label.into(),
        address: address.into(),
        primary,
    }
}

fn born(year: Option<i32>, month: u8, day: u8) -> Option<Birthday> {
    Some(Birthday { year, month, day })
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

/// A contact that parsed with nothing left out.
fn clean(line: u32, customer: CustomerInput) -> ImportedContact {
    ImportedContact {
        line,
        customer,
        problems: Vec::new(),
    }
}

fn file_error(result: kindly_core::Result<Parsed>) -> String {
    match result {
        Err(Error::Invalid { field, message }) => {
            assert_eq!(field, "file");
            message
        }
        other => panic!("expected a file error, got {other:?}"),
    }
}

// ---------------------------------------------------------------- vCard --

#[test]
fn iphone_vcard_3_with_apple_labels_and_a_folded_photo() {
    let parsed = vcard("iphone.vcf", "US");
    assert_eq!(parsed.problems, []);
    assert_eq!(parsed.notes, Vec::<String>::new());
    assert_eq!(
        parsed.contacts,
        [
            clean(
                1,
                CustomerInput {
                    full_name: "José Antonio García".into(),
                    preferred_name: "Pepe".into(),
                    company: "Panadería García".into(),
                    phones: vec![
                        phone("iPhone", "+34 612 34 56 78", true),
                        phone("shop", "+34 912 34 56 78", false),
                        phone("home fax", "+34 913 00 00 00", false),
                    ],
                    emails: vec![
                        email("home", "jose@example.com", true),
                        email("work", "pedidos@panaderia-garcia.example", false),
                    ],
                    address: "Calle Mayor 1, 2º izquierda, Madrid, 28013, España".into(),
                    birthday: born(None, 4, 15),
                    tags: strings(&["VIP", "Bakery"]),
                    notes: "Prefers WhatsApp, not calls.\nAllergic to nuts; bring the gluten-free list."
                        .into(),
                    ..Default::default()
                }
            ),
            clean(
                133,
                CustomerInput {
                    full_name: "Zoë Müller".into(),
                    phones: vec![
                        phone("mobile", "+1 (555) 010-4477", true),
                        phone("work", "+1 555 010 9999", false),
                    ],
                    emails: vec![email("other", "zoe@example.org", true)],
                    address: "Home: 12 Elm Street, Springfield, IL, 62701, USA\n\
                              Work: 1 Market Square, Springfield, IL, 62702, USA"
                        .into(),
                    birthday: born(Some(1985), 4, 15),
                    ..Default::default()
                }
            ),
            clean(
                147,
                CustomerInput {
                    full_name: "Café Siobhán".into(),
                    company: "Café Siobhán".into(),
                    phones: vec![phone("main", "+1 555 010 2323", true)],
                    ..Default::default()
                }
            ),
        ]
    );
}

#[test]
fn android_vcard_2_1_quoted_printable_with_soft_breaks() {
    let parsed = vcard("android.vcf", "DE");
    assert_eq!(
        parsed.contacts,
        [
            clean(
                1,
                CustomerInput {
                    full_name: "Zoë Müller".into(),
                    preferred_name: "Zo".into(),
                    company: "Müller & Söhne".into(),
                    phones: vec![
                        phone("mobile", "+49 151 23456789", true),
                        phone("home", "030 1234567", false),
                        phone("Werkstatt", "+49 30 9876543", false),
                    ],
                    emails: vec![
                        email("home", "zoe@example.de", false),
                        email("work", "zoe.mueller@firma.example", true),
                    ],
                    address: "Hauptstraße 5, Berlin, 10115, Deutschland".into(),
                    birthday: born(Some(1990), 2, 28),
                    notes:
                        "Ruft gern abends an. Sehr nett; übrigens: nie vor 10 Uhr anrufen, sagt \
                            ihr Mann. Sie mag Kaffee schwarz und Kuchen mit Zimt. Überhaupt sehr \
                            höflich.\nZweite Zeile."
                            .into(),
                    ..Default::default()
                }
            ),
            clean(
                22,
                CustomerInput {
                    full_name: "Siobhán Ní Bhriain".into(),
                    phones: vec![
                        phone("Laden", "+353 1 234 5678", true),
                        phone("mobile", "+353 87 765 4321", false),
                    ],
                    ..Default::default()
                }
            ),
        ]
    );
    assert_eq!(
        parsed.problems,
        [RowProblem {
            line: 29,
            message: "A contact with no name (+49 170 1111111) was left out.".into(),
        }]
    );
}

#[test]
fn google_vcard_3_export() {
    let parsed = vcard("google.vcf", "IE");
    assert_eq!(parsed.problems, []);
    assert_eq!(
        parsed.contacts,
        [
            clean(
                1,
                CustomerInput {
                    full_name: "Siobhán O'Neill".into(),
                    preferred_name: "Shiv".into(),
                    company: "Galway Crafts Ltd.".into(),
                    phones: vec![
                        phone("mobile", "+353 87 123 4567", true),
                        phone("Studio", "+353 91 555 010", false),
                    ],
                    emails: vec![
                        email("home", "siobhan@example.ie", true),
                        email("", "siobhan.oneill@work.example", false),
                    ],
                    address: "12 Main Street, Galway, Co. Galway, H91 X2Y3, Ireland".into(),
                    birthday: born(Some(1979), 11, 3),
                    tags: strings(&["Suppliers"]),
                    notes: "Met at the craft fair in Galway. Likes to be called after 5pm, never \
                            on Sundays. Ticket: 42."
                        .into(),
                    ..Default::default()
                }
            ),
            clean(
                21,
                CustomerInput {
                    full_name: "José Núñez".into(),
                    phones: vec![phone("mobile", "+34 600 11 22 33", true)],
                    birthday: born(None, 11, 3),
                    ..Default::default()
                }
            ),
        ]
    );
}

#[test]
fn outlook_vcard_2_1_in_windows_1252() {
    let parsed = vcard("outlook.vcf", "DE");
    assert_eq!(parsed.problems, []);
    assert_eq!(
        parsed.notes,
        Vec::<String>::new(),
        "the charset was declared"
    );
    assert_eq!(
        parsed.contacts,
        [clean(
            1,
            CustomerInput {
                full_name: "Zoë Müller".into(),
                company: "Müller & Söhne GmbH, Verkauf".into(),
                phones: vec![
                    phone("work", "+49 30 1234567", true),
                    phone("mobile", "+49 151 7654321", false),
                    phone("work fax", "+49 30 1234568", false),
                ],
                emails: vec![email("", "zoe@mueller-soehne.example", true)],
                address: "Hauptstraße 5, Berlin, 10115, Deutschland".into(),
                birthday: born(Some(1985), 4, 15),
                notes:
                    "Bestellt jeden Freitag „Brötchen“.\nZahlt bar – immer pünktlich. Preis 5 €."
                        .into(),
                ..Default::default()
            }
        )]
    );
}

#[test]
fn thunderbird_vcard_4_with_tel_uris_and_no_year() {
    let parsed = vcard("thunderbird.vcf", "IE");
    assert_eq!(parsed.problems, []);
    assert_eq!(
        parsed.contacts,
        [
            clean(
                1,
                CustomerInput {
                    full_name: "Siobhán Ní Bhriain".into(),
                    preferred_name: "Shiv".into(),
                    company: "Ní Bhriain Pottery".into(),
                    phones: vec![
                        phone("home", "+353 1 234 5678", true),
                        phone("mobile", "+353-87-765-4321", false),
                    ],
                    emails: vec![
                        email("", "siobhan@example.ie", true),
                        email("work", "s.nibhriain@work.example", false),
                    ],
                    address: "1 Quay Street, Galway, H91 C2T4, Ireland".into(),
                    birthday: born(None, 4, 15),
                    tags: strings(&["Customers", "Pottery, ceramics"]),
                    notes: "Erste Zeile\nZweite Zeile mit Semikolon; Komma, und Backslash \\ – \
                            Siobhán sagt: Grüße aus Galway!"
                        .into(),
                    ..Default::default()
                }
            ),
            clean(
                19,
                CustomerInput {
                    full_name: "Zoë Dubois".into(),
                    phones: vec![phone("work", "+33-1-23-45-67-89 ext. 12", true)],
                    emails: vec![email("", "zoe.dubois@example.fr", true)],
                    birthday: born(Some(1992), 2, 29),
                    ..Default::default()
                }
            ),
        ]
    );
}

#[test]
fn text_that_is_not_utf8_is_read_as_windows_1252_with_a_note() {
    let parsed = vcard("legacy_latin1.vcf", "FR");
    assert_eq!(
        parsed.contacts,
        [clean(
            1,
            CustomerInput {
                full_name: "José Müller".into(),
                phones: vec![phone("work", "+33 1 42 68 53 00", true)],
                notes: "Café owner – très sympa".into(),
                ..Default::default()
            }
        )]
    );
    assert_eq!(parsed.notes.len(), 1);
    assert!(
        parsed.notes[0].contains("Windows-1252"),
        "{:?}",
        parsed.notes
    );
}

#[test]
fn a_cut_off_card_is_a_problem_and_the_others_are_kept() {
    let parsed = vcard("truncated.vcf", "ES");
    let names: Vec<(u32, &str)> = parsed
        .contacts
        .iter()
        .map(|c| (c.line, c.customer.full_name.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            (1, "José García"),
            (6, "Zoë Müller"),
            (13, "Siobhán Ní Bhriain")
        ]
    );
    let lines: Vec<u32> = parsed.problems.iter().map(|p| p.line).collect();
    assert_eq!(lines, [10, 18]);
    assert!(parsed.problems[0].message.contains("END:VCARD"));
}

/// A big file is read on several threads; what comes out is still in the
/// order of the file, problems included, with the right line numbers.
#[test]
fn a_big_file_keeps_the_order_of_its_contacts_and_problems() {
    let mut vcf = String::new();
    let mut csv = String::from("Name,Phone\n");
    for i in 0..9_000u32 {
        if i % 1_000 == 999 {
            // Nameless: a problem on its own line.
            vcf.push_str(
                "BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:nameless\r\nX-NOTHING:x\r\nEND:VCARD\r\n",
            );
            csv.push_str(",+1 555 0100000\n");
        } else {
            vcf.push_str(&format!(
                "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i}\r\nTEL:+1 555 01{:05}\r\nEND:VCARD\r\n",
                i
            ));
            csv.push_str(&format!("Person {i},+1 555 01{i:05}\n"));
        }
    }
    let from_vcf = VcardImporter.parse(vcf.as_bytes(), "US").expect("vCard");
    let from_csv = CsvImporter::default()
        .parse(csv.as_bytes(), "US")
        .expect("CSV");
    for (parsed, lines_per_record, first_line) in [(from_vcf, 5, 1), (from_csv, 1, 2)] {
        assert_eq!(parsed.contacts.len(), 8_991);
        let expected: Vec<(u32, String)> = (0..9_000u32)
            .filter(|i| i % 1_000 != 999)
            .map(|i| (first_line + i * lines_per_record, format!("Person {i}")))
            .collect();
        let got: Vec<(u32, String)> = parsed
            .contacts
            .iter()
            .map(|c| (c.line, c.customer.full_name.clone()))
            .collect();
        let first_difference = got.iter().zip(&expected).position(|(g, e)| g != e);
        assert_eq!(first_difference, None, "first out of place");
        assert_eq!(
            parsed.contacts[8_990].customer.phones[0].number,
            "+1 555 0108998"
        );
        let problem_lines: Vec<u32> = parsed.problems.iter().map(|p| p.line).collect();
        let expected: Vec<u32> = (0..9)
            .map(|k| first_line + (k * 1_000 + 999) * lines_per_record)
            .collect();
        assert_eq!(problem_lines, expected);
    }
}

#[test]
fn a_file_that_is_not_a_vcard_is_refused_clearly() {
    let message = file_error(VcardImporter.parse(&fixture("not_a_vcard.vcf"), "US"));
    assert!(message.contains("not a vCard"), "{message}");
    assert!(message.contains("Nothing was imported"), "{message}");
    let message = file_error(VcardImporter.parse(b"", "US"));
    assert!(message.contains("not a vCard"), "{message}");
}

/// 50 MB from a fixed-seed xorshift generator; `printable` keeps every
/// byte in 0x20..0x7F so the binary check cannot short-cut the parser.
fn noise(len: usize, printable: bool) -> Vec<u8> {
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let b = (x >> 24) as u8;
            if printable {
                0x20 + b % 0x5F
            } else {
                b
            }
        })
        .collect()
}

#[test]
fn fifty_megabytes_of_random_bytes_are_refused_as_binary() {
    let bytes = noise(50 * 1024 * 1024, false);
    let message = file_error(VcardImporter.parse(&bytes, "US"));
    assert!(message.contains("binary"), "{message}");
    let message = file_error(CsvImporter::default().parse(&bytes, "US"));
    assert!(message.contains("binary"), "{message}");
}

#[test]
fn fifty_megabytes_of_printable_noise_are_refused_with_a_clear_message() {
    let mut bytes = noise(50 * 1024 * 1024, true);
    for (i, b) in bytes.iter_mut().enumerate() {
        if i % 997 == 0 {
            *b = b'\n';
        }
    }
    let message = file_error(VcardImporter.parse(&bytes, "US"));
    assert!(message.contains("not a vCard"), "{message}");
    let message = file_error(CsvImporter::default().parse(&bytes, "US"));
    assert!(message.contains("name"), "{message}");
}

#[test]
fn files_over_the_size_limit_are_refused_before_parsing() {
    let bytes = vec![b'a'; MAX_FILE_BYTES + 1];
    let message = file_error(VcardImporter.parse(&bytes, "US"));
    assert!(message.contains("100 MB"), "{message}");
}

#[test]
fn files_over_the_record_limit_are_refused() {
    let mut csv = String::from("Name\n");
    let mut vcf = String::new();
    for _ in 0..=MAX_RECORDS {
        csv.push_str("Zoë\n");
        vcf.push_str("BEGIN:VCARD\nFN:Zoë\nEND:VCARD\n");
    }
    let message = file_error(CsvImporter::default().parse(csv.as_bytes(), "US"));
    assert!(message.contains("100000 contacts"), "{message}");
    let message = file_error(VcardImporter.parse(vcf.as_bytes(), "US"));
    assert!(message.contains("100000 contacts"), "{message}");
}

#[test]
fn a_card_with_endless_lines_keeps_twenty_phones_and_says_so() {
    let mut card = String::from("BEGIN:VCARD\nFN:Zoë\n");
    for i in 0..200_000 {
        card.push_str(&format!("TEL:+1 555 010 {:04}\nX-CUSTOM:{i}\n", i % 10_000));
    }
    card.push_str("END:VCARD\n");
    let parsed = VcardImporter.parse(card.as_bytes(), "US").unwrap();
    assert_valid(&parsed, "US");
    assert_eq!(parsed.contacts[0].customer.phones.len(), 20);
    let problems = parsed.contacts[0].problems.join("\n");
    assert!(problems.contains("lines of details"), "{problems}");
}

#[test]
fn a_csv_of_ten_million_empty_fields_is_refused_with_a_clear_message() {
    let mut bytes = vec![b','; 10_000_000];
    let message = file_error(CsvImporter::default().parse(&bytes, "US"));
    assert!(message.contains("empty"), "{message}");
    bytes.splice(0..0, *b"Wert");
    let message = file_error(CsvImporter::default().parse(&bytes, "US"));
    assert!(message.contains("\u{201c}Wert\u{201d}."), "{message}");
}

#[test]
fn a_card_without_fn_is_named_from_n_and_old_mac_line_endings_work() {
    let card = "BEGIN:VCARD\rVERSION:2.1\rN:Ní Bhriain;Siobhán;Ann;Dr.;\rEND:VCARD\r";
    let parsed = VcardImporter.parse(card.as_bytes(), "IE").unwrap();
    assert_eq!(
        parsed.contacts[0].customer.full_name,
        "Siobhán Ann Ní Bhriain"
    );
    let parsed = CsvImporter::default()
        .parse("Name;Phone\rZoë;+44 20 7946 0018\r".as_bytes(), "GB")
        .unwrap();
    assert_eq!(parsed.contacts[0].line, 2);
    assert_eq!(
        parsed.contacts[0].customer.phones[0].number,
        "+44 20 7946 0018"
    );
}

#[test]
fn utf16_files_from_windows_are_read() {
    let text = "\u{feff}BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Müller\r\nEND:VCARD\r\n";
    let bytes: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let parsed = VcardImporter.parse(&bytes, "US").unwrap();
    assert_eq!(parsed.contacts[0].customer.full_name, "Zoë Müller");
}

#[test]
fn over_long_and_unusable_fields_are_shortened_or_left_out_with_a_reason() {
    let long_name = "Ö".repeat(250);
    let many_tels: String = (0..25)
        .map(|i| format!("TEL:+1 555 010 {:04}\r\n", 1000 + i))
        .collect();
    let card = format!(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{long_name}\r\nTEL:not a number\r\n{many_tels}\
         EMAIL:zoe at example\r\nBDAY:2023-02-29\r\nCATEGORIES:{}\r\nEND:VCARD\r\n",
        "t".repeat(45)
    );
    let parsed = VcardImporter.parse(card.as_bytes(), "US").unwrap();
    assert_valid(&parsed, "US");
    let contact = &parsed.contacts[0];
    assert_eq!(contact.customer.full_name.chars().count(), 200);
    assert_eq!(contact.customer.phones.len(), 20);
    assert!(contact.customer.emails.is_empty());
    assert_eq!(contact.customer.birthday, None);
    assert_eq!(contact.customer.tags, ["t".repeat(40)]);
    let problems = contact.problems.join("\n");
    for expected in [
        "name was shortened",
        "at most 20 phone numbers; 5 more were left out",
        "\u{201c}not a number\u{201d}",
        "email address was left out",
        "2023-02-29",
        "tag was shortened",
    ] {
        assert!(
            problems.contains(expected),
            "{expected:?} missing from:\n{problems}"
        );
    }
}

// ------------------------------------------------------------------ CSV --

#[test]
fn google_contacts_csv_with_numbered_columns() {
    let parsed = csv("google_contacts.csv", "US");
    assert_eq!(parsed.problems, []);
    assert_eq!(
        parsed.contacts,
        [
            clean(
                2,
                CustomerInput {
                    full_name: "José García".into(),
                    preferred_name: "Pepe".into(),
                    company: "Panadería García".into(),
                    phones: vec![
                        phone("mobile", "+34 612 34 56 78", true),
                        phone("mobile", "+34 699 00 11 22", false),
                        phone("Shop", "+34 912 34 56 78", false),
                    ],
                    emails: vec![
                        email("home", "jose@example.com", true),
                        email("work", "pedidos@panaderia-garcia.example", false),
                    ],
                    address: "Calle Mayor 1, 28013 Madrid, España".into(),
                    birthday: born(None, 4, 15),
                    tags: strings(&["VIP", "Bakery"]),
                    notes: "Prefers WhatsApp, not calls.\nAllergic to nuts.".into(),
                    ..Default::default()
                }
            ),
            clean(
                6,
                CustomerInput {
                    full_name: "Zoë Müller".into(),
                    phones: vec![
                        phone("work", "+1 555 010 9999", false),
                        phone("mobile", "+1 (555) 010-4477", true),
                    ],
                    address: "1 Market Square, Springfield, IL, 62702, USA".into(),
                    birthday: born(Some(1985), 4, 15),
                    ..Default::default()
                }
            ),
        ]
    );
}

#[test]
fn newer_google_contacts_csv_with_labels() {
    let parsed = csv("google_contacts_new.csv", "IE");
    assert_eq!(parsed.problems, []);
    assert_eq!(
        parsed.contacts,
        [
            clean(
                2,
                CustomerInput {
                    full_name: "Siobhán O'Neill".into(),
                    preferred_name: "Shiv".into(),
                    company: "Galway Crafts Ltd.".into(),
                    phones: vec![
                        phone("mobile", "+353 87 123 4567", true),
                        phone("Studio", "+353 91 555 010", false),
                    ],
                    emails: vec![
                        email("home", "siobhan@example.ie", true),
                        email("work", "siobhan.oneill@work.example", false),
                    ],
                    address: "12 Main Street, Galway H91 X2Y3, Ireland".into(),
                    birthday: born(Some(1979), 11, 3),
                    tags: strings(&["Suppliers", "starred"]),
                    notes: "Met at the craft fair, Galway.".into(),
                    ..Default::default()
                }
            ),
            clean(
                5,
                CustomerInput {
                    full_name: "José Luis Núñez".into(),
                    phones: vec![phone("", "+34 600 11 22 33", true)],
                    birthday: born(None, 11, 3),
                    ..Default::default()
                }
            ),
        ]
    );
}

#[test]
fn outlook_csv_in_windows_1252_with_us_dates() {
    let parsed = csv("outlook.csv", "US");
    assert_eq!(parsed.problems, []);
    assert_eq!(parsed.notes.len(), 1, "read as Windows-1252");
    assert_eq!(
        parsed.contacts[..2],
        [
            clean(
                2,
                CustomerInput {
                    full_name: "José García".into(),
                    company: "Panadería García".into(),
                    phones: vec![
                        phone("mobile", "+34 612 34 56 78", true),
                        phone("work", "+34 912 34 56 78", false),
                        phone("work fax", "+34 913 00 00 00", false),
                    ],
                    emails: vec![email("", "jose@example.com", true)],
                    address: "Calle Mayor 1, 2º izquierda, Madrid, 28013, España".into(),
                    birthday: born(Some(1985), 4, 15),
                    tags: strings(&["VIP", "Bakery"]),
                    notes: "Prefers WhatsApp, not calls.\n\"Allergic\" to nuts.".into(),
                    ..Default::default()
                }
            ),
            clean(
                5,
                CustomerInput {
                    full_name: "Zoë Anne Müller".into(),
                    phones: vec![phone("home", "(555) 010-4477", true)],
                    emails: vec![
                        email("", "zoe@example.org", true),
                        email("", "zoe.mueller@work.example", false),
                    ],
                    address: "Work: 1 Market Square, Springfield, IL, 62702\n\
                              Home: 12 Elm Street, Springfield, IL, 62701"
                        .into(),
                    ..Default::default()
                }
            ),
        ]
    );
    // A company card without a person's name keeps the company as its name.
    let company = &parsed.contacts[2];
    assert_eq!(company.line, 6);
    assert_eq!(company.customer.full_name, "Nameless Supplies");
    assert_eq!(company.customer.phones, []);
    assert_eq!(company.problems.len(), 1);
    assert!(company.problems[0].contains("\u{201c}not known\u{201d}"));
}

#[test]
fn european_semicolon_csv_in_windows_1252_with_day_first_dates() {
    let parsed = csv("european.csv", "DE");
    assert_eq!(parsed.problems, []);
    assert_eq!(parsed.notes.len(), 1);
    assert_eq!(
        parsed.contacts,
        [
            clean(
                2,
                CustomerInput {
                    full_name: "Zoë Müller".into(),
                    company: "Müller & Söhne".into(),
                    phones: vec![
                        phone("", "030 1234567", true),
                        phone("mobile", "0151 23456789", false),
                    ],
                    emails: vec![email("", "zoe@example.de", true)],
                    address: "Hauptstraße 5, Berlin, 10115".into(),
                    birthday: born(Some(1985), 4, 15),
                    tags: strings(&["Stammkunde", "VIP"]),
                    notes: "Mag Kaffee; schwarz, ohne Zucker".into(),
                    ..Default::default()
                }
            ),
            clean(
                3,
                CustomerInput {
                    full_name: "Jürgen Groß".into(),
                    phones: vec![phone("", "089 7654321", true)],
                    birthday: born(None, 11, 3),
                    notes: "Zahlt immer bar – 5 €".into(),
                    ..Default::default()
                }
            ),
        ]
    );
}

#[test]
fn plain_spreadsheet_with_a_bom_and_mistakes_reports_them_by_line() {
    let parsed = csv("spreadsheet.csv", "GB");
    assert_eq!(parsed.notes, Vec::<String>::new());
    assert_eq!(
        parsed.contacts[0],
        clean(
            2,
            CustomerInput {
                full_name: "Siobhán Ní Bhriain".into(),
                phones: vec![phone("", "020 7946 0018", true)],
                emails: vec![email("", "siobhan@example.co.uk", true)],
                birthday: born(Some(1990), 4, 15),
                tags: strings(&["VIP", "Pottery"]),
                notes: "Call after 5".into(),
                ..Default::default()
            }
        )
    );
    assert_eq!(
        parsed.problems,
        [RowProblem {
            line: 3,
            message: "A contact with no name (07700 900123) was left out.".into(),
        }]
    );
    let bad = &parsed.contacts[1];
    assert_eq!(bad.line, 4);
    assert_eq!(
        bad.customer,
        CustomerInput {
            full_name: "José Bad-Data".into(),
            ..Default::default()
        }
    );
    let problems = bad.problems.join("\n");
    assert_eq!(bad.problems.len(), 3, "{problems}");
    for expected in [
        "31/02/1990",
        "\u{201c}call the shop\u{201d}",
        "jose at example",
    ] {
        assert!(
            problems.contains(expected),
            "{expected:?} missing from:\n{problems}"
        );
    }
    // Line 5 is blank and skipped; line 6 has notes over the limit.
    let long = &parsed.contacts[2];
    assert_eq!(
        (long.line, long.customer.full_name.as_str()),
        (6, "Zoë Long")
    );
    assert_eq!(long.customer.notes.chars().count(), MAX_NOTES);
    assert_eq!(
        long.problems,
        ["The notes were shortened to 20000 characters."]
    );
    assert_eq!(parsed.contacts.len(), 3);
}

#[test]
fn a_csv_without_a_name_column_names_the_headers_it_found() {
    let message = file_error(CsvImporter::default().parse(&fixture("unknown_columns.csv"), "DE"));
    assert!(
        message
            .contains("\u{201c}Spalte A\u{201d}, \u{201c}Spalte B\u{201d}, \u{201c}Wert\u{201d}"),
        "{message}"
    );
    assert!(
        message.contains("Choose which column is the name"),
        "{message}"
    );
}

#[test]
fn a_map_chosen_by_the_user_is_used_as_given() {
    let map = ColumnMap {
        full_name: Some(0),
        phones: vec![LabeledColumn {
            column: 1,
            label: "shop".into(),
            label_column: None,
        }],
        notes: Some(2),
        ..Default::default()
    };
    let bytes = "Spalte A,Spalte B,Wert\r\nJosé,030 1234567,x\r\n".as_bytes();
    let parsed = CsvImporter { map: Some(map) }.parse(bytes, "DE").unwrap();
    assert_valid(&parsed, "DE");
    assert_eq!(
        parsed.contacts,
        [clean(
            2,
            CustomerInput {
                full_name: "José".into(),
                phones: vec![phone("shop", "030 1234567", true)],
                notes: "x".into(),
                ..Default::default()
            }
        )]
    );
}

#[test]
fn preview_shows_headers_first_rows_and_the_guess() {
    let preview = preview_headers(&fixture("outlook.csv")).unwrap();
    assert_eq!(preview.headers[1], "First Name");
    assert_eq!(preview.rows.len(), 3);
    assert_eq!(preview.rows[0][1], "José");
    assert_eq!(preview.guess.given_name, Some(1));
    assert_eq!(preview.guess.family_name, Some(3));
    assert!(preview.guess.has_name());
    let preview = preview_headers(&fixture("unknown_columns.csv")).unwrap();
    assert!(!preview.guess.has_name());
}

#[test]
fn an_unclosed_quote_is_a_problem_on_its_line() {
    let bytes = b"Name,Notes\nJos\xc3\xa9,fine\nZo\xc3\xab,\"never closed\nmore\n";
    let parsed = CsvImporter::default().parse(bytes, "US").unwrap();
    assert_eq!(parsed.contacts.len(), 1);
    assert_eq!(parsed.problems.len(), 1);
    assert_eq!(parsed.problems[0].line, 3);
    let message = file_error(CsvImporter::default().parse(b"\"Name,Notes\nx", "US"));
    assert!(message.contains("never closed"), "{message}");
    let message = file_error(CsvImporter::default().parse(b"", "US"));
    assert!(message.contains("empty"), "{message}");
}

// ------------------------------------------------------------ round trip --

/// A tiny vCard 3.0 writer for the round trip: escapes text, writes
/// labels as Apple does (item groups with X-ABLabel) and folds every line
/// at 75 octets, even inside a UTF-8 character, as RFC 6350 allows.
fn write_vcard(c: &CustomerInput, compact_dates: bool, crlf: bool) -> Vec<u8> {
    fn esc(s: &str) -> String {
        s.replace('\\', "\\\\")
            .replace('\n', "\\n")
            .replace(',', "\\,")
            .replace(';', "\\;")
    }
    let mut lines = vec!["BEGIN:VCARD".to_owned(), "VERSION:3.0".to_owned()];
    lines.push(format!("FN:{}", esc(&c.full_name)));
    if !c.preferred_name.is_empty() {
        lines.push(format!("NICKNAME:{}", esc(&c.preferred_name)));
    }
    if !c.company.is_empty() {
        lines.push(format!("ORG:{}", esc(&c.company)));
    }
    let mut item = 0;
    for p in &c.phones {
        item += 1;
        let pref = if p.primary { ";TYPE=pref" } else { "" };
        lines.push(format!("item{item}.TEL{pref}:{}", esc(&p.number)));
        lines.push(format!("item{item}.X-ABLabel:{}", esc(&p.label)));
    }
    for e in &c.emails {
        item += 1;
        let pref = if e.primary {
            ";TYPE=INTERNET,pref"
        } else {
            ";TYPE=INTERNET"
        };
        lines.push(format!("item{item}.EMAIL{pref}:{}", esc(&e.address)));
        lines.push(format!("item{item}.X-ABLabel:{}", esc(&e.label)));
    }
    if !c.address.is_empty() {
        lines.push(format!("ADR:;;{};;;;", esc(&c.address)));
    }
    if let Some(b) = c.birthday {
        let (m, d) = (b.month, b.day);
        lines.push(match (b.year, compact_dates) {
            (Some(y), false) => format!("BDAY:{y:04}-{m:02}-{d:02}"),
            (Some(y), true) => format!("BDAY:{y:04}{m:02}{d:02}"),
            (None, false) => format!("BDAY:--{m:02}-{d:02}"),
            (None, true) => format!("BDAY:--{m:02}{d:02}"),
        });
    }
    if !c.tags.is_empty() {
        let tags: Vec<String> = c.tags.iter().map(|t| esc(t)).collect();
        lines.push(format!("CATEGORIES:{}", tags.join(",")));
    }
    if !c.notes.is_empty() {
        lines.push(format!("NOTE:{}", esc(&c.notes)));
    }
    lines.push("PHOTO;ENCODING=b;TYPE=JPEG:".to_owned() + &"QUJD".repeat(200));
    lines.push("END:VCARD".to_owned());
    let end: &[u8] = if crlf { b"\r\n" } else { b"\n" };
    let mut out = Vec::new();
    for line in lines {
        let bytes = line.as_bytes();
        let mut chunks = bytes.chunks(75);
        out.extend_from_slice(chunks.next().unwrap_or_default());
        for chunk in chunks {
            out.extend_from_slice(end);
            out.push(b' ');
            out.extend_from_slice(chunk);
        }
        out.extend_from_slice(end);
    }
    out
}

/// Text on one line the way the importer keeps it: no runs of spaces.
fn one_line(max: usize) -> impl Strategy<Value = String> {
    proptest::string::string_regex(&format!("\\PC{{0,{max}}}"))
        .unwrap()
        .prop_map(|s| {
            s.split(' ')
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        })
}

/// Text with awkward characters for vCard: separators and escapes.
fn awkward(max: usize) -> impl Strategy<Value = String> {
    prop_oneof![
        one_line(max),
        proptest::string::string_regex(&format!("[a-zA-Zéöü,;:\\\\ ]{{0,{max}}}"))
            .unwrap()
            .prop_map(|s| s
                .split(' ')
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join(" ")),
    ]
}

fn label() -> impl Strategy<Value = String> {
    "([A-Za-zé]{1,10}( [A-Za-z]{1,8})?)?"
        .prop_filter("pref means primary", |l| !l.eq_ignore_ascii_case("pref"))
}

fn customer() -> impl Strategy<Value = CustomerInput> {
    let phones = prop::collection::btree_set((201u32..989, 200u32..999, 0u32..9999), 0..4);
    let emails = prop::collection::btree_set(
        "[a-z]{1,8}(\\.[a-z]{1,5})?@[a-z]{1,8}\\.(com|ie|de|co\\.uk)",
        0..3,
    );
    let birthday = prop::option::of((prop::option::of(1900i32..=2100), 1u8..=12, 1u8..=28));
    let notes = prop::collection::vec(awkward(80), 0..4).prop_map(|l| l.join("\n"));
    (
        (
            awkward(150).prop_filter("a name", |s| !s.trim().is_empty()),
            awkward(60),
            awkward(60),
            awkward(200),
        ),
        (
            phones,
            prop::collection::vec(label(), 4),
            any::<prop::sample::Index>(),
        ),
        (
            emails,
            prop::collection::vec(label(), 3),
            any::<prop::sample::Index>(),
        ),
        (birthday, prop::collection::vec(awkward(30), 0..5), notes),
    )
        .prop_map(
            |(
                (full_name, preferred_name, company, address),
                phones,
                emails,
                (birthday, tags, notes),
            )| {
                let (numbers, phone_labels, phone_primary) = phones;
                let n = numbers.len();
                let phones = numbers
                    .into_iter()
                    .enumerate()
                    .map(|(i, (a, b, c))| PhoneInput {
                        label: phone_labels[i].clone(),
                        number: format!("+1 {a} {b} {c:04}"),
                        primary: n > 0 && i == phone_primary.index(n),
                    })
                    .collect();
                let (addresses, email_labels, email_primary) = emails;
                let n = addresses.len();
                let emails = addresses
                    .into_iter()
                    .enumerate()
                    .map(|(i, address)| EmailInput {
                        label: email_labels[i].clone(),
                        address,
                        primary: n > 0 && i == email_primary.index(n),
                    })
                    .collect();
                let tags = tags
                    .into_iter()
                    .map(|t| t.chars().take(40).collect::<String>().trim().to_owned())
                    .filter(|t| {
                        !t.eq_ignore_ascii_case("myContacts")
                            && !t.eq_ignore_ascii_case("My Contacts")
                    })
                    .collect();
                CustomerInput {
                    full_name,
                    preferred_name,
                    company,
                    address,
                    phones,
                    emails,
                    birthday: birthday.map(|(year, month, day)| Birthday { year, month, day }),
                    tags,
                    notes,
                    ..Default::default()
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_profile_written_as_a_vcard_reads_back_the_same(
        people in prop::collection::vec(customer(), 1..4),
        compact_dates in any::<bool>(),
        crlf in any::<bool>(),
    ) {
        let expected: Vec<CustomerInput> = people
            .iter()
            .map(|c| validate::customer(c, "US").expect("generated within limits").input)
            .collect();
        let file: Vec<u8> = people
            .iter()
            .flat_map(|c| write_vcard(c, compact_dates, crlf))
            .collect();
        let parsed = VcardImporter.parse(&file, "US").unwrap();
        prop_assert_eq!(&parsed.problems, &Vec::<RowProblem>::new());
        prop_assert_eq!(&parsed.notes, &Vec::<String>::new());
        let got: Vec<&CustomerInput> = parsed.contacts.iter().map(|c| &c.customer).collect();
        prop_assert_eq!(got, expected.iter().collect::<Vec<_>>());
        for c in &parsed.contacts {
            prop_assert_eq!(&c.problems, &Vec::<String>::new());
        }
    }
}
