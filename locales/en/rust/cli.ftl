# The command line's sentences (crates/kindly-cli). Its machine output
# (--json, exports, `kindly team staff`'s tab-separated lines) never changes
# with the language; --help is in cli-help.ftl; clap's own mistakes
# ("unexpected argument…") stay English.

cli-more-information = For more information, try '{ $help }'.
cli-passphrase-needed = This notebook is protected with a passphrase. Put it in the KINDLY_PASSPHRASE environment variable.
cli-passphrase-not-utf8 = The passphrase in KINDLY_PASSPHRASE is not valid text (UTF-8). Kindly uses passphrases exactly as typed, so it cannot use this one.
cli-no-data-folder = Kindly's data folder could not be found; give --data-dir.
cli-database-or-data-dir = Give either --database (a team notebook) or --data-dir (a notebook on this computer), not both.
# $kept: where the notebook as it was before is kept.
cli-restored =
    Restored { $file }.
    The notebook as it was is kept in { $kept }
cli-nobody-matches = Nobody in the notebook matches { $query }.
cli-cannot-write = could not write the output: { $reason }

## kindly export

cli-export-everyone = export --format { $format } exports everyone; leave out --customer (one customer's record is --format json or text).
cli-export-needs-customer = export --format json|text needs --customer ID.
cli-json-failed = the record could not be written as JSON: { $reason }
cli-file-not-written = { $file } could not be written: { $reason }

## kindly import

cli-preview = { $file }: { $new } new, { $merged } to add to customers already here, { $skipped } already here, { $left_out } left out.
cli-preview-note = Note: { $note }
# One contact of the preview: "line    12  Ana Lima: new".
cli-preview-line = line { $line }
cli-preview-new = new
# $matched: the customer; $reason: why it matches.
cli-preview-add-to = add to { $matched } ({ $reason })
cli-preview-already-here = already here as { $matched } ({ $reason })
cli-preview-more = ... and { $count } more.
cli-preview-left-out = Left out:
cli-dry-run = Dry run: nothing was written.
cli-imported = Imported: { $new } new, { $merged } added to, { $skipped } already there{ $left_out ->
        [0] {""}
       *[other] , { $left_out } left out
    }.

## kindly team

cli-team-needs-address = kindly team needs the team notebook's address, with the owner's login (copy-out takes any): --database postgres://owner@server/notebook (or { $variable }).
cli-team-ready = The team notebook is ready. Give each person who works there a login with `kindly team add-staff "NAME"`.
# Followed by the password, then cli-staff-give-password.
cli-staff-added = { $name } can now sign in to the team notebook as { $login } with this password:
cli-staff-give-password = Give { $first } this password; Kindly will not show it again.
cli-staff-removed = { $name } ({ $login }) can no longer sign in. What they wrote stays, under their name.
cli-staff-nobody-called = Nobody called { $name } has a working login on this team notebook (`kindly team staff` lists them).
cli-staff-none = Nobody has a login yet.
cli-no-notebook-file = There is no notebook file at { $file }.
# $summary: cli-moved-count for each kind, joined with commas.
cli-moved-in =
    Moved { $file } into the team notebook: { $summary }.
    The file is as it was; once everyone works in the team notebook, keep it somewhere safe or delete it.
cli-copied-out = Copied the team notebook to { $file }: { $summary }.
# One count of what moved; $what: customers, conversations, issues,
# promises, follow-ups, situations, merges or staff.
cli-moved-count = { $what ->
        [customers] { $count ->
            [one] { $count } customer
           *[other] { $count } customers (Trash included)
        }
        [conversations] { $count ->
            [one] { $count } conversation
           *[other] { $count } conversations
        }
        [issues] { $count ->
            [one] { $count } issue
           *[other] { $count } issues
        }
        [promises] { $count ->
            [one] { $count } promise
           *[other] { $count } promises
        }
        [follow-ups] { $count ->
            [one] { $count } follow-up
           *[other] { $count } follow-ups
        }
        [situations] { $count ->
            [one] { $count } situation
           *[other] { $count } situations
        }
        [merges] { $count ->
            [one] { $count } merge
           *[other] { $count } merges
        }
       *[staff] { $count ->
            [one] { $count } person on the staff list
           *[other] { $count } people on the staff list
        }
    }

