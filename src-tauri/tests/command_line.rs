//! The desktop program started from a terminal: `--version`, `--help` and
//! a mistyped flag are answered there, without a window (so without a
//! display), as other programs do.

use std::process::{Command, Output};

/// Runs the built `kindly` with `args`, no display and a data folder of
/// its own (a running Kindly elsewhere is not asked to raise its window).
fn kindly(args: &[&str]) -> Output {
    let dir = tempfile::tempdir().unwrap();
    Command::new(env!("CARGO_BIN_EXE_kindly"))
        .args(args)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env("KINDLY_DATA_DIR", dir.path())
        .output()
        .unwrap()
}

#[test]
fn version_and_help_answer_on_stdout_without_a_window() {
    for flag in ["--version", "-V"] {
        let output = kindly(&[flag]);
        let err = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(0), "{flag}: {err}");
        assert_eq!(
            String::from_utf8_lossy(&output.stdout),
            format!("kindly {}\n", env!("CARGO_PKG_VERSION")),
            "{flag}"
        );
    }
    for flag in ["--help", "-h"] {
        let output = kindly(&[flag]);
        let err = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(0), "{flag}: {err}");
        let out = String::from_utf8_lossy(&output.stdout);
        assert!(out.contains("Usage: kindly"), "{flag}: {out}");
        assert!(
            out.contains("lookup") && out.contains("completions"),
            "{out}"
        );
    }
}

#[test]
fn an_unknown_flag_is_refused_with_exit_2_without_a_window() {
    let output = kindly(&["--frobnicate"]);
    let err = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{err}");
    assert!(output.stdout.is_empty());
    let first = err.lines().next().unwrap_or_default();
    assert!(
        first.starts_with("kindly: ") && first.contains("--frobnicate"),
        "{err}"
    );
    assert!(err.contains("Usage: kindly"), "{err}");
}
