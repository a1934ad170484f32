# A customer's page and form (ui/src/lib/customers).

## The fields, as the form labels them (also in the list of changes).

customers-field-full_name = Full name
customers-field-preferred_name = What they like to be called
customers-field-pronunciation = How to say it
customers-field-pronouns = Pronouns
customers-field-company = Company or household
customers-field-looked_after_by = Looked after by
customers-field-contact_channel = Best way to reach them
customers-field-best_time = Best time to reach them
customers-field-language = Language they prefer
customers-field-phones = Phone numbers
customers-field-emails = Email addresses
customers-field-address = Postal address
customers-field-birthday = Birthday
customers-field-dont = Please don’t
customers-field-remember = Always remember
customers-field-preferences = What they like
customers-field-tags = Tags
customers-field-stay_in_touch = Stay in touch
customers-field-notes = Notes

customers-channel-no_preference = No preference
customers-channel-phone = Phone
customers-channel-text_message = Text message
customers-channel-email = Email
customers-channel-post = Post
customers-channel-in_person = In person

## The form.

customers-new = New customer
customers-edit = Edit customer
# $name is the customer's name.
customers-edit-name = Edit { $name }
customers-opening = Opening…
customers-form-intro = Only the full name is needed. Everything else can be added later.
customers-offer-edit = You changed this customer earlier and did not save the changes.
# $name is the name typed earlier.
customers-offer-new-name = You started adding “{ $name }” earlier and did not save.
customers-offer-new = You started adding a customer earlier and did not save.
customers-offer-bring-back = Bring it back
customers-offer-discard = Discard
customers-part-who = Who they are
customers-needed = (needed)
customers-preferred-name-example = e.g. Maggie
customers-pronunciation-example = e.g. MAG-ee oh-KAH-for
customers-pronouns-example = e.g. she/her
customers-part-reach = How to reach them
customers-best-time-example = e.g. weekday mornings
customers-language-not-said = Not said
customers-language-hint = Messages Kindly drafts for them are written in it, where it can.
customers-part-know = Good to know
customers-dont-hint = (things to avoid)
customers-dont-example = e.g. call before 10am
customers-remember-example = e.g. hard of hearing, speak slowly
customers-preferences-example = e.g. oat milk
customers-tags-example = e.g. regular
customers-list-enter = Press Enter in a list to add the next item.
customers-notes-label = Anything else
customers-save = Save
customers-saving = Saving…
customers-cancel = Cancel
# Each follows a key shown on its own: "Ctrl+Enter saves · Esc cancels".
customers-keys-save = saves
customers-keys-cancel = cancels

## Phone and email rows.

customers-no-phones = No phone numbers.
customers-no-emails = No email addresses.
# $n counts the rows from 1.
customers-phone-n = Phone number { $n }
customers-email-n = Email address { $n }
customers-phone-placeholder = Number, as you would dial it
customers-email-placeholder = name@example.com
customers-phone-label-n = Label for phone { $n }
customers-email-label-n = Label for email { $n }
customers-phone-label-example = e.g. mobile, shop
customers-email-label-example = e.g. home, work
customers-main = Main
customers-remove = Remove
customers-remove-phone = Remove phone { $n }
customers-remove-email = Remove email { $n }
customers-add-phone = + Add a phone
customers-add-another-phone = + Add another phone
customers-add-email = + Add an email
customers-add-another-email = + Add another email

## Lists (please don’t, always remember, what they like, tags). $list is
## dont, remember, preferences or tags; $n counts the items from 1.

# $label is the list's name: "Tags: tag 2".
customers-list-item =
    { $label }: { $list ->
        [dont] item
        [remember] fact
        [preferences] preference
       *[tags] tag
    } { $n }
customers-list-remove =
    Remove { $list ->
        [dont] item
        [remember] fact
        [preferences] preference
       *[tags] tag
    } { $n }
customers-list-add =
    + Add { $list ->
        [dont] an item
        [remember] a fact
        [preferences] a preference
       *[tags] a tag
    }
customers-list-add-another =
    + Add another { $list ->
        [dont] item
        [remember] fact
        [preferences] preference
       *[tags] tag
    }

## Birthday and staying in touch.

customers-year-optional = (year optional)
customers-day = Day
customers-month = Month
customers-year = Year
customers-birthday-day = Birthday: day
customers-birthday-month = Birthday: month
customers-birthday-year = Birthday: year (optional)
customers-touch-enabled = Keep in touch regularly
# Around the first box: "Ideally every [6] weeks".
customers-touch-ideal-before = Ideally every
customers-touch-ideal-after = weeks
# Around the second box: "and never more than [10] weeks apart".
customers-touch-longest-before = and never more than
customers-touch-longest-after = weeks apart
customers-touch-hint = Counted from the last conversation. Today lists them when the ideal gap has passed.
customers-touch-weeks-wrong = Please give both gaps as whole weeks, such as 6 and 10.
customers-touch-longest-short = The longest gap cannot be shorter than the ideal gap.
customers-birthday-day-month = Please give both the day and the month, or leave the birthday empty.
customers-birthday-day-wrong = The day should be a number from 1 to 31.
customers-birthday-year-wrong = The year should have four digits, like 1980, or be left empty.

