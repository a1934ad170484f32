# Les données d’un client en texte simple, « tout ce que nous conservons sur vous », pour un client
# qui l’a demandée (use_cases/exchange/export/text.rs). Dates et heures ($when, $added, $due…)
# s’écrivent 2026-11-20 14:05 dans toutes les langues ; $date est un jour 2026-11-20, $time une heure 14:05.
# $zone est le nom d’un fuseau horaire, comme Europe/Paris.

record-title = Tout ce que Kindly conserve sur { $name }
record-written = Rédigé le { $when }. Les heures sont celles du fuseau { $zone }.
record-in-trash = (supprimé, conservé jusqu’à ce que la corbeille soit vidée)
record-deleted = Ce client a été supprimé le { $when } { record-in-trash }.

record-field = { $label } : { $value }
record-field-above = { $label } :

record-profile = Profil
record-full-name = Nom complet
record-preferred-name = Comment l’appeler
record-pronunciation = Comment le prononcer
record-pronouns = Pronoms
record-company = Entreprise ou foyer
record-phone = Téléphone
record-email = E-mail
record-main = principal
record-address = Adresse postale
record-birthday = Anniversaire
record-birthday-day = { $day } { $month }
record-birthday-with-year = { $day } { $month } { $year }
record-contact-channel = Meilleur moyen de le joindre
record-reach-phone = téléphone
record-reach-text-message = SMS
record-reach-email = e-mail
record-reach-post = courrier
record-reach-in-person = en personne
record-best-time = Meilleur moment pour le joindre
record-language = Langue préférée
record-dont = À éviter
record-preference = Ce qu’il aime
record-remember = À toujours garder en tête
record-tags = Étiquettes
record-looked-after-by = Suivi par
record-stay-in-touch = Garder le contact
record-stay-in-touch-every =
    { $ideal ->
        [one] idéalement chaque jour
       *[other] idéalement tous les { $ideal } jours
    }, et jamais plus de { $longest ->
        [one] { $longest } jour
       *[other] { $longest } jours
    } d’écart
record-notes = Notes
record-added = Ajouté le { $added }, dernière modification le { $changed }.

record-conversations = Échanges
record-issues = Demandes
record-promises = Promesses
record-follow-ups = Suivis

record-channel-call-in = appel reçu
record-channel-call-out = appel passé
record-channel-visit = visite
record-channel-email = e-mail
record-channel-message = message
record-channel-card-sent = carte envoyée
record-channel-note = note
record-outcome-spoke = nous avons parlé
record-outcome-left-message = message laissé
record-outcome-no-answer = pas de réponse
record-seemed = semblait { $mood }
record-mood-upset = contrarié
record-mood-worried = inquiet
record-mood-neutral = neutre
record-mood-pleased = content
record-mood-delighted = ravi
record-about-issue = À propos de la demande : { $title }

record-issue = { $title } ({ $state }, ouverte le { $opened })
record-state-open = ouverte
record-state-in-progress = en cours
record-state-waiting-on-customer = en attente du client
record-state-waiting-on-us = en attente de notre part
record-state-waiting = en attente
record-state-resolved = résolue
record-state-closed = close
record-own-words = Selon ses mots
record-root-cause = Ce qui l’a causé
record-kind = Type
record-handled-by = Pris en charge par
record-mood-at-start = Son humeur au début
record-what-happened = Ce qui s’est passé :
record-issue-opened = { $when } ouverte
record-issue-moved = { $when } passée de « { $from } » à « { $to } »
record-by = par { $staff }
record-they-seemed = semblait { $mood }

record-promise = { $what } ({ $state }, pour le { $due })
record-promise-overdue = { $what } ({ $state }, en retard, pour le { $due })
record-promise-open = en cours
record-promise-kept = tenue
record-promise-broken = non tenue
record-promised = Promis le { $when }
record-promised-by = Promis par { $staff } le { $when }
record-event-promised = promesse faite
record-event-kept = tenue
record-event-broken = non tenue
record-event-due-moved = échéance déplacée
record-event-due-moved-from-to = échéance déplacée du { $old } au { $new }

record-follow-up-once = { $task } le { $date }
record-follow-up-repeating = { $task }, { $repeat }, à partir du { $date }
record-at-time = à { $time }
record-task-call-back = Rappeler
record-task-check-in = Prendre des nouvelles
record-task-send-card = Envoyer une carte
record-task-birthday = Carte d’anniversaire
record-task-other = Suivi
record-repeat-days =
    { $count ->
        [one] chaque jour
       *[other] tous les { $count } jours
    }
record-repeat-weeks =
    { $count ->
        [one] chaque semaine
       *[other] toutes les { $count } semaines
    }
record-repeat-months =
    { $count ->
        [one] chaque mois
       *[other] tous les { $count } mois
    }
record-repeat-years =
    { $count ->
        [one] chaque année
       *[other] tous les { $count } ans
    }
record-repeat-rule = répétition ({ $rule })
record-about = À propos de
record-for = Pour
record-note = Note
record-next-due = Prochaine échéance le { $when }
record-next-due-snoozed = Prochaine échéance le { $when } (reporté)
record-nothing-left = Plus rien à faire
