# L’en-tête, sa navigation et les raccourcis valables partout (ui/src/lib/shell).

nav-label = Principal
nav-today = Aujourd’hui
nav-today-title = Aujourd’hui ({ $keys })
nav-today-due = ({ $count } à faire)
nav-lookup = Recherche
nav-lookup-title = Chercher un client ({ $keys })
nav-caller = Appel
nav-caller-title = Qui appelle ? Retrouvez la personne par son numéro ({ $keys })
nav-new-customer = Nouveau client
nav-new-customer-title = Nouveau client ({ $keys })
nav-situations = Incidents
nav-situations-title = Les problèmes qui touchent plusieurs clients à la fois
nav-customers = Clients
nav-customers-title = Tous les clients du carnet : trier, filtrer, changer plusieurs à la fois ({ $keys })
nav-more = Plus
nav-more-title = Bilans et étiquettes
nav-reports = Bilans
nav-tags = Étiquettes
nav-trash = Corbeille
nav-settings = Réglages
header-shortcuts = Raccourcis clavier
header-shortcuts-title = Raccourcis clavier ({ $keys })

shortcut-lookup = Chercher un client (Recherche)
shortcut-new-customer = Nouveau client
shortcut-today = Aujourd’hui : qui appeler, promesses, anniversaires
shortcut-caller = Qui appelle ? Retrouver un appelant par son numéro
shortcut-customers = Clients : tout le monde, pour trier, filtrer et changer plusieurs à la fois
shortcut-lock = Verrouiller le carnet (s’il a un mot de passe)
shortcut-help = Afficher ces raccourcis clavier

still-opening = Ouverture de votre carnet…
notebook-open-failed = Kindly n’a pas pu ouvrir votre carnet
screen-failed = Kindly n’a pas pu ouvrir cet écran : { $reason }
