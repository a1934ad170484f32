# The staff list and who is at the desk (ui/src/lib/staff).

staff-at-desk = At the desk:
staff-at-desk-none = Nobody chosen
staff-at-desk-add = Add staff in Settings
staff-not-changed = Not changed
# Read aloud after "Not changed"; $reason is what went wrong, as the computer said it.
staff-not-changed-why = : { $reason }
staff-title = Staff
staff-hint = Who works here. Their names are offered whenever you note who spoke to a customer or made a promise.
staff-list = Staff
# Read aloud after a person's name.
staff-initials-said = , initials { $initials }
staff-at-desk-chip = at the desk
staff-remove = Remove
staff-remove-label = Remove { $name }
staff-add-form = Add a person
staff-name = Name
staff-name-example = e.g. Ana
staff-initials = Initials
staff-add = Add
staff-name-needed = Please type their name.
