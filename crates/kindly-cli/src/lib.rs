//! Kindly from the command line, for scripts and phone systems: the same
//! notebook as the app (the app may stay open: SQLite's locking and busy
//! timeout keep both safe), no window.
//!
//! ```text
//! kindly import FILE [--dry-run] import a vCard or CSV file (the preview is
//!                                printed first; --dry-run writes nothing)
//! kindly lookup TEXT-OR-NUMBER   the brief of the best match, as plain text
//!                                (exit code 1 when nobody matches)
//! kindly changes ID-OR-NAME      who changed what on a customer's profile, newest
//!                                first (exit code 1 when nobody matches)
//! kindly backup                  a checked backup into the backup folder
//! kindly restore FILE            restore a backup (the notebook as it was is kept)
//! kindly export --format vcard|csv [-o FILE]
//!                                every customer as vCard 4.0 or CSV (stdout without -o)
//! kindly export --format ics [-o FILE]
//!                                follow-ups as an iCalendar file
//! kindly export --format json|text --customer ID [-o FILE]
//!                                everything held on one customer, as JSON or plain text
//! kindly team init               make the team notebook on a PostgreSQL server
//! kindly team add-staff NAME     a login for one person (its password shown once)
//! kindly team remove-staff NAME  take it away; what they wrote stays
//! kindly team staff              every login, removed ones too
//! kindly team move-in FILE       move a notebook file into the new team notebook
//! kindly team copy-out FILE      the whole team notebook as a new notebook file
//! ```
//!
//! Every command takes `--data-dir DIR`; otherwise `$KINDLY_DATA_DIR`,
//! otherwise the app's own data folder. On a team notebook every command
//! takes its address instead: `--database URL`, otherwise
//! `$KINDLY_DATABASE` (a staff login; `kindly team` needs the owner's).
//! `backup` and `restore` are for a notebook on this computer: a team
//! notebook's server keeps its own copies.

use std::io::Write;
use std::path::{Path, PathBuf};

use kindly_core::{phone, Notebook};

/// The commands, for `kindly` to decide whether it was started as a
/// command-line program rather than as the app.
pub const COMMANDS: &[&str] = &[
    "import", "lookup", "changes", "backup", "restore", "export", "team", "help", "--help",
];

/// The app's identifier, which names its data folder.
const IDENTIFIER: &str = "org.kindly.notebook";

const USAGE: &str = "\
Kindly from the command line.

  kindly import FILE [--dry-run] import a vCard (.vcf) or CSV file; prints what it
                                 does first, and with --dry-run writes nothing
  kindly lookup TEXT-OR-NUMBER   print the brief of the best match (exit 1 if none)
  kindly changes ID-OR-NAME      print who changed what on a customer's profile,
                                 newest first (exit 1 if nobody matches)
  kindly backup                  take a checked backup into the backup folder
  kindly restore FILE            restore a backup; the notebook as it was is kept
  kindly export --format vcard|csv [-o FILE]
                                 every customer, as vCard 4.0 or as CSV
  kindly export --format ics [-o FILE]
                                 follow-ups as an iCalendar file
  kindly export --format json|text --customer ID [-o FILE]
                                 everything held on one customer, as JSON or plain text

A team notebook, on a PostgreSQL server, set up by its owner (staff join it in the window):
  kindly team init               make it: tables, extensions, a staff role (no-op when done)
  kindly team add-staff \"NAME\"   a login for one person; its password is shown once
  kindly team remove-staff \"NAME\"
                                 take their login away (exit 1 if nobody has it);
                                 what they wrote stays, under their name
  kindly team staff              list the logins: name, login, added, removed
  kindly team move-in FILE       move everything in the notebook file FILE into the
                                 team notebook, which must be new and empty (once)
  kindly team copy-out FILE      copy the whole team notebook into a new notebook
                                 file FILE: a backup, or to leave (any login may)

