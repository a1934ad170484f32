//! Exports written into a folder (the Downloads folder, from the app) under
//! names a person recognises.

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

impl Notebook {
    /// Exports every live customer into `dir` as `Kindly customers.vcf`
    /// (or `.csv`), replacing an earlier export; returns the file's path.
    pub fn export_contacts_into(&self, dir: &Path, format: ExportFormat) -> Result<PathBuf> {
        self.export_contacts_into_with(dir, format, &NoProgress)
    }

    /// [`Notebook::export_contacts_into`], reporting the customers written
    /// to `progress`. Stopped by `progress` (or failing), it leaves an
    /// earlier export as it was and no part of a new one.
    pub fn export_contacts_into_with(
        &self,
        dir: &Path,
        format: ExportFormat,
        progress: &dyn Progress,
    ) -> Result<PathBuf> {
        std::fs::create_dir_all(dir)?;
        let path = dir.join(match format {
            ExportFormat::Vcard => "Kindly customers.vcf",
            ExportFormat::Csv => "Kindly customers.csv",
        });
        write_atomically(&path, |out| match format {
            ExportFormat::Vcard => self.export_vcard_with(out, progress),
            ExportFormat::Csv => self.export_csv_with(out, progress),
        })?;
        Ok(path)
    }

    /// Writes one customer's complete record ("everything we hold on
    /// you") into `dir` as `<name> - everything we hold.json` and `.txt`;
    /// returns both paths. The name in the file name keeps only letters,
    /// digits, spaces and `-`, so no text from the profile can name another
    /// folder.
    pub fn write_customer_record(&self, id: &str, dir: &Path) -> Result<Vec<PathBuf>> {
        let record = self.customer_record(id)?;
        let text = self.customer_record_text(id)?;
        let json = serde_json::to_string_pretty(&record).map_err(|e| {
            Error::Io(std::io::Error::other(format!(
                "the record could not be written: {e}"
            )))
        })?;
        std::fs::create_dir_all(dir)?;
        let stem = format!(
            "{} - everything we hold",
            safe_name(&record.customer.full_name)
        );
        let mut written = Vec::new();
        for (ext, body) in [("json", json + "\n"), ("txt", text)] {
            let path = dir.join(format!("{stem}.{ext}"));
            write_atomically(&path, |out| {
                out.write_all(body.as_bytes())?;
                Ok(0)
            })?;
            written.push(path);
        }
        Ok(written)
    }
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
    use super::safe_name;

    #[test]
    fn a_name_cannot_reach_another_folder() {
        assert_eq!(safe_name("../../etc/passwd"), "etcpasswd");
        assert_eq!(safe_name("Zoë Müller"), "Zoë Müller");
        assert_eq!(safe_name("///"), "customer");
    }
}
