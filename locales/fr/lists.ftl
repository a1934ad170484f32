# L’écran Clients : la liste de tout le monde, ses filtres, les listes enregistrées et les changements à plusieurs à la fois (ui/src/lib/lists).
# Dans les nombres, $count choisit la forme du pluriel et $n est le même nombre écrit (« 2000 », « 12 000 »).

lists-title = Clients
lists-side-label = Listes
lists-all = Tous les clients
lists-saved-count =
    { $count ->
        [one] { $n } client
       *[other] { $n } clients
    }
lists-search = Restreindre la liste
lists-search-placeholder = Une partie d’un nom ou d’une entreprise
lists-filters = Filtres
lists-filters-count = Filtres ({ $count })
lists-clear = Effacer les filtres
lists-remove-filter = Retirer le filtre : { $what }
lists-count =
    { $count ->
        [one] { $n } client
       *[other] { $n } clients
    }
lists-loading = Chargement…
lists-none = Aucun client ne correspond à ces filtres.
lists-empty = Pas encore de clients.
lists-load-more = Afficher plus
lists-let-go = Les lignes plus haut ont été rangées pour garder la fenêtre rapide.
lists-back-to-top = Revenir en haut
lists-changed-elsewhere = Des clients ont été modifiés à un autre poste.
lists-refresh = Afficher la liste à jour

# Les en-têtes de colonnes.
lists-col-name = Nom
lists-col-company = Entreprise
lists-col-tags = Étiquettes
lists-col-looked-after = Suivi par
lists-col-last-contact = Dernier contact
lists-col-open-issues = Demandes ouvertes
lists-col-next-follow-up = Prochain suivi
lists-nobody = Personne encore
lists-never = Jamais
lists-tick-row = Cocher { $name }
lists-tick-page = Cocher tous les clients affichés
lists-drifting = Se fait rare
lists-out-of-touch = Perdu de vue
lists-sample = Exemple

# Le panneau des filtres. $name est une personne, une étiquette, une langue ou le fichier d’un import ; $date une date.
lists-filter-tag = Étiquette
lists-filter-tag-add = Ajouter l’étiquette
lists-filter-looked-after = Suivi par
lists-filter-anyone = N’importe qui
lists-filter-nobody = Personne encore
lists-filter-open-issue = A une demande ouverte
lists-filter-category = Du type
lists-filter-any-category = Tous les types
lists-filter-promise-overdue = Une promesse est en retard
lists-filter-touch = Garder le contact
lists-filter-touch-any = Tous
lists-filter-drifting = Se font rares (orange ou rouge)
lists-filter-out-of-touch = Perdus de vue (rouge)
lists-filter-not-contacted = Sans contact depuis le
lists-filter-birthday = Anniversaire ce mois-ci
lists-filter-added-since = Ajoutés depuis le
lists-filter-language = Langue
lists-filter-any-language = Toutes les langues
lists-filter-no-language = Aucune indiquée
lists-filter-situation = Dans l’incident
lists-filter-any-situation = Peu importe
lists-filter-import = Ajoutés par l’import
lists-filter-any-import = Peu importe
lists-import-choice = { $name } ({ $date })
lists-filter-done = Terminé

# Les pastilles des filtres utilisés.
lists-chip-text = Nom : « { $text } »
lists-chip-tag = Étiquette : { $name }
lists-chip-looked-after = Suivi par { $name }
lists-chip-nobody = Suivi par personne
lists-chip-open-issue = Demande ouverte
lists-chip-category = Demande ouverte : { $name }
lists-chip-promise-overdue = Promesse en retard
lists-chip-drifting = Se font rares
lists-chip-out-of-touch = Perdus de vue
lists-chip-in-touch = En contact
lists-chip-not-contacted = Sans contact depuis le { $date }
lists-chip-birthday = Anniversaire ce mois-ci
lists-chip-added-since = Ajoutés depuis le { $date }
lists-chip-language = Langue : { $name }
lists-chip-no-language = Aucune langue indiquée
lists-chip-situation = Dans « { $name } »
lists-chip-import = Depuis { $name }
lists-chip-picked =
    { $count ->
        [one] { $n } client choisi
       *[other] { $n } clients choisis
    }

# Les listes enregistrées. $name est le nom de la liste.
lists-save = Enregistrer cette liste…
lists-save-title = Enregistrer cette liste
lists-save-name = Nom
lists-save-name-example = p. ex. Mariages pas revus depuis l’été
lists-save-confirm = Enregistrer
lists-update = Garder ces filtres dans « { $name } »
lists-saving = Enregistrement…
lists-saved = « { $name } » est enregistrée.
lists-rename = Renommer…
lists-rename-title = Renommer « { $name } »
lists-rename-confirm = Renommer
lists-delete = Supprimer
lists-deleted = « { $name } » est supprimée.
lists-undo = Annuler
lists-restored = « { $name } » est revenue.

# Cocher et changer plusieurs clients à la fois.
lists-ticked =
    { $count ->
        [one] { $n } coché
       *[other] { $n } cochés
    }
lists-select-all =
    { $count ->
        [one] Sélectionner le client qui correspond
       *[other] Sélectionner les { $n } qui correspondent
    }
lists-all-selected =
    { $count ->
        [one] Le client qui correspond est sélectionné.
       *[other] Les { $n } clients qui correspondent sont sélectionnés.
    }
lists-all-but-selected =
    { $count ->
        [one] { $n } des { $total } clients qui correspondent est sélectionné.
       *[other] { $n } des { $total } clients qui correspondent sont sélectionnés.
    }
