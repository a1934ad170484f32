# Das Team-Notizbuch: beitreten, anmelden, der Hinweis ohne Verbindung und die Werkzeuge des Inhabers (ui/src/lib/team).

team-title = Team
team-opening = Wird geöffnet…
team-signed-in-as = Angemeldet als { $name }
team-login = ({ $login })
team-login-owner = ({ $login }, Inhaber des Notizbuchs)
team-not-signed-in = Nicht angemeldet.
team-where = Team-Notizbuch { $database } auf { $server }. Alle, die dort angemeldet sind, sehen dieselben Kunden.
team-leave = Team-Notizbuch verlassen
team-own = Dieser Computer arbeitet mit seinem eigenen Notizbuch. Um eines mit Ihrem Team zu teilen, treten Sie dem Team-Notizbuch mit den Angaben bei, die Ihnen der Inhaber gegeben hat. Das eigene Notizbuch dieses Computers bleibt hier, wie es ist.
team-show-join = Team-Notizbuch beitreten…
team-leave-title = Team-Notizbuch verlassen?
team-leave-confirm = Verlassen
team-leaving = Wird verlassen…
team-leave-text = Kindly öffnet stattdessen das eigene Notizbuch dieses Computers und vergisst das gemerkte Passwort. Das Team-Notizbuch bleibt auf seinem Server; Sie können ihm wieder beitreten.

team-offline-copy = Dieser Computer hält eine verschlüsselte Kopie, um Kunden zu finden, solange der Server nicht erreichbar ist. Letzte Kopie: { $when }.
team-offline-copy-soon = Dieser Computer wird eine verschlüsselte Kopie halten, um Kunden zu finden, solange der Server nicht erreichbar ist.

team-header-signed-in = Angemeldet als { $name } · Team-Notizbuch

team-away-no-copy = Das Team-Notizbuch ist nicht erreichbar, und dieser Computer hat noch keine Kopie davon: Kunden lassen sich nicht suchen und Änderungen nicht speichern, bis es wieder da ist.
team-away = Das Team-Notizbuch ist nicht erreichbar. Sie sehen die letzte Kopie dieses Computers ({ $when }); Änderungen lassen sich erst speichern, wenn es wieder da ist.
team-away-heard = Letzte Antwort vom Server: { $when }. Kindly versucht es von selbst weiter.

team-password-ignored = Der Link enthielt auch ein Passwort, das Kindly ignoriert hat: Wer einen Link sieht, kann es lesen. Geben Sie Ihr Passwort selbst ein.

team-server = Serveradresse
team-server-hint = So, wie der Inhaber des Notizbuchs sie angegeben hat: ein Name wie laden-server oder eine Adresse wie 192.168.1.20, mit :Port, falls angegeben.
team-database = Name des Notizbuchs
team-your-login = Ihr Benutzername
team-password = Passwort
team-testing = Verbindung wird geprüft…
team-join = Beitreten

team-sign-in-title = Beim Team-Notizbuch anmelden
team-out-of-reach = Das Team-Notizbuch ist nicht erreichbar
team-start-where = { $database } auf { $server }, als { $login }
team-sign-in = Anmelden
team-signing-in = Anmeldung…
team-retry = Erneut versuchen
team-trying = Wird versucht…
team-use-own = Stattdessen das Notizbuch dieses Computers nutzen
team-use-own-hint = Kindly vergisst dann hier das Team-Notizbuch; Sie können ihm in den Einstellungen wieder beitreten.

team-owner-title = Werkzeuge des Inhabers

team-logins = Zugänge
team-logins-none = Noch hat niemand einen Zugang. Fügen Sie die Leute hinzu, die hier arbeiten, jede Person mit eigenem Zugang.
team-logins-name = Name
team-logins-login = Benutzer
team-logins-added = Angelegt
team-logins-can-sign-in = Darf sich anmelden
team-logins-removed = Nein, entfernt am { $date }
team-logins-yes = Ja
team-logins-remove-label = Zugang von { $name } entfernen
team-logins-remove = Entfernen…
team-logins-gone = { $name } kann sich nicht mehr anmelden.
team-add-name = Name der Person
team-add-save = Hinzufügen
team-adding = Wird hinzugefügt…
team-cancel = Abbrechen
team-add = Person hinzufügen…
team-remove-title = Zugang von { $name } entfernen?
team-remove-confirm = Entfernen
team-removing = Wird entfernt…
team-remove-text = { $name } ({ $login }) kann sich dann an keinem Computer mehr beim Team-Notizbuch anmelden. Alles, was die Person geschrieben hat, bleibt mit ihrem Namen erhalten. Um sie wieder hereinzulassen, fügen Sie sie erneut hinzu: sie bekommt einen neuen Zugang.

