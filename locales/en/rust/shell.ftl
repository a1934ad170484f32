# What the desktop shell says itself: dialogs, a dropped file, Save as (src-tauri).
# $day is a date as YYYY-MM-DD (file names sort by it); $error what the system reported.

shell-dialog-failed = The dialog could not be shown. Please try again.
shell-drop-nothing = Nothing Kindly can import was dropped.
shell-drop-several = Drop one contacts file at a time: Kindly imports one file at once.
shell-drop-folder = “{ $name }” is a folder. Drop one contacts file (.vcf or .csv) from inside it.
shell-drop-other-kind = Kindly imports contacts from a vCard file (.vcf) or a spreadsheet saved as CSV (.csv); “{ $name }” is neither.
shell-log-folder-failed = Kindly could not open the log folder. It is { $folder }.
shell-backup-folder-title = Choose a folder for backups
shell-backup-folder-unusable = Kindly cannot use a folder with this name. Choose another one.
shell-cancel = Cancel
shell-no-downloads = Could not find your Downloads folder: { $error }
shell-save-failed = The file could not be saved. Please try again.
shell-file-customers = Kindly customers { $day }
shell-file-follow-ups = Kindly follow-ups { $day }
shell-save-customers = Save all customers
shell-save-calendar = Save the follow-ups as a calendar
shell-save-record = Save everything we hold on this customer
shell-filter-vcard = vCard (for phones and mail programs)
shell-filter-csv = Spreadsheet (CSV)
shell-filter-calendar = Calendar (.ics)
shell-filter-record = Customer record (JSON and text)
shell-choose-contacts = Choose a contacts file
shell-choose-contacts-first = Choose a contacts file first.
shell-filter-contacts = Contacts (vCard or CSV)
shell-login-setting-failed = Could not read the login setting: { $error }
shell-keychain-passphrase = This computer's keychain could not keep the passphrase ({ $error }). Kindly will ask for it at each start.
shell-keychain-password = This computer's keychain could not keep the password ({ $error }). Kindly will ask for it at each start.

# The Customers list and changes to many at once (commands/lists.rs, commands/bulk.rs).
# $max is a number.
shell-save-selection = Save the chosen customers
shell-list-too-long = This is too long: at most { $max } characters.
shell-list-too-many-tags = Pick at most { $max } tags.
shell-list-too-many-customers = That is too many customers at once: at most { $max }.
shell-list-none-picked = Tick at least one customer first.
shell-bulk-tag-needed = Enter a tag.
shell-bulk-action-needed = Say what to do, for example “Call to check in”.
shell-bulk-date-needed = Choose the first day.
shell-bulk-spread-range = Spread them over 1 to { $max } days.
shell-bulk-situation-needed = Choose a situation.
