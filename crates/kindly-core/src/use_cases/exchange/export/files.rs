//! Exports written where the person chose (the app's "Save as" dialog),
//! and the names a person recognises that it suggests.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::write_atomically;
use crate::error::{Error, Result};
use crate::rules::progress::{NoProgress, Progress};
use crate::use_cases::notebook::Notebook;

/// The formats the whole notebook exports to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    /// vCard 4.0, for phones and mail programs.
    Vcard,
    /// CSV, for spreadsheets.
    Csv,
}

impl ExportFormat {
    /// The file name extension of this format, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Vcard => "vcf",
            ExportFormat::Csv => "csv",
        }
    }
}

impl Notebook {
    /// Exports every live customer into the file `path` in `format`,
    /// replacing it whole (never leaving half a file); returns how many.
    pub fn export_contacts_as(&self, path: &Path, format: ExportFormat) -> Result<u32> {
        self.export_contacts_as_with(path, format, &NoProgress)
    }

    /// [`Notebook::export_contacts_as`], reporting the customers written
    /// to `progress`. Stopped by `progress` (or failing), it leaves an
    /// earlier file at `path` as it was and no part of a new one.
    pub fn export_contacts_as_with(
        &self,
        path: &Path,
        format: ExportFormat,
        progress: &dyn Progress,
    ) -> Result<u32> {
        write_atomically(path, |out| match format {
            ExportFormat::Vcard => self.export_vcard_with(out, progress),
            ExportFormat::Csv => self.export_csv_with(out, progress),
        })
    }

    /// Writes one customer's complete record ("everything we hold on
    /// you") into `dir` as `<name> - everything we hold.json` and `.txt`
    /// ([`record_file_stem`]); returns both paths.
    pub fn write_customer_record(&self, id: &str, dir: &Path) -> Result<Vec<PathBuf>> {
        let record = self.customer_record(id)?;
        std::fs::create_dir_all(dir)?;
        let stem = record_file_stem(&record.customer.full_name);
        self.write_customer_record_as(id, &dir.join(stem))
    }

    /// Writes one customer's complete record as two files named after
    /// `path`: `<stem>.json` (for other programs) and `<stem>.txt` (to
    /// read or print), where `<stem>` is `path` without a `.json` or
    /// `.txt` ending. Each is replaced whole, never left half-written.
    /// Returns both paths, JSON first.
    pub fn write_customer_record_as(&self, id: &str, path: &Path) -> Result<Vec<PathBuf>> {
        let record = self.customer_record(id)?;
        let text = self.customer_record_text(id)?;
        let json = serde_json::to_string_pretty(&record).map_err(|e| {
            Error::Io(std::io::Error::other(format!(
                "the record could not be written: {e}"
            )))
        })?;
        let mut written = Vec::new();
        for (ext, body) in [("json", json + "\n"), ("txt", text)] {
            let path = record_file(path, ext)?;
            write_atomically(&path, |out| {
                out.write_all(body.as_bytes())?;
                Ok(0)
            })?;
            written.push(path);
        }
        Ok(written)
    }
}

/// The name (without an ending) of a customer's record files:
/// `<name> - everything we hold`, the name keeping only letters, digits,
/// spaces and `-`, so no text from the profile can name another folder.
pub fn record_file_stem(full_name: &str) -> String {
    kindly_words::say_with(
        "export-record-file",
        &kindly_words::args! { "name" => safe_name(full_name) },
    )
}

/// `path` with its `.json` or `.txt` ending (any case) replaced by `.ext`,
/// or `.ext` added when it has neither.
fn record_file(path: &Path, ext: &str) -> Result<PathBuf> {
    let name = path.file_name().ok_or_else(|| {
        std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!("{} is not a file name", path.display()),
        )
    })?;
    let name = name.to_string_lossy();
    let stem = [".json", ".txt"]
        .iter()
        .find_map(|end| {
            let cut = name.len().checked_sub(end.len())?;
            (name.is_char_boundary(cut) && name[cut..].eq_ignore_ascii_case(end))
                .then(|| &name[..cut])
        })
        .unwrap_or(&name);
    Ok(path.with_file_name(format!("{stem}.{ext}")))
}

/// `name` with only letters, digits, spaces and `-`, at most 60
/// characters; "customer" if nothing is left.
fn safe_name(name: &str) -> String {
    let kept: String = name
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == ' ' || *c == '-')
        .take(60)
        .collect();
    let kept = kept.trim();
    if kept.is_empty() {
        "customer".into()
    } else {
        kept.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::{record_file, safe_name};
    use std::path::{Path, PathBuf};

    #[test]
    fn a_name_cannot_reach_another_folder() {
        assert_eq!(safe_name("../../etc/passwd"), "etcpasswd");
        assert_eq!(safe_name("Zoë Müller"), "Zoë Müller");
        assert_eq!(safe_name("///"), "customer");
    }

    #[test]
    fn a_record_s_two_files_are_named_after_the_one_chosen() {
        let at = |name: &str, ext: &str| record_file(&Path::new("/d").join(name), ext).unwrap();
        assert_eq!(at("Rosa.json", "txt"), PathBuf::from("/d/Rosa.txt"));
        assert_eq!(at("Rosa.TXT", "json"), PathBuf::from("/d/Rosa.json"));
        assert_eq!(at("Dr. Rosa", "json"), PathBuf::from("/d/Dr. Rosa.json"));
        assert_eq!(at("Rosa.pdf", "txt"), PathBuf::from("/d/Rosa.pdf.txt"));
        assert_eq!(at("Zoë.json", "txt"), PathBuf::from("/d/Zoë.txt"));
    }
}
