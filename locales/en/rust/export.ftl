# The names and words of a customer's record (use_cases/exchange/export).
# $name is the customer's full name, made safe for a file name.

export-record-file = { $name } - everything we hold
