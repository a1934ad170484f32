# The core's error messages (crates/kindly-core/src/error.rs), shown to the
# person at the desk and printed by the command line.

errors-not-found = That customer could not be found. They may have been deleted or moved to Trash.
errors-newer-notebook = This notebook was saved by a newer version of Kindly (format { $found }; this version reads up to { $supported }). Please update Kindly to open it. Nothing in the notebook was changed.
errors-locked = The notebook is locked. Enter its passphrase to unlock it.
errors-sign-in-needed = Sign in to the team notebook to carry on.
errors-busy = The notebook is busy in another window or program. Please try again in a moment.
errors-disk-full = The disk is full, so this change could not be saved. Free some space and try again.
errors-corrupt = Part of the notebook is damaged, so Kindly could not read or save this. Nothing was changed. Restore the latest backup to carry on (Settings, Backups).
# $detail is what the store reported, in its own (often English) words.
errors-storage = The notebook could not be read or written: { $detail }
errors-io = The notebook folder could not be used: { $detail }
errors-server-unreachable = Kindly cannot reach the team notebook's server { $host }. Check this computer's network, or ask whoever runs the server whether it is up.
errors-sign-in-failed = The team notebook's server did not accept the sign-in: wrong name or password.
errors-server-not-trusted = Kindly did not connect to { $host }: the server could not prove it is { $host } (its certificate is not trusted for that name). Ask whoever runs the server for its certificate.
errors-insecure-connection = The team notebook on { $host } can only be reached over an encrypted, verified connection, and its address asks for less. Remove `sslmode` from the address (or set it to verify-full).
errors-server-too-old = The team notebook needs PostgreSQL 15 or newer; the server runs PostgreSQL { $found }.
errors-missing-extension = The server lacks the PostgreSQL extension { $name }: ask whoever runs the server to install postgresql-contrib.
errors-not-team-notebook = The database { $database } on { $host } is not a Kindly team notebook. Nothing in it was changed. (A new team notebook is set up with `kindly team init`.)
errors-newer-team-notebook = This team notebook was made by a newer Kindly (format { $found }; this version reads up to { $supported }). Please update Kindly. Nothing in the team notebook was changed.
errors-server-full = The team notebook's server has no space left, so this change could not be saved. Ask whoever runs the server to free some space.
errors-connection-lost = The connection to the team notebook's server was lost. What you were doing may not have been saved: check it, then try again.
# $what: what was asked of a team notebook that only a notebook file can do.
errors-laptop-only = { $what ->
        [backing-up] Backing up
        [listing-backups] Listing backups
        [restoring-backup] Restoring a backup
        [protecting] Protecting with a passphrase
        [checking-file] Checking the notebook file
        [closing-file] Closing a notebook file
        [editing-file] Editing the file
        [writing-offline-copy] Writing the offline copy
        [counting-statements] Counting statements
        [filling-disk] Filling the disk
       *[other] This
    } is for a notebook kept on this computer. A team notebook lives on its server, which keeps its own copies: ask whoever runs it.
# $thing: customer, issue, promise, follow-up or situation.
errors-conflict = { $by } saved a change to this { $thing } while you were making yours, so yours was not saved (nothing of theirs was overwritten). Look at the { $thing } as it is now, then save your change again.
errors-conflict-someone = Someone else saved a change to this { $thing } while you were making yours, so yours was not saved (nothing of theirs was overwritten). Look at the { $thing } as it is now, then save your change again.
errors-team-notebook-not-empty = This team notebook already holds customers or other records, so nothing was moved into it: a notebook moves into a new, empty team notebook, once. Nothing was changed.
errors-server-away = Kindly cannot reach the team notebook just now, so this was not saved. What you typed is still here: save it again once the connection is back. You can still look customers up in the meantime.
errors-cancelled = Stopped as you asked. Nothing was changed.
errors-nothing-changed = Nothing was changed.
