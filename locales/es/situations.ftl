# Incidencias: un problema que afecta a muchos clientes (ui/src/lib/situations).
# En los números, $count elige la forma del plural y $n es el mismo número escrito («2000», «12.000»).

situations-title = Incidencias
situations-intro = Cuando un mismo problema afecta a muchos clientes (una entrega con retraso, una máquina averiada, un cambio de precio): búsquelos, dé a cada grupo una persona que mantenga el contacto y cuente a todos qué está pasando en cada paso.
situations-new = Nueva incidencia
situations-show-closed = Mostrar también las cerradas
situations-loading = Cargando…
situations-none = No hay incidencias abiertas. Bien.
situations-closed-on = Cerrada el { $date }
situations-expected-by = Prevista para el { $date }
situations-led-by = A cargo de { $name }
situations-closed-sentence = Cerrada el { $date }.
situations-led-by-sentence = A cargo de { $name }.
situations-expected-sentence = Solución prevista para el { $date }.

situations-told-of =
    { $count ->
        [one] { $told } de { $total } avisado
       *[other] { $told } de { $total } avisados
    }
situations-progress-title = A quién se ha avisado
situations-progress-about = avisados de la última novedad
situations-per-concierge = Por responsable
situations-nobody-yet = Nadie todavía

situations-back = ← Todas las incidencias
situations-edit = Editar
situations-reload-failed = Hecho. Esta pantalla no se ha podido actualizar ({ $error }); muestra lo que mostraba antes.
situations-what-happened-label = Qué ha pasado:
situations-what-we-do-label = Qué estamos haciendo:
situations-updates = Novedades
situations-update-when = { $date }:
situations-update-when-by = { $date }, { $name }:
situations-first-step = Primero, añada los clientes afectados
situations-first-step-rest = , por etiqueta o tipo de caso, o eligiéndolos de una lista. Avisarles y dar novedades viene después.
situations-undo = Deshacer
situations-action-none-added = No se ha añadido a nadie nuevo
situations-action-added =
    { $count ->
        [one] { $n } cliente añadido
       *[other] { $n } clientes añadidos
    }
situations-action-grouped =
    { $count ->
        [one] { $n } cliente puesto en un grupo
       *[other] { $n } clientes puestos en un grupo
    }
situations-action-closed =
    { $count ->
        [one] Cerrada, con { $n } seguimiento
       *[other] Cerrada, con { $n } seguimientos
    }

situations-add-title = Añadir clientes afectados
situations-add-tag = Todos con la etiqueta
situations-add-tag-example = tartas-boda
situations-add-category = Con un caso abierto del tipo
situations-add-category-example = entrega
situations-add-matching = Añadir a todos los que coinciden
situations-match =
    { $count ->
        [one] Coincide { $n } cliente
       *[other] Coinciden { $n } clientes
    }
situations-run-again = Repetir: { $search }
situations-saved-tag = Todos con la etiqueta «{ $tag }»
situations-saved-category = Todos con un caso «{ $category }» abierto
situations-saved-both = Todos con la etiqueta «{ $tag }» y un caso «{ $category }» abierto
situations-pick = O elija de una lista
situations-pick-placeholder = Un nombre, teléfono, etiqueta…
situations-pick-none = Nadie coincide con «{ $search }».
situations-found = Clientes encontrados
situations-already = (ya afectado)
situations-add-picked =
    { $count ->
        [one] Añadir { $n } marcado
       *[other] Añadir { $n } marcados
    }

situations-close = Cerrar la incidencia
situations-close-days-problem = Indique un número entero de días, de 0 (hoy) a 366.
situations-close-nobody = No se ha añadido a nadie, así que no hay nadie a quien hacer seguimiento.
situations-close-check-in =
    { $count ->
        [one] Preguntar qué tal al cliente afectado ({ $n }) dentro de
       *[other] Preguntar qué tal a cada uno de los { $n } clientes dentro de
    }
situations-close-days = Días desde hoy
situations-close-check-in-after = días, por su responsable
situations-close-cards = Una tarjeta para los que se enfadaron ({ $n })

situations-affected-by = Afectado por: { $title }
situations-closed = cerrada
situations-told-latest = Avisado de lo último
situations-not-told-latest = Aún no avisado de lo último
situations-concierge = Responsable: { $name }
situations-concierge-label = Responsable:
situations-add-to = Añadir a una incidencia…
situations-none-to-add = No hay ninguna incidencia abierta a la que añadirlo.
situations-ok = Aceptar
situations-choice = Incidencia
situations-choose = Elegir una incidencia
situations-choose-problem = Elija la incidencia a la que añadirlo.
situations-adding = Añadiendo…
situations-add = Añadir
situations-cancel = Cancelar
situations-save = Guardar
situations-change = Cambiar

