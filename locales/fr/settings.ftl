# Réglages (ui/src/lib/settings) : numéros de téléphone, rappels, raccourci de recherche, import et export,
# emplacement du carnet, sauvegardes, « À propos », et l’avis après un arrêt inattendu de Kindly.

settings-title = Réglages
settings-intro = Gardés dans votre carnet, sauf l’apparence, propre à cet ordinateur.
settings-shortcuts = Raccourcis clavier
settings-opening = Ouverture…
settings-saved = Enregistré.
settings-save = Enregistrer
settings-saving = Enregistrement…
settings-dismiss = Fermer

settings-phone-title = Numéros de téléphone
settings-phone-label = Pays des numéros de téléphone
settings-phone-hint = Les numéros tapés sans + ni indicatif de pays sont lus comme des numéros de ce pays.

settings-reminders = Rappels
settings-reminder-time = Heure des rappels
settings-reminder-hint = Les suivis prévus un jour sans heure précise vous sont rappelés à cette heure-ci.
settings-reminder-empty = Indiquez une heure, par exemple { $example }.
settings-reminder-saved = Enregistré. Les suivis sans heure vous sont maintenant rappelés à { $time }.
settings-zone = Les heures suivent le fuseau horaire { $zone }, celui de votre ordinateur.
settings-zone-unknown = Les heures suivent le fuseau horaire de votre ordinateur.
settings-autostart = Lancer Kindly à l’ouverture de ma session, pour recevoir les rappels
settings-tray = Fermer la fenêtre laisse Kindly ouvert dans la zone de notification, près de l’horloge, pour que les rappels arrivent quand même. Pour l’arrêter tout à fait, choisissez « Quitter Kindly » dans le menu de son icône.

settings-shortcut-title = Chercher depuis n’importe où
settings-shortcut-now = Actuellement :
settings-shortcut-off = Désactivé
settings-shortcut-label = Combinaison de touches
settings-shortcut-hint = Pressée dans n’importe quel programme, elle fait passer Kindly devant, le curseur dans la zone de recherche. Utilisez Ctrl, Alt, Shift ou Super avec une touche, par exemple { $example }.
settings-shortcut-empty = Tapez une combinaison comme { $example }, ou choisissez « Désactiver ».
settings-shortcut-turn-off = Désactiver
settings-shortcut-turned-off = Désactivé.
settings-shortcut-saved = Enregistré. Appuyez sur { $keys } n’importe où pour chercher quelqu’un.

settings-in-out-title = Importer et exporter des clients
settings-import = Importer des contacts…
settings-import-hint = Depuis un téléphone, Google Contacts, Outlook, Apple Contacts ou un tableur. Vous voyez ce qui va se passer avant que rien ne change.
settings-duplicates = Doublons possibles…
settings-duplicates-hint = Des clients qui sont peut-être la même personne, à réunir en un seul.
settings-export-title = Exporter tous les clients
settings-export-hint = Enregistre tous les clients (sauf ceux de la corbeille) dans un fichier, pour un autre programme ou pour le garder. Vous choisissez où (Téléchargements, sauf si vous prenez un autre dossier).
settings-export-vcard = En vCard (pour téléphones et messageries)
settings-export-csv = En tableur (CSV)
settings-exporting = Export

settings-where-title = Où votre carnet est gardé
settings-where-backup = Kindly le sauvegarde pour vous (voir « Sauvegardes » plus bas). Pour en garder aussi une copie sur un autre disque, comme une clé USB, choisissez-y un dossier pour les sauvegardes, ou copiez-y un fichier de sauvegarde.

settings-backups = Sauvegardes
settings-backups-intro = Kindly sauvegarde votre carnet à son ouverture, au plus une fois par jour pendant qu’il tourne, et quand vous le quittez. Chaque sauvegarde est vérifiée avant de compter.
settings-backup-last = Dernière sauvegarde : { $when }
settings-backup-none-yet = Pas encore de sauvegarde
settings-back-up-now = Sauvegarder maintenant
settings-backing-up = Sauvegarde…
settings-backing-up-label = Sauvegarde
settings-backed-up = Sauvegardé : { $file }
settings-backup-folder = Dossier des sauvegardes
settings-backup-folder-hint = Un dossier sur un autre disque, comme une clé USB, protège vos sauvegardes si cet ordinateur tombe en panne. Les sauvegardes déjà faites restent où elles sont.
settings-backup-beside = (à côté de votre carnet)
settings-backup-choose = Choisir un autre dossier…
settings-backup-default = Utiliser le dossier à côté du carnet
settings-backup-keep = Sauvegardes à garder
settings-backup-keep-hint = De 1 à 365. Au-delà, les plus anciennes sont supprimées. Kindly vous demande d’abord si un nombre plus petit supprimerait des sauvegardes existantes.
settings-keep-problem = Gardez entre 1 et 365 sauvegardes.
settings-backup-saved =
    Enregistré. Les sauvegardes vont dans { $folder }, et { $keep ->
        [one] seule la plus récente est gardée.
       *[other] les { $keep } plus récentes sont gardées.
    }
settings-backup-unchanged =
    Rien n’a changé. Les sauvegardes vont dans { $folder }, et { $keep ->
        [one] seule la plus récente est gardée.
       *[other] les { $keep } plus récentes sont gardées.
    }
settings-backups-list = Vos sauvegardes
settings-restored = Restauré. Le carnet tel qu’il était est gardé dans { $path }.
settings-backups-looking = Recherche des sauvegardes…
settings-backups-none = Pas encore de sauvegarde dans ce dossier.
settings-restore-label = Restaurer la sauvegarde du { $when }…
settings-restore = Restaurer…
settings-backup-when = { $date } à { $time }
settings-size-kb = { $size } Ko
settings-size-mb = { $size } Mo

settings-restore-title = Restaurer la sauvegarde du { $when } ?
settings-restore-confirm = Restaurer cette sauvegarde
settings-restoring = Restauration…
settings-restore-text = Votre carnet sera remplacé par la sauvegarde du { $when }. Une copie de son état actuel est gardée d’abord : vous pourrez revenir en arrière.
settings-restoring-label = Restauration de la sauvegarde
settings-restore-first = Vérification de la sauvegarde…

settings-about = À propos
settings-version = Version
settings-team-notebook = Carnet d’équipe
settings-notebook = Carnet
settings-team-place = { $database } sur { $server }
settings-about-logs = Quand quelque chose ne va pas, Kindly note ce qui s’est passé dans son dossier de journaux : jamais les données de vos clients ni votre mot de passe. La personne qui vous aide avec Kindly peut vous demander ces fichiers.
settings-open-logs = Ouvrir le dossier des journaux

settings-crash = Kindly s’est fermé de façon inattendue la dernière fois.
settings-crash-when = Kindly s’est fermé de façon inattendue la dernière fois ({ $when }).
settings-crash-text = Il a écrit une courte note à ce sujet dans son dossier de journaux, sans les données de vos clients, au cas où la personne qui vous aide avec Kindly voudrait la voir.
