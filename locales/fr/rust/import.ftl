# Ce que dit une importation d’un fichier et de ses contacts (rules/import/*,
# use_cases/exchange/*) : refus du fichier entier, problèmes de chaque
# contact dans l’aperçu (« ligne 12 : … ») et remarques sur le fichier.

## Les problèmes d’un contact.

import-unreadable-contact = Ce contact n’a pas pu être lu.
import-nameless = Un contact sans nom a été laissé de côté.
import-nameless-hint = Un contact sans nom ({ $hint }) a été laissé de côté.
import-shortened = { $what ->
        [name] Le nom a été raccourci
        [nickname] Le surnom a été raccourci
        [company] L’entreprise a été raccourcie
        [address] L’adresse a été raccourcie
        [pronunciation] La prononciation du nom a été raccourcie
        [pronouns] Les pronoms ont été raccourcis
        [best-time] Le meilleur moment pour le joindre a été raccourci
        [looked-after-by] « Suivi par » a été raccourci
        [phone-label] Un libellé de téléphone a été raccourci
        [email-label] Un libellé d’e-mail a été raccourci
        [tag] Une étiquette a été raccourcie
        [list-item] Une note a été raccourcie
       *[notes] Les notes ont été raccourcies
    } à { $max } caractères.
import-left-out = { $what ->
        [phone] Un numéro de téléphone a été laissé de côté
        [email] Une adresse e-mail a été laissée de côté
        [tag] Une étiquette a été laissée de côté
        [birthday] L’anniversaire a été laissé de côté
        [nickname] Le surnom a été laissé de côté
        [company] L’entreprise a été laissée de côté
        [address] L’adresse a été laissée de côté
        [list-item] Une note a été laissée de côté
        [pronunciation] La prononciation du nom a été laissée de côté
        [pronouns] Les pronoms ont été laissés de côté
        [best-time] Le meilleur moment pour le joindre a été laissé de côté
        [language] La langue a été laissée de côté
        [looked-after-by] « Suivi par » a été laissé de côté
        [stay-in-touch] Le rythme de contact a été laissé de côté
       *[notes] Les notes ont été laissées de côté
    } : { $message }
import-too-many = Un client peut avoir au plus { $max } { $what ->
        [phones] numéros de téléphone
        [emails] adresses e-mail
       *[tags] étiquettes
    } ; { $count ->
        [one] { $count } de plus a été laissé de côté.
       *[other] { $count } de plus ont été laissés de côté.
    }
import-too-many-items = Une liste peut contenir au plus { $max } { $what ->
        [dont] notes « À éviter »
        [remember] notes « À toujours retenir »
       *[preferences] préférences
    } ; { $count ->
        [one] { $count } de plus a été laissée de côté.
       *[other] { $count } de plus ont été laissées de côté.
    }
import-invisible-phone = Des caractères invisibles (comme des marques de droite à gauche) ont été retirés du numéro de téléphone « { $number } ».
import-not-a-phone = Le numéro de téléphone « { $number } » a été laissé de côté : il ne ressemble pas à un numéro de téléphone.
import-invisible-email = Des caractères invisibles (comme des marques de droite à gauche) ont été retirés de l’adresse e-mail « { $address } ».
import-email-too-long = Une adresse e-mail de plus de 254 caractères a été laissée de côté.
import-unknown-channel = Le meilleur moyen de le joindre (« { $channel } ») n’est pas connu de Kindly et a été laissé de côté.
import-gap-not-days = Le délai de contact « { $gap } » n’est pas un nombre de jours et a été laissé de côté.
import-birthday-not-a-date = L’anniversaire « { $birthday } » a été laissé de côté : Kindly ne comprend pas cette date.
import-birthday-year = L’année de l’anniversaire ({ $year }) a été laissée de côté.
import-birthday-no-such-date = L’anniversaire « { $birthday } » a été laissé de côté : cette date n’existe pas.

