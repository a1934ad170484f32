//! Contacts in any alphabet: vCard and CSV files in the encodings phones,
//! Outlook and Excel write outside Western Europe, declared (a vCard's
//! CHARSET) or not (then guessed once from the whole file), come out as
//! the names people wrote. The fixtures (`tests/fixtures/import/encodings`)
//! are the bytes of each encoding, written by another encoder than the one
//! Kindly reads with (Python's codecs), never UTF-8.

use std::path::Path;

use kindly_core::import::{CsvImporter, Importer, Parsed, VcardImporter};

fn fixture(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import/encodings")
        .join(name);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(
        std::str::from_utf8(&bytes).is_err() || bytes.is_ascii(),
        "{name} is in its own encoding, not UTF-8"
    );
    bytes
}

fn names(parsed: &Parsed) -> Vec<&str> {
    parsed
        .contacts
        .iter()
        .map(|c| c.customer.full_name.as_str())
        .collect()
}

fn notes(parsed: &Parsed) -> Vec<&str> {
    parsed
        .contacts
        .iter()
        .map(|c| c.customer.notes.as_str())
        .collect()
}

const RUSSIAN: &[(&str, &str)] = &[
    (
        "Иван Петров",
        "Постоянный клиент, любит крепкий кофе без сахара.",
    ),
    (
        "Мария Смирнова",
        "Звонить после обеда; просила напомнить о скидке.",
    ),
    (
        "Алексей Кузнецов",
        "Заказывал торт на день рождения дочери.",
    ),
];

#[test]
fn an_undeclared_russian_vcard_from_outlook_is_read_as_cyrillic_and_said_so() {
    for file in ["windows-1251.vcf", "koi8-r.vcf"] {
        let parsed = VcardImporter.parse(&fixture(file), "GB").expect("parsed");
        assert_eq!(
            names(&parsed),
            ["Иван Петров", "Мария Смирнова", "Алексей Кузнецов"],
            "{file}"
        );
        assert_eq!(notes(&parsed)[0], RUSSIAN[0].1);
        assert_eq!(parsed.notes.len(), 1, "one note for the whole file");
        assert!(
            parsed.notes[0].contains("Cyrillic"),
            "names the alphabet: {:?}",
            parsed.notes
        );
    }
}

#[test]
fn a_japanese_phones_vcard_declaring_shift_jis_in_quoted_printable_is_read_as_declared() {
    // Feature phones write vCard 2.1 with each value's charset and
    // quoted-printable bytes.
    let file = fixture("shift_jis-declared-qp.vcf");
    let parsed = VcardImporter.parse(&file, "JP").expect("parsed");
    assert_eq!(names(&parsed), ["太郎 山田"]);
    assert_eq!(notes(&parsed), ["ソースは別添え"]);
    assert!(
        parsed.notes.is_empty(),
        "read as declared: {:?}",
        parsed.notes
    );
}

#[test]
fn declared_charsets_are_read_as_declared_with_no_note() {
    for (file, name) in [
        ("declared-koi8-r.vcf", "Ольга Иванова"),
        ("declared-iso-8859-2.vcf", "Łukasz Żółć"),
        ("declared-windows-1250.vcf", "Jiří Dvořák"),
        ("declared-gb18030.vcf", "王小明"),
        ("declared-big5.vcf", "陳大文"),
        ("declared-windows-1253.vcf", "Γιώργος Παπαδόπουλος"),
    ] {
        let parsed = VcardImporter.parse(&fixture(file), "GB").expect("parsed");
        assert_eq!(names(&parsed), [name], "{file}");
        assert!(parsed.notes.is_empty(), "{file}: {:?}", parsed.notes);
    }
}

#[test]
fn undeclared_csv_files_in_asian_and_central_european_encodings_are_read_right() {
    /// One person's row as written in the file: name, phone, notes.
    type Row = (&'static str, &'static str, &'static str);
    /// The same people, in the two Central European encodings.
    const CENTRAL_EUROPEAN: &[Row] = &[
        (
            "Jiří Dvořák",
            "+420 601 234 567",
            "Štamgast a chodí v úterý ráno",
        ),
        (
            "Łukasz Żółć",
            "+48 601 234 567",
            "Prosi o telefon przed wizytą",
        ),
        ("Zsófia Kovács", "+36 20 123 4567", "Szereti a süteményt"),
    ];
    let cases: &[(&str, &[Row], &str)] = &[
        (
            "shift_jis.csv",
            &[
                ("山田 太郎", "03-1234-5678", "毎週金曜日に来店されます"),
                ("佐藤 花子", "090-8765-4321", "アレルギーあり、ナッツは不可"),
                ("鈴木 一郎", "06-2345-6789", "ポイントカードを作成済み"),
            ],
            "Japanese",
        ),
        (
            "gb18030.csv",
            &[
                ("王小明", "010-1234-5678", "每周五来店，喜欢绿茶"),
                ("李华", "021-8765-4321", "对坚果过敏，请注意"),
                ("张伟", "020-2345-6789", "已办理会员卡"),
            ],
            "Chinese",
        ),
        (
            "big5.csv",
            &[
                ("陳大文", "02-2345-6789", "每週五來店，喜歡烏龍茶"),
                ("林美玲", "04-8765-4321", "對堅果過敏，請注意"),
                ("黃志明", "07-1234-5678", "已辦理會員卡"),
            ],
            "Chinese",
        ),
        (
            "euc-kr.csv",
            &[
                ("김민수", "02-1234-5678", "매주 금요일에 방문하십니다"),
                ("이영희", "031-876-5432", "견과류 알레르기가 있습니다"),
                ("박지훈", "051-234-5678", "포인트 카드를 만들었습니다"),
            ],
            "Korean",
        ),
        ("windows-1250.csv", CENTRAL_EUROPEAN, "Central European"),
        ("iso-8859-2.csv", CENTRAL_EUROPEAN, "Central European"),
    ];
    for (file, rows, alphabet) in cases {
        let parsed = CsvImporter::default()
            .parse(&fixture(file), "GB")
            .expect("parsed");
        let expected: Vec<&str> = rows.iter().map(|r| r.0).collect();
        assert_eq!(names(&parsed), expected, "{file}");
        let expected: Vec<&str> = rows.iter().map(|r| r.2).collect();
        assert_eq!(notes(&parsed), expected, "{file}");
        assert!(
            parsed.notes.len() == 1 && parsed.notes[0].contains(alphabet),
            "{file}: one note naming {alphabet}: {:?}",
            parsed.notes
        );
    }
}

#[test]
fn an_iso_2022_jp_file_which_is_all_ascii_bytes_is_told_by_its_escapes() {
    let file = fixture("iso-2022-jp.vcf");
    assert!(file.is_ascii(), "seven-bit, as mail programs send it");
    let parsed = VcardImporter.parse(&file, "JP").expect("parsed");
    assert_eq!(names(&parsed), ["山田 太郎", "佐藤 花子"]);
    assert!(parsed.notes[0].contains("Japanese"), "{:?}", parsed.notes);
}

#[test]
fn line_numbers_in_a_guessed_file_are_the_files_own() {
    // The second card is cut off by the third's BEGIN: its problem names
    // the line it starts on, counted in the file as written.
    let parsed = VcardImporter
        .parse(&fixture("windows-1251-cut-off.vcf"), "GB")
        .expect("parsed");
    assert_eq!(names(&parsed), ["Иван Петров", "Алексей Кузнецов"]);
    assert_eq!(parsed.contacts[1].line, 9);
    assert_eq!(parsed.problems.len(), 1);
    assert_eq!(parsed.problems[0].line, 6);
}
