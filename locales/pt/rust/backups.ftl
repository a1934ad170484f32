# A pergunta antes de guardar menos cópias.

backups-fewer-title = Guardar menos cópias de segurança?
backups-other-folder-title = Apagar as cópias antigas dessa pasta?
backups-fewer-message = O Kindly guarda agora { $keepNow } cópias e existem { $backups }. Guardar { $keep } apaga { $deleted ->
        [one] a mais antiga
       *[other] as { $deleted } mais antigas
    } na próxima cópia.
backups-other-folder-message = { $folder } tem { $backups } cópias e o Kindly guarda { $keep }. Usá-la apaga { $deleted ->
        [one] a mais antiga
       *[other] as { $deleted } mais antigas
    } na próxima cópia.
backups-keep = Guardar { $keep }
backups-use-folder = Usar esta pasta
