# Die Frage, bevor weniger Sicherungen aufbewahrt werden.

backups-fewer-title = Weniger Sicherungen aufbewahren?
backups-other-folder-title = Alte Sicherungen in diesem Ordner löschen?
backups-fewer-message = Kindly bewahrt derzeit { $keepNow } Sicherungen auf, und es gibt { $backups }. Wenn Sie { $keep } aufbewahren, { $deleted ->
        [one] wird die älteste
       *[other] werden die { $deleted } ältesten
    } bei der nächsten Sicherung gelöscht.
backups-other-folder-message = { $folder } enthält { $backups } Sicherungen, und Kindly bewahrt { $keep } auf. Wenn Sie ihn verwenden, { $deleted ->
        [one] wird dort die älteste
       *[other] werden dort die { $deleted } ältesten
    } bei der nächsten Sicherung gelöscht.
backups-keep = { $keep } aufbewahren
backups-use-folder = Diesen Ordner verwenden
