# Réunir deux profils d’une même personne, en fusionnant des doublons ou en important un contact
# dans un client (rules/combine.rs). Les lignes « combine-note-… » s’écrivent dans les notes du
# client gardé ; les « combine-adds-… » listent les changements dans les aperçus de fusion et
# d’import ; les « combine-left-out-… » disent ce qui n’a pas tenu.

combine-note-also-known-as = Aussi appelé : { $name }
combine-note-nickname = Surnom : { $value }
combine-note-pronunciation = Prononciation : { $value }
combine-note-pronouns = Pronoms : { $value }
combine-note-company = Entreprise : { $value }
combine-note-address = Adresse : { $value }
combine-note-best-time = Meilleur moment : { $value }
combine-note-language = Langue : { $value }
combine-note-looked-after-by = Suivi par : { $value }
combine-note-birthday = Anniversaire : { $day }/{ $month }
combine-note-birthday-with-year = Anniversaire : { $day }/{ $month }/{ $year }
combine-note-prefers = Préfère : { $channel }
combine-channel-phone = le téléphone
combine-channel-text-message = les SMS
combine-channel-email = l’e-mail
combine-channel-post = le courrier
combine-channel-in-person = en personne
combine-channel-no-preference = pas de préférence
combine-note-stay-in-touch =
    Garder le contact : { $ideal ->
        [one] chaque jour
       *[other] tous les { $ideal } jours
    }, au plus { $longest ->
        [one] { $longest } jour
       *[other] { $longest } jours
    }

combine-adds-nickname = ajoute le surnom
combine-adds-pronunciation = ajoute la prononciation
combine-adds-pronouns = ajoute les pronoms
combine-adds-company = ajoute l’entreprise
combine-adds-address = ajoute l’adresse
combine-adds-best-time = ajoute le meilleur moment pour joindre
combine-adds-language = ajoute la langue
combine-adds-looked-after-by = ajoute qui suit ce client
combine-adds-birthday = ajoute l’anniversaire
combine-adds-birth-year = ajoute l’année de naissance
combine-adds-contact-channel = ajoute comment le contacter
combine-adds-stay-in-touch = ajoute à quel rythme garder le contact
combine-adds-contact = ajoute { $contact }
combine-adds-dont = ajoute un « à éviter »
combine-adds-preference = ajoute une préférence
combine-adds-remember = ajoute une chose à retenir
combine-adds-tag = ajoute une étiquette
combine-adds-to-notes = complète les notes

combine-left-out-of-notes = « { $text } » n’a pas tenu dans les notes.
combine-left-out-item = « { $text } » n’a pas tenu.
combine-left-out-phone = Le numéro { $number } n’a pas tenu.
combine-left-out-email = L’adresse e-mail { $address } n’a pas tenu.
