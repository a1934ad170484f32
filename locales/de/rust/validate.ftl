# Was an der Eingabe nicht stimmt, neben dem Formularfeld gezeigt
# (rules/validate.rs und die anderen Prüfungen des Kerns).

# Die Formularfelder, wie die Meldungen unten sie nennen ($label).
validate-label-full-name = „Vollständiger Name“
validate-label-preferred-name = „Wie er angesprochen werden möchte“
validate-label-pronunciation = „Aussprache“
validate-label-pronouns = „Pronomen“
validate-label-company = „Firma oder Haushalt“
validate-label-address = „Postanschrift“
validate-label-best-time = „Beste Zeit für einen Anruf“
validate-label-dont = „Bitte nicht“
validate-label-preferences = „Was er mag“
validate-label-remember = „Immer daran denken“
validate-label-notes = „Sonstiges“
validate-label-looked-after-by = „Betreut von“
validate-label-a-tag = Ein Schlagwort
validate-label-a-phone = Eine Telefonnummer
validate-label-a-label = Eine Bezeichnung
validate-label-an-email = Eine E-Mail-Adresse
validate-label-who = „Wer“
validate-label-the-name = Der Name
validate-label-the-tag = Das Schlagwort
validate-label-the-category = Die Kategorie
validate-label-group-name = Der Name der Gruppe
validate-label-the-title = Der Titel
validate-label-what-was-said = „Was gesagt wurde“
validate-label-short-title = „Kurzer Titel“
validate-label-a-category = Eine Kategorie
validate-label-what-we-promised = „Was wir zugesagt haben“
validate-label-the-note = Die Notiz
validate-label-initials = Die Initialen

validate-full-name-missing = Bitte geben Sie den Namen des Kunden ein.
validate-language = Wählen Sie eine Sprache aus der Liste (oder schreiben Sie ihr Kürzel, etwa „de“ oder „pt-BR“).
validate-gap-zero = Beide Abstände brauchen mindestens einen Tag.
validate-gap-too-long = Ein Abstand darf höchstens fünf Jahre betragen.
validate-gap-order = Der längste Abstand darf nicht kürzer sein als der ideale.
validate-too-long = { $label } darf höchstens { $max } Zeichen lang sein.
validate-control-characters = { $label } enthält Zeichen, die nicht gespeichert werden können (unsichtbare Steuerzeichen).
validate-one-line = { $label } muss in eine Zeile passen.
validate-each-item = Jeder Eintrag von { $label }
validate-too-many-items = { $label } darf höchstens { $max } Einträge haben.
validate-too-many-tags = Ein Kunde kann höchstens { $max } Schlagwörter haben.
validate-not-a-phone = „{ $number }“ sieht nicht wie eine Telefonnummer aus. Verwenden Sie nur Ziffern, Leerzeichen und - ( ) . /, mit + und der Ländervorwahl davor, falls es eine hat.
validate-too-many-phones = Ein Kunde kann höchstens { $max } Telefonnummern haben.
validate-not-an-email = „{ $address }“ sieht nicht wie eine E-Mail-Adresse aus (sie sollte wie name@beispiel.de aussehen).
validate-too-many-emails = Ein Kunde kann höchstens { $max } E-Mail-Adressen haben.
validate-invisible = { $what ->
        [phone] Diese Telefonnummer
       *[email] Diese E-Mail-Adresse
    } enthält unsichtbare Zeichen (etwa eine Rechts-nach-links-Marke oder ein Leerzeichen ohne Breite) und ist deshalb vielleicht nicht das, was angezeigt wird. Bitte geben Sie sie noch einmal ein.
validate-no-such-date = Dieses Datum gibt es nicht. Prüfen Sie Tag und Monat.
validate-year-range = Das Jahr sollte zwischen 1900 und 2100 liegen oder leer bleiben.
validate-date-out-of-range = Dieses Datum liegt außerhalb des erlaubten Bereichs.
validate-label-own-words = „Das Problem in den Worten des Kunden“
validate-label-root-cause = „Was wirklich dahintersteckt“

