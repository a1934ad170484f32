# Wiedervorlagen und in Kontakt bleiben (ui/src/lib/followups).

followups-action-call-back = Zurückrufen
followups-action-check-in = Nachfragen
followups-action-send-card = Karte schicken
followups-action-birthday = Geburtstagskarte
followups-action-other = Nachhaken
followups-choice-other = Sonstiges

followups-done-call-back = Zurückgerufen
followups-done-check-in = Nachgefragt
followups-done-send-card = Karte geschickt
followups-done-birthday = Geburtstagskarte geschickt
followups-done-other = Wiedervorlage erledigt

followups-when-done = Erledigt
followups-when-at =
    { $hour ->
       *[other] { $day } um { $time }
    }
followups-when-any-time = { $day }, jederzeit
followups-when-snoozed =
    { $hour ->
       *[other] Verschoben auf { $day } um { $time }
    }

followups-touch-in-touch = In Kontakt
followups-touch-drifting = Länger nichts gehört
followups-touch-out-of-touch = Kein Kontakt mehr
followups-last-contact-today = letzter Kontakt heute
followups-last-contact-days =
    letzter Kontakt vor { $count ->
        [one] einem Tag
       *[other] { $count } Tagen
    }
followups-last-contact-weeks =
    letzter Kontakt vor { $count ->
        [one] einer Woche
       *[other] { $count } Wochen
    }
followups-last-contact-months =
    letzter Kontakt vor { $count ->
        [one] einem Monat
       *[other] { $count } Monaten
    }
followups-last-contact-years =
    letzter Kontakt vor { $count ->
        [one] einem Jahr
       *[other] { $count } Jahren
    }
followups-touch-since = { $state } – { $since }
followups-touch-title = Letzter Kontakt: { $when }

followups-context = { $action }, { $name }
followups-brief = Kurzinfo
followups-brief-for = zu { $name }
followups-overdue = Überfällig
followups-missed = Verpasst
followups-missed-title = Die Erinnerung kam, während Kindly geschlossen war
followups-row-for = für { $name }
followups-row-about = zu „{ $title }“
followups-from-birthday = Aus dem Geburtstag

followups-done = Erledigt
followups-snooze-open = Verschieben…
followups-skip = Diesmal auslassen
followups-give-open = Abgeben…
followups-give-open-hidden = an jemand anderen: { $context }
followups-snooze-until = Verschieben bis
followups-snooze-hour = Um eine Stunde
followups-snooze-tomorrow = Morgen früh
followups-snooze-next-week = Nächste Woche
followups-snooze-pick = Tag wählen…
followups-leave-it = So lassen
followups-marked-done = Als erledigt markiert.
followups-marked-done-next = Als erledigt markiert. Nächstes Mal: { $when }.
followups-skipped = Diesmal ausgelassen.
followups-skipped-next = Diesmal ausgelassen. Nächstes Mal: { $when }.
followups-snoozed = Verschoben.
followups-snoozed-when = { $when }.
followups-give-to = An { $name } abgeben
followups-now-with = Jetzt bei { $name }.

followups-until = Bis
followups-at = Um
followups-optional = (optional)
followups-snooze-no-day = Bitte wählen Sie den Tag, an dem sie wiederkommen soll.
followups-snooze-hint-at =
    { $hour ->
       *[other] Ohne Uhrzeit kommt sie an dem Tag um { $time }.
    }
followups-snooze-hint = Ohne Uhrzeit kommt sie an dem Tag zur Erinnerungszeit.
followups-snooze = Verschieben
followups-cancel = Abbrechen
followups-keys-snoozes = verschiebt
followups-keys-cancels = bricht ab
followups-keys-gives = gibt ab
followups-keys-saves = speichert

followups-give-it-to = Abgeben an
followups-give-nobody = Bitte sagen Sie, wer es übernehmen soll.
followups-with-now = Gerade bei { $name }.
followups-give = Abgeben

