//! The command line against a real notebook folder, with the app's own
//! connection open at the same time.

mod common;

use std::path::Path;

use kindly_core::{CustomerInput, FollowUpAction, FollowUpInput, Notebook, PhoneInput};

fn kindly(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let mut all: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    all.extend(["--data-dir".to_owned(), dir.display().to_string()]);
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = kindly_cli::run(&all, &mut out, &mut err);
    (
        code,
        String::from_utf8(out).unwrap(),
        String::from_utf8(err).unwrap(),
    )
}

/// A notebook with Rosie, held open as the running app would.
fn app_with_rosie(dir: &Path) -> Notebook {
    let mut nb = Notebook::open_in_dir(dir).unwrap();
    nb.set_phone_region("GB").unwrap();
    nb.create_customer(&CustomerInput {
        full_name: "Rosalind Park".into(),
        preferred_name: "Rosie".into(),
        dont: vec!["Never call before 10am".into()],
        phones: vec![PhoneInput {
            label: "mobile".into(),
            number: "020 7946 0958".into(),
            primary: true,
        }],
        ..Default::default()
    })
    .unwrap();
    nb
}

#[test]
fn lookup_prints_the_brief_for_a_number_or_a_name_and_exits_1_for_nobody() {
    let dir = tempfile::tempdir().unwrap();
    let _app = app_with_rosie(dir.path());
    for query in ["+44 20 7946 0958", "0958", "Rosie"] {
        let (code, out, err) = kindly(dir.path(), &["lookup", query]);
        assert_eq!(code, 0, "{query}: {err}");
        assert!(out.starts_with("Rosie (Rosalind Park)"), "{query}: {out}");
        assert!(
            out.contains("Please don't: Never call before 10am"),
            "{out}"
        );
    }
    let (code, out, _) = kindly(dir.path(), &["lookup", "5550104477"]);
    assert_eq!(code, 1);
    assert!(out.contains("Nobody"), "{out}");
}

#[test]
fn backup_while_the_app_has_the_notebook_open_then_restore() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let mut app = app_with_rosie(&data);
    let (code, out, err) = kindly(&data, &["backup"]);
    assert_eq!(code, 0, "{err}");
    let backup = out.trim().to_owned();
    assert!(Path::new(&backup).exists(), "{backup}");

    app.create_customer(&CustomerInput {
        full_name: "Sam Okafor".into(),
        ..Default::default()
    })
    .unwrap();
    drop(app);
    let (code, out, err) = kindly(&data, &["restore", &backup]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("kept in"), "{out}");
    let nb = Notebook::open_in_dir(&data).unwrap();
    assert!(
        nb.search("Sam", 5).unwrap().is_empty(),
        "Sam came after the backup"
    );
    assert_eq!(nb.search("Rosie", 5).unwrap().len(), 1);
}

/// A follow-up for Rosie on `date` (at `time`), repeating by `rule`.
fn follow_up(
    rosie: &str,
    action: FollowUpAction,
    date: &str,
    time: Option<&str>,
    rule: Option<&str>,
) -> FollowUpInput {
    FollowUpInput {
        customer_id: rosie.into(),
        about_id: None,
        action,
        date: date.into(),
        time: time.map(Into::into),
        repeat: rule.map(Into::into),
        assignee: "Ana".into(),
        note: "Ask about the cake".into(),
        staff: "Ana".into(),
    }
}

#[test]
fn follow_ups_export_as_an_ics_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_with_rosie(dir.path());
    let rosie = app.search("Rosie", 1).unwrap().remove(0).id;
    app.add_follow_up(&follow_up(
        &rosie,
        FollowUpAction::CallBack,
        "2030-03-05",
        Some("09:30"),
        None,
    ))
    .unwrap();
    app.add_follow_up(&follow_up(
        &rosie,
        FollowUpAction::CheckIn,
        "2030-03-07",
        None,
        Some("FREQ=WEEKLY;INTERVAL=2"),
    ))
    .unwrap();
    let file = dir.path().join("out.ics");
    let (code, _, err) = kindly(
        dir.path(),
        &[
            "export",
            "--format",
            "ics",
            "-o",
            &file.display().to_string(),
        ],
    );
    assert_eq!(code, 0, "{err}");
    let ics = std::fs::read_to_string(&file).unwrap();
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"), "{ics}");
    let events: Vec<&str> = ics.split("BEGIN:VEVENT\r\n").skip(1).collect();
    assert_eq!(events.len(), 2, "{ics}");
    let call = events[0];
    assert!(call.contains("DTSTART:20300305T093000\r\n"), "{call}");
    assert!(call.contains("SUMMARY:Call back "), "{call}");
    assert!(
        call.contains("DESCRIPTION:Ask about the cake\r\n"),
        "{call}"
    );
    assert!(!call.contains("RRULE"), "a one-off has no rule: {call}");
    let check_in = events[1];
    assert!(
        check_in.contains("DTSTART;VALUE=DATE:20300307\r\n"),
        "{check_in}"
    );
    assert!(
        check_in.contains("RRULE:FREQ=WEEKLY;INTERVAL=2\r\n"),
        "{check_in}"
    );
    assert!(check_in.contains("SUMMARY:Check in with "), "{check_in}");
}