# Ablehnungen der anderen Formulare und Aktionen des Kerns.
validate-type-tag-issue-category = Geben Sie ein Schlagwort oder eine Anliegen-Kategorie ein, um Kunden auszuwählen.
validate-give-group-name-such = Geben Sie der Gruppe einen Namen, etwa „Hochzeiten diesen Monat“.
validate-group-could-not-found = Diese Gruppe wurde nicht gefunden.
validate-give-situation-short-title = Geben Sie dem Vorfall einen kurzen Titel, etwa „Hochzeitstorten zu spät geliefert“.
validate-situation-closed-undo-closing = Dieser Vorfall ist abgeschlossen. Machen Sie den Abschluss rückgängig, um ihn zu ändern.
validate-one-those-customers-could = Einer dieser Kunden wurde nicht gefunden.
validate-customer-not-affected-by = Dieser Kunde ist von diesem Vorfall nicht betroffen.
validate-pick-day-within-next = Wählen Sie einen Tag innerhalb des nächsten Jahres.
validate-change-has-already-been = Diese Änderung wurde schon rückgängig gemacht.
validate-undo-later-change-first = Machen Sie zuerst die spätere Änderung rückgängig.
validate-issue-could-not-found = Dieses Anliegen wurde nicht gefunden.
validate-issue-belongs-another-customer = Dieses Anliegen gehört zu einem anderen Kunden.
validate-write-few-words-about = Schreiben Sie ein paar Worte dazu, was gesagt wurde.
validate-time-future = Diese Uhrzeit liegt in der Zukunft.
validate-give-issue-short-title = Geben Sie dem Anliegen einen kurzen Titel.
validate-say-what-we-promised = Schreiben Sie, was wir zugesagt haben.
validate-say-who-we-are = Schreiben Sie, auf wen wir warten: auf den Kunden oder auf uns.
validate-say-what-we-are = Schreiben Sie, worauf wir warten.
validate-say-what-we-did = Schreiben Sie, was wir getan haben, um es in Ordnung zu bringen.
validate-say-what-happened-next = Schreiben Sie für die nächste Person, was passiert ist.
validate-moving-takes-notebook-file = Zum Umziehen braucht es eine Notizbuch-Datei auf diesem Computer, kein anderes Team-Notizbuch.
validate-moving-into-team-notebook = Umgezogen wird in ein Team-Notizbuch auf einem Server, nicht in eine andere Datei.
validate-copying-out-team-notebook = Herauskopieren ist für ein Team-Notizbuch gedacht; ein Notizbuch auf diesem Computer wird mit einer Sicherung kopiert.
validate-enter-persons-name = Geben Sie den Namen der Person ein.
validate-needs-team-notebooks-server = Dafür braucht es den Server des Team-Notizbuchs, und Kindly ist gerade nicht mit ihm verbunden.
validate-key-kept-offline-copy = Der für die Offline-Kopie aufbewahrte Schlüssel stammt nicht von Kindly.
validate-offline-copy-kept-team = Eine Offline-Kopie gibt es nur für ein Team-Notizbuch; ein Notizbuch auf diesem Computer braucht keine.
validate-birthday-reminders-come-from = Geburtstagserinnerungen kommen vom Geburtstag im Profil des Kunden.
validate-issue-promise-could-not = Dieses Anliegen oder diese Zusage wurde nicht gefunden.
validate-issue-promise-belongs-another = Dieses Anliegen oder diese Zusage gehört zu einem anderen Kunden.
validate-repeat-rule-has-no = Diese Wiederholungsregel hat ab heute keine Termine mehr. Ändern Sie den Tag oder die Regel.
validate-follow-up-has-already = Diese Wiedervorlage ist schon erledigt.
validate-only-repeating-follow-up = Nur eine wiederkehrende Wiedervorlage kann einmal ausgelassen werden. Markieren Sie sie stattdessen als erledigt oder legen Sie sie in den Papierkorb.
validate-birthday-reminder-follows-birthday = Eine Geburtstagserinnerung folgt dem Geburtstag im Profil des Kunden.
validate-follow-up-cannot-move = Eine Wiedervorlage kann nicht zu einem anderen Kunden wechseln.
validate-choose-two-different-customers = Wählen Sie zwei verschiedene Kunden.
validate-choose-two-different-customers-2 = Wählen Sie zwei verschiedene Kunden zum Zusammenführen.
validate-merge-has-already-been = Dieses Zusammenführen wurde schon rückgängig gemacht, oder einer der Kunden wurde vergessen.
validate-customer-merge-kept-trash = Der beim Zusammenführen behaltene Kunde liegt im Papierkorb. Stellen Sie ihn zuerst wieder her und machen Sie dann das Zusammenführen rückgängig.
validate-choose-at-most-1 = Wählen Sie höchstens 1.440 Minuten (einen Tag) oder 0 für nie.
validate-notebook-already-protected-use = Dieses Notizbuch ist schon geschützt. Verwenden Sie stattdessen „Kennwort ändern“.
validate-notebook-has-no-passphrase = Dieses Notizbuch hat kein Kennwort.
validate-not-notebooks-passphrase-check = Das ist nicht das Kennwort des Notizbuchs. Prüfen Sie die Feststelltaste und versuchen Sie es noch einmal.
validate-notebook-memory-cannot-protected = Ein Notizbuch im Arbeitsspeicher kann nicht geschützt werden.
validate-choose-whole-folder-path = Wählen Sie einen vollständigen Ordnerpfad, etwa /home/ana/Sicherungen.
validate-backup-could-not-read = Die Sicherung konnte nicht zurückgelesen werden.
validate-file-not-one-backups = Diese Datei ist keine der Sicherungen im Sicherungsordner. Es wurde nichts geändert.
validate-keep-between-1-365 = Behalten Sie zwischen 1 und 365 Sicherungen.
validate-choose-country-from-list = Wählen Sie ein Land aus der Liste (ein Kürzel aus zwei Buchstaben wie DE, AT oder CH).
validate-choose-time-zone-from = Wählen Sie eine Zeitzone aus der Liste, etwa Europe/Berlin.
validate-not-key-combination = Das ist keine Tastenkombination.
validate-sample-customers-are-already = Die Beispielkunden sind schon da.
validate-team-notebook-whoever-signed = Bei einem Team-Notizbuch ist an der Theke, wer auf diesem Computer angemeldet ist.
validate-choose-someone-from-staff = Wählen Sie jemanden aus der Teamliste.
validate-two-passphrases-are-different = Die beiden Kennwörter sind verschieden. Geben Sie zweimal dasselbe ein.
validate-use-letters-digits-spaces = Verwenden Sie nur Buchstaben, Ziffern, Leerzeichen und Satzzeichen.
validate-port-after-colon-must = Der Port nach dem Doppelpunkt muss eine Zahl von 1 bis 65535 sein (bei PostgreSQL meist 5432).
validate-enter-your-login-name = Geben Sie Ihren Anmeldenamen ein (die verantwortliche Person hat ihn Ihnen mit Ihrem Kennwort gegeben).
validate-enter-your-password = Geben Sie Ihr Kennwort ein.
validate-not-password-kindly-can = Dieses Kennwort kann Kindly nicht senden: Prüfen Sie es mit der verantwortlichen Person.
validate-enter-servers-address-as = Geben Sie die Adresse des Servers so ein, wie Sie sie bekommen haben (zum Beispiel laden-server oder 192.168.1.20).
validate-ipv6-address-written-address = Eine IPv6-Adresse schreibt man [Adresse]:Port.
validate-servers-address-name-like = Die Adresse eines Servers ist ein Name wie laden-server oder eine Adresse wie 192.168.1.20, auf Wunsch mit :Port; ohne Leerzeichen, Schrägstriche oder @.
validate-repeat-rule-not-one = Diese Wiederholungsregel versteht Kindly nicht.
validate-repeat-rule-never-happens = Diese Wiederholungsregel trifft nie ein.
validate-please-enter-date-such = Bitte geben Sie ein Datum wie 2026-03-14 ein.
validate-please-enter-time-such = Bitte geben Sie eine Uhrzeit wie 09:30 ein.
validate-pick-moment-future = Wählen Sie einen Zeitpunkt in der Zukunft.
validate-team-notebook-address-could = Diese Adresse eines Team-Notizbuchs konnte nicht gelesen werden. Sie sieht so aus: postgres://name@server/notizbuch.
validate-certificate-file-address-names = Die Zertifikatsdatei, die die Adresse nennt (sslrootcert), konnte nicht gelesen werden.
validate-passphrase-does-not-open = Dieses Kennwort öffnet dieses Notizbuch nicht. Prüfen Sie die Feststelltaste und versuchen Sie es noch einmal.
validate-kindly-cannot-read-file = Kindly kann eine Datei mit diesem Namen nicht lesen.
validate-kindly-cannot-write-folder = Kindly kann nicht in einen Ordner mit diesem Namen schreiben.
validate-pick-at-most = Wählen Sie höchstens { $max } Kunden auf einmal.
validate-list-between = Zeigen Sie zwischen 1 und { $max } Kunden auf einmal an.
validate-added-since = { $count ->
        [one] Einer der hinzugefügten Kunden wurde
       *[other] { $count } der hinzugefügten Kunden wurden
    } seitdem benachrichtigt oder bekam eine Aufmerksamkeit, deshalb lässt sich das nicht als Ganzes rückgängig machen. Nehmen Sie die versehentlich hinzugefügten einzeln wieder heraus.
