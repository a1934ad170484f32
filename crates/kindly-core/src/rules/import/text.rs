//! Turning bytes into text: byte-order marks, UTF-16, the charsets files
//! and vCard values name (every WHATWG encoding, through `encoding_rs`),
//! a guess for text that names none and is not UTF-8 (`chardetng`, once
//! per file), and quoted-printable.
//!
//! Invariant: every function here is total (any bytes give some text) and
//! linear in its input.

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, ISO_2022_JP, UTF_8, WINDOWS_1252};
use kindly_words::{args, say_with};

use crate::error::{Error, Result};

/// How a piece of text was read, so the importer can tell the user once
/// when it had to guess.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Decoded {
    /// The bytes were what they claimed (or valid UTF-8).
    AsDeclared,
    /// The bytes named no charset and were not UTF-8: read in the file's
    /// likeliest encoding ([`Fallback`]).
    Guessed(&'static Encoding),
    /// The charset named is not one Kindly knows; the text was read as
    /// UTF-8, or else in the file's likeliest encoding.
    UnknownCharset,
}

/// The encoding for text that names none and is not UTF-8: the likeliest
/// for the whole file, guessed once from all its bytes (a name alone is
/// too short to tell Cyrillic from Greek).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Fallback(&'static Encoding);

impl Fallback {
    /// The likeliest encoding of `bytes` (after [`prepare`]) where they are
    /// not UTF-8; Windows-1252 when they are all UTF-8 (then it is never
    /// used). A file in ISO-2022-JP, which is all ASCII bytes with escapes,
    /// is recognised by its escapes.
    pub(crate) fn for_file(bytes: &[u8]) -> Fallback {
        let escapes = bytes.contains(&0x1B);
        if !escapes && std::str::from_utf8(bytes).is_ok() {
            return Fallback(WINDOWS_1252);
        }
        let mut detector = EncodingDetector::new(if escapes {
            Iso2022JpDetection::Allow
        } else {
            Iso2022JpDetection::Deny
        });
        detector.feed(bytes, true);
        Fallback(detector.guess(None, Utf8Detection::Deny))
    }

    /// Windows-1252, for the parts of a file that are ASCII by rule (a
    /// vCard property's name and parameters).
    pub(crate) const WESTERN: Fallback = Fallback(WINDOWS_1252);

    /// The encoding chosen.
    pub(crate) fn encoding(self) -> &'static Encoding {
        self.0
    }
}

/// The sentence the importers show when text had to be guessed.
pub(crate) fn guessed_note(encoding: &'static Encoding) -> String {
    say_with(
        "import-guessed-encoding",
        &args! { "encoding" => plain_name(encoding) },
    )
}

/// An encoding's name as a shop owner would recognise it: the language
/// or region it is for, then its technical name.
pub(crate) fn plain_name(encoding: &'static Encoding) -> String {
    let name = encoding.name();
    // The family is a selector of `import-encoding` in the catalogues.
    let family = match name {
        "windows-1252" | "ISO-8859-15" | "macintosh" => "western",
        "windows-1250" | "ISO-8859-2" => "central",
        "windows-1251" | "KOI8-R" | "KOI8-U" | "ISO-8859-5" | "IBM866" | "x-mac-cyrillic" => {
            "cyrillic"
        }
        "windows-1253" | "ISO-8859-7" => "greek",
        "windows-1254" => "turkish",
        "windows-1255" | "ISO-8859-8" | "ISO-8859-8-I" => "hebrew",
        "windows-1256" | "ISO-8859-6" => "arabic",
        "windows-1257" | "ISO-8859-4" | "ISO-8859-13" => "baltic",
        "windows-1258" => "vietnamese",
        "windows-874" => "thai",
        "ISO-8859-3" => "south",
        "ISO-8859-10" => "nordic",
        "ISO-8859-14" => "celtic",
        "ISO-8859-16" => "south-eastern",
        "Shift_JIS" | "EUC-JP" | "ISO-2022-JP" => "japanese",
        "GBK" | "gb18030" => "simplified-chinese",
        "Big5" => "traditional-chinese",
        "EUC-KR" => "korean",
        _ => return name.to_owned(),
    };
    let name = match name {
        "macintosh" => "Mac Roman".to_owned(),
        "x-mac-cyrillic" => "Mac Cyrillic".to_owned(),
        "gb18030" => "GB18030".to_owned(),
        windows if windows.starts_with("windows-") => format!("Windows-{}", &windows[8..]),
        other => other.to_owned(),
    };
    say_with(
        "import-encoding",
        &args! { "family" => family, "name" => name },
    )
}

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
            say_with("import-binary", &args! { "format" => what }),
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

