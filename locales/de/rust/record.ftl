# Die Kundenakte als reiner Text, „alles, was wir über Sie gespeichert haben“, für Kunden, die
# danach gefragt haben (use_cases/exchange/export/text.rs). Datum und Uhrzeit ($when, $added, $due …)
# stehen in jeder Sprache als 2026-11-20 14:05; $date ist ein Tag 2026-11-20, $time eine Uhrzeit 14:05.
# $zone ist der Name einer Zeitzone, etwa Europe/Berlin.

record-title = Alles, was Kindly über { $name } gespeichert hat
record-written = Erstellt am { $when }. Alle Zeiten in der Zeitzone { $zone }.
record-in-trash = (gelöscht, bleibt gespeichert, bis der Papierkorb geleert wird)
record-deleted = Diese Person wurde am { $when } gelöscht { record-in-trash }.

record-field = { $label }: { $value }
record-field-above = { $label }:

record-profile = Profil
record-full-name = Vollständiger Name
record-preferred-name = Wie die Person angesprochen werden möchte
record-pronunciation = Aussprache
record-pronouns = Pronomen
record-company = Firma oder Haushalt
record-phone = Telefon
record-email = E-Mail
record-main = Haupt
record-address = Postanschrift
record-birthday = Geburtstag
record-birthday-day = { $day }. { $month }
record-birthday-with-year = { $day }. { $month } { $year }
record-contact-channel = Am besten erreichbar per
record-reach-phone = Telefon
record-reach-text-message = SMS
record-reach-email = E-Mail
record-reach-post = Post
record-reach-in-person = persönlich
record-best-time = Am besten erreichbar
record-language = Bevorzugte Sprache
record-dont = Bitte nicht
record-preference = Was die Person mag
record-remember = Immer daran denken
record-tags = Schlagwörter
record-looked-after-by = Betreut von
record-stay-in-touch = In Kontakt bleiben
record-stay-in-touch-every =
    { $ideal ->
        [one] am besten jeden Tag
       *[other] am besten alle { $ideal } Tage
    }, und nie länger als { $longest ->
        [one] { $longest } Tag
       *[other] { $longest } Tage
    } Abstand
record-notes = Notizen
record-added = Angelegt am { $added }, zuletzt geändert am { $changed }.

record-conversations = Gespräche
record-issues = Anliegen
record-promises = Zusagen
record-follow-ups = Wiedervorlagen

record-channel-call-in = hat uns angerufen
record-channel-call-out = wir haben angerufen
record-channel-visit = Besuch
record-channel-email = E-Mail
record-channel-message = Nachricht
record-channel-card-sent = Karte geschickt
record-channel-note = Notiz
record-outcome-spoke = gesprochen
record-outcome-left-message = Nachricht hinterlassen
record-outcome-no-answer = nicht erreicht
record-seemed = wirkte { $mood }
record-mood-upset = verärgert
record-mood-worried = besorgt
record-mood-neutral = neutral
record-mood-pleased = zufrieden
record-mood-delighted = begeistert
record-about-issue = Zum Anliegen: { $title }

record-issue = { $title } ({ $state }, eröffnet am { $opened })
record-state-open = offen
record-state-in-progress = in Arbeit
record-state-waiting-on-customer = wartet auf die Kundin oder den Kunden
record-state-waiting-on-us = wartet auf uns
record-state-waiting = wartet
record-state-resolved = gelöst
record-state-closed = geschlossen
record-own-words = In eigenen Worten
record-root-cause = Was dahintersteckte
record-kind = Art
record-handled-by = Bearbeitet von
record-mood-at-start = Stimmung zu Beginn
record-what-happened = Verlauf:
record-issue-opened = { $when } eröffnet
record-issue-moved = { $when } Status von „{ $from }“ auf „{ $to }“ geändert
record-by = von { $staff }
record-they-seemed = wirkte { $mood }

record-promise = { $what } ({ $state }, fällig am { $due })
record-promise-overdue = { $what } ({ $state }, überfällig, fällig am { $due })
record-promise-open = offen
record-promise-kept = eingehalten
record-promise-broken = nicht eingehalten
record-promised = Zugesagt am { $when }
record-promised-by = Zugesagt von { $staff } am { $when }
record-event-promised = zugesagt
record-event-kept = eingehalten
record-event-broken = nicht eingehalten
record-event-due-moved = Fälligkeit verschoben
record-event-due-moved-from-to = Fälligkeit verschoben von { $old } auf { $new }

record-follow-up-once = { $task } am { $date }
record-follow-up-repeating = { $task }, { $repeat }, ab { $date }
record-at-time = um { $time } Uhr
record-task-call-back = Zurückrufen
record-task-check-in = Nachfragen, wie es geht
record-task-send-card = Karte schicken
record-task-birthday = Geburtstagskarte
record-task-other = Wiedervorlage
record-repeat-days =
    { $count ->
        [one] jeden Tag
       *[other] alle { $count } Tage
    }
record-repeat-weeks =
    { $count ->
        [one] jede Woche
       *[other] alle { $count } Wochen
    }
record-repeat-months =
    { $count ->
        [one] jeden Monat
       *[other] alle { $count } Monate
    }
record-repeat-years =
    { $count ->
        [one] jedes Jahr
       *[other] alle { $count } Jahre
    }
record-repeat-rule = wiederkehrend ({ $rule })
record-about = Betrifft
record-for = Für
record-note = Notiz
record-next-due = Nächster Termin { $when }
record-next-due-snoozed = Nächster Termin { $when } (zurückgestellt)
record-nothing-left = Nichts mehr zu tun
