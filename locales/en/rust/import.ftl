# What an import says about a file and its contacts (rules/import/*,
# use_cases/exchange/*): refusals of the whole file, each contact's
# problems in the preview ("line 12: ..."), and notes about the file.

## One contact's problems.

import-unreadable-contact = This contact could not be read.
import-nameless = A contact with no name was left out.
# $hint: the contact's first phone number or email address.
import-nameless-hint = A contact with no name ({ $hint }) was left out.
# $what: which detail was shortened.
import-shortened = { $what ->
        [name] The name was
        [nickname] The nickname was
        [company] The company was
        [address] The address was
        [pronunciation] How to say the name was
        [pronouns] The pronouns were
        [best-time] The best time was
        [looked-after-by] Who looks after them was
        [phone-label] A phone label was
        [email-label] An email label was
        [tag] A tag was
        [list-item] A note was
       *[notes] The notes were
    } shortened to { $max } characters.
# $what: which detail was left out; $message: why (a form's message).
import-left-out = { $what ->
        [phone] A phone number was
        [email] An email address was
        [tag] A tag was
        [birthday] The birthday was
        [nickname] The nickname was
        [company] The company was
        [address] The address was
        [list-item] A note was
        [pronunciation] How to say the name was
        [pronouns] The pronouns were
        [best-time] The best time was
        [language] The language was
        [looked-after-by] Who looks after them was
        [stay-in-touch] The stay-in-touch rhythm was
       *[notes] The notes were
    } left out: { $message }
# $what: phones, emails or tags; $count: how many more were left out.
import-too-many = A customer can have at most { $max } { $what ->
        [phones] phone numbers
        [emails] email addresses
       *[tags] tags
    }; { $count } more were left out.
# $what: dont, preferences or remember (the profile's lists).
import-too-many-items = A list can hold at most { $max } { $what ->
        [dont] “please don’t” notes
        [remember] “always remember” notes
       *[preferences] preferences
    }; { $count } more were left out.
import-invisible-phone = Invisible characters (such as right-to-left marks) were taken out of the phone number “{ $number }”.
import-not-a-phone = The phone number “{ $number }” was left out: it doesn't look like a phone number.
import-invisible-email = Invisible characters (such as right-to-left marks) were taken out of the email address “{ $address }”.
import-email-too-long = An email address longer than 254 characters was left out.
import-unknown-channel = The best way to reach them (“{ $channel }”) is not one Kindly knows and was left out.
import-gap-not-days = The stay-in-touch gap “{ $gap }” is not a number of days and was left out.
import-birthday-not-a-date = The birthday “{ $birthday }” was left out: it isn't a date Kindly understands.
import-birthday-year = The year of the birthday ({ $year }) was left out.
import-birthday-no-such-date = The birthday “{ $birthday }” was left out: that date doesn't exist.

## The whole file.

# $reason: the system's own words (often English).
import-cannot-open = Kindly could not open { $file }: { $reason }
import-csv-empty = This file is empty: there is no header row and no contacts. Nothing was imported.
import-csv-unclosed-quote = This file's first line opens a quote (") that is never closed, so it cannot be read as CSV. Nothing was imported.
# $found: the first line's column names, or import-no-column-names.
import-no-name-column = Kindly could not tell which column holds the customer's name. The first line has { $found }. Choose which column is the name, then import again. Nothing was imported.
import-no-column-names = no column names at all
import-columns-and-more = { $columns }, and { $more } more
import-binary = This file is not a { $format } file: it holds binary data, not text. Nothing was imported.
import-no-begin-vcard = This file is not a vCard file: it has no BEGIN:VCARD line. Export the contacts as vCard (.vcf) and try again. Nothing was imported.
import-cut-off = This contact is cut off (the file ends, or the next contact starts, before its END:VCARD), so it was left out.
import-too-many-lines = This contact has over { $max } lines of details; the last { $count } were left out.
import-unreadable-line = Line { $line } could not be read and was left out.
# $property: the vCard property's name (TEL, ADR, ...).
import-unreadable-encoding = The { $property } on line { $line } is in an encoding Kindly can't read and was left out.

## Notes about the whole file's text.

# $encoding: import-encoding.
import-guessed-encoding = Some text was not in UTF-8 and was read as { $encoding }. Check names and accented letters after importing.
import-unknown-charset = Text in the character set “{ $charset }” was read as UTF-8 or { $encoding }; check accented letters after importing.
import-other-charsets = Text in other character sets Kindly doesn't know was read as UTF-8 or { $encoding } too; check accented letters after importing.
# An encoding as a shop owner would know it; $name is its technical name.
import-encoding = { $family ->
        [western] Western European
        [central] Central European
        [cyrillic] Cyrillic
        [greek] Greek
        [turkish] Turkish
        [hebrew] Hebrew
        [arabic] Arabic
        [baltic] Baltic
        [vietnamese] Vietnamese
        [thai] Thai
        [south] South European
        [nordic] Nordic
        [celtic] Celtic
        [south-eastern] South-Eastern European
        [japanese] Japanese
        [simplified-chinese] Simplified Chinese
        [traditional-chinese] Traditional Chinese
       *[korean] Korean
    } ({ $name })

## Limits.

import-file-too-big = This file is { $size } MB; Kindly imports files of up to { $max } MB. Export fewer contacts at a time. Nothing was imported.
import-too-many-records = This file holds more than { $max } contacts. Split it into smaller files. Nothing was imported.
import-more-problems = There were more problems with this contact than are listed.

## The preview's matches.

# Why a contact matches a customer already in the notebook.
import-same-phone = same phone number { $number }
import-same-email = same email { $address }
import-same-name-and-detail = same name and company, address or birthday
import-same-name = same name
# $what: phone or email; $name: the customer who has it.
import-shares = shares { $what ->
        [phone] a phone
       *[email] an email
    } with { $name }: added as a separate customer, and listed in Possible duplicates
import-nothing-added = Nothing was added to the match: { $reason }
import-new-customer-from-line = the new customer from line { $line }
import-could-not-import = { $name } could not be imported: { $message } Nothing was imported.

