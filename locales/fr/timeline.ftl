# Quand les choses se sont passées ou sont prévues (ui/src/lib/timeline/when.ts).

when-just-now = à l’instant
when-day-at = { $day } à { $time }
