# Ce qui ne va pas dans ce qui a été saisi, montré à côté du champ du
# formulaire (rules/validate.rs et les autres vérifications du cœur).

# Les champs du formulaire, tels que les messages ci-dessous les nomment ($label).
validate-label-full-name = « Nom complet »
validate-label-preferred-name = « Comment l’appeler »
validate-label-pronunciation = « Comment le prononcer »
validate-label-pronouns = « Pronoms »
validate-label-company = « Entreprise ou foyer »
validate-label-address = « Adresse postale »
validate-label-best-time = « Meilleur moment pour le joindre »
validate-label-dont = « À éviter »
validate-label-preferences = « Ce qu’il aime »
validate-label-remember = « À toujours retenir »
validate-label-notes = « Autre chose »
validate-label-looked-after-by = « Suivi par »
validate-label-a-tag = Une étiquette
validate-label-a-phone = Un numéro de téléphone
validate-label-a-label = Un libellé
validate-label-an-email = Une adresse e-mail
validate-label-who = « Qui »
validate-label-the-name = Le nom
validate-label-the-tag = L’étiquette
validate-label-the-category = La catégorie
validate-label-group-name = Le nom du groupe
validate-label-the-title = Le titre
validate-label-what-was-said = « Ce qui a été dit »
validate-label-short-title = « Titre court »
validate-label-a-category = Une catégorie
validate-label-what-we-promised = « Ce que nous avons promis »
validate-label-the-note = La note
validate-label-initials = Les initiales

validate-full-name-missing = Saisissez le nom du client.
validate-language = Choisissez une langue dans la liste (ou écrivez son code, comme « fr » ou « pt-BR »).
validate-gap-zero = Les deux délais doivent être d’au moins un jour.
validate-gap-too-long = Un délai ne peut pas dépasser cinq ans.
validate-gap-order = Le délai le plus long ne peut pas être plus court que le délai idéal.
validate-too-long = { $label } ne peut pas dépasser { $max } caractères.
validate-control-characters = { $label } contient des caractères impossibles à enregistrer (des caractères de contrôle invisibles).
validate-one-line = { $label } doit tenir sur une seule ligne.
validate-each-item = Chaque élément de { $label }
validate-too-many-items = { $label } ne peut pas contenir plus de { $max } éléments.
validate-too-many-tags = Un client peut avoir au plus { $max } étiquettes.
validate-not-a-phone = « { $number } » ne ressemble pas à un numéro de téléphone. Utilisez seulement des chiffres, des espaces et - ( ) . /, avec + et l’indicatif du pays devant s’il en a un.
validate-too-many-phones = Un client peut avoir au plus { $max } numéros de téléphone.
validate-not-an-email = « { $address } » ne ressemble pas à une adresse e-mail (elle devrait ressembler à nom@exemple.fr).
validate-too-many-emails = Un client peut avoir au plus { $max } adresses e-mail.
validate-invisible = { $what ->
        [phone] Ce numéro de téléphone
       *[email] Cette adresse e-mail
    } contient des caractères invisibles (comme une marque de droite à gauche ou une espace de largeur nulle) : ce n’est peut-être pas ce qui s’affiche. Saisissez-le à nouveau.
validate-no-such-date = Cette date n’existe pas. Vérifiez le jour et le mois.
validate-year-range = L’année doit être entre 1900 et 2100, ou rester vide.
validate-date-out-of-range = Cette date est hors des limites.
validate-label-own-words = « Le problème avec ses mots »
validate-label-root-cause = « Ce qu’il y a vraiment derrière »

