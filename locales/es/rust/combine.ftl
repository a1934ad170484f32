# Juntar dos perfiles de la misma persona, al fusionar duplicados o al importar un contacto en un
# cliente (rules/combine.rs). Las líneas «combine-note-…» se escriben en las notas del cliente que
# se conserva; «combine-adds-…» enumera los cambios en las vistas previas; «combine-left-out-…»
# dice lo que no cupo.

combine-note-also-known-as = También conocido como: { $name }
combine-note-nickname = Apodo: { $value }
combine-note-pronunciation = Pronunciación: { $value }
combine-note-pronouns = Pronombres: { $value }
combine-note-company = Empresa: { $value }
combine-note-address = Dirección: { $value }
combine-note-best-time = Mejor momento: { $value }
combine-note-language = Idioma: { $value }
combine-note-looked-after-by = Atendido por: { $value }
combine-note-birthday = Cumpleaños: { $day }/{ $month }
combine-note-birthday-with-year = Cumpleaños: { $day }/{ $month }/{ $year }
combine-note-prefers = Prefiere: { $channel }
combine-channel-phone = teléfono
combine-channel-text-message = SMS
combine-channel-email = correo electrónico
combine-channel-post = correo postal
combine-channel-in-person = en persona
combine-channel-no-preference = sin preferencia
combine-note-stay-in-touch =
    Mantener el contacto: { $ideal ->
        [one] cada día
       *[other] cada { $ideal } días
    }, como mucho { $longest ->
        [one] { $longest } día
       *[other] { $longest } días
    }

combine-adds-nickname = añade el apodo
combine-adds-pronunciation = añade la pronunciación
combine-adds-pronouns = añade los pronombres
combine-adds-company = añade la empresa
combine-adds-address = añade la dirección
combine-adds-best-time = añade el mejor momento
combine-adds-language = añade el idioma
combine-adds-looked-after-by = añade quién le atiende
combine-adds-birthday = añade el cumpleaños
combine-adds-birth-year = añade el año de nacimiento
combine-adds-contact-channel = añade cómo prefiere que le contacten
combine-adds-stay-in-touch = añade cada cuánto mantener el contacto
combine-adds-contact = añade { $contact }
combine-adds-dont = añade un «por favor, no»
combine-adds-preference = añade una preferencia
combine-adds-remember = añade algo que recordar
combine-adds-tag = añade una etiqueta
combine-adds-to-notes = añade a las notas

combine-left-out-of-notes = «{ $text }» no cupo en las notas.
combine-left-out-item = «{ $text }» no cupo.
combine-left-out-phone = El teléfono { $number } no cupo.
combine-left-out-email = El correo electrónico { $address } no cupo.
