# La pantalla Clientes: la lista de todos, sus filtros, las listas guardadas y los cambios a muchos a la vez (ui/src/lib/lists).
# En los números, $count elige la forma del plural y $n es el mismo número escrito («2000», «12.000»).

lists-title = Clientes
lists-side-label = Listas
lists-all = Todos los clientes
lists-saved-count =
    { $count ->
        [one] { $n } cliente
       *[other] { $n } clientes
    }
lists-search = Acotar la lista
lists-search-placeholder = Parte de un nombre o empresa
lists-filters = Filtros
lists-filters-count = Filtros ({ $count })
lists-clear = Quitar los filtros
lists-remove-filter = Quitar el filtro: { $what }
lists-count =
    { $count ->
        [one] { $n } cliente
       *[other] { $n } clientes
    }
lists-loading = Cargando…
lists-none = Ningún cliente coincide con estos filtros.
lists-empty = Todavía no hay clientes.
lists-load-more = Mostrar más
lists-let-go = Las filas de más arriba se han guardado para que la ventana siga rápida.
lists-back-to-top = Volver arriba
lists-changed-elsewhere = Se han cambiado clientes en otro puesto.
lists-refresh = Mostrar la lista al día

# Los encabezados de columna.
lists-col-name = Nombre
lists-col-company = Empresa
lists-col-tags = Etiquetas
lists-col-looked-after = Le atiende
lists-col-last-contact = Último contacto
lists-col-open-issues = Casos abiertos
lists-col-next-follow-up = Próximo seguimiento
lists-nobody = Nadie aún
lists-never = Nunca
lists-tick-row = Marcar a { $name }
lists-tick-page = Marcar a todos los clientes que se ven
lists-drifting = Hace tiempo que no hablan
lists-out-of-touch = Sin contacto
lists-sample = Ejemplo

# El panel de filtros. $name es una persona, una etiqueta, un idioma o el archivo de una importación; $date una fecha.
lists-filter-tag = Etiqueta
lists-filter-tag-add = Añadir la etiqueta
lists-filter-looked-after = Le atiende
lists-filter-anyone = Cualquiera
lists-filter-nobody = Nadie aún
lists-filter-open-issue = Tiene un caso abierto
lists-filter-category = Del tipo
lists-filter-any-category = Cualquier tipo
lists-filter-promise-overdue = Una promesa va con retraso
lists-filter-touch = Mantener el contacto
lists-filter-touch-any = Todos
lists-filter-drifting = Hace tiempo que no hablan (ámbar o rojo)
lists-filter-out-of-touch = Sin contacto (rojo)
lists-filter-not-contacted = Sin contacto desde el
lists-filter-birthday = Cumpleaños este mes
lists-filter-added-since = Añadidos desde el
lists-filter-language = Idioma
lists-filter-any-language = Cualquier idioma
lists-filter-no-language = Sin indicar
lists-filter-situation = En la incidencia
lists-filter-any-situation = Da igual
lists-filter-import = Añadidos por la importación
lists-filter-any-import = Da igual
lists-import-choice = { $name } ({ $date })
lists-filter-done = Listo

# Las etiquetas de los filtros en uso.
lists-chip-text = Nombre: «{ $text }»
lists-chip-tag = Etiqueta: { $name }
lists-chip-looked-after = Le atiende { $name }
lists-chip-nobody = No le atiende nadie
lists-chip-open-issue = Caso abierto
lists-chip-category = Caso abierto: { $name }
lists-chip-promise-overdue = Promesa con retraso
lists-chip-drifting = Hace tiempo que no hablan
lists-chip-out-of-touch = Sin contacto
lists-chip-in-touch = En contacto
lists-chip-not-contacted = Sin contacto desde el { $date }
lists-chip-birthday = Cumpleaños este mes
lists-chip-added-since = Añadidos desde el { $date }
lists-chip-language = Idioma: { $name }
lists-chip-no-language = Sin idioma indicado
lists-chip-situation = En «{ $name }»
lists-chip-import = De { $name }
lists-chip-picked =
    { $count ->
        [one] { $n } cliente elegido
       *[other] { $n } clientes elegidos
    }

# Las listas guardadas. $name es el nombre de la lista.
lists-save = Guardar esta lista…
lists-save-title = Guardar esta lista
lists-save-name = Nombre
lists-save-name-example = p. ej. Bodas sin vernos desde el verano
lists-save-confirm = Guardar
lists-update = Guardar estos filtros en «{ $name }»
lists-saving = Guardando…
lists-saved = «{ $name }» guardada.
lists-rename = Cambiar el nombre…
lists-rename-title = Cambiar el nombre de «{ $name }»
lists-rename-confirm = Cambiar
lists-delete = Borrar
lists-deleted = «{ $name }» borrada.
lists-undo = Deshacer
lists-restored = «{ $name }» ha vuelto.

# Marcar y cambiar muchos clientes a la vez.
lists-ticked =
    { $count ->
        [one] { $n } marcado
       *[other] { $n } marcados
    }
lists-select-all =
    { $count ->
        [one] Elegir el cliente que coincide
       *[other] Elegir los { $n } que coinciden
    }
lists-all-selected =
    { $count ->
        [one] Está elegido el cliente que coincide.
       *[other] Están elegidos los { $n } clientes que coinciden.
    }
lists-all-but-selected =
    { $count ->
        [one] { $n } de los { $total } clientes que coinciden está elegido.
       *[other] { $n } de los { $total } clientes que coinciden están elegidos.
    }
