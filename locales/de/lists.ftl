# Der Bildschirm Kunden: die Liste aller Kunden, ihre Filter, gespeicherte Listen und Änderungen an vielen auf einmal (ui/src/lib/lists).
# Bei Zahlen wählt $count die Pluralform, $n ist dieselbe Zahl geschrieben („2000“, „12.000“).

lists-title = Kunden
lists-side-label = Listen
lists-all = Alle Kunden
lists-saved-count =
    { $count ->
        [one] { $n } Kunde
       *[other] { $n } Kunden
    }
lists-search = Liste eingrenzen
lists-search-placeholder = Teil eines Namens oder einer Firma
lists-filters = Filter
lists-filters-count = Filter ({ $count })
lists-clear = Filter löschen
lists-remove-filter = Filter entfernen: { $what }
lists-count =
    { $count ->
        [one] { $n } Kunde
       *[other] { $n } Kunden
    }
lists-loading = Wird geladen…
lists-none = Keine Kunden passen zu diesen Filtern.
lists-empty = Noch keine Kunden.
lists-load-more = Mehr zeigen
lists-let-go = Zeilen weiter oben wurden weggeräumt, damit das Fenster flott bleibt.
lists-back-to-top = Zurück nach oben
lists-changed-elsewhere = An einem anderen Platz wurden Kunden geändert.
lists-refresh = Liste neu zeigen

# Spaltenköpfe.
lists-col-name = Name
lists-col-company = Firma
lists-col-tags = Schlagwörter
lists-col-looked-after = Betreut von
lists-col-last-contact = Letzter Kontakt
lists-col-open-issues = Offene Anliegen
lists-col-next-follow-up = Nächste Wiedervorlage
lists-nobody = Noch niemand
lists-never = Nie
lists-tick-row = { $name } abhaken
lists-tick-page = Alle gezeigten Kunden abhaken
lists-drifting = Länger nichts gehört
lists-out-of-touch = Kontakt verloren
lists-sample = Beispiel

# Die Filter. $name ist eine Person, ein Schlagwort, eine Sprache oder die Datei eines Imports; $date ein Datum.
lists-filter-tag = Schlagwort
lists-filter-tag-add = Schlagwort hinzufügen
lists-filter-looked-after = Betreut von
lists-filter-anyone = Egal wem
lists-filter-nobody = Noch niemand
lists-filter-open-issue = Hat ein offenes Anliegen
lists-filter-category = Der Art
lists-filter-any-category = Jede Art
lists-filter-promise-overdue = Eine Zusage ist überfällig
lists-filter-touch = In Kontakt bleiben
lists-filter-touch-any = Alle
lists-filter-drifting = Länger nichts gehört (gelb oder rot)
lists-filter-out-of-touch = Kontakt verloren (rot)
lists-filter-not-contacted = Kein Kontakt seit
lists-filter-birthday = Geburtstag in diesem Monat
lists-filter-added-since = Hinzugefügt seit
lists-filter-language = Sprache
lists-filter-any-language = Jede Sprache
lists-filter-no-language = Keine angegeben
lists-filter-situation = Im Vorfall
lists-filter-any-situation = Egal
lists-filter-import = Durch den Import hinzugefügt
lists-filter-any-import = Egal
lists-import-choice = { $name } ({ $date })
lists-filter-done = Fertig

# Die Kärtchen der benutzten Filter.
lists-chip-text = Name: „{ $text }“
lists-chip-tag = Schlagwort: { $name }
lists-chip-looked-after = Betreut von { $name }
lists-chip-nobody = Von niemandem betreut
lists-chip-open-issue = Offenes Anliegen
lists-chip-category = Offenes Anliegen: { $name }
lists-chip-promise-overdue = Zusage überfällig
lists-chip-drifting = Länger nichts gehört
lists-chip-out-of-touch = Kontakt verloren
lists-chip-in-touch = In Kontakt
lists-chip-not-contacted = Kein Kontakt seit { $date }
lists-chip-birthday = Geburtstag in diesem Monat
lists-chip-added-since = Hinzugefügt seit { $date }
lists-chip-language = Sprache: { $name }
lists-chip-no-language = Keine Sprache angegeben
lists-chip-situation = In „{ $name }“
lists-chip-import = Aus { $name }
lists-chip-picked =
    { $count ->
        [one] { $n } ausgewählter Kunde
       *[other] { $n } ausgewählte Kunden
    }

