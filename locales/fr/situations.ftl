# Incidents : un problème qui touche beaucoup de clients (ui/src/lib/situations).
# Dans les nombres, $count choisit la forme du pluriel et $n est le même nombre écrit (« 2000 », « 12 000 »).

situations-title = Incidents
situations-intro = Quand un même problème touche beaucoup de clients (une livraison en retard, une machine en panne, un changement de prix) : retrouvez-les, confiez chaque groupe à une personne qui garde le contact, et tenez tout le monde au courant à chaque étape.
situations-new = Nouvel incident
situations-show-closed = Afficher aussi les incidents clos
situations-loading = Chargement…
situations-none = Aucun incident en cours. Tant mieux.
situations-closed-on = Clos le { $date }
situations-expected-by = Réglé d’ici le { $date }, en principe
situations-led-by = Géré par { $name }
situations-closed-sentence = Clos le { $date }.
situations-led-by-sentence = Géré par { $name }.
situations-expected-sentence = Réglé d’ici le { $date }, en principe.

situations-told-of =
    { $count ->
        [one] { $told } prévenu sur { $total }
       *[other] { $told } prévenus sur { $total }
    }
situations-progress-title = Qui a été prévenu
situations-progress-about = prévenus des dernières nouvelles
situations-per-concierge = Par référent
situations-nobody-yet = Personne pour l’instant

situations-back = ← Tous les incidents
situations-edit = Modifier
situations-reload-failed = C’est fait. Cet écran n’a pas pu être mis à jour ({ $error }) ; il montre ce qu’il montrait avant.
situations-what-happened-label = Ce qui s’est passé :
situations-what-we-do-label = Ce que nous faisons :
situations-updates = Nouvelles
situations-update-when = { $date } :
situations-update-when-by = { $date }, { $name } :
situations-first-step = Commencez par ajouter les clients concernés
situations-first-step-rest = , par étiquette ou par type de demande, ou en les choisissant dans une liste. Les prévenir et donner des nouvelles viendra ensuite.
situations-undo = Annuler
situations-action-none-added = Aucune nouvelle personne n’a été ajoutée
situations-action-added =
    { $count ->
        [one] { $n } client ajouté
       *[other] { $n } clients ajoutés
    }
situations-action-grouped =
    { $count ->
        [one] { $n } client mis dans un groupe
       *[other] { $n } clients mis dans un groupe
    }
situations-action-closed =
    { $count ->
        [one] Clos, avec { $n } suivi
       *[other] Clos, avec { $n } suivis
    }

situations-add-title = Ajouter les clients concernés
situations-add-tag = Tous ceux avec l’étiquette
situations-add-tag-example = gateaux-mariage
situations-add-category = Avec une demande en cours du type
situations-add-category-example = livraison
situations-add-matching = Ajouter tous ceux qui correspondent
situations-match =
    { $count ->
        [one] { $n } client correspond
       *[other] { $n } clients correspondent
    }
situations-run-again = Relancer : { $search }
situations-saved-tag = Tous ceux avec l’étiquette « { $tag } »
situations-saved-category = Tous ceux avec une demande « { $category } » en cours
situations-saved-both = Tous ceux avec l’étiquette « { $tag } » et une demande « { $category } » en cours
situations-pick = Ou choisissez dans une liste
situations-pick-placeholder = Un nom, un téléphone, une étiquette…
situations-pick-none = Personne ne correspond à « { $search } ».
situations-found = Clients trouvés
situations-already = (déjà concerné)
situations-add-picked =
    { $count ->
        [one] Ajouter le client coché
       *[other] Ajouter les { $n } clients cochés
    }

situations-close = Clore l’incident
situations-close-days-problem = Indiquez un nombre entier de jours, de 0 (aujourd’hui) à 366.
situations-close-nobody = Personne n’a été ajouté, il n’y a donc personne à suivre.
situations-close-check-in =
    { $count ->
        [one] Prendre des nouvelles du client concerné ({ $n }) dans
       *[other] Prendre des nouvelles de chacun des { $n } clients dans
    }
situations-close-days = Jours à partir d’aujourd’hui
situations-close-check-in-after = jours, par son référent
situations-close-cards = Une carte pour ceux qui étaient mécontents ({ $n })

situations-affected-by = Concerné par : { $title }
situations-closed = clos
situations-told-latest = Prévenu des dernières nouvelles
situations-not-told-latest = Pas encore prévenu des dernières nouvelles
situations-concierge = Référent : { $name }
situations-concierge-label = Référent :
situations-add-to = Ajouter à un incident…
situations-none-to-add = Aucun incident en cours auquel l’ajouter.
situations-ok = OK
situations-choice = Incident
situations-choose = Choisir un incident
situations-choose-problem = Choisissez l’incident auquel l’ajouter.
situations-adding = Ajout…
situations-add = Ajouter
situations-cancel = Annuler
situations-save = Enregistrer
situations-change = Changer

