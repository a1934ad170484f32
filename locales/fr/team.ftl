# Le carnet d’équipe : rejoindre, se connecter, le bandeau hors ligne et les outils du propriétaire (ui/src/lib/team).

team-title = Équipe
team-opening = Ouverture…
team-signed-in-as = Connecté en tant que { $name }
team-login = ({ $login })
team-login-owner = ({ $login }, propriétaire du carnet)
team-not-signed-in = Pas connecté.
team-where = Carnet d’équipe { $database } sur { $server }. Toutes les personnes connectées voient les mêmes clients.
team-leave = Quitter le carnet d’équipe
team-own = Cet ordinateur travaille sur son propre carnet. Pour en partager un avec votre équipe, rejoignez le carnet d’équipe avec les informations que son propriétaire vous a données. Le carnet de cet ordinateur reste ici tel quel.
team-show-join = Rejoindre un carnet d’équipe…
team-leave-title = Quitter le carnet d’équipe ?
team-leave-confirm = Quitter
team-leaving = Un instant…
team-leave-text = Kindly ouvrira à la place le carnet de cet ordinateur et oubliera le mot de passe retenu. Le carnet d’équipe reste sur son serveur ; vous pourrez le rejoindre à nouveau.

team-offline-copy = Cet ordinateur garde une copie chiffrée pour retrouver les clients quand le serveur est absent. Dernière copie : { $when }.
team-offline-copy-soon = Cet ordinateur gardera une copie chiffrée pour retrouver les clients quand le serveur est absent.

team-header-signed-in = Connecté en tant que { $name } · carnet d’équipe

team-away-no-copy = Impossible de joindre le carnet d’équipe, et cet ordinateur n’en a pas encore de copie : on ne peut ni chercher les clients ni enregistrer de modification avant son retour.
team-away = Impossible de joindre le carnet d’équipe. Voici la dernière copie de cet ordinateur ({ $when }) ; rien ne peut être enregistré avant son retour.
team-away-heard = Dernière réponse du serveur : { $when }. Kindly réessaie tout seul.

team-password-ignored = Le lien contenait aussi un mot de passe, que Kindly a ignoré : toute personne qui voit un lien peut le lire. Saisissez votre mot de passe vous-même.

team-server = Adresse du serveur
team-server-hint = Telle que le propriétaire du carnet l’a donnée : un nom comme serveur-boutique, ou une adresse comme 192.168.1.20, avec :port s’il en a donné un.
team-database = Nom du carnet
team-your-login = Votre identifiant
team-password = Mot de passe
team-testing = Test de la connexion…
team-join = Rejoindre

team-sign-in-title = Se connecter au carnet d’équipe
team-out-of-reach = Le carnet d’équipe est injoignable
team-start-where = { $database } sur { $server }, en tant que { $login }
team-sign-in = Se connecter
team-signing-in = Connexion…
team-retry = Réessayer
team-trying = Nouvel essai…
team-use-own = Utiliser plutôt le carnet de cet ordinateur
team-use-own-hint = Kindly oublie alors le carnet d’équipe ici ; vous pourrez le rejoindre à nouveau depuis les Réglages.

team-owner-title = Les outils du propriétaire

team-logins = Identifiants
team-logins-none = Personne n’a encore d’identifiant. Ajoutez les personnes qui travaillent ici, un identifiant chacune.
team-logins-name = Nom
team-logins-login = Identifiant
team-logins-added = Ajouté
team-logins-can-sign-in = Peut se connecter
team-logins-removed = Non, retiré le { $date }
team-logins-yes = Oui
team-logins-remove-label = Retirer l’identifiant de { $name }
team-logins-remove = Retirer…
team-logins-gone = { $name } ne peut plus se connecter.
team-add-name = Nom de la personne
team-add-save = Ajouter
team-adding = Ajout…
team-cancel = Annuler
team-add = Ajouter une personne…
team-remove-title = Retirer l’identifiant de { $name } ?
team-remove-confirm = Retirer
team-removing = Retrait…
team-remove-text = { $name } ({ $login }) ne pourra plus se connecter au carnet d’équipe, sur aucun ordinateur. Tout ce que cette personne a écrit reste, avec son nom. Pour la laisser revenir, ajoutez-la à nouveau : elle recevra un nouvel identifiant.

