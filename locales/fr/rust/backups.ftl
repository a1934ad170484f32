# La question avant de garder moins de sauvegardes.

backups-fewer-title = Garder moins de sauvegardes ?
backups-other-folder-title = Supprimer les anciennes sauvegardes de ce dossier ?
backups-fewer-message = Kindly garde actuellement { $keepNow } sauvegardes, et il y en a { $backups }. En garder { $keep } supprimera { $deleted ->
        [one] la plus ancienne
       *[other] les { $deleted } plus anciennes
    } à la prochaine sauvegarde.
backups-other-folder-message = { $folder } contient { $backups } sauvegardes, et Kindly en garde { $keep }. L’utiliser supprimera { $deleted ->
        [one] la plus ancienne
       *[other] les { $deleted } plus anciennes
    } à la prochaine sauvegarde.
backups-keep = En garder { $keep }
backups-use-folder = Utiliser ce dossier
