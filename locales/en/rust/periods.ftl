# What the shell says when a report's months cannot be read (src-tauri/src/commands/reports.rs).
# $month is the month as the window sent it; $max the most months one report covers.

periods-month-unreadable = Kindly could not read the month “{ $month }”.
periods-backwards = The first month comes after the last one. Swap them.
periods-too-long = A report covers at most { $max } months. Pick a shorter period.
periods-bar-unknown = Kindly does not know this part of the report.
