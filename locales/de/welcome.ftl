# Die Begrüßung beim ersten Start und das Beispiel-Notizbuch (ui/src/lib/welcome).

welcome-title = Willkommen bei Kindly
welcome-lead = Ihr Kundennotizbuch. Zuerst zwei Dinge, dann kann es losgehen.
welcome-region = Ihr Land
welcome-region-hint = Telefonnummern ohne + und Landesvorwahl gelten als Nummern dieses Landes.
welcome-name = Wer ist am Empfang?
welcome-name-hint = Ihr Name. Er steht in der Mitarbeiterliste und bei dem, was Sie notieren. Weitere Personen fügen Sie in den Einstellungen hinzu.
welcome-next = Weiter
welcome-skip = Jetzt überspringen
welcome-saving = Einen Moment…
welcome-start-title = Wie möchten Sie beginnen?
welcome-start-lead = Kunden können Sie jederzeit später hinzufügen oder importieren.
welcome-empty = Mit leerem Notizbuch beginnen
welcome-empty-text = Legen Sie Kunden an, wenn sie anrufen oder vorbeikommen.
welcome-import = Kontakte importieren
welcome-import-text = Holen Sie sie von Ihrem Telefon oder aus einem anderen Programm (eine vCard- oder CSV-Datei).
welcome-sample = Mit einem Beispiel-Notizbuch umsehen
welcome-adding-sample = Beispielkunden werden angelegt…
welcome-sample-text =
    { $count ->
        [one] { $count } erfundener Kunde mit Gesprächen, Zusagen und Wiedervorlagen, um alles auszuprobieren. Deutlich gekennzeichnet und mit einem Schritt wieder entfernt, wenn Sie fertig sind.
       *[other] { $count } erfundene Kunden mit Gesprächen, Zusagen und Wiedervorlagen, um alles auszuprobieren. Deutlich gekennzeichnet und mit einem Schritt wieder entfernt, wenn Sie fertig sind.
    }
welcome-back = Zurück
welcome-team = Team-Notizbuch beitreten
welcome-team-hint = Sie arbeiten mit anderen, die schon ein Notizbuch auf einem Server teilen? Treten Sie stattdessen diesem bei.
welcome-team-lead = Geben Sie ein, was Ihnen der Inhaber des Notizbuchs gegeben hat. Kindly prüft zuerst die Verbindung; auf diesem Computer wird nichts gespeichert, bevor sie funktioniert.

welcome-sample-banner = Sie sehen Beispielkunden: sie sind erfunden, zum Ausprobieren von Kindly.
welcome-sample-remove = Beispiel entfernen
welcome-sample-confirm-title = Beispielkunden entfernen?
welcome-sample-confirm-text =
    { $count ->
        [one] Damit werden der Beispielkunde und alles zu ihm endgültig gelöscht. Kunden, die Sie selbst angelegt oder importiert haben, bleiben, wie sie sind.
       *[other] Damit werden die { $count } Beispielkunden und alles zu ihnen endgültig gelöscht. Kunden, die Sie selbst angelegt oder importiert haben, bleiben, wie sie sind.
    }
welcome-sample-removing = Wird entfernt…
welcome-sample-removed = Die Beispielkunden wurden entfernt.
welcome-sample-badge = Beispiel
welcome-sample-badge-title = Ein erfundener Kunde aus dem Beispiel-Notizbuch
