//! The command line's grammar (clap): every command, option and operand.
//! What `--help` says of each comes from the catalogues (`help.rs`); the
//! doc comments here say it in English for the code's reader. File names
//! are kept as the operating system gave them (`PathBuf`), so one that is
//! not UTF-8 still names its file.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Kindly from the command line: the same notebook as the window, no window.
#[derive(Debug, Parser)]
#[command(
    name = "kindly",
    version,
    arg_required_else_help = true,
    max_term_width = 100
)]
pub(crate) struct Cli {
    #[command(flatten)]
    pub(crate) place: Place,
    #[command(subcommand)]
    pub(crate) command: Command,
}

/// Which notebook: a folder on this computer or a team notebook's address.
#[derive(Debug, Args)]
pub(crate) struct Place {
    /// The notebook's folder (otherwise $KINDLY_DATA_DIR, otherwise Kindly's data folder)
    #[arg(long, global = true, value_name = "DIR")]
    pub(crate) data_dir: Option<PathBuf>,
    /// A team notebook's address, postgres://login@server/notebook (otherwise
    /// $KINDLY_DATABASE, better: others on the computer can read arguments)
    #[arg(long, global = true, value_name = "URL")]
    pub(crate) database: Option<String>,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Import a vCard (.vcf) or CSV file; prints what it does first
    Import {
        /// The file to import
        file: PathBuf,
        /// Print what would happen and write nothing
        #[arg(long)]
        dry_run: bool,
    },
    /// Print the brief of the best match (exit 1 if nobody matches)
    Lookup {
        /// A name, or a phone number in any usual form
        #[arg(value_name = "TEXT-OR-NUMBER")]
        query: String,
    },
    /// Print who changed what on a customer, newest first (exit 1 if nobody matches)
    Changes {
        /// The customer's id, or a name
        #[arg(value_name = "ID-OR-NAME")]
        query: String,
    },
    /// Take a checked backup into the backup folder; prints its path
    Backup,
    /// Restore a backup; the notebook as it was is kept
    Restore {
        /// The backup file
        file: PathBuf,
    },
    /// Write out every customer, the follow-ups, or one customer's record
    ///
    /// Every customer as vCard 4.0 or CSV, the follow-ups as an iCalendar
    /// file, or everything held on one customer (Trash too) as JSON or plain
    /// text: to standard output, or with -o to a file (replaced whole).
    Export {
        /// What to write
        #[arg(long, value_enum)]
        format: Format,
        /// The customer whose record to write (with json or text only)
        #[arg(long, value_name = "ID")]
        customer: Option<String>,
        /// Write to FILE (replaced whole) instead of standard output
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// A team notebook on a PostgreSQL server: set-up, logins, moving in and out
    ///
    /// The address comes from --database or $KINDLY_DATABASE, with the
    /// owner's login (allowed to create roles); copy-out takes any login.
    Team {
        #[command(subcommand)]
        command: Team,
    },
    /// Print a completion script for bash, zsh or fish
    ///
    /// For example: kindly completions bash > ~/.local/share/bash-completion/completions/kindly
    Completions {
        /// The shell
        #[arg(value_enum)]
        shell: Shell,
    },
}

/// What `kindly export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    /// Every customer as vCard 4.0
    Vcard,
    /// Every customer as CSV
    Csv,
    /// The follow-ups as an iCalendar file
    Ics,
    /// Everything held on one customer (--customer), as JSON
    Json,
    /// Everything held on one customer (--customer), as plain text
    Text,
}

impl Format {
    /// The name typed after `--format`.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Format::Vcard => "vcard",
            Format::Csv => "csv",
            Format::Ics => "ics",
            Format::Json => "json",
            Format::Text => "text",
        }
    }
}

/// The shells `kindly completions` writes for.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub(crate) enum Shell {
    Bash,
    Zsh,
    Fish,
}

/// `kindly team …`: the owner's login, except `copy-out`.
#[derive(Debug, Subcommand)]
pub(crate) enum Team {
    /// Make the team notebook: tables, extensions, a staff role (a no-op when done)
    Init,
    /// A login for one person; its password is shown once
    AddStaff {
        /// The person's name, in quotes
        name: String,
    },
    /// Take a person's login away (exit 1 if nobody has it); what they wrote stays
    RemoveStaff {
        /// The person's name, in quotes
        name: String,
    },
    /// List the logins: name, login, added, removed
    Staff,
    /// Move a notebook file into the team notebook, which must be new and empty
    MoveIn {
        /// The notebook file (notebook.sqlite)
        file: PathBuf,
    },
    /// Copy the whole team notebook into a new notebook file (any login)
    CopyOut {
        /// The new notebook file (never an existing one)
        file: PathBuf,
    },
}
