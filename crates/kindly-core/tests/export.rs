//! Exporting the whole notebook as vCard 4.0 and CSV: what another program
//! (or a spreadsheet) sees, and that Kindly's own importers read the files
//! back as exactly the customers that were exported. And one customer's
//! record as plain text.

mod common;

use common::{notebook, person};
use kindly_core::fold::fold;
use kindly_core::import::{CsvImporter, Importer, Parsed, RowProblem, VcardImporter};
use kindly_core::validate::{MAX_ITEM, MAX_NOTES};
use kindly_core::*;
use proptest::prelude::*;

// ------------------------------------------------------------- helpers --

fn vcard_of(nb: &Notebook) -> (String, u32) {
    let mut out = Vec::new();
    let count = nb.export_vcard(&mut out).unwrap();
    (String::from_utf8(out).expect("UTF-8"), count)
}

fn csv_of(nb: &Notebook) -> (Vec<u8>, u32) {
    let mut out = Vec::new();
    let count = nb.export_csv(&mut out).unwrap();
    (out, count)
}

/// The stored profiles of `ids`, in the order the exports write them: by
/// full name (folded, then as written), then id.
fn in_export_order(nb: &Notebook, ids: &[String]) -> Vec<CustomerInput> {
    let mut customers: Vec<Customer> = ids.iter().map(|id| nb.customer(id).unwrap()).collect();
    customers.sort_by(|a, b| {
        (fold(&a.full_name), &a.full_name, &a.id).cmp(&(fold(&b.full_name), &b.full_name, &b.id))
    });
    customers.iter().map(Customer::to_input).collect()
}

/// The imported customers, checking nothing was left out on the way.
fn imported(parsed: &Parsed) -> Vec<CustomerInput> {
    assert_eq!(parsed.problems, Vec::<RowProblem>::new());
    assert_eq!(parsed.notes, Vec::<String>::new());
    for c in &parsed.contacts {
        assert_eq!(c.problems, Vec::<String>::new(), "line {}", c.line);
    }
    parsed.contacts.iter().map(|c| c.customer.clone()).collect()
}

/// Checks the physical form of a vCard export and returns how many cards
/// the independent `ical` parser read from it.
fn check_vcard_form(vcf: &str) -> usize {
    assert!(vcf.ends_with("\r\n"), "the file ends with CRLF");
    for line in vcf.split_inclusive('\n') {
        assert!(line.ends_with("\r\n"), "line not ended by CRLF: {line:?}");
        let content = &line[..line.len() - 2];
        assert!(!content.contains('\r'), "a bare CR: {line:?}");
        assert!(content.len() <= 75, "{} octets: {content:?}", content.len());
    }
    let cards: Vec<_> = ical::VcardParser::new(vcf.as_bytes())
        .map(|card| card.expect("ical parses every card"))
        .collect();
    for card in &cards {
        let value = |name: &str| {
            card.properties
                .iter()
                .find(|p| p.name == name)
                .and_then(|p| p.value.clone())
        };
        assert_eq!(value("VERSION").as_deref(), Some("4.0"));
        assert!(value("FN").is_some_and(|n| !n.is_empty()));
        assert!(value("UID").is_some_and(|u| u.starts_with("urn:uuid:")));
    }
    cards.len()
}

/// An independent reading of RFC 4180: rows of cells, quotes undone.
fn csv_cells(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "CR without LF ends a row");
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, '\n') => panic!("a row ended by LF alone"),
            (false, c) => cell.push(c),
        }
    }
    assert!(
        cell.is_empty() && row.is_empty(),
        "the last row ends in CRLF"
    );
    rows
}

// ---------------------------------------------------------- strategies --

/// One line of text with what trips up exporters: separators, quotes,
/// backslashes, accents, emoji, and (sometimes) a start a spreadsheet would
/// run as a formula. Runs of spaces are single, as the importers keep them.
fn line(max: usize) -> impl Strategy<Value = String> {
    let body = prop_oneof![
        proptest::string::string_regex(&format!("\\PC{{0,{max}}}")).unwrap(),
        proptest::string::string_regex(&format!("[a-zA-Zéöüñ😀👍🏽,;:\\\\\"'=+@* -]{{0,{max}}}"))
            .unwrap(),
    ];
    let start = prop_oneof![
        4 => Just(""),
        1 => Just("="),
        1 => Just("+"),
        1 => Just("-"),
        1 => Just("@"),
        1 => Just("'"),
        1 => Just("'="),
    ];
    (start, body).prop_map(move |(start, body)| {
        let text = format!("{start}{body}");
        let single = text
            .split(' ')
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        single.chars().take(max).collect()
    })
}

