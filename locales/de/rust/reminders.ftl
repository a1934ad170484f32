# Erinnerungen: Benachrichtigungen und Kalendereinträge.

reminders-call-back = { $name } zurückrufen
reminders-check-in = Bei { $name } nachfragen
reminders-send-card = { $name } eine Karte schicken
reminders-birthday = Geburtstagskarte für { $name }
reminders-other = Bei { $name } nachfassen
reminders-for-someone = Für { $assignee }: { $task }
reminders-missed = Verpasst: { $task }
reminders-missed-many = { $count ->
        [one] { $count } Wiedervorlage verpasst, während Kindly geschlossen war
       *[other] { $count } Wiedervorlagen verpasst, während Kindly geschlossen war
    }
reminders-open-today = Öffnen Sie „Heute“, um sie zu sehen.
reminders-open-page = Klicken Sie, um die Seite zu öffnen.
