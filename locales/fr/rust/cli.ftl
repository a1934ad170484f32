# Les phrases de la ligne de commande (crates/kindly-cli). Sa sortie pour les
# machines (--json, exports, lignes de `kindly team staff`) ne change pas avec
# la langue ; l’aide (--help) est dans cli-help.ftl ; les erreurs de clap restent
# en anglais.

cli-more-information = Pour en savoir plus, essayez « { $help } ».
cli-passphrase-needed = Ce carnet est protégé par un mot de passe. Mettez-le dans la variable d’environnement KINDLY_PASSPHRASE.
cli-passphrase-not-utf8 = Le mot de passe dans KINDLY_PASSPHRASE n’est pas du texte valide (UTF-8). Kindly utilise les mots de passe exactement tels qu’ils ont été saisis : il ne peut donc pas utiliser celui-ci.
cli-no-data-folder = Le dossier de données de Kindly est introuvable ; indiquez --data-dir.
cli-database-or-data-dir = Indiquez soit --database (un carnet d’équipe), soit --data-dir (un carnet sur cet ordinateur), pas les deux.
cli-restored =
    { $file } a été restauré.
    Le carnet tel qu’il était est gardé dans { $kept }
cli-nobody-matches = Personne dans le carnet ne correspond à { $query }.
cli-cannot-write = impossible d’écrire la sortie : { $reason }

## kindly export

cli-export-everyone = export --format { $format } exporte tout le monde ; retirez --customer (les données d’un seul client, c’est --format json ou text).
cli-export-needs-customer = export --format json|text demande --customer ID.
cli-json-failed = les données n’ont pas pu être écrites en JSON : { $reason }
cli-file-not-written = { $file } n’a pas pu être écrit : { $reason }

## kindly import

cli-preview = { $file } : { $new } nouveaux, { $merged } à ajouter à des clients déjà là, { $skipped } déjà là, { $left_out } laissés de côté.
cli-preview-note = Remarque : { $note }
cli-preview-line = ligne { $line }
cli-preview-new = nouveau
cli-preview-add-to = à ajouter à { $matched } ({ $reason })
cli-preview-already-here = déjà là : { $matched } ({ $reason })
cli-preview-more = … et { $count } de plus.
cli-preview-left-out = Laissés de côté :
cli-dry-run = Essai : rien n’a été écrit.
cli-imported = Importé : { $new } nouveaux, { $merged } complétés, { $skipped } déjà là{ $left_out ->
        [0] {""}
       *[other] , { $left_out } laissés de côté
    }.

## kindly team

cli-team-needs-address = kindly team a besoin de l’adresse du carnet d’équipe, avec l’identifiant du propriétaire (copy-out accepte n’importe lequel) : --database postgres://proprietaire@serveur/carnet (ou { $variable }).
cli-team-ready = Le carnet d’équipe est prêt. Donnez un identifiant à chaque personne qui y travaille avec `kindly team add-staff "NOM"`.
cli-staff-added = { $name } peut maintenant se connecter au carnet d’équipe comme { $login } avec ce mot de passe :
cli-staff-give-password = Donnez ce mot de passe à { $first } ; Kindly ne le montrera plus.
cli-staff-removed = { $name } ({ $login }) ne peut plus se connecter. Ce que cette personne a écrit reste, sous son nom.
cli-staff-nobody-called = Personne du nom de { $name } n’a d’identifiant actif sur ce carnet d’équipe (`kindly team staff` les liste).
cli-staff-none = Personne n’a encore d’identifiant.
cli-no-notebook-file = Il n’y a pas de fichier de carnet à { $file }.
cli-moved-in =
    { $file } a été déplacé dans le carnet d’équipe : { $summary }.
    Le fichier est resté tel quel ; quand tout le monde travaillera dans le carnet d’équipe, gardez-le en lieu sûr ou supprimez-le.
cli-copied-out = Le carnet d’équipe a été copié dans { $file } : { $summary }.
cli-moved-count = { $what ->
        [customers] { $count ->
            [one] { $count } client
           *[other] { $count } clients (corbeille comprise)
        }
        [conversations] { $count ->
            [one] { $count } échange
           *[other] { $count } échanges
        }
        [issues] { $count ->
            [one] { $count } demande
           *[other] { $count } demandes
        }
        [promises] { $count ->
            [one] { $count } promesse
           *[other] { $count } promesses
        }
        [follow-ups] { $count ->
            [one] { $count } suivi
           *[other] { $count } suivis
        }
        [situations] { $count ->
            [one] { $count } incident
           *[other] { $count } incidents
        }
        [merges] { $count ->
            [one] { $count } fusion
           *[other] { $count } fusions
        }
       *[staff] { $count ->
            [one] { $count } personne de l’équipe
           *[other] { $count } personnes de l’équipe
        }
    }

