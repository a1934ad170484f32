# Die Kopfzeile, ihre Navigation und die Tastenkürzel, die überall gelten (ui/src/lib/shell).

nav-label = Hauptmenü
nav-today = Heute
nav-today-title = Heute ({ $keys })
nav-today-due = ({ $count } fällig)
nav-lookup = Suche
nav-lookup-title = Kunden suchen ({ $keys })
nav-caller = Anrufer
nav-caller-title = Wer ruft an? Anhand der Nummer nachsehen ({ $keys })
nav-new-customer = Neuer Kunde
nav-new-customer-title = Neuer Kunde ({ $keys })
nav-situations = Vorfälle
nav-situations-title = Probleme, die viele Kunden zugleich betreffen
nav-customers = Kunden
nav-customers-title = Alle Kunden im Notizbuch: sortieren, filtern, viele auf einmal ändern ({ $keys })
nav-more = Mehr
nav-more-title = Berichte und Schlagwörter
nav-reports = Berichte
nav-tags = Schlagwörter
nav-trash = Papierkorb
nav-settings = Einstellungen
header-shortcuts = Tastenkürzel
header-shortcuts-title = Tastenkürzel ({ $keys })

shortcut-lookup = Kunden finden (Suche)
shortcut-new-customer = Neuer Kunde
shortcut-today = Heute: wen anrufen, Zusagen, Geburtstage
shortcut-caller = Wer ruft an? Anrufer anhand der Nummer finden
shortcut-customers = Kunden: alle, zum Sortieren, Filtern und Ändern vieler auf einmal
shortcut-lock = Notizbuch sperren (wenn es ein Kennwort hat)
shortcut-help = Diese Tastenkürzel anzeigen

still-opening = Ihr Notizbuch wird geöffnet…
notebook-open-failed = Kindly konnte Ihr Notizbuch nicht öffnen
screen-failed = Kindly konnte diese Ansicht nicht öffnen: { $reason }