## Le fichier entier.

import-cannot-open = Kindly n’a pas pu ouvrir { $file } : { $reason }
import-csv-empty = Ce fichier est vide : il n’a ni ligne d’en-tête ni contacts. Rien n’a été importé.
import-csv-unclosed-quote = La première ligne de ce fichier ouvre un guillemet (") qui n’est jamais fermé : il ne peut pas être lu comme un CSV. Rien n’a été importé.
import-no-name-column = Kindly n’a pas trouvé quelle colonne contient le nom du client. La première ligne contient { $found }. Choisissez la colonne du nom, puis importez à nouveau. Rien n’a été importé.
import-no-column-names = aucun nom de colonne
import-columns-and-more = { $columns } et { $more } de plus
import-binary = Ce fichier n’est pas un fichier { $format } : il contient des données binaires, pas du texte. Rien n’a été importé.
import-no-begin-vcard = Ce fichier n’est pas un fichier vCard : il n’a pas de ligne BEGIN:VCARD. Exportez les contacts au format vCard (.vcf) et réessayez. Rien n’a été importé.
import-cut-off = Ce contact est coupé (le fichier se termine, ou le contact suivant commence, avant son END:VCARD) : il a été laissé de côté.
import-too-many-lines = Ce contact a plus de { $max } lignes de détails ; les { $count } dernières ont été laissées de côté.
import-unreadable-line = La ligne { $line } n’a pas pu être lue et a été laissée de côté.
import-unreadable-encoding = Le champ { $property } de la ligne { $line } est dans un encodage que Kindly ne sait pas lire et a été laissé de côté.

## Remarques sur le texte du fichier.

import-guessed-encoding = Une partie du texte n’était pas en UTF-8 et a été lue comme { $encoding }. Vérifiez les noms et les lettres accentuées après l’importation.
import-unknown-charset = Le texte dans le jeu de caractères « { $charset } » a été lu comme UTF-8 ou { $encoding } ; vérifiez les lettres accentuées après l’importation.
import-other-charsets = Le texte dans d’autres jeux de caractères inconnus de Kindly a aussi été lu comme UTF-8 ou { $encoding } ; vérifiez les lettres accentuées après l’importation.
import-encoding = { $family ->
        [western] Europe de l’Ouest
        [central] Europe centrale
        [cyrillic] Cyrillique
        [greek] Grec
        [turkish] Turc
        [hebrew] Hébreu
        [arabic] Arabe
        [baltic] Balte
        [vietnamese] Vietnamien
        [thai] Thaï
        [south] Europe du Sud
        [nordic] Nordique
        [celtic] Celtique
        [south-eastern] Europe du Sud-Est
        [japanese] Japonais
        [simplified-chinese] Chinois simplifié
        [traditional-chinese] Chinois traditionnel
       *[korean] Coréen
    } ({ $name })

## Limites.

import-file-too-big = Ce fichier fait { $size } Mo ; Kindly importe des fichiers jusqu’à { $max } Mo. Exportez moins de contacts à la fois. Rien n’a été importé.
import-too-many-records = Ce fichier contient plus de { $max } contacts. Découpez-le en fichiers plus petits. Rien n’a été importé.
import-more-problems = Ce contact avait d’autres problèmes que ceux listés ici.

## Les correspondances de l’aperçu.

import-same-phone = même numéro de téléphone { $number }
import-same-email = même e-mail { $address }
import-same-name-and-detail = même nom et même entreprise, adresse ou anniversaire
import-same-name = même nom
import-shares = a { $what ->
        [phone] un téléphone
       *[email] un e-mail
    } en commun avec { $name } : ajouté comme client à part, et listé dans Doublons possibles
import-nothing-added = Rien n’a été ajouté à la correspondance : { $reason }
import-new-customer-from-line = le nouveau client de la ligne { $line }
import-could-not-import = { $name } n’a pas pu être importé : { $message } Rien n’a été importé.

