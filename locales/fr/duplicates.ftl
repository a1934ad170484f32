# Doublons possibles (ui/src/lib/duplicates). La raison d’une paire vient du carnet (Rust).

duplicates-back = Retour aux réglages
duplicates-title = Doublons possibles
duplicates-intro = Des clients qui sont peut-être la même personne. La fusion garde tous les numéros, e-mails, notes et tout l’historique des deux dans celui que vous gardez ; l’autre va à la corbeille. Une fusion peut être annulée.
duplicates-merged = { $merged } a été fusionné dans { $kept }.
duplicates-undo = Annuler
duplicates-open = Ouvrir { $name }
duplicates-looking = Recherche…
duplicates-none = Aucun doublon probable.
duplicates-none-next = Kindly compare les numéros de téléphone, les adresses e-mail et les noms. Après avoir importé des contacts, revenez voir ici.
duplicates-added-first = Ajouté en premier
duplicates-added-later = Ajouté ensuite
duplicates-name-first = { $name } (ajouté en premier)
duplicates-name-later = { $name } (ajouté ensuite)
duplicates-full-name = Nom complet : { $name }
duplicates-keep = Garder { $name } et y fusionner l’autre
duplicates-not-same = Pas la même personne
duplicates-different = { $a } et { $b } ne seront plus proposés comme la même personne.
duplicates-undone = Annulé. { $merged } et { $kept } sont de nouveau deux clients.
duplicates-recent = Fusions récentes
duplicates-merged-into = { $merged } fusionné dans { $kept }
duplicates-undo-merge = Annuler la fusion de { $merged } dans { $kept }