situations-groups-title = Groupes et leur référent
situations-customers =
    { $count ->
        [one] { $n } client
       *[other] { $n } clients
    }
situations-concierge-field = Référent
situations-groups-intro = Répartissez les clients en groupes et confiez chaque groupe à une personne qui garde le contact avec eux.
situations-new-group = Nouveau groupe
situations-group-example = Mariages de la semaine
situations-add-group = Ajouter le groupe

situations-members-title = Clients concernés
situations-members-empty = Personne n’a été ajouté à cet incident.
situations-members-find = Chercher parmi les clients concernés
situations-filter-name = Nom
situations-filter-name-placeholder = Une partie du nom
situations-filter-group = Groupe
situations-any-group = Tous les groupes
situations-in-no-group = Sans groupe
situations-filter-told = Prévenus
situations-told-or-not = Prévenus ou non
situations-not-told = Pas encore prévenu
situations-ticked =
    { $count ->
        [one] { $n } coché
       *[other] { $n } cochés
    }
situations-group-for-ticked = Groupe pour les clients cochés
situations-no-group = Sans groupe
situations-group-ticked = Mettre les cochés dans ce groupe
situations-tell-ticked = Cochés prévenus…
situations-tick-all =
    { $count ->
        [one] Cocher celui qui correspond
       *[other] Cocher les { $n } qui correspondent
    }
situations-untick-all = Tout décocher
situations-tick = Cocher { $name }
situations-change-concierge = Changer le référent de { $name }
situations-mark-told-name = { $name } prévenu…
situations-mark-told = Prévenu…
situations-remove-name = Retirer { $name }…
situations-remove = Retirer…
situations-own-concierge = Référent personnel de { $name }
situations-own-concierge-hint = Laissé vide : de nouveau le référent de son groupe.
situations-members-none-match = Aucun client concerné ne correspond.
situations-page = { $from }–{ $to } sur { $matching }
situations-page-all = Les { $matching }
situations-page-none = Aucun sur { $matching }
situations-previous = ← { $n } précédents
situations-next = { $n } suivants →
situations-remove-title = Retirer { $name } de cet incident ?
situations-remove-confirm = Retirer
situations-removing = Retrait…
situations-remove-description = Ce client ne sera plus listé ni compté ici. Ce qu’on lui a dit reste dans son historique, et il pourra être ajouté de nouveau.

situations-told = Prévenu
situations-told-by = Prévenu par { $name }
situations-not-told-since = Pas encore prévenu des dernières nouvelles ({ $last })
situations-last-told = prévenu la dernière fois
situations-last-told-by = prévenu la dernière fois par { $name }
situations-how-call = Appel
situations-how-email = E-mail
situations-how-message = Message
situations-how-visit = En personne
situations-how-in-line =
    { $how ->
        [call] appel
        [email] e-mail
        [message] message
       *[visit] en personne
    }

situations-told-who =
    { $count ->
        [one] { $who } prévenu
       *[other] { $who } prévenus
    }
situations-how-told =
    { $count ->
        [one] Comment { $who } a été prévenu
       *[other] Comment { $who } ont été prévenus
    }
situations-how-they-took-it = Sa réaction
situations-who-told = Qui a prévenu
situations-what-they-said = Ce qui a été dit
situations-optional = (facultatif)
situations-save-told =
    { $count ->
        [one] Enregistrer : { $who } prévenu
       *[other] Enregistrer : { $who } prévenus
    }
situations-restored = Ce que vous aviez tapé a été remis.

situations-update-title = Donner des nouvelles
situations-update-intro = Tout le monde repasse à « pas encore prévenu » jusqu’à ce que chacun ait eu la nouvelle.
situations-what-changed = Ce qui a changé
situations-what-changed-example = La pièce arrive jeudi
situations-new-fix = Nouvelle date prévue
situations-if-moved = (si elle a changé)
situations-post-update = Publier la nouvelle

situations-messages = Messages
situations-messages-intro = Un court message par client sur les dernières nouvelles, à copier dans un e-mail ou un SMS.
situations-write-messages = Rédiger les messages
situations-write-again = Les rédiger de nouveau
situations-only-not-told = Seulement pour ceux pas encore prévenus
situations-messages-none = Tout le monde a eu les dernières nouvelles.
situations-copied = Copié
situations-copy-for = Copier le message pour { $name }

situations-form-edit = Modifier l’incident
situations-this = cet incident
situations-field-title = Titre
situations-field-title-example = Livraison en retard des gâteaux de mariage
situations-field-what-happened = Ce qui s’est passé
situations-field-what-we-do = Ce que nous faisons
situations-field-expected = Réglé d’ici le
situations-if-known = (si on le sait)
situations-field-lead = Qui s’en occupe
situations-start = Ouvrir l’incident
situations-keys-save = enregistre,
situations-keys-cancel = annule
situations-the-title = le titre
situations-the-what-happened = ce qui s’est passé
situations-the-what-we-do = ce que nous faisons
situations-the-fix = la date prévue
situations-the-lead = qui s’en occupe
