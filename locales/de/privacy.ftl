# Das Kennwort: Einstellungen › Kennwort, die Entsperransicht und „Sperren“ oben (ui/src/lib/privacy).

privacy-title = Kennwort
privacy-opening = Wird geöffnet…
privacy-status = Dieses Notizbuch ist mit einem Kennwort geschützt.
privacy-remembered = Dieser Computer merkt sich das Kennwort, deshalb öffnet sich Kindly hier ohne Nachfrage.
privacy-lock-after = Sperren nach
privacy-lock-after-hint = Nach so langer Zeit ohne Nutzung verdeckt Kindly das Fenster und fragt erneut nach dem Kennwort.
privacy-saved = Gespeichert.
privacy-lock-now = Jetzt sperren
privacy-change-open = Kennwort ändern…
privacy-remove-open = Schutz entfernen…
privacy-forget = Gemerktes Kennwort vergessen
privacy-forgotten = Vergessen. Kindly fragt beim nächsten Öffnen nach dem Kennwort.

privacy-never = Nie
privacy-minutes =
    { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    }
privacy-hours =
    { $hours ->
        [one] { $hours } Stunde
       *[other] { $hours } Stunden
    }
privacy-hours-minutes =
    { $hours ->
        [one] { $hours } Stunde
       *[other] { $hours } Stunden
    } { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    }

privacy-protect-intro = Schützen Sie dieses Notizbuch mit einem Kennwort, damit niemand es ohne Sie lesen kann, auch wenn der Laptop verloren geht. Kindly kann ein vergessenes Kennwort nicht wiederherstellen: Schreiben Sie es an einem sicheren Ort auf.
privacy-passphrase = Kennwort
privacy-protect-hint = Mindestens 8 Zeichen. Ein paar Wörter, die Sie sich merken können, sind ein gutes Kennwort.
privacy-again = Noch einmal eingeben
privacy-protect = Mit Kennwort schützen
privacy-protecting = Wird geschützt…
privacy-choose = Bitte wählen Sie ein Kennwort.
privacy-type-again = Bitte geben Sie das Kennwort noch einmal ein.
privacy-protected =
    Geschützt. { $remembered ->
        [yes] Dieser Computer merkt sich das Kennwort, deshalb öffnet sich Kindly hier ohne Nachfrage.
       *[no] Kindly fragt bei jedem Öffnen nach dem Kennwort.
    }
privacy-protected-waiting =
    Geschützt. { $count ->
        [one] { $count } ältere Sicherung ist nicht geschützt; eben wurde eine geschützte angelegt.
       *[other] { $count } ältere Sicherungen sind nicht geschützt; eben wurde eine geschützte angelegt.
    } Die ungeschützten werden entfernt, wenn Sie Kindly nach dem nächsten Start zum ersten Mal mit dem Kennwort entsperren. { $remembered ->
        [yes] Dieser Computer merkt sich das Kennwort, deshalb öffnet sich Kindly hier ohne Nachfrage.
       *[no] Kindly fragt bei jedem Öffnen nach dem Kennwort.
    }

privacy-change = Kennwort ändern
privacy-changing = Wird geändert…
privacy-current = Jetziges Kennwort
privacy-new = Neues Kennwort
privacy-new-hint = Mindestens 8 Zeichen. Kindly kann ein vergessenes Kennwort nicht wiederherstellen: Schreiben Sie es an einem sicheren Ort auf.
privacy-type-current = Bitte geben Sie das jetzige Kennwort ein.
privacy-choose-new = Bitte wählen Sie ein neues Kennwort.
privacy-type-new-again = Bitte geben Sie das neue Kennwort noch einmal ein.
privacy-changed = Kennwort geändert. Verwenden Sie ab jetzt das neue.
privacy-cancel = Abbrechen

privacy-remove-title = Schutz entfernen?
privacy-remove-text = Dann kann jeder, der an die Datei Ihres Notizbuchs kommt, sie ohne Kennwort lesen, zum Beispiel auf einem verlorenen Laptop. Ein auf diesem Computer gemerktes Kennwort wird vergessen.
privacy-remove = Schutz entfernen
privacy-removing = Wird entfernt…
privacy-removed = Schutz entfernt. Das Notizbuch öffnet sich ohne Kennwort.

privacy-remember = Auf diesem Computer merken
privacy-remember-hint = Kindly öffnet sich auf diesem Computer ohne Nachfrage; dann kann es jeder öffnen, der sich als Sie anmelden kann.

privacy-unlock-title = Dieses Notizbuch ist geschützt
privacy-unlock-text = Geben Sie das Kennwort ein, um es zu öffnen.
privacy-unlock = Entsperren
privacy-unlocking = Wird entsperrt…
privacy-type-passphrase = Bitte geben Sie das Kennwort ein.

privacy-lock = Sperren
privacy-lock-title = Jetzt sperren ({ $keys })
privacy-could-not-lock = Kindly konnte das Notizbuch nicht sperren: { $reason }
privacy-dismiss = Schließen
