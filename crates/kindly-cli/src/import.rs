//! `kindly import FILE [--dry-run]`: the preview as plain text, then (without
//! `--dry-run`) the import in one transaction.

use kindly_words::{args, say, say_with};
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
        write_all(out, &format!("{}\n", say("cli-dry-run")))?;
        return Ok(0);
    }
    let done = nb.import_contacts(&parsed)?;
    write_all(
        out,
        &format!(
            "{}\n",
            say_with(
                "cli-imported",
                &args! {
                    "new" => done.created,
                    "merged" => done.merged,
                    "skipped" => done.skipped,
                    "left_out" => done.left_out,
                },
            )
        ),
    )?;
    Ok(0)
}

/// The preview as lines a person can read in a terminal.
fn preview_text(file: &str, p: &ImportPreview) -> String {
    let mut text = say_with(
        "cli-preview",
        &args! {
            "file" => file,
            "new" => p.create_count,
            "merged" => p.merge_count,
            "skipped" => p.skip_count,
            "left_out" => p.problems.len(),
        },
    ) + "\n";
    for note in &p.notes {
        let note = say_with("cli-preview-note", &args! { "note" => note.as_str() });
        text.push_str(&format!("{note}\n"));
    }
    for row in &p.rows {
        let what = match row.action {
            ImportAction::Create => say("cli-preview-new"),
            ImportAction::Merge | ImportAction::Skip => say_with(
                if row.action == ImportAction::Merge {
                    "cli-preview-add-to"
                } else {
                    "cli-preview-already-here"
                },
                &args! {
                    "matched" => row.matched.as_deref().unwrap_or("?"),
                    "reason" => row.reason.as_deref().unwrap_or(""),
                },
            ),
        };
        text.push_str(&format!("  {}  {}: {what}", line(row.line), row.name));
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
        let more = say_with("cli-preview-more", &args! { "count" => total - listed });
        text.push_str(&format!("  {more}\n"));
    }
    if !p.problems.is_empty() {
        text.push_str(&format!("{}\n", say("cli-preview-left-out")));
        for problem in &p.problems {
            text.push_str(&format!("  {}  {}\n", line(problem.line), problem.message));
        }
    }
    text
}

/// "line    12": the number right-aligned, so the names line up.
fn line(number: u32) -> String {
    say_with(
        "cli-preview-line",
        &args! { "line" => format!("{number:>5}") },
    )
}
