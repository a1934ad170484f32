// The promises every importer makes (crates/kindly-core/src/import/mod.rs),
// checked on one input. Shared, by `include!`, between the fuzz targets
// (fuzz/fuzz_targets/*.rs) and the stable test that replays the committed
// corpus (crates/kindly-core/tests/fuzz_corpus.rs); include it inside a
// module. Every violation panics, which libFuzzer reports as a crash.
//
// A fuzz input is a file, optionally preceded by selector bytes that no
// real vCard or CSV file starts with (0xF5..=0xFD are never UTF-8 and start
// no byte-order mark), so the seed corpus holds the files exactly as
// exporters write them:
// - one of 0xF5..=0xF8: the notebook's region is US, GB, DE or FR
//   (default US);
// - CSV only, then 0xF9 and MAP_BYTES bytes: parse with the column map
//   those bytes describe (see `map_from`) instead of the guessed one.

use kindly_core::import::{
    preview_headers, AddressColumns, ColumnMap, CsvImporter, CsvPreview, Importer, LabeledColumn,
    Parsed, VcardImporter, MAX_PROBLEMS, MAX_RECORDS, PREVIEW_ROWS,
};
use kindly_core::validate;
use kindly_core::{Error, Result};

/// The regions a fuzz input can pick, in selector order.
pub const REGIONS: [&str; 4] = ["US", "GB", "DE", "FR"];

/// The byte that starts a column-map selector in a CSV fuzz input.
pub const MAP_SELECTOR: u8 = 0xF9;

/// How many bytes describe a column map after [`MAP_SELECTOR`].
pub const MAP_BYTES: usize = 27;

/// Splits the region selector off a fuzz input.
pub fn region_of(data: &[u8]) -> (&'static str, &[u8]) {
    match data.first() {
        Some(&b @ 0xF5..=0xF8) => (REGIONS[usize::from(b - 0xF5)], &data[1..]),
        _ => (REGIONS[0], data),
    }
}

/// Splits a column-map selector off a CSV fuzz input (after the region).
pub fn map_of(data: &[u8]) -> (Option<&[u8]>, &[u8]) {
    match data.split_first() {
        Some((&MAP_SELECTOR, rest)) if rest.len() >= MAP_BYTES => {
            let (map, file) = rest.split_at(MAP_BYTES);
            (Some(map), file)
        }
        _ => (None, data),
    }
}

/// Runs the vCard importer on a fuzz input and checks every promise.
pub fn check_vcard_input(data: &[u8]) {
    let (region, file) = region_of(data);
    check_vcard(file, region);
}

/// Runs the CSV importer on a fuzz input as the app does (preview, then
/// parse with the guessed map) or with the map the input describes.
pub fn check_csv_input(data: &[u8]) {
    let (region, rest) = region_of(data);
    match map_of(rest) {
        (Some(map), file) => check_csv_with_map(file, region, map_from(map)),
        (None, file) => check_csv(file, region),
    }
}

/// The vCard importer on `file` for `region`.
pub fn check_vcard(file: &[u8], region: &str) {
    check_result(&VcardImporter.parse(file, region), file, region);
}

/// The CSV importer on `file` for `region`, as the import dialog uses it:
/// the preview and its guessed map, then the parse with that map, which
/// must read the file exactly as the parse that guesses for itself.
pub fn check_csv(file: &[u8], region: &str) {
    let guessed = CsvImporter::default().parse(file, region);
    check_result(&guessed, file, region);
    let Some(preview) = check_preview(file) else {
        assert!(guessed.is_err(), "preview refused a file the parse read");
        return;
    };
    let chosen = CsvImporter {
        map: Some(preview.guess),
    }
    .parse(file, region);
    match (&guessed, &chosen) {
        (Ok(a), Ok(b)) => assert_eq!(a, b, "the preview's map reads the file differently"),
        (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string()),
        _ => panic!("the preview's map and the guess disagree: {guessed:?} vs {chosen:?}"),
    }
}

/// The CSV importer on `file` for `region` with a map the user chose.
pub fn check_csv_with_map(file: &[u8], region: &str, map: ColumnMap) {
    check_preview(file);
    let result = CsvImporter {
        map: Some(map.clone()),
    }
    .parse(file, region);
    check_result(&result, file, region);
    if !map.has_name() {
        assert!(result.is_err(), "a map with no name column was accepted");
    }
}

/// `preview_headers` on `file`: refused like a parse, or at most
/// [`PREVIEW_ROWS`] rows and the guess of its own headers.
fn check_preview(file: &[u8]) -> Option<CsvPreview> {
    match preview_headers(file) {
        Ok(preview) => {
            assert!(
                preview.rows.len() <= PREVIEW_ROWS,
                "{} rows",
                preview.rows.len()
            );
            assert_eq!(preview.guess, ColumnMap::guess(&preview.headers));
            Some(preview)
        }
        Err(e) => {
            check_error(&e);
            None
        }
    }
}

