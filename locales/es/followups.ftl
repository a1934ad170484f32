# Seguimientos y mantener el contacto (ui/src/lib/followups).

followups-action-call-back = Devolver la llamada
followups-action-check-in = Preguntar qué tal
followups-action-send-card = Enviar una tarjeta
followups-action-birthday = Tarjeta de cumpleaños
followups-action-other = Hacer seguimiento
followups-choice-other = Otro

followups-done-call-back = Llamada devuelta
followups-done-check-in = Ya se preguntó
followups-done-send-card = Tarjeta enviada
followups-done-birthday = Tarjeta de cumpleaños enviada
followups-done-other = Seguimiento hecho

# «a la 1:05», pero «a las 2:05».
followups-when-done = Hecho
followups-when-at =
    { $hour ->
        [1] { $day } a la { $time }
       *[other] { $day } a las { $time }
    }
followups-when-any-time = { $day }, a cualquier hora
followups-when-snoozed =
    { $hour ->
        [1] Pospuesto hasta { $day } a la { $time }
       *[other] Pospuesto hasta { $day } a las { $time }
    }

followups-touch-in-touch = En contacto
followups-touch-drifting = Hace tiempo que no hablan
followups-touch-out-of-touch = Sin contacto
followups-last-contact-today = último contacto hoy
followups-last-contact-days =
    último contacto hace { $count ->
        [one] { $count } día
       *[other] { $count } días
    }
followups-last-contact-weeks =
    último contacto hace { $count ->
        [one] { $count } semana
       *[other] { $count } semanas
    }
followups-last-contact-months =
    último contacto hace { $count ->
        [one] { $count } mes
       *[other] { $count } meses
    }
followups-last-contact-years =
    último contacto hace { $count ->
        [one] { $count } año
       *[other] { $count } años
    }
followups-touch-since = { $state } — { $since }
followups-touch-title = Último contacto: { $when }

followups-context = { $action }, { $name }
followups-brief = Resumen
followups-brief-for = de { $name }
followups-overdue = Atrasado
followups-missed = Pendiente
followups-missed-title = El recordatorio llegó mientras Kindly estaba cerrado
followups-row-for = para { $name }
followups-row-about = sobre «{ $title }»
followups-from-birthday = Por su cumpleaños

followups-done = Hecho
followups-snooze-open = Posponer…
followups-skip = Saltar esta vez
followups-give-open = Pasar a…
followups-give-open-hidden = otra persona: { $context }
followups-snooze-until = Posponer hasta
followups-snooze-hour = Una hora
followups-snooze-tomorrow = Mañana por la mañana
followups-snooze-next-week = La semana que viene
followups-snooze-pick = Elegir un día…
followups-leave-it = Dejarlo
followups-marked-done = Marcado como hecho.
followups-marked-done-next = Marcado como hecho. Próxima vez: { $when }.
followups-skipped = Saltado esta vez.
followups-skipped-next = Saltado esta vez. Próxima vez: { $when }.
followups-snoozed = Pospuesto.
followups-snoozed-when = { $when }.
followups-give-to = Pasar a { $name }
followups-now-with = Ahora lo tiene { $name }.

followups-until = Hasta
followups-at = Hora
followups-optional = (opcional)
followups-snooze-no-day = Elija el día en que debe volver.
followups-snooze-hint-at =
    { $hour ->
        [1] Sin hora, vuelve ese día a la { $time }.
       *[other] Sin hora, vuelve ese día a las { $time }.
    }
followups-snooze-hint = Sin hora, vuelve ese día a la hora de los recordatorios.
followups-snooze = Posponer
followups-cancel = Cancelar
followups-keys-snoozes = pospone
followups-keys-cancels = cancela
followups-keys-gives = lo pasa
followups-keys-saves = guarda

followups-give-it-to = Pasárselo a
followups-give-nobody = Indique quién debe encargarse.
followups-with-now = Ahora lo tiene { $name }.
followups-give = Pasar

followups-title = Seguimientos
followups-add = Añadir seguimiento
followups-saved = Seguimiento guardado.
followups-added = Seguimiento añadido.
followups-trashed = Seguimiento movido a la papelera.
followups-restored = Recuperado de la papelera.
followups-undo = Deshacer
followups-edit = Editar
followups-delete = Eliminar
followups-which = seguimiento: { $action }
followups-empty = Nada pendiente. Añada uno para que se lo recordemos ese día.

followups-form-edit = Editar seguimiento
followups-form-add = Añadir un seguimiento
followups-form-restored = Hemos recuperado lo que había escrito.
followups-form-this = este seguimiento
followups-what = Qué
followups-who = Quién se encarga
followups-day = Día
followups-time = Hora
followups-any-time = A cualquier hora
followups-time-hint-at =
    { $hour ->
        [1] Déjelo vacío para cualquier hora de ese día; el recordatorio llega a la { $time }.
       *[other] Déjelo vacío para cualquier hora de ese día; el recordatorio llega a las { $time }.
    }
followups-time-hint = Déjelo vacío para cualquier hora de ese día; el recordatorio llega a la hora de los recordatorios.
followups-about = Sobre
followups-about-nothing = Nada en concreto
followups-about-now = Su tema actual
followups-about-issue = Caso: { $title }
followups-about-promise = Promesa: { $title }
followups-note = Nota
followups-note-example = p. ej. Preguntar qué tal funciona la caldera nueva
followups-no-day = Elija el día.
followups-saving = Guardando…
followups-save = Guardar

followups-field-action = qué hay que hacer
followups-field-date = el día
followups-field-time = la hora
followups-field-repeat = cada cuánto se repite
followups-field-assignee = quién se encarga
followups-field-about = el tema
followups-field-note = la nota

followups-repeat = Repetir
followups-repeat-none = No se repite
followups-repeat-daily = Cada día
followups-repeat-weekly = Cada semana
followups-repeat-weeks = Cada N semanas
followups-repeat-months = Cada N meses
followups-repeat-yearly = Cada año
followups-repeat-nth-weekday = Un día de la semana de un mes, cada año
followups-repeat-custom = Regla propia
followups-repeat-every = cada
followups-repeat-unit-weeks = semanas
followups-repeat-unit-months = meses
followups-repeat-how-many-weeks = Cada cuántas semanas
followups-repeat-how-many-months = Cada cuántos meses
followups-repeat-the = el
followups-repeat-of = de
followups-repeat-which = Cuál
followups-repeat-weekday = Día de la semana
followups-repeat-month = Mes
followups-nth =
    { $day ->
       *[other]
            { $nth ->
                [-1] último
                [1] 1.er
                [2] 2.º
                [3] 3.er
               *[4] 4.º
            }
    }
followups-repeat-rule = Regla
followups-repeat-rule-hint = (una RRULE según RFC 5545, p. ej. FREQ=WEEKLY;BYDAY=MO,TH)
followups-repeat-no-weeks = Indique cada cuántas semanas, con un número entero como 2.
followups-repeat-no-months = Indique cada cuántos meses, con un número entero como 2.
followups-repeat-no-rule = Escriba la regla, o elija otra forma de repetir.
followups-rule-weeks =
    { $count ->
        [one] Cada semana
       *[other] Cada { $count } semanas
    }
followups-rule-months =
    { $count ->
        [one] Cada mes
       *[other] Cada { $count } meses
    }
followups-rule-nth-weekday = Cada año el { $nth } { $weekday } de { $month }
followups-rule-yearly-on = Cada año el { $date }
followups-rule-weekly-on =
    { $count ->
        [one] Cada semana el { $days }
       *[other] Cada { $count } semanas el { $days }
    }
followups-rule-custom = Se repite según una regla propia