/// Text of several lines.
fn lines(line_max: usize, count: std::ops::Range<usize>) -> impl Strategy<Value = String> {
    prop::collection::vec(line(line_max), count).prop_map(|l| l.join("\n"))
}

/// Text of exactly `len` characters (before trimming) made by repeating
/// `chunk`: long values near a limit without generating them whole.
fn repeated(chunk: String, separator: &str, len: usize) -> String {
    let chunk = if chunk.trim().is_empty() {
        "Zoë, 😀; \"x\"".to_owned()
    } else {
        chunk
    };
    let mut out = String::new();
    while out.chars().count() < len {
        out.push_str(&chunk);
        out.push_str(separator);
    }
    out.chars().take(len).collect()
}

fn notes() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => lines(80, 0..4),
        1 => (line(80), (MAX_NOTES - 50)..=MAX_NOTES)
            .prop_map(|(chunk, len)| repeated(chunk, "\n", len)),
    ]
}

fn item() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => line(60),
        1 => (line(60), (MAX_ITEM - 20)..=MAX_ITEM)
            .prop_map(|(chunk, len)| repeated(chunk, " ", len)
                .split(' ')
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join(" ")),
    ]
}

/// Labels as people type them: the standard ones in the form's words,
/// others in any case, and free text.
fn label() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        prop::sample::select(vec![
            "mobile",
            "home",
            "work",
            "fax",
            "home fax",
            "work fax",
            "pager",
            "main",
            "other",
            "Mobile",
            "cell",
            "voice",
            "Shop",
            "iPhone",
            "*shop",
            "\\x",
            "Mum's landline",
        ])
        .prop_map(str::to_owned),
        line(40),
    ]
    .prop_filter(
        "vCard readers take pref and Apple's _$!<...>!$_ as markers",
        |l| !l.eq_ignore_ascii_case("pref") && !l.starts_with("_$!<"),
    )
}

fn phones() -> impl Strategy<Value = Vec<PhoneInput>> {
    prop::collection::btree_set((201u32..989, 200u32..999, 0u32..9999), 0..5).prop_flat_map(
        |numbers| {
            let n = numbers.len();
            (
                Just(numbers),
                prop::collection::vec((label(), 0..3usize), n),
                0..n.max(1),
            )
                .prop_map(|(numbers, looks, primary)| {
                    numbers
                        .into_iter()
                        .zip(looks)
                        .enumerate()
                        .map(|(i, ((a, b, c), (label, form)))| PhoneInput {
                            label,
                            number: match form {
                                0 => format!("+1 {a} {b} {c:04}"),
                                1 => format!("({a}) {b}-{c:04}"),
                                _ => format!("{a}.{b}.{c:04}"),
                            },
                            primary: i == primary,
                        })
                        .collect()
                })
        },
    )
}

fn emails() -> impl Strategy<Value = Vec<EmailInput>> {
    prop::collection::btree_set(
        "[=+-]?[a-z]{1,8}(\\.[a-z]{1,5})?@[a-z]{1,8}\\.(com|ie|de|co\\.uk)",
        0..4,
    )
    .prop_flat_map(|addresses| {
        let n = addresses.len();
        (
            Just(addresses),
            prop::collection::vec(label(), n),
            0..n.max(1),
        )
            .prop_map(|(addresses, labels, primary)| {
                addresses
                    .into_iter()
                    .zip(labels)
                    .enumerate()
                    .map(|(i, (address, label))| EmailInput {
                        label,
                        address,
                        primary: i == primary,
                    })
                    .collect()
            })
    })
}

fn birthday() -> impl Strategy<Value = Option<Birthday>> {
    prop::option::of(
        (prop::option::of(1900i32..=2100), 1u8..=12, 1u8..=31).prop_filter_map(
            "a real date",
            |(year, month, day)| {
                let leap = year.is_none_or(|y| y % 4 == 0 && (y % 100 != 0 || y % 400 == 0));
                let days = match month {
                    4 | 6 | 9 | 11 => 30,
                    2 if leap => 29,
                    2 => 28,
                    _ => 31,
                };
                (day <= days).then_some(Birthday { year, month, day })
            },
        ),
    )
}

fn channel() -> impl Strategy<Value = ContactChannel> {
    prop::sample::select(vec![
        ContactChannel::NoPreference,
        ContactChannel::Phone,
        ContactChannel::TextMessage,
        ContactChannel::Email,
        ContactChannel::Post,
        ContactChannel::InPerson,
    ])
}

