//! The passphrase that protects a notebook: what a new one must be.

use crate::error::{Error, Result};
use kindly_words::{args, say, say_with};

/// The shortest passphrase accepted, in characters.
pub const MIN_PASSPHRASE: usize = 8;
/// The longest passphrase accepted, in characters.
pub const MAX_PASSPHRASE: usize = 1024;

/// Checks that a new passphrase was typed the same way twice.
pub fn check_repeated(passphrase: &str, again: &str) -> Result<()> {
    if passphrase != again {
        return Err(Error::invalid(
            "again",
            say("validate-two-passphrases-are-different"),
        ));
    }
    Ok(())
}

/// Checks a new passphrase: long enough to matter, short enough to type,
/// and without invisible control characters.
pub fn validate_passphrase(field: &str, passphrase: &str) -> Result<()> {
    let chars = passphrase.chars().count();
    if chars < MIN_PASSPHRASE {
        return Err(Error::invalid(
            field,
            say_with(
                "validate-passphrase-too-short",
                &args! { "min" => MIN_PASSPHRASE },
            ),
        ));
    }
    if chars > MAX_PASSPHRASE {
        return Err(Error::invalid(
            field,
            say_with(
                "validate-passphrase-too-long",
                &args! { "max" => MAX_PASSPHRASE },
            ),
        ));
    }
    if passphrase.chars().any(char::is_control) {
        return Err(Error::invalid(
            field,
            say("validate-use-letters-digits-spaces"),
        ));
    }
    Ok(())
}
