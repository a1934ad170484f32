# La pregunta antes de guardar menos copias.

backups-fewer-title = ¿Guardar menos copias de seguridad?
backups-other-folder-title = ¿Borrar las copias antiguas de esa carpeta?
backups-fewer-message = Kindly guarda ahora { $keepNow } copias y hay { $backups }. Guardar { $keep } borrará { $deleted ->
        [one] la más antigua
       *[other] las { $deleted } más antiguas
    } en la próxima copia.
backups-other-folder-message = { $folder } contiene { $backups } copias y Kindly guarda { $keep }. Usarla borrará { $deleted ->
        [one] la más antigua
       *[other] las { $deleted } más antiguas
    } en la próxima copia.
backups-keep = Guardar { $keep }
backups-use-folder = Usar esta carpeta
