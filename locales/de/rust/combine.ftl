# Zwei Profile derselben Person zusammenführen, beim Zusammenführen von Doppelten oder beim Import
# eines Kontakts in einen Kunden (rules/combine.rs). „combine-note-…“ landet in den Notizen des
# behaltenen Kunden; „combine-adds-…“ zählt die Änderungen in der Vorschau auf; „combine-left-out-…“
# sagt, was nicht mehr hineinpasste.

combine-note-also-known-as = Auch bekannt als: { $name }
combine-note-nickname = Rufname: { $value }
combine-note-pronunciation = Aussprache: { $value }
combine-note-pronouns = Pronomen: { $value }
combine-note-company = Firma: { $value }
combine-note-address = Anschrift: { $value }
combine-note-best-time = Beste Zeit: { $value }
combine-note-language = Sprache: { $value }
combine-note-looked-after-by = Betreut von: { $value }
combine-note-birthday = Geburtstag: { $day }.{ $month }.
combine-note-birthday-with-year = Geburtstag: { $day }.{ $month }.{ $year }
combine-note-prefers = Bevorzugt: { $channel }
combine-channel-phone = Telefon
combine-channel-text-message = SMS
combine-channel-email = E-Mail
combine-channel-post = Post
combine-channel-in-person = persönlich
combine-channel-no-preference = keine Vorliebe
combine-note-stay-in-touch =
    In Kontakt bleiben: { $ideal ->
        [one] jeden Tag
       *[other] alle { $ideal } Tage
    }, höchstens { $longest ->
        [one] { $longest } Tag
       *[other] { $longest } Tage
    }

combine-adds-nickname = ergänzt den Rufnamen
combine-adds-pronunciation = ergänzt die Aussprache
combine-adds-pronouns = ergänzt die Pronomen
combine-adds-company = ergänzt die Firma
combine-adds-address = ergänzt die Anschrift
combine-adds-best-time = ergänzt die beste Zeit
combine-adds-language = ergänzt die Sprache
combine-adds-looked-after-by = ergänzt, wer betreut
combine-adds-birthday = ergänzt den Geburtstag
combine-adds-birth-year = ergänzt das Geburtsjahr
combine-adds-contact-channel = ergänzt, wie die Person am liebsten erreicht wird
combine-adds-stay-in-touch = ergänzt, wie oft Kontakt gehalten wird
combine-adds-contact = ergänzt { $contact }
combine-adds-dont = ergänzt ein „Bitte nicht“
combine-adds-preference = ergänzt eine Vorliebe
combine-adds-remember = ergänzt etwas, woran zu denken ist
combine-adds-tag = ergänzt ein Schlagwort
combine-adds-to-notes = ergänzt die Notizen

combine-left-out-of-notes = „{ $text }“ passte nicht mehr in die Notizen.
combine-left-out-item = „{ $text }“ passte nicht mehr hinein.
combine-left-out-phone = Die Telefonnummer { $number } passte nicht mehr hinein.
combine-left-out-email = Die E-Mail-Adresse { $address } passte nicht mehr hinein.
