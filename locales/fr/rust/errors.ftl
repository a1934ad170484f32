# Les messages d’erreur du cœur (crates/kindly-core/src/error.rs), montrés à
# la personne au comptoir et écrits par la ligne de commande.

errors-not-found = Ce client est introuvable. Il a peut-être été supprimé ou mis à la corbeille.
errors-newer-notebook = Ce carnet a été enregistré par une version plus récente de Kindly (format { $found } ; cette version lit jusqu’au format { $supported }). Mettez Kindly à jour pour l’ouvrir. Rien n’a été modifié dans le carnet.
errors-locked = Le carnet est verrouillé. Saisissez son mot de passe pour le déverrouiller.
errors-sign-in-needed = Connectez-vous au carnet d’équipe pour continuer.
errors-busy = Le carnet est occupé dans une autre fenêtre ou un autre programme. Réessayez dans un instant.
errors-disk-full = Le disque est plein : cette modification n’a pas pu être enregistrée. Libérez un peu de place et réessayez.
errors-corrupt = Une partie du carnet est abîmée : Kindly n’a pas pu lire ou enregistrer ceci. Rien n’a été modifié. Restaurez la dernière sauvegarde pour continuer (Réglages, Sauvegardes).
errors-storage = Le carnet n’a pas pu être lu ou écrit : { $detail }
errors-io = Le dossier du carnet n’a pas pu être utilisé : { $detail }
errors-server-unreachable = Kindly n’arrive pas à joindre le serveur du carnet d’équipe { $host }. Vérifiez le réseau de cet ordinateur, ou demandez à la personne qui s’occupe du serveur s’il est en marche.
errors-sign-in-failed = Le serveur du carnet d’équipe a refusé la connexion : nom ou mot de passe incorrect.
errors-server-not-trusted = Kindly ne s’est pas connecté à { $host } : le serveur n’a pas pu prouver qu’il est bien { $host } (son certificat n’est pas reconnu pour ce nom). Demandez son certificat à la personne qui s’occupe du serveur.
errors-insecure-connection = Le carnet d’équipe sur { $host } ne se joint que par une connexion chiffrée et vérifiée, et son adresse demande moins. Retirez `sslmode` de l’adresse (ou mettez-le à verify-full).
errors-server-too-old = Le carnet d’équipe demande PostgreSQL 15 ou plus récent ; le serveur a PostgreSQL { $found }.
errors-missing-extension = Il manque au serveur l’extension PostgreSQL { $name } : demandez à la personne qui s’occupe du serveur d’installer postgresql-contrib.
errors-not-team-notebook = La base { $database } sur { $host } n’est pas un carnet d’équipe Kindly. Rien n’y a été modifié. (Un nouveau carnet d’équipe se crée avec `kindly team init`.)
errors-newer-team-notebook = Ce carnet d’équipe a été créé par une version plus récente de Kindly (format { $found } ; cette version lit jusqu’au format { $supported }). Mettez Kindly à jour. Rien n’a été modifié dans le carnet d’équipe.
errors-server-full = Le serveur du carnet d’équipe n’a plus de place : cette modification n’a pas pu être enregistrée. Demandez à la personne qui s’occupe du serveur de libérer de la place.
errors-connection-lost = La connexion au serveur du carnet d’équipe a été perdue. Ce que vous faisiez n’a peut-être pas été enregistré : vérifiez, puis réessayez.
errors-laptop-only = { $what ->
        [backing-up] La sauvegarde
        [listing-backups] La liste des sauvegardes
        [restoring-backup] La restauration d’une sauvegarde
        [protecting] La protection par mot de passe
        [checking-file] La vérification du fichier du carnet
        [closing-file] La fermeture d’un fichier de carnet
        [editing-file] La modification du fichier
        [writing-offline-copy] L’écriture de la copie hors ligne
        [counting-statements] Le comptage des requêtes
        [filling-disk] Le remplissage du disque
       *[other] Ceci
    } ne concerne qu’un carnet gardé sur cet ordinateur. Un carnet d’équipe vit sur son serveur, qui garde ses propres copies : demandez à la personne qui s’en occupe.
errors-conflict = { $by } a enregistré une modification { $thing ->
        [customer] de ce client
        [issue] de cette demande
        [promise] de cette promesse
        [follow-up] de ce suivi
        [situation] de cet incident
        [list] de cette liste
       *[other] de cet élément
    } pendant que vous faisiez la vôtre : la vôtre n’a pas été enregistrée (rien de ce que cette personne a fait n’a été écrasé). Regardez { $thing ->
        [customer] le client
        [issue] la demande
        [promise] la promesse
        [follow-up] le suivi
        [situation] l’incident
        [list] la liste
       *[other] l’élément
    } dans son état actuel, puis enregistrez à nouveau votre modification.
errors-conflict-someone = Quelqu’un d’autre a enregistré une modification { $thing ->
        [customer] de ce client
        [issue] de cette demande
        [promise] de cette promesse
        [follow-up] de ce suivi
        [situation] de cet incident
        [list] de cette liste
       *[other] de cet élément
    } pendant que vous faisiez la vôtre : la vôtre n’a pas été enregistrée (rien n’a été écrasé). Regardez { $thing ->
        [customer] le client
        [issue] la demande
        [promise] la promesse
        [follow-up] le suivi
        [situation] l’incident
        [list] la liste
       *[other] l’élément
    } dans son état actuel, puis enregistrez à nouveau votre modification.
errors-team-notebook-not-empty = Ce carnet d’équipe contient déjà des clients ou d’autres données : rien n’y a été déplacé. Un carnet se déplace une seule fois, dans un carnet d’équipe neuf et vide. Rien n’a été modifié.
errors-server-away = Kindly n’arrive pas à joindre le carnet d’équipe pour le moment : ceci n’a pas été enregistré. Ce que vous avez saisi est toujours là : enregistrez-le à nouveau quand la connexion sera revenue. En attendant, vous pouvez toujours chercher des clients.
errors-cancelled = Arrêté comme demandé. Rien n’a été modifié.
errors-nothing-changed = Rien n’a été modifié.
