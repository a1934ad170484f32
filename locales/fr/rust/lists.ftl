# Listes enregistrées et liste des clients (use_cases/lists).

lists-name-required = Donnez un nom à la liste.
lists-name-too-long = Le nom ne doit pas dépasser { $max } caractères.
lists-name-taken = Une autre liste porte déjà ce nom. Choisissez-en un autre.
lists-cursor-stale = La liste a changé pendant que vous la parcouriez. Revenez en haut de la liste.