# Gespeicherte Listen. $name ist der Name der Liste.
lists-save = Diese Liste speichern…
lists-save-title = Diese Liste speichern
lists-save-name = Name
lists-save-name-example = z. B. Hochzeitskunden, seit dem Sommer nicht gesehen
lists-save-confirm = Speichern
lists-update = Diese Filter in „{ $name }“ übernehmen
lists-saving = Wird gespeichert…
lists-saved = „{ $name }“ gespeichert.
lists-rename = Umbenennen…
lists-rename-title = „{ $name }“ umbenennen
lists-rename-confirm = Umbenennen
lists-delete = Löschen
lists-deleted = „{ $name }“ gelöscht.
lists-undo = Rückgängig
lists-restored = „{ $name }“ ist wieder da.

# Abhaken und viele Kunden auf einmal ändern.
lists-ticked =
    { $count ->
        [one] { $n } abgehakt
       *[other] { $n } abgehakt
    }
lists-select-all =
    { $count ->
        [one] Den passenden Kunden auswählen
       *[other] Alle { $n } passenden auswählen
    }
lists-all-selected =
    { $count ->
        [one] Der passende Kunde ist ausgewählt.
       *[other] Alle { $n } passenden Kunden sind ausgewählt.
    }
lists-all-but-selected =
    { $count ->
        [one] { $n } von { $total } passenden Kunden ist ausgewählt.
       *[other] { $n } von { $total } passenden Kunden sind ausgewählt.
    }
lists-untick-all = Alle Haken entfernen
lists-bulk-label = Die abgehakten Kunden ändern
lists-bulk-add-tag = Schlagwort dazu
lists-bulk-remove-tag = Schlagwort weg
lists-bulk-looked-after = Betreuer festlegen
lists-bulk-follow-up = Wiedervorlage für jeden
lists-bulk-situation = Zu einem Vorfall
lists-bulk-export = Exportieren
lists-bulk-trash = In den Papierkorb

# Die Dialoge: Titel, Felder und Bestätigen.
lists-dialog-add-tag = Ein Schlagwort hinzufügen
lists-dialog-remove-tag = Ein Schlagwort entfernen
lists-dialog-looked-after = Wer sie betreut
lists-dialog-follow-up = Eine Wiedervorlage für jeden
lists-dialog-situation = Zu einem Vorfall hinzufügen
lists-dialog-export = Die abgehakten Kunden exportieren
lists-dialog-trash = In den Papierkorb
lists-field-tag = Schlagwort
lists-field-person = Betreut von
lists-field-person-hint = Leer lassen für niemanden.
lists-field-action = Was zu tun ist
lists-field-action-example = Anrufen und nachfragen
lists-field-first-day = Erster Tag
lists-field-spread = Verteilen auf
lists-field-spread-days =
    { $count ->
        [one] Tag
       *[other] Tage
    }
lists-field-assignee = Wer sie erledigt
lists-field-assignee-hint = Leer: der Betreuer des jeweiligen Kunden.
lists-field-situation = Vorfall
lists-field-format = Format
lists-format-vcard = vCard (für Telefone und E-Mail-Programme)
lists-format-csv = Tabelle (CSV)
lists-confirm-add-tag = Schlagwort hinzufügen
lists-confirm-remove-tag = Schlagwort entfernen
lists-confirm-looked-after = Festlegen
lists-confirm-follow-up = Wiedervorlagen anlegen
lists-confirm-situation = Hinzufügen
lists-confirm-export = Exportieren…
lists-confirm-trash = In den Papierkorb
lists-working = Einen Moment…
lists-previewing = Wird gezählt…
lists-no-situations = Keine offenen Vorfälle.