team-now = Connectés en ce moment
team-now-nobody = Personne n’est connecté en ce moment.
team-now-unnamed = un ordinateur sans nom
team-now-refresh = Actualiser
team-now-looking = Recherche…

team-working = En cours…
team-copy-title = Télécharger une copie complète
team-copy-text = Tout le carnet d’équipe, dans un fichier de carnet à part : à garder en lieu sûr, ou à ouvrir sur un ordinateur sans l’équipe. Il n’est pas protégé par un mot de passe : rangez-le là où vous seul pouvez l’ouvrir.
team-copy-done = { $moved } copiés dans { $path }.
team-copy-download = Télécharger dans Téléchargements
team-copy-choose = Choisir un dossier…

team-move-title = Verser le carnet de cet ordinateur
team-move-text = Apporte tout le carnet de cet ordinateur (les clients, leurs histoires, les suivis, les incidents) dans le carnet d’équipe, une seule fois, tant que celui-ci est encore vide. Le carnet de cet ordinateur reste tel quel.
team-move-done = Versé : { $moved }. Toutes les personnes connectées au carnet d’équipe les voient maintenant.
team-move-holds = Le carnet de cet ordinateur contient { $moved }.
team-move-go = Verser…
team-move-passphrase = Mot de passe du carnet de cet ordinateur
team-move-look = Voir ce qui serait versé
team-move-ask = Verser le carnet de cet ordinateur ?
team-move-confirm = Verser
team-move-ask-text = { $moved } iront dans le carnet d’équipe, tout d’un coup ou pas du tout. Toutes les personnes connectées les verront. Le carnet de cet ordinateur reste tel quel.

team-moved = { $customers }, { $conversations }, { $issues }, { $promises }, { $followUps } et { $situations }
team-moved-customers =
    { $count ->
        [one] { $count } client
       *[other] { $count } clients
    }
team-moved-conversations =
    { $count ->
        [one] { $count } échange
       *[other] { $count } échanges
    }
team-moved-issues =
    { $count ->
        [one] { $count } demande
       *[other] { $count } demandes
    }
team-moved-promises =
    { $count ->
        [one] { $count } promesse
       *[other] { $count } promesses
    }
team-moved-follow-ups =
    { $count ->
        [one] { $count } suivi
       *[other] { $count } suivis
    }
team-moved-situations =
    { $count ->
        [one] { $count } incident
       *[other] { $count } incidents
    }

team-hand-over-title = Un identifiant pour { $name }
team-hand-over-text = Donnez ces informations à { $name } en personne ou par message privé. Kindly n’affiche le mot de passe que maintenant : une fois ceci fermé, personne ne pourra le revoir (vous pourrez toujours retirer l’identifiant et l’ajouter à nouveau).
team-hand-over-login = Identifiant
team-hand-over-link = Lien d’invitation
team-hand-over-link-hint = Le lien d’invitation remplit le serveur, le carnet et l’identifiant sur son ordinateur ; la personne saisit elle-même le mot de passe.
team-hand-over-copy-login-line = Identifiant : { $login }
team-hand-over-copy-password-line = Mot de passe : { $password }
team-hand-over-copy = Copier l’identifiant et le mot de passe
team-hand-over-copy-link = Copier le lien
team-hand-over-done = Terminé
team-copied-login = Identifiant et mot de passe copiés.
team-copy-failed-login = Impossible de copier l’identifiant et le mot de passe : sélectionnez-les et copiez-les à la main.
team-copied-link = Lien d’invitation copié.
team-copy-failed-link = Impossible de copier le lien d’invitation : sélectionnez-le et copiez-le à la main.
