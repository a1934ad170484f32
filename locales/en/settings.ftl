# Settings (ui/src/lib/settings): phone numbers, reminders, the look-up shortcut, import and export,
# where the notebook is kept, backups, About, and the notice after Kindly stopped unexpectedly.
# $keys is a key combination as the shell reads it, e.g. "Ctrl+Shift+K"; $example is one such combination.

settings-title = Settings
settings-intro = Kept in your notebook, except Appearance, which belongs to this computer.
settings-shortcuts = Keyboard shortcuts
settings-opening = Opening…
settings-saved = Saved.
settings-save = Save
settings-saving = Saving…
settings-dismiss = Dismiss

settings-phone-title = Phone numbers
settings-phone-label = Country for phone numbers
settings-phone-hint = Numbers typed without a + and country code are read as numbers of this country.

settings-reminders = Reminders
settings-reminder-time = Reminder time
settings-reminder-hint = Follow-ups for a day without a time of their own are reminded at this time.
# $example is a time of day on the person's clock, e.g. "09:00".
settings-reminder-empty = Please enter a time such as { $example }.
# $time is the reminder time now in force, e.g. "08:30".
settings-reminder-saved = Saved. Follow-ups without a time now remind at { $time }.
# $zone is the computer's time zone as it names it, e.g. "Europe/Paris".
settings-zone = Times are in { $zone }, your computer’s time zone.
settings-zone-unknown = Times are in your computer’s time zone.
settings-autostart = Start Kindly when I log in, so reminders arrive
settings-tray = Closing the window keeps Kindly running in the tray, beside the clock, so reminders still arrive. To stop it completely, choose Quit from the tray icon’s menu.

settings-shortcut-title = Look up from anywhere
# Before the combination in force (or "Off").
settings-shortcut-now = Now:
settings-shortcut-off = Off
settings-shortcut-label = Key combination
settings-shortcut-hint = Pressed in any program, it brings Kindly forward with the cursor in the lookup box. Use Ctrl, Alt, Shift or Super with a key, for example { $example }.
settings-shortcut-empty = Please type a combination such as { $example }, or choose Turn off.
settings-shortcut-turn-off = Turn off
settings-shortcut-turned-off = Turned off.
settings-shortcut-saved = Saved. Press { $keys } anywhere to look someone up.

settings-in-out-title = Bring customers in / take them out
settings-import = Import contacts…
settings-import-hint = From a phone, Google Contacts, Outlook, Apple Contacts or a spreadsheet. You see what will happen before anything changes.
settings-duplicates = Possible duplicates…
settings-duplicates-hint = Customers who may be the same person, to merge into one.
settings-export-title = Export all customers
settings-export-hint = Saves every customer (not those in Trash) as a file, for another program or to keep. You choose where (Downloads unless you pick another folder).
settings-export-vcard = As vCard (for phones and mail programs)
settings-export-csv = As a spreadsheet (CSV)
# The export's progress bar, as a screen reader names it.
settings-exporting = Exporting

settings-where-title = Where your notebook is kept
settings-where-backup = Kindly backs it up for you (see Backups, below). To keep a copy on another disk too, such as a USB stick, choose a folder there for backups, or copy a backup file onto it.

settings-backups = Backups
settings-backups-intro = Kindly backs up your notebook when it starts, at most once a day while it runs, and when you quit. Each backup is checked before it counts.
# $when is when the last backup was taken ("3 March 2025 at 14:05"), or "…" while not known yet.
settings-backup-last = Last backup: { $when }
settings-backup-none-yet = No backup yet
settings-back-up-now = Back up now
settings-backing-up = Backing up…
# The backup's progress bar, as a screen reader names it.
settings-backing-up-label = Backing up
# $file is the new backup's file name.
settings-backed-up = Backed up: { $file }
settings-backup-folder = Backup folder
settings-backup-folder-hint = A folder on another disk, such as a USB stick, keeps your backups safe if this computer breaks. Backups already taken stay where they are.
settings-backup-beside = (beside your notebook)
settings-backup-choose = Choose another folder…
settings-backup-default = Use the folder beside the notebook
settings-backup-keep = Backups to keep
settings-backup-keep-hint = From 1 to 365. When there are more, the oldest are removed. Kindly asks first if a smaller number would remove backups you have.
settings-keep-problem = Keep between 1 and 365 backups.
# $folder is where backups go; $keep how many are kept (1 to 365).
settings-backup-saved =
    Saved. Backups go to { $folder }, and { $keep ->
        [one] only the newest is kept.
       *[other] the newest { $keep } are kept.
    }
settings-backup-unchanged =
    Nothing changed. Backups go to { $folder }, and { $keep ->
        [one] only the newest is kept.
       *[other] the newest { $keep } are kept.
    }
settings-backups-list = Your backups
# $path is where the notebook as it was before the restore is kept.
settings-restored = Restored. The notebook as it was is kept in { $path }.
settings-backups-looking = Looking for backups…
settings-backups-none = No backups in this folder yet.
# $when is when the backup was taken, as settings-backup-when writes it.
settings-restore-label = Restore the backup from { $when }…
settings-restore = Restore…
# $date and $time are the day and the time of day: "3 March 2025", "14:05".
settings-backup-when = { $date } at { $time }
# $size is a number already written in the language's way ("240", "3.4").
settings-size-kb = { $size } KB
settings-size-mb = { $size } MB

settings-restore-title = Restore the backup from { $when }?
settings-restore-confirm = Restore this backup
settings-restoring = Restoring…
settings-restore-text = Your notebook will be replaced by the backup from { $when }. A copy of it as it is now is kept first, so this can be undone.
# The restore's progress bar, as a screen reader names it, and its words before the first report.
settings-restoring-label = Restoring the backup
settings-restore-first = Checking the backup…

settings-about = About
settings-version = Version
settings-team-notebook = Team notebook
settings-notebook = Notebook
# $database is the team notebook's database, $server its server ("db.shop.example:5432").
settings-team-place = { $database } on { $server }
settings-about-logs = When something goes wrong, Kindly notes what happened in its log folder: never your customers' details or your passphrase. Whoever helps you with Kindly may ask for these files.
settings-open-logs = Open log folder

# Above the screen, once, after Kindly stopped unexpectedly. $when is when, as settings-backup-when writes it.
settings-crash = Kindly closed unexpectedly the last time it ran.
settings-crash-when = Kindly closed unexpectedly the last time it ran ({ $when }).
settings-crash-text = It wrote a short note about it in its log folder, without your customers' details, in case whoever helps you with Kindly wants to see it.
