# The Reports screen's words that Rust writes (use_cases/reports/).

# A period's month is not written as a year and a month.
reports-month-format = Please give the month as year and month, such as 2026-03.
reports-from-after-to = The first month is after the last one.
# $count is the most months a report covers.
reports-too-many-months = { $count ->
    [one] A report covers at most one month.
   *[other] A report covers at most { $count } months.
}
# A bar's month is not one of the period shown.
reports-month-not-in-period = That month is not in the period shown.
reports-unknown-outcome = Please pick kept on time, kept late or broken.