## The page.

customers-back = ← Back to lookup
# $name is the customer's name.
customers-in-trash = { $name } is in Trash. Restore them to look them up and make changes again.
customers-restore = Restore
# Before the pronunciation: "Say it: MAG-ee".
customers-say-it = Say it:
customers-full-name = Full name:
customers-tags = Tags
customers-brief = Brief
customers-brief-title = What to know before a call, on one screen
customers-edit-button = Edit
customers-trash = Move to Trash
customers-dont = Please don’t
customers-remember = Always remember
customers-preferences = What they like
customers-notes = Notes
customers-nothing-yet = No preferences or notes yet.
customers-nothing-yet-edit = No preferences or notes yet. Use Edit to add what they like and what to remember.
# $date is "3 March 2025".
customers-added = Added { $date }
# $when is "today at 14:05" or "3 March 2025".
customers-last-changed = Last changed { $when }
customers-more = More
customers-record = Everything we hold on them
customers-record-hint = For a customer who asks what we hold: saves all of it where you choose, as a file to read or print (.txt) and a file for other programs (.json).
customers-forget-button = Forget this customer…
customers-forget-hint = For a customer who asks to be erased: removes them and all their history for good.
customers-forgotten = { $name } was forgotten.
customers-forget-title = Forget { $name } for good?
customers-forget-confirm = Forget { $name } for good
customers-forgetting = Forgetting…
customers-forget-text = This erases { $name } and all their history from your notebook for good: their details, conversations, issues, promises and follow-ups. It cannot be undone, not even from Trash.
customers-forget-only = Use it only for a customer who asked to be erased. Backups taken before now still hold them.

## How to reach them (the card on the page).

customers-contact = Contact
customers-no-contact = No contact details yet.
customers-phone = Phone
customers-email = Email
# Beside the main number when there are several.
customers-main-chip = main
customers-check-country = check the country
customers-check-country-title = This number isn't valid in the notebook's country. If it is from abroad, add + and its country code.

## Changes to this profile.

customers-changes = Changes to this profile
customers-changes-reading = Reading the changes…
customers-changes-none = No changes recorded yet.
customers-changes-less = Show less
customers-changes-all = Show all of it
customers-changes-older = Show older changes
customers-changes-reading-more = Reading…
# Who saved a change when nobody was at the desk.
customers-changes-someone = Someone
customers-change-created = Added to the notebook as
customers-change-restored = Taken out of Trash
customers-change-trashed = Moved to Trash
customers-change-unmerged = Merge undone: no longer part of
customers-change-merged = Merged into
# $field is a field's name: "Notes changed".
customers-change-changed = { $field } changed
customers-change-added = { $field } added
customers-change-removed = { $field } removed
# $line is the change, $value what it held: "Pronouns removed (was she/her)".
# A change followed by its values: "Best time to reach them: a → b".
customers-change-label = { $what }:
customers-change-was = { $line } (was { $value })

## A save someone else overtook: the fields in its sentences.
## $name is the customer's name.

customers-subject-full_name = { $name }’s full name
customers-subject-preferred_name = { $name }’s preferred name
customers-subject-pronunciation = { $name }’s pronunciation
customers-subject-pronouns = { $name }’s pronouns
customers-subject-company = { $name }’s company or household
customers-subject-looked_after_by = who looks after { $name }
customers-subject-phones = { $name }’s phone numbers
customers-subject-emails = { $name }’s email addresses
customers-subject-contact_channel = the best way to reach { $name }
customers-subject-best_time = { $name }’s best time
customers-subject-language = the language { $name } prefers
customers-subject-address = { $name }’s postal address
customers-subject-dont = { $name }’s please-don’ts
customers-subject-remember = { $name }’s always-remember list
customers-subject-preferences = { $name }’s likes
customers-subject-tags = { $name }’s tags
customers-subject-birthday = { $name }’s birthday
customers-subject-touch = how often to be in touch with { $name }
customers-subject-notes = { $name }’s notes
customers-the-full_name = the full name
customers-the-preferred_name = the preferred name
customers-the-pronunciation = the pronunciation
customers-the-pronouns = the pronouns
customers-the-company = the company or household
customers-the-looked_after_by = who looks after them
customers-the-phones = the phone numbers
customers-the-emails = the email addresses
customers-the-contact_channel = the best way to reach them
customers-the-best_time = the best time
customers-the-language = the language they prefer
customers-the-address = the postal address
customers-the-dont = the please-don’ts
customers-the-remember = the always-remember list
customers-the-preferences = the likes
customers-the-tags = the tags
customers-the-birthday = the birthday
customers-the-touch = how often to be in touch
customers-the-notes = the notes
customers-language-none = not said
customers-touch-words =
    ideally every { $ideal ->
        [one] { $ideal } week
       *[other] { $ideal } weeks
    }, at most { $longest }
# $count selects the form; $shown is the same number with its separators ("1,204").
customers-count =
    { $count ->
        [one] { $shown } customer
       *[other] { $shown } customers
    }
