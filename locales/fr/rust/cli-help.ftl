# L’aide de `kindly --help` et de chaque commande (crates/kindly-cli/src/help.rs).
# Les noms d’options (--data-dir), de valeurs (DIR) et les commandes restent tels qu’on les tape.

cli-help = Kindly en ligne de commande : le même carnet que dans la fenêtre, sans fenêtre.
cli-help-after =
    Chaque commande accepte --data-dir DIR (sinon $KINDLY_DATA_DIR, sinon le
    dossier de données de Kindly). Un carnet protégé par un mot de passe s’ouvre
    avec celui de $KINDLY_PASSPHRASE.

    Sur un carnet d’équipe, chaque commande accepte à la place --database
    postgres://login@serveur/carnet (sinon $KINDLY_DATABASE) ; backup et restore
    valent pour le carnet de cet ordinateur. kindly team demande l’identifiant du
    propriétaire, autorisé à créer des rôles (copy-out accepte n’importe quel
    identifiant).

    Codes de sortie : 0 fait, 1 personne ne correspond (lookup, changes, team
    remove-staff), 2 un problème (expliqué sur la sortie d’erreur).
cli-help-usage = Utilisation :
cli-help-heading-commands = Commandes
cli-help-heading-arguments = Arguments
cli-help-heading-options = Options
cli-help-flag-help = Afficher l’aide
cli-help-flag-help-long = Afficher l’aide (-h : en plus court)
cli-help-flag-version = Afficher la version
cli-help-arg-data-dir = Le dossier du carnet (sinon $KINDLY_DATA_DIR, sinon le dossier de données de Kindly)
cli-help-arg-database = L’adresse d’un carnet d’équipe, postgres://login@serveur/carnet (sinon $KINDLY_DATABASE, plus sûr : les autres utilisateurs de l’ordinateur peuvent lire les arguments)
cli-help-help = Afficher cette aide, ou celle d’une commande
cli-help-help-arg-subcommand = La commande dont afficher l’aide

cli-help-import = Importer un fichier vCard (.vcf) ou CSV ; affiche d’abord ce qui va se passer
cli-help-import-arg-file = Le fichier à importer
cli-help-import-arg-dry-run = Afficher ce qui se passerait, sans rien écrire
cli-help-lookup = Afficher la fiche de la personne qui correspond le mieux (sortie 1 si personne ne correspond)
cli-help-lookup-arg-query = Un nom, ou un numéro de téléphone écrit de n’importe quelle façon courante
cli-help-changes = Afficher qui a changé quoi sur un client, du plus récent au plus ancien (sortie 1 si personne ne correspond)
cli-help-changes-arg-query = L’identifiant du client, ou un nom
cli-help-backup = Faire une sauvegarde vérifiée dans le dossier des sauvegardes ; affiche son chemin
cli-help-restore = Restaurer une sauvegarde ; le carnet tel qu’il était est gardé
cli-help-restore-arg-file = Le fichier de sauvegarde
cli-help-export = Exporter tous les clients, les suivis, ou le dossier d’un client
cli-help-export-more = Tous les clients en vCard 4.0 ou CSV, les suivis en fichier iCalendar, ou tout ce qui est gardé sur un client (Corbeille comprise) en JSON ou en texte : sur la sortie standard, ou avec -o dans un fichier (remplacé en entier).
cli-help-export-arg-format = Ce qu’il faut écrire
cli-help-export-arg-format-value-vcard = Tous les clients en vCard 4.0
cli-help-export-arg-format-value-csv = Tous les clients en CSV
cli-help-export-arg-format-value-ics = Les suivis en fichier iCalendar
cli-help-export-arg-format-value-json = Tout ce qui est gardé sur un client (--customer), en JSON
cli-help-export-arg-format-value-text = Tout ce qui est gardé sur un client (--customer), en texte
cli-help-export-arg-customer = Le client dont écrire le dossier (avec json ou text seulement)
cli-help-export-arg-output = Écrire dans FILE (remplacé en entier) au lieu de la sortie standard
cli-help-team = Un carnet d’équipe sur un serveur PostgreSQL : mise en place, identifiants, entrée et sortie
cli-help-team-more = L’adresse vient de --database ou de $KINDLY_DATABASE, avec l’identifiant du propriétaire (autorisé à créer des rôles) ; copy-out accepte n’importe quel identifiant.
cli-help-team-init = Créer le carnet d’équipe : tables, extensions, un rôle pour l’équipe (sans effet si c’est déjà fait)
cli-help-team-add-staff = Un identifiant pour une personne ; son mot de passe n’est affiché qu’une fois
cli-help-team-add-staff-arg-name = Le nom de la personne, entre guillemets
cli-help-team-remove-staff = Retirer l’identifiant d’une personne (sortie 1 si personne ne l’a) ; ce qu’elle a écrit reste
cli-help-team-remove-staff-arg-name = Le nom de la personne, entre guillemets
cli-help-team-staff = Lister les identifiants : nom, identifiant, ajouté, retiré
cli-help-team-move-in = Faire entrer un fichier de carnet dans le carnet d’équipe, qui doit être neuf et vide
cli-help-team-move-in-arg-file = Le fichier du carnet (notebook.sqlite)
cli-help-team-copy-out = Copier tout le carnet d’équipe dans un nouveau fichier de carnet (n’importe quel identifiant)
cli-help-team-copy-out-arg-file = Le nouveau fichier de carnet (jamais un fichier existant)
cli-help-completions = Afficher un script de complétion pour bash, zsh ou fish
cli-help-completions-more = Par exemple : kindly completions bash > ~/.local/share/bash-completion/completions/kindly
cli-help-completions-arg-shell = Le shell
