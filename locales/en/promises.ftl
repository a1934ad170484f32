# Promises to a customer: the list on their page, recording one, and settling it (ui/src/lib/promises).

promises-heading = We promised
# After "We promised" when some are late.
promises-overdue-count =
    { $count ->
        [one] · { $count } overdue
       *[other] · { $count } overdue
    }
promises-overdue = Overdue
# After "Overdue"; $day is "yesterday" ($kind "relative") or "Friday 14 March" ($kind "date"), shown as a date.
promises-was-due =
    { $kind ->
        [relative] · was due { $day }
       *[date] · was due { $day }
    }
# $day is "tomorrow" ($kind "relative") or "Friday 14 March" ($kind "date").
promises-due =
    { $kind ->
        [relative] Due { $day }
       *[date] Due { $day }
    }
# $name is shown in bold.
promises-promised-by = · promised by { $name }
# $title is the issue the promise is about.
promises-about = · about “{ $title }”
promises-kept = Kept
promises-new-date-button = New date…
promises-broken-button = Broken…
promises-leave-it = Leave it
promises-ok = OK
promises-settled-kept = Promise kept.
promises-settled-broken = Promise marked broken.
promises-settled-open = New date agreed.

## Recording a promise

promises-record = Record a promise
promises-edit = Edit promise
promises-restored = Brought back what you typed earlier.
# Said of the promise in the words about someone else changing it first.
promises-this-promise = this promise
promises-what = What we promised
promises-what-example = e.g. Refund the deposit
promises-what-missing = Please write what we promised.
promises-by-when = By when
promises-due-missing = Please choose the day we promised it by.
# "New date" is the button on the promise (promises-new-date-button).
promises-date-hint = To change the date, use “New date” on the promise.
promises-who-promised = Who promised
promises-about-issue = About an issue
promises-save = Save
promises-saving = Saving…
promises-cancel = Cancel
promises-close = Close
# After the keys Ctrl+Enter.
promises-saves = saves
# After the key Esc.
promises-cancels = cancels

# The promise's parts, as named in "Ben changed … to …" when someone else changed it first.
promises-field-what = what we promised
promises-field-due = the date
promises-field-by = who promised it
promises-field-issue = the issue it is about
# Said for an issue no longer on their page.
promises-another-issue = another issue

## A day

promises-no-day = No day chosen yet
promises-pick-today = Today
promises-pick-tomorrow = Tomorrow
promises-pick-week = In a week

## Settling a promise

promises-settle-new-date = Agree a new date
promises-settle-broken = Promise broken
promises-settle-kept = Promise kept
promises-note-why = Why, and what they said
promises-note-what-happened = What happened
promises-note = Note
promises-optional = (optional)
promises-new-date = New date
promises-new-day-missing = Please choose the new day.
promises-what-happened-missing = Please say what happened, so the next person knows.
promises-who = Who
