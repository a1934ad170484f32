//! Reading a contacts file from disk and choosing its importer: vCard when
//! the file says `BEGIN:VCARD` near its start (whatever its name), CSV
//! otherwise.

use kindly_words::{args, say_with};
use std::io::Read;
use std::path::Path;

use super::{check_size, ColumnMap, CsvImporter, CsvPreview, Importer, Parsed, VcardImporter};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};

/// The two formats Kindly imports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileFormat {
    /// vCard 2.1, 3.0 or 4.0 (`.vcf`).
    Vcard,
    /// Comma-separated values with a header row.
    Csv,
}

/// Which importer reads `bytes`: vCard when `BEGIN:VCARD` appears in the
/// first kilobyte (in any case, in UTF-8 or UTF-16), CSV otherwise.
pub fn format_of(bytes: &[u8]) -> FileFormat {
    let head: Vec<u8> = bytes
        .iter()
        .take(2048)
        .filter(|b| **b != 0)
        .map(u8::to_ascii_uppercase)
        .collect();
    if head.windows(11).any(|w| w == b"BEGIN:VCARD") {
        FileFormat::Vcard
    } else {
        FileFormat::Csv
    }
}

/// Reads the file at `path`, refusing one over the size limit before
/// reading it; a file that cannot be opened is an [`Error::Invalid`] on
/// `file` naming the reason.
pub fn read(path: &Path) -> Result<Vec<u8>> {
    let unreadable = |e: std::io::Error| {
        Error::invalid(
            "file",
            say_with(
                "import-cannot-open",
                &args! { "file" => path.display().to_string(), "reason" => e.to_string() },
            ),
        )
    };
    let file = std::fs::File::open(path).map_err(unreadable)?;
    let len = file.metadata().map_err(unreadable)?.len();
    // A file past the limit gets the importers' own message without being
    // read whole.
    let mut bytes = Vec::new();
    file.take(super::MAX_FILE_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if len as usize > bytes.len() {
        bytes.resize(super::MAX_FILE_BYTES + 1, 0);
    }
    check_size(&bytes)?;
    Ok(bytes)
}

/// Parses the file at `path` with the importer its content calls for;
/// `columns` applies to CSV files (`None` guesses them from the headers).
pub fn parse_file(path: &Path, columns: Option<ColumnMap>, region: &str) -> Result<Parsed> {
    let bytes = read(path)?;
    let mut parsed = match format_of(&bytes) {
        FileFormat::Vcard => VcardImporter.parse(&bytes, region),
        FileFormat::Csv => CsvImporter { map: columns }.parse(&bytes, region),
    }?;
    parsed.file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok(parsed)
}

/// A contacts file the person chose, as the window shows it before the
/// preview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ContactsFile {
    /// The file's name, without its folder.
    pub name: String,
    /// For a CSV file: its headers, first rows and guessed columns, for
    /// the step where the person maps columns. `None` for a vCard file.
    pub csv: Option<CsvPreview>,
}

/// Describes the file at `path`; a CSV file must have a header row.
pub fn describe(path: &Path) -> Result<ContactsFile> {
    let bytes = read(path)?;
    let csv = match format_of(&bytes) {
        FileFormat::Vcard => None,
        FileFormat::Csv => Some(super::preview_headers(&bytes)?),
    };
    Ok(ContactsFile {
        name: path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        csv,
    })
}
