# Wann etwas war oder fällig ist (ui/src/lib/timeline/when.ts).

when-just-now = gerade eben
when-day-at = { $day } um { $time }
