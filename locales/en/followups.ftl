# Follow-ups and staying in touch (ui/src/lib/followups).
# $hour is the hour as the clock shows it ("1" in "1:05 PM" and "01:05"), for a language that says
# a time differently at one o'clock (Spanish "a la 1:05", "a las 2:05"); English does not need it.

followups-action-call-back = Call back
followups-action-check-in = Check in
followups-action-send-card = Send a card
followups-action-birthday = Birthday card
followups-action-other = Follow up
# In the form's "What" list: the last choice.
followups-choice-other = Other

# On a timeline row when one was done.
followups-done-call-back = Called back
followups-done-check-in = Check-in done
followups-done-send-card = Card sent
followups-done-birthday = Birthday card sent
followups-done-other = Follow-up done

# When it is due. $day is "Today", "Tomorrow", "Friday 14 March"; $time "10:30".
followups-when-done = Done
followups-when-at =
    { $hour ->
       *[other] { $day } at { $time }
    }
followups-when-any-time = { $day }, any time
followups-when-snoozed =
    { $hour ->
       *[other] Snoozed until { $day } at { $time }
    }

followups-touch-in-touch = In touch
followups-touch-drifting = Drifting
followups-touch-out-of-touch = Out of touch
followups-last-contact-today = last contact today
followups-last-contact-days =
    last contact { $count ->
        [one] { $count } day
       *[other] { $count } days
    } ago
followups-last-contact-weeks =
    last contact { $count ->
        [one] { $count } week
       *[other] { $count } weeks
    } ago
followups-last-contact-months =
    last contact { $count ->
        [one] { $count } month
       *[other] { $count } months
    } ago
followups-last-contact-years =
    last contact { $count ->
        [one] { $count } year
       *[other] { $count } years
    } ago
# $state is "Drifting" or "Out of touch"; $since "last contact 7 weeks ago".
followups-touch-since = { $state } — { $since }
# A tooltip; $when is the full date and time.
followups-touch-title = Last contact { $when }

# A row. Read after each button by a screen reader: $action is "Call back", $name the customer.
followups-context = { $action }, { $name }
followups-brief = Brief
followups-brief-for = for { $name }
followups-overdue = Overdue
followups-missed = Missed
followups-missed-title = Its reminder came while Kindly was closed
# $name is who should do it.
followups-row-for = for { $name }
# $title is the issue or promise it is about.
followups-row-about = about “{ $title }”
followups-from-birthday = From their birthday

# What can be done with one.
followups-done = Done
followups-snooze-open = Snooze…
followups-skip = Skip this time
followups-give-open = Give to…
# Read after "Give to…" by a screen reader; $context is "Call back, Rosa".
followups-give-open-hidden = someone else: { $context }
followups-snooze-until = Snooze until
followups-snooze-hour = For an hour
followups-snooze-tomorrow = Tomorrow morning
followups-snooze-next-week = Next week
followups-snooze-pick = Pick a day…
followups-leave-it = Leave it
followups-marked-done = Marked done.
# $when is when it is due next: "Friday 14 March at 10:00".
followups-marked-done-next = Marked done. Next time: { $when }.
followups-skipped = Skipped this time.
followups-skipped-next = Skipped this time. Next time: { $when }.
followups-snoozed = Snoozed.
# $when is "Snoozed until tomorrow at 09:00".
followups-snoozed-when = { $when }.
# $name is who it was given to.
followups-give-to = Give to { $name }
followups-now-with = Now with { $name }.

# Snooze until a day picked.
followups-until = Until
followups-at = At
followups-optional = (optional)
followups-snooze-no-day = Please choose the day it should come back.
followups-snooze-hint-at =
    { $hour ->
       *[other] Without a time it comes back at { $time } that day.
    }
followups-snooze-hint = Without a time it comes back at the reminder time that day.
followups-snooze = Snooze
followups-cancel = Cancel
# After the key shown on its own: "Ctrl+Enter snoozes · Esc cancels".
followups-keys-snoozes = snoozes
followups-keys-cancels = cancels
followups-keys-gives = gives
followups-keys-saves = saves

