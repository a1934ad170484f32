# Changes to many customers at once and tidying tags (use_cases/lists/bulk.rs, tags.rs).

# A bulk change or a tag change given no tag.
bulk-type-a-tag = Type the tag.
# Who looks after them must be on the staff list. $name is the name typed.
bulk-not-on-staff = { $name } is not on the staff list. Add them in Settings first, or pick someone who is.
# The label of the "what to do" field of a follow-up for each customer.
bulk-label-what-to-do = "What to do"
bulk-say-what-to-do = Say what to do, such as "Call to check in".
# $max is a number of days.
bulk-spread-between = Spread the follow-ups over 1 to { $max } days.
bulk-start-within = Pick a first day from today on, with every follow-up within { $max } days.
# Undo pressed twice (or on two desks).
bulk-already-undone = This change has already been undone.
bulk-merge-two-different = Pick two different tags to merge.
