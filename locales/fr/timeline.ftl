# L’historique d’un client (ui/src/lib/timeline) et quand les choses se sont passées ou sont prévues (timeline/when.ts).

when-just-now = à l’instant
when-day-at =
    { $hour ->
       *[other] { $day } à { $time }
    }
timeline-ordinal =
    { $ord ->
        [one] { $n }er
       *[other] { $n }e
    }

timeline-conversation = Échange
timeline-issue-opened = Demande ouverte
timeline-issue-update = Suite de la demande
timeline-promise-made = Promesse faite
timeline-promise-kept = Promesse tenue
timeline-promise-broken = Promesse non tenue
timeline-new-date = Nouvelle date convenue
timeline-follow-up-skipped = Suivi passé
timeline-with-note = { $text } : { $note }
timeline-waiting-on =
    { $on ->
        [customer] { $change } (du client)
       *[us] { $change } (de notre côté)
    }
timeline-due = Prévue { $day }
timeline-moved = { $from } → { $to }
timeline-now-due = Maintenant prévue { $day }
timeline-skipped = { $action } : passé cette fois, il revient comme prévu
timeline-no-answer = Pas de réponse
timeline-left-message = Message laissé
timeline-mood-seemed =
    { $mood ->
        [upset] Avait l’air contrarié
        [worried] Avait l’air inquiet
        [pleased] Avait l’air content
        [delighted] Avait l’air ravi
       *[neutral] Avait l’air neutre
    }
timeline-mood-start =
    { $mood ->
        [upset] L’air contrarié au début
        [worried] L’air inquiet au début
        [pleased] L’air content au début
        [delighted] L’air ravi au début
       *[neutral] L’air neutre au début
    }
timeline-mood-end =
    { $mood ->
        [upset] L’air contrarié à la fin
        [worried] L’air inquiet à la fin
        [pleased] L’air content à la fin
        [delighted] L’air ravi à la fin
       *[neutral] L’air neutre à la fin
    }

timeline-last-spoke = Dernier échange :
timeline-last-spoke-by = { $name }, { $day }
timeline-last-spoke-channel =
    { $channel ->
        [call_in] (appel reçu)
        [call_out] (appel passé)
        [visit] (visite)
        [email] (e-mail)
        [message] (message)
        [card_sent] (carte manuscrite envoyée)
       *[note] (note)
    }
timeline-patterns = Demandes qui reviennent
timeline-pattern =
    { $ord ->
        [one] { $count }re
       *[other] { $count }e
    } demande « { $category } » depuis { $month }

timeline-history-label = Échanges, demandes et promesses
timeline-log = Noter un échange
timeline-open-issue = Ouvrir une demande
timeline-record-promise = Noter une promesse
timeline-trashed-conversation = Échange mis à la corbeille.
timeline-trashed-issue = Demande mise à la corbeille, avec son historique.
timeline-trashed-promise = Promesse mise à la corbeille.
timeline-trashed-follow-up = Suivi mis à la corbeille.
timeline-restored = Récupéré de la corbeille.
timeline-undo = Annuler
timeline-conversation-saved = Échange enregistré.
timeline-conversation-logged = Échange noté.
timeline-issue-saved = Demande enregistrée.
timeline-issue-opened-notice = Demande ouverte.
timeline-promise-saved = Promesse enregistrée.
timeline-promise-recorded = Promesse notée.
timeline-open-issues = Demandes ouvertes
timeline-history-empty = Rien de noté pour l’instant. Notez un échange, ouvrez une demande ou notez une promesse au fil de l’eau.

timeline-title = Historique
timeline-show = Afficher
timeline-filter-all = Tout
timeline-filter-conversations = Échanges
timeline-filter-issues = Demandes
timeline-filter-promises = Promesses
timeline-filter-follow-ups = Suivis
timeline-empty-all = Rien pour l’instant.
timeline-empty-conversations = Pas encore d’échange.
timeline-empty-issues = Pas encore de demande.
timeline-empty-promises = Pas encore de promesse.
timeline-empty-follow-ups = Aucun suivi fait pour l’instant.
timeline-loading = Chargement…
timeline-more = Voir plus ancien
timeline-show-issue = Voir la demande
timeline-hide-issue = Masquer la demande
timeline-edit = Modifier
timeline-delete = Supprimer
timeline-which =
    { $kind ->
        [conversation] l’échange
        [issue] la demande
        [promise] la promesse
       *[follow_up] le suivi
    }