#[test]
fn exports_with_o_replace_the_file_whole_through_a_temporary_file() {
    // A plain write truncates the old file and writes into it, so a crash
    // leaves half a file; a rename leaves the old file whole until the new
    // one is complete. A reader holding the old file tells the two apart.
    let dir = tempfile::tempdir().unwrap();
    let app = app_with_rosie(dir.path());
    let rosie = app.search("Rosie", 1).unwrap().remove(0).id;
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    for (format, customer, name) in [
        ("ics", None, "calendar.ics"),
        ("json", Some(rosie.as_str()), "rosie.json"),
        ("text", Some(rosie.as_str()), "rosie.txt"),
    ] {
        let file = out.join(name);
        std::fs::write(&file, "the previous export").unwrap();
        let mut held = std::fs::File::open(&file).unwrap();
        let path = file.display().to_string();
        let mut args = vec!["export", "--format", format, "-o", &path];
        if let Some(id) = customer {
            args.extend(["--customer", id]);
        }
        let (code, _, err) = kindly(dir.path(), &args);
        assert_eq!(code, 0, "{format}: {err}");
        let mut before = String::new();
        std::io::Read::read_to_string(&mut held, &mut before).unwrap();
        assert_eq!(before, "the previous export", "{format}: written in place");
        assert_ne!(
            std::fs::read_to_string(&file).unwrap(),
            "the previous export"
        );
    }
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        ["calendar.ics", "rosie.json", "rosie.txt"],
        "no partial files"
    );
}

#[test]
fn mistakes_are_explained_with_exit_code_2() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        &["frobnicate"][..],
        &["lookup"][..],
        &["export", "--format", "pdf"][..],
        &["restore", "/no/such/backup.sqlite"][..],
    ] {
        let (code, _, err) = kindly(dir.path(), args);
        assert_eq!(code, 2, "{args:?}");
        assert!(err.starts_with("kindly: "), "{args:?}: {err}");
    }
}

