# Die Sätze der Befehlszeile (crates/kindly-cli). Ihre Ausgabe für Maschinen
# (--json, Exporte, die Zeilen von `kindly team staff`) ändert sich nicht mit
# der Sprache; die Hilfe (--help) steht in cli-help.ftl; die Fehlermeldungen
# von clap bleiben englisch.

cli-more-information = Mehr dazu mit „{ $help }“.
cli-passphrase-needed = Dieses Notizbuch ist mit einem Kennwort geschützt. Legen Sie es in die Umgebungsvariable KINDLY_PASSPHRASE.
cli-passphrase-not-utf8 = Das Kennwort in KINDLY_PASSPHRASE ist kein gültiger Text (UTF-8). Kindly verwendet Kennwörter genau so, wie sie eingegeben wurden, und kann dieses deshalb nicht verwenden.
cli-no-data-folder = Der Datenordner von Kindly wurde nicht gefunden; geben Sie --data-dir an.
cli-database-or-data-dir = Geben Sie entweder --database (ein Team-Notizbuch) oder --data-dir (ein Notizbuch auf diesem Computer) an, nicht beides.
cli-restored =
    { $file } wurde wiederhergestellt.
    Das Notizbuch, wie es vorher war, liegt in { $kept }
cli-nobody-matches = Niemand im Notizbuch passt zu { $query }.
cli-cannot-write = die Ausgabe konnte nicht geschrieben werden: { $reason }

## kindly export

cli-export-everyone = export --format { $format } exportiert alle; lassen Sie --customer weg (den Eintrag eines Kunden gibt es mit --format json oder text).
cli-export-needs-customer = export --format json|text braucht --customer ID.
cli-json-failed = der Eintrag konnte nicht als JSON geschrieben werden: { $reason }
cli-file-not-written = { $file } konnte nicht geschrieben werden: { $reason }

## kindly import

cli-preview = { $file }: { $new } neu, { $merged } zum Ergänzen vorhandener Kunden, { $skipped } schon vorhanden, { $left_out } ausgelassen.
cli-preview-note = Hinweis: { $note }
cli-preview-line = Zeile { $line }
cli-preview-new = neu
cli-preview-add-to = ergänzt { $matched } ({ $reason })
cli-preview-already-here = schon vorhanden als { $matched } ({ $reason })
cli-preview-more = … und { $count } weitere.
cli-preview-left-out = Ausgelassen:
cli-dry-run = Probelauf: Es wurde nichts geschrieben.
cli-imported = Importiert: { $new } neu, { $merged } ergänzt, { $skipped } schon vorhanden{ $left_out ->
        [0] {""}
       *[other] , { $left_out } ausgelassen
    }.

## kindly team

cli-team-needs-address = kindly team braucht die Adresse des Team-Notizbuchs mit der Anmeldung der Eigentümerin oder des Eigentümers (copy-out nimmt jede): --database postgres://eigentuemer@server/notizbuch (oder { $variable }).
cli-team-ready = Das Team-Notizbuch ist bereit. Geben Sie jeder Person, die dort arbeitet, eine Anmeldung mit `kindly team add-staff "NAME"`.
cli-staff-added = { $name } kann sich jetzt beim Team-Notizbuch als { $login } mit diesem Kennwort anmelden:
cli-staff-give-password = Geben Sie { $first } dieses Kennwort; Kindly zeigt es nicht noch einmal.
cli-staff-removed = { $name } ({ $login }) kann sich nicht mehr anmelden. Was diese Person geschrieben hat, bleibt unter ihrem Namen.
cli-staff-nobody-called = Niemand namens { $name } hat eine gültige Anmeldung für dieses Team-Notizbuch (`kindly team staff` listet sie auf).
cli-staff-none = Noch hat niemand eine Anmeldung.
cli-no-notebook-file = Unter { $file } gibt es keine Notizbuch-Datei.
cli-moved-in =
    { $file } ist in das Team-Notizbuch umgezogen: { $summary }.
    Die Datei ist unverändert; sobald alle im Team-Notizbuch arbeiten, bewahren Sie sie sicher auf oder löschen Sie sie.
cli-copied-out = Das Team-Notizbuch wurde nach { $file } kopiert: { $summary }.
cli-moved-count = { $what ->
        [customers] { $count ->
            [one] { $count } Kunde
           *[other] { $count } Kunden (Papierkorb eingeschlossen)
        }
        [conversations] { $count ->
            [one] { $count } Gespräch
           *[other] { $count } Gespräche
        }
        [issues] { $count ->
            [one] { $count } Anliegen
           *[other] { $count } Anliegen
        }
        [promises] { $count ->
            [one] { $count } Zusage
           *[other] { $count } Zusagen
        }
        [follow-ups] { $count ->
            [one] { $count } Wiedervorlage
           *[other] { $count } Wiedervorlagen
        }
        [situations] { $count ->
            [one] { $count } Vorfall
           *[other] { $count } Vorfälle
        }
        [merges] { $count ->
            [one] { $count } Zusammenführung
           *[other] { $count } Zusammenführungen
        }
       *[staff] { $count ->
            [one] { $count } Person aus der Teamliste
           *[other] { $count } Personen aus der Teamliste
        }
    }

