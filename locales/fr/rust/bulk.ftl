# Les changements faits à plusieurs clients d’un coup et le rangement des étiquettes (use_cases/lists/bulk.rs, tags.rs).

bulk-type-a-tag = Saisissez l’étiquette.
bulk-not-on-staff = { $name } ne fait pas partie de l’équipe. Ajoutez cette personne dans les Réglages d’abord, ou choisissez quelqu’un de l’équipe.
bulk-label-what-to-do = « Que faire »
bulk-say-what-to-do = Dites ce qu’il faut faire, par exemple « Appeler pour prendre des nouvelles ».
bulk-spread-between = Répartissez les suivis sur 1 à { $max } jours.
bulk-start-within = Choisissez un premier jour à partir d’aujourd’hui, avec tous les suivis dans les { $max } jours.
bulk-already-undone = Ce changement a déjà été annulé.
bulk-merge-two-different = Choisissez deux étiquettes différentes à fusionner.
