# L’équipe et qui est à l’accueil (ui/src/lib/staff).

staff-at-desk = À l’accueil :
staff-at-desk-none = Personne
staff-at-desk-add = Ajouter l’équipe
staff-not-changed = Non modifié
staff-not-changed-why =  : { $reason }
staff-title = Équipe
staff-hint = Les personnes qui travaillent ici. Leurs noms sont proposés chaque fois que vous notez qui a parlé à un client ou fait une promesse.
staff-list = Équipe
staff-initials-said = , initiales { $initials }
staff-at-desk-chip = à l’accueil
staff-remove = Retirer
staff-remove-label = Retirer { $name }
staff-add-form = Ajouter une personne
staff-name = Nom
staff-name-example = ex. Ana
staff-initials = Initiales
staff-add = Ajouter
staff-name-needed = Saisissez son nom.
