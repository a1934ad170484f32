# Combining two profiles of one person, when merging duplicates or importing a contact into a
# customer (rules/combine.rs). "combine-note-…" lines are written into the kept customer's notes
# for what the other profile holds differently; "combine-adds-…" phrases list the changes in the
# merge and import previews; "combine-left-out-…" say what did not fit.

combine-note-also-known-as = Also known as: { $name }
combine-note-nickname = Nickname: { $value }
combine-note-pronunciation = Pronunciation: { $value }
combine-note-pronouns = Pronouns: { $value }
combine-note-company = Company: { $value }
combine-note-address = Address: { $value }
combine-note-best-time = Best time: { $value }
# $value is a language tag such as "fr" or "pt-BR", as stored.
combine-note-language = Language: { $value }
combine-note-looked-after-by = Looked after by: { $value }
# The day and month as numbers, day first: "Birthday: 15/4 1980".
combine-note-birthday = Birthday: { $day }/{ $month }
combine-note-birthday-with-year = Birthday: { $day }/{ $month } { $year }
combine-note-prefers = Prefers: { $channel }
combine-channel-phone = phone
combine-channel-text-message = text message
combine-channel-email = email
combine-channel-post = post
combine-channel-in-person = in person
combine-channel-no-preference = no preference
# The English words say "days" even for 1, as notes written before said it.
combine-note-stay-in-touch = Stay in touch: every { $ideal } days, at most { $longest }

combine-adds-nickname = adds the nickname
combine-adds-pronunciation = adds the pronunciation
combine-adds-pronouns = adds the pronouns
combine-adds-company = adds the company
combine-adds-address = adds the address
combine-adds-best-time = adds the best time
combine-adds-language = adds the language
combine-adds-looked-after-by = adds the looked after by
combine-adds-birthday = adds the birthday
combine-adds-birth-year = adds the birth year
combine-adds-contact-channel = adds how they like to be contacted
combine-adds-stay-in-touch = adds how often to be in touch
# $contact is a phone number or an email address.
combine-adds-contact = adds { $contact }
combine-adds-dont = adds a “please don’t”
combine-adds-preference = adds a preference
combine-adds-remember = adds something to remember
combine-adds-tag = adds a tag
combine-adds-to-notes = adds to the notes

# $text is the start of a line or an item, cut short.
combine-left-out-of-notes = “{ $text }” did not fit in the notes.
combine-left-out-item = “{ $text }” did not fit.
combine-left-out-phone = The phone number { $number } did not fit.
combine-left-out-email = The email address { $address } did not fit.