Options: --data-dir DIR (otherwise $KINDLY_DATA_DIR, otherwise Kindly's data folder).
A notebook protected with a passphrase opens with the one in $KINDLY_PASSPHRASE.
On a team notebook, every command takes --database postgres://login@server/notebook
(otherwise $KINDLY_DATABASE) instead; backup and restore are for this computer's notebook.
kindly team needs the owner's login, allowed to create roles (copy-out takes any login).
";

/// Whether `args` (without the program name) ask for a command.
pub fn is_command(args: &[String]) -> bool {
    args.first().is_some_and(|a| COMMANDS.contains(&a.as_str()))
}

mod export;
mod import;
mod team;

/// A failed command: what to tell the user, and the exit code.
pub(crate) struct Failure {
    code: i32,
    message: String,
}

impl From<kindly_core::Error> for Failure {
    fn from(err: kindly_core::Error) -> Self {
        Failure {
            code: 2,
            message: err.to_string(),
        }
    }
}

pub(crate) fn usage(message: impl Into<String>) -> Failure {
    Failure {
        code: 2,
        message: format!("{}\n\n{USAGE}", message.into()),
    }
}

/// The options and operands of one command line.
struct Line<'a> {
    data_dir: Option<PathBuf>,
    database: Option<&'a str>,
    output: Option<PathBuf>,
    format: Option<&'a str>,
    customer: Option<&'a str>,
    dry_run: bool,
    operands: Vec<&'a str>,
}

fn split(args: &[String]) -> Result<Line<'_>, Failure> {
    let mut line = Line {
        data_dir: None,
        database: None,
        output: None,
        format: None,
        customer: None,
        dry_run: false,
        operands: Vec::new(),
    };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .map(String::as_str)
                .ok_or_else(|| usage(format!("{name} needs a value.")))
        };
        match arg.as_str() {
            "--data-dir" => line.data_dir = Some(PathBuf::from(value("--data-dir")?)),
            "--database" => line.database = Some(value("--database")?),
            "-o" | "--output" => line.output = Some(PathBuf::from(value("-o")?)),
            "--format" => line.format = Some(value("--format")?),
            "--customer" => line.customer = Some(value("--customer")?),
            "--dry-run" => line.dry_run = true,
            other if other.starts_with("--") => {
                return Err(usage(format!("Unknown option {other}.")))
            }
            other => line.operands.push(other),
        }
    }
    Ok(line)
}

/// Opens the notebook in `dir` (made when there is none yet); a
/// protected one with the passphrase in `$KINDLY_PASSPHRASE`.
fn open_notebook(dir: &Path) -> Result<Notebook, Failure> {
    std::fs::create_dir_all(dir).map_err(kindly_core::Error::from)?;
    open_file(&dir.join(kindly_core::FILE_NAME))
}

/// Opens the notebook file at `path` (made when there is none yet); a
/// protected one with the passphrase in `$KINDLY_PASSPHRASE` (never an
/// argument: others can read those).
pub(crate) fn open_file(path: &Path) -> Result<Notebook, Failure> {
    match Notebook::open(path) {
        Err(kindly_core::Error::Locked) => {
            let Some(passphrase) = std::env::var_os("KINDLY_PASSPHRASE") else {
                return Err(Failure {
                    code: 2,
                    message: "This notebook is protected with a passphrase. \
                              Put it in the KINDLY_PASSPHRASE environment variable."
                        .into(),
                });
            };
            // Never altered (a lossy conversion could turn two different
            // byte strings into one passphrase); wiped when dropped.
            let passphrase = zeroize::Zeroizing::new(passphrase.into_string().map_err(|_| {
                Failure {
                    code: 2,
                    message: "The passphrase in KINDLY_PASSPHRASE is not valid text (UTF-8). \
                          Kindly uses passphrases exactly as typed, so it cannot use this one."
                        .into(),
                }
            })?);
            Ok(Notebook::open_protected(path, &passphrase)?)
        }
        other => Ok(other?),
    }
}

/// The team notebook's address: `--database`, else `$KINDLY_DATABASE`;
/// `None` for a notebook on this computer.
fn team_address(given: Option<&str>) -> Option<String> {
    given.map(str::to_owned).or_else(|| {
        std::env::var("KINDLY_DATABASE")
            .ok()
            .filter(|v| !v.is_empty())
    })
}

/// The notebook folder: `--data-dir`, `$KINDLY_DATA_DIR`, or the app's.
fn data_dir(given: Option<PathBuf>) -> Result<PathBuf, Failure> {
    given
        .or_else(|| {
            std::env::var_os("KINDLY_DATA_DIR")
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        })
        .or_else(|| dirs::data_dir().map(|d| d.join(IDENTIFIER)))
        .ok_or_else(|| usage("Kindly's data folder could not be found; give --data-dir."))
}