fn stay_in_touch() -> impl Strategy<Value = Option<StayInTouch>> {
    prop::option::of(
        (1u32..=1830, 0u32..=1830).prop_map(|(ideal, extra)| StayInTouch {
            ideal_days: ideal,
            longest_days: (ideal + extra).min(1830),
        }),
    )
}

fn tags() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(line(40), 0..5).prop_map(|tags| {
        tags.into_iter()
            .map(|t| t.trim().to_owned())
            .filter(|t| {
                let bare = t.trim_start_matches('*').trim();
                // Google's system group, which vCard readers drop.
                !bare.eq_ignore_ascii_case("myContacts")
                    && !bare.eq_ignore_ascii_case("My Contacts")
            })
            .collect()
    })
}

fn customer() -> impl Strategy<Value = CustomerInput> {
    (
        (
            line(150).prop_filter("a name", |n| !n.trim().is_empty()),
            line(60),
            line(60),
            line(40),
            line(120),
        ),
        (phones(), emails()),
        (
            prop_oneof![line(200), lines(60, 2..5)],
            birthday(),
            tags(),
            notes(),
        ),
        (
            channel(),
            line(60),
            line(60),
            stay_in_touch(),
            prop_oneof![Just(""), Just("fr"), Just("pt-BR"), Just("zh-Hant-TW")],
        ),
        (
            prop::collection::vec(item(), 0..4),
            prop::collection::vec(item(), 0..4),
            prop::collection::vec(item(), 0..4),
        ),
    )
        .prop_map(
            |(
                (full_name, preferred_name, pronunciation, pronouns, company),
                (phones, emails),
                (address, birthday, tags, notes),
                (contact_channel, best_time, looked_after_by, stay_in_touch, language),
                (dont, preferences, remember),
            )| CustomerInput {
                full_name,
                preferred_name,
                pronunciation,
                pronouns,
                company,
                phones,
                emails,
                address,
                birthday,
                contact_channel,
                best_time,
                language: language.to_owned(),
                dont,
                preferences,
                remember,
                tags,
                notes,
                looked_after_by,
                stay_in_touch,
            },
        )
}

/// Empties `nb`, then saves `people` and one more customer in Trash; the
/// ids of `people`.
fn holding(nb: &mut Notebook, people: &[CustomerInput]) -> Vec<String> {
    common::forget_everyone(nb);
    let ids = people
        .iter()
        .map(|p| {
            nb.create_customer(p)
                .unwrap_or_else(|e| panic!("{e} in {p:?}"))
                .id
        })
        .collect();
    let trashed = nb.create_customer(&person("Tess Trashed")).unwrap().id;
    nb.trash_customer(&trashed).unwrap();
    ids
}

// -------------------------------------------------------------- vCard --

// One notebook for every case (a team notebook costs a database each).

#[test]
fn every_customer_exported_as_vcard_imports_back_the_same() {
    let people = prop::collection::vec(customer(), 1..4);
    let (_place, nb) = common::stored_notebook();
    common::props::check(64, file!(), people, nb, |nb, people| {
        let ids = holding(nb, &people);
        let (vcf, count) = vcard_of(nb);
        prop_assert_eq!(count as usize, people.len(), "Trash is not exported");
        prop_assert_eq!(check_vcard_form(&vcf), people.len());
        let parsed = VcardImporter.parse(vcf.as_bytes(), "US").unwrap();
        prop_assert_eq!(imported(&parsed), in_export_order(nb, &ids));
        Ok(())
    });
}

#[test]
fn every_customer_exported_as_csv_imports_back_the_same() {
    let people = prop::collection::vec(customer(), 1..4);
    let (_place, nb) = common::stored_notebook();
    common::props::check(64, file!(), people, nb, |nb, people| {
        let ids = holding(nb, &people);
        let (csv, count) = csv_of(nb);
        prop_assert_eq!(count as usize, people.len(), "Trash is not exported");
        let text = std::str::from_utf8(&csv).unwrap();
        let rows = csv_cells(text.strip_prefix('\u{feff}').expect("a byte-order mark"));
        prop_assert_eq!(rows.len(), people.len() + 1);
        for row in &rows {
            prop_assert_eq!(row.len(), rows[0].len(), "every row as wide as the header");
            for cell in row {
                prop_assert!(
                    !cell.starts_with(['=', '+', '-', '@']),
                    "formula: {:?}",
                    cell
                );
            }
        }
        let parsed = CsvImporter::default().parse(&csv, "US").unwrap();
        prop_assert_eq!(imported(&parsed), in_export_order(nb, &ids));
        Ok(())
    });
}

