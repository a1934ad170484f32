# Today (ui/src/lib/today).

today-title = Today
# After today's date and the shortcut key shown on its own: "Wednesday 3 December · Ctrl+T comes back here".
today-comes-back = comes back here
today-export = Export to calendar (.ics)
today-exporting = Saving…
# $path is where the file was saved.
today-exported = Saved “{ $file }” in { $folder }.
today-opening = Opening…
today-empty = Nothing to follow up today, and everyone is in touch. A calm day.
today-empty-next = To be reminded to call someone back, open their page and choose “Add follow-up”: it shows here on its day.
today-overdue = Overdue
today-due = Due today
today-upcoming = Next 7 days
today-promises = Promises due
today-birthdays = Birthdays this week
today-drifting = Drifting out of touch
# $shown rows of $all are listed.
today-capped = Showing the first { $shown } of { $all }.
# $age is the age a customer turns on their birthday.
today-turns = turns { $age }
today-brief = Brief
# Read aloud after "Brief"; $name is the customer's name.
today-brief-for = for { $name }
today-promise-overdue = Overdue
# Follows "Overdue": "Overdue · was due yesterday".
today-promise-was-due = · was due
today-promise-due = Due
# Before the name of the person who made the promise.
today-promised-by = · promised by