# Les refus des autres formulaires et actions du cœur.
validate-type-tag-issue-category = Saisissez une étiquette ou une catégorie de demande pour choisir des clients.
validate-give-group-name-such = Donnez un nom au groupe, par exemple « Mariages du mois ».
validate-group-could-not-found = Ce groupe est introuvable.
validate-give-situation-short-title = Donnez un titre court à l’incident, par exemple « Livraison en retard des gâteaux de mariage ».
validate-situation-closed-undo-closing = Cet incident est clos. Annulez sa clôture pour le modifier.
validate-one-those-customers-could = L’un de ces clients est introuvable.
validate-customer-not-affected-by = Ce client n’est pas concerné par cet incident.
validate-pick-day-within-next = Choisissez un jour dans l’année qui vient.
validate-change-has-already-been = Cette modification a déjà été annulée.
validate-undo-later-change-first = Annulez d’abord la modification plus récente.
validate-issue-could-not-found = Cette demande est introuvable.
validate-issue-belongs-another-customer = Cette demande appartient à un autre client.
validate-write-few-words-about = Écrivez quelques mots sur ce qui a été dit.
validate-time-future = Cette heure est dans le futur.
validate-give-issue-short-title = Donnez un titre court à la demande.
validate-say-what-we-promised = Dites ce que nous avons promis.
validate-say-who-we-are = Dites qui nous attendons : le client ou nous.
validate-say-what-we-are = Dites ce que nous attendons.
validate-say-what-we-did = Dites ce que nous avons fait pour arranger les choses.
validate-say-what-happened-next = Dites ce qui s’est passé, pour la personne suivante.
validate-moving-takes-notebook-file = Le déplacement prend un fichier de carnet sur cet ordinateur, pas un autre carnet d’équipe.
validate-moving-into-team-notebook = Le déplacement se fait vers un carnet d’équipe sur un serveur, pas vers un autre fichier.
validate-copying-out-team-notebook = La copie vers un fichier concerne un carnet d’équipe ; un carnet sur cet ordinateur se copie avec une sauvegarde.
validate-enter-persons-name = Saisissez le nom de la personne.
validate-needs-team-notebooks-server = Il faut pour cela le serveur du carnet d’équipe, et Kindly n’y est pas connecté pour le moment.
validate-key-kept-offline-copy = La clé gardée pour la copie hors ligne n’a pas été créée par Kindly.
validate-offline-copy-kept-team = Une copie hors ligne se garde pour un carnet d’équipe ; un carnet sur cet ordinateur n’en a pas besoin.
validate-birthday-reminders-come-from = Les rappels d’anniversaire viennent de la date d’anniversaire dans le profil du client.
validate-issue-promise-could-not = Cette demande ou cette promesse est introuvable.
validate-issue-promise-belongs-another = Cette demande ou cette promesse appartient à un autre client.
validate-repeat-rule-has-no = Cette règle de répétition n’a plus de date à partir d’aujourd’hui. Changez le jour ou la règle.
validate-follow-up-has-already = Ce suivi a déjà été fait.
validate-only-repeating-follow-up = Seul un suivi qui se répète peut sauter une fois. Marquez-le comme fait ou mettez-le à la corbeille.
validate-birthday-reminder-follows-birthday = Un rappel d’anniversaire suit la date d’anniversaire dans le profil du client.
validate-follow-up-cannot-move = Un suivi ne peut pas passer à un autre client.
validate-choose-two-different-customers = Choisissez deux clients différents.
validate-choose-two-different-customers-2 = Choisissez deux clients différents à fusionner.
validate-merge-has-already-been = Cette fusion a déjà été annulée, ou l’un des clients a été oublié.
validate-customer-merge-kept-trash = Le client gardé par cette fusion est dans la corbeille. Restaurez-le d’abord, puis annulez la fusion.
validate-choose-at-most-1 = Choisissez au plus 1 440 minutes (une journée), ou 0 pour jamais.
validate-notebook-already-protected-use = Ce carnet est déjà protégé. Utilisez plutôt « Changer le mot de passe ».
validate-notebook-has-no-passphrase = Ce carnet n’a pas de mot de passe.
validate-not-notebooks-passphrase-check = Ce n’est pas le mot de passe du carnet. Vérifiez la touche Verr. Maj et réessayez.
validate-notebook-memory-cannot-protected = Un carnet en mémoire ne peut pas être protégé.
validate-choose-whole-folder-path = Choisissez le chemin complet d’un dossier, comme /home/ana/Sauvegardes.
validate-backup-could-not-read = La sauvegarde n’a pas pu être relue.
validate-file-not-one-backups = Ce fichier n’est pas l’une des sauvegardes du dossier de sauvegarde. Rien n’a été modifié.
validate-keep-between-1-365 = Gardez entre 1 et 365 sauvegardes.
validate-choose-country-from-list = Choisissez un pays dans la liste (un code de deux lettres comme US, GB ou FR).
validate-choose-time-zone-from = Choisissez un fuseau horaire dans la liste, comme Europe/Paris.
validate-not-key-combination = Ce n’est pas une combinaison de touches.
validate-sample-customers-are-already = Les clients d’exemple sont déjà là.
validate-team-notebook-whoever-signed = Sur un carnet d’équipe, la personne connectée sur cet ordinateur est au comptoir.
validate-choose-someone-from-staff = Choisissez quelqu’un dans la liste de l’équipe.
validate-two-passphrases-are-different = Les deux mots de passe sont différents. Saisissez deux fois le même.
validate-use-letters-digits-spaces = Utilisez seulement des lettres, des chiffres, des espaces et de la ponctuation.
validate-port-after-colon-must = Le port, après les deux-points, doit être un nombre de 1 à 65535 (celui de PostgreSQL est souvent 5432).
validate-enter-your-login-name = Saisissez votre identifiant (la personne responsable vous l’a donné avec votre mot de passe).
validate-enter-your-password = Saisissez votre mot de passe.
validate-not-password-kindly-can = Kindly ne peut pas envoyer ce mot de passe : vérifiez-le avec la personne responsable.
validate-enter-servers-address-as = Saisissez l’adresse du serveur telle qu’on vous l’a donnée (par exemple serveur-boutique ou 192.168.1.20).
validate-ipv6-address-written-address = Une adresse IPv6 s’écrit [adresse]:port.
validate-servers-address-name-like = L’adresse d’un serveur est un nom comme serveur-boutique ou une adresse comme 192.168.1.20, avec :port si besoin ; sans espaces, barres obliques ni @.
validate-repeat-rule-not-one = Kindly ne comprend pas cette règle de répétition.
validate-repeat-rule-never-happens = Cette règle de répétition ne tombe jamais.
validate-please-enter-date-such = Saisissez une date comme 2026-03-14.
validate-please-enter-time-such = Saisissez une heure comme 09:30.
validate-pick-moment-future = Choisissez un moment dans le futur.
validate-team-notebook-address-could = Cette adresse de carnet d’équipe n’a pas pu être lue. Elle ressemble à postgres://nom@serveur/carnet.
validate-certificate-file-address-names = Le fichier de certificat nommé par l’adresse (sslrootcert) n’a pas pu être lu.
validate-passphrase-does-not-open = Ce mot de passe n’ouvre pas ce carnet. Vérifiez la touche Verr. Maj et réessayez.
validate-kindly-cannot-read-file = Kindly ne peut pas lire un fichier portant ce nom.
validate-kindly-cannot-write-folder = Kindly ne peut pas écrire dans un dossier portant ce nom.
validate-pick-at-most = Choisissez au plus { $max } clients à la fois.
validate-list-between = Affichez entre 1 et { $max } clients à la fois.
validate-added-since = { $count ->
        [one] L’un des clients ajoutés a été prévenu ou a reçu un geste depuis
       *[other] { $count } des clients ajoutés ont été prévenus ou ont reçu un geste depuis
    } : cet ajout ne peut donc pas être annulé d’un bloc. Retirez un par un ceux qui ont été ajoutés par erreur.
