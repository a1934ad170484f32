# Le mot de passe : Réglages › Mot de passe, l’écran de déverrouillage et « Verrouiller » en haut (ui/src/lib/privacy).

privacy-title = Mot de passe
privacy-opening = Ouverture…
privacy-status = Ce carnet est protégé par un mot de passe.
privacy-remembered = Cet ordinateur retient le mot de passe : Kindly s’ouvre ici sans le demander.
privacy-lock-after = Verrouiller après
privacy-lock-after-hint = Après ce temps sans utilisation, Kindly cache la fenêtre et redemande le mot de passe.
privacy-saved = Enregistré.
privacy-lock-now = Verrouiller
privacy-change-open = Changer le mot de passe…
privacy-remove-open = Retirer la protection…
privacy-forget = Oublier le mot de passe retenu
privacy-forgotten = C’est oublié. Kindly demandera le mot de passe à sa prochaine ouverture.

privacy-never = Jamais
privacy-minutes =
    { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
privacy-hours =
    { $hours ->
        [one] { $hours } heure
       *[other] { $hours } heures
    }
privacy-hours-minutes =
    { $hours ->
        [one] { $hours } heure
       *[other] { $hours } heures
    } { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }

privacy-protect-intro = Protégez ce carnet par un mot de passe : personne ne pourra le lire sans vous, même si l’ordinateur portable est perdu. Kindly ne peut pas retrouver un mot de passe oublié : notez-le en lieu sûr.
privacy-passphrase = Mot de passe
privacy-protect-hint = Au moins 8 caractères. Quelques mots dont vous vous souviendrez font un bon mot de passe.
privacy-again = Retapez-le
privacy-protect = Protéger par mot de passe
privacy-protecting = Protection…
privacy-choose = Choisissez un mot de passe.
privacy-type-again = Tapez le mot de passe une seconde fois.
privacy-protected =
    C’est protégé. { $remembered ->
        [yes] Cet ordinateur retient le mot de passe : Kindly s’ouvre ici sans le demander.
       *[no] Kindly demandera le mot de passe à chaque ouverture.
    }
privacy-protected-waiting =
    C’est protégé. { $count ->
        [one] { $count } ancienne sauvegarde n’est pas protégée ; une sauvegarde protégée vient d’être faite.
       *[other] { $count } anciennes sauvegardes ne sont pas protégées ; une sauvegarde protégée vient d’être faite.
    } Celles qui ne sont pas protégées seront supprimées la première fois que vous déverrouillerez Kindly avec le mot de passe après son redémarrage. { $remembered ->
        [yes] Cet ordinateur retient le mot de passe : Kindly s’ouvre ici sans le demander.
       *[no] Kindly demandera le mot de passe à chaque ouverture.
    }

privacy-change = Changer le mot de passe
privacy-changing = Changement…
privacy-current = Mot de passe actuel
privacy-new = Nouveau mot de passe
privacy-new-hint = Au moins 8 caractères. Kindly ne peut pas retrouver un mot de passe oublié : notez-le en lieu sûr.
privacy-type-current = Tapez le mot de passe utilisé aujourd’hui.
privacy-choose-new = Choisissez un nouveau mot de passe.
privacy-type-new-again = Tapez le nouveau mot de passe une seconde fois.
privacy-changed = Mot de passe changé. Utilisez le nouveau désormais.
privacy-cancel = Annuler

privacy-remove-title = Retirer la protection ?
privacy-remove-text = Le fichier de votre carnet pourra alors être lu sans mot de passe par quiconque mettrait la main dessus, par exemple sur un ordinateur portable perdu. Un mot de passe retenu par cet ordinateur sera oublié.
privacy-remove = Retirer la protection
privacy-removing = Retrait…
privacy-removed = Protection retirée. Le carnet s’ouvre sans mot de passe.

privacy-remember = Retenir sur cet ordinateur
privacy-remember-hint = Kindly s’ouvre sans rien demander sur cet ordinateur ; toute personne qui peut ouvrir votre session peut alors l’ouvrir.

privacy-unlock-title = Ce carnet est protégé
privacy-unlock-text = Tapez son mot de passe pour l’ouvrir.
privacy-unlock = Déverrouiller
privacy-unlocking = Déverrouillage…
privacy-type-passphrase = Tapez le mot de passe.

privacy-lock = Verrouiller
privacy-lock-title = Verrouiller maintenant ({ $keys })
privacy-could-not-lock = Kindly n’a pas pu verrouiller le carnet : { $reason }
privacy-dismiss = Fermer