lists-untick-all = Tout décocher
lists-bulk-label = Changer les clients cochés
lists-bulk-add-tag = Ajouter une étiquette
lists-bulk-remove-tag = Retirer une étiquette
lists-bulk-looked-after = Choisir qui les suit
lists-bulk-follow-up = Un suivi pour chacun
lists-bulk-situation = Ajouter à un incident
lists-bulk-export = Exporter
lists-bulk-trash = Mettre à la corbeille

# Les fenêtres : titre, champs et bouton de confirmation.
lists-dialog-add-tag = Ajouter une étiquette
lists-dialog-remove-tag = Retirer une étiquette
lists-dialog-looked-after = Qui les suit
lists-dialog-follow-up = Un suivi pour chacun
lists-dialog-situation = Ajouter à un incident
lists-dialog-export = Exporter les clients cochés
lists-dialog-trash = Mettre à la corbeille
lists-field-tag = Étiquette
lists-field-person = Suivi par
lists-field-person-hint = Laissez vide pour personne.
lists-field-action = Ce qu’il faut faire
lists-field-action-example = Appeler pour prendre des nouvelles
lists-field-first-day = Premier jour
lists-field-spread = Répartir sur
lists-field-spread-days =
    { $count ->
        [one] jour
       *[other] jours
    }
lists-field-assignee = Qui s’en charge
lists-field-assignee-hint = Vide : le référent de chaque client.
lists-field-situation = Incident
lists-field-format = Format
lists-format-vcard = vCard (pour les téléphones et les messageries)
lists-format-csv = Tableur (CSV)
lists-confirm-add-tag = Ajouter l’étiquette
lists-confirm-remove-tag = Retirer l’étiquette
lists-confirm-looked-after = Valider
lists-confirm-follow-up = Ajouter les suivis
lists-confirm-situation = Les ajouter
lists-confirm-export = Exporter…
lists-confirm-trash = Mettre à la corbeille
lists-working = En cours…
lists-previewing = Comptage…
lists-no-situations = Aucun incident ouvert.

# Ce qu’un changement ferait ($count/$n : combien il change ; $tag une étiquette, $name une personne, $title un incident).
lists-preview-add-tag =
    { $count ->
        [one] Cela ajoute « { $tag } » à { $n } client.
       *[other] Cela ajoute « { $tag } » à { $n } clients.
    }
lists-preview-add-tag-same =
    { $count ->
        [one] { $n } l’a déjà.
       *[other] { $n } l’ont déjà.
    }
lists-preview-remove-tag =
    { $count ->
        [one] Cela retire « { $tag } » à { $n } client.
       *[other] Cela retire « { $tag } » à { $n } clients.
    }
lists-preview-remove-tag-same =
    { $count ->
        [one] { $n } ne l’a pas.
       *[other] { $n } ne l’ont pas.
    }
lists-preview-looked-after =
    { $count ->
        [one] { $name } suivra { $n } client.
       *[other] { $name } suivra { $n } clients.
    }
lists-preview-nobody =
    { $count ->
        [one] { $n } client ne sera plus suivi par personne.
       *[other] { $n } clients ne seront plus suivis par personne.
    }
lists-preview-follow-up =
    { $count ->
        [one] Cela ajoute un suivi pour { $n } client.
       *[other] Cela ajoute un suivi pour chacun des { $n } clients.
    }
lists-preview-situation =
    { $count ->
        [one] Cela ajoute { $n } client à « { $title } ».
       *[other] Cela ajoute { $n } clients à « { $title } ».
    }
lists-preview-trash =
    { $count ->
        [one] Cela met { $n } client à la corbeille.
       *[other] Cela met { $n } clients à la corbeille.
    }
lists-preview-export =
    { $count ->
        [one] { $n } client sera enregistré dans le fichier.
       *[other] { $n } clients seront enregistrés dans le fichier.
    }
lists-preview-same =
    { $count ->
        [one] { $n } est déjà ainsi et reste tel quel.
       *[other] { $n } sont déjà ainsi et restent tels quels.
    }
lists-preview-undo = Vous pourrez l’annuler ensuite.

# Ce qui a été fait, sur la barre « Annuler ».
lists-done-add-tag =
    { $count ->
        [one] « { $tag } » ajoutée à { $n } client
       *[other] « { $tag } » ajoutée à { $n } clients
    }
lists-done-remove-tag =
    { $count ->
        [one] « { $tag } » retirée à { $n } client
       *[other] « { $tag } » retirée à { $n } clients
    }
lists-done-looked-after =
    { $count ->
        [one] { $name } suit maintenant { $n } client
       *[other] { $name } suit maintenant { $n } clients
    }
lists-done-nobody =
    { $count ->
        [one] { $n } client n’est plus suivi par personne
       *[other] { $n } clients ne sont plus suivis par personne
    }
lists-done-follow-up =
    { $count ->
        [one] Suivi ajouté pour { $n } client
       *[other] Suivi ajouté pour { $n } clients
    }
lists-done-situation =
    { $count ->
        [one] { $n } client ajouté à l’incident
       *[other] { $n } clients ajoutés à l’incident
    }
lists-done-trash =
    { $count ->
        [one] { $n } client mis à la corbeille
       *[other] { $n } clients mis à la corbeille
    }
lists-done-tags =
    { $count ->
        [one] Étiquette changée pour { $n } client
       *[other] Étiquette changée pour { $n } clients
    }
lists-undone =
    { $count ->
        [one] Annulé : { $n } client est comme avant.
       *[other] Annulé : { $n } clients sont comme avant.
    }
lists-exported = Enregistré dans { $folder } : { $file }
lists-export-cancelled = Rien n’a été enregistré.
