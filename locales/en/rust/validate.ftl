# What is wrong with what was typed, shown beside the form's field
# (rules/validate.rs and the core's other checks).

# The form's fields, as the messages below name them ($label).
validate-label-full-name = “Full name”
validate-label-preferred-name = “What they like to be called”
validate-label-pronunciation = “How to say it”
validate-label-pronouns = “Pronouns”
validate-label-company = “Company or household”
validate-label-address = “Postal address”
validate-label-best-time = “Best time to reach them”
validate-label-dont = “Please don’t”
validate-label-preferences = “What they like”
validate-label-remember = “Always remember”
validate-label-notes = “Anything else”
validate-label-looked-after-by = “Looked after by”
validate-label-a-tag = A tag
validate-label-a-phone = A phone number
validate-label-a-label = A label
validate-label-an-email = An email address
validate-label-who = Who
validate-label-the-name = The name
validate-label-the-tag = The tag
validate-label-the-category = The category
validate-label-group-name = The group's name
validate-label-the-title = The title
validate-label-what-was-said = “What was said”
validate-label-short-title = “Short title”
validate-label-a-category = A category
validate-label-what-we-promised = “What we promised”
validate-label-the-note = The note
validate-label-initials = Initials

validate-full-name-missing = Please enter the customer's name.
validate-language = Choose a language from the list (or write its code, such as “fr” or “pt-BR”).
validate-gap-zero = Both gaps need at least one day.
validate-gap-too-long = A gap can be at most five years.
validate-gap-order = The longest gap cannot be shorter than the ideal gap.
validate-too-long = { $label } can be at most { $max } characters.
validate-control-characters = { $label } has characters that cannot be saved (invisible control characters).
validate-one-line = { $label } must be on one line.
# A label for one item of a list field, used as $label above.
validate-each-item = Each item of { $label }
validate-too-many-items = { $label } can hold at most { $max } items.
validate-too-many-tags = A customer can have at most { $max } tags.
validate-not-a-phone = "{ $number }" doesn't look like a phone number. Use only digits, spaces and - ( ) . /, with + and the country code in front if it has one.
validate-too-many-phones = A customer can have at most { $max } phone numbers.
validate-not-an-email = "{ $address }" doesn't look like an email address (it should be like name@example.com).
validate-too-many-emails = A customer can have at most { $max } email addresses.
# $what: phone or email.
validate-invisible = This { $what ->
        [phone] phone number
       *[email] email address
    } contains invisible characters (such as a right-to-left mark or a zero-width space), so it may not be what it shows. Please type it again.
validate-no-such-date = That date doesn't exist. Check the day and month.
validate-year-range = The year should be between 1900 and 2100, or left empty.
validate-date-out-of-range = That date is out of range.
validate-label-own-words = “The problem in their own words”
validate-label-root-cause = “What is really behind it”