validate-too-many-categories = Une demande peut avoir au plus { $max } catégories.
validate-issue-cannot-move = Une demande { $from ->
        [open] ouverte
        [in_progress] en cours
        [waiting] en attente
        [resolved] résolue
       *[closed] close
    } ne peut pas passer à l’état « { $to ->
        [open] ouverte
        [in_progress] en cours
        [waiting] en attente
        [resolved] résolue
       *[closed] close
    } ».
validate-promise-already-marked = Cette promesse est déjà marquée { $state ->
        [open] ouverte
        [kept] tenue
       *[broken] non tenue
    }.
validate-no-folder-for-copy = Il n’y a pas de dossier { $folder } où mettre la copie.
validate-file-exists = { $file } existe déjà. Kindly n’écrit jamais par-dessus un fichier : choisissez un nouveau nom.
validate-not-a-file-name = { $file } n’est pas un nom de fichier.
validate-already-on-staff = { $name } est déjà dans la liste de l’équipe.
validate-passphrase-too-short = Utilisez au moins { $min } caractères ; une courte phrase est facile à retenir et difficile à deviner.
validate-passphrase-too-long = Utilisez au plus { $max } caractères.
validate-extension-needs-owner = `kindly team init` a besoin de l’identifiant propriétaire de la base (ou d’un identifiant qui peut y créer des objets) pour ajouter l’extension PostgreSQL { $name }. Rien n’a été modifié.
validate-staff-needs-owner = Ajouter ou retirer des membres de l’équipe demande l’identifiant du propriétaire du carnet d’équipe, qui peut créer des rôles (CREATEROLE) ; { $login } ne le peut pas. Rien n’a été modifié.
validate-already-has-login = { $name } a déjà un identifiant ({ $login }). Pour lui donner un nouveau mot de passe, retirez cet identifiant et ajoutez la personne à nouveau.
validate-every-login-taken = Tous les identifiants du type { $base } sont déjà pris sur ce serveur.
validate-moving-needs-owner = Déplacer un carnet demande l’identifiant du propriétaire du carnet d’équipe (celui avec lequel `kindly team init` a été lancé) ; { $login } n’est pas celui-là. Rien n’a été déplacé.
validate-name-too-long = { $what ->
        [database] Le nom du carnet
       *[login] L’identifiant
    } est trop long (63 lettres au plus).
validate-name-bad-character = { $what ->
        [database] Le nom du carnet
       *[login] L’identifiant
    } contient un caractère qui ne peut pas en faire partie.

validate-label-the-update = La nouvelle
validate-say-what-changed = Dites ce qui a changé, par exemple « La pièce arrive jeudi ».
validate-pick-who-was-told = Choisissez qui a été prévenu.
validate-phone-too-long = C’est trop long pour un numéro de téléphone.
validate-phone-too-few-digits = Tapez au moins { $digits } chiffres du numéro.
validate-too-many-done = Cochez au plus { $max } suivis pour un appel.
validate-follow-up-not-found = Ce suivi est introuvable.
validate-follow-up-other-customer = Ce suivi concerne un autre client.
validate-label-what-happened = Ce qui s’est passé
validate-label-what-we-do = Ce que nous faisons
