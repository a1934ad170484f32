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
//! kindly completions bash|zsh|fish
//!                                a completion script for that shell
//! ```
//!
//! The grammar is clap's (`args.rs`): `--help`/`-h` on every command,
//! `--version`/`-V`, `--opt=value`, `--` before operands that start with a
//! dash, file names kept as the OS gave them (UTF-8 or not).
//! Every command takes `--data-dir DIR`; otherwise `$KINDLY_DATA_DIR`,
//! otherwise the app's own data folder. On a team notebook every command
//! takes its address instead: `--database URL`, otherwise
//! `$KINDLY_DATABASE` (a staff login; `kindly team` needs the owner's).
//! `backup` and `restore` are for a notebook on this computer: a team
//! notebook's server keeps its own copies.

use kindly_words::{args, say, say_with};
use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{CommandFactory, FromArgMatches};
use kindly_core::{phone, Notebook};

use crate::args::{Cli, Command, Place};

/// The app's identifier, which names its data folder.
const IDENTIFIER: &str = "org.kindly.notebook";

mod args;
mod export;
mod help;
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

/// A mistake on the command line that only Kindly can see (clap sees the
/// rest): what is wrong, then where to read more, exit code 2.
pub(crate) fn usage(command: &str, message: impl Into<String>) -> Failure {
    let help = match command {
        "" => "kindly --help".to_owned(),
        command => format!("kindly {command} --help"),
    };
    Failure {
        code: 2,
        message: format!(
            "{}\n\n{}",
            message.into(),
            say_with("cli-more-information", &args! { "help" => help })
        ),
    }
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
                    message: say("cli-passphrase-needed"),
                });
            };
            // Never altered (a lossy conversion could turn two different
            // byte strings into one passphrase); wiped when dropped.
            let passphrase =
                zeroize::Zeroizing::new(passphrase.into_string().map_err(|_| Failure {
                    code: 2,
                    message: say("cli-passphrase-not-utf8"),
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
        .ok_or_else(|| usage("", say("cli-no-data-folder")))
}

/// Runs one command line (`args` without the program's name); returns
/// the exit code: 0 done (`--help` and `--version` too, on `out`), 1
/// nobody found, 2 a problem, explained on `err` as `kindly: ...` (a
/// mistaken command line with its usage).
pub fn run<I, T>(args: I, out: &mut dyn Write, err: &mut dyn Write) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let line = std::iter::once(OsString::from("kindly")).chain(args.into_iter().map(Into::into));
    let parsed = help::in_words(Cli::command())
        .try_get_matches_from(line)
        .and_then(|matches| Cli::from_arg_matches(&matches));
    let result = match parsed {
        Ok(cli) => dispatch(cli, out),
        Err(answer) => return answered(&answer, out, err),
    };
    match result {
        Ok(code) => code,
        Err(failure) => {
            let _ = writeln!(err, "kindly: {}", failure.message.trim_end());
            failure.code
        }
    }
}

/// What clap answered instead of a command: help or the version (asked
/// for: `out`, exit 0), or a mistake with the usage (`err`, exit 2).
fn answered(answer: &clap::Error, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let text = answer.render().to_string();
    let code = answer.exit_code();
    if !answer.use_stderr() {
        return match write_all(out, &text) {
            Ok(()) => code,
            Err(_) => 2,
        };
    }
    // Help shown because nothing was asked is not a message of its own.
    let _ = match text.strip_prefix("error: ") {
        Some(mistake) => write!(err, "kindly: {mistake}"),
        None => write!(err, "{text}"),
    };
    code
}

fn dispatch(cli: Cli, out: &mut dyn Write) -> Result<i32, Failure> {
    let Place {
        data_dir: dir,
        database,
    } = cli.place;
    if database.is_some() && dir.is_some() {
        return Err(usage("", say("cli-database-or-data-dir")));
    }
    let open = |dir: Option<PathBuf>| match team_address(database.as_deref()) {
        Some(url) => Ok(Notebook::open_team(&url)?),
        None => open_notebook(&data_dir(dir)?),
    };
    match cli.command {
        Command::Import { file, dry_run } => import::import(&mut open(dir)?, &file, dry_run, out),
        Command::Lookup { query } => lookup(&open(dir)?, &query, out),
        Command::Changes { query } => changes(&open(dir)?, &query, out),
        Command::Backup => {
            let taken = open(dir)?.back_up_now()?;
            write_all(out, &format!("{}\n", taken.path))?;
            Ok(0)
        }
        Command::Restore { file } => {
            let kept = open(dir)?.restore(&file)?;
            write_all(
                out,
                &format!(
                    "{}\n",
                    say_with(
                        "cli-restored",
                        &args! {
                            "file" => file.display().to_string(),
                            "kept" => kept.path.as_str(),
                        },
                    )
                ),
            )?;
            Ok(0)
        }
        Command::Export {
            format,
            customer,
            output,
        } => {
            export::check(format, customer.as_deref())?;
            export::export(
                &open(dir)?,
                format,
                customer.as_deref(),
                output.as_deref(),
                out,
            )
        }
        Command::Team { command } => team::team(database.as_deref(), command, out),
        Command::Completions { shell } => completions(shell, out),
    }
}

/// `kindly completions SHELL`: the script that completes `kindly`'s
/// commands and options in that shell.
fn completions(shell: args::Shell, out: &mut dyn Write) -> Result<i32, Failure> {
    let shell = match shell {
        args::Shell::Bash => clap_complete::Shell::Bash,
        args::Shell::Zsh => clap_complete::Shell::Zsh,
        args::Shell::Fish => clap_complete::Shell::Fish,
    };
    let mut script = Vec::new();
    clap_complete::generate(
        shell,
        &mut help::in_words(Cli::command()),
        "kindly",
        &mut script,
    );
    out.write_all(&script).map_err(cannot_write)?;
    Ok(0)
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
        None => nobody_matches(query, out),
    }
}

/// "Nobody in the notebook matches …", exit code 1.
fn nobody_matches(query: &str, out: &mut dyn Write) -> Result<i32, Failure> {
    let line = say_with("cli-nobody-matches", &args! { "query" => query });
    write_all(out, &format!("{line}\n"))?;
    Ok(1)
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
        None => nobody_matches(query, out),
    }
}

pub(crate) fn write_all(out: &mut dyn Write, text: &str) -> Result<(), Failure> {
    out.write_all(text.as_bytes()).map_err(cannot_write)
}

/// The output could not be written (a closed pipe, a full disk).
fn cannot_write(err: std::io::Error) -> Failure {
    Failure {
        code: 2,
        message: say_with("cli-cannot-write", &args! { "reason" => err.to_string() }),
    }
}
