//! The command line's own conventions, through the built program as a
//! shell runs it: `--version`, `-h`/`--help` on every command, `--opt=value`,
//! `--`, unknown flags, file names that are not UTF-8, shell completions.

mod common;

use std::ffi::OsStr;
use std::path::Path;
use std::process::Output;

use kindly_core::{CustomerInput, Notebook};

/// Runs the built `kindly-cli` with `args` and none of Kindly's variables.
fn run<I, S>(args: I) -> Output
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    common::kindly_cli()
        .args(args)
        .env_remove("KINDLY_DATABASE")
        .env_remove("KINDLY_PASSPHRASE")
        .env_remove("KINDLY_DATA_DIR")
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Exit code, stdout, stderr.
fn answer(output: &Output) -> (i32, String, String) {
    (
        output.status.code().unwrap_or(-1),
        text(&output.stdout),
        text(&output.stderr),
    )
}

/// A notebook in `dir` with Rosie in it.
fn notebook_with_rosie(dir: &Path) {
    let mut nb = Notebook::open_in_dir(dir).unwrap();
    nb.create_customer(&CustomerInput {
        full_name: "Rosalind Park".into(),
        preferred_name: "Rosie".into(),
        ..Default::default()
    })
    .unwrap();
}

const ONE_CARD: &str =
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dev Patel\r\nTEL:07700 900456\r\nEND:VCARD\r\n";

#[test]
fn version_long_and_short_print_the_version_and_exit_0() {
    for flag in ["--version", "-V"] {
        let (code, out, err) = answer(&run([flag]));
        assert_eq!(code, 0, "{flag}: {err}");
        assert_eq!(
            out,
            format!("kindly {}\n", env!("CARGO_PKG_VERSION")),
            "{flag}"
        );
        assert!(err.is_empty(), "{flag}: {err}");
    }
}

#[test]
fn help_long_and_short_list_every_command_on_stdout() {
    for args in [&["-h"][..], &["--help"], &["help"]] {
        let (code, out, err) = answer(&run(args));
        assert_eq!(code, 0, "{args:?}: {err}");
        for command in [
            "import",
            "lookup",
            "changes",
            "backup",
            "restore",
            "export",
            "team",
            "completions",
        ] {
            assert!(out.contains(command), "{args:?} lacks {command}: {out}");
        }
        assert!(out.contains("--data-dir"), "{args:?}: {out}");
        assert!(err.is_empty(), "{args:?}: {err}");
    }
}

#[test]
fn every_command_answers_help_with_its_own_usage() {
    for command in [
        &["import"][..],
        &["lookup"],
        &["changes"],
        &["backup"],
        &["restore"],
        &["export"],
        &["completions"],
        &["team"],
        &["team", "init"],
        &["team", "add-staff"],
        &["team", "remove-staff"],
        &["team", "staff"],
        &["team", "move-in"],
        &["team", "copy-out"],
    ] {
        for help in ["--help", "-h"] {
            let mut args = command.to_vec();
            args.push(help);
            let (code, out, err) = answer(&run(&args));
            assert_eq!(code, 0, "{args:?}: {err}");
            assert!(
                out.contains(&format!("Usage: kindly {}", command.join(" "))),
                "{args:?}: {out}"
            );
        }
    }
    let (_, out, _) = answer(&run(["export", "--help"]));
    for option in ["--format", "--customer", "--output", "-o", "vcard", "ics"] {
        assert!(out.contains(option), "export --help lacks {option}: {out}");
    }
}

#[test]
fn options_take_their_value_after_an_equals_sign() {
    let dir = tempfile::tempdir().unwrap();
    notebook_with_rosie(dir.path());
    let data_dir = format!("--data-dir={}", dir.path().display());
    let (code, out, err) = answer(&run(["export", "--format=vcard", &data_dir]));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("FN:Rosalind Park\r\n"), "{out}");

    let file = dir.path().join("everyone.csv");
    let output = format!("--output={}", file.display());
    let (code, out, err) = answer(&run(["export", "--format=csv", &output, &data_dir]));
    assert_eq!((code, out.as_str()), (0, ""), "{err}");
    assert!(std::fs::read_to_string(&file)
        .unwrap()
        .contains("Rosalind Park"));

    let (code, out, err) = answer(&run(["lookup", "Rosie", &data_dir]));
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("Rosie (Rosalind Park)"), "{out}");
}

