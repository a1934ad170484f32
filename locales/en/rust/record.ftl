# A customer's record as plain text, "everything we hold on you", for a customer who asked for it
# (use_cases/exchange/export/text.rs). Dates and times ($when, $added, $due, …) are written
# 2026-11-20 14:05 in every language; $date is a day written 2026-11-20, $time a time 14:05.
# $zone is a time zone's name, such as Europe/London.

record-title = Everything Kindly holds on { $name }
record-written = Written { $when }. Times are in { $zone }.
# How whatever is in Trash is marked, under it or after the customer's deletion date.
record-in-trash = (deleted, still held until Trash is emptied)
record-deleted = This customer was deleted on { $when } { record-in-trash }.

# One field: its label and its value on one line; a value of several lines goes under "label:".
record-field = { $label }: { $value }
record-field-above = { $label }:

record-profile = Profile
record-full-name = Full name
record-preferred-name = What they like to be called
record-pronunciation = How to say it
record-pronouns = Pronouns
record-company = Company or household
# A phone or email's label follows in brackets with "main" for the one to use first: "Phone (mobile, main)".
record-phone = Phone
record-email = Email
record-main = main
record-address = Postal address
record-birthday = Birthday
record-birthday-day = { $day } { $month }
record-birthday-with-year = { $day } { $month } { $year }
record-contact-channel = Best way to reach them
record-reach-phone = phone
record-reach-text-message = text message
record-reach-email = email
record-reach-post = post
record-reach-in-person = in person
record-best-time = Best time to reach them
record-language = Language they prefer
record-dont = Please don't
record-preference = What they like
record-remember = Always remember
record-tags = Tags
record-looked-after-by = Looked after by
record-stay-in-touch = Stay in touch
# The English words say "days" even for 1: the record's text is kept as it always was.
record-stay-in-touch-every = ideally every { $ideal } days, and never more than { $longest } days apart
record-notes = Notes
record-added = Added { $added }, last changed { $changed }.

# Section headings; the number of items follows in brackets.
record-conversations = Conversations
record-issues = Issues
record-promises = Promises
record-follow-ups = Follow-ups

# A conversation's first line: "2026-11-20 14:05, they called us (Ana), spoke, seemed pleased".
record-channel-call-in = they called us
record-channel-call-out = we called them
record-channel-visit = visit
record-channel-email = email
record-channel-message = message
record-channel-card-sent = card sent
record-channel-note = note
record-outcome-spoke = spoke
record-outcome-left-message = left a message
record-outcome-no-answer = no answer
record-seemed = seemed { $mood }
record-mood-upset = upset
record-mood-worried = worried
record-mood-neutral = neutral
record-mood-pleased = pleased
record-mood-delighted = delighted
record-about-issue = About the issue: { $title }

record-issue = { $title } ({ $state }, opened { $opened })
record-state-open = open
record-state-in-progress = in progress
record-state-waiting-on-customer = waiting on the customer
record-state-waiting-on-us = waiting on us
record-state-waiting = waiting
record-state-resolved = resolved
record-state-closed = closed
record-own-words = In their words
record-root-cause = What was behind it
record-kind = Kind
record-handled-by = Handled by
record-mood-at-start = How they felt at the start
record-what-happened = What happened:
# A line of an issue's history, then "by Ana", then ", they seemed pleased", then ": the note".
record-issue-opened = { $when } opened
record-issue-moved = { $when } moved from { $from } to { $to }
record-by = by { $staff }
record-they-seemed = they seemed { $mood }

record-promise = { $what } ({ $state }, due { $due })
record-promise-overdue = { $what } ({ $state }, overdue, due { $due })
record-promise-open = open
record-promise-kept = kept
record-promise-broken = broken
record-promised = Promised on { $when }
record-promised-by = Promised by { $staff } on { $when }
# A line of a promise's history follows its date and time: "2026-11-20 14:05 kept by Ana".
record-event-promised = promised
record-event-kept = kept
record-event-broken = broken
record-event-due-moved = due date moved
record-event-due-moved-from-to = due date moved from { $old } to { $new }

record-follow-up-once = { $task } on { $date }
record-follow-up-repeating = { $task }, { $repeat }, from { $date }
record-at-time = at { $time }
record-task-call-back = Call back
record-task-check-in = Check in
record-task-send-card = Send a card
record-task-birthday = Birthday card
record-task-other = Follow up
record-repeat-days =
    { $count ->
        [one] every day
       *[other] every { $count } days
    }
record-repeat-weeks =
    { $count ->
        [one] every week
       *[other] every { $count } weeks
    }
record-repeat-months =
    { $count ->
        [one] every month
       *[other] every { $count } months
    }
record-repeat-years =
    { $count ->
        [one] every year
       *[other] every { $count } years
    }
# A repeating rule Kindly cannot put in words, as written: "repeating (FREQ=WEEKLY;BYDAY=MO,TH)".
record-repeat-rule = repeating ({ $rule })
record-about = About
record-for = For
record-note = Note
record-next-due = Next due { $when }
record-next-due-snoozed = Next due { $when } (snoozed)
record-nothing-left = Nothing left to do
