# Lo que hizo un cambio en un cliente, en palabras que siguen al nombre de quien lo hizo (rules/changes.rs).

changes-removed = quitó { $field }
changes-set = indicó { $field }: { $value }
changes-changed = cambió { $field } a { $value }
changes-other = cambió { $field }
changes-created = añadió a esta persona al cuaderno
changes-restored = sacó a esta persona de la papelera
changes-trashed = movió a esta persona a la papelera
changes-unmerged = deshizo su unión con { $name }
changes-merged = unió a esta persona con { $name }
changes-notes = cambió las notas

changes-field-full-name = el nombre completo
changes-field-preferred-name = el nombre preferido
changes-field-pronunciation = la pronunciación del nombre
changes-field-pronouns = los pronombres
changes-field-company = la empresa u hogar
changes-field-phones = los teléfonos
changes-field-emails = los correos electrónicos
changes-field-address = la dirección postal
changes-field-birthday = el cumpleaños
changes-field-contact-channel = la mejor forma de contacto
changes-field-best-time = el mejor momento para contactar
changes-field-language = el idioma preferido
changes-field-notes = las notas
changes-field-looked-after-by = la persona que le atiende
changes-field-stay-in-touch = el ritmo de contacto

changes-added-dont = añadió { $count ->
        [one] algo que evitar
       *[other] { $count } cosas que evitar
    }: { $items }
changes-removed-dont = quitó { $count ->
        [one] algo que evitar
       *[other] { $count } cosas que evitar
    }: { $items }
changes-reordered-dont = cambió el orden de las cosas que evitar
changes-added-preferences = añadió { $count ->
        [one] algo que le gusta
       *[other] { $count } cosas que le gustan
    }: { $items }
changes-removed-preferences = quitó { $count ->
        [one] algo que le gusta
       *[other] { $count } cosas que le gustan
    }: { $items }
changes-reordered-preferences = cambió el orden de las cosas que le gustan
changes-added-remember = añadió { $count ->
        [one] algo que recordar
       *[other] { $count } cosas que recordar
    }: { $items }
changes-removed-remember = quitó { $count ->
        [one] algo que recordar
       *[other] { $count } cosas que recordar
    }: { $items }
changes-reordered-remember = cambió el orden de las cosas que recordar
changes-added-tags = añadió { $count ->
        [one] una etiqueta
       *[other] { $count } etiquetas
    }: { $items }
changes-removed-tags = quitó { $count ->
        [one] una etiqueta
       *[other] { $count } etiquetas
    }: { $items }
changes-reordered-tags = cambió el orden de las etiquetas
changes-added-and-removed = { $added } y { $removed }

changes-text-heading = Cambios en { $name }, los más recientes primero:
changes-text-none = ninguno registrado
changes-text-nobody = nadie en el puesto
changes-text-at-desk = { $login } (en el puesto: { $desk })
