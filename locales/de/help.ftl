# Die Übersicht der Tastenkürzel (ui/src/lib/help).

sheet-title = Tastenkürzel
sheet-close = Schließen
sheet-more = Sie können auch Tasten festlegen, die Kindly aus jedem anderen Programm nach vorne holen: Einstellungen, „Von überall suchen“.

group-anywhere = Überall
group-anywhere-next = Zur nächsten (oder vorigen) Schaltfläche oder zum nächsten Feld
group-lookup = Suche
group-lookup-choose = Einen Kunden in der Liste wählen
group-lookup-open = Seite des Kunden öffnen
group-lookup-brief = Kurzinfo öffnen, zum Lesen vor dem Anruf
group-lookup-clear = Feld leeren
group-caller = Wer ruft an?
group-caller-choose = Unter den Kunden mit dieser Nummer wählen
group-caller-open = Nummer nachschlagen oder die gewählte Kurzinfo öffnen
group-caller-clear = Feld leeren
group-customers = Die Kundenliste
group-customers-move = Zwischen Kunden wechseln
group-customers-open = Den Kunden öffnen
group-customers-tick = Den Kunden an- oder abhaken
group-customer = Die Seite eines Kunden
group-customer-log = Gespräch notieren
group-customer-back = Zurück zur Suche
group-brief = Die Kurzinfo
group-brief-log = Nach dem Anruf: notieren, wie es lief
group-brief-back = Zurück, wo Sie waren
group-forms = Formulare
group-forms-save = Speichern
group-forms-save-customer = Angaben eines Kunden speichern
group-forms-cancel = Abbrechen
group-dialogs = Fenster wie dieses
group-dialogs-close = Schließen, ohne etwas zu ändern
