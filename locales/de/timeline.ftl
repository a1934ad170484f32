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
timeline-issue-opened = Anliegen eröffnet
timeline-issue-update = Anliegen aktualisiert
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
timeline-patterns = Anliegen, die wiederkehren
timeline-pattern =
    { $ord ->
       *[other] { $count }.
    } Anliegen „{ $category }“ seit { $month }

timeline-history-label = Gespräche, Anliegen und Zusagen
timeline-log = Gespräch notieren
timeline-open-issue = Anliegen eröffnen
timeline-record-promise = Zusage notieren
timeline-trashed-conversation = Gespräch in den Papierkorb gelegt.
timeline-trashed-issue = Anliegen mit Verlauf in den Papierkorb gelegt.
timeline-trashed-promise = Zusage in den Papierkorb gelegt.
timeline-trashed-follow-up = Wiedervorlage in den Papierkorb gelegt.
timeline-restored = Aus dem Papierkorb zurückgeholt.
timeline-undo = Rückgängig
timeline-conversation-saved = Gespräch gespeichert.
timeline-conversation-logged = Gespräch notiert.
timeline-issue-saved = Anliegen gespeichert.
timeline-issue-opened-notice = Anliegen eröffnet.
timeline-promise-saved = Zusage gespeichert.
timeline-promise-recorded = Zusage notiert.
timeline-open-issues = Offene Anliegen
timeline-history-empty = Noch nichts notiert. Notieren Sie Gespräche, Anliegen und Zusagen, sobald sie passieren.

timeline-title = Verlauf
timeline-show = Zeigen
timeline-filter-all = Alles
timeline-filter-conversations = Gespräche
timeline-filter-issues = Anliegen
timeline-filter-promises = Zusagen
timeline-filter-follow-ups = Wiedervorlagen
timeline-empty-all = Noch nichts da.
timeline-empty-conversations = Noch keine Gespräche.
timeline-empty-issues = Noch keine Anliegen.
timeline-empty-promises = Noch keine Zusagen.
timeline-empty-follow-ups = Noch keine Wiedervorlagen erledigt.
timeline-loading = Wird geladen…
timeline-more = Ältere zeigen
timeline-show-issue = Anliegen zeigen
timeline-hide-issue = Anliegen ausblenden
timeline-edit = Bearbeiten
timeline-delete = Löschen
timeline-which =
    { $kind ->
        [conversation] Gespräch
        [issue] Anliegen
        [promise] Zusage
       *[follow_up] Wiedervorlage
    }
