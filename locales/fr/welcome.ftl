# L’accueil du premier lancement et le carnet d’exemple (ui/src/lib/welcome).

welcome-title = Bienvenue dans Kindly
welcome-lead = Votre carnet de clients. Deux petites choses d’abord, et vous pourrez commencer.
welcome-region = Votre pays
welcome-region-hint = Les numéros de téléphone saisis sans + ni indicatif sont lus comme des numéros de ce pays.
welcome-name = Qui est à l’accueil ?
welcome-name-hint = Votre nom. Il figure dans la liste de l’équipe et sur ce que vous notez. Vous pourrez ajouter les autres dans les Réglages.
welcome-next = Continuer
welcome-skip = Passer pour l’instant
welcome-saving = Un instant…
welcome-start-title = Comment voulez-vous commencer ?
welcome-start-lead = Vous pourrez toujours ajouter ou importer des clients plus tard.
welcome-empty = Commencer avec un carnet vide
welcome-empty-text = Ajoutez vos clients au fil des appels et des visites.
welcome-import = Importer des contacts
welcome-import-text = Faites-les venir de votre téléphone ou d’un autre logiciel (un fichier vCard ou CSV).
welcome-sample = Découvrir avec un carnet d’exemple
welcome-adding-sample = Ajout des clients d’exemple…
welcome-sample-text =
    { $count ->
        [one] { $count } client inventé, avec des échanges, des promesses et des suivis, pour tout essayer. Bien signalé, et supprimé en une fois quand vous avez fini.
       *[other] { $count } clients inventés, avec des échanges, des promesses et des suivis, pour tout essayer. Bien signalés, et supprimés en une fois quand vous avez fini.
    }
welcome-back = Retour
welcome-team = Rejoindre un carnet d’équipe
welcome-team-hint = Vous travaillez avec d’autres qui partagent déjà un carnet sur un serveur ? Rejoignez plutôt le leur.
welcome-team-lead = Saisissez ce que le propriétaire du carnet vous a donné. Kindly teste d’abord la connexion ; rien n’est gardé sur cet ordinateur tant qu’elle ne marche pas.

welcome-sample-banner = Vous regardez des clients d’exemple : ils sont inventés, pour essayer Kindly.
welcome-sample-remove = Supprimer l’exemple
welcome-sample-confirm-title = Supprimer les clients d’exemple ?
welcome-sample-confirm-text =
    { $count ->
        [one] Le client d’exemple et tout ce qui le concerne seront effacés pour de bon. Les clients que vous avez ajoutés ou importés vous-même restent tels quels.
       *[other] Les { $count } clients d’exemple et tout ce qui les concerne seront effacés pour de bon. Les clients que vous avez ajoutés ou importés vous-même restent tels quels.
    }
welcome-sample-removing = Suppression…
welcome-sample-removed = Les clients d’exemple ont été supprimés.
welcome-sample-badge = Exemple
welcome-sample-badge-title = Un client inventé, du carnet d’exemple
