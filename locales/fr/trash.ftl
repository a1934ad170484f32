# Corbeille (ui/src/lib/trash).

trash-title = Corbeille
trash-intro = Les clients placés ici n’apparaissent plus dans la recherche. Récupérez qui ou ce dont vous avez encore besoin.
trash-empty-button = Vider la corbeille…
trash-empty = La corbeille est vide.
trash-empty-next = Les clients et les notes que vous mettez à la corbeille attendent ici, pour que vous puissiez les récupérer en cas d’erreur.
trash-customers = Clients
trash-history = Notes et historique
trash-history-label = Notes et historique dans la corbeille
trash-restore = Récupérer
trash-moved-day = Mis à la corbeille { $when }
trash-moved-date = Mis à la corbeille le { $date }
trash-kind =
    { $kind ->
        [conversation] Échange
        [issue] Demande
        [promise] Promesse
       *[follow_up] Suivi
    }
trash-entry-back =
    { $kind ->
        [conversation] L’échange « { $title } » est de retour sur la page de { $name }.
        [issue] La demande « { $title } » est de retour sur la page de { $name }.
        [promise] La promesse « { $title } » est de retour sur la page de { $name }.
       *[follow_up] Le suivi « { $title } » est de retour sur la page de { $name }.
    }
trash-entry-back-untitled =
    { $kind ->
        [conversation] L’échange est de retour sur la page de { $name }.
        [issue] La demande est de retour sur la page de { $name }.
        [promise] La promesse est de retour sur la page de { $name }.
       *[follow_up] Le suivi est de retour sur la page de { $name }.
    }
trash-customer-back = { $name } est de retour dans votre carnet.
trash-emptied-all = Tout ce qui était dans la corbeille a été supprimé définitivement.
trash-emptied =
    { $count ->
        [one] { $count } client supprimé définitivement.
       *[other] { $count } clients supprimés définitivement.
    }

trash-customers-count =
    { $count ->
        [one] { $count } client
       *[other] { $count } clients
    }
trash-entries =
    { $count ->
        [one] { $count } élément d’historique
       *[other] { $count } éléments d’historique
    }
trash-what-both = { $customers } et { $entries }
trash-confirm-title = Supprimer définitivement { $what } ?
trash-confirm = Supprimer définitivement { $what }
trash-keep = Les garder
trash-deleting = Suppression…
trash-confirm-customers =
    { $count ->
        [one] Le client de la corbeille sera supprimé définitivement, avec tout ce qui a été noté à son sujet.
       *[other] Les { $count } clients de la corbeille seront supprimés définitivement, avec tout ce qui a été noté à leur sujet.
    }
trash-confirm-entries =
    { $count ->
        [one] L’échange, la demande ou la promesse de la corbeille sera supprimé définitivement.
       *[other] Les { $count } échanges, demandes et promesses de la corbeille seront supprimés définitivement.
    }
trash-cannot-undo = Impossible de revenir en arrière.
