# Importer des contacts, et un fichier déposé sur la fenêtre (ui/src/lib/import).

import-back = ← Retour aux Réglages
import-title = Importer des contacts
import-intro = vCard (.vcf) d’un téléphone, de Google Contacts, d’Outlook ou de Contacts d’Apple, ou un fichier CSV/tableur. Rien ne change tant que vous n’appuyez pas sur Importer.
import-choose = Choisir un fichier…
import-choose-another-dots = Choisir un autre fichier…
import-choose-another = Choisir un autre fichier

import-done-hint = Si certains étaient déjà dans votre carnet sous un autre nom, vous pouvez les fusionner dans Doublons possibles.
import-to-lookup = Retour à la recherche
import-to-duplicates = Chercher les doublons possibles

import-columns-title = Quelle colonne contient quoi
import-columns-intro = Kindly a deviné d’après les noms en haut de chaque colonne. Corrigez ce qui vous semble faux ; ce qui va se passer, plus bas, suit vos choix.
import-exact = Ce fichier a été enregistré par Kindly : chaque colonne est lue comme Kindly l’a écrite.
import-not-used-choice = (non utilisée)
import-joined = { $columns } (assemblées)
import-no-name = Choisissez la colonne avec le nom de chaque client (Nom complet, ou Prénom et Nom). Rien ne peut être importé sans elle.
import-also-read = Lire aussi { $columns }
import-sample-title = Les premières lignes du fichier
import-uses = → { $fields }
import-unused = non utilisée
import-column = Colonne { $number }
import-column-example = { $column } (ex. { $example })

import-field-full-name = Nom complet
import-field-given-name = Prénom
import-field-middle-name = Deuxième prénom
import-field-family-name = Nom
import-field-nickname = Surnom
import-field-company = Entreprise
import-field-phone = Téléphone
import-field-email = E-mail
import-field-address = Adresse
import-field-birthday = Anniversaire
import-field-notes = Notes
import-field-tags = Étiquettes

import-preview-title = Ce qui va se passer
import-from = Depuis { $file }
import-reading = Lecture du fichier
import-reading-first = Lecture du fichier…
import-name-first = Choisissez la colonne du nom ci-dessus pour voir ce qui va se passer.
import-create =
    { $count ->
        [one] nouveau client
       *[other] nouveaux clients
    }
import-merge =
    { $count ->
        [one] ajouté à un client déjà là
       *[other] ajoutés à des clients déjà là
    }
import-skip =
    { $count ->
        [one] déjà là, rien de nouveau
       *[other] déjà là, rien de nouveau
    }
import-problem =
    { $count ->
        [one] ne peut pas être importé
       *[other] ne peuvent pas être importés
    }
import-notes = À propos de ce fichier
import-rows = Chaque contact du fichier
import-line = Ligne
import-name = Nom
import-what = Ce qui se passe
import-no-name-row = (sans nom)
import-row-new = Nouveau client
import-row-add-to = Ajouter à { $name }
import-row-add-to-someone = Ajouter à un client déjà là
import-row-here = Déjà là
import-row-here-as = Déjà là sous le nom { $name }
import-row-same-as = Comme { $name }
import-row-why = — { $reason }
import-row-why-adds = — { $reason } : { $changes }
import-row-adds = — { $changes }
import-more =
    { $count ->
        [one] …et { $count } autre, non listé ici. Il est importé aussi.
       *[other] …et { $count } autres, non listés ici. Ils sont importés aussi.
    }
import-problems-title = Ne peuvent pas être importés
import-problem-line = Ligne { $line } : { $message }
import-nothing-new = Rien ne changerait : tout le monde dans ce fichier est déjà là.
import-nothing = Ce fichier ne contient personne que Kindly puisse importer.
import-importing-label = Import des contacts
import-cancelled = Rien n’a été importé.
import-confirm = Importer
import-confirm-count =
    { $count ->
        [one] Importer { $count } contact
       *[other] Importer { $count } contacts
    }
import-importing = Import…

import-done = Terminé. { $parts }.
import-done-nothing = Terminé. Rien n’avait besoin de changer.
import-done-created =
    { $count ->
        [one] { $count } nouveau client
       *[other] { $count } nouveaux clients
    }
import-done-merged =
    { $count ->
        [one] { $count } mis à jour
       *[other] { $count } mis à jour
    }
import-done-skipped =
    { $count ->
        [one] { $count } était déjà là
       *[other] { $count } étaient déjà là
    }
import-done-left-out =
    { $count ->
        [one] { $count } n’a pas pu être importé
       *[other] { $count } n’ont pas pu être importés
    }

import-drop-hint = Déposez un fichier de contacts (.vcf ou .csv) pour l’importer
import-drop-more = Vous voyez ce qui se passerait avant que rien ne change.
import-drop-busy = Kindly importe déjà un autre fichier : déposez « { $file } » à nouveau une fois qu’il aura fini.
import-drop-dismiss = Fermer
