# Mögliche Dubletten (ui/src/lib/duplicates). Warum ein Paar ähnlich aussieht, sagt das Notizbuch (Rust).

duplicates-back = Zurück zu den Einstellungen
duplicates-title = Mögliche Dubletten
duplicates-intro = Kunden, die vielleicht dieselbe Person sind. Beim Zusammenführen bleiben alle Telefonnummern, E-Mails, Notizen und der ganze Verlauf beider bei dem, den Sie behalten; der andere kommt in den Papierkorb. Das lässt sich rückgängig machen.
duplicates-merged = { $merged } wurde mit { $kept } zusammengeführt.
duplicates-undo = Rückgängig
duplicates-open = { $name } öffnen
duplicates-looking = Wird gesucht…
duplicates-none = Keine möglichen Dubletten gefunden.
duplicates-none-next = Kindly vergleicht Telefonnummern, E-Mail-Adressen und Namen. Schauen Sie nach dem Importieren von Kontakten wieder hier vorbei.
duplicates-added-first = Zuerst angelegt
duplicates-added-later = Später angelegt
duplicates-name-first = { $name } (zuerst angelegt)
duplicates-name-later = { $name } (später angelegt)
duplicates-full-name = Vollständiger Name: { $name }
duplicates-keep = { $name } behalten und den anderen mit ihm zusammenführen
duplicates-not-same = Nicht dieselbe Person
duplicates-different = { $a } und { $b } werden nicht mehr als dieselbe Person vorgeschlagen.
duplicates-undone = Rückgängig gemacht. { $merged } und { $kept } sind wieder zwei Kunden.
duplicates-recent = Zuletzt zusammengeführt
duplicates-merged-into = { $merged } mit { $kept } zusammengeführt
duplicates-undo-merge = Zusammenführen von { $merged } mit { $kept } rückgängig machen
