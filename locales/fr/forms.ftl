# Pièces communes aux formulaires (ui/src/lib/forms) : abandonner une saisie, humeurs, enregistrement devancé par quelqu’un d’autre.

forms-cancel = Annuler
forms-optional = (facultatif)
forms-discard-title = Abandonner ce que vous avez écrit ?
forms-discard-keep = Continuer à écrire
forms-discard = Abandonner
forms-discarding = Abandon…
forms-discard-text = Ce que vous avez écrit dans ce formulaire n’a pas été enregistré. Une fois abandonné, il ne pourra pas être récupéré.

forms-mood-upset = Fâché
forms-mood-worried = Inquiet
forms-mood-neutral = Neutre
forms-mood-pleased = Content
forms-mood-delighted = Ravi

forms-someone-else = Quelqu’un d’autre
forms-when-weekday = { $when }
forms-when-date = le { $when }
forms-keep-mine = Garder ma version
forms-use-theirs = Prendre celle de { $name }
forms-use-theirs-unknown = Prendre l’autre version
forms-left-empty = (laissé vide)
forms-clash-cleared = { $who } a vidé { $subject } { $when } ;
forms-clash-changed-to = { $who } a changé { $subject } en { $theirs } { $when } ;
forms-clash-changed = { $who } a modifié { $subject } { $when } ;
forms-clash-you-cleared = vous avez vidé ce champ.
forms-clash-you-wrote = vous avez écrit { $mine }.
forms-clash-you-changed = vous avez aussi modifié ce champ.
forms-taken =
    { $who } a aussi modifié { $fields } ; { $count ->
        [one] c’est maintenant
       *[other] tout est maintenant
    } dans le formulaire.
forms-overtaken-heading = { $who } a enregistré un changement pour { $what } { $when }, pendant que vous faisiez le vôtre.
forms-overtaken-advice-none = Rien de ce que vous avez écrit n’est perdu, et rien de l’autre changement n’a été écrasé. Enregistrez à nouveau pour garder les deux.
forms-overtaken-advice =
    Rien de ce que vous avez écrit n’est perdu. Vous avez tous deux modifié { $count ->
        [one] le même champ
       *[other] les mêmes { $count } champs
    } : choisissez quoi garder, puis enregistrez à nouveau.
forms-choices-pending =
    Choisissez « { $keep } » ou « { $use } » pour { $count ->
        [one] le champ
       *[other] les { $count } champs
    } ci-dessus, puis enregistrez.

forms-retry-typed = Rien de ce que vous avez écrit n’est perdu. Appuyez sur « { $button } » pour faire votre changement maintenant.
forms-retry = Votre changement n’a pas encore été fait. Appuyez sur « { $button } » pour le faire maintenant.
forms-nothing-left-typed = Ce que vous avez écrit est toujours là : copiez-le si vous voulez le garder, puis fermez le formulaire.
forms-nothing-left = Plus rien à faire ici.
forms-issue-changed = { $who } a modifié cette demande { $when }.
forms-issue-reopened = { $who } a rouvert cette demande { $when }.
forms-issue-moved = { $who } a passé cette demande à « { $state } » { $when }.
forms-issue-already = Elle est déjà « { $state } ».
forms-issue-cannot-move = De « { $from } », elle ne peut pas passer à « { $to } ».
forms-promise-settled =
    { $who } a déjà marqué cette promesse comme { $state ->
        [kept] tenue
       *[broken] non tenue
    } { $when }.
forms-promise-settled-already = Elle est réglée.
forms-promise-new-date = { $who } a convenu d’une nouvelle date pour cette promesse { $when } : elle est maintenant prévue { $due }.
forms-promise-changed = { $who } a modifié cette promesse { $when }.
forms-followup-done = { $who } a déjà marqué ce suivi comme fait { $when }.
forms-followup-ended = { $who } a déjà traité ce suivi { $when } ; il ne reviendra plus.
forms-followup-dealt = { $who } a déjà traité celui-ci { $when }. Prochaine fois : { $next }.
forms-followup-put-off = { $who } a repoussé ce suivi { $when } : { $due }.
forms-followup-given = { $who } a confié ce suivi à { $to } { $when }.
forms-followup-changed = { $who } a modifié ce suivi { $when }.
forms-situation-closed = { $who } a déjà clos cet incident { $when }.
forms-situation-changed = { $who } a modifié cet incident { $when }.
forms-copy-typed = Copier ce que j’ai écrit
forms-copied = Copié. Collez-le où vous voulez le garder.
forms-not-copied = Impossible de copier ici : sélectionnez le texte dans le formulaire et copiez-le.
