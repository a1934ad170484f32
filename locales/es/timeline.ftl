# Cuándo pasó algo o cuándo toca (ui/src/lib/timeline/when.ts).

when-just-now = ahora mismo
when-day-at = { $day } a las { $time }