#[test]
fn a_vcard_export_is_valid_for_another_program() {
    let mut nb = notebook();
    let mut zoe = person("Zoë Müller-Łukasiewicz");
    zoe.preferred_name = "Zo, \"the baker\"".into();
    zoe.company = "Müller & Söhne; Bäckerei".into();
    zoe.notes = "Line one 😀\nSemi; colon, comma \\ backslash\n".repeat(400);
    zoe.phones = vec![
        PhoneInput {
            label: "mobile".into(),
            number: "+1 201 555 0123".into(),
            primary: false,
        },
        PhoneInput {
            label: "shop".into(),
            number: "(201) 555-0199".into(),
            primary: true,
        },
    ];
    zoe.tags = vec!["VIP".into(), "a,b".into()];
    zoe.birthday = Some(Birthday {
        year: None,
        month: 2,
        day: 29,
    });
    zoe.address = "12 Elm Street\nSpringfield, IL".into();
    zoe.dont = vec!["call before 10".into()];
    zoe.stay_in_touch = Some(StayInTouch {
        ideal_days: 14,
        longest_days: 30,
    });
    nb.create_customer(&zoe).unwrap();
    nb.create_customer(&person("Ana")).unwrap();
    let (vcf, count) = vcard_of(&nb);
    assert_eq!(count, 2);
    assert_eq!(check_vcard_form(&vcf), 2);
    let unfolded = vcf.replace("\r\n ", "");
    for expected in [
        "TEL;TYPE=cell:+1 201 555 0123",
        "item1.TEL;PREF=1:(201) 555-0199",
        "item1.X-ABLabel:shop",
        "N:Müller-Łukasiewicz;Zoë;;;",
        "NICKNAME:Zo\\, \"the baker\"",
        "ORG:Müller & Söhne\\; Bäckerei",
        "CATEGORIES:VIP,a\\,b",
        "BDAY:--0229",
        "ADR:;;12 Elm Street\\nSpringfield\\, IL;;;;",
        "X-KINDLY-DONT:call before 10",
        "X-KINDLY-STAY-IN-TOUCH-IDEAL-DAYS:14",
    ] {
        assert!(
            unfolded.contains(&format!("\r\n{expected}\r\n")),
            "{expected}"
        );
    }
}

#[test]
fn the_export_lists_live_customers_by_name() {
    let mut nb = notebook();
    for name in ["Zoë Adams", "adam Zed", "Émile Brun", "Trashed Tom"] {
        nb.create_customer(&person(name)).unwrap();
    }
    let tom = nb.search("Trashed Tom", 1).unwrap().remove(0).id;
    nb.trash_customer(&tom).unwrap();
    let (vcf, _) = vcard_of(&nb);
    let names: Vec<String> = imported(&VcardImporter.parse(vcf.as_bytes(), "US").unwrap())
        .into_iter()
        .map(|c| c.full_name)
        .collect();
    assert_eq!(names, ["adam Zed", "Émile Brun", "Zoë Adams"]);
    let (csv, count) = csv_of(&nb);
    assert_eq!(count, 3);
    let names: Vec<String> = imported(&CsvImporter::default().parse(&csv, "US").unwrap())
        .into_iter()
        .map(|c| c.full_name)
        .collect();
    assert_eq!(names, ["adam Zed", "Émile Brun", "Zoë Adams"]);
}

// ---------------------------------------------------------------- CSV --

#[test]
fn a_formula_looking_value_opens_as_text() {
    let mut nb = notebook();
    let mut input = person("=HYPERLINK(\"http://example.com\",\"Click\")");
    input.phones = vec![PhoneInput {
        label: "mobile".into(),
        number: "+1 201 555 0123".into(),
        primary: true,
    }];
    input.notes = "@SUM(A1:A9)".into();
    input.company = "-2+3".into();
    input.preferred_name = "'=quoted".into();
    nb.create_customer(&input).unwrap();
    let (csv, _) = csv_of(&nb);
    let text = String::from_utf8(csv.clone()).unwrap();
    let rows = csv_cells(text.strip_prefix('\u{feff}').unwrap());
    let header = &rows[0];
    let cell = |name: &str| {
        let at = header.iter().position(|h| h == name).unwrap();
        rows[1][at].clone()
    };
    assert_eq!(
        cell("Name"),
        "'=HYPERLINK(\"http://example.com\",\"Click\")"
    );
    assert_eq!(cell("Phone 1 - Value"), "'+1 201 555 0123");
    assert_eq!(cell("Phone 1 - Label"), "* mobile");
    assert_eq!(cell("Notes"), "'@SUM(A1:A9)");
    assert_eq!(cell("Company"), "'-2+3");
    assert_eq!(cell("Preferred name"), "''=quoted");
    let back = imported(&CsvImporter::default().parse(&csv, "US").unwrap());
    assert_eq!(back[0].full_name, input.full_name);
    assert_eq!(back[0].phones[0].number, "+1 201 555 0123");
    assert_eq!(back[0].notes, "@SUM(A1:A9)");
    assert_eq!(back[0].company, "-2+3");
    assert_eq!(back[0].preferred_name, "'=quoted");
}

