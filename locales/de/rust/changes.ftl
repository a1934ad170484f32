# Was eine Änderung an einem Profil bewirkt hat, in Worten nach dem Namen der Person, die sie gemacht hat (rules/changes.rs).

changes-removed = hat { $field } entfernt
changes-set = hat { $field } auf { $value } gesetzt
changes-changed = hat { $field } auf { $value } geändert
changes-other = hat { $field } geändert
changes-created = hat die Person ins Notizbuch aufgenommen
changes-restored = hat die Person aus dem Papierkorb geholt
changes-trashed = hat die Person in den Papierkorb verschoben
changes-unmerged = hat die Zusammenführung mit { $name } rückgängig gemacht
changes-merged = hat die Person mit { $name } zusammengeführt
changes-notes = hat die Notizen geändert

changes-field-full-name = den vollständigen Namen
changes-field-preferred-name = den Rufnamen
changes-field-pronunciation = die Aussprache des Namens
changes-field-pronouns = die Pronomen
changes-field-company = die Firma oder den Haushalt
changes-field-phones = die Telefonnummern
changes-field-emails = die E-Mail-Adressen
changes-field-address = die Postanschrift
changes-field-birthday = den Geburtstag
changes-field-contact-channel = den bevorzugten Kontaktweg
changes-field-best-time = die beste Zeit für einen Kontakt
changes-field-language = die bevorzugte Sprache
changes-field-notes = die Notizen
changes-field-looked-after-by = die Betreuung
changes-field-stay-in-touch = den Kontaktrhythmus

changes-added-dont = hat { $count ->
        [one] ein Bitte-nicht
       *[other] { $count } Bitte-nicht
    } hinzugefügt: { $items }
changes-removed-dont = hat { $count ->
        [one] ein Bitte-nicht
       *[other] { $count } Bitte-nicht
    } entfernt: { $items }
changes-reordered-dont = hat die Bitte-nicht umsortiert
changes-added-preferences = hat { $count ->
        [one] eine Vorliebe
       *[other] { $count } Vorlieben
    } hinzugefügt: { $items }
changes-removed-preferences = hat { $count ->
        [one] eine Vorliebe
       *[other] { $count } Vorlieben
    } entfernt: { $items }
changes-reordered-preferences = hat die Vorlieben umsortiert
changes-added-remember = hat { $count ->
        [one] ein Immer-dran-denken
       *[other] { $count } Immer-dran-denken
    } hinzugefügt: { $items }
changes-removed-remember = hat { $count ->
        [one] ein Immer-dran-denken
       *[other] { $count } Immer-dran-denken
    } entfernt: { $items }
changes-reordered-remember = hat die Immer-dran-denken umsortiert
changes-added-tags = hat { $count ->
        [one] ein Schlagwort
       *[other] { $count } Schlagwörter
    } hinzugefügt: { $items }
changes-removed-tags = hat { $count ->
        [one] ein Schlagwort
       *[other] { $count } Schlagwörter
    } entfernt: { $items }
changes-reordered-tags = hat die Schlagwörter umsortiert
changes-added-and-removed = { $added } und { $removed }

changes-text-heading = Änderungen an { $name }, neueste zuerst:
changes-text-none = keine erfasst
changes-text-nobody = niemand am Platz
changes-text-at-desk = { $login } (am Platz: { $desk })