#[test]
fn the_program_exits_1_when_nobody_matches() {
    let dir = tempfile::tempdir().unwrap();
    drop(app_with_rosie(dir.path()));
    let status = common::kindly_cli()
        .args(["lookup", "5550104477", "--data-dir"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(status.status.code(), Some(1));
}

#[test]
fn everything_held_on_a_customer_exports_as_json_trash_included() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_with_rosie(dir.path());
    let rosie = app.search("Rosie", 1).unwrap().remove(0).id;
    let said = app
        .log_conversation(&kindly_core::ConversationInput {
            customer_id: rosie.clone(),
            channel: kindly_core::Channel::CallIn,
            happened_at: None,
            staff: "Ana".into(),
            summary: "Asked us to keep her card details".into(),
            mood: None,
            issue_id: None,
            follow_up: None,
        })
        .unwrap();
    app.open_issue(&kindly_core::IssueInput {
        customer_id: rosie.clone(),
        title: "Late wedding cake".into(),
        ..Default::default()
    })
    .unwrap();
    app.trash_entry(&said.id).unwrap();

    let file = dir.path().join("rosie.json");
    let (code, _, err) = kindly(
        dir.path(),
        &[
            "export",
            "--format",
            "json",
            "--customer",
            &rosie,
            "-o",
            &file.display().to_string(),
        ],
    );
    assert_eq!(code, 0, "{err}");
    let record: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(record["customer"]["preferred_name"], "Rosie");
    assert_eq!(record["customer"]["dont"][0], "Never call before 10am");
    assert_eq!(
        record["conversations"][0]["summary"], "Asked us to keep her card details",
        "what is in Trash is still held, so it is listed"
    );
    assert_eq!(record["issues"][0]["title"], "Late wedding cake");

    let (code, _, err) = kindly(dir.path(), &["export", "--format", "json"]);
    assert_eq!(code, 2);
    assert!(err.contains("--customer"), "{err}");
}

#[test]
fn import_dry_run_writes_nothing_then_import_adds_and_merges() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_with_rosie(dir.path());
    let file = dir.path().join("phone.vcf");
    std::fs::write(
        &file,
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Rosalind Park\r\nTEL:+44 20 7946 0958\r\n\
         EMAIL:rosie@example.co.uk\r\nEND:VCARD\r\n\
         BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dev Patel\r\nTEL:07700 900456\r\nEND:VCARD\r\n\
         BEGIN:VCARD\r\nVERSION:3.0\r\nEMAIL:nobody@example.com\r\nEND:VCARD\r\n",
    )
    .unwrap();
    let file = file.display().to_string();

    let (code, out, err) = kindly(dir.path(), &["import", &file, "--dry-run"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("1 new, 1 to add to customers already here, 0 already here, 1 left out"),
        "{out}"
    );
    assert!(
        out.contains("Rosalind Park: add to Rosalind Park (same phone number"),
        "{out}"
    );
    assert!(out.contains("adds rosie@example.co.uk"), "{out}");
    assert!(out.contains("line    12  A contact with no name"), "{out}");
    assert!(out.contains("Dry run: nothing was written."), "{out}");
    assert!(app.search("Dev Patel", 5).unwrap().is_empty());

    let (code, out, err) = kindly(dir.path(), &["import", &file]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("Imported: 1 new, 1 added to, 0 already there, 1 left out."),
        "{out}"
    );
    assert_eq!(
        app.search("Dev Patel", 5).unwrap().len(),
        1,
        "the app sees it"
    );
    assert_eq!(app.search("rosie@example.co.uk", 5).unwrap().len(), 1);

    let (_, out, _) = kindly(dir.path(), &["import", &file]);
    assert!(
        out.contains("Imported: 0 new, 0 added to, 2 already there"),
        "{out}"
    );

    let (code, _, err) = kindly(dir.path(), &["import", "/no/such/file.vcf"]);
    assert_eq!(code, 2);
    assert!(err.contains("could not open /no/such/file.vcf"), "{err}");
}

#[test]
fn everyone_exports_as_vcard_or_csv_and_one_record_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_with_rosie(dir.path());
    let (code, vcard, err) = kindly(dir.path(), &["export", "--format", "vcard"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        vcard.starts_with("BEGIN:VCARD\r\nVERSION:4.0\r\n"),
        "{vcard}"
    );
    assert!(vcard.contains("FN:Rosalind Park\r\n"), "{vcard}");

    let file = dir.path().join("everyone.csv");
    let (code, _, err) = kindly(
        dir.path(),
        &[
            "export",
            "--format",
            "csv",
            "-o",
            &file.display().to_string(),
        ],
    );
    assert_eq!(code, 0, "{err}");
    let csv = std::fs::read_to_string(&file).unwrap();
    assert!(csv.contains("Rosalind Park"), "{csv}");
    assert!(csv.contains("020 7946 0958"), "{csv}");

    let id = app.search("Rosie", 1).unwrap()[0].id.clone();
    let (code, text, err) = kindly(
        dir.path(),
        &["export", "--format", "text", "--customer", &id],
    );
    assert_eq!(code, 0, "{err}");
    assert!(text.contains("Rosalind Park"), "{text}");
    assert!(text.contains("Never call before 10am"), "{text}");
}

#[test]
fn a_protected_notebook_opens_with_the_passphrase_from_the_environment() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_with_rosie(dir.path());
    app.protect("blue kettle on the shelf").unwrap();
    drop(app);
    let lookup = |passphrase: Option<&str>| {
        let mut command = common::kindly_cli();
        command
            .args(["lookup", "Rosie", "--data-dir"])
            .arg(dir.path())
            .env_remove("KINDLY_PASSPHRASE");
        if let Some(p) = passphrase {
            command.env("KINDLY_PASSPHRASE", p);
        }
        command.output().unwrap()
    };

    let without = lookup(None);
    assert_eq!(without.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&without.stderr).contains("KINDLY_PASSPHRASE"));
    let wrong = lookup(Some("blue kettle"));
    assert_eq!(wrong.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&wrong.stderr).contains("does not open"));
    let right = lookup(Some("blue kettle on the shelf"));
    assert_eq!(right.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&right.stdout).starts_with("Rosie (Rosalind Park)"));
}

#[test]
fn a_passphrase_that_is_not_valid_text_is_refused_not_altered() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_with_rosie(dir.path());
    // What a lossy reading of the bytes below would make of them.
    app.protect("blue kettle on the shelf\u{FFFD}").unwrap();
    drop(app);
    let output = common::kindly_cli()
        .args(["lookup", "Rosie", "--data-dir"])
        .arg(dir.path())
        .env(
            "KINDLY_PASSPHRASE",
            std::ffi::OsStr::from_bytes(b"blue kettle on the shelf\xff"),
        )
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(err.contains("not valid text"), "{err}");
    assert!(output.stdout.is_empty(), "nothing was opened");
}

