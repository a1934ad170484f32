# Issues: a customer's problem, from opened to resolved (ui/src/lib/issues).

# Where an issue stands.
issues-state-open = Open
issues-state-in_progress = In progress
issues-state-waiting = Waiting
issues-state-resolved = Resolved
issues-state-closed = Closed
# The same inside a sentence or after a title: "Charged twice (open)".
issues-state-in-line =
    { $state ->
        [in_progress] in progress
        [waiting] waiting
        [resolved] resolved
        [closed] closed
       *[open] open
    }
# Who we are waiting on, inside a sentence.
issues-waiting-on-who =
    { $on ->
        [customer] the customer
       *[us] us
    }
issues-state-waiting-on =
    { $on ->
        [customer] Waiting on the customer
       *[us] Waiting on us
    }

# The buttons that move an issue on. A trailing "…" means a small form follows.
issues-move-in_progress = Working on it
issues-move-waiting = Waiting…
issues-move-resolved = Resolved…
issues-move-closed = Close
issues-move-open = Reopen…

# Said after a move.
issues-moved-open = Issue reopened.
issues-moved-in_progress = Issue marked in progress.
issues-moved-waiting = Issue waiting.
issues-moved-waiting-on =
    { $on ->
        [customer] Issue now waiting on the customer.
       *[us] Issue now waiting on us.
    }
issues-moved-resolved = Issue resolved.
issues-moved-closed = Issue closed.

# The history: "Waiting → Resolved". $from and $to are issues-state-….
issues-change-opened = Opened
issues-change = { $from } → { $to }
issues-change-reopened = { $from } → Reopened
# $change is one of the above.
issues-change-waiting-on =
    { $on ->
        [customer] { $change } (on the customer)
       *[us] { $change } (on us)
    }
# $line is the change, $note what was written with it.
issues-change-note = { $line }: { $note }
# $mood is how they felt ("upset").
issues-mood-first = At the start: { $mood }
issues-mood-felt = Felt: { $mood }

# One issue's card.
issues-in-their-words = In their words:
issues-behind-it = Behind it:
# $when is when it was opened: "yesterday", "3 March 2025".
issues-opened-when = Opened { $when }
issues-handled-by = handled by
issues-mood-at-start = { $mood } at the start
issues-hide-history = Hide history
issues-history = History ({ $n })
issues-leave-it = Leave it
issues-ok = OK
issues-opening = Opening…

# Choosing the issue something is about.
issues-optional = (optional)
issues-none = None
issues-linked-now = The issue it is linked to now
# $title is the issue's title, $state issues-state-in-line.
issues-pick-option = { $title } ({ $state })

# Opening or editing an issue.
issues-form-edit = Edit issue
issues-form-new = Open an issue
issues-restored = Brought back what you typed earlier.
issues-this = this issue
issues-title = Short title
issues-title-example = e.g. Charged twice for the March service
issues-title-problem = Please give the issue a short title.
issues-own-words = The problem in their own words
issues-own-words-hint = Write it as they said it, then read it back to them: “Let me repeat this back to make sure I understand…”
issues-root-cause = What is really behind it
issues-when-known = (fill in when known)
issues-root-cause-example = Often the experience, not the product
issues-categories = Kind of issue
issues-categories-example = e.g. billing, delivery (commas between)
issues-used-before = Used before:
issues-add-category = Add { $category }
issues-handler = Handled by
issues-mood-start = How upset at the start
issues-saving = Saving…
issues-save = Save
issues-open = Open issue
issues-cancel = Cancel
issues-close = Close
# After the save keys ("Ctrl+Enter saves · Esc cancels").
issues-keys-save = saves ·
issues-keys-cancel = cancels
# The fields as a sentence names them when someone else changed one first.
issues-the-title = the title
issues-the-own-words = the problem in their own words
issues-the-root-cause = what is really behind it
issues-the-categories = the kind of issue
issues-the-handler = who handles it
issues-the-mood = how upset they were at the start

# The small form of a move.
issues-mark =
    { $state ->
        [in_progress] Mark in progress
        [waiting] Mark waiting
        [resolved] Mark resolved
        [closed] Mark closed
       *[open] Reopen
    }
issues-move-title =
    { $state ->
        [in_progress] Move to in progress
        [waiting] Waiting
        [resolved] Resolved
        [closed] Move to closed
       *[open] Reopen
    }
issues-note-waiting = What for
issues-note-resolved = What we did to put it right
issues-note-open = Why it is reopened
issues-note = Note
issues-waiting-on = Waiting on
issues-choose = Choose…
issues-the-customer = The customer
issues-us = Us
issues-waiting-on-problem = Please choose who we are waiting on.
issues-resolved-problem = Please say what we did, so the next person knows.
issues-waiting-problem = Please say what we are waiting for.
issues-check-in-problem = Please give the number of days until the check-in, such as 3.
issues-felt-at-end = How they felt at the end
# Before and after the box for the number of days.
issues-check-in = Check in with them in
issues-check-in-days = Days until the check-in
issues-days = days
issues-who = Who
