# Einstellungen (ui/src/lib/settings): Telefonnummern, Erinnerungen, Suchtasten, Import und Export,
# Ablageort des Notizbuchs, Sicherungen, „Über Kindly“ und der Hinweis nach einem unerwarteten Beenden.

settings-title = Einstellungen
settings-intro = In Ihrem Notizbuch gespeichert, außer der Darstellung, die zu diesem Computer gehört.
settings-shortcuts = Tastenkürzel
settings-opening = Wird geöffnet…
settings-saved = Gespeichert.
settings-save = Speichern
settings-saving = Wird gespeichert…
settings-dismiss = Schließen

settings-phone-title = Telefonnummern
settings-phone-label = Land für Telefonnummern
settings-phone-hint = Nummern ohne + und Landesvorwahl gelten als Nummern dieses Landes.

settings-reminders = Erinnerungen
settings-reminder-time = Uhrzeit für Erinnerungen
settings-reminder-hint = An Wiedervorlagen für einen Tag ohne eigene Uhrzeit wird zu dieser Zeit erinnert.
settings-reminder-empty = Bitte geben Sie eine Uhrzeit ein, zum Beispiel { $example }.
settings-reminder-saved = Gespeichert. An Wiedervorlagen ohne Uhrzeit wird jetzt um { $time } erinnert.
settings-zone = Die Zeiten gelten für { $zone }, die Zeitzone Ihres Computers.
settings-zone-unknown = Die Zeiten gelten für die Zeitzone Ihres Computers.
settings-autostart = Kindly bei der Anmeldung starten, damit Erinnerungen ankommen
settings-tray = Wenn Sie das Fenster schließen, läuft Kindly im Infobereich neben der Uhr weiter, damit Erinnerungen trotzdem ankommen. Um es ganz zu beenden, wählen Sie „Kindly beenden“ im Menü des Symbols.

settings-shortcut-title = Von überall suchen
settings-shortcut-now = Jetzt:
settings-shortcut-off = Aus
settings-shortcut-label = Tastenkombination
settings-shortcut-hint = In jedem Programm gedrückt, holt sie Kindly nach vorne, mit dem Cursor im Suchfeld. Verwenden Sie Ctrl, Alt, Shift oder Super mit einer Taste, zum Beispiel { $example }.
settings-shortcut-empty = Bitte geben Sie eine Kombination wie { $example } ein oder wählen Sie „Ausschalten“.
settings-shortcut-turn-off = Ausschalten
settings-shortcut-turned-off = Ausgeschaltet.
settings-shortcut-saved = Gespeichert. Drücken Sie überall { $keys }, um jemanden zu suchen.

settings-in-out-title = Kunden importieren / exportieren
settings-import = Kontakte importieren…
settings-import-hint = Aus einem Telefon, Google Contacts, Outlook, Apple Contacts oder einer Tabelle. Sie sehen, was passiert, bevor sich etwas ändert.
settings-duplicates = Mögliche Dubletten…
settings-duplicates-hint = Kunden, die vielleicht dieselbe Person sind, zum Zusammenführen.
settings-export-title = Alle Kunden exportieren
settings-export-hint = Speichert alle Kunden (außer denen im Papierkorb) in eine Datei, für ein anderes Programm oder zum Aufbewahren. Sie wählen den Ort (Downloads, wenn Sie keinen anderen Ordner nehmen).
settings-export-vcard = Als vCard (für Telefone und E-Mail-Programme)
settings-export-csv = Als Tabelle (CSV)
settings-exporting = Export

settings-where-title = Wo Ihr Notizbuch liegt
settings-where-backup = Kindly sichert es für Sie (siehe „Sicherungen“ weiter unten). Für eine Kopie auf einem anderen Datenträger, etwa einem USB-Stick, wählen Sie dort einen Ordner für Sicherungen oder kopieren Sie eine Sicherungsdatei darauf.

settings-backups = Sicherungen
settings-backups-intro = Kindly sichert Ihr Notizbuch beim Start, höchstens einmal am Tag, während es läuft, und beim Beenden. Jede Sicherung wird geprüft, bevor sie zählt.
settings-backup-last = Letzte Sicherung: { $when }
settings-backup-none-yet = Noch keine Sicherung
settings-back-up-now = Jetzt sichern
settings-backing-up = Wird gesichert…
settings-backing-up-label = Sicherung
settings-backed-up = Gesichert: { $file }
settings-backup-folder = Ordner für Sicherungen
settings-backup-folder-hint = Ein Ordner auf einem anderen Datenträger, etwa einem USB-Stick, bewahrt Ihre Sicherungen, falls dieser Computer kaputtgeht. Bisherige Sicherungen bleiben, wo sie sind.
settings-backup-beside = (neben Ihrem Notizbuch)
settings-backup-choose = Anderen Ordner wählen…
settings-backup-default = Ordner neben dem Notizbuch nehmen
settings-backup-keep = Sicherungen behalten
settings-backup-keep-hint = 1 bis 365. Sind es mehr, werden die ältesten entfernt. Kindly fragt vorher, wenn eine kleinere Zahl vorhandene Sicherungen entfernen würde.
settings-keep-problem = Behalten Sie zwischen 1 und 365 Sicherungen.
settings-backup-saved =
    Gespeichert. Sicherungen landen in { $folder }, und { $keep ->
        [one] nur die neueste wird behalten.
       *[other] die neuesten { $keep } werden behalten.
    }
settings-backup-unchanged =
    Nichts geändert. Sicherungen landen in { $folder }, und { $keep ->
        [one] nur die neueste wird behalten.
       *[other] die neuesten { $keep } werden behalten.
    }
settings-backups-list = Ihre Sicherungen
settings-restored = Wiederhergestellt. Das Notizbuch, wie es vorher war, liegt in { $path }.
settings-backups-looking = Sicherungen werden gesucht…
settings-backups-none = Noch keine Sicherungen in diesem Ordner.
settings-restore-label = Sicherung vom { $when } wiederherstellen…
settings-restore = Wiederherstellen…
settings-backup-when = { $date } um { $time }
settings-size-kb = { $size } KB
settings-size-mb = { $size } MB

settings-restore-title = Sicherung vom { $when } wiederherstellen?
settings-restore-confirm = Diese Sicherung wiederherstellen
settings-restoring = Wird wiederhergestellt…
settings-restore-text = Ihr Notizbuch wird durch die Sicherung vom { $when } ersetzt. Vorher wird eine Kopie des jetzigen Stands aufbewahrt, so lässt sich das rückgängig machen.
settings-restoring-label = Sicherung wird wiederhergestellt
settings-restore-first = Sicherung wird geprüft…

settings-about = Über Kindly
settings-version = Version
settings-team-notebook = Team-Notizbuch
settings-notebook = Notizbuch
settings-team-place = { $database } auf { $server }
settings-about-logs = Wenn etwas schiefgeht, notiert Kindly in seinem Protokollordner, was passiert ist: nie die Daten Ihrer Kunden oder Ihr Kennwort. Wer Ihnen mit Kindly hilft, fragt vielleicht nach diesen Dateien.
settings-open-logs = Protokollordner öffnen

settings-crash = Kindly wurde beim letzten Mal unerwartet beendet.
settings-crash-when = Kindly wurde beim letzten Mal unerwartet beendet ({ $when }).
settings-crash-text = Es hat dazu eine kurze Notiz in seinem Protokollordner hinterlegt, ohne die Daten Ihrer Kunden, falls jemand, der Ihnen mit Kindly hilft, sie sehen möchte.