followups-title = Wiedervorlagen
followups-add = Wiedervorlage hinzufügen
followups-saved = Wiedervorlage gespeichert.
followups-added = Wiedervorlage hinzugefügt.
followups-trashed = Wiedervorlage in den Papierkorb gelegt.
followups-restored = Aus dem Papierkorb zurückgeholt.
followups-undo = Rückgängig
followups-edit = Bearbeiten
followups-delete = Löschen
followups-which = Wiedervorlage: { $action }
followups-empty = Nichts wiedervorzulegen. Legen Sie eine an, um am Tag erinnert zu werden.

followups-form-edit = Wiedervorlage bearbeiten
followups-form-add = Wiedervorlage anlegen
followups-form-restored = Was Sie vorhin getippt hatten, ist wieder da.
followups-form-this = diese Wiedervorlage
followups-what = Was
followups-who = Wer erledigt es
followups-day = Tag
followups-time = Uhrzeit
followups-any-time = Jederzeit
followups-time-hint-at =
    { $hour ->
       *[other] Leer lassen für irgendwann an dem Tag; die Erinnerung kommt um { $time }.
    }
followups-time-hint = Leer lassen für irgendwann an dem Tag; die Erinnerung kommt zur Erinnerungszeit.
followups-about = Worum es geht
followups-about-nothing = Nichts Bestimmtes
followups-about-now = Worum es jetzt geht
followups-about-issue = Anliegen: { $title }
followups-about-promise = Zusage: { $title }
followups-note = Notiz
followups-note-example = z. B. Fragen, ob der neue Kessel gut läuft
followups-no-day = Bitte wählen Sie den Tag.
followups-saving = Wird gespeichert…
followups-save = Speichern

followups-field-action = was zu tun ist
followups-field-date = den Tag
followups-field-time = die Uhrzeit
followups-field-repeat = wie oft es sich wiederholt
followups-field-assignee = wer es erledigt
followups-field-about = worum es geht
followups-field-note = die Notiz

followups-repeat = Wiederholen
followups-repeat-none = Keine Wiederholung
followups-repeat-daily = Jeden Tag
followups-repeat-weekly = Jede Woche
followups-repeat-weeks = Alle N Wochen
followups-repeat-months = Alle N Monate
followups-repeat-yearly = Jedes Jahr
followups-repeat-nth-weekday = Ein Wochentag eines Monats, jedes Jahr
followups-repeat-custom = Eigene Regel
followups-repeat-every = alle
followups-repeat-unit-weeks = Wochen
followups-repeat-unit-months = Monate
followups-repeat-how-many-weeks = Wie viele Wochen Abstand
followups-repeat-how-many-months = Wie viele Monate Abstand
followups-repeat-the = am
followups-repeat-of = im
followups-repeat-which = Welcher
followups-repeat-weekday = Wochentag
followups-repeat-month = Monat
followups-nth =
    { $day ->
       *[other]
            { $nth ->
                [-1] letzten
                [1] 1.
                [2] 2.
                [3] 3.
               *[4] 4.
            }
    }
followups-repeat-rule = Regel
followups-repeat-rule-hint = (eine RRULE nach RFC 5545, z. B. FREQ=WEEKLY;BYDAY=MO,TH)
followups-repeat-no-weeks = Bitte geben Sie den Abstand in Wochen als ganze Zahl an, etwa 2.
followups-repeat-no-months = Bitte geben Sie den Abstand in Monaten als ganze Zahl an, etwa 2.
followups-repeat-no-rule = Bitte schreiben Sie die Regel, oder wählen Sie eine andere Wiederholung.
followups-rule-weeks =
    { $count ->
        [one] Jede Woche
       *[other] Alle { $count } Wochen
    }
followups-rule-months =
    { $count ->
        [one] Jeden Monat
       *[other] Alle { $count } Monate
    }
followups-rule-nth-weekday = Jedes Jahr am { $nth } { $weekday } im { $month }
followups-rule-yearly-on = Jedes Jahr am { $date }
followups-rule-weekly-on =
    { $count ->
        [one] Jede Woche am { $days }
       *[other] Alle { $count } Wochen am { $days }
    }
followups-rule-custom = Wiederholt sich nach einer eigenen Regel