#[test]
fn the_csv_header_names_every_column_in_plain_english() {
    let mut nb = notebook();
    let mut input = person("Ana");
    input.emails = vec![
        common::email("ana@example.com"),
        common::email("ana@work.example"),
    ];
    nb.create_customer(&input).unwrap();
    let (csv, _) = csv_of(&nb);
    let text = String::from_utf8(csv).unwrap();
    let header = text
        .strip_prefix('\u{feff}')
        .unwrap()
        .split("\r\n")
        .next()
        .unwrap()
        .to_owned();
    assert_eq!(
        header,
        "Kindly ID,Name,Preferred name,Pronunciation,Pronouns,Company,\
         Phone 1 - Label,Phone 1 - Value,\
         Email 1 - Label,Email 1 - Value,Email 2 - Label,Email 2 - Value,\
         Address,Birthday,Tags,Notes,Best way to reach them,Best time,\
         Please don't,Preferences,Always remember,Looked after by,\
         Stay in touch - ideal days,Stay in touch - longest days,Language"
    );
}

#[test]
fn a_hand_edited_export_still_imports_and_says_what_was_left_out() {
    let vcf = format!(
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ana\r\n\
         X-KINDLY-CONTACT-CHANNEL:carrier pigeon\r\n\
         X-KINDLY-STAY-IN-TOUCH-IDEAL-DAYS:0\r\n\
         X-KINDLY-STAY-IN-TOUCH-LONGEST-DAYS:10\r\n\
         X-KINDLY-DONT:{}\r\n\
         X-KINDLY-PRONOUNS:she/her\r\n\
         END:VCARD\r\n",
        "x".repeat(MAX_ITEM + 10)
    );
    let parsed = VcardImporter.parse(vcf.as_bytes(), "US").unwrap();
    assert_eq!(parsed.problems, []);
    let ana = &parsed.contacts[0];
    assert_eq!(ana.customer.pronouns, "she/her");
    assert_eq!(ana.customer.contact_channel, ContactChannel::NoPreference);
    assert_eq!(ana.customer.stay_in_touch, None);
    assert_eq!(ana.customer.dont, ["x".repeat(MAX_ITEM)]);
    assert_eq!(ana.problems.len(), 3, "{:?}", ana.problems);

    let csv = "Kindly ID,Name,Best way to reach them,Stay in touch - ideal days,Stay in touch - longest days\r\n\
               x,Ben,carrier pigeon,7,soon\r\n";
    let parsed = CsvImporter::default().parse(csv.as_bytes(), "US").unwrap();
    let ben = &parsed.contacts[0];
    assert_eq!(ben.customer.full_name, "Ben");
    assert_eq!(ben.customer.stay_in_touch, None);
    assert_eq!(ben.problems.len(), 2, "{:?}", ben.problems);
}

// --------------------------------------------------------------- files --

#[test]
fn exporting_to_a_file_replaces_it_whole() {
    let mut nb = notebook();
    nb.create_customer(&person("Ana")).unwrap();
    nb.create_customer(&person("Ben")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let vcf = dir.path().join("customers.vcf");
    let csv = dir.path().join("customers.csv");
    std::fs::write(&vcf, "an older, longer export ".repeat(1000)).unwrap();
    assert_eq!(nb.export_vcard_to(&vcf).unwrap(), 2);
    assert_eq!(nb.export_csv_to(&csv).unwrap(), 2);
    let mut in_memory = Vec::new();
    nb.export_vcard(&mut in_memory).unwrap();
    assert_eq!(std::fs::read(&vcf).unwrap(), in_memory);
    let mut in_memory = Vec::new();
    nb.export_csv(&mut in_memory).unwrap();
    assert_eq!(std::fs::read(&csv).unwrap(), in_memory);
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        ["customers.csv", "customers.vcf"],
        "no partial files"
    );

    let nowhere = dir.path().join("no such folder").join("customers.vcf");
    assert!(matches!(nb.export_vcard_to(&nowhere), Err(Error::Io(_))));
    assert!(!nowhere.exists());
}

/// A writer that fails, like a full disk.
struct Full;

