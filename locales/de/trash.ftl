# Papierkorb (ui/src/lib/trash).

trash-title = Papierkorb
trash-intro = Kunden hier erscheinen nicht in der Suche. Holen Sie zurück, wen oder was Sie noch brauchen.
trash-empty-button = Papierkorb leeren…
trash-empty = Der Papierkorb ist leer.
trash-empty-next = Kunden und Notizen, die Sie in den Papierkorb legen, warten hier, damit Sie sie nach einem Versehen zurückholen können.
trash-customers = Kunden
trash-history = Notizen und Verlauf
trash-history-label = Notizen und Verlauf im Papierkorb
trash-restore = Zurückholen
trash-moved-day = In den Papierkorb gelegt: { $when }
trash-moved-date = Am { $date } in den Papierkorb gelegt
trash-kind =
    { $kind ->
        [conversation] Gespräch
        [issue] Anliegen
        [promise] Zusage
       *[follow_up] Wiedervorlage
    }
trash-entry-back =
    { $kind ->
        [conversation] Das Gespräch „{ $title }“ ist wieder auf der Seite von { $name }.
        [issue] Das Anliegen „{ $title }“ ist wieder auf der Seite von { $name }.
        [promise] Die Zusage „{ $title }“ ist wieder auf der Seite von { $name }.
       *[follow_up] Die Wiedervorlage „{ $title }“ ist wieder auf der Seite von { $name }.
    }
trash-entry-back-untitled =
    { $kind ->
        [conversation] Das Gespräch ist wieder auf der Seite von { $name }.
        [issue] Das Anliegen ist wieder auf der Seite von { $name }.
        [promise] Die Zusage ist wieder auf der Seite von { $name }.
       *[follow_up] Die Wiedervorlage ist wieder auf der Seite von { $name }.
    }
trash-customer-back = { $name } ist wieder in Ihrem Notizbuch.
trash-emptied-all = Alles im Papierkorb wurde endgültig gelöscht.
trash-emptied =
    { $count ->
        [one] { $count } Kunde endgültig gelöscht.
       *[other] { $count } Kunden endgültig gelöscht.
    }

# Accusative: "1 Kunden endgültig löschen?"
trash-customers-count =
    { $count ->
        [one] { $count } Kunden
       *[other] { $count } Kunden
    }
trash-entries =
    { $count ->
        [one] { $count } Verlaufseintrag
       *[other] { $count } Verlaufseinträge
    }
trash-what-both = { $customers } und { $entries }
trash-confirm-title = { $what } endgültig löschen?
trash-confirm = { $what } endgültig löschen
trash-keep = Behalten
trash-deleting = Wird gelöscht…
trash-confirm-customers =
    { $count ->
        [one] Der Kunde im Papierkorb wird endgültig gelöscht, mit allem, was zu ihm notiert ist.
       *[other] Alle { $count } Kunden im Papierkorb werden endgültig gelöscht, mit allem, was zu ihnen notiert ist.
    }
trash-confirm-entries =
    { $count ->
        [one] Das Gespräch, das Anliegen oder die Zusage im Papierkorb wird endgültig gelöscht.
       *[other] Alle { $count } Gespräche, Anliegen und Zusagen im Papierkorb werden endgültig gelöscht.
    }
trash-cannot-undo = Das lässt sich nicht rückgängig machen.