# Refusals of the core's other forms and actions.
validate-type-tag-issue-category = Type a tag or an issue category to pick customers out.
validate-give-group-name-such = Give the group a name, such as "Weddings this month".
validate-group-could-not-found = That group could not be found.
validate-give-situation-short-title = Give the situation a short title, such as "Late delivery of wedding cakes".
validate-situation-closed-undo-closing = This situation is closed. Undo closing it to change it.
validate-one-those-customers-could = One of those customers could not be found.
validate-customer-not-affected-by = That customer is not affected by this situation.
validate-pick-day-within-next = Pick a day within the next year.
validate-change-has-already-been = This change has already been undone.
validate-undo-later-change-first = Undo the later change first.
validate-issue-could-not-found = That issue could not be found.
validate-issue-belongs-another-customer = That issue belongs to another customer.
validate-write-few-words-about = Write a few words about what was said.
validate-time-future = That time is in the future.
validate-give-issue-short-title = Give the issue a short title.
validate-say-what-we-promised = Say what we promised.
validate-say-who-we-are = Say who we are waiting on: the customer or us.
validate-say-what-we-are = Say what we are waiting for.
validate-say-what-we-did = Say what we did to put it right.
validate-say-what-happened-next = Say what happened, for the next person.
validate-moving-takes-notebook-file = Moving in takes a notebook file from this computer, not another team notebook.
validate-moving-into-team-notebook = Moving in is into a team notebook on a server, not into another file.
validate-copying-out-team-notebook = Copying out is for a team notebook; a notebook on this computer is copied with a backup.
validate-enter-persons-name = Enter the person's name.
validate-needs-team-notebooks-server = This needs the team notebook's server, and Kindly is not connected to it just now.
validate-key-kept-offline-copy = The key kept for the offline copy is not one Kindly made.
validate-offline-copy-kept-team = An offline copy is kept of a team notebook; a notebook on this computer needs none.
validate-birthday-reminders-come-from = Birthday reminders come from the customer's birthday on their profile.
validate-issue-promise-could-not = That issue or promise could not be found.
validate-issue-promise-belongs-another = That issue or promise belongs to another customer.
validate-repeat-rule-has-no = This repeat rule has no dates left from today. Change the day or the rule.
validate-follow-up-has-already = This follow-up has already been done.
validate-only-repeating-follow-up = Only a repeating follow-up can skip one time. Mark it done or move it to Trash instead.
validate-birthday-reminder-follows-birthday = A birthday reminder follows the birthday on the customer's profile.
validate-follow-up-cannot-move = A follow-up cannot move to another customer.
validate-choose-two-different-customers = Choose two different customers.
validate-choose-two-different-customers-2 = Choose two different customers to merge.
validate-merge-has-already-been = This merge has already been undone, or one of the customers was forgotten.
validate-customer-merge-kept-trash = The customer this merge kept is in Trash. Restore them first, then undo the merge.
validate-choose-at-most-1 = Choose at most 1,440 minutes (a day), or 0 for never.
validate-notebook-already-protected-use = This notebook is already protected. Use Change passphrase instead.
validate-notebook-has-no-passphrase = This notebook has no passphrase.
validate-not-notebooks-passphrase-check = That is not the notebook's passphrase. Check Caps Lock and try again.
validate-notebook-memory-cannot-protected = A notebook in memory cannot be protected.
validate-choose-whole-folder-path = Choose a whole folder path, such as /home/ana/Backups.
validate-backup-could-not-read = The backup could not be read back.
validate-file-not-one-backups = That file is not one of the backups in the backup folder. Nothing was changed.
validate-keep-between-1-365 = Keep between 1 and 365 backups.
validate-choose-country-from-list = Choose a country from the list (a two-letter code such as US, GB or FR).
validate-choose-time-zone-from = Choose a time zone from the list, such as Europe/London.
validate-not-key-combination = That is not a key combination.
validate-sample-customers-are-already = The sample customers are already here.
validate-team-notebook-whoever-signed = On a team notebook, whoever signed in on this computer is at the desk.
validate-choose-someone-from-staff = Choose someone from the staff list.
validate-two-passphrases-are-different = The two passphrases are different. Type the same one twice.
validate-use-letters-digits-spaces = Use letters, digits, spaces and punctuation only.
validate-port-after-colon-must = The port, after the colon, must be a number from 1 to 65535 (PostgreSQL's is usually 5432).
validate-enter-your-login-name = Enter your login name (the owner gave it to you with your password).
validate-enter-your-password = Enter your password.
validate-not-password-kindly-can = That is not a password Kindly can send: check it with the owner.
validate-enter-servers-address-as = Enter the server's address, as the owner gave it (for example shop-server or 192.168.1.20).
validate-ipv6-address-written-address = An IPv6 address is written [address]:port.
validate-servers-address-name-like = A server's address is a name like shop-server or an address like 192.168.1.20, optionally with :port; no spaces, slashes or @.
validate-repeat-rule-not-one = That repeat rule is not one Kindly understands.
validate-repeat-rule-never-happens = That repeat rule never happens.
validate-please-enter-date-such = Please enter a date such as 2026-03-14.
validate-please-enter-time-such = Please enter a time such as 09:30.
validate-pick-moment-future = Pick a moment in the future.
validate-team-notebook-address-could = This team notebook address could not be read. It looks like postgres://name@server/notebook.
validate-certificate-file-address-names = The certificate file the address names (sslrootcert) could not be read.
validate-passphrase-does-not-open = That passphrase does not open this notebook. Check Caps Lock and try again.
validate-kindly-cannot-read-file = Kindly cannot read a file with this name.
validate-kindly-cannot-write-folder = Kindly cannot write to a folder with this name.
validate-pick-at-most = Pick at most { $max } customers at a time.
validate-list-between = List between 1 and { $max } customers at a time.
validate-added-since = { $count ->
        [one] One of the customers it added has
       *[other] { $count } of the customers it added have
    } been told or given a concierge since, so this cannot be undone as a whole. Take off the ones added by mistake one by one.
validate-too-many-categories = An issue can have at most { $max } categories.
# $from and $to: open, in_progress, waiting, resolved or closed.
validate-issue-cannot-move = An issue that is { $from ->
        [open] open
        [in_progress] in progress
        [waiting] waiting
        [resolved] resolved
       *[closed] closed
    } cannot be moved to { $to ->
        [open] open
        [in_progress] in progress
        [waiting] waiting
        [resolved] resolved
       *[closed] closed
    }.
# $state: open, kept or broken.
validate-promise-already-marked = This promise was already marked { $state ->
        [open] open
        [kept] kept
       *[broken] broken
    }.
validate-no-folder-for-copy = There is no folder { $folder } to put the copy in.
validate-file-exists = { $file } already exists. Kindly never writes over a file: choose a new name.
validate-not-a-file-name = { $file } is not a file name.
validate-already-on-staff = { $name } is already on the staff list.
validate-passphrase-too-short = Use at least { $min } characters; a short sentence is easy to remember and hard to guess.
validate-passphrase-too-long = Use at most { $max } characters.
validate-extension-needs-owner = `kindly team init` needs the login that owns the database (or one allowed to create objects in it) to add the PostgreSQL extension { $name }. Nothing was changed.
validate-staff-needs-owner = Adding or removing staff needs the team notebook owner's login, one that may create roles (CREATEROLE); { $login } may not. Nothing was changed.
validate-already-has-login = { $name } already has a login ({ $login }). To give them a new password, remove that login and add them again.
validate-every-login-taken = Every login like { $base } is taken on this server.
validate-moving-needs-owner = Moving a notebook in needs the team notebook owner's login (the one `kindly team init` ran with); { $login } is not it. Nothing was moved.
# $what: database (the team notebook's name) or login.
validate-name-too-long = { $what ->
        [database] The notebook's name
       *[login] The login name
    } is too long (at most 63 letters).
validate-name-bad-character = { $what ->
        [database] The notebook's name
       *[login] The login name
    } holds a character that cannot be part of it.

# The brief's and a situation's own checks.
validate-label-the-update = The update
validate-say-what-changed = Say what changed, such as "The part arrives Thursday".
validate-pick-who-was-told = Pick who was told.
validate-phone-too-long = That is too long for a phone number.
validate-phone-too-few-digits = Type at least { $digits } digits of the number.
validate-too-many-done = Tick at most { $max } follow-ups for one call.
validate-follow-up-not-found = That follow-up could not be found.
validate-follow-up-other-customer = That follow-up belongs to another customer.
validate-label-what-happened = What happened
validate-label-what-we-do = What we are doing
