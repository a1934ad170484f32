# What one change to a profile did, in words that follow the name of who did it
# ("Kathy changed the notes"): the brief, the change history (rules/changes.rs).

# $field is one of the field messages below, article included; $value is the new value, cut short.
changes-removed = removed { $field }
changes-set = set { $field } to { $value }
changes-changed = changed { $field } to { $value }
# A field Kindly does not know, by its key.
changes-other = changed { $field }
changes-created = added them to the notebook
changes-restored = took them out of Trash
changes-trashed = moved them to Trash
# $name: the customer they were merged into.
changes-unmerged = undid their merge into { $name }
changes-merged = merged them into { $name }
changes-notes = changed the notes

changes-field-full-name = the full name
changes-field-preferred-name = the name they like to be called
changes-field-pronunciation = the way to say their name
changes-field-pronouns = the pronouns
changes-field-company = the company or household
changes-field-phones = the phone numbers
changes-field-emails = the email addresses
changes-field-address = the postal address
changes-field-birthday = the birthday
changes-field-contact-channel = the best way to reach them
changes-field-best-time = the best time to reach them
changes-field-language = the language they prefer
changes-field-notes = the notes
changes-field-looked-after-by = the person who looks after them
changes-field-stay-in-touch = the stay-in-touch rhythm

# Lists: $count items added or removed, $items the items joined with "; ", cut short.
changes-added-dont = added { $count ->
        [one] a please-don't
       *[other] { $count } please-don'ts
    }: { $items }
changes-removed-dont = removed { $count ->
        [one] a please-don't
       *[other] { $count } please-don'ts
    }: { $items }
changes-reordered-dont = put the please-don'ts in another order
changes-added-preferences = added { $count ->
        [one] something they like
       *[other] { $count } things they like
    }: { $items }
changes-removed-preferences = removed { $count ->
        [one] something they like
       *[other] { $count } things they like
    }: { $items }
changes-reordered-preferences = put the things they like in another order
changes-added-remember = added { $count ->
        [one] an always-remember
       *[other] { $count } always-remembers
    }: { $items }
changes-removed-remember = removed { $count ->
        [one] an always-remember
       *[other] { $count } always-remembers
    }: { $items }
changes-reordered-remember = put the always-remembers in another order
changes-added-tags = added { $count ->
        [one] a tag
       *[other] { $count } tags
    }: { $items }
changes-removed-tags = removed { $count ->
        [one] a tag
       *[other] { $count } tags
    }: { $items }
changes-reordered-tags = put the tags in another order
# Both parts of a list change, each one of the messages above.
changes-added-and-removed = { $added } and { $removed }

# The change history as text for the command line (customers/changes.rs). $name is the full name.
changes-text-heading = Changes to { $name }, newest first:
changes-text-none = none recorded
changes-text-nobody = nobody at the desk
# $login signed in, $desk the person at the desk.
changes-text-at-desk = { $login } (at the desk: { $desk })
