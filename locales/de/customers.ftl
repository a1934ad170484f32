# Seite und Formular eines Kunden (ui/src/lib/customers).

customers-field-full_name = Vollständiger Name
customers-field-preferred_name = Rufname
customers-field-pronunciation = Aussprache
customers-field-pronouns = Pronomen
customers-field-company = Firma oder Haushalt
customers-field-looked_after_by = Betreut von
customers-field-contact_channel = Bevorzugter Kontaktweg
customers-field-best_time = Beste Zeit für Kontakt
customers-field-language = Bevorzugte Sprache
customers-field-phones = Telefonnummern
customers-field-emails = E-Mail-Adressen
customers-field-address = Postanschrift
customers-field-birthday = Geburtstag
customers-field-dont = Bitte nicht
customers-field-remember = Immer daran denken
customers-field-preferences = Vorlieben
customers-field-tags = Schlagwörter
customers-field-stay_in_touch = In Kontakt bleiben
customers-field-notes = Notizen

customers-channel-no_preference = Egal
customers-channel-phone = Telefon
customers-channel-text_message = SMS
customers-channel-email = E-Mail
customers-channel-post = Post
customers-channel-in_person = Persönlich

customers-new = Neuer Kunde
customers-edit = Kunde bearbeiten
customers-edit-name = { $name } bearbeiten
customers-opening = Wird geöffnet…
customers-form-intro = Nur der vollständige Name ist nötig. Alles andere können Sie später ergänzen.
customers-offer-edit = Sie haben diesen Kunden vorhin geändert, aber die Änderungen nicht gespeichert.
customers-offer-new-name = Sie haben vorhin begonnen, „{ $name }“ anzulegen, aber nicht gespeichert.
customers-offer-new = Sie haben vorhin begonnen, einen Kunden anzulegen, aber nicht gespeichert.
customers-offer-bring-back = Zurückholen
customers-offer-discard = Verwerfen
customers-part-who = Wer ist das
customers-needed = (nötig)
customers-preferred-name-example = z. B. Maggie
customers-pronunciation-example = z. B. MÄG-gi o-KA-for
customers-pronouns-example = z. B. sie/ihr
customers-part-reach = Erreichbarkeit
customers-best-time-example = z. B. werktags vormittags
customers-language-not-said = Nicht angegeben
customers-language-hint = Nachrichten, die Kindly für diesen Kunden entwirft, sind nach Möglichkeit in dieser Sprache.
customers-part-know = Gut zu wissen
customers-dont-hint = (was man vermeiden sollte)
customers-dont-example = z. B. vor 10 Uhr anrufen
customers-remember-example = z. B. hört schlecht, langsam sprechen
customers-preferences-example = z. B. Hafermilch
customers-tags-example = z. B. Stammkunde
customers-list-enter = Drücken Sie in einer Liste die Eingabetaste, um den nächsten Eintrag hinzuzufügen.
customers-notes-label = Sonstiges
customers-save = Speichern
customers-saving = Wird gespeichert…
customers-cancel = Abbrechen
customers-keys-save = speichert
customers-keys-cancel = bricht ab

customers-no-phones = Keine Telefonnummern.
customers-no-emails = Keine E-Mail-Adressen.
customers-phone-n = Telefonnummer { $n }
customers-email-n = E-Mail-Adresse { $n }
customers-phone-placeholder = Nummer, wie Sie sie wählen würden
customers-email-placeholder = name@beispiel.de
customers-phone-label-n = Bezeichnung für Telefon { $n }
customers-email-label-n = Bezeichnung für E-Mail { $n }
customers-phone-label-example = z. B. Handy, Laden
customers-email-label-example = z. B. privat, Arbeit
customers-main = Haupt
customers-remove = Entfernen
customers-remove-phone = Telefon { $n } entfernen
customers-remove-email = E-Mail { $n } entfernen
customers-add-phone = + Telefon hinzufügen
customers-add-another-phone = + Weiteres Telefon
customers-add-email = + E-Mail hinzufügen
customers-add-another-email = + Weitere E-Mail