# Give to someone else.
followups-give-it-to = Give it to
followups-give-nobody = Please say who should do it.
followups-with-now = With { $name } now.
followups-give = Give

# A customer's follow-ups.
followups-title = Follow-ups
followups-add = Add follow-up
followups-saved = Follow-up saved.
followups-added = Follow-up added.
followups-trashed = Follow-up moved to Trash.
followups-restored = Brought back from Trash.
followups-undo = Undo
followups-edit = Edit
followups-delete = Delete
# Read after "Edit" or "Delete"; $action is "Call back".
followups-which = follow-up: { $action }
followups-empty = Nothing to follow up. Add one to be reminded on the day.

# The form.
followups-form-edit = Edit follow-up
followups-form-add = Add a follow-up
followups-form-restored = Brought back what you typed earlier.
# Names it in the sentences about someone else's change.
followups-form-this = this follow-up
followups-what = What
followups-who = Who should do it
followups-day = Day
followups-time = Time
followups-any-time = Any time
followups-time-hint-at =
    { $hour ->
       *[other] Leave empty for any time that day; the reminder comes at { $time }.
    }
followups-time-hint = Leave empty for any time that day; the reminder comes at the reminder time.
followups-about = About
followups-about-nothing = Nothing in particular
followups-about-now = What it is about now
followups-about-issue = Issue: { $title }
followups-about-promise = Promise: { $title }
followups-note = Note
followups-note-example = e.g. Ask how the new boiler is working
followups-no-day = Please choose the day.
followups-saving = Saving…
followups-save = Save

# The fields, as the sentences about someone else's change name them.
followups-field-action = what to do
followups-field-date = the day
followups-field-time = the time
followups-field-repeat = how often it repeats
followups-field-assignee = who should do it
followups-field-about = what it is about
followups-field-note = the note

# How it repeats.
followups-repeat = Repeat
followups-repeat-none = Does not repeat
followups-repeat-daily = Every day
followups-repeat-weekly = Every week
followups-repeat-weeks = Every N weeks
followups-repeat-months = Every N months
followups-repeat-yearly = Every year
followups-repeat-nth-weekday = A weekday of a month each year
followups-repeat-custom = Custom rule
# Around the number typed: "every [2] weeks".
followups-repeat-every = every
followups-repeat-unit-weeks = weeks
followups-repeat-unit-months = months
followups-repeat-how-many-weeks = How many weeks apart
followups-repeat-how-many-months = How many months apart
# Around the three lists: "the [3rd] [Sunday] of [June]".
followups-repeat-the = the
followups-repeat-of = of
followups-repeat-which = Which one
followups-repeat-weekday = Day of the week
followups-repeat-month = Month
# $nth is 1–4, or -1 for the last; $day the weekday it goes with (1 Monday … 7 Sunday),
# for a language whose ordinal agrees with the weekday.
followups-nth =
    { $day ->
       *[other]
            { $nth ->
                [-1] last
                [1] 1st
                [2] 2nd
                [3] 3rd
               *[4] 4th
            }
    }
followups-repeat-rule = Rule
followups-repeat-rule-hint = (an RFC 5545 RRULE, e.g. FREQ=WEEKLY;BYDAY=MO,TH)
followups-repeat-no-weeks = Please give how many weeks apart, as a whole number such as 2.
followups-repeat-no-months = Please give how many months apart, as a whole number such as 2.
followups-repeat-no-rule = Please write the rule, or choose another way to repeat.
# A rule in plain words.
followups-rule-weeks =
    { $count ->
        [one] Every week
       *[other] Every { $count } weeks
    }
followups-rule-months =
    { $count ->
        [one] Every month
       *[other] Every { $count } months
    }
# $nth is "3rd" (followups-nth), $weekday "Sunday", $month "June".
followups-rule-nth-weekday = Every year on the { $nth } { $weekday } of { $month }
# $date is a day of the year: "14 April".
followups-rule-yearly-on = Every year on { $date }
# $days lists weekdays: "Monday and Thursday".
followups-rule-weekly-on =
    { $count ->
        [one] Every week on { $days }
       *[other] Every { $count } weeks on { $days }
    }
followups-rule-custom = Repeats on a custom rule
