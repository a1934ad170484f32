# La ayuda de `kindly --help` y de cada orden (crates/kindly-cli/src/help.rs).
# Los nombres de opciones (--data-dir), de valores (DIR) y las órdenes quedan tal como se escriben.

cli-help = Kindly desde la línea de órdenes: el mismo cuaderno que en la ventana, sin ventana.
cli-help-after =
    Todas las órdenes aceptan --data-dir DIR (si no, $KINDLY_DATA_DIR; si no, la
    carpeta de datos de Kindly). Un cuaderno protegido con contraseña se abre con
    la de $KINDLY_PASSPHRASE.

    En un cuaderno de equipo, todas las órdenes aceptan en su lugar --database
    postgres://login@servidor/cuaderno (si no, $KINDLY_DATABASE); backup y restore
    son para el cuaderno de este ordenador. kindly team necesita el usuario del
    propietario, con permiso para crear roles (copy-out acepta cualquier usuario).

    Códigos de salida: 0 hecho, 1 nadie coincide (lookup, changes, team
    remove-staff), 2 un problema (explicado en la salida de errores).
cli-help-usage = Uso:
cli-help-heading-commands = Órdenes
cli-help-heading-arguments = Argumentos
cli-help-heading-options = Opciones
cli-help-flag-help = Mostrar la ayuda
cli-help-flag-help-long = Mostrar la ayuda (-h: más breve)
cli-help-flag-version = Mostrar la versión
cli-help-arg-data-dir = La carpeta del cuaderno (si no, $KINDLY_DATA_DIR; si no, la carpeta de datos de Kindly)
cli-help-arg-database = La dirección de un cuaderno de equipo, postgres://login@servidor/cuaderno (si no, $KINDLY_DATABASE, más seguro: otros usuarios del ordenador pueden leer los argumentos)
cli-help-help = Mostrar esta ayuda, o la de una orden
cli-help-help-arg-subcommand = La orden cuya ayuda mostrar

cli-help-import = Importar un archivo vCard (.vcf) o CSV; primero muestra lo que va a hacer
cli-help-import-arg-file = El archivo que importar
cli-help-import-arg-dry-run = Mostrar lo que pasaría, sin escribir nada
cli-help-lookup = Mostrar la ficha de quien mejor coincida (sale con 1 si nadie coincide)
cli-help-lookup-arg-query = Un nombre, o un número de teléfono escrito de cualquier forma habitual
cli-help-changes = Mostrar quién cambió qué en un cliente, de lo más reciente a lo más antiguo (sale con 1 si nadie coincide)
cli-help-changes-arg-query = El identificador del cliente, o un nombre
cli-help-backup = Hacer una copia de seguridad comprobada en la carpeta de copias; muestra su ruta
cli-help-restore = Restaurar una copia de seguridad; el cuaderno tal como estaba se guarda
cli-help-restore-arg-file = El archivo de la copia
cli-help-export = Exportar todos los clientes, los seguimientos o el expediente de un cliente
cli-help-export-more = Todos los clientes en vCard 4.0 o CSV, los seguimientos en un archivo iCalendar, o todo lo que se guarda de un cliente (también en la Papelera) en JSON o en texto: en la salida estándar, o con -o en un archivo (reemplazado entero).
cli-help-export-arg-format = Qué escribir
cli-help-export-arg-format-value-vcard = Todos los clientes en vCard 4.0
cli-help-export-arg-format-value-csv = Todos los clientes en CSV
cli-help-export-arg-format-value-ics = Los seguimientos en un archivo iCalendar
cli-help-export-arg-format-value-json = Todo lo que se guarda de un cliente (--customer), en JSON
cli-help-export-arg-format-value-text = Todo lo que se guarda de un cliente (--customer), en texto
cli-help-export-arg-customer = El cliente cuyo expediente escribir (solo con json o text)
cli-help-export-arg-output = Escribir en FILE (reemplazado entero) en vez de en la salida estándar
cli-help-team = Un cuaderno de equipo en un servidor PostgreSQL: preparación, usuarios, entrada y salida
cli-help-team-more = La dirección viene de --database o de $KINDLY_DATABASE, con el usuario del propietario (con permiso para crear roles); copy-out acepta cualquier usuario.
cli-help-team-init = Crear el cuaderno de equipo: tablas, extensiones, un rol para el equipo (no hace nada si ya está hecho)
cli-help-team-add-staff = Un usuario para una persona; su contraseña se muestra una sola vez
cli-help-team-add-staff-arg-name = El nombre de la persona, entre comillas
cli-help-team-remove-staff = Quitar el usuario de una persona (sale con 1 si nadie lo tiene); lo que escribió se queda
cli-help-team-remove-staff-arg-name = El nombre de la persona, entre comillas
cli-help-team-staff = Listar los usuarios: nombre, usuario, añadido, quitado
cli-help-team-move-in = Pasar un archivo de cuaderno al cuaderno de equipo, que debe ser nuevo y estar vacío
cli-help-team-move-in-arg-file = El archivo del cuaderno (notebook.sqlite)
cli-help-team-copy-out = Copiar todo el cuaderno de equipo en un archivo de cuaderno nuevo (cualquier usuario)
cli-help-team-copy-out-arg-file = El archivo de cuaderno nuevo (nunca uno que ya exista)
cli-help-completions = Mostrar un script de autocompletado para bash, zsh o fish
cli-help-completions-more = Por ejemplo: kindly completions bash > ~/.local/share/bash-completion/completions/kindly
cli-help-completions-arg-shell = El shell
