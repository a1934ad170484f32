# Recordatorios: notificaciones y eventos del calendario.

reminders-call-back = Devolver la llamada a { $name }
reminders-check-in = Preguntar a { $name } qué tal
reminders-send-card = Enviar una tarjeta a { $name }
reminders-birthday = Tarjeta de cumpleaños para { $name }
reminders-other = Hacer seguimiento con { $name }
reminders-for-someone = Para { $assignee }: { $task }
reminders-missed = Pendiente: { $task }
reminders-missed-many = { $count ->
        [one] { $count } seguimiento quedó pendiente mientras Kindly estaba cerrado
       *[other] { $count } seguimientos quedaron pendientes mientras Kindly estaba cerrado
    }
reminders-open-today = Abra Hoy para verlos.
reminders-open-page = Haga clic para abrir su página.
