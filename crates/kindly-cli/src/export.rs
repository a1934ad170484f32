//! `kindly export`: every customer (vCard, CSV), the follow-ups (ics), or
//! one customer's whole record (JSON, plain text); to `-o FILE` or stdout.

use kindly_words::{args, say, say_with};
use std::io::Write;
use std::path::Path;

use kindly_core::Notebook;

use crate::args::Format;
use crate::{usage, write_all, Failure};

/// Whether `--customer` goes with `format` (one customer's record) or not
/// (everyone): checked before the notebook is opened or made.
pub(crate) fn check(format: Format, customer: Option<&str>) -> Result<(), Failure> {
    match (format, customer) {
        (Format::Json | Format::Text, None) => Err(needs_customer()),
        (Format::Vcard | Format::Csv | Format::Ics, Some(_)) => Err(usage(
            "export",
            say_with("cli-export-everyone", &args! { "format" => format.name() }),
        )),
        _ => Ok(()),
    }
}

fn needs_customer() -> Failure {
    usage("export", say("cli-export-needs-customer"))
}

/// Writes the export `check` allowed, to `output` (replaced whole) or `out`.
pub(crate) fn export(
    nb: &Notebook,
    format: Format,
    customer: Option<&str>,
    output: Option<&Path>,
    out: &mut dyn Write,
) -> Result<i32, Failure> {
    check(format, customer)?;
    let text = match format {
        Format::Vcard => {
            if let Some(path) = output {
                nb.export_vcard_to(path)?;
                return Ok(0);
            }
            let mut bytes = Vec::new();
            nb.export_vcard(&mut bytes)?;
            String::from_utf8_lossy(&bytes).into_owned()
        }
        Format::Csv => {
            if let Some(path) = output {
                nb.export_csv_to(path)?;
                return Ok(0);
            }
            let mut bytes = Vec::new();
            nb.export_csv(&mut bytes)?;
            String::from_utf8_lossy(&bytes).into_owned()
        }
        Format::Ics => nb.export_calendar()?,
        Format::Json | Format::Text => {
            let id = customer.ok_or_else(needs_customer)?;
            if format == Format::Text {
                nb.customer_record_text(id)?
            } else {
                let record = nb.customer_record(id)?;
                serde_json::to_string_pretty(&record).map_err(|e| Failure {
                    code: 2,
                    message: say_with("cli-json-failed", &args! { "reason" => e.to_string() }),
                })? + "\n"
            }
        }
    };
    match output {
        // Like vCard and CSV: a temporary file renamed into place, so a
        // crash never leaves half a calendar or record.
        Some(path) => {
            kindly_core::write_file_atomically(path, text.as_bytes()).map_err(|e| Failure {
                code: 2,
                message: say_with(
                    "cli-file-not-written",
                    &args! { "file" => path.display().to_string(), "reason" => e.to_string() },
                ),
            })?
        }
        None => write_all(out, &text)?,
    }
    Ok(0)
}