#[test]
fn changes_prints_who_changed_what_newest_first_and_exits_1_for_nobody() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_with_rosie(dir.path());
    let rosie = app.search("Rosie", 1).unwrap().remove(0).id;
    let mut input = app.customer(&rosie).unwrap().to_input();
    input.company = "Park & Sons".into();
    input.notes = "Two lines\nof notes".into();
    app.update_customer(&rosie, app.customer(&rosie).unwrap().version, &input)
        .unwrap();
    for query in [rosie.as_str(), "Rosie"] {
        let (code, out, err) = kindly(dir.path(), &["changes", query]);
        assert_eq!(code, 0, "{query}: {err}");
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines[0], "Changes to Rosalind Park, newest first:");
        assert!(
            lines[1].ends_with("nobody at the desk  company: \"\" -> \"Park & Sons\""),
            "{out}"
        );
        assert!(
            lines[2].ends_with("notes: \"\" -> \"Two lines / of notes\""),
            "{out}"
        );
        assert!(
            lines[3].ends_with("created: \"\" -> \"Rosalind Park\""),
            "{out}"
        );
    }
    let (code, out, _) = kindly(dir.path(), &["changes", "Nobody Atall"]);
    assert_eq!(code, 1);
    assert!(out.contains("Nobody"), "{out}");
}

#[test]
fn on_a_french_computer_the_command_line_speaks_french_and_its_output_stays_as_it_is() {
    let dir = tempfile::tempdir().unwrap();
    drop(app_with_rosie(dir.path()));
    let french = |args: &[&str]| {
        let output = common::in_locale("fr_FR.UTF-8")
            .args(args)
            .arg("--data-dir")
            .arg(dir.path())
            .env_remove("KINDLY_DATABASE")
            .env_remove("KINDLY_PASSPHRASE")
            .output()
            .unwrap();
        (
            output.status.code(),
            String::from_utf8(output.stdout).unwrap(),
            String::from_utf8(output.stderr).unwrap(),
        )
    };

    let (code, out, _) = french(&["lookup", "Nobody"]);
    assert_eq!(code, Some(1));
    assert_eq!(out, "Personne dans le carnet ne correspond à Nobody.\n");

    // The core's own errors follow the language the command line took.
    let missing = dir.path().join("nowhere.vcf");
    let (code, _, err) = french(&["import", missing.to_str().unwrap()]);
    assert_eq!(code, Some(2));
    assert!(
        err.starts_with("kindly: Kindly n’a pas pu ouvrir "),
        "{err}"
    );

    // Kindly's own mistakes on the command line, with their pointer to help.
    let (code, _, err) = french(&["lookup", "Rosie", "--database", "postgres://x@y/z"]);
    assert_eq!(code, Some(2));
    assert!(err.starts_with("kindly: Indiquez soit --database"), "{err}");
    assert!(
        err.contains("Pour en savoir plus, essayez «\u{a0}kindly --help\u{a0}»."),
        "{err}"
    );

    // Help, in French too: what each command does, the headings, the usage
    // line, and the values a choice takes; names typed stay as they are typed.
    let (code, out, _) = french(&["--help"]);
    assert_eq!(code, Some(0));
    assert!(out.starts_with("Kindly en ligne de commande"), "{out}");
    assert!(out.contains("Utilisation\u{a0}: kindly"), "{out}");
    assert!(out.contains("Commandes:"), "{out}");
    assert!(
        out.contains("Importer un fichier vCard (.vcf) ou CSV"),
        "{out}"
    );
    assert!(out.contains("Codes de sortie"), "{out}");
    let (code, out, _) = french(&["export", "--help"]);
    assert_eq!(code, Some(0));
    assert!(out.contains("--format <FORMAT>"), "{out}");
    assert!(
        out.contains("- ics: Les suivis en fichier iCalendar"),
        "{out}"
    );
    assert!(out.contains("Afficher l’aide (-h"), "{out}");
    for english in ["Print help", "possible values", "Usage:", "Commands:"] {
        assert!(!out.contains(english), "{english} in {out}");
    }

    // What scripts read stays as it is: the brief names Rosie as before.
    let (code, out, _) = french(&["lookup", "Rosie"]);
    assert_eq!(code, Some(0));
    assert!(out.starts_with("Rosie (Rosalind Park)"), "{out}");

    // And the same computer set to English (or to C) reads English.
    let output = common::kindly_cli()
        .args(["lookup", "Nobody", "--data-dir"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        "Nobody in the notebook matches Nobody.\n"
    );
}
