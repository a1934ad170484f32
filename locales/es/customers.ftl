# La página y el formulario de un cliente (ui/src/lib/customers).

customers-field-full_name = Nombre completo
customers-field-preferred_name = Cómo le gusta que le llamen
customers-field-pronunciation = Cómo se pronuncia
customers-field-pronouns = Pronombres
customers-field-company = Empresa o familia
customers-field-looked_after_by = Le atiende
customers-field-contact_channel = Mejor forma de contacto
customers-field-best_time = Mejor momento para contactar
customers-field-language = Idioma preferido
customers-field-phones = Teléfonos
customers-field-emails = Correos electrónicos
customers-field-address = Dirección postal
customers-field-birthday = Cumpleaños
customers-field-dont = Por favor, no
customers-field-remember = Recordar siempre
customers-field-preferences = Lo que le gusta
customers-field-tags = Etiquetas
customers-field-stay_in_touch = Mantener el contacto
customers-field-notes = Notas

customers-channel-no_preference = Sin preferencia
customers-channel-phone = Teléfono
customers-channel-text_message = SMS
customers-channel-email = Correo electrónico
customers-channel-post = Correo postal
customers-channel-in_person = En persona

customers-new = Cliente nuevo
customers-edit = Editar cliente
customers-edit-name = Editar a { $name }
customers-opening = Abriendo…
customers-form-intro = Solo hace falta el nombre completo. Todo lo demás se puede añadir después.
customers-offer-edit = Antes cambió este cliente y no guardó los cambios.
customers-offer-new-name = Antes empezó a añadir «{ $name }» y no lo guardó.
customers-offer-new = Antes empezó a añadir un cliente y no lo guardó.
customers-offer-bring-back = Recuperarlo
customers-offer-discard = Descartar
customers-part-who = Quién es
customers-needed = (obligatorio)
customers-preferred-name-example = p. ej. Maggie
customers-pronunciation-example = p. ej. MA-gui o-KA-for
customers-pronouns-example = p. ej. ella
customers-part-reach = Cómo contactar
customers-best-time-example = p. ej. por la mañana entre semana
customers-language-not-said = Sin indicar
customers-language-hint = Los mensajes que Kindly prepara para este cliente se escriben en este idioma, cuando se puede.
customers-part-know = Conviene saber
customers-dont-hint = (lo que hay que evitar)
customers-dont-example = p. ej. llamar antes de las 10
customers-remember-example = p. ej. oye mal, hablar despacio
customers-preferences-example = p. ej. leche de avena
customers-tags-example = p. ej. habitual
customers-list-enter = Pulse Intro en una lista para añadir el siguiente elemento.
customers-notes-label = Algo más
customers-save = Guardar
customers-saving = Guardando…
customers-cancel = Cancelar
customers-keys-save = guarda
customers-keys-cancel = cancela

customers-no-phones = Sin teléfonos.
customers-no-emails = Sin correos electrónicos.
customers-phone-n = Teléfono { $n }
customers-email-n = Correo electrónico { $n }
customers-phone-placeholder = El número, tal como lo marcaría
customers-email-placeholder = nombre@ejemplo.es
customers-phone-label-n = Etiqueta del teléfono { $n }
customers-email-label-n = Etiqueta del correo { $n }
customers-phone-label-example = p. ej. móvil, tienda
customers-email-label-example = p. ej. casa, trabajo
customers-main = Principal
customers-remove = Quitar
customers-remove-phone = Quitar el teléfono { $n }
customers-remove-email = Quitar el correo { $n }
customers-add-phone = + Añadir un teléfono
customers-add-another-phone = + Añadir otro teléfono
customers-add-email = + Añadir un correo
customers-add-another-email = + Añadir otro correo

customers-list-item =
    { $label }: { $list ->
        [dont] elemento
        [remember] dato
        [preferences] preferencia
       *[tags] etiqueta
    } { $n }
customers-list-remove =
    Quitar { $list ->
        [dont] el elemento
        [remember] el dato
        [preferences] la preferencia
       *[tags] la etiqueta
    } { $n }
customers-list-add =
    + Añadir { $list ->
        [dont] un elemento
        [remember] un dato
        [preferences] una preferencia
       *[tags] una etiqueta
    }
customers-list-add-another =
    + Añadir { $list ->
        [dont] otro elemento
        [remember] otro dato
        [preferences] otra preferencia
       *[tags] otra etiqueta
    }

customers-year-optional = (año opcional)
customers-day = Día
customers-month = Mes
customers-year = Año
customers-birthday-day = Cumpleaños: día
customers-birthday-month = Cumpleaños: mes
customers-birthday-year = Cumpleaños: año (opcional)
customers-touch-enabled = Mantener el contacto con regularidad
customers-touch-ideal-before = Idealmente cada
customers-touch-ideal-after = semanas
customers-touch-longest-before = y nunca más de
customers-touch-longest-after = semanas sin hablar
customers-touch-hint = Se cuenta desde la última conversación. «Hoy» lo muestra cuando ha pasado el tiempo ideal.
customers-touch-weeks-wrong = Indique los dos plazos en semanas enteras, por ejemplo 6 y 10.
customers-touch-longest-short = El plazo más largo no puede ser más corto que el ideal.
customers-birthday-day-month = Indique el día y el mes, o deje el cumpleaños vacío.
customers-birthday-day-wrong = El día debe ser un número del 1 al 31.
customers-birthday-year-wrong = El año debe tener cuatro cifras, como 1980, o quedar vacío.

