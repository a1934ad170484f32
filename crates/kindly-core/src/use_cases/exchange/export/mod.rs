//! Exporting the whole notebook for other programs: every live customer
//! (not Trash) as vCard 4.0 (`vcard.rs`, RFC 6350) or as CSV (`csv.rs`,
//! RFC 4180); and one customer's record as plain text (`text.rs`).
//!
//! Invariants:
//! - Both exports hold the live customers ordered by full name (ignoring
//!   case and accents), then by id, and return how many they wrote.
//! - What Kindly exports, Kindly's importers read back as the same
//!   profiles (`customer(id).to_input()`), Kindly-only fields included:
//!   `X-KINDLY-*` properties in vCard, Kindly's own columns in CSV.
//! - [`Notebook::export_vcard_to`] and [`Notebook::export_csv_to`] never
//!   leave half a file under the name asked for: they write a temporary
//!   file beside it, sync it, then rename it over the target.
//! - Nothing here changes the notebook; each export reads one snapshot of
//!   it (one read transaction), customer by customer, so a large notebook
//!   is never held in memory whole.

mod csv;
mod files;
mod text;
mod vcard;

pub use files::{record_file_stem, ExportFormat};

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::error::Result;
use crate::rules::progress::{NoProgress, Progress, Stage, Steps};
use crate::store::Tx;
use crate::use_cases::notebook::Notebook;

impl Notebook {
    /// Writes every live customer (not those in Trash) to `out` as vCard
    /// 4.0, ordered by full name then id; returns how many.
    ///
    /// Lines end in CRLF and are folded at 75 octets between characters.
    /// Labels survive (a standard one as `TYPE`, any other as an
    /// `X-ABLabel` in an item group); the primary phone and email carry
    /// `PREF=1`; fields only Kindly has are `X-KINDLY-*` properties.
    pub fn export_vcard(&self, out: &mut dyn Write) -> Result<u32> {
        self.export_vcard_with(out, &NoProgress)
    }

    /// [`Notebook::export_vcard`], reporting [`Stage::Exporting`] (customers
    /// written) to `progress`.
    pub fn export_vcard_with(&self, out: &mut dyn Write, progress: &dyn Progress) -> Result<u32> {
        // One snapshot: the file is one moment of the notebook even if
        // another program writes to it meanwhile.
        let mut tx = self.snapshot()?;
        let pks = tx.live_customers_in_order()?;
        write_customers(&mut *tx, &pks, ExportFormat::Vcard, out, progress)
    }

    /// Writes every live customer (not those in Trash) to `out` as CSV,
    /// ordered by full name then id; returns how many.
    ///
    /// UTF-8 with a byte-order mark (so Excel reads accents right), CRLF
    /// line ends, a header row, one customer per row. A cell that a
    /// spreadsheet would run as a formula (it begins with `=`, `+`, `-` or
    /// `@`, e.g. a phone number `+44...`) is written with a leading `'`,
    /// which Kindly's importer removes again.
    pub fn export_csv(&self, out: &mut dyn Write) -> Result<u32> {
        self.export_csv_with(out, &NoProgress)
    }

    /// [`Notebook::export_csv`], reporting [`Stage::Exporting`] (customers
    /// written) to `progress`.
    pub fn export_csv_with(&self, out: &mut dyn Write, progress: &dyn Progress) -> Result<u32> {
        let mut tx = self.snapshot()?;
        let pks = tx.live_customers_in_order()?;
        write_customers(&mut *tx, &pks, ExportFormat::Csv, out, progress)
    }

    /// [`Notebook::export_vcard`] into the file `path`, replacing it whole
    /// (never leaving half a file); returns how many customers.
    pub fn export_vcard_to(&self, path: &Path) -> Result<u32> {
        write_atomically(path, |out| self.export_vcard(out))
    }

    /// [`Notebook::export_csv`] into the file `path`, replacing it whole
    /// (never leaving half a file); returns how many customers.
    pub fn export_csv_to(&self, path: &Path) -> Result<u32> {
        write_atomically(path, |out| self.export_csv(out))
    }
}

/// Writes the customers `pks` (in that order, read in `tx`) to `out` in
/// `format`, reporting [`Stage::Exporting`] (customers written) to
/// `progress`; returns how many. The one writer of the whole notebook's
/// export and of a selection's. A CSV has as many phone and email columns
/// as any live customer of the notebook needs, so every CSV export of one
/// notebook has the same header.
pub(crate) fn write_customers(
    tx: &mut dyn Tx,
    pks: &[i64],
    format: ExportFormat,
    out: &mut dyn Write,
    progress: &dyn Progress,
) -> Result<u32> {
    let mut steps = Steps::start(progress, Stage::Exporting, pks.len() as u64)?;
    let mut count = 0;
    match format {
        ExportFormat::Vcard => {
            for &pk in pks {
                steps.at(u64::from(count))?;
                out.write_all(vcard::card(&tx.customer_by_pk(pk)?).as_bytes())?;
                count += 1;
            }
        }
        ExportFormat::Csv => {
            let (phones, emails) = tx.most_phones_and_emails()?;
            let mut writer = csv::Writer::start(out, phones, emails)?;
            for &pk in pks {
                steps.at(u64::from(count))?;
                writer.row(&tx.customer_by_pk(pk)?)?;
                count += 1;
            }
        }
    }
    steps.finish()?;
    out.flush()?;
    Ok(count)
}

/// Writes `bytes` to `path` as the exports do: into a temporary file
/// beside it, synced, then renamed over `path`, so a crash or a full disk
/// leaves either the old file or the whole new one, never half of one.
pub fn write_file_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomically(path, |out| {
        out.write_all(bytes)?;
        Ok(0)
    })?;
    Ok(())
}

/// Runs `write` into a temporary file beside `path`, syncs it and renames
/// it to `path`. On any failure the temporary file is removed and `path`
/// is left as it was.
pub(crate) fn write_atomically(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> Result<u32>,
) -> Result<u32> {
    let partial = partial_path(path)?;
    let result = (|| {
        let mut out = BufWriter::new(File::create(&partial)?);
        let count = write(&mut out)?;
        let file = out.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        std::fs::rename(&partial, path)?;
        Ok(count)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
    result
}

/// `.<name>.<process id>.partial` in the folder of `path`.
fn partial_path(path: &Path) -> Result<PathBuf> {
    let name = path.file_name().ok_or_else(|| {
        std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!("{} is not a file name", path.display()),
        )
    })?;
    Ok(path.with_file_name(format!(
        ".{}.{}.partial",
        name.to_string_lossy(),
        std::process::id()
    )))
}
