# Ce que dit le programme de bureau lui-même (src-tauri).

shell-dialog-failed = La fenêtre de dialogue n’a pas pu s’afficher. Veuillez réessayer.
shell-drop-nothing = Rien de ce qui a été déposé ne peut être importé par Kindly.
shell-drop-several = Déposez un seul fichier de contacts à la fois : Kindly importe un fichier à la fois.
shell-drop-folder = « { $name } » est un dossier. Déposez un fichier de contacts (.vcf ou .csv) qui s’y trouve.
shell-drop-other-kind = Kindly importe des contacts depuis un fichier vCard (.vcf) ou un tableur enregistré en CSV (.csv) ; « { $name } » n’est ni l’un ni l’autre.
shell-log-folder-failed = Kindly n’a pas pu ouvrir le dossier du journal. Il se trouve ici : { $folder }.
shell-backup-folder-title = Choisir un dossier pour les sauvegardes
shell-backup-folder-unusable = Kindly ne peut pas utiliser un dossier portant ce nom. Choisissez-en un autre.
shell-cancel = Annuler
shell-no-downloads = Impossible de trouver votre dossier Téléchargements : { $error }
shell-save-failed = Le fichier n’a pas pu être enregistré. Veuillez réessayer.
shell-file-customers = Clients Kindly { $day }
shell-file-follow-ups = Suivis Kindly { $day }
shell-save-customers = Enregistrer tous les clients
shell-save-calendar = Enregistrer les suivis comme agenda
shell-save-record = Enregistrer tout ce que nous conservons sur ce client
shell-filter-vcard = vCard (pour téléphones et messageries)
shell-filter-csv = Tableur (CSV)
shell-filter-calendar = Agenda (.ics)
shell-filter-record = Données du client (JSON et texte)
shell-choose-contacts = Choisir un fichier de contacts
shell-choose-contacts-first = Choisissez d’abord un fichier de contacts.
shell-filter-contacts = Contacts (vCard ou CSV)
shell-login-setting-failed = Impossible de lire le réglage de démarrage : { $error }
shell-keychain-passphrase = Le trousseau de cet ordinateur n’a pas pu garder le mot de passe ({ $error }). Kindly le demandera à chaque démarrage.
shell-keychain-password = Le trousseau de cet ordinateur n’a pas pu garder le mot de passe ({ $error }). Kindly le demandera à chaque démarrage.

# La liste des clients et les changements à plusieurs à la fois (commands/lists.rs, commands/bulk.rs).
# $max est un nombre.
shell-save-selection = Enregistrer les clients choisis
shell-list-too-long = C’est trop long : { $max } caractères au plus.
shell-list-too-many-tags = Choisissez { $max } étiquettes au plus.
shell-list-too-many-customers = Cela fait trop de clients à la fois : { $max } au plus.
shell-list-none-picked = Cochez d’abord au moins un client.
shell-bulk-tag-needed = Saisissez une étiquette.
shell-bulk-action-needed = Dites ce qu’il faut faire, par exemple « Appeler pour prendre des nouvelles ».
shell-bulk-date-needed = Choisissez le premier jour.
shell-bulk-spread-range = Répartissez-les sur 1 à { $max } jours.
shell-bulk-situation-needed = Choisissez un incident.
