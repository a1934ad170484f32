# The passphrase: Settings › Passphrase, the unlock screen and the header's Lock (ui/src/lib/privacy).
# $keys is a key combination as the keyboard writes it, e.g. "Ctrl+Shift+L".

privacy-title = Passphrase
privacy-opening = Opening…
privacy-status = This notebook is protected with a passphrase.
privacy-remembered = This computer remembers the passphrase, so Kindly opens here without asking.
privacy-lock-after = Lock after
privacy-lock-after-hint = After this long without use, Kindly covers the window and asks for the passphrase again.
privacy-saved = Saved.
privacy-lock-now = Lock now
privacy-change-open = Change passphrase…
privacy-remove-open = Remove protection…
privacy-forget = Forget the remembered passphrase
privacy-forgotten = Forgotten. Kindly will ask for the passphrase the next time it opens.

# The "Lock after" choices.
privacy-never = Never
privacy-minutes =
    { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
privacy-hours =
    { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    }
privacy-hours-minutes =
    { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    } { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }

# Protecting a notebook that is not protected yet.
privacy-protect-intro = Protect this notebook with a passphrase so that nobody can read it without you, even if the laptop is lost. Kindly cannot recover a forgotten passphrase: write it down somewhere safe.
privacy-passphrase = Passphrase
privacy-protect-hint = At least 8 characters. A few words you will remember make a good one.
privacy-again = Type it again
privacy-protect = Protect with passphrase
privacy-protecting = Protecting…
privacy-choose = Please choose a passphrase.
privacy-type-again = Please type the passphrase again.
# $remembered is "yes" when this computer now remembers the passphrase, else "no".
privacy-protected =
    Protected. { $remembered ->
        [yes] This computer remembers the passphrase, so Kindly opens here without asking.
       *[no] Kindly will ask for the passphrase each time it opens.
    }
# $count older backups (at least 1) are not protected yet; $remembered as above.
privacy-protected-waiting =
    Protected. { $count ->
        [one] { $count } older backup is not protected; a protected one was taken now.
       *[other] { $count } older backups are not protected; a protected one was taken now.
    } The unprotected ones are removed the first time you unlock Kindly with the passphrase after it starts again. { $remembered ->
        [yes] This computer remembers the passphrase, so Kindly opens here without asking.
       *[no] Kindly will ask for the passphrase each time it opens.
    }

# Changing it.
privacy-change = Change passphrase
privacy-changing = Changing…
privacy-current = Current passphrase
privacy-new = New passphrase
privacy-new-hint = At least 8 characters. Kindly cannot recover a forgotten passphrase: write it down somewhere safe.
privacy-type-current = Please type the passphrase in use now.
privacy-choose-new = Please choose a new passphrase.
privacy-type-new-again = Please type the new passphrase again.
privacy-changed = Passphrase changed. Use the new one from now on.
privacy-cancel = Cancel

# Removing it.
privacy-remove-title = Remove protection?
privacy-remove-text = Your notebook file will then be readable without a passphrase by anyone who gets hold of it, for example on a lost laptop. A passphrase remembered on this computer is forgotten.
privacy-remove = Remove protection
privacy-removing = Removing…
privacy-removed = Protection removed. The notebook opens without a passphrase.

# "Remember on this computer", under the passphrase.
privacy-remember = Remember on this computer
privacy-remember-hint = Kindly opens without asking on this computer; anyone who can log in as you can then open it.

# The unlock screen, over the whole window.
privacy-unlock-title = This notebook is protected
privacy-unlock-text = Type its passphrase to open it.
privacy-unlock = Unlock
privacy-unlocking = Unlocking…
privacy-type-passphrase = Please type the passphrase.

# The header's Lock button, and the line above the screen when locking failed.
privacy-lock = Lock
privacy-lock-title = Lock now ({ $keys })
# $reason is what went wrong, as the computer said it.
privacy-could-not-lock = Kindly could not lock the notebook: { $reason }
privacy-dismiss = Dismiss
