//! A small CSV reader (RFC 4180, plus what spreadsheets really write):
//! quoted fields with delimiters, doubled quotes and line breaks inside;
//! CRLF, LF or CR line endings; the delimiter (comma, semicolon or tab)
//! taken from the header line.
//!
//! Invariants: one pass, linear in the input; at most [`MAX_FIELDS`]
//! fields per record are kept; a record's `line` is the
//! 1-based physical line where it starts, counting line breaks inside
//! quoted fields; rows with no text in any field are skipped.

/// The most fields kept from one record; later ones are read and dropped
/// (the widest real export, Outlook's, has under a hundred).
pub(crate) const MAX_FIELDS: usize = 1_000;

/// One record of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Record {
    pub line: u32,
    pub fields: Vec<String>,
}

/// A quoted field that is never closed: the file ends inside it, so
/// nothing from `line` on can be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Unclosed {
    pub line: u32,
}

/// The delimiter of the header line: whichever of `,` `;` and tab appears
/// most outside quotes (comma on a tie or when there is none).
pub(crate) fn delimiter(text: &str) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for b in text.bytes() {
        match b {
            b'"' => quoted = !quoted,
            b'\n' | b'\r' if !quoted => break,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], 3 - i)).unwrap_or(0);
    [b',', b';', b'\t'][best]
}

/// Iterates records; after an [`Unclosed`] it ends.
pub(crate) struct Reader<'a> {
    text: &'a [u8],
    pos: usize,
    line: u32,
    delim: u8,
}

impl<'a> Reader<'a> {
    pub fn new(text: &'a str, delim: u8) -> Self {
        Reader {
            text: text.as_bytes(),
            pos: 0,
            line: 1,
            delim,
        }
    }

    /// Reads one record from `pos`; `None` at the end of the text.
    fn record(&mut self) -> Option<Result<Record, Unclosed>> {
        let t = self.text;
        if self.pos >= t.len() {
            return None;
        }
        let start = self.line;
        let mut fields = Vec::new();
        let mut field: Vec<u8> = Vec::new();
        let mut quoted = false;
        let mut at_start = true;
        while self.pos < t.len() {
            let b = t[self.pos];
            self.pos += 1;
            if quoted {
                match b {
                    b'"' if t.get(self.pos) == Some(&b'"') => {
                        field.push(b'"');
                        self.pos += 1;
                    }
                    b'"' => quoted = false,
                    b'\r' => {
                        if t.get(self.pos) == Some(&b'\n') {
                            self.pos += 1;
                        }
                        field.push(b'\n');
                        self.line += 1;
                    }
                    b'\n' => {
                        field.push(b'\n');
                        self.line += 1;
                    }
                    _ => field.push(b),
                }
                continue;
            }
            match b {
                b'"' if at_start => {
                    quoted = true;
                    at_start = false;
                }
                b'\r' | b'\n' => {
                    if b == b'\r' && t.get(self.pos) == Some(&b'\n') {
                        self.pos += 1;
                    }
                    self.line += 1;
                    keep(&mut fields, field);
                    return Some(Ok(Record {
                        line: start,
                        fields,
                    }));
                }
                _ if b == self.delim => {
                    keep(&mut fields, std::mem::take(&mut field));
                    at_start = true;
                }
                _ => {
                    field.push(b);
                    at_start = false;
                }
            }
        }
        if quoted {
            self.pos = t.len();
            return Some(Err(Unclosed { line: start }));
        }
        keep(&mut fields, field);
        Some(Ok(Record {
            line: start,
            fields,
        }))
    }
}

impl Iterator for Reader<'_> {
    type Item = Result<Record, Unclosed>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            match self.record()? {
                Ok(r) if r.fields.iter().all(|f| f.trim().is_empty()) => continue,
                other => return Some(other),
            }
        }
    }
}

/// Adds `field` unless the record already has [`MAX_FIELDS`].
fn keep(fields: &mut Vec<String>, field: Vec<u8>) {
    if fields.len() < MAX_FIELDS {
        fields.push(text(field));
    }
}

/// Fields are split only at ASCII bytes, so they stay valid UTF-8.
fn text(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<Result<Record, Unclosed>> {
        Reader::new(text, delimiter(text)).collect()
    }

    #[test]
    fn quotes_commas_and_line_breaks() {
        let rows = read("a,b\r\n\"x, y\",\"say \"\"hi\"\"\nthere\"\r\n\r\nlast,\n");
        assert_eq!(
            rows,
            [
                Ok(Record {
                    line: 1,
                    fields: vec!["a".into(), "b".into()]
                }),
                Ok(Record {
                    line: 2,
                    fields: vec!["x, y".into(), "say \"hi\"\nthere".into()]
                }),
                Ok(Record {
                    line: 5,
                    fields: vec!["last".into(), String::new()]
                }),
            ]
        );
    }

    #[test]
    fn semicolons_and_unclosed_quotes() {
        assert_eq!(delimiter("Name;Phone,ext;Notes\n"), b';');
        assert_eq!(delimiter("\"a;b\",c\n"), b',');
        let rows = read("a;b\nx;\"never closed\n");
        assert_eq!(rows[1], Err(Unclosed { line: 2 }));
    }
}
