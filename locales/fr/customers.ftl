# La page et la fiche d’un client (ui/src/lib/customers).

customers-field-full_name = Nom complet
customers-field-preferred_name = Comment l’appeler
customers-field-pronunciation = Comment le prononcer
customers-field-pronouns = Pronoms
customers-field-company = Entreprise ou foyer
customers-field-looked_after_by = Suivi par
customers-field-contact_channel = Moyen de contact préféré
customers-field-best_time = Meilleur moment pour le joindre
customers-field-language = Langue préférée
customers-field-phones = Numéros de téléphone
customers-field-emails = Adresses e-mail
customers-field-address = Adresse postale
customers-field-birthday = Anniversaire
customers-field-dont = À éviter
customers-field-remember = À ne pas oublier
customers-field-preferences = Ses goûts
customers-field-tags = Étiquettes
customers-field-stay_in_touch = Garder le contact
customers-field-notes = Notes

customers-channel-no_preference = Pas de préférence
customers-channel-phone = Téléphone
customers-channel-text_message = SMS
customers-channel-email = E-mail
customers-channel-post = Courrier
customers-channel-in_person = En personne

customers-new = Nouveau client
customers-edit = Modifier le client
customers-edit-name = Modifier { $name }
customers-opening = Ouverture…
customers-form-intro = Seul le nom complet est nécessaire. Tout le reste peut être ajouté plus tard.
customers-offer-edit = Vous avez modifié ce client tout à l’heure sans enregistrer les changements.
customers-offer-new-name = Vous avez commencé à ajouter « { $name } » tout à l’heure sans enregistrer.
customers-offer-new = Vous avez commencé à ajouter un client tout à l’heure sans enregistrer.
customers-offer-bring-back = Le reprendre
customers-offer-discard = Abandonner
customers-part-who = Qui c’est
customers-needed = (nécessaire)
customers-preferred-name-example = ex. Maggie
customers-pronunciation-example = ex. MA-gui o-KA-for
customers-pronouns-example = ex. elle
customers-part-reach = Comment le joindre
customers-best-time-example = ex. en semaine le matin
customers-language-not-said = Non précisée
customers-language-hint = Les messages que Kindly prépare pour ce client sont écrits dans cette langue, quand c’est possible.
customers-part-know = Bon à savoir
customers-dont-hint = (ce qu’il vaut mieux éviter)
customers-dont-example = ex. appeler avant 10 h
customers-remember-example = ex. entend mal, parler lentement
customers-preferences-example = ex. lait d’avoine
customers-tags-example = ex. habitué
customers-list-enter = Appuyez sur Entrée dans une liste pour ajouter la ligne suivante.
customers-notes-label = Autre chose
customers-save = Enregistrer
customers-saving = Enregistrement…
customers-cancel = Annuler
customers-keys-save = pour enregistrer
customers-keys-cancel = pour annuler

customers-no-phones = Aucun numéro de téléphone.
customers-no-emails = Aucune adresse e-mail.
customers-phone-n = Numéro de téléphone { $n }
customers-email-n = Adresse e-mail { $n }
customers-phone-placeholder = Le numéro, tel que vous le composez
customers-email-placeholder = nom@exemple.fr
customers-phone-label-n = Libellé du téléphone { $n }
customers-email-label-n = Libellé de l’e-mail { $n }
customers-phone-label-example = ex. portable, boutique
customers-email-label-example = ex. perso, travail
customers-main = Principal
customers-remove = Retirer
customers-remove-phone = Retirer le téléphone { $n }
customers-remove-email = Retirer l’e-mail { $n }
customers-add-phone = + Ajouter un téléphone
customers-add-another-phone = + Ajouter un autre téléphone
customers-add-email = + Ajouter un e-mail
customers-add-another-email = + Ajouter un autre e-mail

customers-list-item =
    { $label } : { $list ->
        [dont] élément
        [remember] point
        [preferences] préférence
       *[tags] étiquette
    } { $n }
customers-list-remove =
    Retirer { $list ->
        [dont] l’élément
        [remember] le point
        [preferences] la préférence
       *[tags] l’étiquette
    } { $n }
customers-list-add =
    + Ajouter { $list ->
        [dont] un élément
        [remember] un point
        [preferences] une préférence
       *[tags] une étiquette
    }
customers-list-add-another =
    + Ajouter { $list ->
        [dont] un autre élément
        [remember] un autre point
        [preferences] une autre préférence
       *[tags] une autre étiquette
    }

customers-year-optional = (année facultative)
customers-day = Jour
customers-month = Mois
customers-year = Année
customers-birthday-day = Anniversaire : jour
customers-birthday-month = Anniversaire : mois
customers-birthday-year = Anniversaire : année (facultative)
customers-touch-enabled = Garder le contact régulièrement
customers-touch-ideal-before = Idéalement toutes les
customers-touch-ideal-after = semaines
customers-touch-longest-before = et jamais plus de
customers-touch-longest-after = semaines d’écart
customers-touch-hint = Compté depuis le dernier échange. « Aujourd’hui » affiche ce client quand l’écart idéal est passé.
customers-touch-weeks-wrong = Indiquez les deux écarts en semaines entières, par exemple 6 et 10.
customers-touch-longest-short = L’écart le plus long ne peut pas être plus court que l’écart idéal.
customers-birthday-day-month = Indiquez le jour et le mois, ou laissez l’anniversaire vide.
customers-birthday-day-wrong = Le jour doit être un nombre de 1 à 31.
customers-birthday-year-wrong = L’année doit avoir quatre chiffres, comme 1980, ou rester vide.

