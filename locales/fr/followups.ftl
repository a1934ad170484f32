# Les suivis et le contact avec les clients (ui/src/lib/followups).

followups-action-call-back = Rappeler
followups-action-check-in = Prendre des nouvelles
followups-action-send-card = Envoyer une carte
followups-action-birthday = Carte d’anniversaire
followups-action-other = Faire un suivi
followups-choice-other = Autre

followups-done-call-back = Rappelé
followups-done-check-in = Nouvelles prises
followups-done-send-card = Carte envoyée
followups-done-birthday = Carte d’anniversaire envoyée
followups-done-other = Suivi fait

followups-when-done = Fait
followups-when-at =
    { $hour ->
       *[other] { $day } à { $time }
    }
followups-when-any-time = { $day }, à tout moment
followups-when-snoozed =
    { $hour ->
       *[other] Reporté à { $day } à { $time }
    }

followups-touch-in-touch = En contact
followups-touch-drifting = Se fait rare
followups-touch-out-of-touch = Plus de contact
followups-last-contact-today = dernier contact aujourd’hui
followups-last-contact-days =
    dernier contact il y a { $count ->
        [one] { $count } jour
       *[other] { $count } jours
    }
followups-last-contact-weeks =
    dernier contact il y a { $count ->
        [one] { $count } semaine
       *[other] { $count } semaines
    }
followups-last-contact-months = dernier contact il y a { $count } mois
followups-last-contact-years =
    dernier contact il y a { $count ->
        [one] { $count } an
       *[other] { $count } ans
    }
followups-touch-since = { $state } — { $since }
followups-touch-title = Dernier contact : { $when }

followups-context = { $action }, { $name }
followups-brief = Fiche
followups-brief-for = de { $name }
followups-overdue = En retard
followups-missed = Manqué
followups-missed-title = Son rappel est tombé pendant que Kindly était fermé
followups-row-for = pour { $name }
followups-row-about = au sujet de « { $title } »
followups-from-birthday = Vient de son anniversaire

followups-done = Fait
followups-snooze-open = Reporter…
followups-skip = Passer cette fois
followups-give-open = Confier à…
followups-give-open-hidden = quelqu’un d’autre : { $context }
followups-snooze-until = Reporter jusqu’à
followups-snooze-hour = D’une heure
followups-snooze-tomorrow = Demain matin
followups-snooze-next-week = La semaine prochaine
followups-snooze-pick = Choisir un jour…
followups-leave-it = Laisser
followups-marked-done = Marqué comme fait.
followups-marked-done-next = Marqué comme fait. Prochaine fois : { $when }.
followups-skipped = Passé pour cette fois.
followups-skipped-next = Passé pour cette fois. Prochaine fois : { $when }.
followups-snoozed = Reporté.
followups-snoozed-when = { $when }.
followups-give-to = Confier à { $name }
followups-now-with = Maintenant confié à { $name }.

followups-until = Jusqu’au
followups-at = À
followups-optional = (facultatif)
followups-snooze-no-day = Choisissez le jour où il doit revenir.
followups-snooze-hint-at =
    { $hour ->
       *[other] Sans heure, il revient ce jour-là à { $time }.
    }
followups-snooze-hint = Sans heure, il revient ce jour-là à l’heure des rappels.
followups-snooze = Reporter
followups-cancel = Annuler
followups-keys-snoozes = pour reporter
followups-keys-cancels = pour annuler
followups-keys-gives = pour confier
followups-keys-saves = pour enregistrer

followups-give-it-to = Le confier à
followups-give-nobody = Dites qui doit s’en occuper.
followups-with-now = Actuellement confié à { $name }.
followups-give = Confier

followups-title = Suivis
followups-add = Ajouter un suivi
followups-saved = Suivi enregistré.
followups-added = Suivi ajouté.
followups-trashed = Suivi mis à la corbeille.
followups-restored = Récupéré de la corbeille.
followups-undo = Annuler
followups-edit = Modifier
followups-delete = Supprimer
followups-which = le suivi : { $action }
followups-empty = Rien à suivre. Ajoutez-en un pour qu’on vous le rappelle le jour venu.

followups-form-edit = Modifier le suivi
followups-form-add = Ajouter un suivi
followups-form-restored = Nous avons remis ce que vous aviez tapé.
followups-form-this = ce suivi
followups-what = Quoi
followups-who = Qui s’en occupe
followups-day = Jour
followups-time = Heure
followups-any-time = À tout moment
followups-time-hint-at =
    { $hour ->
       *[other] Laissez vide pour n’importe quelle heure de la journée ; le rappel vient à { $time }.
    }
followups-time-hint = Laissez vide pour n’importe quelle heure de la journée ; le rappel vient à l’heure des rappels.
followups-about = À propos de
followups-about-nothing = Rien de particulier
followups-about-now = Le sujet actuel
followups-about-issue = Demande : { $title }
followups-about-promise = Promesse : { $title }
followups-note = Note
followups-note-example = p. ex. Demander si la nouvelle chaudière marche bien
followups-no-day = Choisissez le jour.
followups-saving = Enregistrement…
followups-save = Enregistrer

followups-field-action = ce qu’il faut faire
followups-field-date = le jour
followups-field-time = l’heure
followups-field-repeat = la répétition
followups-field-assignee = qui s’en occupe
followups-field-about = le sujet
followups-field-note = la note

followups-repeat = Répéter
followups-repeat-none = Ne se répète pas
followups-repeat-daily = Tous les jours
followups-repeat-weekly = Toutes les semaines
followups-repeat-weeks = Toutes les N semaines
followups-repeat-months = Tous les N mois
followups-repeat-yearly = Tous les ans
followups-repeat-nth-weekday = Un jour de la semaine d’un mois, chaque année
followups-repeat-custom = Règle personnalisée
followups-repeat-every = toutes les
followups-repeat-unit-weeks = semaines
followups-repeat-unit-months = mois
followups-repeat-how-many-weeks = Toutes les combien de semaines
followups-repeat-how-many-months = Tous les combien de mois
followups-repeat-the = le
followups-repeat-of = en
followups-repeat-which = Lequel
followups-repeat-weekday = Jour de la semaine
followups-repeat-month = Mois
followups-nth =
    { $day ->
       *[other]
            { $nth ->
                [-1] dernier
                [1] 1er
                [2] 2e
                [3] 3e
               *[4] 4e
            }
    }
followups-repeat-rule = Règle
followups-repeat-rule-hint = (une RRULE RFC 5545, p. ex. FREQ=WEEKLY;BYDAY=MO,TH)
followups-repeat-no-weeks = Indiquez tous les combien de semaines, en nombre entier, par exemple 2.
followups-repeat-no-months = Indiquez tous les combien de mois, en nombre entier, par exemple 2.
followups-repeat-no-rule = Écrivez la règle, ou choisissez une autre façon de répéter.
followups-rule-weeks =
    { $count ->
        [one] Toutes les semaines
       *[other] Toutes les { $count } semaines
    }
followups-rule-months =
    { $count ->
        [one] Tous les mois
       *[other] Tous les { $count } mois
    }
followups-rule-nth-weekday = Chaque année en { $month }, le { $nth } { $weekday }
followups-rule-yearly-on = Chaque année le { $date }
followups-rule-weekly-on =
    { $count ->
        [one] Chaque semaine le { $days }
       *[other] Toutes les { $count } semaines le { $days }
    }
followups-rule-custom = Se répète selon une règle personnalisée
