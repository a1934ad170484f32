//! The content lines of a vCard file (RFC 2425/2426/6350 and vCard 2.1):
//! physical lines joined into logical ones, each split into group, name,
//! parameters and the still-encoded value.
//!
//! Invariants: one pass over the bytes, no backtracking (linear time on any
//! input); the value of a binary property (PHOTO, LOGO, SOUND, KEY) is
//! never stored, however many lines it spans.

use super::text::{self, Fallback};

/// Properties whose values are pictures, sounds or keys: skipped unread.
const BINARY: &[&str] = &["PHOTO", "LOGO", "SOUND", "KEY"];

/// The longest logical line kept, in bytes: room for the longest notes a
/// profile takes, quoted-printable encoded, several times over (and for a
/// phone with a hundred thousand types). The rest of a longer line is read
/// past and left out.
pub(crate) const MAX_LINE_BYTES: usize = 1024 * 1024;
/// The most parameters kept for one property (a real one has a few).
pub(crate) const MAX_PARAMS: usize = 32;
/// The most values kept for one parameter (`TYPE=cell,voice,pref`).
pub(crate) const MAX_PARAM_VALUES: usize = 32;

/// One logical line.
#[derive(Debug)]
pub(crate) enum Line {
    Property(Property),
    /// A non-blank line that is not `name:value`, e.g. the base64 of a
    /// vCard 2.1 photo written without indentation.
    Garbage {
        line: u32,
    },
}

/// One property, e.g. `item1.TEL;TYPE=CELL,VOICE;PREF=1:+34 612 34 56 78`.
#[derive(Debug)]
pub(crate) struct Property {
    /// 1-based line where the property starts.
    pub line: u32,
    /// Lower case; empty when there is no group.
    pub group: String,
    /// Upper case, e.g. `TEL`.
    pub name: String,
    /// Parameter names in upper case with their values (unquoted, commas
    /// split). vCard 2.1's bare `CELL` is `TYPE=CELL`; a bare
    /// `QUOTED-PRINTABLE` is `ENCODING=QUOTED-PRINTABLE`.
    pub params: Vec<(String, Vec<String>)>,
    /// The value as written (escapes and encodings still in place);
    /// empty for binary properties.
    pub value: Vec<u8>,
}

impl Property {
    /// The values of every parameter called `name` (upper case).
    pub fn param<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.params
            .iter()
            .filter(move |(n, _)| n == name)
            .flat_map(|(_, v)| v.iter().map(String::as_str))
    }

    /// `true` for binary properties, whose value was skipped.
    pub fn is_binary(&self) -> bool {
        BINARY.contains(&self.name.as_str())
    }
}

/// Iterates the logical lines of `data`.
pub(crate) struct Lexer<'a> {
    data: &'a [u8],
    pos: usize,
    /// Line number of the next physical line.
    line: u32,
    /// `\n` normally; `\r` for files with old Mac line endings only.
    end: u8,
}

impl<'a> Lexer<'a> {
    pub fn new(data: &'a [u8]) -> Self {
        let end = if !data.contains(&b'\n') && data.contains(&b'\r') {
            b'\r'
        } else {
            b'\n'
        };
        Lexer {
            data,
            pos: 0,
            line: 1,
            end,
        }
    }

    /// The next physical line without its line ending, not consumed.
    fn peek(&self) -> Option<&'a [u8]> {
        if self.pos >= self.data.len() {
            return None;
        }
        let rest = &self.data[self.pos..];
        let len = rest
            .iter()
            .position(|&b| b == self.end)
            .unwrap_or(rest.len());
        let line = &rest[..len];
        Some(line.strip_suffix(b"\r").unwrap_or(line))
    }

    /// Consumes the physical line [`Self::peek`] returned.
    fn advance(&mut self) {
        let rest = &self.data[self.pos..];
        let len = rest.iter().position(|&b| b == self.end);
        self.pos += len.map_or(rest.len(), |l| l + 1);
        self.line += 1;
    }
}

