//! The passphrase that protects a notebook: what a new one must be.

use crate::error::{Error, Result};

/// The shortest passphrase accepted, in characters.
pub const MIN_PASSPHRASE: usize = 8;
/// The longest passphrase accepted, in characters.
pub const MAX_PASSPHRASE: usize = 1024;

/// Checks that a new passphrase was typed the same way twice.
pub fn check_repeated(passphrase: &str, again: &str) -> Result<()> {
    if passphrase != again {
        return Err(Error::invalid(
            "again",
            "The two passphrases are different. Type the same one twice.",
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
            format!("Use at least {MIN_PASSPHRASE} characters; a short sentence is easy to remember and hard to guess."),
        ));
    }
    if chars > MAX_PASSPHRASE {
        return Err(Error::invalid(
            field,
            format!("Use at most {MAX_PASSPHRASE} characters."),
        ));
    }
    if passphrase.chars().any(char::is_control) {
        return Err(Error::invalid(
            field,
            "Use letters, digits, spaces and punctuation only.",
        ));
    }
    Ok(())
}
