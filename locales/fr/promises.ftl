# Les promesses faites à un client : la liste sur sa page, en noter une, la régler (ui/src/lib/promises).

promises-heading = Nos promesses
promises-overdue-count =
    { $count ->
        [one] · { $count } en retard
       *[other] · { $count } en retard
    }
promises-overdue = En retard
promises-was-due =
    { $kind ->
        [relative] · prévue { $day }
       *[date] · prévue le { $day }
    }
promises-due =
    { $kind ->
        [relative] Prévue { $day }
       *[date] Prévue le { $day }
    }
promises-promised-by = · promise par { $name }
promises-about = · à propos de « { $title } »
promises-kept = Tenue
promises-new-date-button = Nouvelle date…
promises-broken-button = Pas tenue…
promises-leave-it = Laisser
promises-ok = OK
promises-settled-kept = Promesse tenue.
promises-settled-broken = Promesse notée comme non tenue.
promises-settled-open = Nouvelle date convenue.

## Noter une promesse

promises-record = Noter une promesse
promises-edit = Modifier la promesse
promises-restored = Voici ce que vous aviez tapé tout à l’heure.
promises-this-promise = cette promesse
promises-what = Ce que nous avons promis
promises-what-example = ex. Rembourser l’acompte
promises-what-missing = Écrivez ce que nous avons promis.
promises-by-when = Pour quand
promises-due-missing = Choisissez le jour promis.
promises-date-hint = Pour changer la date, utilisez « Nouvelle date » sur la promesse.
promises-who-promised = Qui l’a promis
promises-about-issue = À propos d’une demande
promises-save = Enregistrer
promises-saving = Enregistrement…
promises-cancel = Annuler
promises-close = Fermer
promises-saves = enregistre
promises-cancels = annule

promises-field-what = ce que nous avons promis
promises-field-due = la date
promises-field-by = qui l’a promis
promises-field-issue = la demande concernée
promises-another-issue = une autre demande

## Un jour

promises-no-day = Aucun jour choisi
promises-pick-today = Aujourd’hui
promises-pick-tomorrow = Demain
promises-pick-week = Dans une semaine

## Régler une promesse

promises-settle-new-date = Convenir d’une nouvelle date
promises-settle-broken = Promesse non tenue
promises-settle-kept = Promesse tenue
promises-note-why = Pourquoi, et ce que la personne a dit
promises-note-what-happened = Ce qui s’est passé
promises-note = Note
promises-optional = (facultatif)
promises-new-date = Nouvelle date
promises-new-day-missing = Choisissez le nouveau jour.
promises-what-happened-missing = Dites ce qui s’est passé, pour que la personne suivante le sache.
promises-who = Qui
