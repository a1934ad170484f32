# Anliegen: das Problem eines Kunden, vom Öffnen bis zur Lösung (ui/src/lib/issues).

issues-state-open = Offen
issues-state-in_progress = In Arbeit
issues-state-waiting = Wartet
issues-state-resolved = Gelöst
issues-state-closed = Abgeschlossen
issues-state-in-line =
    { $state ->
        [in_progress] in Arbeit
        [waiting] wartet
        [resolved] gelöst
        [closed] abgeschlossen
       *[open] offen
    }
issues-waiting-on-who =
    { $on ->
        [customer] den Kunden
       *[us] uns
    }
issues-state-waiting-on =
    { $on ->
        [customer] Wartet auf den Kunden
       *[us] Wartet auf uns
    }

issues-move-in_progress = In Arbeit nehmen
issues-move-waiting = Wartet…
issues-move-resolved = Gelöst…
issues-move-closed = Abschließen
issues-move-open = Wieder öffnen…

issues-moved-open = Anliegen wieder geöffnet.
issues-moved-in_progress = Anliegen ist in Arbeit.
issues-moved-waiting = Anliegen wartet.
issues-moved-waiting-on =
    { $on ->
        [customer] Anliegen wartet jetzt auf den Kunden.
       *[us] Anliegen wartet jetzt auf uns.
    }
issues-moved-resolved = Anliegen gelöst.
issues-moved-closed = Anliegen abgeschlossen.

issues-change-opened = Geöffnet
issues-change = { $from } → { $to }
issues-change-reopened = { $from } → Wieder geöffnet
issues-change-waiting-on =
    { $on ->
        [customer] { $change } (auf den Kunden)
       *[us] { $change } (auf uns)
    }
issues-change-note = { $line }: { $note }
issues-mood-first = Am Anfang: { $mood }
issues-mood-felt = Stimmung: { $mood }

issues-in-their-words = In eigenen Worten:
issues-behind-it = Dahinter steckt:
issues-opened-when = Geöffnet: { $when }
issues-handled-by = betreut von
issues-mood-at-start = am Anfang { $mood }
issues-hide-history = Verlauf ausblenden
issues-history = Verlauf ({ $n })
issues-leave-it = So lassen
issues-ok = OK
issues-opening = Wird geöffnet…

issues-optional = (optional)
issues-none = Keins
issues-linked-now = Das jetzt verknüpfte Anliegen
issues-pick-option = { $title } ({ $state })

issues-form-edit = Anliegen bearbeiten
issues-form-new = Anliegen erfassen
issues-restored = Ihre frühere Eingabe ist wieder da.
issues-this = dieses Anliegen
issues-title = Kurzer Titel
issues-title-example = z. B. Wartung im März doppelt berechnet
issues-title-problem = Bitte geben Sie dem Anliegen einen kurzen Titel.
issues-own-words = Das Problem in den Worten des Kunden
issues-own-words-hint = Schreiben Sie es so auf, wie er es gesagt hat, und lesen Sie es ihm vor: „Ich wiederhole kurz, ob ich Sie richtig verstanden habe…“
issues-root-cause = Was wirklich dahintersteckt
issues-when-known = (ausfüllen, sobald bekannt)
issues-root-cause-example = Oft das Erlebnis, nicht das Produkt
issues-categories = Art des Anliegens
issues-categories-example = z. B. Rechnung, Lieferung (durch Kommas getrennt)
issues-used-before = Schon verwendet:
issues-add-category = { $category } hinzufügen
issues-handler = Betreut von
issues-mood-start = Wie verärgert am Anfang
issues-saving = Wird gespeichert…
issues-save = Speichern
issues-open = Anliegen erfassen
issues-cancel = Abbrechen
issues-close = Schließen
issues-keys-save = speichert ·
issues-keys-cancel = bricht ab
issues-the-title = den Titel
issues-the-own-words = das Problem in den Worten des Kunden
issues-the-root-cause = was wirklich dahintersteckt
issues-the-categories = die Art des Anliegens
issues-the-handler = wer es betreut
issues-the-mood = wie verärgert der Kunde am Anfang war

issues-mark =
    { $state ->
        [in_progress] In Arbeit nehmen
        [waiting] Als wartend markieren
        [resolved] Als gelöst markieren
        [closed] Abschließen
       *[open] Wieder öffnen
    }
issues-move-title =
    { $state ->
        [in_progress] In Arbeit nehmen
        [waiting] Wartet
        [resolved] Gelöst
        [closed] Abschließen
       *[open] Wieder öffnen
    }
issues-note-waiting = Worauf
issues-note-resolved = Was wir getan haben, um es zu lösen
issues-note-open = Warum es wieder geöffnet wird
issues-note = Notiz
issues-waiting-on = Wartet auf
issues-choose = Wählen…
issues-the-customer = Den Kunden
issues-us = Uns
issues-waiting-on-problem = Bitte wählen Sie, auf wen wir warten.
issues-resolved-problem = Bitte schreiben Sie, was wir getan haben, damit die Nächsten Bescheid wissen.
issues-waiting-problem = Bitte schreiben Sie, worauf wir warten.
issues-check-in-problem = Bitte geben Sie an, in wie vielen Tagen nachgefragt wird, etwa 3.
issues-felt-at-end = Stimmung am Ende
issues-check-in = Nachfragen in
issues-check-in-days = Tage bis zum Nachfragen
issues-days = Tagen
issues-who = Wer
