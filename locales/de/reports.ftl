# Der Bildschirm Berichte (ui/src/lib/reports): ob wir Wort halten, Monat für Monat.
# $month ist ein Monat in Worten („März 2026“), ebenso $from und $to; $period ein Zeitraum in Worten; $count und $value Zahlen.

reports-title = Wie wir Wort halten
reports-intro = Monat für Monat: gehaltene Zusagen, Nachfragen nach erledigten Anliegen, wieder geöffnete Anliegen, Kunden, von denen wir länger nichts gehört haben, und neue Kunden. Klicken Sie auf einen Balken (oder drücken Sie Enter), um die Kunden dahinter zu sehen.
reports-period = Zeitraum
reports-period-last3 = Letzte 3 Monate
reports-period-last6 = Letzte 6 Monate
reports-period-last12 = Letzte 12 Monate
reports-period-year = Dieses Jahr
reports-period-custom = Monate selbst wählen
reports-from = Von
reports-to = Bis
reports-show = Anzeigen
reports-month-missing = Bitte hier einen Monat wählen.
reports-range = { $from } bis { $to }
reports-loading = Die Zahlen werden berechnet…
reports-show-table = Als Tabelle zeigen
reports-hide-table = Tabelle ausblenden
reports-month = Monat
reports-bar = { $label }, { $month }: { $value }
reports-summary = { $title }, { $period }: { $totals }.
reports-summary-part = { $label } { $value }
reports-promises-title = Zusagen nach dem Monat, in dem sie fällig waren
reports-promises-axis = Zusagen
reports-kept-on-time = Pünktlich gehalten
reports-kept-late = Verspätet gehalten
reports-broken = Nicht gehalten
reports-people-title = Zusagen nach Person
reports-person = Wer
reports-nobody-named = Niemand genannt
reports-people-none = In diesem Zeitraum war keine Zusage fällig.
reports-people-cell = { $person }, { $label }: { $value }
reports-check-ins-title = Nachfragen nach erledigten Anliegen
reports-check-ins-axis = Erledigte Anliegen
reports-checked-in = Danach nachgefragt
reports-not-checked-in = Noch nicht nachgefragt
reports-reopened-title = Wieder geöffnete Anliegen
reports-reopened-axis = Anliegen
reports-reopened = Wieder geöffnet
reports-median-title = Zeit bis zur Erledigung (Median)
reports-median-axis = Stunden
reports-median = Median in Stunden
reports-drifting-title = Länger nichts gehört
reports-drifting-axis = Kunden
reports-drifting = Am Monatsende länger nichts gehört
reports-new-title = Neue Kunden
reports-new-axis = Kunden
reports-new = Angelegt
reports-upset-title = Verärgert und warten auf einen Rückruf
reports-upset-count = { $count ->
    [one] { $count } Kunde, dessen letzte Stimmung verärgert war, wurde seitdem nicht mehr angesprochen.
   *[other] { $count } Kunden, deren letzte Stimmung verärgert war, wurden seitdem nicht mehr angesprochen.
}
reports-upset-none = Niemand Verärgertes wartet auf einen Rückruf.
reports-upset-since = verärgert seit { $date }
reports-upset-all = { $count ->
    [one] In der Kundenliste zeigen
   *[other] Alle { $count } in der Kundenliste zeigen
}
reports-behind-kept_on_time = Pünktlich gehaltene Zusagen · { $when }
reports-behind-kept_late = Verspätet gehaltene Zusagen · { $when }
reports-behind-broken = Nicht gehaltene Zusagen · { $when }
reports-behind-person = { $person }, { $period }
reports-behind-resolved = Erledigte Anliegen · { $when }
reports-behind-missing = Nach Erledigung nicht nachgefragt · { $when }
reports-behind-reopened = Wieder geöffnete Anliegen · { $when }
reports-behind-drifting = Länger nichts gehört · { $when }
reports-behind-new = Neue Kunden · { $when }
reports-behind-upset = Verärgert und warten auf einen Rückruf