lists-untick-all = Desmarcar todo
lists-bulk-label = Cambiar los clientes marcados
lists-bulk-add-tag = Añadir etiqueta
lists-bulk-remove-tag = Quitar etiqueta
lists-bulk-looked-after = Elegir quién les atiende
lists-bulk-follow-up = Un seguimiento para cada uno
lists-bulk-situation = Añadir a una incidencia
lists-bulk-export = Exportar
lists-bulk-trash = Mover a la papelera

# Los diálogos: título, campos y botón de confirmar.
lists-dialog-add-tag = Añadir una etiqueta
lists-dialog-remove-tag = Quitar una etiqueta
lists-dialog-looked-after = Quién les atiende
lists-dialog-follow-up = Un seguimiento para cada uno
lists-dialog-situation = Añadir a una incidencia
lists-dialog-export = Exportar los clientes marcados
lists-dialog-trash = Mover a la papelera
lists-field-tag = Etiqueta
lists-field-person = Le atiende
lists-field-person-hint = Déjelo vacío para nadie.
lists-field-action = Qué hay que hacer
lists-field-action-example = Llamar para saber cómo está
lists-field-first-day = Primer día
lists-field-spread = Repartir en
lists-field-spread-days =
    { $count ->
        [one] día
       *[other] días
    }
lists-field-assignee = Quién los hace
lists-field-assignee-hint = Vacío: el responsable de cada cliente.
lists-field-situation = Incidencia
lists-field-format = Formato
lists-format-vcard = vCard (para teléfonos y programas de correo)
lists-format-csv = Hoja de cálculo (CSV)
lists-confirm-add-tag = Añadir la etiqueta
lists-confirm-remove-tag = Quitar la etiqueta
lists-confirm-looked-after = Aplicar
lists-confirm-follow-up = Añadir los seguimientos
lists-confirm-situation = Añadirlos
lists-confirm-export = Exportar…
lists-confirm-trash = Mover a la papelera
lists-working = Un momento…
lists-previewing = Contando…
lists-no-situations = No hay incidencias abiertas.

# Lo que haría un cambio ($count/$n: a cuántos cambia; $tag una etiqueta, $name una persona, $title una incidencia).
lists-preview-add-tag =
    { $count ->
        [one] Esto añade «{ $tag }» a { $n } cliente.
       *[other] Esto añade «{ $tag }» a { $n } clientes.
    }
lists-preview-add-tag-same =
    { $count ->
        [one] { $n } ya la tiene.
       *[other] { $n } ya la tienen.
    }
lists-preview-remove-tag =
    { $count ->
        [one] Esto quita «{ $tag }» a { $n } cliente.
       *[other] Esto quita «{ $tag }» a { $n } clientes.
    }
lists-preview-remove-tag-same =
    { $count ->
        [one] { $n } no la tiene.
       *[other] { $n } no la tienen.
    }
lists-preview-looked-after =
    { $count ->
        [one] { $name } atenderá a { $n } cliente.
       *[other] { $name } atenderá a { $n } clientes.
    }
lists-preview-nobody =
    { $count ->
        [one] { $n } cliente se quedará sin nadie que le atienda.
       *[other] { $n } clientes se quedarán sin nadie que les atienda.
    }
lists-preview-follow-up =
    { $count ->
        [one] Esto añade un seguimiento para { $n } cliente.
       *[other] Esto añade un seguimiento para cada uno de los { $n } clientes.
    }
lists-preview-situation =
    { $count ->
        [one] Esto añade { $n } cliente a «{ $title }».
       *[other] Esto añade { $n } clientes a «{ $title }».
    }
lists-preview-trash =
    { $count ->
        [one] Esto mueve { $n } cliente a la papelera.
       *[other] Esto mueve { $n } clientes a la papelera.
    }
lists-preview-export =
    { $count ->
        [one] Se guardará { $n } cliente en el archivo.
       *[other] Se guardarán { $n } clientes en el archivo.
    }
lists-preview-same =
    { $count ->
        [one] { $n } ya está así y se queda como está.
       *[other] { $n } ya están así y se quedan como están.
    }
lists-preview-undo = Podrá deshacerlo después.

# Lo que se hizo, en la barra «Deshacer».
lists-done-add-tag =
    { $count ->
        [one] «{ $tag }» añadida a { $n } cliente
       *[other] «{ $tag }» añadida a { $n } clientes
    }
lists-done-remove-tag =
    { $count ->
        [one] «{ $tag }» quitada a { $n } cliente
       *[other] «{ $tag }» quitada a { $n } clientes
    }
lists-done-looked-after =
    { $count ->
        [one] { $name } atiende ahora a { $n } cliente
       *[other] { $name } atiende ahora a { $n } clientes
    }
lists-done-nobody =
    { $count ->
        [one] Nadie atiende ahora a { $n } cliente
       *[other] Nadie atiende ahora a { $n } clientes
    }
lists-done-follow-up =
    { $count ->
        [one] Seguimiento añadido para { $n } cliente
       *[other] Seguimiento añadido para { $n } clientes
    }
lists-done-situation =
    { $count ->
        [one] { $n } cliente añadido a la incidencia
       *[other] { $n } clientes añadidos a la incidencia
    }
lists-done-trash =
    { $count ->
        [one] { $n } cliente movido a la papelera
       *[other] { $n } clientes movidos a la papelera
    }
lists-done-tags =
    { $count ->
        [one] Etiqueta cambiada en { $n } cliente
       *[other] Etiqueta cambiada en { $n } clientes
    }
lists-undone =
    { $count ->
        [one] Deshecho: { $n } cliente está como antes.
       *[other] Deshecho: { $n } clientes están como antes.
    }
lists-exported = Guardado en { $folder }: { $file }
lists-export-cancelled = No se ha guardado nada.