situations-groups-title = Grupos y su responsable
situations-customers =
    { $count ->
        [one] { $n } cliente
       *[other] { $n } clientes
    }
situations-concierge-field = Responsable
situations-groups-intro = Reparta los clientes en grupos y dé a cada grupo una persona que mantenga el contacto con ellos.
situations-new-group = Nuevo grupo
situations-group-example = Bodas de esta semana
situations-add-group = Añadir grupo

situations-members-title = Clientes afectados
situations-members-empty = No se ha añadido a nadie a esta incidencia.
situations-members-find = Buscar clientes afectados
situations-filter-name = Nombre
situations-filter-name-placeholder = Parte de un nombre
situations-filter-group = Grupo
situations-any-group = Cualquier grupo
situations-in-no-group = Sin grupo
situations-filter-told = Avisados
situations-told-or-not = Avisados o no
situations-not-told = Aún no avisado
situations-ticked =
    { $count ->
        [one] { $n } marcado
       *[other] { $n } marcados
    }
situations-group-for-ticked = Grupo para los clientes marcados
situations-no-group = Sin grupo
situations-group-ticked = Poner los marcados en este grupo
situations-tell-ticked = Marcados avisados…
situations-tick-all =
    { $count ->
        [one] Marcar el que coincide
       *[other] Marcar los { $n } que coinciden
    }
situations-untick-all = Desmarcar todo
situations-tick = Marcar a { $name }
situations-change-concierge = Cambiar el responsable de { $name }
situations-mark-told-name = { $name } avisado…
situations-mark-told = Avisado…
situations-remove-name = Quitar a { $name }…
situations-remove = Quitar…
situations-own-concierge = Responsable propio de { $name }
situations-own-concierge-hint = Si se deja vacío: otra vez el responsable de su grupo.
situations-members-none-match = Ningún afectado coincide con eso.
situations-page = { $from }–{ $to } de { $matching }
situations-page-all = Los { $matching }
situations-page-none = Ninguno de { $matching }
situations-previous = ← { $n } anteriores
situations-next = { $n } siguientes →
situations-remove-title = ¿Quitar a { $name } de esta incidencia?
situations-remove-confirm = Quitar
situations-removing = Quitando…
situations-remove-description = Dejará de aparecer y de contar aquí. Lo que se le dijo queda en su historial, y se le puede volver a añadir.

situations-told = Avisado
situations-told-by = Avisado por { $name }
situations-not-told-since = Aún no avisado de lo último ({ $last })
situations-last-told = avisado la última vez
situations-last-told-by = avisado la última vez por { $name }
situations-how-call = Llamada
situations-how-email = Correo
situations-how-message = Mensaje
situations-how-visit = En persona
situations-how-in-line =
    { $how ->
        [call] llamada
        [email] correo
        [message] mensaje
       *[visit] en persona
    }

situations-told-who =
    { $count ->
        [one] { $who } avisado
       *[other] { $who } avisados
    }
situations-how-told =
    { $count ->
       *[other] Cómo se avisó a { $who }
    }
situations-how-they-took-it = Reacción
situations-who-told = Quién avisó
situations-what-they-said = Qué se dijo
situations-optional = (opcional)
situations-save-told =
    { $count ->
        [one] Guardar: { $who } avisado
       *[other] Guardar: { $who } avisados
    }
situations-restored = Se ha recuperado lo que escribió antes.

situations-update-title = Dar una novedad
situations-update-intro = Todos vuelven a «aún no avisado» hasta que cada uno se haya enterado.
situations-what-changed = Qué ha cambiado
situations-what-changed-example = La pieza llega el jueves
situations-new-fix = Nueva fecha prevista
situations-if-moved = (si ha cambiado)
situations-post-update = Publicar la novedad

situations-messages = Mensajes
situations-messages-intro = Un mensaje corto por cliente sobre la última novedad, para copiar en un correo o un SMS.
situations-write-messages = Redactar los mensajes
situations-write-again = Redactarlos de nuevo
situations-only-not-told = Solo para los que aún no se han avisado
situations-messages-none = Todos están al tanto de la última novedad.
situations-copied = Copiado
situations-copy-for = Copiar el mensaje para { $name }

situations-form-edit = Editar la incidencia
situations-this = esta incidencia
situations-field-title = Título
situations-field-title-example = Retraso en la entrega de tartas de boda
situations-field-what-happened = Qué ha pasado
situations-field-what-we-do = Qué estamos haciendo
situations-field-expected = Solución prevista para
situations-if-known = (si se sabe)
situations-field-lead = Quién la lleva
situations-start = Abrir la incidencia
situations-keys-save = guarda,
situations-keys-cancel = cancela
situations-the-title = el título
situations-the-what-happened = qué ha pasado
situations-the-what-we-do = qué estamos haciendo
situations-the-fix = cuándo esperamos solucionarlo
situations-the-lead = quién la lleva
