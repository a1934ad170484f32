# Zusagen an einen Kunden: die Liste auf seiner Seite, eine notieren, sie abschließen (ui/src/lib/promises).

promises-heading = Unsere Zusagen
promises-overdue-count =
    { $count ->
        [one] · { $count } überfällig
       *[other] · { $count } überfällig
    }
promises-overdue = Überfällig
promises-was-due =
    { $kind ->
        [relative] · war { $day } fällig
       *[date] · war am { $day } fällig
    }
promises-due =
    { $kind ->
        [relative] Fällig { $day }
       *[date] Fällig am { $day }
    }
promises-promised-by = · zugesagt von { $name }
promises-about = · zu „{ $title }“
promises-kept = Eingehalten
promises-new-date-button = Neues Datum…
promises-broken-button = Nicht eingehalten…
promises-leave-it = Lassen
promises-ok = OK
promises-settled-kept = Zusage eingehalten.
promises-settled-broken = Zusage als nicht eingehalten vermerkt.
promises-settled-open = Neues Datum vereinbart.

## Eine Zusage notieren

promises-record = Zusage notieren
promises-edit = Zusage bearbeiten
promises-restored = Ihre Eingaben von vorhin sind wieder da.
promises-this-promise = diese Zusage
promises-what = Was wir zugesagt haben
promises-what-example = z. B. Anzahlung erstatten
promises-what-missing = Bitte schreiben Sie, was wir zugesagt haben.
promises-by-when = Bis wann
promises-due-missing = Bitte wählen Sie den Tag, bis zu dem wir es zugesagt haben.
promises-date-hint = Um das Datum zu ändern, nutzen Sie „Neues Datum“ bei der Zusage.
promises-who-promised = Zugesagt von
promises-about-issue = Zu einem Anliegen
promises-save = Speichern
promises-saving = Wird gespeichert…
promises-cancel = Abbrechen
promises-close = Schließen
promises-saves = speichert
promises-cancels = bricht ab

promises-field-what = was wir zugesagt haben
promises-field-due = das Datum
promises-field-by = wer es zugesagt hat
promises-field-issue = das Anliegen dazu
promises-another-issue = ein anderes Anliegen

## Ein Tag

promises-no-day = Noch kein Tag gewählt
promises-pick-today = Heute
promises-pick-tomorrow = Morgen
promises-pick-week = In einer Woche

## Eine Zusage abschließen

promises-settle-new-date = Neues Datum vereinbaren
promises-settle-broken = Zusage nicht eingehalten
promises-settle-kept = Zusage eingehalten
promises-note-why = Warum, und was der Kunde gesagt hat
promises-note-what-happened = Was passiert ist
promises-note = Notiz
promises-optional = (optional)
promises-new-date = Neues Datum
promises-new-day-missing = Bitte wählen Sie den neuen Tag.
promises-what-happened-missing = Bitte schreiben Sie, was passiert ist, damit die nächste Person Bescheid weiß.
promises-who = Wer
