# Die Fehlermeldungen des Kerns (crates/kindly-core/src/error.rs), für die
# Person an der Theke und von der Befehlszeile ausgegeben.

errors-not-found = Dieser Kunde wurde nicht gefunden. Vielleicht wurde er gelöscht oder in den Papierkorb gelegt.
errors-newer-notebook = Dieses Notizbuch wurde von einer neueren Kindly-Version gespeichert (Format { $found }; diese Version liest bis Format { $supported }). Bitte aktualisieren Sie Kindly, um es zu öffnen. Am Notizbuch wurde nichts geändert.
errors-locked = Das Notizbuch ist gesperrt. Geben Sie sein Kennwort ein, um es zu entsperren.
errors-sign-in-needed = Melden Sie sich beim Team-Notizbuch an, um weiterzumachen.
errors-busy = Das Notizbuch ist gerade in einem anderen Fenster oder Programm in Gebrauch. Bitte versuchen Sie es gleich noch einmal.
errors-disk-full = Die Festplatte ist voll, deshalb konnte diese Änderung nicht gespeichert werden. Schaffen Sie etwas Platz und versuchen Sie es noch einmal.
errors-corrupt = Ein Teil des Notizbuchs ist beschädigt, deshalb konnte Kindly dies nicht lesen oder speichern. Es wurde nichts geändert. Stellen Sie die letzte Sicherung wieder her, um weiterzumachen (Einstellungen, Sicherungen).
errors-storage = Das Notizbuch konnte nicht gelesen oder geschrieben werden: { $detail }
errors-io = Der Ordner des Notizbuchs konnte nicht verwendet werden: { $detail }
errors-server-unreachable = Kindly erreicht den Server des Team-Notizbuchs { $host } nicht. Prüfen Sie das Netzwerk dieses Computers oder fragen Sie die Person, die den Server betreut, ob er läuft.
errors-sign-in-failed = Der Server des Team-Notizbuchs hat die Anmeldung abgelehnt: falscher Name oder falsches Kennwort.
errors-server-not-trusted = Kindly hat sich nicht mit { $host } verbunden: Der Server konnte nicht nachweisen, dass er { $host } ist (sein Zertifikat gilt nicht für diesen Namen). Bitten Sie die Person, die den Server betreut, um sein Zertifikat.
errors-insecure-connection = Das Team-Notizbuch auf { $host } ist nur über eine verschlüsselte, geprüfte Verbindung erreichbar, und seine Adresse verlangt weniger. Entfernen Sie `sslmode` aus der Adresse (oder setzen Sie es auf verify-full).
errors-server-too-old = Das Team-Notizbuch braucht PostgreSQL 15 oder neuer; auf dem Server läuft PostgreSQL { $found }.
errors-missing-extension = Dem Server fehlt die PostgreSQL-Erweiterung { $name }: Bitten Sie die Person, die den Server betreut, postgresql-contrib zu installieren.
errors-not-team-notebook = Die Datenbank { $database } auf { $host } ist kein Kindly-Team-Notizbuch. Darin wurde nichts geändert. (Ein neues Team-Notizbuch richten Sie mit `kindly team init` ein.)
errors-newer-team-notebook = Dieses Team-Notizbuch wurde von einer neueren Kindly-Version angelegt (Format { $found }; diese Version liest bis Format { $supported }). Bitte aktualisieren Sie Kindly. Am Team-Notizbuch wurde nichts geändert.
errors-server-full = Auf dem Server des Team-Notizbuchs ist kein Platz mehr, deshalb konnte diese Änderung nicht gespeichert werden. Bitten Sie die Person, die den Server betreut, Platz zu schaffen.
errors-connection-lost = Die Verbindung zum Server des Team-Notizbuchs ist abgebrochen. Was Sie gerade getan haben, wurde vielleicht nicht gespeichert: Prüfen Sie es und versuchen Sie es dann noch einmal.
errors-laptop-only = { $what ->
        [backing-up] Das Sichern
        [listing-backups] Das Auflisten der Sicherungen
        [restoring-backup] Das Wiederherstellen einer Sicherung
        [protecting] Der Schutz mit einem Kennwort
        [checking-file] Das Prüfen der Notizbuch-Datei
        [closing-file] Das Schließen einer Notizbuch-Datei
        [editing-file] Das Bearbeiten der Datei
        [writing-offline-copy] Das Schreiben der Offline-Kopie
        [counting-statements] Das Zählen der Abfragen
        [filling-disk] Das Füllen der Festplatte
       *[other] Dies
    } ist nur für ein Notizbuch auf diesem Computer möglich. Ein Team-Notizbuch liegt auf seinem Server, der eigene Kopien aufbewahrt: Fragen Sie die Person, die ihn betreut.
errors-conflict = { $by } hat eine Änderung an { $thing ->
        [customer] diesem Kunden
        [issue] diesem Anliegen
        [promise] dieser Zusage
        [follow-up] dieser Wiedervorlage
        [situation] diesem Vorfall
        [list] dieser Liste
       *[other] diesem Eintrag
    } gespeichert, während Sie Ihre vorgenommen haben. Ihre wurde deshalb nicht gespeichert (von der anderen Änderung wurde nichts überschrieben). Sehen Sie sich { $thing ->
        [customer] den Kunden
        [issue] das Anliegen
        [promise] die Zusage
        [follow-up] die Wiedervorlage
        [situation] den Vorfall
        [list] die Liste
       *[other] den Eintrag
    } im jetzigen Stand an und speichern Sie Ihre Änderung dann noch einmal.
errors-conflict-someone = Jemand anderes hat eine Änderung an { $thing ->
        [customer] diesem Kunden
        [issue] diesem Anliegen
        [promise] dieser Zusage
        [follow-up] dieser Wiedervorlage
        [situation] diesem Vorfall
        [list] dieser Liste
       *[other] diesem Eintrag
    } gespeichert, während Sie Ihre vorgenommen haben. Ihre wurde deshalb nicht gespeichert (von der anderen Änderung wurde nichts überschrieben). Sehen Sie sich { $thing ->
        [customer] den Kunden
        [issue] das Anliegen
        [promise] die Zusage
        [follow-up] die Wiedervorlage
        [situation] den Vorfall
        [list] die Liste
       *[other] den Eintrag
    } im jetzigen Stand an und speichern Sie Ihre Änderung dann noch einmal.
errors-team-notebook-not-empty = Dieses Team-Notizbuch enthält schon Kunden oder andere Einträge, deshalb wurde nichts hineinverschoben: Ein Notizbuch zieht einmal um, in ein neues, leeres Team-Notizbuch. Es wurde nichts geändert.
errors-server-away = Kindly erreicht das Team-Notizbuch gerade nicht, deshalb wurde dies nicht gespeichert. Was Sie eingegeben haben, ist noch da: Speichern Sie es noch einmal, sobald die Verbindung wieder steht. Kunden nachschlagen können Sie in der Zwischenzeit weiterhin.
errors-cancelled = Wie gewünscht angehalten. Es wurde nichts geändert.
errors-nothing-changed = Es wurde nichts geändert.
