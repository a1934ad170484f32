# The keyboard shortcut sheet (ui/src/lib/help).

sheet-title = Keyboard shortcuts
sheet-close = Close
sheet-more = You can also choose keys that bring Kindly forward from any other program: Settings, “Look up from anywhere”.

group-anywhere = Anywhere
group-anywhere-next = Move to the next (or previous) button or field
group-lookup = Lookup
group-lookup-choose = Choose a customer in the list
group-lookup-open = Open their page
group-lookup-brief = Open their brief, to read before calling
group-lookup-clear = Clear the box
group-caller = Who’s calling?
group-caller-choose = Choose among customers with that number
group-caller-open = Look the number up, or open the chosen brief
group-caller-clear = Clear the box
group-customers = The Customers list
group-customers-move = Move between customers
group-customers-open = Open the customer
group-customers-tick = Tick or untick the customer
group-customer = A customer’s page
group-customer-log = Log a conversation
group-customer-back = Back to Lookup
group-brief = The brief
group-brief-log = After the call: note how it went
group-brief-back = Back to where you were
group-forms = Forms
group-forms-save = Save
group-forms-save-customer = Save a customer’s details
group-forms-cancel = Cancel
group-dialogs = Dialogs like this one
group-dialogs-close = Close without changing anything
