# Importing contacts, and a file dropped on the window (ui/src/lib/import).
# Why a contact can't be imported, and the notes about a file, come from the Rust side already in words.

import-back = ← Back to Settings
import-title = Import contacts
import-intro = vCard (.vcf) from a phone, Google Contacts, Outlook or Apple Contacts, or a CSV/spreadsheet file. Nothing is changed until you press Import.
import-choose = Choose a file…
import-choose-another-dots = Choose another file…
import-choose-another = Choose another file

import-done-hint = If some of them were already in your notebook under another name, you can merge them under Possible duplicates.
import-to-lookup = Back to lookup
import-to-duplicates = Look for possible duplicates

import-columns-title = Which column holds what
import-columns-intro = Kindly guessed from the names at the top of each column. Change any that look wrong; what will happen, below, follows your choices.
import-exact = This file was saved by Kindly: every column is read as Kindly wrote it.
import-not-used-choice = (not used)
# $columns are the columns an address is put together from: "Street + City + Postcode".
import-joined = { $columns } (put together)
import-no-name = Choose the column with each customer’s name (Full name, or First name and Last name). Nothing can be imported without it.
# $columns are the file's other columns of the same kind: "Phone 2, Work phone".
import-also-read = Also read { $columns }
import-sample-title = The first rows of the file
# Under a column's name: the fields of Kindly it is read into ("Full name, Nickname").
import-uses = → { $fields }
import-unused = not used
# A column without a name at the top; $number counts from 1.
import-column = Column { $number }
# A column offered in a field's list, with a value from its first rows.
import-column-example = { $column } (e.g. { $example })

import-field-full-name = Full name
import-field-given-name = First name
import-field-middle-name = Middle name
import-field-family-name = Last name
import-field-nickname = Nickname
import-field-company = Company
import-field-phone = Phone
import-field-email = Email
import-field-address = Address
import-field-birthday = Birthday
import-field-notes = Notes
import-field-tags = Tags

import-preview-title = What will happen
# $file is the file's name, shown apart.
import-from = From { $file }
import-reading = Reading the file
import-reading-first = Reading the file…
import-name-first = Choose the name column above to see what will happen.
# After each count, shown on its own: "12 new customers".
import-create =
    { $count ->
        [one] new customer
       *[other] new customers
    }
import-merge =
    { $count ->
        [one] added to a customer already here
       *[other] added to customers already here
    }
import-skip =
    { $count ->
        [one] already here, nothing new
       *[other] already here, nothing new
    }
import-problem =
    { $count ->
        [one] can’t be imported
       *[other] can’t be imported
    }
import-notes = About this file
import-rows = Each contact in the file
import-line = Line
import-name = Name
import-what = What happens
import-no-name-row = (no name)
# What happens to one contact. $name is the customer it matched.
import-row-new = New customer
import-row-add-to = Add to { $name }
import-row-add-to-someone = Add to a customer already here
import-row-here = Already here
import-row-here-as = Already here as { $name }
# A match inside the file itself ("the new customer from line 4").
import-row-same-as = Same as { $name }
# Why, and what it adds: $reason and $changes come from the Rust side ("same phone number 07700 900123", "adds rosa@example.com").
import-row-why = — { $reason }
import-row-why-adds = — { $reason }: { $changes }
import-row-adds = — { $changes }
# Contacts the preview counts but does not list (it lists the first 500).
import-more =
    { $count ->
        [one] …and { $count } more, not listed here. They are imported too.
       *[other] …and { $count } more, not listed here. They are imported too.
    }
import-problems-title = Can’t be imported
# $message comes from the Rust side.
import-problem-line = Line { $line }: { $message }
import-nothing-new = Nothing would change: everyone in this file is already here.
import-nothing = There is no one in this file that Kindly can import.
import-importing-label = Importing contacts
import-cancelled = Nothing was imported.
import-confirm = Import
import-confirm-count =
    { $count ->
        [one] Import { $count } contact
       *[other] Import { $count } contacts
    }
import-importing = Importing…

# After an import: "Done. 12 new customers, 3 updated, 5 were already here."; $parts are the counts below, joined by commas.
import-done = Done. { $parts }.
import-done-nothing = Done. Nothing needed changing.
import-done-created =
    { $count ->
        [one] { $count } new customer
       *[other] { $count } new customers
    }
import-done-merged =
    { $count ->
        [one] { $count } updated
       *[other] { $count } updated
    }
import-done-skipped =
    { $count ->
        [one] { $count } was already here
       *[other] { $count } were already here
    }
import-done-left-out =
    { $count ->
        [one] { $count } couldn’t be imported
       *[other] { $count } couldn’t be imported
    }

import-drop-hint = Drop a contacts file (.vcf or .csv) to import it
import-drop-more = You see what would happen before anything changes.
import-drop-busy = Kindly is importing another file now: drop “{ $file }” again once it is done.
import-drop-dismiss = Dismiss
