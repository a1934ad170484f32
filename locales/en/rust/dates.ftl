# Dates in the sentences Rust writes (kindly_words::dates): the brief's text, drafted messages.

# Weekdays from Monday (1) to Sunday (7), months from January (1), each in full and short.
dates-weekday-1 = Monday
dates-weekday-2 = Tuesday
dates-weekday-3 = Wednesday
dates-weekday-4 = Thursday
dates-weekday-5 = Friday
dates-weekday-6 = Saturday
dates-weekday-7 = Sunday
dates-weekday-short-1 = Mon
dates-weekday-short-2 = Tue
dates-weekday-short-3 = Wed
dates-weekday-short-4 = Thu
dates-weekday-short-5 = Fri
dates-weekday-short-6 = Sat
dates-weekday-short-7 = Sun
dates-month-1 = January
dates-month-2 = February
dates-month-3 = March
dates-month-4 = April
dates-month-5 = May
dates-month-6 = June
dates-month-7 = July
dates-month-8 = August
dates-month-9 = September
dates-month-10 = October
dates-month-11 = November
dates-month-12 = December
dates-month-short-1 = Jan
dates-month-short-2 = Feb
dates-month-short-3 = Mar
dates-month-short-4 = Apr
dates-month-short-5 = May
dates-month-short-6 = Jun
dates-month-short-7 = Jul
dates-month-short-8 = Aug
dates-month-short-9 = Sep
dates-month-short-10 = Oct
dates-month-short-11 = Nov
dates-month-short-12 = Dec

# "Thursday 3 December": $weekday and $month in full, $day a number.
dates-weekday-day-month = { $weekday } { $day } { $month }
# "Thu 3 Dec 2026": $weekday and $month short.
dates-short = { $weekday } { $day } { $month } { $year }
# "Thu 3 Dec 2026, 14:05": $date as dates-short, $time as 14:05.
dates-short-at = { $date }, { $time }
