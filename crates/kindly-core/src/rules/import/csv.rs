//! The CSV importer: a header row, then one contact per row, read through a
//! [`ColumnMap`] the user chose or one guessed from the headers.
//!
//! Encoding: a UTF-8 or UTF-16 byte-order mark is honoured; otherwise the
//! file is UTF-8 when it is valid UTF-8 and in its likeliest encoding when it is not
//! (Excel's "CSV" on Western European Windows), with one note in
//! [`Parsed::notes`]. Nothing is refused for its encoding.

use kindly_words::{args, say, say_with};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::columns::ColumnMap;
use super::csv_reader::{delimiter, Reader, Record, Unclosed};
use super::fit::{fit_all, Read};
use super::text::{self, Decoded, Fallback};
use super::vcard::month_first;
use super::{check_size, too_many_records, Importer, Parsed, RowProblem, MAX_RECORDS};
use crate::error::{Error, Result};

/// How many rows [`preview_headers`] returns.
pub const PREVIEW_ROWS: usize = 5;

/// Reads `.csv` files.
#[derive(Debug, Clone, Default)]
pub struct CsvImporter {
    /// The columns to use; `None` guesses them with [`ColumnMap::guess`].
    pub map: Option<ColumnMap>,
}

/// The start of a CSV file, for the step where the user maps columns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CsvPreview {
    /// The header row, as written.
    pub headers: Vec<String>,
    /// Up to [`PREVIEW_ROWS`] rows after the header, as written.
    pub rows: Vec<Vec<String>>,
    /// What [`ColumnMap::guess`] makes of the headers (it may have no name
    /// column; see [`ColumnMap::has_name`]).
    pub guess: ColumnMap,
}

/// The headers and first rows of a CSV file, and the guessed map.
pub fn preview_headers(bytes: &[u8]) -> Result<CsvPreview> {
    let file = CsvFile::open(bytes)?;
    let mut reader = file.reader();
    let headers = headers(&mut reader)?;
    let rows = reader
        .take(PREVIEW_ROWS)
        .map_while(|r| r.ok())
        .map(|r| r.fields)
        .collect();
    let guess = ColumnMap::guess(&headers);
    Ok(CsvPreview {
        headers,
        rows,
        guess,
    })
}

impl Importer for CsvImporter {
    fn parse(&self, bytes: &[u8], region: &str) -> Result<Parsed> {
        let file = CsvFile::open(bytes)?;
        let mut reader = file.reader();
        let headers = headers(&mut reader)?;
        let map = match &self.map {
            Some(map) => map.clone(),
            None => ColumnMap::guess(&headers),
        };
        if !map.has_name() {
            return Err(no_name_column(&headers));
        }
        let mut parsed = Parsed {
            notes: file.notes.clone(),
            ..Default::default()
        };
        let month_first = month_first(region);
        let mut read = Vec::new();
        for (count, row) in reader.enumerate() {
            if count == MAX_RECORDS {
                return Err(too_many_records());
            }
            read.push(match row {
                Ok(Record { line, fields }) => {
                    let mut problems = Vec::new();
                    let input = map.customer(&fields, month_first, &mut problems);
                    Read::Record {
                        line,
                        input,
                        problems,
                    }
                }
                Err(Unclosed { line }) => Read::Unreadable(RowProblem {
                    line,
                    message: "A quote (\") opened on this line is never closed, so this row \
                              and the rest of the file could not be read."
                        .into(),
                }),
            });
        }
        fit_all(read, region, &mut parsed);
        Ok(parsed)
    }
}

/// The decoded text of a CSV file and its delimiter.
struct CsvFile {
    text: String,
    delim: u8,
    notes: Vec<String>,
}

impl CsvFile {
    fn open(bytes: &[u8]) -> Result<CsvFile> {
        check_size(bytes)?;
        let data = text::prepare(bytes, "CSV")?;
        let (text, how) = text::decode(&data, None, Fallback::for_file(&data));
        let notes = match how {
            Decoded::Guessed(encoding) => vec![text::guessed_note(encoding)],
            Decoded::AsDeclared | Decoded::UnknownCharset => Vec::new(),
        };
        let delim = delimiter(&text);
        Ok(CsvFile { text, delim, notes })
    }

    fn reader(&self) -> Reader<'_> {
        Reader::new(&self.text, self.delim)
    }
}

/// The header row, trimmed.
fn headers(reader: &mut Reader<'_>) -> Result<Vec<String>> {
    match reader.next() {
        None => Err(Error::invalid("file", say("import-csv-empty"))),
        Some(Err(Unclosed { .. })) => Err(Error::invalid("file", say("import-csv-unclosed-quote"))),
        Some(Ok(record)) => Ok(record.fields.iter().map(|h| text::one_line(h)).collect()),
    }
}

/// The error for a file whose headers name no name column.
fn no_name_column(headers: &[String]) -> Error {
    const SHOWN: usize = 12;
    let found: Vec<String> = headers
        .iter()
        .filter(|h| !h.is_empty())
        .take(SHOWN)
        .map(|h| format!("\u{201c}{}\u{201d}", text::truncate(h, 40)))
        .collect();
    let more = headers
        .iter()
        .filter(|h| !h.is_empty())
        .count()
        .saturating_sub(SHOWN);
    let found = if found.is_empty() {
        say("import-no-column-names")
    } else if more > 0 {
        say_with(
            "import-columns-and-more",
            &args! { "columns" => found.join(", "), "more" => more },
        )
    } else {
        found.join(", ")
    };
    Error::invalid(
        "file",
        say_with("import-no-name-column", &args! { "found" => found }),
    )
}
