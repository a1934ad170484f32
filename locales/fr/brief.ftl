# La fiche avant un appel, « Qui appelle ? » et « Après l’appel » (ui/src/lib/brief).

brief-label = Fiche
brief-back = Retour
brief-after-call = Après l’appel
brief-copy = Copier le texte
brief-print = Imprimer
brief-full-page = Page complète
brief-copied = Copié.
brief-copy-failed = La fiche n’a pas pu être copiée ici. Essayez plutôt Imprimer.
brief-text-not-copied = Le texte n’a pas pu être copié.
brief-call-logged = Appel noté.
brief-call-logged-stale = Appel noté. La fiche ci-dessous n’a pas pu être mise à jour ({ $reason }) ; elle montre ce qu’elle montrait avant.
brief-dont = À éviter
brief-nothing = Rien d’autre n’est noté pour l’instant. Ce que vous noterez après l’appel apparaîtra ici la prochaine fois.
brief-opening = Ouverture…

## Qui c’est

brief-say-it = Se prononce : { $pronunciation }
brief-phones = Numéros de téléphone

## Ce qui a changé depuis le dernier échange

brief-changed-since = Modifié depuis votre dernier échange ({ $day })
brief-change =
    { $who } { $words } { $kind ->
        [weekday] { $day }
        [weekend] { $day }
        [date] le { $day }
       *[relative] { $day }
    }
brief-someone = Quelqu’un
brief-change-more =
    { $count ->
        [one] et { $count } autre modification (sur la page complète)
       *[other] et { $count } autres modifications (sur la page complète)
    }

## La personne

brief-recent = Nos derniers échanges
brief-remember = À ne jamais oublier
brief-notes = Notes
brief-more = plus
brief-less = moins
brief-likes = Ses goûts
brief-best-time = Meilleur moment : { $time }
brief-speaks = Parle { $language }
brief-prefers =
    { $channel ->
        [phone] Préfère le téléphone
        [text_message] Préfère les SMS
        [email] Préfère l’e-mail
        [post] Préfère le courrier
       *[in_person] Préfère se voir en personne
    }
brief-looked-after = Suivi assuré par { $name }
brief-birthday =
    { $days ->
        [0] Anniversaire aujourd’hui
        [1] Anniversaire demain
        [one] Anniversaire dans { $days } jour
       *[other] Anniversaire dans { $days } jours
    }
brief-birthday-turns =
    { $days ->
        [0] Anniversaire aujourd’hui
        [1] Anniversaire demain
        [one] Anniversaire dans { $days } jour
       *[other] Anniversaire dans { $days } jours
    } — aura { $age ->
        [one] { $age } an
       *[other] { $age } ans
    }

## Ce qui reste en cours

brief-affected = Incidents en cours
brief-told = a eu les dernières nouvelles
brief-not-told = n’a pas encore eu les dernières nouvelles
brief-concierge = Référent : { $name }
brief-issues = Demandes en cours
brief-own-words = « { $words } »
brief-promises = Promesses à tenir
brief-promise-was-due =
    { $kind ->
        [relative] En retard — prévue { $day }
       *[date] En retard — prévue le { $day }
    }
brief-promise-due =
    { $kind ->
        [relative] Prévue { $day }
       *[date] Prévue le { $day }
    }
brief-promised-by = · promise par { $name }
brief-follow-ups = Suivis à faire
brief-overdue = En retard
brief-for = · pour { $name }
brief-about = · à propos de « { $title } »

## Qui appelle ?

brief-caller = Qui appelle
brief-caller-label = Qui appelle ? Tapez ou collez son numéro, ou ses derniers chiffres
brief-caller-example = ex. 06 12 34 56 78 ou 5678
brief-caller-find = Chercher
brief-caller-empty = Tapez son numéro, ou ses derniers chiffres.
brief-caller-results = Clients avec ce numéro
brief-caller-several =
    { $count ->
        [one] { $count } client a ce numéro.
       *[other] { $count } clients ont ce numéro.
    }
brief-caller-to-choose = pour choisir,
brief-caller-to-open = pour ouvrir sa fiche.
brief-caller-none = Aucun client n’a ce numéro.
brief-caller-new = Nouveau client avec ce numéro
brief-caller-press = Appuyez sur
brief-caller-press-after = pour voir sa fiche : quoi dire, quoi éviter, et ce qui reste en cours.
brief-caller-last = dernier contact { $day }
brief-caller-never = pas encore d’échange

## Après l’appel

brief-restored = Voici ce que vous aviez tapé tout à l’heure.
brief-how-it-went = Comment ça s’est passé
brief-outcome-spoke = Joint
brief-outcome-left-message = Message laissé
brief-outcome-no-answer = Pas de réponse
brief-they-called = C’est la personne qui a appelé
brief-what-said = Ce qui s’est dit
brief-what-said-spoke = (avec ses mots, si possible)
brief-what-said-tried = (ex. quand vous avez essayé, ce que vous avez laissé)
brief-how-they-seemed = Son humeur
brief-who-spoke = Qui a parlé
brief-done-with-call = Réglé par cet appel
brief-done-item = { $action } — { $when }
brief-schedule-next = Prévoir le prochain
brief-next-what = Quoi
brief-next-days = Dans combien de jours
brief-days-missing = Indiquez un nombre de jours, par exemple 7.
brief-next-for = Pour { $name }, à l’heure habituelle des rappels.
brief-next-for-whoever = Pour la personne qui a parlé, à l’heure habituelle des rappels.
brief-save = Enregistrer
brief-saving = Enregistrement…
brief-cancel = Annuler
brief-saves = enregistre
brief-cancels = annule
