//! Turning bytes into text: byte-order marks, UTF-16, UTF-8 with a
//! Windows-1252 fallback, the named charsets vCards carry, and
//! quoted-printable. Written by hand so the core needs no encoding crate.
//!
//! Invariant: every function here is total (any bytes give some text) and
//! linear in its input.

use crate::error::{Error, Result};

/// How a piece of text was read, so the importer can tell the user once
/// when it had to guess.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Decoded {
    /// The bytes were what they claimed (or valid UTF-8).
    AsDeclared,
    /// The bytes were not valid UTF-8 and were read as Windows-1252.
    Guessed1252,
    /// The charset was unknown; the text was read as UTF-8 or Windows-1252.
    UnknownCharset,
}

/// The message the importers show when text had to be guessed.
pub(crate) const GUESSED_1252: &str =
    "Some text was not in UTF-8 and was read as Western European \
     (Windows-1252). Check accented letters after importing.";

/// How many leading bytes are checked for NUL when deciding whether a file
/// is text at all (the same rule of thumb git uses).
const BINARY_SNIFF: usize = 8 * 1024;

/// Removes a byte-order mark and turns UTF-16 (with a BOM, or without one
/// when the first characters are plainly ASCII in UTF-16) into UTF-8 bytes.
/// Refuses files whose first bytes contain NUL after that: they are not
/// text. `what` names the expected format in the message ("vCard", "CSV").
pub(crate) fn prepare<'a>(bytes: &'a [u8], what: &str) -> Result<std::borrow::Cow<'a, [u8]>> {
    use std::borrow::Cow;
    let out: Cow<'a, [u8]> = if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        Cow::Borrowed(rest)
    } else if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        Cow::Owned(utf16(rest, u16::from_le_bytes))
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        Cow::Owned(utf16(rest, u16::from_be_bytes))
    } else if bytes.len() >= 4 && bytes[0] != 0 && bytes[1] == 0 && bytes[2] != 0 && bytes[3] == 0 {
        Cow::Owned(utf16(bytes, u16::from_le_bytes))
    } else if bytes.len() >= 4 && bytes[0] == 0 && bytes[1] != 0 && bytes[2] == 0 && bytes[3] != 0 {
        Cow::Owned(utf16(bytes, u16::from_be_bytes))
    } else {
        Cow::Borrowed(bytes)
    };
    if out[..out.len().min(BINARY_SNIFF)].contains(&0) {
        return Err(Error::invalid(
            "file",
            format!(
                "This file is not a {what} file: it holds binary data, not text. \
                 Nothing was imported."
            ),
        ));
    }
    Ok(out)
}

/// UTF-16 code units to UTF-8 bytes; unpaired surrogates become U+FFFD and
/// an odd trailing byte is dropped.
fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Vec<u8> {
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    char::decode_utf16(units)
        .map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect::<String>()
        .into_bytes()
}

/// Text of `bytes` in the named `charset` (`None`: UTF-8 expected).
/// UTF-8 that is not valid falls back to Windows-1252, which never fails.
pub(crate) fn decode(bytes: &[u8], charset: Option<&str>) -> (String, Decoded) {
    let charset = charset.map(|c| c.trim().to_ascii_lowercase());
    match charset.as_deref() {
        None | Some("utf-8" | "utf8" | "us-ascii" | "ascii") => utf8_or_1252(bytes),
        // Browsers read ISO-8859-1 as Windows-1252 too: the only difference is
        // 0x80-0x9F, which are invisible controls in Latin-1 and never meant.
        Some(
            "windows-1252" | "cp1252" | "iso-8859-1" | "iso8859-1" | "latin1" | "latin-1" | "l1"
            | "ansi",
        ) => (windows_1252(bytes), Decoded::AsDeclared),
        Some("iso-8859-15" | "iso8859-15" | "latin-9" | "latin9") => {
            (latin9(bytes), Decoded::AsDeclared)
        }
        Some(_) => (utf8_or_1252(bytes).0, Decoded::UnknownCharset),
    }
}

