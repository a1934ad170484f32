# Lembretes: notificações e eventos do calendário.

reminders-call-back = Ligar de volta a { $name }
reminders-check-in = Saber como está { $name }
reminders-send-card = Enviar um postal a { $name }
reminders-birthday = Postal de aniversário para { $name }
reminders-other = Acompanhar { $name }
reminders-for-someone = Para { $assignee }: { $task }
reminders-missed = Por fazer: { $task }
reminders-missed-many = { $count ->
        [one] { $count } acompanhamento ficou por fazer enquanto o Kindly estava fechado
       *[other] { $count } acompanhamentos ficaram por fazer enquanto o Kindly estava fechado
    }
reminders-open-today = Abra Hoje para os ver.
reminders-open-page = Clique para abrir a página.
