# Situations: one problem touching many customers (ui/src/lib/situations).
# In counts, $count is the number (it picks the plural form) and $n the same number as written ("2000", "12,000").

situations-title = Situations
situations-intro = When one problem touches many customers (a late delivery, a broken machine, a price change): pick them out, give each group a person who keeps in touch, and tell everyone what is happening at every step.
situations-new = New situation
situations-show-closed = Show closed ones too
situations-loading = Loading…
situations-none = No open situations. Good.
# $date is a day, e.g. "3 March 2025".
situations-closed-on = Closed { $date }
situations-expected-by = Expected fixed by { $date }
situations-led-by = Led by { $name }
situations-closed-sentence = Closed { $date }.
situations-led-by-sentence = Led by { $name }.
situations-expected-sentence = Expected fixed by { $date }.

# The progress: "Told 14 of 23"; $count is the number told.
situations-told-of =
    { $count ->
       *[other] Told { $told } of { $total }
    }
situations-progress-title = Who has been told
situations-progress-about = told about the latest news
situations-per-concierge = Per concierge
situations-nobody-yet = Nobody yet

# One situation's page.
situations-back = ← All situations
situations-edit = Edit
# $error is the reason given by the notebook.
situations-reload-failed = Done. This screen could not be brought up to date ({ $error }); it shows what it showed before.
situations-what-happened-label = What happened:
situations-what-we-do-label = What we are doing:
situations-updates = Updates
# Before an update's text: its day, and who posted it.
situations-update-when = { $date }:
situations-update-when-by = { $date }, { $name }:
# Shown in bold, followed by situations-first-step-rest.
situations-first-step = First, add the customers this touches
situations-first-step-rest = , by tag or issue category, or picked from a list. Telling them and posting updates come after.
situations-undo = Undo
# What Undo would take back.
situations-action-none-added = Nobody new was added
situations-action-added =
    { $count ->
        [one] Added { $n } customer
       *[other] Added { $n } customers
    }
situations-action-grouped =
    { $count ->
        [one] Put { $n } customer in a group
       *[other] Put { $n } customers in a group
    }
situations-action-closed =
    { $count ->
        [one] Closed, with { $n } follow-up
       *[other] Closed, with { $n } follow-ups
    }

# Adding the affected customers.
situations-add-title = Add affected customers
situations-add-tag = Everyone tagged
situations-add-tag-example = wedding-cakes
situations-add-category = With an open issue in category
situations-add-category-example = delivery
situations-add-matching = Add everyone who matches
situations-match =
    { $count ->
        [one] { $n } customer matches
       *[other] { $n } customers match
    }
# $search is one of situations-saved-….
situations-run-again = Run again: { $search }
situations-saved-tag = Everyone tagged “{ $tag }”
situations-saved-category = Everyone with an open “{ $category }” issue
situations-saved-both = Everyone tagged “{ $tag }” and with an open “{ $category }” issue
situations-pick = Or pick from a list
situations-pick-placeholder = A name, phone, tag…
situations-pick-none = Nobody matches “{ $search }”.
situations-found = Customers found
situations-already = (already affected)
situations-add-picked =
    { $count ->
       *[other] Add { $n } picked
    }

# Closing.
situations-close = Close the situation
situations-close-days-problem = Please give a whole number of days from 0 (today) to 366.
situations-close-nobody = Nobody was added, so there is no one to follow up with.
# Before the box for the number of days.
situations-close-check-in =
    { $count ->
       *[other] A check-in with each of the { $n } customers, in
    }
situations-close-days = Days from today
# After the box for the number of days.
situations-close-check-in-after = days, for their concierge
situations-close-cards = A card for the ones who were upset ({ $n })

# On a customer's page.
situations-affected-by = Affected by: { $title }
situations-closed = closed
situations-told-latest = Told the latest
situations-not-told-latest = Not yet told the latest
situations-concierge = Concierge: { $name }
situations-concierge-label = Concierge:
situations-add-to = Add to a situation…
situations-none-to-add = No open situation to add them to.
situations-ok = OK
situations-choice = Situation
situations-choose = Choose a situation
situations-choose-problem = Please choose the situation to add them to.
situations-adding = Adding…
situations-add = Add
situations-cancel = Cancel
situations-save = Save
situations-change = Change

# Groups.
situations-groups-title = Groups and their concierge
situations-customers =
    { $count ->
        [one] { $n } customer
       *[other] { $n } customers
    }
