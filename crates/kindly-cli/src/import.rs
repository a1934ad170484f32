//! `kindly import FILE [--dry-run]`: the preview as plain text, then (without
//! `--dry-run`) the import in one transaction.

use std::io::Write;
use std::path::Path;

use kindly_core::{ImportAction, ImportPreview, Notebook};

use crate::{write_all, Failure};

/// Prints what importing `file` does, and does it unless `dry_run`.
pub(crate) fn import(
    nb: &mut Notebook,
    file: &Path,
    dry_run: bool,
    out: &mut dyn Write,
) -> Result<i32, Failure> {
    let parsed = nb.read_contacts_file(file, None)?;
    let preview = nb.preview_import(&parsed)?;
    write_all(out, &preview_text(&file.display().to_string(), &preview))?;
    if dry_run {
        write_all(out, "Dry run: nothing was written.\n")?;
        return Ok(0);
    }
    let done = nb.import_contacts(&parsed)?;
    write_all(
        out,
        &format!(
            "Imported: {} new, {} added to, {} already there{}.\n",
            done.created,
            done.merged,
            done.skipped,
            match done.left_out {
                0 => String::new(),
                n => format!(", {n} left out"),
            }
        ),
    )?;
    Ok(0)
}

/// The preview as lines a person can read in a terminal.
fn preview_text(file: &str, p: &ImportPreview) -> String {
    let mut text = format!(
        "{file}: {} new, {} to add to customers already here, {} already here, {} left out.\n",
        p.create_count,
        p.merge_count,
        p.skip_count,
        p.problems.len()
    );
    for note in &p.notes {
        text.push_str(&format!("Note: {note}\n"));
    }
    for row in &p.rows {
        let what = match row.action {
            ImportAction::Create => "new".to_owned(),
            ImportAction::Merge | ImportAction::Skip => {
                let verb = if row.action == ImportAction::Merge {
                    "add to"
                } else {
                    "already here as"
                };
                format!(
                    "{verb} {} ({})",
                    row.matched.as_deref().unwrap_or("?"),
                    row.reason.as_deref().unwrap_or("")
                )
            }
        };
        text.push_str(&format!("  line {:>5}  {}: {what}", row.line, row.name));
        if !row.changes.is_empty() {
            text.push_str(&format!(": {}", row.changes.join(", ")));
        }
        text.push('\n');
        for problem in &row.problems {
            text.push_str(&format!("              {problem}\n"));
        }
    }
    let listed = p.rows.len() as u32;
    let total = p.create_count + p.merge_count + p.skip_count;
    if listed < total {
        text.push_str(&format!("  ... and {} more.\n", total - listed));
    }
    if !p.problems.is_empty() {
        text.push_str("Left out:\n");
        for problem in &p.problems {
            text.push_str(&format!(
                "  line {:>5}  {}\n",
                problem.line, problem.message
            ));
        }
    }
    text
}
