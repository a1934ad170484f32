//! `kindly export`: every customer (vCard, CSV), the follow-ups (ics), or
//! one customer's whole record (JSON, plain text); to `-o FILE` or stdout.

use std::io::Write;
use std::path::Path;

use kindly_core::Notebook;

use crate::{usage, write_all, Failure};

pub(crate) fn export(
    nb: &Notebook,
    format: Option<&str>,
    customer: Option<&str>,
    output: Option<&Path>,
    out: &mut dyn Write,
) -> Result<i32, Failure> {
    let text = match (format, customer) {
        (Some("vcard"), None) => {
            if let Some(path) = output {
                nb.export_vcard_to(path)?;
                return Ok(0);
            }
            let mut bytes = Vec::new();
            nb.export_vcard(&mut bytes)?;
            String::from_utf8_lossy(&bytes).into_owned()
        }
        (Some("csv"), None) => {
            if let Some(path) = output {
                nb.export_csv_to(path)?;
                return Ok(0);
            }
            let mut bytes = Vec::new();
            nb.export_csv(&mut bytes)?;
            String::from_utf8_lossy(&bytes).into_owned()
        }
        (Some("ics"), None) => nb.export_calendar()?,
        (Some("json"), Some(id)) => {
            let record = nb.customer_record(id)?;
            serde_json::to_string_pretty(&record).map_err(|e| Failure {
                code: 2,
                message: format!("the record could not be written as JSON: {e}"),
            })? + "\n"
        }
        (Some("text"), Some(id)) => nb.customer_record_text(id)?,
        (Some("json" | "text"), None) => {
            return Err(usage("export --format json|text needs --customer ID."))
        }
        (Some(f @ ("vcard" | "csv" | "ics")), Some(_)) => {
            return Err(usage(format!(
                "export --format {f} exports everyone; leave out --customer \
                 (one customer's record is --format json or text)."
            )))
        }
        (Some(other), _) => {
            return Err(usage(format!(
                "Kindly exports vcard, csv, ics, json and text, not {other}."
            )))
        }
        (None, _) => {
            return Err(usage(
                "export needs --format vcard, csv, ics, json or text.",
            ))
        }
    };
    match output {
        // Like vCard and CSV: a temporary file renamed into place, so a
        // crash never leaves half a calendar or record.
        Some(path) => {
            kindly_core::write_file_atomically(path, text.as_bytes()).map_err(|e| Failure {
                code: 2,
                message: format!("{} could not be written: {e}", path.display()),
            })?
        }
        None => write_all(out, &text)?,
    }
    Ok(0)
}
