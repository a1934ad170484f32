# Las frases de la línea de órdenes (crates/kindly-cli). Su salida para
# máquinas (--json, exportaciones, líneas de `kindly team staff`) no cambia
# con el idioma; la ayuda (--help) está en cli-help.ftl; los errores de clap
# siguen en inglés.

cli-more-information = Para saber más, pruebe «{ $help }».
cli-passphrase-needed = Este cuaderno está protegido con contraseña. Póngala en la variable de entorno KINDLY_PASSPHRASE.
cli-passphrase-not-utf8 = La contraseña de KINDLY_PASSPHRASE no es texto válido (UTF-8). Kindly usa las contraseñas tal como se escribieron, así que no puede usar esta.
cli-no-data-folder = No se ha encontrado la carpeta de datos de Kindly; indique --data-dir.
cli-database-or-data-dir = Indique --database (un cuaderno de equipo) o --data-dir (un cuaderno de este ordenador), pero no los dos.
cli-restored =
    Se ha restaurado { $file }.
    El cuaderno tal como estaba se guarda en { $kept }
cli-nobody-matches = Nadie en el cuaderno coincide con { $query }.
cli-cannot-write = no se ha podido escribir la salida: { $reason }

## kindly export

cli-export-everyone = export --format { $format } exporta a todos; quite --customer (los datos de un solo cliente son --format json o text).
cli-export-needs-customer = export --format json|text necesita --customer ID.
cli-json-failed = no se han podido escribir los datos como JSON: { $reason }
cli-file-not-written = No se ha podido escribir { $file }: { $reason }

## kindly import

cli-preview = { $file }: { $new } nuevos, { $merged } para añadir a clientes que ya están, { $skipped } ya están, { $left_out } dejados fuera.
cli-preview-note = Nota: { $note }
cli-preview-line = línea { $line }
cli-preview-new = nuevo
cli-preview-add-to = añadir a { $matched } ({ $reason })
cli-preview-already-here = ya está como { $matched } ({ $reason })
cli-preview-more = … y { $count } más.
cli-preview-left-out = Dejados fuera:
cli-dry-run = Prueba: no se ha escrito nada.
cli-imported = Importado: { $new } nuevos, { $merged } completados, { $skipped } ya estaban{ $left_out ->
        [0] {""}
       *[other] , { $left_out } dejados fuera
    }.

## kindly team

cli-team-needs-address = kindly team necesita la dirección del cuaderno de equipo, con el usuario propietario (copy-out acepta cualquiera): --database postgres://propietario@servidor/cuaderno (o { $variable }).
cli-team-ready = El cuaderno de equipo está listo. Dé un usuario a cada persona que trabaja allí con `kindly team add-staff "NOMBRE"`.
cli-staff-added = { $name } ya puede iniciar sesión en el cuaderno de equipo como { $login } con esta contraseña:
cli-staff-give-password = Dé esta contraseña a { $first }; Kindly no volverá a mostrarla.
cli-staff-removed = { $name } ({ $login }) ya no puede iniciar sesión. Lo que escribió se queda, con su nombre.
cli-staff-nobody-called = Nadie llamado { $name } tiene un usuario activo en este cuaderno de equipo (`kindly team staff` los muestra).
cli-staff-none = Todavía nadie tiene usuario.
cli-no-notebook-file = No hay ningún archivo de cuaderno en { $file }.
cli-moved-in =
    Se ha trasladado { $file } al cuaderno de equipo: { $summary }.
    El archivo sigue como estaba; cuando todos trabajen en el cuaderno de equipo, guárdelo en un lugar seguro o bórrelo.
cli-copied-out = Se ha copiado el cuaderno de equipo en { $file }: { $summary }.
cli-moved-count = { $what ->
        [customers] { $count ->
            [one] { $count } cliente
           *[other] { $count } clientes (papelera incluida)
        }
        [conversations] { $count ->
            [one] { $count } conversación
           *[other] { $count } conversaciones
        }
        [issues] { $count ->
            [one] { $count } caso
           *[other] { $count } casos
        }
        [promises] { $count ->
            [one] { $count } promesa
           *[other] { $count } promesas
        }
        [follow-ups] { $count ->
            [one] { $count } seguimiento
           *[other] { $count } seguimientos
        }
        [situations] { $count ->
            [one] { $count } incidencia
           *[other] { $count } incidencias
        }
        [merges] { $count ->
            [one] { $count } unión
           *[other] { $count } uniones
        }
       *[staff] { $count ->
            [one] { $count } persona del equipo
           *[other] { $count } personas del equipo
        }
    }

