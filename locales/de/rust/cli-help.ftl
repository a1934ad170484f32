# Die Hilfe von `kindly --help` und jedem Befehl (crates/kindly-cli/src/help.rs).
# Namen von Optionen (--data-dir), Werten (DIR) und Befehlen bleiben, wie man sie eintippt.

cli-help = Kindly auf der Kommandozeile: dasselbe Notizbuch wie im Fenster, ohne Fenster.
cli-help-after =
    Jeder Befehl nimmt --data-dir DIR (sonst $KINDLY_DATA_DIR, sonst den
    Datenordner von Kindly). Ein mit einem Kennwort geschütztes Notizbuch öffnet
    sich mit dem aus $KINDLY_PASSPHRASE.

    Bei einem Team-Notizbuch nimmt jeder Befehl stattdessen --database
    postgres://anmeldung@server/notizbuch (sonst $KINDLY_DATABASE); backup und
    restore gelten für das Notizbuch auf diesem Computer. kindly team braucht die
    Anmeldung der Eigentümerin oder des Eigentümers, die Rollen anlegen darf
    (copy-out nimmt jede Anmeldung).

    Rückgabewerte: 0 erledigt, 1 niemand passt (lookup, changes, team
    remove-staff), 2 ein Problem (erklärt in der Fehlerausgabe).
cli-help-usage = Aufruf:
cli-help-heading-commands = Befehle
cli-help-heading-arguments = Argumente
cli-help-heading-options = Optionen
cli-help-flag-help = Hilfe anzeigen
cli-help-flag-help-long = Hilfe anzeigen (-h: kürzer)
cli-help-flag-version = Version anzeigen
cli-help-arg-data-dir = Der Ordner des Notizbuchs (sonst $KINDLY_DATA_DIR, sonst der Datenordner von Kindly)
cli-help-arg-database = Die Adresse eines Team-Notizbuchs, postgres://anmeldung@server/notizbuch (sonst $KINDLY_DATABASE, sicherer: Andere auf dem Computer können Argumente lesen)
cli-help-help = Diese Hilfe anzeigen, oder die eines Befehls
cli-help-help-arg-subcommand = Der Befehl, dessen Hilfe angezeigt wird

cli-help-import = Eine vCard- (.vcf) oder CSV-Datei importieren; zeigt zuerst, was geschieht
cli-help-import-arg-file = Die zu importierende Datei
cli-help-import-arg-dry-run = Zeigen, was geschähe, und nichts schreiben
cli-help-lookup = Die Kurzinfo zur besten Übereinstimmung anzeigen (Rückgabewert 1, wenn niemand passt)
cli-help-lookup-arg-query = Ein Name oder eine Telefonnummer in jeder üblichen Schreibweise
cli-help-changes = Zeigen, wer was an einem Kunden geändert hat, das Neueste zuerst (Rückgabewert 1, wenn niemand passt)
cli-help-changes-arg-query = Die Kennung des Kunden oder ein Name
cli-help-backup = Eine geprüfte Sicherung im Sicherungsordner anlegen; zeigt ihren Pfad
cli-help-restore = Eine Sicherung wiederherstellen; das Notizbuch, wie es war, wird aufbewahrt
cli-help-restore-arg-file = Die Sicherungsdatei
cli-help-export = Alle Kunden, die Wiedervorlagen oder die Akte eines Kunden ausgeben
cli-help-export-more = Alle Kunden als vCard 4.0 oder CSV, die Wiedervorlagen als iCalendar-Datei oder alles, was zu einem Kunden gespeichert ist (auch im Papierkorb), als JSON oder reinen Text: auf die Standardausgabe oder mit -o in eine Datei (ganz ersetzt).
cli-help-export-arg-format = Was geschrieben wird
cli-help-export-arg-format-value-vcard = Alle Kunden als vCard 4.0
cli-help-export-arg-format-value-csv = Alle Kunden als CSV
cli-help-export-arg-format-value-ics = Die Wiedervorlagen als iCalendar-Datei
cli-help-export-arg-format-value-json = Alles, was zu einem Kunden (--customer) gespeichert ist, als JSON
cli-help-export-arg-format-value-text = Alles, was zu einem Kunden (--customer) gespeichert ist, als reiner Text
cli-help-export-arg-customer = Der Kunde, dessen Akte geschrieben wird (nur mit json oder text)
cli-help-export-arg-output = In FILE schreiben (ganz ersetzt) statt auf die Standardausgabe
cli-help-team = Ein Team-Notizbuch auf einem PostgreSQL-Server: Einrichtung, Anmeldungen, Umzug hinein und hinaus
cli-help-team-more = Die Adresse kommt aus --database oder $KINDLY_DATABASE, mit der Anmeldung der Eigentümerin oder des Eigentümers (darf Rollen anlegen); copy-out nimmt jede Anmeldung.
cli-help-team-init = Das Team-Notizbuch anlegen: Tabellen, Erweiterungen, eine Rolle für das Team (ohne Wirkung, wenn schon geschehen)
cli-help-team-add-staff = Eine Anmeldung für eine Person; ihr Kennwort wird einmal angezeigt
cli-help-team-add-staff-arg-name = Der Name der Person, in Anführungszeichen
cli-help-team-remove-staff = Einer Person die Anmeldung entziehen (Rückgabewert 1, wenn niemand sie hat); was sie geschrieben hat, bleibt
cli-help-team-remove-staff-arg-name = Der Name der Person, in Anführungszeichen
cli-help-team-staff = Die Anmeldungen auflisten: Name, Anmeldung, hinzugefügt, entzogen
cli-help-team-move-in = Eine Notizbuch-Datei in das Team-Notizbuch umziehen, das neu und leer sein muss
cli-help-team-move-in-arg-file = Die Notizbuch-Datei (notebook.sqlite)
cli-help-team-copy-out = Das ganze Team-Notizbuch in eine neue Notizbuch-Datei kopieren (jede Anmeldung)
cli-help-team-copy-out-arg-file = Die neue Notizbuch-Datei (nie eine vorhandene)
cli-help-completions = Ein Vervollständigungsskript für bash, zsh oder fish ausgeben
cli-help-completions-more = Zum Beispiel: kindly completions bash > ~/.local/share/bash-completion/completions/kindly
cli-help-completions-arg-shell = Die Shell
