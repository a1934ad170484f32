# Aujourd’hui (ui/src/lib/today).

today-title = Aujourd’hui
today-comes-back = pour revenir ici
today-export = Exporter vers l’agenda (.ics)
today-exporting = Enregistrement…
today-exported = « { $file } » enregistré dans { $folder }.
today-opening = Ouverture…
today-empty = Rien à suivre aujourd’hui, et vous êtes en contact avec tout le monde. Une journée calme.
today-empty-next = Pour penser à rappeler quelqu’un, ouvrez sa page et choisissez « Ajouter un suivi » : il apparaîtra ici le jour venu.
today-overdue = En retard
today-due = Pour aujourd’hui
today-upcoming = 7 prochains jours
today-promises = Promesses à tenir
today-birthdays = Anniversaires cette semaine
today-drifting = Ceux qui se font rares
today-capped = Voici les { $shown } premiers sur { $all }.
today-turns =
    aura { $age ->
        [one] { $age } an
       *[other] { $age } ans
    }
today-brief = Fiche
today-brief-for = de { $name }
today-promise-overdue = En retard
today-promise-was-due = · prévue
today-promise-due = Prévue
today-promised-by = · promise par