# Was eine Änderung bewirken würde ($count/$n: wie viele sie ändert; $tag ein Schlagwort, $name eine Person, $title ein Vorfall).
lists-preview-add-tag =
    { $count ->
        [one] Damit bekommt { $n } Kunde „{ $tag }“.
       *[other] Damit bekommen { $n } Kunden „{ $tag }“.
    }
lists-preview-add-tag-same =
    { $count ->
        [one] { $n } hat es schon.
       *[other] { $n } haben es schon.
    }
lists-preview-remove-tag =
    { $count ->
        [one] Damit verliert { $n } Kunde „{ $tag }“.
       *[other] Damit verlieren { $n } Kunden „{ $tag }“.
    }
lists-preview-remove-tag-same =
    { $count ->
        [one] { $n } hat es nicht.
       *[other] { $n } haben es nicht.
    }
lists-preview-looked-after =
    { $count ->
        [one] { $name } betreut dann { $n } Kunden.
       *[other] { $name } betreut dann { $n } Kunden.
    }
lists-preview-nobody =
    { $count ->
        [one] { $n } Kunde wird dann von niemandem betreut.
       *[other] { $n } Kunden werden dann von niemandem betreut.
    }
lists-preview-follow-up =
    { $count ->
        [one] Damit bekommt { $n } Kunde eine Wiedervorlage.
       *[other] Damit bekommt jeder der { $n } Kunden eine Wiedervorlage.
    }
lists-preview-situation =
    { $count ->
        [one] Damit kommt { $n } Kunde zu „{ $title }“.
       *[other] Damit kommen { $n } Kunden zu „{ $title }“.
    }
lists-preview-trash =
    { $count ->
        [one] Damit kommt { $n } Kunde in den Papierkorb.
       *[other] Damit kommen { $n } Kunden in den Papierkorb.
    }
lists-preview-export =
    { $count ->
        [one] { $n } Kunde wird in der Datei gespeichert.
       *[other] { $n } Kunden werden in der Datei gespeichert.
    }
lists-preview-same =
    { $count ->
        [one] Bei { $n } ist es schon so; er bleibt, wie er ist.
       *[other] Bei { $n } ist es schon so; sie bleiben, wie sie sind.
    }
lists-preview-undo = Sie können es danach rückgängig machen.

# Was getan wurde, auf der Leiste „Rückgängig“.
lists-done-add-tag =
    { $count ->
        [one] „{ $tag }“ bei { $n } Kunden hinzugefügt
       *[other] „{ $tag }“ bei { $n } Kunden hinzugefügt
    }
lists-done-remove-tag =
    { $count ->
        [one] „{ $tag }“ bei { $n } Kunden entfernt
       *[other] „{ $tag }“ bei { $n } Kunden entfernt
    }
lists-done-looked-after =
    { $count ->
        [one] { $name } betreut jetzt { $n } Kunden
       *[other] { $name } betreut jetzt { $n } Kunden
    }
lists-done-nobody =
    { $count ->
        [one] { $n } Kunde wird jetzt von niemandem betreut
       *[other] { $n } Kunden werden jetzt von niemandem betreut
    }
lists-done-follow-up =
    { $count ->
        [one] Wiedervorlage für { $n } Kunden angelegt
       *[other] Wiedervorlagen für { $n } Kunden angelegt
    }
lists-done-situation =
    { $count ->
        [one] { $n } Kunde zum Vorfall hinzugefügt
       *[other] { $n } Kunden zum Vorfall hinzugefügt
    }
lists-done-trash =
    { $count ->
        [one] { $n } Kunde in den Papierkorb gelegt
       *[other] { $n } Kunden in den Papierkorb gelegt
    }
lists-done-tags =
    { $count ->
        [one] Schlagwort bei { $n } Kunden geändert
       *[other] Schlagwort bei { $n } Kunden geändert
    }
lists-undone =
    { $count ->
        [one] Rückgängig gemacht: { $n } Kunde ist wie vorher.
       *[other] Rückgängig gemacht: { $n } Kunden sind wie vorher.
    }
lists-exported = Gespeichert in { $folder }: { $file }
lists-export-cancelled = Es wurde nichts gespeichert.
