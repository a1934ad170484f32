# Lo que dice el programa de escritorio (src-tauri).

shell-dialog-failed = No se pudo mostrar el cuadro de diálogo. Inténtelo de nuevo.
shell-drop-nothing = Nada de lo que ha soltado se puede importar en Kindly.
shell-drop-several = Suelte un solo archivo de contactos cada vez: Kindly importa un archivo a la vez.
shell-drop-folder = «{ $name }» es una carpeta. Suelte un archivo de contactos (.vcf o .csv) de su interior.
shell-drop-other-kind = Kindly importa contactos de un archivo vCard (.vcf) o de una hoja de cálculo guardada como CSV (.csv); «{ $name }» no es ninguno de los dos.
shell-log-folder-failed = Kindly no pudo abrir la carpeta del registro. Está en { $folder }.
shell-backup-folder-title = Elegir una carpeta para las copias de seguridad
shell-backup-folder-unusable = Kindly no puede usar una carpeta con este nombre. Elija otra.
shell-cancel = Cancelar
shell-no-downloads = No se encontró su carpeta de Descargas: { $error }
shell-save-failed = No se pudo guardar el archivo. Inténtelo de nuevo.
shell-file-customers = Clientes Kindly { $day }
shell-file-follow-ups = Seguimientos Kindly { $day }
shell-save-customers = Guardar todos los clientes
shell-save-calendar = Guardar los seguimientos como calendario
shell-save-record = Guardar todo lo que guardamos de este cliente
shell-filter-vcard = vCard (para teléfonos y programas de correo)
shell-filter-csv = Hoja de cálculo (CSV)
shell-filter-calendar = Calendario (.ics)
shell-filter-record = Datos del cliente (JSON y texto)
shell-choose-contacts = Elegir un archivo de contactos
shell-choose-contacts-first = Elija primero un archivo de contactos.
shell-filter-contacts = Contactos (vCard o CSV)
shell-login-setting-failed = No se pudo leer el ajuste de inicio: { $error }
shell-keychain-passphrase = El llavero de este ordenador no pudo guardar la contraseña ({ $error }). Kindly la pedirá en cada inicio.
shell-keychain-password = El llavero de este ordenador no pudo guardar la contraseña ({ $error }). Kindly la pedirá en cada inicio.

# La lista de clientes y los cambios a muchos a la vez (commands/lists.rs, commands/bulk.rs).
# $max es un número.
shell-save-selection = Guardar los clientes elegidos
shell-list-too-long = Es demasiado largo: como máximo { $max } caracteres.
shell-list-too-many-tags = Elija como máximo { $max } etiquetas.
shell-list-too-many-customers = Son demasiados clientes a la vez: como máximo { $max }.
shell-list-none-picked = Marque primero al menos un cliente.
shell-bulk-tag-needed = Escriba una etiqueta.
shell-bulk-action-needed = Diga qué hay que hacer, por ejemplo «Llamar para saber cómo está».
shell-bulk-date-needed = Elija el primer día.
shell-bulk-spread-range = Repártalos entre 1 y { $max } días.
shell-bulk-situation-needed = Elija una incidencia.
