# The first-run welcome and the sample notebook (ui/src/lib/welcome).

welcome-title = Welcome to Kindly
welcome-lead = Your customer notebook. Two things first, then you can start.
welcome-region = Your country
welcome-region-hint = Phone numbers typed without a + and country code are read as numbers of this country.
welcome-name = Who is at the desk?
welcome-name-hint = Your name. It goes on the staff list and on what you note down. You can add others in Settings.
welcome-next = Continue
welcome-skip = Skip for now
welcome-saving = One moment…
welcome-start-title = How would you like to start?
welcome-start-lead = You can always add or import customers later.
welcome-empty = Start with an empty notebook
welcome-empty-text = Add customers as they call or come in.
welcome-import = Import contacts
welcome-import-text = Bring them in from your phone or another program (a vCard or CSV file).
welcome-sample = Look around with a sample notebook
welcome-adding-sample = Adding the sample customers…
# $count is how many invented customers the sample writes (36).
welcome-sample-text =
    { $count ->
        [one] { $count } invented customer with conversations, promises and follow-ups, to try everything out. Clearly marked, and removed in one step when you are done.
       *[other] { $count } invented customers with conversations, promises and follow-ups, to try everything out. Clearly marked, and removed in one step when you are done.
    }
welcome-back = Back
welcome-team = Join a team notebook
welcome-team-hint = Working with others who already share a notebook on a server? Join theirs instead.
welcome-team-lead = Type what the notebook's owner gave you. Kindly tests the connection first; nothing is kept on this computer until it works.

welcome-sample-banner = You are looking at sample customers: they are invented, to try Kindly out.
welcome-sample-remove = Remove the sample
welcome-sample-confirm-title = Remove the sample customers?
# $count is how many sample customers are still in the notebook.
welcome-sample-confirm-text =
    { $count ->
        [one] This erases the sample customer and everything about them, for good. Customers you added or imported yourself stay as they are.
       *[other] This erases the { $count } sample customers and everything about them, for good. Customers you added or imported yourself stay as they are.
    }
welcome-sample-removing = Removing…
welcome-sample-removed = The sample customers were removed.
welcome-sample-badge = Sample
welcome-sample-badge-title = An invented customer from the sample notebook
