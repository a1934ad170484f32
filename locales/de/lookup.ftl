# Die Suche (ui/src/lib/lookup).

lookup-label = Kunden suchen
lookup-placeholder = Name, Telefonnummer, Firma oder Schlagwort…
lookup-results = Gefundene Kunden
lookup-keys-choose = zum Wählen,
lookup-keys-open = zum Öffnen,
lookup-keys-brief = für die Kurzinfo.
lookup-none = Niemand gefunden für „{ $query }“.
lookup-new-customer = Neuer Kunde
lookup-empty = Ihr Notizbuch ist noch leer. Legen Sie Ihren ersten Kunden mit „Neuer Kunde“ an (oder drücken Sie { $keys }).
lookup-empty-import-hint = Oder holen Sie alle auf einmal aus den Kontakten Ihres Telefons oder E-Mail-Programms.
lookup-empty-import = Kontakte importieren…
lookup-hint =
    Geben Sie einen Namen, eine Telefonnummer, eine Firma oder ein Schlagwort ein, um { $count ->
        [one] Ihren Kunden
       *[other] jemanden unter Ihren { $shown } Kunden
    } zu finden.
lookup-brief = Kurzinfo
lookup-brief-title = Kurzinfo: was Sie vor einem Anruf wissen sollten (Umschalt+Eingabe)