fn utf8_or_1252(bytes: &[u8]) -> (String, Decoded) {
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_owned(), Decoded::AsDeclared),
        Err(_) => (windows_1252(bytes), Decoded::Guessed1252),
    }
}

/// Windows-1252 as the WHATWG Encoding Standard defines it: ASCII and
/// Latin-1 as themselves, 0x80-0x9F as the typographic characters Windows
/// put there (the five unassigned ones map to the C1 control of the same
/// value, which later cleaning removes).
pub(crate) fn windows_1252(bytes: &[u8]) -> String {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

/// ISO-8859-15: Latin-1 with eight positions changed (the euro sign among
/// them).
fn latin9(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0xA4 => '€',
            0xA6 => 'Š',
            0xA8 => 'š',
            0xB4 => 'Ž',
            0xB8 => 'ž',
            0xBC => 'Œ',
            0xBD => 'œ',
            0xBE => 'Ÿ',
            _ => char::from(b),
        })
        .collect()
}

/// Decodes quoted-printable: `=XX` is a byte, `=` before a line break is a
/// soft break (removed), and a malformed `=` is kept as it is.
pub(crate) fn quoted_printable(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b != b'=' {
            out.push(b);
            i += 1;
            continue;
        }
        match (bytes.get(i + 1), bytes.get(i + 2)) {
            (Some(b'\r'), Some(b'\n')) => i += 3,
            (Some(b'\r' | b'\n'), _) => i += 2,
            (Some(&h), Some(&l)) if hex(h).is_some() && hex(l).is_some() => {
                out.push(hex(h).unwrap_or(0) << 4 | hex(l).unwrap_or(0));
                i += 3;
            }
            _ => {
                out.push(b);
                i += 1;
            }
        }
    }
    out
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// One line of text for a one-line field: line breaks and tabs become
/// spaces, other control characters are dropped, runs of spaces collapse,
/// and the ends are trimmed.
pub(crate) fn one_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let c = if matches!(c, '\n' | '\r' | '\t') {
            ' '
        } else {
            c
        };
        if c.is_control() || (c == ' ' && (out.is_empty() || out.ends_with(' '))) {
            continue;
        }
        out.push(c);
    }
    out.truncate(out.trim_end().len());
    out
}

/// Text that may span lines: CRLF and CR become LF, control characters other
/// than LF and tab are dropped, and the ends are trimmed.
pub(crate) fn multi_line(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    text.chars()
        .filter(|&c| !c.is_control() || matches!(c, '\n' | '\t'))
        .collect::<String>()
        .trim()
        .to_owned()
}

/// The first `max` characters of `text`, trimmed at the end.
pub(crate) fn truncate(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => text[..at].trim_end().to_owned(),
        None => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_reads_accents_and_smart_quotes() {
        assert_eq!(
            windows_1252(b"Jos\xe9 \x93M\xfcller\x94 \x80"),
            "José “Müller” €"
        );
    }

    #[test]
    fn quoted_printable_with_soft_breaks() {
        assert_eq!(
            quoted_printable(b"Jos=C3=A9=\r\n Zo=C3=ABe=3D=ZZ"),
            "José Zoëe==ZZ".as_bytes()
        );
    }

    #[test]
    fn utf16_with_and_without_bom() {
        let le: Vec<u8> = "\u{feff}Zoë"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(&*prepare(&le, "CSV").unwrap(), "Zoë".as_bytes());
        let be: Vec<u8> = "Name".encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(&*prepare(&be, "CSV").unwrap(), b"Name");
    }

    #[test]
    fn one_line_collapses_breaks() {
        assert_eq!(one_line("  a\r\n b\tc\u{7}  "), "a b c");
        assert_eq!(truncate("Zoë Müller", 3), "Zoë");
    }
}
