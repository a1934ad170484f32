# Pieces shared by the forms (ui/src/lib/forms): asking before discarding, moods, and a save someone else overtook.

forms-cancel = Cancel
forms-optional = (optional)
forms-discard-title = Discard what you typed?
forms-discard-keep = Keep writing
forms-discard = Discard
forms-discarding = Discarding…
forms-discard-text = What you typed in this form has not been saved. Once discarded it cannot be brought back.

forms-mood-upset = Upset
forms-mood-worried = Worried
forms-mood-neutral = Neutral
forms-mood-pleased = Pleased
forms-mood-delighted = Delighted

## A save someone else overtook. In these, $who is the colleague's name (or
## "Someone else"), $when says when they saved ("2 minutes ago", "today at
## 14:05", or forms-when-weekday / forms-when-date), $subject a field of the
## record ("Rosie’s best time").

forms-someone-else = Someone else
# $when is "Tuesday at 10:00".
forms-when-weekday = on { $when }
# $when is "3 March 2025".
forms-when-date = on { $when }
forms-keep-mine = Keep mine
# $name is the colleague who saved first.
forms-use-theirs = Use { $name }’s
forms-use-theirs-unknown = Use theirs
forms-left-empty = (left empty)
# The first half of a sentence; forms-clash-you-… follows it.
forms-clash-cleared = { $who } cleared { $subject } { $when };
# $theirs is the value they saved (shown emphasised).
forms-clash-changed-to = { $who } changed { $subject } to { $theirs } { $when };
forms-clash-changed = { $who } changed { $subject } { $when };
forms-clash-you-cleared = you cleared it.
# $mine is the value the person typed (shown emphasised).
forms-clash-you-wrote = you wrote { $mine }.
forms-clash-you-changed = you changed it too.
# $fields lists the fields ("the phone numbers and the tags"); $count is how many.
forms-taken =
    { $who } also changed { $fields }; { $count ->
        [one] it is
       *[other] they are
    } in the form now.
# $what is the record: "Rosie", "this issue".
forms-overtaken-heading = { $who } saved a change to { $what } { $when }, while you were making yours.
forms-overtaken-advice-none = Nothing you typed is lost, and nothing of theirs was overwritten. Save again to keep both.
forms-overtaken-advice =
    Nothing you typed is lost. You both changed { $count ->
        [one] one thing
       *[other] { $count } things
    }: choose which to keep, then save again.
# $keep is forms-keep-mine, $use forms-use-theirs; $count fields still wait for a choice.
forms-choices-pending =
    Choose “{ $keep }” or “{ $use }” for { $count ->
        [one] the field
       *[other] the { $count } fields
    } above, then save.

## A one-choice action (a move, Done, closing) someone else overtook.

# $button is the button's words, e.g. "Mark resolved".
forms-retry-typed = Nothing you typed is lost. Press “{ $button }” to make your change now.
forms-retry = Your change was not made yet. Press “{ $button }” to make it now.
forms-nothing-left-typed = What you typed is still here: copy it if you want to keep it, then close the form.
forms-nothing-left = Nothing more to do here.
forms-issue-changed = { $who } changed this issue { $when }.
forms-issue-reopened = { $who } reopened this issue { $when }.
# $state is where the issue is now: "Waiting on the customer".
forms-issue-moved = { $who } moved this issue to { $state } { $when }.
# $state is a state's label, lower case: "resolved".
forms-issue-already = It is already { $state }.
forms-issue-cannot-move = From { $from } it cannot be moved to { $to }.
# $state is "kept" or "broken".
forms-promise-settled =
    { $who } already marked this promise { $state ->
        [kept] kept
       *[broken] broken
    } { $when }.
forms-promise-settled-already = It is settled.
# $due is "tomorrow", "Friday 14 March".
forms-promise-new-date = { $who } agreed a new date for this promise { $when }: it is now due { $due }.
forms-promise-changed = { $who } changed this promise { $when }.
forms-followup-done = { $who } already marked this follow-up done { $when }.
forms-followup-ended = { $who } already dealt with this follow-up { $when }; it does not come round again.
# $next is when it is due next: "Friday 14 March at 10:00".
forms-followup-dealt = { $who } already dealt with this one { $when }. Next time: { $next }.
# $due is its new time: "snoozed until tomorrow at 10:00".
forms-followup-put-off = { $who } put this follow-up off { $when }: { $due }.
# $to is the colleague it was given to.
forms-followup-given = { $who } gave this follow-up to { $to } { $when }.
forms-followup-changed = { $who } changed this follow-up { $when }.
forms-situation-closed = { $who } already closed this situation { $when }.
forms-situation-changed = { $who } changed this situation { $when }.
forms-copy-typed = Copy what I typed
forms-copied = Copied. Paste it wherever you want to keep it.
forms-not-copied = Could not copy here: select the text in the form and copy it.