customers-back = ← Retour à la recherche
customers-in-trash = { $name } est dans la corbeille. Restaurez ce client pour le retrouver et le modifier à nouveau.
customers-restore = Restaurer
customers-say-it = Prononciation :
customers-full-name = Nom complet :
customers-tags = Étiquettes
customers-brief = Fiche
customers-brief-title = L’essentiel avant un appel, sur un seul écran
customers-edit-button = Modifier
customers-trash = Mettre à la corbeille
customers-dont = À éviter
customers-remember = À ne pas oublier
customers-preferences = Ses goûts
customers-notes = Notes
customers-nothing-yet = Pas encore de préférences ni de notes.
customers-nothing-yet-edit = Pas encore de préférences ni de notes. Choisissez « Modifier » pour noter ce qu’il aime et ce qu’il ne faut pas oublier.
customers-added = Ajouté le { $date }
customers-last-changed = Dernier changement : { $when }
customers-more = Plus
customers-record = Tout ce que nous avons sur ce client
customers-record-hint = Pour un client qui demande ce que nous savons de lui : enregistre tout à l’endroit de votre choix, dans un fichier à lire ou imprimer (.txt) et un fichier pour d’autres logiciels (.json).
customers-forget-button = Oublier ce client…
customers-forget-hint = Pour un client qui demande à être effacé : le supprime définitivement, avec tout son historique.
customers-forgotten = { $name } a été oublié.
customers-forget-title = Oublier { $name } définitivement ?
customers-forget-confirm = Oublier { $name } définitivement
customers-forgetting = Effacement…
customers-forget-text = Cela efface définitivement { $name } et tout son historique de votre carnet : coordonnées, échanges, demandes, promesses et suivis. Impossible de revenir en arrière, même depuis la corbeille.
customers-forget-only = À utiliser uniquement pour un client qui a demandé à être effacé. Les sauvegardes faites avant aujourd’hui le contiennent encore.

customers-contact = Coordonnées
customers-no-contact = Pas encore de coordonnées.
customers-phone = Téléphone
customers-email = E-mail
customers-main-chip = principal
customers-check-country = vérifier le pays
customers-check-country-title = Ce numéro n’est pas valide dans le pays du carnet. S’il est de l’étranger, ajoutez + et l’indicatif du pays.

customers-changes = Changements de ce profil
customers-changes-reading = Lecture des changements…
customers-changes-none = Aucun changement enregistré pour l’instant.
customers-changes-less = Afficher moins
customers-changes-all = Tout afficher
customers-changes-older = Afficher les changements plus anciens
customers-changes-reading-more = Lecture…
customers-changes-someone = Quelqu’un
customers-change-created = Ajouté au carnet sous le nom
customers-change-restored = Sorti de la corbeille
customers-change-trashed = Mis à la corbeille
customers-change-unmerged = Fusion annulée : ne fait plus partie de
customers-change-merged = Fusionné avec
customers-change-changed = { $field } (modifié)
customers-change-added = { $field } (ajouté)
customers-change-removed = { $field } (retiré)
customers-change-label = { $what } :
customers-change-was = { $line }, avant : { $value }

customers-subject-full_name = le nom complet de { $name }
customers-subject-preferred_name = le nom d’usage de { $name }
customers-subject-pronunciation = la prononciation du nom de { $name }
customers-subject-pronouns = les pronoms de { $name }
customers-subject-company = l’entreprise ou le foyer de { $name }
customers-subject-looked_after_by = qui suit { $name }
customers-subject-phones = les numéros de téléphone de { $name }
customers-subject-emails = les adresses e-mail de { $name }
customers-subject-contact_channel = le moyen de contact préféré de { $name }
customers-subject-best_time = le meilleur moment pour joindre { $name }
customers-subject-language = la langue préférée de { $name }
customers-subject-address = l’adresse postale de { $name }
customers-subject-dont = les choses à éviter avec { $name }
customers-subject-remember = ce qu’il ne faut pas oublier sur { $name }
customers-subject-preferences = les goûts de { $name }
customers-subject-tags = les étiquettes de { $name }
customers-subject-birthday = l’anniversaire de { $name }
customers-subject-touch = le rythme de contact avec { $name }
customers-subject-notes = les notes sur { $name }
customers-the-full_name = le nom complet
customers-the-preferred_name = le nom d’usage
customers-the-pronunciation = la prononciation
customers-the-pronouns = les pronoms
customers-the-company = l’entreprise ou le foyer
customers-the-looked_after_by = qui le suit
customers-the-phones = les numéros de téléphone
customers-the-emails = les adresses e-mail
customers-the-contact_channel = le moyen de contact préféré
customers-the-best_time = le meilleur moment
customers-the-language = la langue préférée
customers-the-address = l’adresse postale
customers-the-dont = les choses à éviter
customers-the-remember = ce qu’il ne faut pas oublier
customers-the-preferences = les goûts
customers-the-tags = les étiquettes
customers-the-birthday = l’anniversaire
customers-the-touch = le rythme de contact
customers-the-notes = les notes
customers-language-none = non précisée
customers-touch-words =
    idéalement { $ideal ->
        [one] chaque semaine
       *[other] toutes les { $ideal } semaines
    }, au plus { $longest }
customers-count =
    { $count ->
        [one] { $shown } client
       *[other] { $shown } clients
    }