impl Iterator for Lexer<'_> {
    type Item = Line;

    fn next(&mut self) -> Option<Line> {
        let (line, first) = loop {
            let first = self.peek()?;
            let line = self.line;
            self.advance();
            if !first.iter().all(u8::is_ascii_whitespace) {
                break (line, first);
            }
        };
        let mut last_of_line = first.last().copied();
        let skip = BINARY.contains(&name_of(first).as_str());
        let mut buf = capped(first).to_vec();
        let mut qp = None;
        while let Some(next) = self.peek() {
            let qp = *qp.get_or_insert_with(|| is_quoted_printable(&buf));
            // Past the cap, the last byte of the physical line tells.
            let soft_break = if buf.len() < MAX_LINE_BYTES {
                buf.last() == Some(&b'=')
            } else {
                last_of_line == Some(b'=')
            };
            if qp && soft_break && !is_card_boundary(next) {
                // vCard 2.1 soft line break: the next line continues the
                // value as it is, whatever it starts with.
                if buf.last() == Some(&b'=') {
                    buf.pop();
                }
                append_capped(&mut buf, next);
            } else if matches!(next.first(), Some(b' ' | b'\t')) {
                if !skip {
                    append_capped(&mut buf, &next[1..]);
                }
            } else {
                break;
            }
            last_of_line = next.last().copied();
            self.advance();
        }
        Some(property(line, &buf).map_or(Line::Garbage { line }, Line::Property))
    }
}

/// At most [`MAX_LINE_BYTES`] of `bytes`.
fn capped(bytes: &[u8]) -> &[u8] {
    &bytes[..bytes.len().min(MAX_LINE_BYTES)]
}

/// Appends `more` to `buf` up to [`MAX_LINE_BYTES`] in all.
fn append_capped(buf: &mut Vec<u8>, more: &[u8]) {
    let room = MAX_LINE_BYTES.saturating_sub(buf.len());
    buf.extend_from_slice(&more[..more.len().min(room)]);
}

/// `BEGIN:VCARD` or `END:VCARD`: never the rest of a value, even after a
/// stray `=` at the end of a quoted-printable line.
fn is_card_boundary(line: &[u8]) -> bool {
    let line = line.trim_ascii();
    line.eq_ignore_ascii_case(b"END:VCARD") || line.eq_ignore_ascii_case(b"BEGIN:VCARD")
}

/// The upper-case name (without group) at the start of a line, or "".
fn name_of(line: &[u8]) -> String {
    let end = line
        .iter()
        .position(|&b| b == b';' || b == b':')
        .unwrap_or(line.len());
    let head = &line[..end];
    let name = head.rsplit(|&b| b == b'.').next().unwrap_or(head);
    String::from_utf8_lossy(name).trim().to_ascii_uppercase()
}

/// Where the name and parameters end: the first `:` outside double quotes.
fn colon(buf: &[u8]) -> Option<usize> {
    let mut quoted = false;
    for (i, &b) in buf.iter().enumerate() {
        match b {
            b'"' => quoted = !quoted,
            b':' if !quoted => return Some(i),
            _ => {}
        }
    }
    None
}

fn is_quoted_printable(buf: &[u8]) -> bool {
    let head = &buf[..colon(buf).unwrap_or(buf.len())];
    head.windows(16)
        .any(|w| w.eq_ignore_ascii_case(b"QUOTED-PRINTABLE"))
}

/// Splits `s` on `sep` outside double quotes into at most `max` parts
/// (splitting stops there; the rest is left out).
fn split_outside_quotes(s: &str, sep: char, max: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut quoted = false;
    let mut start = 0;
    for (i, c) in s.char_indices() {
        if c == '"' {
            quoted = !quoted;
        } else if c == sep && !quoted {
            out.push(&s[start..i]);
            start = i + 1;
            if out.len() == max {
                return out;
            }
        }
    }
    out.push(&s[start..]);
    out
}

/// Parses one logical line; `None` when it is not `name[;params]:value`.
fn property(line: u32, buf: &[u8]) -> Option<Property> {
    let at = colon(buf)?;
    let (head, _) = text::decode(&buf[..at], None, Fallback::WESTERN);
    // The name, then its parameters.
    let mut parts = split_outside_quotes(&head, ';', 1 + MAX_PARAMS).into_iter();
    let full_name = parts.next()?.trim();
    let (group, name) = match full_name.rsplit_once('.') {
        Some((g, n)) => (g.to_ascii_lowercase(), n),
        None => (String::new(), full_name),
    };
    if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
        return None;
    }
    let name = name.to_ascii_uppercase();
    let params = parts.filter_map(param).collect();
    let value = if BINARY.contains(&name.as_str()) {
        Vec::new()
    } else {
        buf[at + 1..].to_vec()
    };
    Some(Property {
        line,
        group,
        name,
        params,
        value,
    })
}

