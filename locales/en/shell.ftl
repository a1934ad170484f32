# The header, its navigation and the shortcuts that work anywhere (ui/src/lib/shell).
# $keys is a key combination as the keyboard writes it, e.g. "Ctrl+K".

nav-label = Main
nav-today = Today
nav-today-title = Today ({ $keys })
# Read aloud after the number on the Today button; $count is how many follow-ups are due.
nav-today-due = ({ $count } due)
nav-lookup = Lookup
nav-lookup-title = Look up a customer ({ $keys })
nav-caller = Caller
nav-caller-title = Who’s calling? Look them up by their number ({ $keys })
nav-new-customer = New customer
nav-new-customer-title = New customer ({ $keys })
nav-situations = Situations
nav-situations-title = Problems that touch many customers at once
nav-customers = Customers
nav-customers-title = Everyone in the notebook: sort, filter, change many at once ({ $keys })
nav-more = More
nav-more-title = Reports and tags
nav-reports = Reports
nav-tags = Tags
nav-trash = Trash
nav-settings = Settings
header-shortcuts = Keyboard shortcuts
header-shortcuts-title = Keyboard shortcuts ({ $keys })

shortcut-lookup = Find a customer (Lookup)
shortcut-new-customer = New customer
shortcut-today = Today: who to call, promises, birthdays
shortcut-caller = Who’s calling? Look a caller up by their number
shortcut-customers = Customers: everyone, to sort, filter and change many at once
shortcut-lock = Lock the notebook (when it has a passphrase)
shortcut-help = Show these keyboard shortcuts

still-opening = Opening your notebook…
notebook-open-failed = Kindly could not open your notebook
# $reason is what went wrong, as the computer said it.
screen-failed = Kindly could not open this screen: { $reason }