/// A column map from [`MAP_BYTES`] bytes, one column per byte: 0xFF is no
/// column, 0xFE a column far past the end of every row, any other byte
/// that column. Phones, emails and addresses get one entry each with a
/// label column; a byte's high bit adds a second entry. Bytes 16 to 25 are
/// Kindly's own columns; an odd last byte reads the file as Kindly's own
/// export (`exact`).
pub fn map_from(b: &[u8]) -> ColumnMap {
    let col = |i: usize| match b.get(i).copied().unwrap_or(0xFF) {
        0xFF => None,
        0xFE => Some(usize::MAX),
        n => Some(usize::from(n)),
    };
    let labeled = |i: usize, label: &str| {
        col(i).map(|column| LabeledColumn {
            column,
            label: label.to_owned(),
            label_column: col(i + 1),
        })
    };
    let twice = |i: usize| b.get(i).is_some_and(|&x| x & 0x80 != 0 && x < 0xFE);
    let mut phones: Vec<LabeledColumn> = labeled(9, "mobile").into_iter().collect();
    if twice(9) {
        phones.extend(phones.clone());
    }
    let mut emails: Vec<LabeledColumn> = labeled(11, "").into_iter().collect();
    if twice(11) {
        emails.extend(emails.clone());
    }
    let address = AddressColumns {
        label: "home".to_owned(),
        label_column: col(15),
        formatted: col(13),
        parts: [col(14), col(15), col(0)].into_iter().flatten().collect(),
    };
    ColumnMap {
        full_name: col(0),
        given_name: col(1),
        middle_name: col(2),
        family_name: col(3),
        nickname: col(4),
        company: col(5),
        phones,
        emails,
        addresses: vec![address],
        birthday: col(6),
        notes: col(7),
        tags: col(8),
        pronunciation: col(16),
        pronouns: col(17),
        contact_channel: col(18),
        best_time: col(19),
        language: col(27),
        dont: col(20),
        preferences: col(21),
        remember: col(22),
        looked_after_by: col(23),
        stay_in_touch_ideal: col(24),
        stay_in_touch_longest: col(25),
        exact: b.get(26).is_some_and(|x| x % 2 == 1),
    }
}

/// What every importer promises about its answer for `file` and `region`.
pub fn check_result(result: &Result<Parsed>, file: &[u8], region: &str) {
    match result {
        Ok(parsed) => check_parsed(parsed, file, region),
        Err(e) => check_error(e),
    }
}

/// A refused file is an `Error::Invalid` on the field `file`, with a
/// message for the person at the desk.
pub fn check_error(e: &Error) {
    match e {
        Error::Invalid { field, message } => {
            assert_eq!(field, "file", "error on the wrong field: {message}");
            assert!(!message.trim().is_empty(), "an empty error message");
        }
        other => panic!("a file was refused with {other:?}, not Error::Invalid"),
    }
}

/// Every contact is valid for `region` and already normalised, with at
/// most [`MAX_PROBLEMS`] problems plus one summary and exactly one primary
/// phone and email when there are any; contacts and problems carry lines
/// of the file (1-based), in file order.
pub fn check_parsed(parsed: &Parsed, file: &[u8], region: &str) {
    // Every line break is a LF or a CR, whatever the encoding.
    let last_line = 1 + file.iter().filter(|&&b| b == b'\n' || b == b'\r').count();
    let in_file = |line: u32| line >= 1 && usize::try_from(line).is_ok_and(|l| l <= last_line);
    assert!(
        parsed.contacts.len() + parsed.problems.len() <= MAX_RECORDS + 1,
        "{} records",
        parsed.contacts.len() + parsed.problems.len()
    );
    let mut previous = 0;
    for c in &parsed.contacts {
        assert!(in_file(c.line), "contact on line {} of {last_line}", c.line);
        assert!(
            c.line > previous,
            "contact on line {} after {previous}",
            c.line
        );
        previous = c.line;
        let valid = validate::customer(&c.customer, region).unwrap_or_else(|e| {
            panic!(
                "line {}: the contact fails validation for {region}: {e:?}\n{:?}",
                c.line, c.customer
            )
        });
        assert_eq!(valid.input, c.customer, "line {}: not normalised", c.line);
        assert!(
            c.problems.len() <= MAX_PROBLEMS + 1,
            "line {}: {} problems",
            c.line,
            c.problems.len()
        );
        assert!(c.problems.iter().all(|p| !p.trim().is_empty()));
        let primaries = c.customer.phones.iter().filter(|p| p.primary).count();
        assert_eq!(primaries, usize::from(!c.customer.phones.is_empty()));
        let primaries = c.customer.emails.iter().filter(|e| e.primary).count();
        assert_eq!(primaries, usize::from(!c.customer.emails.is_empty()));
    }
    let mut previous = 0;
    for p in &parsed.problems {
        assert!(in_file(p.line), "problem on line {} of {last_line}", p.line);
        assert!(
            p.line > previous,
            "problem on line {} after {previous}",
            p.line
        );
        previous = p.line;
        assert!(
            !p.message.trim().is_empty(),
            "line {}: empty problem",
            p.line
        );
    }
    // Remarks about the whole file: a handful at most, each said once,
    // however many properties or rows gave rise to them.
    assert!(parsed.notes.len() <= 8, "{} notes", parsed.notes.len());
    for (i, n) in parsed.notes.iter().enumerate() {
        assert!(!n.trim().is_empty(), "an empty note");
        assert!(!parsed.notes[..i].contains(n), "a note twice: {n}");
    }
}