#[test]
fn a_double_dash_lets_a_file_name_start_with_a_dash() {
    let dir = tempfile::tempdir().unwrap();
    notebook_with_rosie(dir.path());
    std::fs::write(dir.path().join("-new.vcf"), ONE_CARD).unwrap();
    let output = common::kindly_cli()
        .args(["import", "--data-dir"])
        .arg(dir.path())
        .args(["--", "-new.vcf"])
        .current_dir(dir.path())
        .env_remove("KINDLY_DATABASE")
        .output()
        .unwrap();
    let (code, out, err) = answer(&output);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("-new.vcf: 1 new"), "{out}");
    assert!(out.contains("Imported: 1 new"), "{out}");

    let (code, out, err) = answer(&run([
        OsStr::new("lookup"),
        OsStr::new("--data-dir"),
        dir.path().as_os_str(),
        OsStr::new("--"),
        OsStr::new("--data-dir"),
    ]));
    assert_eq!(code, 1, "after -- a flag's name is just text: {err}");
    assert!(
        out.contains("Nobody in the notebook matches --data-dir"),
        "{out}"
    );
}

#[test]
fn an_unknown_flag_is_named_on_one_line_with_the_usage_and_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        &["--frobnicate"][..],
        &["lookup", "Rosie", "--frobnicate"],
        &["export", "--format", "vcard", "--frobnicate=yes"],
        &["team", "staff", "--frobnicate"],
    ] {
        let output = common::kindly_cli()
            .args(args)
            .arg("--data-dir")
            .arg(dir.path())
            .output()
            .unwrap();
        let (code, out, err) = answer(&output);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(out.is_empty(), "{args:?}: {out}");
        let first = err.lines().next().unwrap_or_default();
        assert!(
            first.starts_with("kindly: ") && first.contains("--frobnicate"),
            "{args:?}: {err}"
        );
        assert!(err.contains("Usage: kindly"), "{args:?}: {err}");
    }
    assert!(
        std::fs::read_dir(dir.path()).unwrap().next().is_none(),
        "no notebook was made"
    );
}

#[test]
fn no_command_shows_the_usage_and_exits_2() {
    let (code, out, err) = answer(&run(Vec::<&str>::new()));
    assert_eq!(code, 2);
    assert!(out.is_empty(), "{out}");
    assert!(err.contains("Usage: kindly"), "{err}");
}

#[cfg(unix)]
#[test]
fn a_file_name_that_is_not_utf8_is_used_as_it_is() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    notebook_with_rosie(dir.path());
    let name = OsStr::from_bytes(b"caf\xe9.vcf");
    let file = dir.path().join(name);
    std::fs::write(&file, ONE_CARD).unwrap();
    let output = common::kindly_cli()
        .arg("import")
        .arg(&file)
        .arg("--data-dir")
        .arg(dir.path())
        .output()
        .unwrap();
    let (code, out, err) = answer(&output);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Imported: 1 new"), "{out}");

    let exported = dir
        .path()
        .join(OsStr::from_bytes(b"tout le monde \xe9.vcf"));
    let output = common::kindly_cli()
        .args(["export", "--format", "vcard", "-o"])
        .arg(&exported)
        .arg("--data-dir")
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert!(std::fs::read_to_string(&exported)
        .unwrap()
        .contains("FN:Dev Patel"));

    let missing = dir.path().join(OsStr::from_bytes(b"nowhere \xe9.vcf"));
    let output = common::kindly_cli()
        .arg("import")
        .arg(&missing)
        .arg("--data-dir")
        .arg(dir.path())
        .output()
        .unwrap();
    let (code, _, err) = answer(&output);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.starts_with("kindly: ") && err.contains("nowhere"),
        "{err}"
    );
}

#[cfg(unix)]
#[test]
fn text_that_is_not_utf8_is_refused_plainly_not_with_a_crash() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let output = common::kindly_cli()
        .arg("lookup")
        .arg(OsStr::from_bytes(b"Ros\xe9"))
        .arg("--data-dir")
        .arg(dir.path())
        .output()
        .unwrap();
    let (code, _, err) = answer(&output);
    assert_eq!(code, 2, "{err}");
    assert!(err.starts_with("kindly: "), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn completions_for_each_shell_name_the_commands() {
    for shell in ["bash", "zsh", "fish"] {
        let (code, out, err) = answer(&run(["completions", shell]));
        assert_eq!(code, 0, "{shell}: {err}");
        for command in ["lookup", "export", "team", "add-staff"] {
            assert!(out.contains(command), "{shell} lacks {command}");
        }
        assert!(out.contains("data-dir"), "{shell}: the options too");
    }
    let (code, _, err) = answer(&run(["completions", "tcsh-please"]));
    assert_eq!(code, 2, "{err}");
}