team-now = Jetzt angemeldet
team-now-nobody = Gerade ist niemand angemeldet.
team-now-unnamed = ein Computer ohne Namen
team-now-refresh = Aktualisieren
team-now-looking = Wird geladen…

team-working = Läuft…
team-copy-title = Vollständige Kopie herunterladen
team-copy-text = Alles aus dem Team-Notizbuch als eigene Notizbuch-Datei: zum sicheren Aufbewahren oder zum Öffnen auf einem Computer ohne das Team. Sie ist nicht mit einem Kennwort geschützt, bewahren Sie sie also so auf, dass nur Sie sie öffnen können.
team-copy-done = { $moved } nach { $path } kopiert.
team-copy-download = In Downloads speichern
team-copy-choose = Ordner wählen…

team-move-title = Notizbuch dieses Computers hochladen
team-move-text = Bringt alles aus dem eigenen Notizbuch dieses Computers (Kunden, ihre Geschichten, Wiedervorlagen, Vorfälle) ins Team-Notizbuch, einmalig und solange das Team-Notizbuch noch leer ist. Das eigene Notizbuch dieses Computers bleibt, wie es ist.
team-move-done = Hochgeladen: { $moved }. Alle, die beim Team-Notizbuch angemeldet sind, sehen es jetzt.
team-move-holds = Das Notizbuch dieses Computers enthält { $moved }.
team-move-go = Hochladen…
team-move-passphrase = Kennwort des Notizbuchs dieses Computers
team-move-look = Vorschau anzeigen
team-move-ask = Notizbuch dieses Computers hochladen?
team-move-confirm = Hochladen
team-move-ask-text = { $moved } kommen ins Team-Notizbuch, alles auf einmal oder gar nichts. Alle, die dort angemeldet sind, sehen es dann. Das eigene Notizbuch dieses Computers bleibt, wie es ist.

team-moved = { $customers }, { $conversations }, { $issues }, { $promises }, { $followUps } und { $situations }
team-moved-customers =
    { $count ->
        [one] { $count } Kunde
       *[other] { $count } Kunden
    }
team-moved-conversations =
    { $count ->
        [one] { $count } Gespräch
       *[other] { $count } Gespräche
    }
team-moved-issues =
    { $count ->
        [one] { $count } Anliegen
       *[other] { $count } Anliegen
    }
team-moved-promises =
    { $count ->
        [one] { $count } Zusage
       *[other] { $count } Zusagen
    }
team-moved-follow-ups =
    { $count ->
        [one] { $count } Wiedervorlage
       *[other] { $count } Wiedervorlagen
    }
team-moved-situations =
    { $count ->
        [one] { $count } Vorfall
       *[other] { $count } Vorfälle
    }

team-hand-over-title = Ein Zugang für { $name }
team-hand-over-text = Geben Sie { $name } diese Angaben persönlich oder per privater Nachricht. Kindly zeigt das Passwort nur jetzt: Sobald Sie dies schließen, kann es niemand mehr sehen (Sie können den Zugang aber jederzeit entfernen und neu anlegen).
team-hand-over-login = Benutzername
team-hand-over-link = Beitritts-Link
team-hand-over-link-hint = Der Beitritts-Link trägt auf dem anderen Computer Server, Notizbuch und Benutzernamen ein; das Passwort gibt die Person selbst ein.
team-hand-over-copy-login-line = Benutzername: { $login }
team-hand-over-copy-password-line = Passwort: { $password }
team-hand-over-copy = Benutzer und Passwort kopieren
team-hand-over-copy-link = Link kopieren
team-hand-over-done = Fertig
team-copied-login = Benutzername und Passwort kopiert.
team-copy-failed-login = Benutzername und Passwort ließen sich nicht kopieren: Markieren Sie sie und kopieren Sie sie von Hand.
team-copied-link = Beitritts-Link kopiert.
team-copy-failed-link = Der Beitritts-Link ließ sich nicht kopieren: Markieren Sie ihn und kopieren Sie ihn von Hand.