customers-list-item =
    { $label }: { $list ->
        [dont] Punkt
        [remember] Punkt
        [preferences] Vorliebe
       *[tags] Schlagwort
    } { $n }
customers-list-remove =
    { $list ->
        [dont] Punkt
        [remember] Punkt
        [preferences] Vorliebe
       *[tags] Schlagwort
    } { $n } entfernen
customers-list-add =
    + { $list ->
        [dont] Punkt
        [remember] Punkt
        [preferences] Vorliebe
       *[tags] Schlagwort
    } hinzufügen
customers-list-add-another =
    + { $list ->
        [dont] Weiterer Punkt
        [remember] Weiterer Punkt
        [preferences] Weitere Vorliebe
       *[tags] Weiteres Schlagwort
    }

customers-year-optional = (Jahr optional)
customers-day = Tag
customers-month = Monat
customers-year = Jahr
customers-birthday-day = Geburtstag: Tag
customers-birthday-month = Geburtstag: Monat
customers-birthday-year = Geburtstag: Jahr (optional)
customers-touch-enabled = Regelmäßig in Kontakt bleiben
customers-touch-ideal-before = Am besten alle
customers-touch-ideal-after = Wochen
customers-touch-longest-before = und nie länger als
customers-touch-longest-after = Wochen Abstand
customers-touch-hint = Gezählt ab dem letzten Gespräch. „Heute“ zeigt den Kunden, wenn der gewünschte Abstand vorbei ist.
customers-touch-weeks-wrong = Bitte geben Sie beide Abstände in ganzen Wochen an, etwa 6 und 10.
customers-touch-longest-short = Der längste Abstand darf nicht kürzer sein als der gewünschte.
customers-birthday-day-month = Bitte geben Sie Tag und Monat an, oder lassen Sie den Geburtstag leer.
customers-birthday-day-wrong = Der Tag sollte eine Zahl von 1 bis 31 sein.
customers-birthday-year-wrong = Das Jahr sollte vier Ziffern haben, etwa 1980, oder leer bleiben.

customers-back = ← Zurück zur Suche
customers-in-trash = { $name } liegt im Papierkorb. Stellen Sie den Kunden wieder her, um ihn zu finden und zu ändern.
customers-restore = Wiederherstellen
customers-say-it = Aussprache:
customers-full-name = Vollständiger Name:
customers-tags = Schlagwörter
customers-brief = Kurzinfo
customers-brief-title = Was Sie vor einem Anruf wissen sollten, auf einen Blick
customers-edit-button = Bearbeiten
customers-trash = In den Papierkorb
customers-dont = Bitte nicht
customers-remember = Immer daran denken
customers-preferences = Vorlieben
customers-notes = Notizen
customers-nothing-yet = Noch keine Vorlieben oder Notizen.
customers-nothing-yet-edit = Noch keine Vorlieben oder Notizen. Mit „Bearbeiten“ können Sie eintragen, was der Kunde mag und woran Sie denken sollten.
customers-added = Angelegt am { $date }
customers-last-changed = Zuletzt geändert: { $when }
customers-more = Mehr
customers-record = Alles, was wir gespeichert haben
customers-record-hint = Für einen Kunden, der wissen will, was wir über ihn gespeichert haben: speichert alles, wo Sie möchten, als Datei zum Lesen oder Drucken (.txt) und als Datei für andere Programme (.json).
customers-forget-button = Diesen Kunden vergessen…
customers-forget-hint = Für einen Kunden, der gelöscht werden möchte: entfernt ihn mit seiner ganzen Geschichte für immer.
customers-forgotten = { $name } wurde vergessen.
customers-forget-title = { $name } für immer vergessen?
customers-forget-confirm = { $name } für immer vergessen
customers-forgetting = Wird gelöscht…
customers-forget-text = Damit wird { $name } mit der ganzen Geschichte für immer aus Ihrem Notizbuch gelöscht: Angaben, Gespräche, Anliegen, Zusagen und Wiedervorlagen. Das lässt sich nicht rückgängig machen, auch nicht aus dem Papierkorb.
customers-forget-only = Nur für einen Kunden verwenden, der um Löschung gebeten hat. Frühere Sicherungen enthalten ihn weiterhin.

