//! Reading contacts from files other programs wrote: vCard (2.1, 3.0, 4.0)
//! and CSV (Google Contacts, Outlook, any spreadsheet).
//!
//! This module only *parses*: it turns bytes into [`CustomerInput`]s and
//! says what it could not use. Matching against existing customers and
//! writing to the notebook happen elsewhere, so a file is read completely
//! (and can be shown to the user) before anything is written.
//!
//! Invariants every [`Importer`] keeps:
//! - A file that is not the format at all (binary, no vCard, no name column,
//!   over [`MAX_FILE_BYTES`] or [`MAX_RECORDS`]) is an [`Error::Invalid`] on
//!   the field `file` with a message for the person at the desk.
//! - Otherwise every record becomes either an [`ImportedContact`] or a
//!   [`RowProblem`], both carrying the 1-based line where the record starts.
//! - Every [`ImportedContact::customer`] passes
//!   [`crate::rules::validate::customer`] for the region given to
//!   [`Importer::parse`]: over-long text is shortened and unusable parts
//!   (a number that is not a phone number, an impossible birthday) are left
//!   out, each with a sentence in [`ImportedContact::problems`].
//! - Text is Unicode. Text is read in the charset it names (any WHATWG
//!   encoding); text that names none and is not UTF-8 is read in the
//!   encoding the whole file most likely uses (`chardetng`: Windows-1252
//!   from Outlook and Excel on Western European Windows, Windows-1251,
//!   Shift_JIS, GB18030, …), never refused, with one sentence in
//!   [`Parsed::notes`] naming it.
//! - Photos, logos, sounds and keys are skipped, never decoded.
//! - Time and memory are linear in the file: at most [`MAX_RECORDS`]
//!   records, a bounded number of properties per card and fields per row,
//!   and [`MAX_PROBLEMS`] sentences per contact.

mod address;
mod columns;
mod csv;
mod csv_reader;
mod dates;
mod file;
mod fit;
mod labels;
mod text;
mod vcard;
mod vcard_lines;

use kindly_words::{args, say, say_with};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::rules::model::CustomerInput;

pub use columns::{AddressColumns, ColumnMap, LabeledColumn};
pub use csv::{preview_headers, CsvImporter, CsvPreview, PREVIEW_ROWS};
pub use file::{describe, format_of, parse_file, ContactsFile, FileFormat};
pub use vcard::VcardImporter;

/// The largest file an importer reads (100 MB); larger ones are refused
/// before parsing.
pub const MAX_FILE_BYTES: usize = 100 * 1024 * 1024;
/// The most records (cards or rows) one file may hold.
pub const MAX_RECORDS: usize = 100_000;
/// The most problems listed for one contact; further ones are summarised.
pub const MAX_PROBLEMS: usize = 20;

/// One file format. Implementations are pure: same bytes and region, same
/// result; nothing is read from or written to the notebook.
pub trait Importer {
    /// Reads every record of `bytes`. Phone numbers without a country code
    /// are checked as numbers of `region` (an ISO 3166 code such as `GB`),
    /// the region the notebook will store them under; `region` also decides
    /// whether `04/05/1990` is April or May in a CSV birthday.
    fn parse(&self, bytes: &[u8], region: &str) -> Result<Parsed>;
}

/// What a file held.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Parsed {
    /// The usable records, in file order.
    pub contacts: Vec<ImportedContact>,
    /// Records that could not be used at all (no name, cut off), in file
    /// order.
    pub problems: Vec<RowProblem>,
    /// Remarks about the whole file that lost nothing, e.g. that its text
    /// was not UTF-8 and was read as Cyrillic (Windows-1251).
    pub notes: Vec<String>,
    /// The file's name without its folder, as the record of the import
    /// keeps it; empty when not read from a file.
    #[serde(default)]
    #[ts(skip)]
    pub file_name: String,
}

impl Parsed {
    /// Adds the next record of the file: usable, or a problem.
    pub(crate) fn add(&mut self, record: std::result::Result<ImportedContact, RowProblem>) {
        match record {
            Ok(contact) => self.contacts.push(contact),
            Err(problem) => self.problems.push(problem),
        }
    }
}

/// One usable record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ImportedContact {
    /// The 1-based line of the file where the record starts.
    pub line: u32,
    /// Already normalised as [`crate::rules::validate::customer`] would store it;
    /// exactly one primary phone and email when there are any.
    pub customer: CustomerInput,
    /// What was shortened or left out of this record, one sentence each.
    pub problems: Vec<String>,
}

/// A record that could not be imported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RowProblem {
    /// The 1-based line of the file where the record starts.
    pub line: u32,
    /// Why it could not be imported, for the person.
    pub message: String,
}

/// Refuses files over [`MAX_FILE_BYTES`].
fn check_size(bytes: &[u8]) -> Result<()> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(Error::invalid(
            "file",
            say_with(
                "import-file-too-big",
                &args! {
                    "size" => bytes.len() / (1024 * 1024),
                    "max" => MAX_FILE_BYTES / (1024 * 1024),
                },
            ),
        ));
    }
    Ok(())
}

/// The error for a file with more than [`MAX_RECORDS`] records.
fn too_many_records() -> Error {
    Error::invalid(
        "file",
        say_with("import-too-many-records", &args! { "max" => MAX_RECORDS }),
    )
}

/// Adds `message` to `problems` unless [`MAX_PROBLEMS`] are already listed;
/// the first one over the limit becomes a summary line.
fn note(problems: &mut Vec<String>, message: impl Into<String>) {
    if problems.len() < MAX_PROBLEMS {
        problems.push(message.into());
    } else if problems.len() == MAX_PROBLEMS {
        problems.push(say("import-more-problems"));
    }
}
