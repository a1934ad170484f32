# Casos: el problema de un cliente, desde que se abre hasta que se resuelve (ui/src/lib/issues).

issues-state-open = Abierto
issues-state-in_progress = En curso
issues-state-waiting = En espera
issues-state-resolved = Resuelto
issues-state-closed = Cerrado
issues-state-in-line =
    { $state ->
        [in_progress] en curso
        [waiting] en espera
        [resolved] resuelto
        [closed] cerrado
       *[open] abierto
    }
issues-waiting-on-who =
    { $on ->
        [customer] el cliente
       *[us] nosotros
    }
issues-state-waiting-on =
    { $on ->
        [customer] Esperando al cliente
       *[us] Esperando por nuestra parte
    }

issues-move-in_progress = Estamos en ello
issues-move-waiting = En espera…
issues-move-resolved = Resuelto…
issues-move-closed = Cerrar
issues-move-open = Reabrir…

issues-moved-open = Caso reabierto.
issues-moved-in_progress = Caso marcado en curso.
issues-moved-waiting = Caso en espera.
issues-moved-waiting-on =
    { $on ->
        [customer] Caso ahora esperando al cliente.
       *[us] Caso ahora esperando por nuestra parte.
    }
issues-moved-resolved = Caso resuelto.
issues-moved-closed = Caso cerrado.

issues-change-opened = Abierto
issues-change = { $from } → { $to }
issues-change-reopened = { $from } → Reabierto
issues-change-waiting-on =
    { $on ->
        [customer] { $change } (al cliente)
       *[us] { $change } (por nuestra parte)
    }
issues-change-note = { $line }: { $note }
issues-mood-first = Al principio: { $mood }
issues-mood-felt = Se sintió: { $mood }

issues-in-their-words = En sus palabras:
issues-behind-it = Lo que hay detrás:
issues-opened-when = Abierto: { $when }
issues-handled-by = lo lleva
issues-mood-at-start = { $mood } al principio
issues-hide-history = Ocultar historial
issues-history = Historial ({ $n })
issues-leave-it = Dejarlo
issues-ok = Aceptar
issues-opening = Abriendo…

issues-optional = (opcional)
issues-none = Ninguno
issues-linked-now = El caso enlazado ahora
issues-pick-option = { $title } ({ $state })

issues-form-edit = Editar caso
issues-form-new = Abrir un caso
issues-restored = Se ha recuperado lo que escribió antes.
issues-this = este caso
issues-title = Título corto
issues-title-example = p. ej. Cobrado dos veces por la revisión de marzo
issues-title-problem = Ponga un título corto al caso.
issues-own-words = El problema en sus propias palabras
issues-own-words-hint = Escríbalo como lo dijo y léaselo después: «Se lo repito para asegurarme de que lo he entendido bien…»
issues-root-cause = Lo que hay realmente detrás
issues-when-known = (rellenar cuando se sepa)
issues-root-cause-example = A menudo la experiencia, no el producto
issues-categories = Tipo de caso
issues-categories-example = p. ej. facturación, entrega (separados por comas)
issues-used-before = Usados antes:
issues-add-category = Añadir { $category }
issues-handler = Lo lleva
issues-mood-start = Cómo de molesto al principio
issues-saving = Guardando…
issues-save = Guardar
issues-open = Abrir caso
issues-cancel = Cancelar
issues-close = Cerrar
issues-keys-save = guarda ·
issues-keys-cancel = cancela
issues-the-title = el título
issues-the-own-words = el problema en sus propias palabras
issues-the-root-cause = lo que hay realmente detrás
issues-the-categories = el tipo de caso
issues-the-handler = quién lo lleva
issues-the-mood = cómo de molesto estaba al principio

issues-mark =
    { $state ->
        [in_progress] Marcar en curso
        [waiting] Marcar en espera
        [resolved] Marcar resuelto
        [closed] Marcar cerrado
       *[open] Reabrir
    }
issues-move-title =
    { $state ->
        [in_progress] Pasar a en curso
        [waiting] En espera
        [resolved] Resuelto
        [closed] Pasar a cerrado
       *[open] Reabrir
    }
issues-note-waiting = A la espera de qué
issues-note-resolved = Qué hicimos para arreglarlo
issues-note-open = Por qué se reabre
issues-note = Nota
issues-waiting-on = Esperando a
issues-choose = Elegir…
issues-the-customer = El cliente
issues-us = Nosotros
issues-waiting-on-problem = Elija a quién estamos esperando.
issues-resolved-problem = Diga qué hicimos, para que lo sepa la próxima persona.
issues-waiting-problem = Diga qué estamos esperando.
issues-check-in-problem = Indique en cuántos días preguntar qué tal, por ejemplo 3.
issues-felt-at-end = Cómo se sintió al final
issues-check-in = Preguntarle qué tal dentro de
issues-check-in-days = Días hasta preguntar qué tal
issues-days = días
issues-who = Quién
