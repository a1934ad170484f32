# Ajustes (ui/src/lib/settings): números de teléfono, recordatorios, atajo para buscar, importar y exportar,
# dónde se guarda el cuaderno, copias de seguridad, «Acerca de» y el aviso tras un cierre inesperado.

settings-title = Ajustes
settings-intro = Se guardan en su cuaderno, salvo la apariencia, que es de este ordenador.
settings-shortcuts = Atajos de teclado
settings-opening = Abriendo…
settings-saved = Guardado.
settings-save = Guardar
settings-saving = Guardando…
settings-dismiss = Cerrar

settings-phone-title = Números de teléfono
settings-phone-label = País de los números de teléfono
settings-phone-hint = Los números escritos sin + ni prefijo de país se leen como números de este país.

settings-reminders = Recordatorios
settings-reminder-time = Hora de los recordatorios
settings-reminder-hint = Los seguimientos de un día sin hora propia se recuerdan a esta hora.
settings-reminder-empty = Escriba una hora, por ejemplo { $example }.
settings-reminder-saved = Guardado. Los seguimientos sin hora ahora se recuerdan a las { $time }.
settings-zone = Las horas son de { $zone }, la zona horaria de su ordenador.
settings-zone-unknown = Las horas son de la zona horaria de su ordenador.
settings-autostart = Abrir Kindly al iniciar sesión, para que lleguen los recordatorios
settings-tray = Al cerrar la ventana, Kindly sigue abierto en la bandeja, junto al reloj, para que los recordatorios lleguen igual. Para cerrarlo del todo, elija «Salir de Kindly» en el menú de su icono.

settings-shortcut-title = Buscar desde cualquier lugar
settings-shortcut-now = Ahora:
settings-shortcut-off = Desactivado
settings-shortcut-label = Combinación de teclas
settings-shortcut-hint = Pulsada en cualquier programa, trae Kindly al frente con el cursor en el cuadro de búsqueda. Use Ctrl, Alt, Shift o Super con una tecla, por ejemplo { $example }.
settings-shortcut-empty = Escriba una combinación como { $example }, o elija «Desactivar».
settings-shortcut-turn-off = Desactivar
settings-shortcut-turned-off = Desactivado.
settings-shortcut-saved = Guardado. Pulse { $keys } en cualquier lugar para buscar a alguien.

settings-in-out-title = Importar y exportar clientes
settings-import = Importar contactos…
settings-import-hint = Desde un teléfono, Google Contacts, Outlook, Apple Contacts o una hoja de cálculo. Verá lo que va a pasar antes de que nada cambie.
settings-duplicates = Posibles duplicados…
settings-duplicates-hint = Clientes que quizá sean la misma persona, para unirlos en uno.
settings-export-title = Exportar todos los clientes
settings-export-hint = Guarda todos los clientes (salvo los de la papelera) en un archivo, para otro programa o para conservarlo. Usted elige dónde (Descargas, salvo que elija otra carpeta).
settings-export-vcard = Como vCard (para teléfonos y programas de correo)
settings-export-csv = Como hoja de cálculo (CSV)
settings-exporting = Exportando

settings-where-title = Dónde se guarda su cuaderno
settings-where-backup = Kindly hace copias de seguridad por usted (vea «Copias de seguridad», más abajo). Para tener también una copia en otro disco, como una memoria USB, elija allí una carpeta para las copias, o copie en él un archivo de copia.

settings-backups = Copias de seguridad
settings-backups-intro = Kindly hace una copia de su cuaderno al abrirse, como mucho una vez al día mientras funciona, y al salir. Cada copia se comprueba antes de darla por buena.
settings-backup-last = Última copia: { $when }
settings-backup-none-yet = Todavía no hay copias
settings-back-up-now = Hacer una copia ahora
settings-backing-up = Haciendo la copia…
settings-backing-up-label = Haciendo la copia
settings-backed-up = Copia hecha: { $file }
settings-backup-folder = Carpeta de las copias
settings-backup-folder-hint = Una carpeta en otro disco, como una memoria USB, mantiene sus copias a salvo si este ordenador se estropea. Las copias ya hechas se quedan donde están.
settings-backup-beside = (junto a su cuaderno)
settings-backup-choose = Elegir otra carpeta…
settings-backup-default = Usar la carpeta junto al cuaderno
settings-backup-keep = Copias que se guardan
settings-backup-keep-hint = De 1 a 365. Si hay más, se borran las más antiguas. Kindly pregunta antes si un número menor borraría copias que ya tiene.
settings-keep-problem = Guarde entre 1 y 365 copias.
settings-backup-saved =
    Guardado. Las copias van a { $folder }, y { $keep ->
        [one] solo se guarda la más reciente.
       *[other] se guardan las { $keep } más recientes.
    }
settings-backup-unchanged =
    No ha cambiado nada. Las copias van a { $folder }, y { $keep ->
        [one] solo se guarda la más reciente.
       *[other] se guardan las { $keep } más recientes.
    }
settings-backups-list = Sus copias
settings-restored = Restaurado. El cuaderno tal como estaba se guarda en { $path }.
settings-backups-looking = Buscando copias…
settings-backups-none = Todavía no hay copias en esta carpeta.
settings-restore-label = Restaurar la copia del { $when }…
settings-restore = Restaurar…
settings-backup-when = { $date } a las { $time }
settings-size-kb = { $size } KB
settings-size-mb = { $size } MB

settings-restore-title = ¿Restaurar la copia del { $when }?
settings-restore-confirm = Restaurar esta copia
settings-restoring = Restaurando…
settings-restore-text = Su cuaderno se sustituirá por la copia del { $when }. Antes se guarda una copia de cómo está ahora, así que se puede deshacer.
settings-restoring-label = Restaurando la copia
settings-restore-first = Comprobando la copia…

settings-about = Acerca de
settings-version = Versión
settings-team-notebook = Cuaderno de equipo
settings-notebook = Cuaderno
settings-team-place = { $database } en { $server }
settings-about-logs = Cuando algo va mal, Kindly anota lo que pasó en su carpeta de registros: nunca los datos de sus clientes ni su contraseña. Quien le ayude con Kindly puede pedirle estos archivos.
settings-open-logs = Abrir la carpeta de registros

settings-crash = Kindly se cerró de forma inesperada la última vez.
settings-crash-when = Kindly se cerró de forma inesperada la última vez ({ $when }).
settings-crash-text = Dejó una nota breve sobre ello en su carpeta de registros, sin los datos de sus clientes, por si quien le ayuda con Kindly quiere verla.