impl std::io::Write for Full {
    fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
        Err(std::io::Error::other("disk full"))
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn a_failed_write_is_a_storage_error() {
    let mut nb = notebook();
    nb.create_customer(&person("Ana")).unwrap();
    let err = nb.export_vcard(&mut Full).unwrap_err();
    assert!(matches!(err, Error::Io(_)), "{err:?}");
    assert_eq!(err.code(), ErrorCode::Storage);
    assert!(matches!(nb.export_csv(&mut Full), Err(Error::Io(_))));
}

// ---------------------------------------------------------- text record --

#[test]
fn the_text_record_holds_what_a_customer_asked_for() {
    let mut nb = notebook();
    let mut input = person("Rosalind Quimby");
    input.preferred_name = "Roz".into();
    input.dont = vec!["Never call before 10am".into()];
    input.notes = "Likes the window seat.\nAllergic to nuts.".into();
    input.phones = vec![common::phone("+1 201 555 0142")];
    let roz = nb.create_customer(&input).unwrap().id;
    let call = |summary: &str| ConversationInput {
        customer_id: roz.clone(),
        channel: Channel::CallIn,
        happened_at: None,
        staff: "Ana".into(),
        summary: summary.into(),
        mood: Some(Mood::Worried),
        issue_id: None,
        follow_up: None,
    };
    nb.log_conversation(&call("Asked about the wedding cake tasting"))
        .unwrap();
    let gone = nb
        .log_conversation(&call("Gave us her card details"))
        .unwrap();
    nb.trash_entry(&gone.id).unwrap();
    let issue = nb
        .open_issue(&IssueInput {
            customer_id: roz.clone(),
            title: "Cake arrived late".into(),
            own_words: "It came an hour after the speeches".into(),
            staff: "Ana".into(),
            ..Default::default()
        })
        .unwrap();
    nb.move_issue(
        &issue.id,
        nb.issue(&issue.id).unwrap().version,
        &IssueMove {
            to: IssueState::Resolved,
            staff: "Ben".into(),
            note: "Refunded the delivery charge in full".into(),
            waiting_on: None,
            mood: Some(Mood::Pleased),
            check_in: None,
        },
    )
    .unwrap();

    let text = nb.customer_record(&roz).unwrap().to_text();
    for expected in [
        "Everything Kindly holds on Rosalind Quimby",
        "Times are in UTC",
        "What they like to be called: Roz",
        "Please don't: Never call before 10am",
        "Phone (mobile, main): +1 201 555 0142",
        "  Likes the window seat.\n  Allergic to nuts.",
        "Asked about the wedding cake tasting",
        "Cake arrived late (resolved",
        "In their words: It came an hour after the speeches",
        "moved from open to resolved by Ben, they seemed pleased: Refunded the delivery charge in full",
    ] {
        assert!(text.contains(expected), "{expected:?} missing from:\n{text}");
    }
    let lines: Vec<&str> = text.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.contains("Gave us her card details"))
        .expect("what is in Trash is still listed");
    assert_eq!(
        lines[at + 1].trim(),
        "(deleted, still held until Trash is emptied)"
    );
    let kept = lines
        .iter()
        .position(|l| l.contains("Asked about the wedding cake tasting"))
        .unwrap();
    assert!(!lines[kept + 1].contains("deleted"), "{}", lines[kept + 1]);

    nb.set_time_zone("Europe/London").unwrap();
    let local = nb.customer_record_text(&roz).unwrap();
    assert!(local.contains("Times are in Europe/London"), "{local}");
}

// ------------------------------------------- one moment of the notebook --

/// A place to export into that, as the first bytes arrive, lets another
/// program change the notebook file (`meanwhile`).
struct Interrupted<F: FnMut()> {
    written: Vec<u8>,
    meanwhile: Option<F>,
}

impl<F: FnMut()> std::io::Write for Interrupted<F> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if let Some(mut meanwhile) = self.meanwhile.take() {
            meanwhile();
        }
        self.written.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn an_export_is_one_moment_of_the_notebook_while_another_program_edits_it() {
    type Export = fn(&Notebook, &mut dyn std::io::Write) -> Result<u32>;
    let exports: [(&str, Export); 2] = [
        ("vCard", Notebook::export_vcard),
        ("CSV", Notebook::export_csv),
    ];
    for (format, export) in exports {
        let place = common::Place::new();
        let mut nb = place.open();
        nb.create_customer(&person("Ana Alves")).unwrap();
        let bo = nb.create_customer(&person("Bo Berg")).unwrap();
        let mut other = place.open();
        let mut out = Interrupted {
            written: Vec::new(),
            // While Ana (first by name) is being written, Bo is renamed.
            meanwhile: Some(|| {
                let mut renamed = other.customer(&bo.id).unwrap().to_input();
                renamed.full_name = "Bo Renamed".into();
                other
                    .update_customer(&bo.id, other.customer(&bo.id).unwrap().version, &renamed)
                    .unwrap();
            }),
        };

        assert_eq!(export(&nb, &mut out).unwrap(), 2, "{format}");

        let file = String::from_utf8(out.written).unwrap();
        assert!(file.contains("Bo Berg"), "{format}: {file}");
        assert!(!file.contains("Bo Renamed"), "{format}: {file}");
        assert_eq!(nb.customer(&bo.id).unwrap().full_name, "Bo Renamed");
    }
}