situations-concierge-field = Concierge
situations-groups-intro = Split the customers into groups and give each group one person who keeps in touch with them.
situations-new-group = New group
situations-group-example = Weddings this week
situations-add-group = Add group

# The affected customers.
situations-members-title = Affected customers
situations-members-empty = Nobody was added to this situation.
situations-members-find = Find affected customers
situations-filter-name = Name
situations-filter-name-placeholder = Part of a name
situations-filter-group = Group
situations-any-group = Any group
situations-in-no-group = In no group
situations-filter-told = Told
situations-told-or-not = Told or not
situations-not-told = Not yet told
situations-ticked =
    { $count ->
       *[other] { $n } ticked
    }
situations-group-for-ticked = Group for the ticked customers
situations-no-group = No group
situations-group-ticked = Put ticked in this group
situations-tell-ticked = Told the ticked ones…
situations-tick-all =
    { $count ->
       *[other] Tick all { $n } that match
    }
situations-untick-all = Untick all
# $name is the customer's name.
situations-tick = Tick { $name }
situations-change-concierge = Change { $name }’s concierge
situations-mark-told-name = Told { $name }…
situations-mark-told = Told…
situations-remove-name = Take off { $name }…
situations-remove = Take off…
situations-own-concierge = { $name }’s own concierge
situations-own-concierge-hint = Left empty: their group’s concierge again.
situations-members-none-match = Nobody affected matches that.
# Where the page on show is: "1–100 of 2000", "All 3".
situations-page = { $from }–{ $to } of { $matching }
situations-page-all = All { $matching }
situations-page-none = None of { $matching }
situations-previous = ← Previous { $n }
situations-next = Next { $n } →
situations-remove-title = Take { $name } off this situation?
situations-remove-confirm = Take off
situations-removing = Taking off…
situations-remove-description = They will no longer be listed or counted here. What they were told stays on their timeline, and they can be added again.

# Who was told, how, and how they took it: "Told by Ben · call · upset".
situations-told = Told
situations-told-by = Told by { $name }
# $last is what they heard last: "last told by Ben, call, upset".
situations-not-told-since = Not yet told the latest ({ $last })
situations-last-told = last told
situations-last-told-by = last told by { $name }
situations-how-call = Call
situations-how-email = Email
situations-how-message = Message
situations-how-visit = In person
# How they were told, inside a sentence ("Told by Ben · call").
situations-how-in-line =
    { $how ->
        [call] call
        [email] email
        [message] message
       *[visit] in person
    }

# Telling: $who is a name or situations-customers ("3 customers"); $count how many customers that is.
situations-told-who =
    { $count ->
       *[other] Told { $who }
    }
situations-how-told =
    { $count ->
        [one] How { $who } was told
       *[other] How { $who } were told
    }
situations-how-they-took-it = How they took it
situations-who-told = Who told them
situations-what-they-said = What they said
situations-optional = (optional)
situations-save-told =
    { $count ->
       *[other] Save: { $who } told
    }
situations-restored = Brought back what you typed earlier.

# Posting an update.
situations-update-title = Post an update
situations-update-intro = Everyone becomes “not yet told” until each of them has heard it.
situations-what-changed = What changed
situations-what-changed-example = The part arrives Thursday
situations-new-fix = New expected fix
situations-if-moved = (if it moved)
situations-post-update = Post the update

# Messages to copy (their text is written in each customer's language elsewhere).
situations-messages = Messages
situations-messages-intro = A short message per customer about the latest news, to copy into an email or a text.
situations-write-messages = Write the messages
situations-write-again = Write them again
situations-only-not-told = Only for those not yet told
situations-messages-none = Everyone has been told the latest news.
situations-copied = Copied
situations-copy-for = Copy the message for { $name }

# The situation's form.
situations-form-edit = Edit the situation
situations-this = this situation
situations-field-title = Title
situations-field-title-example = Late delivery of wedding cakes
situations-field-what-happened = What happened
situations-field-what-we-do = What we are doing
situations-field-expected = Expected fixed by
situations-if-known = (if known)
situations-field-lead = Who leads it
situations-start = Start the situation
# After the save keys ("Ctrl+Enter saves, Esc cancels").
situations-keys-save = saves,
situations-keys-cancel = cancels
# The fields as a sentence names them when someone else changed one first.
situations-the-title = the title
situations-the-what-happened = what happened
situations-the-what-we-do = what we are doing
situations-the-fix = when we expect it fixed
situations-the-lead = who leads it
