# L’écran Bilans (ui/src/lib/reports) : si l’on tient parole, mois par mois.
# $month est un mois en toutes lettres (« mars 2026 »), comme $from et $to ; $period une période en toutes lettres ; $count et $value des nombres.

reports-title = Comment nous tenons parole
reports-intro = Mois par mois : les promesses tenues, les nouvelles prises après une demande réglée, les demandes rouvertes, ceux qui se font rares et les nouveaux clients. Cliquez sur une barre (ou appuyez sur Entrée) pour voir les clients qu’elle compte.
reports-period = Période
reports-period-last3 = Les 3 derniers mois
reports-period-last6 = Les 6 derniers mois
reports-period-last12 = Les 12 derniers mois
reports-period-year = Cette année
reports-period-custom = Mois de mon choix
reports-from = Du mois
reports-to = Au mois
reports-show = Afficher
reports-month-missing = Choisissez un mois ici.
reports-range = de { $from } à { $to }
reports-loading = Calcul des chiffres…
reports-show-table = Afficher en tableau
reports-hide-table = Masquer le tableau
reports-month = Mois
reports-bar = { $label }, { $month } : { $value }
reports-summary = { $title }, { $period } : { $totals }.
reports-summary-part = { $label } { $value }
reports-promises-title = Promesses, selon le mois de leur échéance
reports-promises-axis = Promesses
reports-kept-on-time = Tenues à temps
reports-kept-late = Tenues en retard
reports-broken = Non tenues
reports-people-title = Promesses selon qui les a faites
reports-person = Qui
reports-nobody-named = Personne de nommé
reports-people-none = Aucune promesse n’arrivait à échéance sur cette période.
reports-people-cell = { $person }, { $label } : { $value }
reports-check-ins-title = Nouvelles prises après une demande réglée
reports-check-ins-axis = Demandes réglées
reports-checked-in = Nouvelles prises ensuite
reports-not-checked-in = Pas encore de nouvelles prises
reports-reopened-title = Demandes rouvertes
reports-reopened-axis = Demandes
reports-reopened = Rouvertes
reports-median-title = Temps pour régler une demande (médiane)
reports-median-axis = Heures
reports-median = Médiane, en heures
reports-drifting-title = Ceux qui se font rares
reports-drifting-axis = Clients
reports-drifting = Se font rares en fin de mois
reports-new-title = Nouveaux clients
reports-new-axis = Clients
reports-new = Ajoutés
reports-upset-title = Fâchés qui attendent un appel
reports-upset-count = { $count ->
    [one] { $count } client qui était fâché la dernière fois n’a pas été recontacté depuis.
   *[other] { $count } clients qui étaient fâchés la dernière fois n’ont pas été recontactés depuis.
}
reports-upset-none = Aucun client fâché n’attend d’appel.
reports-upset-since = fâché depuis le { $date }
reports-upset-all = { $count ->
    [one] Les voir dans la liste des clients
   *[other] Voir les { $count } dans la liste des clients
}
reports-behind-kept_on_time = Promesses tenues à temps · { $when }
reports-behind-kept_late = Promesses tenues en retard · { $when }
reports-behind-broken = Promesses non tenues · { $when }
reports-behind-person = { $person }, { $period }
reports-behind-resolved = Demandes réglées · { $when }
reports-behind-missing = Sans nouvelles après une demande réglée · { $when }
reports-behind-reopened = Demandes rouvertes · { $when }
reports-behind-drifting = Se font rares · { $when }
reports-behind-new = Nouveaux clients · { $when }
reports-behind-upset = Fâchés qui attendent un appel
