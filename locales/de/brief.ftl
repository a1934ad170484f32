# Die Kurzinfo vor einem Anruf, „Wer ruft an?“ und „Nach dem Anruf“ (ui/src/lib/brief).

brief-label = Kurzinfo
brief-back = Zurück
brief-after-call = Nach dem Anruf
brief-copy = Als Text kopieren
brief-print = Drucken
brief-full-page = Ganze Seite
brief-copied = Kopiert.
brief-copy-failed = Die Kurzinfo konnte hier nicht kopiert werden. Versuchen Sie es mit Drucken.
brief-text-not-copied = Der Text konnte nicht kopiert werden.
brief-call-logged = Anruf notiert.
brief-call-logged-stale = Anruf notiert. Die Kurzinfo unten konnte nicht aktualisiert werden ({ $reason }); sie zeigt den vorherigen Stand.
brief-dont = Bitte nicht
brief-nothing = Sonst ist noch nichts notiert. Was Sie nach dem Anruf notieren, steht beim nächsten Mal hier.
brief-opening = Wird geöffnet…

## Wer es ist

brief-say-it = Aussprache: { $pronunciation }
brief-phones = Telefonnummern

## Was sich seit dem letzten Gespräch geändert hat

brief-changed-since = Geändert seit Ihrem letzten Gespräch ({ $day })
brief-change =
    { $who } { $words } { $kind ->
        [weekday] am { $day }
        [weekend] am { $day }
        [date] am { $day }
       *[relative] { $day }
    }
brief-someone = Jemand
brief-change-more =
    { $count ->
        [one] und { $count } weitere Änderung (auf der ganzen Seite)
       *[other] und { $count } weitere Änderungen (auf der ganzen Seite)
    }

## Über die Person

brief-recent = Die letzten Gespräche
brief-remember = Immer daran denken
brief-notes = Notizen
brief-more = mehr
brief-less = weniger
brief-likes = Vorlieben
brief-best-time = Beste Zeit: { $time }
brief-speaks = Spricht { $language }
brief-prefers =
    { $channel ->
        [phone] Lieber per Telefon
        [text_message] Lieber per SMS
        [email] Lieber per E-Mail
        [post] Lieber per Post
       *[in_person] Lieber persönlich
    }
brief-looked-after = Betreut von { $name }
brief-birthday =
    { $days ->
        [0] Geburtstag heute
        [1] Geburtstag morgen
        [one] Geburtstag in { $days } Tag
       *[other] Geburtstag in { $days } Tagen
    }
brief-birthday-turns =
    { $days ->
        [0] Geburtstag heute
        [1] Geburtstag morgen
        [one] Geburtstag in { $days } Tag
       *[other] Geburtstag in { $days } Tagen
    } — wird { $age }

## Was noch offen ist

brief-affected = Betroffen von
brief-told = auf dem neuesten Stand
brief-not-told = noch nicht auf dem neuesten Stand
brief-concierge = Betreuer: { $name }
brief-issues = Offene Anliegen
brief-own-words = „{ $words }“
brief-promises = Fällige Zusagen
brief-promise-was-due =
    { $kind ->
        [relative] Überfällig — war { $day } fällig
       *[date] Überfällig — war am { $day } fällig
    }
brief-promise-due =
    { $kind ->
        [relative] Fällig { $day }
       *[date] Fällig am { $day }
    }
brief-promised-by = · zugesagt von { $name }
brief-follow-ups = Fällige Wiedervorlagen
brief-overdue = Überfällig
brief-for = · für { $name }
brief-about = · zu „{ $title }“

## Wer ruft an?

brief-caller = Wer ruft an
brief-caller-label = Wer ruft an? Nummer eingeben oder einfügen, auch nur die letzten Ziffern
brief-caller-example = z. B. 0151 23456789 oder 6789
brief-caller-find = Nachschlagen
brief-caller-empty = Bitte geben Sie die Nummer ein, oder ihre letzten Ziffern.
brief-caller-results = Kunden mit dieser Nummer
brief-caller-several =
    { $count ->
        [one] { $count } Kunde hat diese Nummer.
       *[other] { $count } Kunden haben diese Nummer.
    }
brief-caller-to-choose = zum Wählen,
brief-caller-to-open = für die Kurzinfo.
brief-caller-none = Kein Kunde hat diese Nummer.
brief-caller-new = Neuer Kunde mit dieser Nummer
brief-caller-press = Drücken Sie
brief-caller-press-after = für die Kurzinfo: was Sie sagen sollten, was besser nicht, und was noch offen ist.
brief-caller-last = letzter Kontakt { $day }
brief-caller-never = noch keine Gespräche

## Nach dem Anruf

brief-restored = Ihre Eingaben von vorhin sind wieder da.
brief-how-it-went = Wie es lief
brief-outcome-spoke = Gesprochen
brief-outcome-left-message = Nachricht hinterlassen
brief-outcome-no-answer = Nicht erreicht
brief-they-called = Eingehender Anruf
brief-what-said = Was besprochen wurde
brief-what-said-spoke = (möglichst mit ihren eigenen Worten)
brief-what-said-tried = (z. B. wann Sie es versucht haben, was Sie hinterlassen haben)
brief-how-they-seemed = Stimmung
brief-who-spoke = Wer hat gesprochen
brief-done-with-call = Mit diesem Anruf erledigt
brief-done-item = { $action } — { $when }
brief-schedule-next = Nächste Wiedervorlage planen
brief-next-what = Was
brief-next-days = In wie vielen Tagen
brief-days-missing = Bitte geben Sie eine Anzahl Tage an, zum Beispiel 7.
brief-next-for = Für { $name }, zur üblichen Erinnerungszeit.
brief-next-for-whoever = Für die Person, die gesprochen hat, zur üblichen Erinnerungszeit.
brief-save = Speichern
brief-saving = Wird gespeichert…
brief-cancel = Abbrechen
brief-saves = speichert
brief-cancels = bricht ab
