# Rappels : notifications et événements d’agenda.

reminders-call-back = Rappeler { $name }
reminders-check-in = Prendre des nouvelles de { $name }
reminders-send-card = Envoyer une carte à { $name }
reminders-birthday = Carte d’anniversaire pour { $name }
reminders-other = Faire le suivi avec { $name }
reminders-for-someone = Pour { $assignee } : { $task }
reminders-missed = Manqué : { $task }
reminders-missed-many = { $count ->
        [one] { $count } suivi manqué pendant que Kindly était fermé
       *[other] { $count } suivis manqués pendant que Kindly était fermé
    }
reminders-open-today = Ouvrez Aujourd’hui pour les voir.
reminders-open-page = Cliquez pour ouvrir sa page.
