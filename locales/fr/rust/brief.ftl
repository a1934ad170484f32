# La fiche en texte simple (use_cases/brief).

brief-text-say = se prononce « { $pronunciation } »
brief-text-dont = À éviter : { $dont }
brief-text-issue = Demande en cours ({ $state }) : { $title }
brief-text-issue-words = { $issue } - selon ses mots : « { $words } »
brief-text-state-open = ouverte
brief-text-state-in-progress = en cours
brief-text-state-waiting = en attente
brief-text-state-resolved = résolue
brief-text-state-closed = close
brief-text-situation-told = Concerné par : { $title } (au courant des dernières nouvelles) : { $latest }
brief-text-situation-not-told = Concerné par : { $title } (PAS ENCORE PRÉVENU des dernières nouvelles) : { $latest }
brief-text-promise = Promis : { $what } (pour { $when })
brief-text-promise-overdue = Promis : { $what } (pour { $when }, EN RETARD)
brief-text-follow-up = Suivi prévu : { $task } ({ $when })
brief-text-follow-up-note = Suivi prévu : { $task } ({ $when }) : { $note }
brief-text-task-call-back = rappeler
brief-text-task-check-in = prendre des nouvelles
brief-text-task-send-card = envoyer une carte
brief-text-task-birthday = carte d’anniversaire
brief-text-task-other = suivi
brief-text-changed-since = Modifié depuis votre dernier échange ({ $day }) :
brief-text-change = - { $who } { $what } le { $day }
brief-text-someone = Quelqu’un
brief-text-more = - et { $count ->
        [one] { $count } autre
       *[other] { $count } autres
    }
brief-text-recent = { $day } : { $what } - { $summary }
brief-text-with = { $what } avec { $staff }
brief-text-seemed = { $what }, semblait { $mood }
brief-text-channel-call-in = appel reçu
brief-text-channel-call-out = appel passé
brief-text-channel-visit = visite
brief-text-channel-email = e-mail
brief-text-channel-message = message
brief-text-channel-card-sent = carte envoyée
brief-text-channel-note = note
brief-text-mood-upset = contrarié
brief-text-mood-worried = inquiet
brief-text-mood-neutral = neutre
brief-text-mood-pleased = content
brief-text-mood-delighted = ravi
brief-text-preferences = Préférences : { $list }
brief-text-remember = À retenir : { $list }
brief-text-notes = Notes : { $notes }
brief-text-best-time = Meilleur moment : { $time }
brief-text-language = Langue : { $language }
brief-text-best-way = Moyen préféré : { $way }
brief-text-way-phone = téléphone
brief-text-way-text-message = SMS
brief-text-way-email = e-mail
brief-text-way-post = courrier
brief-text-way-in-person = en personne
brief-text-birthday = Anniversaire : { $day }
brief-text-birthday-turns = Anniversaire : { $day } ({ $age ->
        [one] { $age } an
       *[other] { $age } ans
    })
brief-text-looked-after-by = Suivi par : { $name }
brief-text-phone = téléphone