/// Text of `bytes` in the named `charset`; naming none, UTF-8 when it
/// is valid UTF-8, else the file's `fallback`. A charset Kindly does not
/// know is read the same way, and said so.
pub(crate) fn decode(bytes: &[u8], charset: Option<&str>, fallback: Fallback) -> (String, Decoded) {
    let (encoding, unknown) = match charset {
        None => (None, false),
        Some(label) => match encoding_for(label) {
            Some(encoding) => (Some(encoding), false),
            None => (None, true),
        },
    };
    if let Some(encoding) = encoding {
        let (text, _) = encoding.decode_without_bom_handling(bytes);
        return (text.into_owned(), Decoded::AsDeclared);
    }
    let guessed = |how| {
        let (text, _) = fallback.0.decode_without_bom_handling(bytes);
        (text.into_owned(), how)
    };
    let (text, how) = match std::str::from_utf8(bytes) {
        // ISO-2022-JP is valid ASCII: only its escapes tell it apart.
        Ok(_) if fallback.0 == ISO_2022_JP && bytes.contains(&0x1B) => {
            guessed(Decoded::Guessed(fallback.0))
        }
        Ok(text) => (text.to_owned(), Decoded::AsDeclared),
        Err(_) => guessed(Decoded::Guessed(fallback.0)),
    };
    match unknown {
        true => (text, Decoded::UnknownCharset),
        false => (text, how),
    }
}

/// The encoding a charset `label` names (any WHATWG label, and a few
/// more that vCards carry); `None` when Kindly does not know it.
fn encoding_for(label: &str) -> Option<&'static Encoding> {
    let label = label.trim().to_ascii_lowercase();
    let label = match label.as_str() {
        // Browsers read ISO-8859-1 as Windows-1252 too: the only difference
        // is 0x80-0x9F, invisible controls in Latin-1 and never meant.
        "ansi" | "latin-1" => "windows-1252",
        "latin-9" | "latin9" => "iso-8859-15",
        "utf-8" | "utf8" | "us-ascii" | "ascii" => return Some(UTF_8),
        other => other,
    };
    Encoding::for_label(label.as_bytes())
}

/// Windows-1252 as the WHATWG Encoding Standard defines it (what an
/// export in it reads back as).
#[cfg(test)]
pub(crate) fn windows_1252(bytes: &[u8]) -> String {
    WINDOWS_1252
        .decode_without_bom_handling(bytes)
        .0
        .into_owned()
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

    /// `id` said in `language` (a helper, so the words crate's scan of
    /// literal ids reads only the code's own calls).
    fn said_in(language: &str, id: &str, args: Option<&kindly_words::FluentArgs>) -> String {
        kindly_words::say_in(language, id, args)
    }

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

    #[test]
    fn a_guessed_encoding_is_named_as_a_shop_owner_knows_it_in_their_language() {
        let cyrillic = encoding_rs::WINDOWS_1251;
        assert_eq!(
            guessed_note(cyrillic),
            "Some text was not in UTF-8 and was read as Cyrillic (Windows-1251). \
             Check names and accented letters after importing."
        );
        let in_french = said_in(
            "fr",
            "import-encoding",
            Some(&args! { "family" => "cyrillic", "name" => "Windows-1251" }),
        );
        assert_eq!(in_french, "Cyrillique (Windows-1251)");
        let note = said_in(
            "fr",
            "import-guessed-encoding",
            Some(&args! { "encoding" => in_french }),
        );
        assert!(
            note.starts_with("Une partie du texte n’était pas en UTF-8 et a été lue comme Cyrillique (Windows-1251)."),
            "{note}"
        );
    }

    #[test]
    fn a_contacts_left_out_details_are_counted_in_each_languages_plural() {
        let more = |language: &str, count: i64| {
            said_in(
                language,
                "import-too-many",
                Some(&args! { "what" => "phones", "max" => 20, "count" => count }),
            )
        };
        assert_eq!(
            more("en", 3),
            "A customer can have at most 20 phone numbers; 3 more were left out."
        );
        assert!(more("fr", 1).ends_with("; 1 de plus a été laissé de côté."));
        assert!(more("fr", 5).ends_with("; 5 de plus ont été laissés de côté."));
        assert!(more("es", 1).ends_with("se ha dejado fuera 1 más."));
    }
}
