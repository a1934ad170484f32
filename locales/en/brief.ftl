# The brief before a call, "Who's calling?" and "After the call" (ui/src/lib/brief).

brief-label = Brief
brief-back = Back
brief-after-call = After the call
brief-copy = Copy as text
brief-print = Print
brief-full-page = Full page
brief-copied = Copied.
brief-copy-failed = The brief could not be copied here. Try Print instead.
brief-text-not-copied = The text could not be copied.
brief-call-logged = Call logged.
# $reason is why the brief could not be read again (a message from the notebook).
brief-call-logged-stale = Call logged. The brief below could not be brought up to date ({ $reason }); it shows what it showed before.
brief-dont = Please don’t
brief-nothing = Nothing else noted about them yet. What you log after the call will show here next time.
brief-opening = Opening…

## Who they are

# $pronunciation is how to say their name, as written on their page; it is shown in bold.
brief-say-it = Say it: { $pronunciation }
brief-phones = Phone numbers

## What changed since we last spoke

# $day is "yesterday", "Tuesday" or "3 March 2025".
brief-changed-since = Changed since you last spoke ({ $day })
# One change on their page: $who changed it, $words says what (written by the notebook: "added a please-don't: no calls after 6pm"),
# $day when: "yesterday", "Tuesday" or "3 March 2025". $kind is "relative" (today, yesterday),
# "weekday" (Monday to Friday of the last week), "weekend" (Saturday, Sunday) or "date".
brief-change =
    { $who } { $words } { $kind ->
        [weekday] on { $day }
        [weekend] on { $day }
        [date] on { $day }
       *[relative] { $day }
    }
# Said in place of the name of who made a change, when it is not known.
brief-someone = Someone
brief-change-more =
    { $count ->
        [one] and { $count } more change (on the full page)
       *[other] and { $count } more changes (on the full page)
    }

## About them

brief-recent = Last times we spoke
brief-remember = Always remember
brief-notes = Notes
brief-more = more
brief-less = less
brief-likes = What they like
# $time is the best time to reach them, as written on their page ("mornings").
brief-best-time = Best time: { $time }
# $language is the name of the language they prefer ("French").
brief-speaks = Speaks { $language }
brief-prefers =
    { $channel ->
        [phone] Prefers the phone
        [text_message] Prefers a text message
        [email] Prefers email
        [post] Prefers post
       *[in_person] Prefers to talk in person
    }
# $name is shown in bold.
brief-looked-after = Looked after by { $name }
# $days is how many days until their birthday (0 today, 1 tomorrow).
brief-birthday =
    { $days ->
        [0] Birthday today
        [1] Birthday tomorrow
        [one] Birthday in { $days } day
       *[other] Birthday in { $days } days
    }
# The same, with $age, the age they turn.
brief-birthday-turns =
    { $days ->
        [0] Birthday today
        [1] Birthday tomorrow
        [one] Birthday in { $days } day
       *[other] Birthday in { $days } days
    } — turns { $age }

## What is still open

brief-affected = Affected by
brief-told = told the latest
brief-not-told = not yet told the latest
# $name is who looks after the customers a situation affects.
brief-concierge = Concierge: { $name }
brief-issues = Open issues
# The customer's own words about an issue, quoted.
brief-own-words = “{ $words }”
brief-promises = Promises due
# $day is "yesterday", "today", "tomorrow" ($kind "relative"), or "Friday 14 March", "14 March 2026" ($kind "date").
brief-promise-was-due =
    { $kind ->
        [relative] Overdue — was due { $day }
       *[date] Overdue — was due { $day }
    }
brief-promise-due =
    { $kind ->
        [relative] Due { $day }
       *[date] Due { $day }
    }
# After when a promise is due; $name is shown in bold.
brief-promised-by = · promised by { $name }
brief-follow-ups = Follow-ups due
brief-overdue = Overdue
# After when a follow-up is due; $name, who it is for, is shown in bold.
brief-for = · for { $name }
# $title is the issue a follow-up is about.
brief-about = · about “{ $title }”

## Who's calling?

brief-caller = Who’s calling
brief-caller-label = Who’s calling? Type or paste their number, or its last digits
# An example of a whole phone number and of its last digits, as people write them here.
brief-caller-example = e.g. 07700 900123 or 0123
brief-caller-find = Look up
brief-caller-empty = Please type their number, or its last few digits.
brief-caller-results = Customers with this number
brief-caller-several =
    { $count ->
        [one] { $count } customer has this number.
       *[other] { $count } customers have this number.
    }
# Follows the arrow keys ↑ ↓.
brief-caller-to-choose = to choose,
# Follows the Enter key.
brief-caller-to-open = to open their brief.
brief-caller-none = No customer has this number.
brief-caller-new = New customer with this number
# Before the Enter key.
brief-caller-press = Press
# After the Enter key.
brief-caller-press-after = to see their brief: what to say, what not to, and what is still open.
# $day is "yesterday", "Tuesday" or "3 March 2025".
brief-caller-last = last contact { $day }
brief-caller-never = no conversations yet

## After the call

brief-restored = Brought back what you typed earlier.
brief-how-it-went = How it went
brief-outcome-spoke = Spoke to them
brief-outcome-left-message = Left a message
brief-outcome-no-answer = No answer
brief-they-called = They called us
brief-what-said = What was said
brief-what-said-spoke = (in their words where you can)
brief-what-said-tried = (e.g. when you tried, what you left)
brief-how-they-seemed = How they seemed
brief-who-spoke = Who spoke
brief-done-with-call = Done with this call
# A follow-up this call may have taken care of: $action ("Call back") and when it was due ("Today at 10:00").
brief-done-item = { $action } — { $when }
brief-schedule-next = Schedule the next one
brief-next-what = What
brief-next-days = In how many days
brief-days-missing = Please give a number of days, such as 7.
# $name is who spoke to them.
brief-next-for = For { $name }, at the usual reminder time.
brief-next-for-whoever = For whoever spoke, at the usual reminder time.
brief-save = Save
brief-saving = Saving…
brief-cancel = Cancel
# After the keys Ctrl+Enter.
brief-saves = saves
# After the key Esc.
brief-cancels = cancels
