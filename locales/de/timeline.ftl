# Der Verlauf eines Kunden (ui/src/lib/timeline) und wann etwas war oder fällig ist (timeline/when.ts).

when-just-now = gerade eben
when-day-at =
    { $hour ->
       *[other] { $day } um { $time }
    }
timeline-ordinal =
    { $ord ->
       *[other] { $n }.
    }

timeline-conversation = Gespräch
timeline-issue-opened = Vorfall eröffnet
timeline-issue-update = Vorfall aktualisiert
timeline-promise-made = Zusage gemacht
timeline-promise-kept = Zusage eingehalten
timeline-promise-broken = Zusage nicht eingehalten
timeline-new-date = Neuer Termin vereinbart
timeline-follow-up-skipped = Wiedervorlage ausgelassen
timeline-with-note = { $text }: { $note }
timeline-waiting-on =
    { $on ->
        [customer] { $change } (auf den Kunden)
       *[us] { $change } (auf uns)
    }
timeline-due = Fällig { $day }
timeline-moved = { $from } → { $to }
timeline-now-due = Jetzt fällig { $day }
timeline-skipped = { $action }: diesmal ausgelassen, wiederholt sich wie gehabt
timeline-no-answer = Keine Antwort
timeline-left-message = Nachricht hinterlassen
timeline-mood-seemed =
    { $mood ->
        [upset] Wirkte verärgert
        [worried] Wirkte besorgt
        [pleased] Wirkte zufrieden
        [delighted] Wirkte begeistert
       *[neutral] Wirkte neutral
    }
timeline-mood-start =
    { $mood ->
        [upset] Anfangs verärgert
        [worried] Anfangs besorgt
        [pleased] Anfangs zufrieden
        [delighted] Anfangs begeistert
       *[neutral] Anfangs neutral
    }
timeline-mood-end =
    { $mood ->
        [upset] Am Ende verärgert
        [worried] Am Ende besorgt
        [pleased] Am Ende zufrieden
        [delighted] Am Ende begeistert
       *[neutral] Am Ende neutral
    }

timeline-last-spoke = Zuletzt gesprochen:
timeline-last-spoke-by = { $name }, { $day }
timeline-last-spoke-channel =
    { $channel ->
        [call_in] (Anruf erhalten)
        [call_out] (selbst angerufen)
        [visit] (Besuch)
        [email] (E-Mail)
        [message] (Nachricht)
        [card_sent] (Karte geschrieben)
       *[note] (Notiz)
    }
timeline-patterns = Vorfälle, die wiederkehren
timeline-pattern =
    { $ord ->
       *[other] { $count }.
    } Vorfall „{ $category }“ seit { $month }

timeline-history-label = Gespräche, Vorfälle und Zusagen
timeline-log = Gespräch notieren
timeline-open-issue = Vorfall eröffnen
timeline-record-promise = Zusage notieren
timeline-trashed-conversation = Gespräch in den Papierkorb gelegt.
timeline-trashed-issue = Vorfall mit Verlauf in den Papierkorb gelegt.
timeline-trashed-promise = Zusage in den Papierkorb gelegt.
timeline-trashed-follow-up = Wiedervorlage in den Papierkorb gelegt.
timeline-restored = Aus dem Papierkorb zurückgeholt.
timeline-undo = Rückgängig
timeline-conversation-saved = Gespräch gespeichert.
timeline-conversation-logged = Gespräch notiert.
timeline-issue-saved = Vorfall gespeichert.
timeline-issue-opened-notice = Vorfall eröffnet.
timeline-promise-saved = Zusage gespeichert.
timeline-promise-recorded = Zusage notiert.
timeline-open-issues = Offene Vorfälle
timeline-history-empty = Noch nichts notiert. Notieren Sie Gespräche, Vorfälle und Zusagen, sobald sie passieren.

timeline-title = Verlauf
timeline-show = Zeigen
timeline-filter-all = Alles
timeline-filter-conversations = Gespräche
timeline-filter-issues = Vorfälle
timeline-filter-promises = Zusagen
timeline-filter-follow-ups = Wiedervorlagen
timeline-empty-all = Noch nichts da.
timeline-empty-conversations = Noch keine Gespräche.
timeline-empty-issues = Noch keine Vorfälle.
timeline-empty-promises = Noch keine Zusagen.
timeline-empty-follow-ups = Noch keine Wiedervorlagen erledigt.
timeline-loading = Wird geladen…
timeline-more = Ältere zeigen
timeline-show-issue = Vorfall zeigen
timeline-hide-issue = Vorfall ausblenden
timeline-edit = Bearbeiten
timeline-delete = Löschen
timeline-which =
    { $kind ->
        [conversation] Gespräch
        [issue] Vorfall
        [promise] Zusage
       *[follow_up] Wiedervorlage
    }
