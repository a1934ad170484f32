//! What every test file starting the built program shares.

use std::process::Command;

/// The built `kindly-cli`, speaking English whatever this computer's
/// language: the tests read its English sentences, and a French developer
/// runs them too. (`LANGUAGE` and `LC_MESSAGES` come before `LANG`.)
pub fn kindly_cli() -> Command {
    in_locale("C")
}

/// The built `kindly-cli` started as on a computer set to `locale`
/// (`fr_FR.UTF-8`), with nothing else naming a language.
pub fn in_locale(locale: &str) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_kindly-cli"));
    command
        .env_remove("LANGUAGE")
        .env_remove("LC_MESSAGES")
        .env("LC_ALL", locale)
        .env("LANG", locale);
    command
}
