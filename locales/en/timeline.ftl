# Words for when things happened and are due (ui/src/lib/timeline/when.ts).
# Today, yesterday, weekdays and "25 minutes ago" come from the language's own calendar words (Intl).

when-just-now = just now
# $day is "today", "yesterday" or a weekday; $time the time of day ("14:05").
when-day-at = { $day } at { $time }