customers-contact = Kontakt
customers-no-contact = Noch keine Kontaktdaten.
customers-phone = Telefon
customers-email = E-Mail
customers-main-chip = Haupt
customers-check-country = Land prüfen
customers-check-country-title = Diese Nummer ist im Land des Notizbuchs nicht gültig. Wenn sie aus dem Ausland ist, fügen Sie + und die Landesvorwahl hinzu.

customers-changes = Änderungen an diesem Profil
customers-changes-reading = Änderungen werden gelesen…
customers-changes-none = Noch keine Änderungen verzeichnet.
customers-changes-less = Weniger zeigen
customers-changes-all = Alles zeigen
customers-changes-older = Ältere Änderungen zeigen
customers-changes-reading-more = Wird gelesen…
customers-changes-someone = Jemand
customers-change-created = Ins Notizbuch aufgenommen als
customers-change-restored = Aus dem Papierkorb geholt
customers-change-trashed = In den Papierkorb gelegt
customers-change-unmerged = Zusammenführung rückgängig: nicht mehr Teil von
customers-change-merged = Zusammengeführt mit
customers-change-changed = { $field } geändert
customers-change-added = { $field } hinzugefügt
customers-change-removed = { $field } entfernt
customers-change-label = { $what }:
customers-change-was = { $line } (vorher { $value })

customers-subject-full_name = den vollständigen Namen von { $name }
customers-subject-preferred_name = den Rufnamen von { $name }
customers-subject-pronunciation = die Aussprache von { $name }
customers-subject-pronouns = die Pronomen von { $name }
customers-subject-company = Firma oder Haushalt von { $name }
customers-subject-looked_after_by = die Betreuung von { $name }
customers-subject-phones = die Telefonnummern von { $name }
customers-subject-emails = die E-Mail-Adressen von { $name }
customers-subject-contact_channel = den bevorzugten Kontaktweg von { $name }
customers-subject-best_time = die beste Zeit für { $name }
customers-subject-language = die bevorzugte Sprache von { $name }
customers-subject-address = die Postanschrift von { $name }
customers-subject-dont = das „Bitte nicht“ von { $name }
customers-subject-remember = das „Immer daran denken“ von { $name }
customers-subject-preferences = die Vorlieben von { $name }
customers-subject-tags = die Schlagwörter von { $name }
customers-subject-birthday = den Geburtstag von { $name }
customers-subject-touch = den Kontaktabstand zu { $name }
customers-subject-notes = die Notizen zu { $name }
customers-the-full_name = den vollständigen Namen
customers-the-preferred_name = den Rufnamen
customers-the-pronunciation = die Aussprache
customers-the-pronouns = die Pronomen
customers-the-company = Firma oder Haushalt
customers-the-looked_after_by = die Betreuung
customers-the-phones = die Telefonnummern
customers-the-emails = die E-Mail-Adressen
customers-the-contact_channel = den bevorzugten Kontaktweg
customers-the-best_time = die beste Zeit
customers-the-language = die bevorzugte Sprache
customers-the-address = die Postanschrift
customers-the-dont = das „Bitte nicht“
customers-the-remember = das „Immer daran denken“
customers-the-preferences = die Vorlieben
customers-the-tags = die Schlagwörter
customers-the-birthday = den Geburtstag
customers-the-touch = den Kontaktabstand
customers-the-notes = die Notizen
customers-language-none = nicht angegeben
customers-touch-words =
    am besten { $ideal ->
        [one] jede Woche
       *[other] alle { $ideal } Wochen
    }, höchstens { $longest }
customers-count =
    { $count ->
        [one] { $shown } Kunde
       *[other] { $shown } Kunden
    }