/// Runs one command; returns the exit code (0 done, 1 nobody found, 2 a
/// problem, explained on `err`).
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    match dispatch(args, out) {
        Ok(code) => code,
        Err(failure) => {
            let _ = writeln!(err, "kindly: {}", failure.message.trim_end());
            failure.code
        }
    }
}

fn dispatch(args: &[String], out: &mut dyn Write) -> Result<i32, Failure> {
    let Some((command, rest)) = args.split_first() else {
        return Err(usage("Which command?"));
    };
    if matches!(command.as_str(), "help" | "--help") {
        write_all(out, USAGE)?;
        return Ok(0);
    }
    let line = split(rest)?;
    if line.database.is_some() && line.data_dir.is_some() {
        return Err(usage(
            "Give either --database (a team notebook) or --data-dir (a notebook on this computer), not both.",
        ));
    }
    let database = line.database;
    let open = |dir: Option<PathBuf>| match team_address(database) {
        Some(url) => Ok(Notebook::open_team(&url)?),
        None => open_notebook(&data_dir(dir)?),
    };
    match command.as_str() {
        "import" => {
            let [file] = line.operands[..] else {
                return Err(usage("import needs the file to import."));
            };
            import::import(&mut open(line.data_dir)?, file, line.dry_run, out)
        }
        "lookup" => {
            let [query] = line.operands[..] else {
                return Err(usage("lookup needs one name or number."));
            };
            lookup(&open(line.data_dir)?, query, out)
        }
        "changes" => {
            let [query] = line.operands[..] else {
                return Err(usage("changes needs a customer's id or name."));
            };
            changes(&open(line.data_dir)?, query, out)
        }
        "backup" => {
            let taken = open(line.data_dir)?.back_up_now()?;
            write_all(out, &format!("{}\n", taken.path))?;
            Ok(0)
        }
        "restore" => {
            let [file] = line.operands[..] else {
                return Err(usage("restore needs the backup file."));
            };
            let kept = open(line.data_dir)?.restore(Path::new(file))?;
            write_all(
                out,
                &format!(
                    "Restored {file}.\nThe notebook as it was is kept in {}\n",
                    kept.path
                ),
            )?;
            Ok(0)
        }
        "export" => export::export(
            &open(line.data_dir)?,
            line.format,
            line.customer,
            line.output.as_deref(),
            out,
        ),
        "team" => team::team(line.database, &line.operands, out),
        other => Err(usage(format!("Unknown command {other}."))),
    }
}

/// The brief of the best match for a name or a number.
fn lookup(nb: &Notebook, query: &str, out: &mut dyn Write) -> Result<i32, Failure> {
    let id = if phone::looks_like_phone(&phone::for_lookup(query)) {
        nb.find_caller(query)?
            .matches
            .into_iter()
            .next()
            .map(|m| m.customer_id)
    } else {
        nb.search(query, 1)?.into_iter().next().map(|c| c.id)
    };
    match id {
        Some(id) => {
            write_all(out, &nb.brief_text(&id)?)?;
            Ok(0)
        }
        None => {
            write_all(out, &format!("Nobody in the notebook matches {query}.\n"))?;
            Ok(1)
        }
    }
}

/// How many changes `kindly changes` prints at most.
const CHANGES_SHOWN: u32 = 200;

/// The change history of the customer with this id, or else of the best
/// match for this name.
fn changes(nb: &Notebook, query: &str, out: &mut dyn Write) -> Result<i32, Failure> {
    let id = match nb.customer(query) {
        Ok(c) => Some(c.id),
        Err(kindly_core::Error::NotFound { .. }) => {
            nb.search(query, 1)?.into_iter().next().map(|c| c.id)
        }
        Err(other) => return Err(other.into()),
    };
    match id {
        Some(id) => {
            write_all(out, &nb.customer_changes_text(&id, CHANGES_SHOWN)?)?;
            Ok(0)
        }
        None => {
            write_all(out, &format!("Nobody in the notebook matches {query}.\n"))?;
            Ok(1)
        }
    }
}

pub(crate) fn write_all(out: &mut dyn Write, text: &str) -> Result<(), Failure> {
    out.write_all(text.as_bytes()).map_err(|e| Failure {
        code: 2,
        message: format!("could not write the output: {e}"),
    })
}