customers-back = ← Volver a buscar
customers-in-trash = { $name } está en la papelera. Restáurelo para poder buscarlo y hacer cambios de nuevo.
customers-restore = Restaurar
customers-say-it = Se pronuncia:
customers-full-name = Nombre completo:
customers-tags = Etiquetas
customers-brief = Resumen
customers-brief-title = Lo que conviene saber antes de una llamada, en una sola pantalla
customers-edit-button = Editar
customers-trash = Mover a la papelera
customers-dont = Por favor, no
customers-remember = Recordar siempre
customers-preferences = Lo que le gusta
customers-notes = Notas
customers-nothing-yet = Todavía no hay preferencias ni notas.
customers-nothing-yet-edit = Todavía no hay preferencias ni notas. Use «Editar» para añadir lo que le gusta y lo que hay que recordar.
customers-added = Añadido el { $date }
customers-last-changed = Último cambio: { $when }
customers-more = Más
customers-record = Todo lo que tenemos de este cliente
customers-record-hint = Para un cliente que pregunta qué datos tenemos: lo guarda todo donde usted elija, en un archivo para leer o imprimir (.txt) y otro para otros programas (.json).
customers-forget-button = Olvidar a este cliente…
customers-forget-hint = Para un cliente que pide que se borren sus datos: lo elimina para siempre con todo su historial.
customers-forgotten = { $name } ha sido olvidado.
customers-forget-title = ¿Olvidar a { $name } para siempre?
customers-forget-confirm = Olvidar a { $name } para siempre
customers-forgetting = Borrando…
customers-forget-text = Esto borra para siempre a { $name } y todo su historial de su cuaderno: sus datos, conversaciones, casos, promesas y seguimientos. No se puede deshacer, ni siquiera desde la papelera.
customers-forget-only = Úselo solo para un cliente que haya pedido que se borren sus datos. Las copias de seguridad anteriores todavía lo contienen.

customers-contact = Contacto
customers-no-contact = Todavía no hay datos de contacto.
customers-phone = Teléfono
customers-email = Correo
customers-main-chip = principal
customers-check-country = revisar el país
customers-check-country-title = Este número no es válido en el país del cuaderno. Si es del extranjero, añada + y el prefijo del país.

customers-changes = Cambios en este perfil
customers-changes-reading = Leyendo los cambios…
customers-changes-none = Todavía no hay cambios registrados.
customers-changes-less = Mostrar menos
customers-changes-all = Mostrarlo todo
customers-changes-older = Mostrar cambios anteriores
customers-changes-reading-more = Leyendo…
customers-changes-someone = Alguien
customers-change-created = Añadido al cuaderno como
customers-change-restored = Sacado de la papelera
customers-change-trashed = Movido a la papelera
customers-change-unmerged = Unión deshecha: ya no forma parte de
customers-change-merged = Unido a
customers-change-changed = { $field } (cambiado)
customers-change-added = { $field } (añadido)
customers-change-removed = { $field } (quitado)
customers-change-label = { $what }:
customers-change-was = { $line }, antes: { $value }

customers-subject-full_name = el nombre completo de { $name }
customers-subject-preferred_name = cómo le gusta que le llamen a { $name }
customers-subject-pronunciation = la pronunciación de { $name }
customers-subject-pronouns = los pronombres de { $name }
customers-subject-company = la empresa o familia de { $name }
customers-subject-looked_after_by = quién atiende a { $name }
customers-subject-phones = los teléfonos de { $name }
customers-subject-emails = los correos de { $name }
customers-subject-contact_channel = la mejor forma de contactar con { $name }
customers-subject-best_time = el mejor momento para contactar con { $name }
customers-subject-language = el idioma que prefiere { $name }
customers-subject-address = la dirección postal de { $name }
customers-subject-dont = los «por favor, no» de { $name }
customers-subject-remember = lo que hay que recordar de { $name }
customers-subject-preferences = lo que le gusta a { $name }
customers-subject-tags = las etiquetas de { $name }
customers-subject-birthday = el cumpleaños de { $name }
customers-subject-touch = cada cuánto mantener el contacto con { $name }
customers-subject-notes = las notas de { $name }
customers-the-full_name = el nombre completo
customers-the-preferred_name = cómo le gusta que le llamen
customers-the-pronunciation = la pronunciación
customers-the-pronouns = los pronombres
customers-the-company = la empresa o familia
customers-the-looked_after_by = quién le atiende
customers-the-phones = los teléfonos
customers-the-emails = los correos
customers-the-contact_channel = la mejor forma de contacto
customers-the-best_time = el mejor momento
customers-the-language = el idioma preferido
customers-the-address = la dirección postal
customers-the-dont = los «por favor, no»
customers-the-remember = lo que hay que recordar
customers-the-preferences = lo que le gusta
customers-the-tags = las etiquetas
customers-the-birthday = el cumpleaños
customers-the-touch = cada cuánto mantener el contacto
customers-the-notes = las notas
customers-language-none = sin indicar
customers-touch-words =
    idealmente { $ideal ->
        [one] cada semana
       *[other] cada { $ideal } semanas
    }, como mucho { $longest }
customers-count =
    { $count ->
        [one] { $shown } cliente
       *[other] { $shown } clientes
    }