// Phone numbers and lookup queries (issue #7): any text a person can type
// or paste.

/// Phone-number helpers on any text: never panic; an E.164 form is `+`
/// and 1 to 15 digits and is its own E.164 form; digit helpers return
/// digits only and reversing twice gives back the same digits.
pub fn check_phone_input(data: &[u8]) {
    let (region, rest) = region_of(data);
    let text = String::from_utf8_lossy(rest);
    let _ = kindly_core::phone::looks_like_phone(&text);
    let digits = kindly_core::phone::digits(&text);
    assert!(digits.bytes().all(|b| b.is_ascii_digit()), "digits of {text:?}: {digits:?}");
    assert_eq!(
        kindly_core::phone::reversed(&kindly_core::phone::reversed(&digits)),
        digits
    );
    if let Some(e164) = kindly_core::phone::to_e164(&text, region) {
        let rest = e164.strip_prefix('+').unwrap_or_else(|| panic!("{e164:?} from {text:?}"));
        assert!(
            (1..=15).contains(&rest.len()) && rest.bytes().all(|b| b.is_ascii_digit()),
            "{e164:?} from {text:?}"
        );
        assert_eq!(
            kindly_core::phone::to_e164(&e164, region).as_deref(),
            Some(e164.as_str()),
            "{e164:?} from {text:?} is not stable"
        );
    }
    if let Some(national) = kindly_core::phone::national_digits(&text, region) {
        assert!(national.bytes().all(|b| b.is_ascii_digit()), "{national:?}");
    }
}

/// A lookup on any text (FTS5 syntax, quotes, control characters, very
/// long input): never an error, at most the limit of results, each a live
/// customer of the notebook (one in memory, seeded by [`seed_search`]).
pub fn check_search_input(data: &[u8]) {
    use std::sync::{Mutex, OnceLock};
    static NOTEBOOK: OnceLock<Mutex<kindly_core::Notebook>> = OnceLock::new();
    let notebook = NOTEBOOK.get_or_init(|| {
        let mut nb = kindly_core::Notebook::open_in_memory().expect("notebook");
        seed_search(&mut nb);
        Mutex::new(nb)
    });
    let nb = notebook.lock().unwrap_or_else(|e| e.into_inner());
    check_search_on(&nb, data);
}

/// The customers [`check_search_input`]'s lookups look among: names, numbers
/// and notes that look like query syntax.
pub fn seed_search(nb: &mut kindly_core::Notebook) {
    for (name, number, notes) in [
        ("Agnès Dubois", "+33 6 12 34 56 78", "window seat, \"no\" calls*"),
        ("O'Brien Søren", "020 7946 0958", "NEAR(cake) AND OR NOT"),
        ("王小明", "555-010-4477", "喜欢绿茶"),
    ] {
        nb.create_customer(&kindly_core::CustomerInput {
            full_name: name.into(),
            phones: vec![kindly_core::PhoneInput {
                label: String::new(),
                number: number.into(),
                primary: true,
            }],
            notes: notes.into(),
            ..Default::default()
        })
        .expect("customer");
    }
}

/// The checks of [`check_search_input`] on the notebook `nb` (either store).
pub fn check_search_on(nb: &kindly_core::Notebook, data: &[u8]) {
    let limit = u32::from(data.first().copied().unwrap_or(5) % 30);
    let query = String::from_utf8_lossy(data.get(1..).unwrap_or_default());
    let found = nb
        .search(&query, limit)
        .unwrap_or_else(|e| panic!("search {query:?} failed: {e}"));
    assert!(found.len() <= limit.clamp(1, kindly_core::MAX_LIMIT) as usize);
    for c in found {
        assert!(nb.customer(&c.id).expect("a found customer exists").deleted_at.is_none());
    }
}
