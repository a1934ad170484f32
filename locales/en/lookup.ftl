# The lookup screen (ui/src/lib/lookup).

lookup-label = Look up a customer
lookup-placeholder = Name, phone number, company or tag…
lookup-results = Customers found
# Each follows a key shown on its own: "↑ ↓ to choose, Enter to open, Shift+Enter for their brief."
lookup-keys-choose = to choose,
lookup-keys-open = to open,
lookup-keys-brief = for their brief.
# $query is what was typed.
lookup-none = No one found for “{ $query }”.
lookup-new-customer = New customer
# $keys is the shortcut for a new customer, e.g. "Ctrl+N".
lookup-empty = Your notebook is empty. Add your first customer with “New customer” (or press { $keys }).
lookup-empty-import-hint = Or bring everyone in at once from your phone’s or email program’s contacts.
lookup-empty-import = Import contacts…
# $count selects the form; $shown is the same number written with its separators ("1,204").
lookup-hint =
    Type a name, phone number, company or tag to find someone among your { $count ->
        [one] { $shown } customer
       *[other] { $shown } customers
    }.
lookup-brief = Brief
lookup-brief-title = Their brief: what to know before a call (Shift+Enter)