/// A customer with something in every part of the record: fields, a
/// conversation in Trash, an issue that waited on them, promises kept and
/// moved, a follow-up every two weeks. Returns their id.
fn a_full_record(nb: &mut Notebook) -> String {
    let mut input = person("Rosalind Quimby");
    input.preferred_name = "Roz".into();
    input.pronouns = "she/her".into();
    input.pronunciation = "ROZZ".into();
    input.address = "1 Mill Lane\nHoboken".into();
    input.best_time = "Mornings".into();
    input.remember = vec!["Her dog is called Biscuit".into()];
    input.tags = vec!["wedding".into(), "regular".into()];
    input.looked_after_by = "Ana".into();
    input.company = "Quimby Bakes".into();
    input.dont = vec!["Never call before 10am".into()];
    input.preferences = vec!["The window seat".into()];
    input.notes = "Likes the window seat.\nAllergic to nuts.".into();
    input.phones = vec![PhoneInput {
        primary: true,
        ..common::phone("+1 201 555 0142")
    }];
    input.emails = vec![common::email("roz@example.com")];
    input.birthday = Some(Birthday {
        year: Some(1970),
        month: 12,
        day: 3,
    });
    input.contact_channel = ContactChannel::Email;
    input.language = "de".into();
    input.stay_in_touch = Some(StayInTouch {
        ideal_days: 1,
        longest_days: 1830,
    });
    let roz = nb.create_customer(&input).unwrap().id;
    let talk = |summary: &str| ConversationInput {
        customer_id: roz.clone(),
        channel: Channel::CallIn,
        happened_at: None,
        staff: "Ana".into(),
        summary: summary.into(),
        mood: Some(Mood::Worried),
        issue_id: None,
        follow_up: None,
    };
    nb.log_conversation(&talk("Asked about the tasting"))
        .unwrap();
    let gone = nb
        .log_conversation(&talk("Gave us her card details"))
        .unwrap();
    nb.trash_entry(&gone.id).unwrap();
    let issue = nb
        .open_issue(&IssueInput {
            customer_id: roz.clone(),
            title: "Cake arrived late".into(),
            own_words: "It came after the speeches".into(),
            root_cause: "The van broke down".into(),
            categories: vec!["delivery".into(), "cakes".into()],
            handler: "Ben".into(),
            mood_at_start: Some(Mood::Upset),
            staff: "Ana".into(),
        })
        .unwrap();
    nb.log_conversation(&ConversationInput {
        issue_id: Some(issue.id.clone()),
        channel: Channel::Visit,
        mood: None,
        staff: String::new(),
        ..talk("Came in to talk it over")
    })
    .unwrap();
    let waiting = IssueMove {
        to: IssueState::Waiting,
        staff: "Ben".into(),
        note: "Asked for a photo\nof the receipt".into(),
        waiting_on: Some(WaitingOn::Customer),
        mood: Some(Mood::Upset),
        check_in: None,
    };
    nb.move_issue(&issue.id, issue.version, &waiting).unwrap();
    let promise = |what: &str, due_at| PromiseInput {
        customer_id: roz.clone(),
        issue_id: None,
        what: what.into(),
        due_at,
        promised_by: "Ana".into(),
    };
    let kept = nb.make_promise(&promise("Refund the delivery", 1)).unwrap();
    nb.settle_promise(
        &kept.id,
        kept.version,
        &PromiseOutcome::Kept {
            staff: "Ben".into(),
            note: String::new(),
        },
    )
    .unwrap();
    let late = nb
        .make_promise(&promise("Call the baker and ask why", 1))
        .unwrap();
    let broken = nb.make_promise(&promise("Bring flowers", 1)).unwrap();
    nb.settle_promise(
        &broken.id,
        broken.version,
        &PromiseOutcome::Broken {
            staff: String::new(),
            note: "Out of stock".into(),
        },
    )
    .unwrap();
    let _ = late;
    let far = 4_102_444_800_000; // 2100-01-01
    let moved = nb.make_promise(&promise("Send the recipe", far)).unwrap();
    nb.settle_promise(
        &moved.id,
        moved.version,
        &PromiseOutcome::Renegotiated {
            staff: String::new(),
            note: "She is away".into(),
            new_due_at: far + 86_400_000,
        },
    )
    .unwrap();
    nb.add_follow_up(&FollowUpInput {
        customer_id: roz.clone(),
        about_id: None,
        action: FollowUpAction::CheckIn,
        date: "2099-03-01".into(),
        time: Some("09:30".into()),
        repeat: Some("FREQ=WEEKLY;INTERVAL=2".into()),
        assignee: "Ana".into(),
        note: "Ask about the shop".into(),
        staff: "Ana".into(),
    })
    .unwrap();
    nb.add_follow_up(&FollowUpInput {
        customer_id: roz.clone(),
        about_id: Some(issue.id),
        action: FollowUpAction::CallBack,
        date: "2099-04-01".into(),
        time: None,
        repeat: Some("FREQ=MONTHLY;BYDAY=MO".into()),
        assignee: String::new(),
        note: String::new(),
        staff: "Ana".into(),
    })
    .unwrap();
    nb.add_follow_up(&FollowUpInput {
        customer_id: roz.clone(),
        about_id: None,
        action: FollowUpAction::SendCard,
        date: "2099-05-01".into(),
        time: None,
        repeat: None,
        assignee: String::new(),
        note: String::new(),
        staff: "Ana".into(),
    })
    .unwrap();
    roz
}

