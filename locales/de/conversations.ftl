# Ein Gespräch notieren, und die Arten von Gesprächen (ui/src/lib/conversations).

conversations-call-in = Eingehender Anruf
conversations-call-out = Ausgehender Anruf
conversations-visit = Besuch
conversations-email = E-Mail
conversations-message = Nachricht
conversations-card-sent = Handgeschriebene Karte geschickt
conversations-note = Notiz
conversations-conversation = Gespräch

conversations-log = Gespräch notieren
conversations-edit = Gespräch bearbeiten
conversations-restored = Ihre Eingaben von vorhin sind wieder da.
conversations-kind = Art
conversations-when = Wann
conversations-when-bad = Bitte geben Sie Datum und Uhrzeit an, oder lassen Sie das Feld unverändert für „jetzt“.
conversations-who-spoke = Wer hat gesprochen
conversations-what-said = Was besprochen wurde
conversations-what-said-hint = (möglichst mit ihren eigenen Worten)
conversations-summary-missing = Bitte schreiben Sie ein paar Worte dazu, was besprochen wurde.
conversations-how-they-seemed = Stimmung
conversations-about-issue = Zu einem Anliegen
conversations-card = Eine Karte schicken
conversations-card-hint = Setzt „{ $action }“ auf Heute, für die Person, die gesprochen hat.
conversations-card-note = Karte schreiben
conversations-save = Speichern
conversations-saving = Wird gespeichert…
conversations-cancel = Abbrechen
conversations-saves = speichert
conversations-cancels = bricht ab
