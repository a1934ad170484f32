# Quando algo aconteceu ou está para acontecer (ui/src/lib/timeline/when.ts).

when-just-now = agora mesmo
when-day-at = { $day } às { $time }
