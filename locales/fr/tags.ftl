# L’écran Étiquettes (ui/src/lib/tags) : chaque étiquette et son nombre de clients ; renommer, fusionner, retirer à tout le monde, avec Annuler.
# $tag, $from, $to et $into sont des étiquettes telles que les clients les portent ; $count est un nombre de clients.

tags-title = Étiquettes
tags-intro = Chaque étiquette de vos clients, avec le nombre de clients qui la portent. Renommez une étiquette, fusionnez-en deux, ou retirez-en une à tout le monde : chaque changement se fait en une fois et peut être annulé.
tags-filter = Chercher une étiquette
tags-filter-placeholder = ex. mariage
tags-loading = Lecture des étiquettes…
tags-none = Aucun client n’a encore d’étiquette.
tags-none-next = Ajoutez des étiquettes sur la page d’un client (« habitué », « mariage »), puis rangez-les ici.
tags-none-match = Aucune étiquette ne correspond à « { $text } ».
tags-shown = { $count ->
    [one] { $count } étiquette
   *[other] { $count } étiquettes
}
tags-col-tag = Étiquette
tags-col-customers = Clients
tags-col-actions = Que faire
tags-open-customers = { $count ->
    [one] Voir le client étiqueté « { $tag } »
   *[other] Voir les { $count } clients étiquetés « { $tag } »
}
tags-rename = Renommer
tags-rename-label = Nouveau nom pour « { $tag } »
tags-rename-into = « { $into } » existe déjà : enregistrer fusionnera « { $tag } » avec elle.
tags-rename-save = Renommer
tags-rename-merge = Fusionner
tags-merge = Fusionner avec…
tags-merge-label = Fusionner « { $tag } » avec
tags-merge-pick = Choisir une étiquette
tags-merge-note = Tous les clients étiquetés « { $from } » seront étiquetés « { $into } » à la place.
tags-merge-go = Fusionner
tags-delete = Retirer à tous
tags-delete-confirm = { $count ->
    [one] Retirer « { $tag } » à { $count } client ?
   *[other] Retirer « { $tag } » aux { $count } clients ?
}
tags-delete-go = Retirer à tous
tags-cancel = Annuler
tags-actions-for = Que faire de « { $tag } »
tags-progress = Changement d’une étiquette
tags-renamed = { $count ->
    [one] « { $from } » renommée en « { $to } » pour { $count } client.
   *[other] « { $from } » renommée en « { $to } » pour { $count } clients.
}
tags-merged = { $count ->
    [one] « { $from } » fusionnée avec « { $into } » pour { $count } client.
   *[other] « { $from } » fusionnée avec « { $into } » pour { $count } clients.
}
tags-deleted = { $count ->
    [one] « { $tag } » retirée à { $count } client.
   *[other] « { $tag } » retirée à { $count } clients.
}
tags-undo = Annuler
tags-undone = Annulé. Les étiquettes sont comme avant.
