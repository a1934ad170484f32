# Los mensajes de error del núcleo (crates/kindly-core/src/error.rs), que ve
# la persona en el mostrador y que escribe la línea de órdenes.

errors-not-found = No se ha encontrado a ese cliente. Puede que se haya eliminado o enviado a la papelera.
errors-newer-notebook = Este cuaderno se guardó con una versión más reciente de Kindly (formato { $found }; esta versión lee hasta el formato { $supported }). Actualice Kindly para abrirlo. No se ha cambiado nada en el cuaderno.
errors-locked = El cuaderno está bloqueado. Escriba su contraseña para desbloquearlo.
errors-sign-in-needed = Inicie sesión en el cuaderno de equipo para continuar.
errors-busy = El cuaderno está ocupado en otra ventana o programa. Vuelva a intentarlo en un momento.
errors-disk-full = El disco está lleno, así que este cambio no se ha podido guardar. Libere algo de espacio y vuelva a intentarlo.
errors-corrupt = Una parte del cuaderno está dañada, así que Kindly no ha podido leer ni guardar esto. No se ha cambiado nada. Restaure la última copia de seguridad para continuar (Ajustes, Copias de seguridad).
errors-storage = No se ha podido leer ni escribir el cuaderno: { $detail }
errors-io = No se ha podido usar la carpeta del cuaderno: { $detail }
errors-server-unreachable = Kindly no consigue conectar con el servidor del cuaderno de equipo { $host }. Compruebe la red de este ordenador o pregunte a quien se ocupa del servidor si está en marcha.
errors-sign-in-failed = El servidor del cuaderno de equipo no ha aceptado el inicio de sesión: nombre o contraseña incorrectos.
errors-server-not-trusted = Kindly no se ha conectado a { $host }: el servidor no ha podido demostrar que es { $host } (su certificado no es de confianza para ese nombre). Pida su certificado a quien se ocupa del servidor.
errors-insecure-connection = Al cuaderno de equipo en { $host } solo se llega por una conexión cifrada y verificada, y su dirección pide menos. Quite `sslmode` de la dirección (o póngalo en verify-full).
errors-server-too-old = El cuaderno de equipo necesita PostgreSQL 15 o posterior; el servidor tiene PostgreSQL { $found }.
errors-missing-extension = Al servidor le falta la extensión de PostgreSQL { $name }: pida a quien se ocupa del servidor que instale postgresql-contrib.
errors-not-team-notebook = La base de datos { $database } en { $host } no es un cuaderno de equipo de Kindly. No se ha cambiado nada en ella. (Un cuaderno de equipo nuevo se crea con `kindly team init`.)
errors-newer-team-notebook = Este cuaderno de equipo se creó con una versión más reciente de Kindly (formato { $found }; esta versión lee hasta el formato { $supported }). Actualice Kindly. No se ha cambiado nada en el cuaderno de equipo.
errors-server-full = El servidor del cuaderno de equipo no tiene espacio, así que este cambio no se ha podido guardar. Pida a quien se ocupa del servidor que libere espacio.
errors-connection-lost = Se ha perdido la conexión con el servidor del cuaderno de equipo. Puede que lo que estaba haciendo no se haya guardado: compruébelo y vuelva a intentarlo.
errors-laptop-only = { $what ->
        [backing-up] Hacer una copia de seguridad
        [listing-backups] Ver la lista de copias de seguridad
        [restoring-backup] Restaurar una copia de seguridad
        [protecting] Proteger con contraseña
        [checking-file] Comprobar el archivo del cuaderno
        [closing-file] Cerrar un archivo de cuaderno
        [editing-file] Modificar el archivo
        [writing-offline-copy] Escribir la copia sin conexión
        [counting-statements] Contar las consultas
        [filling-disk] Llenar el disco
       *[other] Esto
    } solo es posible con un cuaderno guardado en este ordenador. Un cuaderno de equipo vive en su servidor, que guarda sus propias copias: pregunte a quien se ocupa de él.
errors-conflict = { $by } ha guardado un cambio en { $thing ->
        [customer] este cliente
        [issue] este caso
        [promise] esta promesa
        [follow-up] este seguimiento
        [situation] esta incidencia
        [list] esta lista
       *[other] este registro
    } mientras usted hacía el suyo, así que el suyo no se ha guardado (no se ha sobrescrito nada). Mire cómo está { $thing ->
        [customer] el cliente
        [issue] el caso
        [promise] la promesa
        [follow-up] el seguimiento
        [situation] la incidencia
        [list] la lista
       *[other] el registro
    } ahora y vuelva a guardar su cambio.
errors-conflict-someone = Otra persona ha guardado un cambio en { $thing ->
        [customer] este cliente
        [issue] este caso
        [promise] esta promesa
        [follow-up] este seguimiento
        [situation] esta incidencia
        [list] esta lista
       *[other] este registro
    } mientras usted hacía el suyo, así que el suyo no se ha guardado (no se ha sobrescrito nada). Mire cómo está { $thing ->
        [customer] el cliente
        [issue] el caso
        [promise] la promesa
        [follow-up] el seguimiento
        [situation] la incidencia
        [list] la lista
       *[other] el registro
    } ahora y vuelva a guardar su cambio.
errors-team-notebook-not-empty = Este cuaderno de equipo ya tiene clientes u otros datos, así que no se ha trasladado nada a él: un cuaderno se traslada una sola vez, a un cuaderno de equipo nuevo y vacío. No se ha cambiado nada.
errors-server-away = Kindly no consigue conectar con el cuaderno de equipo ahora mismo, así que esto no se ha guardado. Lo que ha escrito sigue aquí: vuelva a guardarlo cuando vuelva la conexión. Mientras tanto, puede seguir buscando clientes.
errors-cancelled = Detenido, como ha pedido. No se ha cambiado nada.
errors-nothing-changed = No se ha cambiado nada.
