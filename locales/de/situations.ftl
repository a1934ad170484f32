# Vorfälle: ein Problem, das viele Kunden betrifft (ui/src/lib/situations).
# Bei Zahlen wählt $count die Pluralform, $n ist dieselbe Zahl geschrieben („2000“, „12.000“).

situations-title = Vorfälle
situations-intro = Wenn ein Problem viele Kunden trifft (eine verspätete Lieferung, eine kaputte Maschine, eine Preisänderung): Suchen Sie die Betroffenen heraus, geben Sie jeder Gruppe eine Person, die den Kontakt hält, und sagen Sie allen bei jedem Schritt, wie es steht.
situations-new = Neuer Vorfall
situations-show-closed = Auch abgeschlossene zeigen
situations-loading = Wird geladen…
situations-none = Keine offenen Vorfälle. Gut so.
situations-closed-on = Abgeschlossen am { $date }
situations-expected-by = Voraussichtlich behoben bis zum { $date }
situations-led-by = Geleitet von { $name }
situations-closed-sentence = Abgeschlossen am { $date }.
situations-led-by-sentence = Geleitet von { $name }.
situations-expected-sentence = Voraussichtlich behoben bis zum { $date }.

situations-told-of =
    { $count ->
       *[other] { $told } von { $total } informiert
    }
situations-progress-title = Wer informiert ist
situations-progress-about = über den neuesten Stand informiert
situations-per-concierge = Je Betreuer
situations-nobody-yet = Noch niemand

situations-back = ← Alle Vorfälle
situations-edit = Bearbeiten
situations-reload-failed = Erledigt. Diese Ansicht ließ sich nicht aktualisieren ({ $error }); sie zeigt den vorigen Stand.
situations-what-happened-label = Was passiert ist:
situations-what-we-do-label = Was wir tun:
situations-updates = Neuigkeiten
situations-update-when = { $date }:
situations-update-when-by = { $date }, { $name }:
situations-first-step = Fügen Sie zuerst die betroffenen Kunden hinzu
situations-first-step-rest = , nach Schlagwort oder Art des Anliegens oder aus einer Liste. Informieren und Neuigkeiten kommen danach.
situations-undo = Rückgängig
situations-action-none-added = Niemand Neues hinzugefügt
situations-action-added =
    { $count ->
        [one] { $n } Kunde hinzugefügt
       *[other] { $n } Kunden hinzugefügt
    }
situations-action-grouped =
    { $count ->
        [one] { $n } Kunde einer Gruppe zugeordnet
       *[other] { $n } Kunden einer Gruppe zugeordnet
    }
situations-action-closed =
    { $count ->
        [one] Abgeschlossen, mit { $n } Wiedervorlage
       *[other] Abgeschlossen, mit { $n } Wiedervorlagen
    }

situations-add-title = Betroffene Kunden hinzufügen
situations-add-tag = Alle mit dem Schlagwort
situations-add-tag-example = hochzeitstorten
situations-add-category = Mit offenem Anliegen der Art
situations-add-category-example = Lieferung
situations-add-matching = Alle Treffer hinzufügen
situations-match =
    { $count ->
        [one] { $n } Kunde passt
       *[other] { $n } Kunden passen
    }
situations-run-again = Noch einmal: { $search }
situations-saved-tag = Alle mit dem Schlagwort „{ $tag }“
situations-saved-category = Alle mit einem offenen Anliegen „{ $category }“
situations-saved-both = Alle mit dem Schlagwort „{ $tag }“ und einem offenen Anliegen „{ $category }“
situations-pick = Oder aus einer Liste wählen
situations-pick-placeholder = Name, Telefon, Schlagwort…
situations-pick-none = Niemand passt zu „{ $search }“.
situations-found = Gefundene Kunden
situations-already = (schon betroffen)
situations-add-picked =
    { $count ->
       *[other] Gewählte hinzufügen ({ $n })
    }

situations-close = Vorfall abschließen
situations-close-days-problem = Bitte geben Sie eine ganze Zahl von Tagen an, von 0 (heute) bis 366.
situations-close-nobody = Niemand wurde hinzugefügt, also gibt es niemanden, bei dem Sie nachfragen könnten.
situations-close-check-in =
    { $count ->
        [one] Beim betroffenen Kunden ({ $n }) nachfragen, in
       *[other] Bei jedem der { $n } Kunden nachfragen, in
    }
situations-close-days = Tage ab heute
situations-close-check-in-after = Tagen, durch den jeweiligen Betreuer
situations-close-cards = Eine Karte für alle, die verärgert waren ({ $n })

situations-affected-by = Betroffen von: { $title }
situations-closed = abgeschlossen
situations-told-latest = Über den neuesten Stand informiert
situations-not-told-latest = Noch nicht über den neuesten Stand informiert
situations-concierge = Betreuer: { $name }
situations-concierge-label = Betreuer:
situations-add-to = Zu einem Vorfall hinzufügen…
situations-none-to-add = Kein offener Vorfall, zu dem man sie hinzufügen könnte.
situations-ok = OK
situations-choice = Vorfall
situations-choose = Vorfall wählen
situations-choose-problem = Bitte wählen Sie den Vorfall, zu dem sie hinzukommen.
situations-adding = Wird hinzugefügt…
situations-add = Hinzufügen
situations-cancel = Abbrechen
situations-save = Speichern
situations-change = Ändern

