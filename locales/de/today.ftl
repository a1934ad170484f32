# Heute (ui/src/lib/today).

today-title = Heute
today-comes-back = führt hierher zurück
today-export = In den Kalender exportieren (.ics)
today-exporting = Wird gespeichert…
today-exported = „{ $file }“ gespeichert in { $folder }.
today-opening = Wird geöffnet…
today-empty = Heute steht nichts an, und Sie sind mit allen in Kontakt. Ein ruhiger Tag.
today-empty-next = Um an einen Rückruf erinnert zu werden, öffnen Sie die Seite des Kunden und wählen „Wiedervorlage hinzufügen“: Sie erscheint dann an ihrem Tag hier.
today-overdue = Überfällig
today-due = Heute fällig
today-upcoming = Nächste 7 Tage
today-promises = Fällige Zusagen
today-birthdays = Geburtstage diese Woche
today-drifting = Länger nichts gehört
today-capped = Die ersten { $shown } von { $all }.
today-turns = wird { $age }
today-brief = Kurzinfo
today-brief-for = zu { $name }
today-promise-overdue = Überfällig
today-promise-was-due = · war fällig
today-promise-due = Fällig
today-promised-by = · zugesagt von
