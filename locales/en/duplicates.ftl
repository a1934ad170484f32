# Possible duplicates (ui/src/lib/duplicates). Why a pair looks alike comes from the notebook (Rust).

duplicates-back = Back to Settings
duplicates-title = Possible duplicates
duplicates-intro = Customers who may be the same person. Merging keeps every phone number, email, note and all the history of both in the one you keep; the other goes to Trash. A merge can be undone.
# $merged is the customer merged into $kept.
duplicates-merged = Merged { $merged } into { $kept }.
duplicates-undo = Undo
# $name is the customer kept.
duplicates-open = Open { $name }
duplicates-looking = Looking…
duplicates-none = No likely duplicates found.
duplicates-none-next = Kindly compares phone numbers, email addresses and names. After you import contacts, look here again.
duplicates-added-first = Added first
duplicates-added-later = Added later
# When both have the same name, the buttons say which: "Keep Tom Baker (added first), merge the other into it".
duplicates-name-first = { $name } (added first)
duplicates-name-later = { $name } (added later)
duplicates-full-name = Full name: { $name }
duplicates-keep = Keep { $name }, merge the other into it
duplicates-not-same = Not the same person
# $a and $b are the two customers' names.
duplicates-different = { $a } and { $b } will not be suggested as the same person again.
duplicates-undone = Undone. { $merged } and { $kept } are two customers again.
duplicates-recent = Recent merges
duplicates-merged-into = { $merged } merged into { $kept }
duplicates-undo-merge = Undo merging { $merged } into { $kept }