#[test]
fn a_record_asked_for_in_french_reads_in_french() {
    let mut nb = notebook();
    let roz = a_full_record(&mut nb);
    nb.trash_customer(&roz).unwrap();
    let record = nb.customer_record(&roz).unwrap();
    let utc = schedule::TimeCtx::fallback();
    let text = record.to_text_in_language("fr", &utc);
    for line in [
        "Tout ce que Kindly conserve sur Rosalind Quimby\n",
        "Les heures sont celles du fuseau UTC.\n",
        "(supprimé, conservé jusqu’à ce que la corbeille soit vidée).\n",
        "\nProfil\n------\n",
        "Comment l’appeler\u{a0}: Roz\n",
        "Téléphone (mobile, principal)\u{a0}: +1 201 555 0142\n",
        "Adresse postale\u{a0}:\n  1 Mill Lane\n  Hoboken\n",
        "Anniversaire\u{a0}: 3 décembre 1970\n",
        "Meilleur moyen de le joindre\u{a0}: e-mail\n",
        "Langue préférée\u{a0}: allemand\n",
        // A plural each way: one day, many days.
        "Garder le contact\u{a0}: idéalement chaque jour, et jamais plus de 1830 jours d’écart\n",
        "\nÉchanges (3)\n------------\n",
        ", appel reçu (Ana), semblait inquiet\n",
        "  À propos de la demande\u{a0}: Cake arrived late\n",
        "\nDemandes (1)\n------------\n",
        "Cake arrived late (en attente du client, ouverte le 2026-11-22 09:00)\n",
        "passée de «\u{a0}ouverte\u{a0}» à «\u{a0}en attente du client\u{a0}» par Ben, semblait contrarié\u{a0}:\n      Asked for a photo\n",
        "Call the baker and ask why (en cours, en retard, pour le 1970-01-01 00:00)\n",
        "  Promis par Ana le 2026-11-22 09:00\n",
        " promesse faite par Ana\n",
        " non tenue\u{a0}: Out of stock\n",
        "échéance déplacée du 2100-01-01 00:00 au 2100-01-02 00:00\u{a0}: She is away\n",
        "\nSuivis (4)\n----------\n",
        "Prendre des nouvelles, toutes les 2 semaines, à partir du 2099-03-01 à 09:30\n",
        "Carte d’anniversaire, chaque année, à partir du",
        "Rappeler, répétition (FREQ=MONTHLY;BYDAY=MO), à partir du 2099-04-01\n",
        "  À propos de\u{a0}: Cake arrived late\n",
        "Envoyer une carte le 2099-05-01\n",
        "  Prochaine échéance le 2099-05-01 09:00\n",
    ] {
        assert!(text.contains(line), "{line:?} missing from:\n{text}");
    }
    assert!(!text.contains("deleted"), "{text}");

    // The active language is still English: the record a customer gets
    // from the window speaks whatever the window speaks.
    let english = record.to_text();
    assert!(english.contains("\nFollow-ups (4)\n"), "{english}");
    assert!(
        english
            .contains("Stay in touch: ideally every 1 days, and never more than 1830 days apart\n"),
        "{english}"
    );
}
