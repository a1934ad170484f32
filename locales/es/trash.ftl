# Papelera (ui/src/lib/trash).

trash-title = Papelera
trash-intro = Los clientes que están aquí no aparecen al buscar. Recupere a quien o lo que aún necesite.
trash-empty-button = Vaciar la papelera…
trash-empty = La papelera está vacía.
trash-empty-next = Los clientes y las notas que mueva a la papelera esperan aquí, para que pueda recuperarlos si fue un error.
trash-customers = Clientes
trash-history = Notas e historial
trash-history-label = Notas e historial en la papelera
trash-restore = Recuperar
trash-moved-day = Movido a la papelera { $when }
trash-moved-date = Movido a la papelera el { $date }
trash-kind =
    { $kind ->
        [conversation] Conversación
        [issue] Caso
        [promise] Promesa
       *[follow_up] Seguimiento
    }
trash-entry-back =
    { $kind ->
        [conversation] La conversación «{ $title }» vuelve a estar en la página de { $name }.
        [issue] El caso «{ $title }» vuelve a estar en la página de { $name }.
        [promise] La promesa «{ $title }» vuelve a estar en la página de { $name }.
       *[follow_up] El seguimiento «{ $title }» vuelve a estar en la página de { $name }.
    }
trash-entry-back-untitled =
    { $kind ->
        [conversation] La conversación vuelve a estar en la página de { $name }.
        [issue] El caso vuelve a estar en la página de { $name }.
        [promise] La promesa vuelve a estar en la página de { $name }.
       *[follow_up] El seguimiento vuelve a estar en la página de { $name }.
    }
trash-customer-back = { $name } vuelve a estar en su cuaderno.
trash-emptied-all = Todo lo que había en la papelera se ha eliminado para siempre.
trash-emptied =
    { $count ->
        [one] { $count } cliente eliminado para siempre.
       *[other] { $count } clientes eliminados para siempre.
    }

trash-customers-count =
    { $count ->
        [one] { $count } cliente
       *[other] { $count } clientes
    }
trash-entries =
    { $count ->
        [one] { $count } entrada del historial
       *[other] { $count } entradas del historial
    }
trash-what-both = { $customers } y { $entries }
trash-confirm-title = ¿Eliminar para siempre { $what }?
trash-confirm = Eliminar para siempre { $what }
trash-keep = Conservarlos
trash-deleting = Eliminando…
trash-confirm-customers =
    { $count ->
        [one] El cliente de la papelera se eliminará para siempre, con todo lo anotado sobre él.
       *[other] Los { $count } clientes de la papelera se eliminarán para siempre, con todo lo anotado sobre ellos.
    }
trash-confirm-entries =
    { $count ->
        [one] La conversación, el caso o la promesa de la papelera se eliminará para siempre.
       *[other] Los { $count } elementos de la papelera (conversaciones, casos y promesas) se eliminarán para siempre.
    }
trash-cannot-undo = No se puede deshacer.
