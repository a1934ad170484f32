# Demandes : le problème d’un client, de son ouverture à sa résolution (ui/src/lib/issues).

issues-state-open = Ouverte
issues-state-in_progress = En cours
issues-state-waiting = En attente
issues-state-resolved = Résolue
issues-state-closed = Close
issues-state-in-line =
    { $state ->
        [in_progress] en cours
        [waiting] en attente
        [resolved] résolue
        [closed] close
       *[open] ouverte
    }
issues-waiting-on-who =
    { $on ->
        [customer] le client
       *[us] nous
    }
issues-state-waiting-on =
    { $on ->
        [customer] En attente du client
       *[us] En attente de notre part
    }

issues-move-in_progress = Je m’en occupe
issues-move-waiting = En attente…
issues-move-resolved = Résolue…
issues-move-closed = Clore
issues-move-open = Rouvrir…

issues-moved-open = Demande rouverte.
issues-moved-in_progress = Demande passée en cours.
issues-moved-waiting = Demande en attente.
issues-moved-waiting-on =
    { $on ->
        [customer] Demande en attente du client.
       *[us] Demande en attente de notre part.
    }
issues-moved-resolved = Demande résolue.
issues-moved-closed = Demande close.

issues-change-opened = Ouverte
issues-change = { $from } → { $to }
issues-change-reopened = { $from } → Rouverte
issues-change-waiting-on =
    { $on ->
        [customer] { $change } (du client)
       *[us] { $change } (de notre part)
    }
issues-change-note = { $line } : { $note }
issues-mood-first = Au début : { $mood }
issues-mood-felt = Ressenti : { $mood }

issues-in-their-words = Avec ses mots :
issues-behind-it = Au fond :
issues-opened-when = Ouverte : { $when }
issues-handled-by = suivie par
issues-mood-at-start = { $mood } au début
issues-hide-history = Masquer l’historique
issues-history = Historique ({ $n })
issues-leave-it = Laisser
issues-ok = OK
issues-opening = Ouverture…

issues-optional = (facultatif)
issues-none = Aucune
issues-linked-now = La demande liée actuellement
issues-pick-option = { $title } ({ $state })

issues-form-edit = Modifier la demande
issues-form-new = Ouvrir une demande
issues-restored = Ce que vous aviez tapé a été remis.
issues-this = cette demande
issues-title = Titre court
issues-title-example = ex. Facturé deux fois pour l’entretien de mars
issues-title-problem = Donnez un titre court à la demande.
issues-own-words = Le problème avec ses mots
issues-own-words-hint = Écrivez-le comme il l’a dit, puis relisez-le-lui : « Je vous relis pour être sûr d’avoir bien compris… »
issues-root-cause = Ce qu’il y a vraiment derrière
issues-when-known = (à remplir quand on le sait)
issues-root-cause-example = Souvent l’expérience, pas le produit
issues-categories = Type de demande
issues-categories-example = ex. facturation, livraison (séparés par des virgules)
issues-used-before = Déjà utilisés :
issues-add-category = Ajouter { $category }
issues-handler = Suivie par
issues-mood-start = Son humeur au début
issues-saving = Enregistrement…
issues-save = Enregistrer
issues-open = Ouvrir la demande
issues-cancel = Annuler
issues-close = Fermer
issues-keys-save = enregistre ·
issues-keys-cancel = annule
issues-the-title = le titre
issues-the-own-words = le problème avec ses mots
issues-the-root-cause = ce qu’il y a vraiment derrière
issues-the-categories = le type de demande
issues-the-handler = qui la suit
issues-the-mood = son humeur au début

issues-mark =
    { $state ->
        [in_progress] Passer en cours
        [waiting] Mettre en attente
        [resolved] Marquer résolue
        [closed] Marquer close
       *[open] Rouvrir
    }
issues-move-title =
    { $state ->
        [in_progress] Passer en cours
        [waiting] En attente
        [resolved] Résolue
        [closed] Clore
       *[open] Rouvrir
    }
issues-note-waiting = En attente de quoi
issues-note-resolved = Ce que nous avons fait pour arranger les choses
issues-note-open = Pourquoi elle est rouverte
issues-note = Note
issues-waiting-on = En attente de
issues-choose = Choisir…
issues-the-customer = Le client
issues-us = Nous
issues-waiting-on-problem = Choisissez de qui on attend une réponse.
issues-resolved-problem = Dites ce que nous avons fait, pour la personne suivante.
issues-waiting-problem = Dites ce que nous attendons.
issues-check-in-problem = Indiquez dans combien de jours prendre des nouvelles, par exemple 3.
issues-felt-at-end = Son humeur à la fin
issues-check-in = Prendre de ses nouvelles dans
issues-check-in-days = Jours avant de prendre des nouvelles
issues-days = jours
issues-who = Qui
