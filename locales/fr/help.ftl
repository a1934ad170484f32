# La liste des raccourcis clavier (ui/src/lib/help).

sheet-title = Raccourcis clavier
sheet-close = Fermer
sheet-more = Vous pouvez aussi choisir des touches qui font passer Kindly devant tout autre programme : Réglages, « Chercher depuis n’importe où ».

group-anywhere = Partout
group-anywhere-next = Passer au bouton ou au champ suivant (ou précédent)
group-lookup = Recherche
group-lookup-choose = Choisir un client dans la liste
group-lookup-open = Ouvrir sa page
group-lookup-brief = Ouvrir sa fiche, à lire avant d’appeler
group-lookup-clear = Vider la case
group-caller = Qui appelle ?
group-caller-choose = Choisir parmi les clients qui ont ce numéro
group-caller-open = Chercher le numéro, ou ouvrir la fiche choisie
group-caller-clear = Vider la case
group-customers = La liste des clients
group-customers-move = Passer d’un client à l’autre
group-customers-open = Ouvrir le client
group-customers-tick = Cocher ou décocher le client
group-customer = La page d’un client
group-customer-log = Noter un échange
group-customer-back = Revenir à la recherche
group-brief = La fiche
group-brief-log = Après l’appel : noter comment ça s’est passé
group-brief-back = Revenir là où vous étiez
group-forms = Formulaires
group-forms-save = Enregistrer
group-forms-save-customer = Enregistrer les informations d’un client
group-forms-cancel = Annuler
group-dialogs = Les fenêtres comme celle-ci
group-dialogs-close = Fermer sans rien changer
