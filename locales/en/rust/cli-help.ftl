# `kindly --help` and each command's help (crates/kindly-cli/src/help.rs).
# An id names where its text shows: cli-help-team-add-staff is `kindly team
# add-staff`; -arg-<name> an argument; -value-<name> one of its values;
# -more a command's longer description, shown by --help (not -h).
# Option names (--data-dir), value names (DIR) and commands stay as typed.

cli-help = Kindly from the command line: the same notebook as the window, no window.
cli-help-after =
    Every command takes --data-dir DIR (otherwise $KINDLY_DATA_DIR, otherwise
    Kindly's data folder). A notebook protected with a passphrase opens with the
    one in $KINDLY_PASSPHRASE.

    On a team notebook, every command takes --database
    postgres://login@server/notebook (otherwise $KINDLY_DATABASE) instead; backup
    and restore are for this computer's notebook. kindly team needs the owner's
    login, allowed to create roles (copy-out takes any login).

    Exit codes: 0 done, 1 nobody matched (lookup, changes, team remove-staff), 2 a
    problem (explained on standard error).
# Before the usage line: "Usage: kindly import [OPTIONS] <FILE>".
cli-help-usage = Usage:
cli-help-heading-commands = Commands
cli-help-heading-arguments = Arguments
cli-help-heading-options = Options
cli-help-flag-help = Print help
cli-help-flag-help-long = Print help (-h: a shorter one)
cli-help-flag-version = Print version
cli-help-arg-data-dir = The notebook's folder (otherwise $KINDLY_DATA_DIR, otherwise Kindly's data folder)
cli-help-arg-database = A team notebook's address, postgres://login@server/notebook (otherwise $KINDLY_DATABASE, better: others on the computer can read arguments)
cli-help-help = Print this help, or a command's
cli-help-help-arg-subcommand = The command whose help to print

cli-help-import = Import a vCard (.vcf) or CSV file; prints what it does first
cli-help-import-arg-file = The file to import
cli-help-import-arg-dry-run = Print what would happen and write nothing
cli-help-lookup = Print the brief of the best match (exit 1 if nobody matches)
cli-help-lookup-arg-query = A name, or a phone number in any usual form
cli-help-changes = Print who changed what on a customer, newest first (exit 1 if nobody matches)
cli-help-changes-arg-query = The customer's id, or a name
cli-help-backup = Take a checked backup into the backup folder; prints its path
cli-help-restore = Restore a backup; the notebook as it was is kept
cli-help-restore-arg-file = The backup file
cli-help-export = Write out every customer, the follow-ups, or one customer's record
cli-help-export-more = Every customer as vCard 4.0 or CSV, the follow-ups as an iCalendar file, or everything held on one customer (Trash too) as JSON or plain text: to standard output, or with -o to a file (replaced whole).
cli-help-export-arg-format = What to write
cli-help-export-arg-format-value-vcard = Every customer as vCard 4.0
cli-help-export-arg-format-value-csv = Every customer as CSV
cli-help-export-arg-format-value-ics = The follow-ups as an iCalendar file
cli-help-export-arg-format-value-json = Everything held on one customer (--customer), as JSON
cli-help-export-arg-format-value-text = Everything held on one customer (--customer), as plain text
cli-help-export-arg-customer = The customer whose record to write (with json or text only)
cli-help-export-arg-output = Write to FILE (replaced whole) instead of standard output
cli-help-team = A team notebook on a PostgreSQL server: set-up, logins, moving in and out
cli-help-team-more = The address comes from --database or $KINDLY_DATABASE, with the owner's login (allowed to create roles); copy-out takes any login.
cli-help-team-init = Make the team notebook: tables, extensions, a staff role (a no-op when done)
cli-help-team-add-staff = A login for one person; its password is shown once
cli-help-team-add-staff-arg-name = The person's name, in quotes
cli-help-team-remove-staff = Take a person's login away (exit 1 if nobody has it); what they wrote stays
cli-help-team-remove-staff-arg-name = The person's name, in quotes
cli-help-team-staff = List the logins: name, login, added, removed
cli-help-team-move-in = Move a notebook file into the team notebook, which must be new and empty
cli-help-team-move-in-arg-file = The notebook file (notebook.sqlite)
cli-help-team-copy-out = Copy the whole team notebook into a new notebook file (any login)
cli-help-team-copy-out-arg-file = The new notebook file (never an existing one)
cli-help-completions = Print a completion script for bash, zsh or fish
cli-help-completions-more = For example: kindly completions bash > ~/.local/share/bash-completion/completions/kindly
cli-help-completions-arg-shell = The shell