validate-too-many-categories = Ein Anliegen kann höchstens { $max } Kategorien haben.
validate-issue-cannot-move = Ein Anliegen im Stand „{ $from ->
        [open] offen
        [in_progress] in Arbeit
        [waiting] wartet
        [resolved] gelöst
       *[closed] abgeschlossen
    }“ kann nicht auf „{ $to ->
        [open] offen
        [in_progress] in Arbeit
        [waiting] wartet
        [resolved] gelöst
       *[closed] abgeschlossen
    }“ gesetzt werden.
validate-promise-already-marked = Diese Zusage ist schon als { $state ->
        [open] offen
        [kept] eingehalten
       *[broken] nicht eingehalten
    } markiert.
validate-no-folder-for-copy = Es gibt keinen Ordner { $folder } für die Kopie.
validate-file-exists = { $file } gibt es schon. Kindly überschreibt nie eine Datei: Wählen Sie einen neuen Namen.
validate-not-a-file-name = { $file } ist kein Dateiname.
validate-already-on-staff = { $name } steht schon in der Teamliste.
validate-passphrase-too-short = Verwenden Sie mindestens { $min } Zeichen; ein kurzer Satz ist leicht zu merken und schwer zu erraten.
validate-passphrase-too-long = Verwenden Sie höchstens { $max } Zeichen.
validate-extension-needs-owner = `kindly team init` braucht die Anmeldung, der die Datenbank gehört (oder eine, die darin Objekte anlegen darf), um die PostgreSQL-Erweiterung { $name } hinzuzufügen. Es wurde nichts geändert.
validate-staff-needs-owner = Zum Hinzufügen oder Entfernen von Teammitgliedern braucht es die Anmeldung der Person, der das Team-Notizbuch gehört und die Rollen anlegen darf (CREATEROLE); { $login } darf das nicht. Es wurde nichts geändert.
validate-already-has-login = { $name } hat schon eine Anmeldung ({ $login }). Um ein neues Kennwort zu vergeben, entfernen Sie diese Anmeldung und fügen Sie die Person neu hinzu.
validate-every-login-taken = Alle Anmeldenamen wie { $base } sind auf diesem Server schon vergeben.
validate-moving-needs-owner = Zum Umziehen eines Notizbuchs braucht es die Anmeldung der Person, der das Team-Notizbuch gehört (die, mit der `kindly team init` lief); { $login } ist es nicht. Es wurde nichts umgezogen.
validate-name-too-long = { $what ->
        [database] Der Name des Notizbuchs
       *[login] Der Anmeldename
    } ist zu lang (höchstens 63 Buchstaben).
validate-name-bad-character = { $what ->
        [database] Der Name des Notizbuchs
       *[login] Der Anmeldename
    } enthält ein Zeichen, das nicht darin vorkommen darf.

validate-label-the-update = Die Neuigkeit
validate-say-what-changed = Schreiben Sie, was sich geändert hat, zum Beispiel „Das Teil kommt am Donnerstag“.
validate-pick-who-was-told = Wählen Sie, wer informiert wurde.
validate-phone-too-long = Das ist zu lang für eine Telefonnummer.
validate-phone-too-few-digits = Geben Sie mindestens { $digits } Ziffern der Nummer ein.
validate-too-many-done = Haken Sie höchstens { $max } Wiedervorlagen für einen Anruf ab.
validate-follow-up-not-found = Diese Wiedervorlage wurde nicht gefunden.
validate-follow-up-other-customer = Diese Wiedervorlage gehört zu einem anderen Kunden.
validate-label-what-happened = Was passiert ist
validate-label-what-we-do = Was wir tun
