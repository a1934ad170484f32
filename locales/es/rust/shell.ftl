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
