# Saved lists and the Customers list (use_cases/lists).

# Beside the name field when a list is saved without a name.
lists-name-required = Give the list a name.
# $max is a number of characters.
lists-name-too-long = Keep the name to { $max } characters or fewer.
lists-name-taken = Another list already has this name. Choose a different one.
# The list was asked for a page after a row it cannot find (the list changed a lot, or the sort changed).
lists-cursor-stale = The list changed while you were scrolling. Go back to the top of the list.
