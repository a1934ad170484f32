# The question before fewer backups are kept (use_cases/notebook/fewer_backups.rs).
# $keepNow backups kept now, $backups found, $keep to keep, $deleted that go; always more than one.

backups-fewer-title = Keep fewer backups?
backups-other-folder-title = Delete old backups in that folder?
backups-fewer-message = Kindly keeps { $keepNow } backups now, and there are { $backups }. Keeping { $keep } deletes the { $deleted } oldest at the next backup.
backups-other-folder-message = { $folder } holds { $backups } backups, and Kindly keeps { $keep }. Using it deletes the { $deleted } oldest there at the next backup.
backups-keep = Keep { $keep }
backups-use-folder = Use this folder