situations-groups-title = Gruppen und ihre Betreuer
situations-customers =
    { $count ->
        [one] { $n } Kunde
       *[other] { $n } Kunden
    }
situations-concierge-field = Betreuer
situations-groups-intro = Teilen Sie die Kunden in Gruppen und geben Sie jeder Gruppe eine Person, die mit ihnen in Kontakt bleibt.
situations-new-group = Neue Gruppe
situations-group-example = Hochzeiten diese Woche
situations-add-group = Gruppe anlegen

situations-members-title = Betroffene Kunden
situations-members-empty = Zu diesem Vorfall wurde niemand hinzugefügt.
situations-members-find = Betroffene Kunden suchen
situations-filter-name = Name
situations-filter-name-placeholder = Teil eines Namens
situations-filter-group = Gruppe
situations-any-group = Alle Gruppen
situations-in-no-group = Ohne Gruppe
situations-filter-told = Informiert
situations-told-or-not = Informiert oder nicht
situations-not-told = Noch nicht informiert
situations-ticked =
    { $count ->
       *[other] { $n } angehakt
    }
situations-group-for-ticked = Gruppe für die angehakten Kunden
situations-no-group = Ohne Gruppe
situations-group-ticked = Angehakte in diese Gruppe
situations-tell-ticked = Angehakte informiert…
situations-tick-all =
    { $count ->
        [one] Den Treffer anhaken
       *[other] Alle { $n } Treffer anhaken
    }
situations-untick-all = Alle Haken entfernen
situations-tick = { $name } anhaken
situations-change-concierge = Betreuer von { $name } ändern
situations-mark-told-name = { $name } informiert…
situations-mark-told = Informiert…
situations-remove-name = { $name } herausnehmen…
situations-remove = Herausnehmen…
situations-own-concierge = Eigener Betreuer von { $name }
situations-own-concierge-hint = Leer gelassen: wieder der Betreuer der Gruppe.
situations-members-none-match = Kein Betroffener passt dazu.
situations-page = { $from }–{ $to } von { $matching }
situations-page-all = Alle { $matching }
situations-page-none = Keiner von { $matching }
situations-previous = ← Vorige { $n }
situations-next = Nächste { $n } →
situations-remove-title = { $name } aus diesem Vorfall herausnehmen?
situations-remove-confirm = Herausnehmen
situations-removing = Wird herausgenommen…
situations-remove-description = Der Kunde wird hier nicht mehr aufgeführt oder gezählt. Was ihm gesagt wurde, bleibt in seinem Verlauf, und er kann wieder hinzugefügt werden.

situations-told = Informiert
situations-told-by = Informiert von { $name }
situations-not-told-since = Noch nicht über den neuesten Stand informiert ({ $last })
situations-last-told = zuletzt informiert
situations-last-told-by = zuletzt informiert von { $name }
situations-how-call = Anruf
situations-how-email = E-Mail
situations-how-message = Nachricht
situations-how-visit = Persönlich
situations-how-in-line =
    { $how ->
        [call] Anruf
        [email] E-Mail
        [message] Nachricht
       *[visit] persönlich
    }

situations-told-who =
    { $count ->
       *[other] { $who } informiert
    }
situations-how-told =
    { $count ->
        [one] Wie { $who } informiert wurde
       *[other] Wie { $who } informiert wurden
    }
situations-how-they-took-it = Wie es aufgenommen wurde
situations-who-told = Wer informiert hat
situations-what-they-said = Was gesagt wurde
situations-optional = (optional)
situations-save-told =
    { $count ->
       *[other] Speichern: { $who } informiert
    }
situations-restored = Ihre frühere Eingabe ist wieder da.

situations-update-title = Neuigkeit eintragen
situations-update-intro = Alle gelten wieder als „noch nicht informiert“, bis jeder es gehört hat.
situations-what-changed = Was sich geändert hat
situations-what-changed-example = Das Teil kommt am Donnerstag
situations-new-fix = Neuer Termin
situations-if-moved = (falls verschoben)
situations-post-update = Neuigkeit eintragen

situations-messages = Nachrichten
situations-messages-intro = Eine kurze Nachricht je Kunde zum neuesten Stand, zum Kopieren in eine E-Mail oder SMS.
situations-write-messages = Nachrichten schreiben
situations-write-again = Neu schreiben
situations-only-not-told = Nur für noch nicht Informierte
situations-messages-none = Alle kennen den neuesten Stand.
situations-copied = Kopiert
situations-copy-for = Nachricht für { $name } kopieren

situations-form-edit = Vorfall bearbeiten
situations-this = diesen Vorfall
situations-field-title = Titel
situations-field-title-example = Hochzeitstorten zu spät geliefert
situations-field-what-happened = Was passiert ist
situations-field-what-we-do = Was wir tun
situations-field-expected = Voraussichtlich behoben bis
situations-if-known = (falls bekannt)
situations-field-lead = Wer es leitet
situations-start = Vorfall anlegen
situations-keys-save = speichert,
situations-keys-cancel = bricht ab
situations-the-title = den Titel
situations-the-what-happened = was passiert ist
situations-the-what-we-do = was wir tun
situations-the-fix = wann es behoben sein soll
situations-the-lead = wer es leitet
