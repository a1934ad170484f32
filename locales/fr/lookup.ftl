# L’écran de recherche (ui/src/lib/lookup).

lookup-label = Chercher un client
lookup-placeholder = Nom, numéro de téléphone, entreprise ou étiquette…
lookup-results = Clients trouvés
lookup-keys-choose = pour choisir,
lookup-keys-open = pour ouvrir,
lookup-keys-brief = pour sa fiche.
lookup-none = Personne ne correspond à « { $query } ».
lookup-new-customer = Nouveau client
lookup-empty = Votre carnet est vide. Ajoutez votre premier client avec « Nouveau client » (ou appuyez sur { $keys }).
lookup-empty-import-hint = Ou faites venir tout le monde d’un coup depuis les contacts de votre téléphone ou de votre messagerie.
lookup-empty-import = Importer des contacts…
lookup-hint =
    Tapez un nom, un numéro de téléphone, une entreprise ou une étiquette pour retrouver { $count ->
        [one] votre client
       *[other] quelqu’un parmi vos { $shown } clients
    }.
lookup-brief = Fiche
lookup-brief-title = Sa fiche : ce qu’il faut savoir avant un appel (Maj+Entrée)