/// One parameter: `NAME=v1,"v2"` or vCard 2.1's bare value.
fn param(part: &str) -> Option<(String, Vec<String>)> {
    let part = part.trim();
    if part.is_empty() {
        return None;
    }
    let Some((name, values)) = part.split_once('=') else {
        let upper = part.to_ascii_uppercase();
        let name = match upper.as_str() {
            "QUOTED-PRINTABLE" | "BASE64" | "B" | "8BIT" | "7BIT" => "ENCODING",
            _ => "TYPE",
        };
        return Some((name.to_owned(), vec![part.to_owned()]));
    };
    let name = name.trim().to_ascii_uppercase();
    // TYPE="home,voice" (Thunderbird) means two types, quoted or not.
    let values = if name == "TYPE" {
        values.split(',').take(MAX_PARAM_VALUES).collect()
    } else {
        split_outside_quotes(values, ',', MAX_PARAM_VALUES)
    };
    let values = values
        .into_iter()
        .map(|v| caret_decode(v.trim().trim_matches('"').trim()))
        .filter(|v| !v.is_empty())
        .collect();
    Some((name, values))
}

/// RFC 6868 parameter escapes: `^n` newline, `^^` caret, `^'` double quote.
fn caret_decode(v: &str) -> String {
    if !v.contains('^') {
        return v.to_owned();
    }
    let mut out = String::with_capacity(v.len());
    let mut chars = v.chars();
    while let Some(c) = chars.next() {
        if c != '^' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => out.push('\n'),
            Some('^') => out.push('^'),
            Some('\'') => out.push('"'),
            Some(other) => {
                out.push('^');
                out.push(other);
            }
            None => out.push('^'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn props(data: &[u8]) -> Vec<Property> {
        Lexer::new(data)
            .filter_map(|l| match l {
                Line::Property(p) => Some(p),
                Line::Garbage { .. } => None,
            })
            .collect()
    }

    #[test]
    fn folding_groups_and_params() {
        let p = props(b"item1.TEL;type=CELL;TYPE=\"home,voice\";pref:+1 555\r\n 0100\r\nNOTE:x");
        assert_eq!(p.len(), 2);
        assert_eq!(p[0].group, "item1");
        assert_eq!(p[0].name, "TEL");
        assert_eq!(p[0].value, b"+1 5550100");
        let types: Vec<&str> = p[0].param("TYPE").collect();
        assert_eq!(types, ["CELL", "home", "voice", "pref"]);
        assert_eq!(p[1].line, 3);
    }

    #[test]
    fn quoted_printable_soft_breaks_join_lines() {
        let p = props(b"NOTE;ENCODING=QUOTED-PRINTABLE:a=\nb=\n=3Dc\nFN:x");
        assert_eq!(p[0].value, b"ab=3Dc");
        assert_eq!(p[1].name, "FN");
    }

    #[test]
    fn a_stray_soft_break_does_not_swallow_the_end_of_the_card() {
        let p = props(b"NOTE;QUOTED-PRINTABLE:abc=\r\nEND:VCARD\r\n");
        assert_eq!(p[0].value, b"abc=");
        assert_eq!(p[1].name, "END");
    }

    #[test]
    fn parameters_their_values_and_the_line_are_capped() {
        let many = "TEL;".to_owned() + &"X-A=a;".repeat(1000) + "TYPE=" + &"b,".repeat(1000) + ":1";
        let p = props(many.as_bytes());
        assert_eq!(p[0].params.len(), MAX_PARAMS);
        let line = "TEL;TYPE=".to_owned() + &"b,".repeat(1000) + ":1";
        let p = props(line.as_bytes());
        assert_eq!(p[0].param("TYPE").count(), MAX_PARAM_VALUES);

        let long = format!(
            "NOTE:{}\n {}\nFN:x",
            "a".repeat(MAX_LINE_BYTES),
            "b".repeat(100)
        );
        let p = props(long.as_bytes());
        assert_eq!(p[0].value.len(), MAX_LINE_BYTES - "NOTE:".len());
        assert_eq!(
            (p[1].name.as_str(), p[1].line),
            ("FN", 3),
            "read past, not lost"
        );
    }

    #[test]
    fn photos_are_skipped_and_lines_counted() {
        let p = props(b"PHOTO;ENCODING=b:AAAA\n BBBB\n CCCC\nFN:x\n");
        assert!(p[0].value.is_empty());
        assert_eq!((p[1].name.as_str(), p[1].line), ("FN", 4));
    }
}
