# Was das Desktop-Programm selbst sagt (src-tauri).

shell-dialog-failed = Das Dialogfenster konnte nicht angezeigt werden. Bitte versuchen Sie es noch einmal.
shell-drop-nothing = Nichts davon kann Kindly importieren.
shell-drop-several = Legen Sie bitte nur eine Kontaktdatei ab: Kindly importiert eine Datei nach der anderen.
shell-drop-folder = „{ $name }“ ist ein Ordner. Legen Sie eine Kontaktdatei (.vcf oder .csv) daraus ab.
shell-drop-other-kind = Kindly importiert Kontakte aus einer vCard-Datei (.vcf) oder einer als CSV gespeicherten Tabelle (.csv); „{ $name }“ ist keines von beiden.
shell-log-folder-failed = Kindly konnte den Protokollordner nicht öffnen. Er liegt hier: { $folder }.
shell-backup-folder-title = Ordner für Sicherungen wählen
shell-backup-folder-unusable = Kindly kann einen Ordner mit diesem Namen nicht verwenden. Bitte wählen Sie einen anderen.
shell-cancel = Abbrechen
shell-no-downloads = Ihr Download-Ordner wurde nicht gefunden: { $error }
shell-save-failed = Die Datei konnte nicht gespeichert werden. Bitte versuchen Sie es noch einmal.
shell-file-customers = Kindly-Kunden { $day }
shell-file-follow-ups = Kindly-Wiedervorlagen { $day }
shell-save-customers = Alle Kunden speichern
shell-save-calendar = Wiedervorlagen als Kalender speichern
shell-save-record = Alles über diesen Kunden speichern
shell-filter-vcard = vCard (für Telefone und E-Mail-Programme)
shell-filter-csv = Tabelle (CSV)
shell-filter-calendar = Kalender (.ics)
shell-filter-record = Kundendaten (JSON und Text)
shell-choose-contacts = Kontaktdatei wählen
shell-choose-contacts-first = Wählen Sie zuerst eine Kontaktdatei.
shell-filter-contacts = Kontakte (vCard oder CSV)
shell-login-setting-failed = Die Anmeldeeinstellung konnte nicht gelesen werden: { $error }
shell-keychain-passphrase = Der Schlüsselbund dieses Computers konnte das Kennwort nicht speichern ({ $error }). Kindly fragt bei jedem Start danach.
shell-keychain-password = Der Schlüsselbund dieses Computers konnte das Passwort nicht speichern ({ $error }). Kindly fragt bei jedem Start danach.

# Die Kundenliste und Änderungen an vielen auf einmal (commands/lists.rs, commands/bulk.rs).
# $max ist eine Zahl.
shell-save-selection = Die ausgewählten Kunden speichern
shell-list-too-long = Das ist zu lang: höchstens { $max } Zeichen.
shell-list-too-many-tags = Wählen Sie höchstens { $max } Schlagwörter.
shell-list-too-many-customers = Das sind zu viele Kunden auf einmal: höchstens { $max }.
shell-list-none-picked = Haken Sie zuerst mindestens einen Kunden an.
shell-bulk-tag-needed = Geben Sie ein Schlagwort ein.
shell-bulk-action-needed = Sagen Sie, was zu tun ist, zum Beispiel „Anrufen und nachfragen“.
shell-bulk-date-needed = Wählen Sie den ersten Tag.
shell-bulk-spread-range = Verteilen Sie sie auf 1 bis { $max } Tage.
shell-bulk-situation-needed = Wählen Sie einen Vorfall.
