# A customer's history (ui/src/lib/timeline) and words for when things happened and are due (timeline/when.ts).
# Today, yesterday, weekdays and "25 minutes ago" come from the language's own calendar words (Intl).

when-just-now = just now
# $day is "today", "yesterday" or a weekday; $time the time of day ("14:05"); $hour the hour as the
# clock shows it ("1" in "1:05 PM" and "01:05"), for a language whose words before a time change
# with it (Spanish "a la 1:05", "a las 2:05"). English does not need it.
when-day-at =
    { $hour ->
       *[other] { $day } at { $time }
    }
# $n is a number; $ord its ordinal category in the language (one, two, few, other): "1st", "22nd".
timeline-ordinal =
    { $ord ->
        [one] { $n }st
        [two] { $n }nd
        [few] { $n }rd
       *[other] { $n }th
    }

# What happened, beside each row.
timeline-conversation = Conversation
timeline-issue-opened = Issue opened
timeline-issue-update = Issue update
timeline-promise-made = Promise made
timeline-promise-kept = Promise kept
timeline-promise-broken = Promise broken
timeline-new-date = New date agreed
timeline-follow-up-skipped = Follow-up skipped
# Under a row. $text is what changed ("Waiting → Resolved"), $note the note written with it.
timeline-with-note = { $text }: { $note }
# $change is "Open → Waiting"; $on who it waits on: customer or us.
timeline-waiting-on =
    { $on ->
        [customer] { $change } (on the customer)
       *[us] { $change } (on us)
    }
# $day is "tomorrow", "Friday 14 March".
timeline-due = Due { $day }
timeline-moved = { $from } → { $to }
timeline-now-due = Now due { $day }
# $action is "Call back".
timeline-skipped = { $action } skipped this time; it repeats as before
timeline-no-answer = No answer
timeline-left-message = Left a message
# How the customer seemed; $mood is upset, worried, neutral, pleased or delighted.
timeline-mood-seemed =
    { $mood ->
        [upset] Seemed upset
        [worried] Seemed worried
        [pleased] Seemed pleased
        [delighted] Seemed delighted
       *[neutral] Seemed neutral
    }
# When the issue was opened.
timeline-mood-start =
    { $mood ->
        [upset] Upset at the start
        [worried] Worried at the start
        [pleased] Pleased at the start
        [delighted] Delighted at the start
       *[neutral] Neutral at the start
    }
# When the issue was settled.
timeline-mood-end =
    { $mood ->
        [upset] Felt upset at the end
        [worried] Felt worried at the end
        [pleased] Felt pleased at the end
        [delighted] Felt delighted at the end
       *[neutral] Felt neutral at the end
    }

# Near the name.
timeline-last-spoke = Last spoke:
# $name is who spoke to them; $day "yesterday", "Tuesday".
timeline-last-spoke-by = { $name }, { $day }
# How: $channel is call_in, call_out, visit, email, message, card_sent or note.
timeline-last-spoke-channel =
    { $channel ->
        [call_in] (call in)
        [call_out] (call out)
        [visit] (visit)
        [email] (email)
        [message] (message)
        [card_sent] (handwritten card sent)
       *[note] (note)
    }
timeline-patterns = Issues that keep coming back
# $count issues of the category $category (as the shop wrote it) since $month ("March", "November 2024");
# $ord is the ordinal category of $count (one, two, few, other): "3rd billing issue since March".
timeline-pattern =
    { $ord ->
        [one] { $count }st
        [two] { $count }nd
        [few] { $count }rd
       *[other] { $count }th
    } { $category } issue since { $month }

# The working part of the page.
timeline-history-label = Conversations, issues and promises
timeline-log = Log conversation
timeline-open-issue = Open issue
timeline-record-promise = Record promise
timeline-trashed-conversation = Conversation moved to Trash.
timeline-trashed-issue = Issue moved to Trash, with its history.
timeline-trashed-promise = Promise moved to Trash.
timeline-trashed-follow-up = Follow-up moved to Trash.
timeline-restored = Brought back from Trash.
timeline-undo = Undo
timeline-conversation-saved = Conversation saved.
timeline-conversation-logged = Conversation logged.
timeline-issue-saved = Issue saved.
timeline-issue-opened-notice = Issue opened.
timeline-promise-saved = Promise saved.
timeline-promise-recorded = Promise recorded.
timeline-open-issues = Open issues
timeline-history-empty = Nothing noted yet. Log a conversation, open an issue or record a promise as it happens.

# The timeline.
timeline-title = History
# Before the chips that show only one kind of row.
timeline-show = Show
timeline-filter-all = Everything
timeline-filter-conversations = Conversations
timeline-filter-issues = Issues
timeline-filter-promises = Promises
timeline-filter-follow-ups = Follow-ups
timeline-empty-all = Nothing here yet.
timeline-empty-conversations = No conversations yet.
timeline-empty-issues = No issues yet.
timeline-empty-promises = No promises yet.
timeline-empty-follow-ups = No follow-ups done yet.
timeline-loading = Loading…
timeline-more = Show older
timeline-show-issue = Show issue
timeline-hide-issue = Hide issue
timeline-edit = Edit
timeline-delete = Delete
# Read after "Edit" or "Delete"; $kind is conversation, issue, promise or follow_up.
timeline-which =
    { $kind ->
        [conversation] conversation
        [issue] issue
        [promise] promise
       *[follow_up] follow-up
    }
