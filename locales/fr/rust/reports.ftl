# Les mots de l’écran Rapports écrits côté Rust (use_cases/reports/).

reports-month-format = Indiquez le mois sous la forme année-mois, par exemple 2026-03.
reports-from-after-to = Le premier mois est après le dernier.
reports-too-many-months = { $count ->
    [one] Un rapport couvre au plus un mois.
   *[other] Un rapport couvre au plus { $count } mois.
}
reports-month-not-in-period = Ce mois ne fait pas partie de la période affichée.
reports-unknown-outcome = Choisissez tenue à temps, tenue en retard ou non tenue.
