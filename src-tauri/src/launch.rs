//! Whether one start of the desktop program `kindly` opens the window or
//! answers on the command line: decided from the arguments alone, before
//! anything needs a display, so `kindly --version` works over SSH.

use std::ffi::OsString;

use crate::{data_dir, EXIT_WHEN_READY_ARG, HIDDEN_ARG};

/// Added by WebKitWebDriver when the end-to-end tests drive the window.
const AUTOMATION_ARG: &str = "--automation";

/// Flags only the window understands; dropped when the command line
/// answers instead (`kindly --hidden --version` prints the version).
const WINDOW_FLAGS: &[&str] = &[HIDDEN_ARG, EXIT_WHEN_READY_ARG, AUTOMATION_ARG];

/// What one start of `kindly` does.
#[derive(Debug, PartialEq, Eq)]
pub enum Start {
    /// Open the window (or raise the one already open on this notebook):
    /// every argument is one the window understands, and all are UTF-8.
    Window,
    /// Hand these arguments to the command line (`kindly_cli::run`): a
    /// command, `--help`, `--version`, or a mistake for it to explain with
    /// exit code 2. The window's own flags before the first other argument
    /// are left out; everything from that argument on is passed as given.
    Command(Vec<OsString>),
    /// Answer this on standard error with exit code 2: arguments the window
    /// would understand, but not valid text (its plugins read them as
    /// UTF-8 and would crash on anything else).
    Refuse(String),
}

/// What `kindly` started with `args` (without the program's name) does.
///
/// The window understands `--data-dir DIR` (or `--data-dir=DIR`, shared
/// with the command line), `--hidden` (autostart), `--exit-when-ready`
/// (benchmarks), `--automation` (WebKitWebDriver), `kindly://` links (the
/// desktop entry's `%u`) and macOS's `-psn_…`. Anything else, a command or
/// not, is the command line's to answer, so an unknown flag is refused
/// instead of opening the window.
pub fn start_for(args: &[OsString]) -> Start {
    let mut shared = Vec::new();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.to_str() {
            Some(flag) if window_only(flag) => {}
            Some(data_dir::FLAG) => {
                shared.push(arg.clone());
                match rest.next() {
                    Some(dir) => shared.push(dir.clone()),
                    // The command line explains that it needs a value.
                    None => return Start::Command(shared),
                }
            }
            Some(flag)
                if flag
                    .strip_prefix(data_dir::FLAG)
                    .is_some_and(|v| v.starts_with('=')) =>
            {
                shared.push(arg.clone());
            }
            _ => {
                shared.push(arg.clone());
                shared.extend(rest.cloned());
                return Start::Command(shared);
            }
        }
    }
    if args.iter().any(|arg| arg.to_str().is_none()) {
        return Start::Refuse(format!(
            "the window takes only arguments that are valid text (UTF-8). For a data \
             folder whose name is not, set {} instead of giving {}.",
            data_dir::ENV,
            data_dir::FLAG
        ));
    }
    Start::Window
}

/// A flag or a link that means something to the window only.
fn window_only(arg: &str) -> bool {
    WINDOW_FLAGS.contains(&arg)
        || arg
            .split_once(':')
            .is_some_and(|(scheme, _)| scheme.eq_ignore_ascii_case(crate::calls::SCHEME))
        || arg.starts_with("-psn_")
        // End-to-end tests' stand-in for dropping a file (debug builds).
        || (cfg!(debug_assertions) && arg.starts_with(crate::dropping::E2E_DROP_ARG))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn start(args: &[&str]) -> Start {
        let args: Vec<OsString> = args.iter().map(OsString::from).collect();
        start_for(&args)
    }

    fn command(args: &[&str]) -> Start {
        Start::Command(args.iter().map(OsString::from).collect())
    }

    #[test]
    fn the_window_opens_with_nothing_or_only_its_own_arguments() {
        for args in [
            &[][..],
            &["--data-dir", "/tmp/a"],
            &["--data-dir=/tmp/a"],
            &["--hidden"],
            &["--data-dir", "/tmp/a", "--exit-when-ready"],
            &["--automation", "--data-dir", "/tmp/a"],
            &["kindly://call?number=%2B44%2020%207946%200958"],
            &[
                "--data-dir",
                "/tmp/a",
                "KINDLY://join?server=shop&login=ana",
            ],
            &["-psn_0_12345"],
        ] {
            assert_eq!(start(args), Start::Window, "{args:?}");
        }
    }

    #[test]
    fn the_tests_stand_in_for_a_drop_opens_the_window_in_a_debug_build_only() {
        let args = ["--data-dir", "/tmp/a", "--e2e-drop=/tmp/Rosie.vcf"];
        if cfg!(debug_assertions) {
            assert_eq!(start(&args), Start::Window);
        } else {
            assert_eq!(start(&args), command(&args));
        }
    }

    #[test]
    fn version_and_help_are_answered_whatever_window_flags_come_first() {
        for flag in ["--version", "-V", "--help", "-h", "help"] {
            assert_eq!(start(&[flag]), command(&[flag]));
            assert_eq!(start(&["--hidden", flag]), command(&[flag]));
            assert_eq!(
                start(&["--data-dir=/tmp/a", flag]),
                command(&["--data-dir=/tmp/a", flag])
            );
        }
    }

    #[test]
    fn an_unknown_flag_or_word_goes_to_the_command_line_to_be_refused() {
        assert_eq!(start(&["--frobnicate"]), command(&["--frobnicate"]));
        assert_eq!(
            start(&["--data-dir", "/tmp/a", "-x"]),
            command(&["--data-dir", "/tmp/a", "-x"])
        );
        assert_eq!(start(&["--hidden=yes"]), command(&["--hidden=yes"]));
        assert_eq!(start(&["notes.txt"]), command(&["notes.txt"]));
        assert_eq!(start(&["--data-dir"]), command(&["--data-dir"]));
    }

    #[test]
    fn after_a_command_every_argument_is_the_command_line_s() {
        assert_eq!(
            start(&["lookup", "kindly://call", "--hidden"]),
            command(&["lookup", "kindly://call", "--hidden"])
        );
        assert_eq!(
            start(&["--data-dir", "/tmp/a", "import", "--", "--hidden"]),
            command(&["--data-dir", "/tmp/a", "import", "--", "--hidden"])
        );
    }

    #[cfg(unix)]
    #[test]
    fn arguments_that_are_not_utf8_never_reach_the_window() {
        use std::os::unix::ffi::OsStrExt;
        let odd = OsString::from(std::ffi::OsStr::from_bytes(b"/tmp/caf\xe9"));
        let window = start_for(&["--data-dir".into(), odd.clone()]);
        assert!(
            matches!(&window, Start::Refuse(m) if m.contains("KINDLY_DATA_DIR")),
            "{window:?}"
        );
        let line = vec![
            "--data-dir".into(),
            odd.clone(),
            "export".into(),
            "--format=vcard".into(),
        ];
        assert_eq!(start_for(&line), Start::Command(line.clone()));
        assert_eq!(
            start_for(std::slice::from_ref(&odd)),
            Start::Command(vec![odd])
        );
    }
}
