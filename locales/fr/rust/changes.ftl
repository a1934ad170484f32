# Ce qu’a fait une modification d’un client, en mots qui suivent le nom de qui l’a faite (rules/changes.rs).

changes-removed = a retiré { $field }
changes-set = a indiqué { $field } : { $value }
changes-changed = a changé { $field } : { $value }
changes-other = a modifié { $field }
changes-created = a ajouté cette personne au carnet
changes-restored = a sorti cette personne de la corbeille
changes-trashed = a mis cette personne à la corbeille
changes-unmerged = a annulé sa fusion avec { $name }
changes-merged = a fusionné cette personne avec { $name }
changes-notes = a modifié les notes

changes-field-full-name = le nom complet
changes-field-preferred-name = le nom d’usage
changes-field-pronunciation = la prononciation du nom
changes-field-pronouns = les pronoms
changes-field-company = l’entreprise ou le foyer
changes-field-phones = les numéros de téléphone
changes-field-emails = les adresses e-mail
changes-field-address = l’adresse postale
changes-field-birthday = la date d’anniversaire
changes-field-contact-channel = le moyen de contact préféré
changes-field-best-time = le meilleur moment pour joindre
changes-field-language = la langue préférée
changes-field-notes = les notes
changes-field-looked-after-by = la personne qui s’en occupe
changes-field-stay-in-touch = le rythme de contact

changes-added-dont = a ajouté { $count ->
        [one] une chose à éviter
       *[other] { $count } choses à éviter
    } : { $items }
changes-removed-dont = a retiré { $count ->
        [one] une chose à éviter
       *[other] { $count } choses à éviter
    } : { $items }
changes-reordered-dont = a changé l’ordre des choses à éviter
changes-added-preferences = a ajouté { $count ->
        [one] une préférence
       *[other] { $count } préférences
    } : { $items }
changes-removed-preferences = a retiré { $count ->
        [one] une préférence
       *[other] { $count } préférences
    } : { $items }
changes-reordered-preferences = a changé l’ordre des préférences
changes-added-remember = a ajouté { $count ->
        [one] une chose à retenir
       *[other] { $count } choses à retenir
    } : { $items }
changes-removed-remember = a retiré { $count ->
        [one] une chose à retenir
       *[other] { $count } choses à retenir
    } : { $items }
changes-reordered-remember = a changé l’ordre des choses à retenir
changes-added-tags = a ajouté { $count ->
        [one] une étiquette
       *[other] { $count } étiquettes
    } : { $items }
changes-removed-tags = a retiré { $count ->
        [one] une étiquette
       *[other] { $count } étiquettes
    } : { $items }
changes-reordered-tags = a changé l’ordre des étiquettes
changes-added-and-removed = { $added } et { $removed }

changes-text-heading = Modifications de { $name }, les plus récentes d’abord :
changes-text-none = aucune enregistrée
changes-text-nobody = personne au poste
changes-text-at-desk = { $login } (au poste : { $desk })
