# The team notebook: joining, signing in, the away banner and the owner's tools (ui/src/lib/team).
# Values in { } that a sentence shows in bold ($name, $database, $server, $login, $path, $moved) are cut out
# by the component and put back in markup: keep each one whole.

team-title = Team
team-opening = Opening…
team-signed-in-as = Signed in as { $name }
# After the signed-in person's name; $login is their login name.
team-login = ({ $login })
team-login-owner = ({ $login }, the notebook's owner)
team-not-signed-in = Not signed in.
# $database is the notebook's name on the server, $server the server's address.
team-where = Team notebook { $database } on { $server }. Everyone signed in to it sees the same customers.
team-leave = Leave the team notebook
team-own = This computer works on its own notebook. To share one with your team, join the team notebook with the details its owner gave you. This computer's own notebook stays here as it is.
team-show-join = Join a team notebook…
team-leave-title = Leave the team notebook?
team-leave-confirm = Leave
team-leaving = Leaving…
team-leave-text = Kindly will open this computer's own notebook instead and forget the password it remembered. The team notebook stays on its server; you can join it again.

# $when is "today at 10:42", "yesterday at 09:30" or a date.
team-offline-copy = This computer keeps an encrypted copy to look customers up while the server is away: last copied { $when }.
team-offline-copy-soon = This computer will keep an encrypted copy to look customers up while the server is away.

# The header on a team notebook.
team-header-signed-in = Signed in as { $name } · team notebook

team-away-no-copy = Can't reach the team notebook, and this computer has no copy of it yet: customers can't be looked up and changes can't be saved until it's back.
# $when is "today at 10:42", "yesterday at 09:30" or a date.
team-away = Can't reach the team notebook. Showing what this computer last copied { $when }; changes can't be saved until it's back.
team-away-heard = Last heard from the server { $when }. Kindly keeps trying by itself.

team-password-ignored = The link also carried a password, which Kindly ignored: anyone who sees a link can read it. Type your password yourself.

team-server = Server address
team-server-hint = As the notebook's owner gave it: a name like shop-server, or an address like 192.168.1.20, with :port if they gave one.
team-database = Notebook name
team-your-login = Your login name
team-password = Password
team-testing = Testing the connection…
team-join = Join

team-sign-in-title = Sign in to the team notebook
team-out-of-reach = The team notebook is out of reach
team-start-where = { $database } on { $server }, as { $login }
team-sign-in = Sign in
team-signing-in = Signing in…
team-retry = Try again
team-trying = Trying…
team-use-own = Use this computer's own notebook instead
team-use-own-hint = Kindly then forgets the team notebook here; you can join it again from Settings.

team-owner-title = The owner's tools

team-logins = Logins
team-logins-none = Nobody has a login yet. Add the people who work here, one login each.
team-logins-name = Name
team-logins-login = Login
team-logins-added = Added
team-logins-can-sign-in = Can sign in
# $date is the day the login was removed.
team-logins-removed = No, removed { $date }
team-logins-yes = Yes
team-logins-remove-label = Remove { $name }'s login
team-logins-remove = Remove…
team-logins-gone = { $name } can no longer sign in.
team-add-name = The person's name
team-add-save = Add
team-adding = Adding…
team-cancel = Cancel
team-add = Add a person…
team-remove-title = Remove { $name }'s login?
team-remove-confirm = Remove
team-removing = Removing…
team-remove-text = { $name } ({ $login }) will no longer be able to sign in to the team notebook, on any computer. Everything they wrote stays, with their name on it. To let them back in, add them again: they get a new login.

team-now = Signed in now
team-now-nobody = Nobody is signed in just now.
team-now-unnamed = a computer that gave no name
team-now-refresh = Refresh
team-now-looking = Looking…

team-working = Working…
team-copy-title = Download a complete copy
team-copy-text = Everything in the team notebook, as a notebook file of its own: to keep somewhere safe, or to open on a computer without the team. It is not protected with a passphrase, so keep it where only you can open it.
# $moved is the counts (team-moved), $path where the copy was saved.
team-copy-done = Copied { $moved } to { $path }.
team-copy-download = Download to Downloads
team-copy-choose = Choose a folder…

team-move-title = Move this computer's notebook up
team-move-text = Brings everything in this computer's own notebook (customers, their stories, follow-ups, situations) into the team notebook, once, while the team notebook is still empty. This computer's own notebook stays as it is.
# $moved is the counts (team-moved).
team-move-done = Moved up: { $moved }. Everyone signed in to the team notebook sees them now.
team-move-holds = This computer's notebook holds { $moved }.
team-move-go = Move it up…
team-move-passphrase = This computer's notebook passphrase
team-move-look = See what would move
team-move-ask = Move this computer's notebook up?
team-move-confirm = Move it up
team-move-ask-text = { $moved } will go into the team notebook, all at once or not at all. Everyone signed in to it will see them. This computer's own notebook stays as it is.

# What a move or a copy holds: each variable is one of the counts below.
team-moved = { $customers }, { $conversations }, { $issues }, { $promises }, { $followUps } and { $situations }
team-moved-customers =
    { $count ->
        [one] { $count } customer
       *[other] { $count } customers
    }
team-moved-conversations =
    { $count ->
        [one] { $count } conversation
       *[other] { $count } conversations
    }
team-moved-issues =
    { $count ->
        [one] { $count } issue
       *[other] { $count } issues
    }
team-moved-promises =
    { $count ->
        [one] { $count } promise
       *[other] { $count } promises
    }
team-moved-follow-ups =
    { $count ->
        [one] { $count } follow-up
       *[other] { $count } follow-ups
    }
team-moved-situations =
    { $count ->
        [one] { $count } situation
       *[other] { $count } situations
    }

team-hand-over-title = A login for { $name }
team-hand-over-text = Give { $name } these details in person or by a private message. Kindly shows the password only now: once you close this, nobody can see it again (you can always remove the login and add them again).
team-hand-over-login = Login name
team-hand-over-link = Join link
team-hand-over-link-hint = The join link fills in the server, the notebook and the login name on their computer; they type the password themselves.
# The two lines copied to send to the new person.
team-hand-over-copy-login-line = Login name: { $login }
team-hand-over-copy-password-line = Password: { $password }
team-hand-over-copy = Copy login and password
team-hand-over-copy-link = Copy join link
team-hand-over-done = Done
team-copied-login = The login and password copied.
team-copy-failed-login = The login and password could not be copied: select it and copy it by hand.
team-copied-link = The join link copied.
team-copy-failed-link = The join link could not be copied: select it and copy it by hand.
