# The Reports screen (ui/src/lib/reports): how well the business follows through, month by month.
# $month is a month in words ("March 2026"); $from and $to too; $period a period in words; $count and $value numbers.

reports-title = How we follow through
reports-intro = Month by month: promises kept, check-ins after fixes, issues that came back, customers drifting out of touch and new customers. Click a bar (or press Enter on it) to see the customers behind it.
reports-period = Period
reports-period-last3 = Last 3 months
reports-period-last6 = Last 6 months
reports-period-last12 = Last 12 months
reports-period-year = This year
reports-period-custom = Months I choose
reports-from = From
reports-to = To
reports-show = Show
reports-month-missing = Choose a month here.
reports-range = { $from } to { $to }
reports-loading = Working out the figures…
reports-show-table = Show as table
reports-hide-table = Hide the table
reports-month = Month
# A bar, as a screen reader names it: "Broken, March 2026: 3".
reports-bar = { $label }, { $month }: { $value }
# A chart in one sentence: "Promises, by the month they fell due, March 2026 to August 2026: kept on time 40, kept late 5 and broken 3."
reports-summary = { $title }, { $period }: { $totals }.
reports-summary-part = { $label } { $value }
reports-promises-title = Promises, by the month they fell due
reports-promises-axis = Promises
reports-kept-on-time = Kept on time
reports-kept-late = Kept late
reports-broken = Broken
reports-people-title = Promises by who made them
reports-person = Who
reports-nobody-named = Nobody named
reports-people-none = No promise fell due in this period.
# A count in the table, as a screen reader names its button: "Ana: 3 broken".
reports-people-cell = { $person }, { $label }: { $value }
reports-check-ins-title = Check-ins after fixes
reports-check-ins-axis = Issues resolved
reports-checked-in = Checked in afterwards
reports-not-checked-in = Not checked in yet
reports-reopened-title = Issues reopened
reports-reopened-axis = Issues
reports-reopened = Reopened
reports-median-title = Time to resolve an issue (median)
reports-median-axis = Hours
reports-median = Median, in hours
reports-drifting-title = Customers drifting out of touch
reports-drifting-axis = Customers
reports-drifting = Drifting at the month’s end
reports-new-title = New customers
reports-new-axis = Customers
reports-new = Added
reports-upset-title = Upset and waiting for a call back
reports-upset-count = { $count ->
    [one] 1 customer whose last mood was upset has not been spoken to since.
   *[other] { $count } customers whose last mood was upset have not been spoken to since.
}
reports-upset-none = Nobody upset is waiting for a call back.
reports-upset-since = upset since { $date }
reports-upset-all = { $count ->
    [one] Show them in the Customers list
   *[other] Show all { $count } in the Customers list
}
# Headings of the Customers list opened from a bar: what the customers are, then when.
reports-behind-kept_on_time = Promises kept on time · { $when }
reports-behind-kept_late = Promises kept late · { $when }
reports-behind-broken = Broken promises · { $when }
reports-behind-person = { $person }, { $period }
reports-behind-resolved = Issues resolved · { $when }
reports-behind-missing = Not checked in after a fix · { $when }
reports-behind-reopened = Issues reopened · { $when }
reports-behind-drifting = Drifting out of touch · { $when }
reports-behind-new = New customers · { $when }
reports-behind-upset = Upset and waiting for a call back
