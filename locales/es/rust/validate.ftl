# Lo que no está bien en lo escrito, mostrado junto al campo del
# formulario (rules/validate.rs y las demás comprobaciones del núcleo).

# Los campos del formulario, como los nombran los mensajes de abajo ($label).
validate-label-full-name = «Nombre completo»
validate-label-preferred-name = «Cómo le gusta que le llamen»
validate-label-pronunciation = «Cómo se pronuncia»
validate-label-pronouns = «Pronombres»
validate-label-company = «Empresa u hogar»
validate-label-address = «Dirección postal»
validate-label-best-time = «Mejor momento para contactar»
validate-label-dont = «Por favor, no»
validate-label-preferences = «Lo que le gusta»
validate-label-remember = «Recordar siempre»
validate-label-notes = «Algo más»
validate-label-looked-after-by = «Atendido por»
validate-label-a-tag = Una etiqueta
validate-label-a-phone = Un número de teléfono
validate-label-a-label = Una descripción
validate-label-an-email = Una dirección de correo
validate-label-who = «Quién»
validate-label-the-name = El nombre
validate-label-the-tag = La etiqueta
validate-label-the-category = La categoría
validate-label-group-name = El nombre del grupo
validate-label-the-title = El título
validate-label-what-was-said = «Lo que se dijo»
validate-label-short-title = «Título corto»
validate-label-a-category = Una categoría
validate-label-what-we-promised = «Lo que prometimos»
validate-label-the-note = La nota
validate-label-initials = Las iniciales

validate-full-name-missing = Escriba el nombre del cliente.
validate-language = Elija un idioma de la lista (o escriba su código, como «es» o «pt-BR»).
validate-gap-zero = Los dos plazos necesitan al menos un día.
validate-gap-too-long = Un plazo puede ser de cinco años como máximo.
validate-gap-order = El plazo más largo no puede ser más corto que el ideal.
validate-too-long = { $label } puede tener como máximo { $max } caracteres.
validate-control-characters = { $label } tiene caracteres que no se pueden guardar (caracteres de control invisibles).
validate-one-line = { $label } debe caber en una sola línea.
validate-each-item = Cada elemento de { $label }
validate-too-many-items = { $label } puede tener como máximo { $max } elementos.
validate-too-many-tags = Un cliente puede tener como máximo { $max } etiquetas.
validate-not-a-phone = «{ $number }» no parece un número de teléfono. Use solo dígitos, espacios y - ( ) . /, con + y el prefijo del país delante si lo tiene.
validate-too-many-phones = Un cliente puede tener como máximo { $max } números de teléfono.
validate-not-an-email = «{ $address }» no parece una dirección de correo (debería ser como nombre@ejemplo.es).
validate-too-many-emails = Un cliente puede tener como máximo { $max } direcciones de correo.
validate-invisible = { $what ->
        [phone] Este número de teléfono
       *[email] Esta dirección de correo
    } contiene caracteres invisibles (como una marca de derecha a izquierda o un espacio de ancho cero), así que puede no ser lo que parece. Vuelva a escribirlo.
validate-no-such-date = Esa fecha no existe. Compruebe el día y el mes.
validate-year-range = El año debe estar entre 1900 y 2100, o quedar vacío.
validate-date-out-of-range = Esa fecha está fuera del rango permitido.
validate-label-own-words = «El problema en sus propias palabras»
validate-label-root-cause = «Lo que hay realmente detrás»

# Rechazos de los demás formularios y acciones del núcleo.
validate-type-tag-issue-category = Escriba una etiqueta o una categoría de caso para elegir clientes.
validate-give-group-name-such = Ponga un nombre al grupo, como «Bodas de este mes».
validate-group-could-not-found = No se ha encontrado ese grupo.
validate-give-situation-short-title = Ponga un título corto a la incidencia, como «Retraso en la entrega de las tartas de boda».
validate-situation-closed-undo-closing = Esta incidencia está cerrada. Deshaga el cierre para cambiarla.
validate-one-those-customers-could = No se ha encontrado a uno de esos clientes.
validate-customer-not-affected-by = Ese cliente no está afectado por esta incidencia.
validate-pick-day-within-next = Elija un día dentro del próximo año.
validate-change-has-already-been = Este cambio ya se ha deshecho.
validate-undo-later-change-first = Deshaga primero el cambio posterior.
validate-issue-could-not-found = No se ha encontrado ese caso.
validate-issue-belongs-another-customer = Ese caso es de otro cliente.
validate-write-few-words-about = Escriba unas palabras sobre lo que se dijo.
validate-time-future = Esa hora está en el futuro.
validate-give-issue-short-title = Ponga un título corto al caso.
validate-say-what-we-promised = Diga qué prometimos.
validate-say-who-we-are = Diga a quién esperamos: al cliente o a nosotros.
validate-say-what-we-are = Diga qué estamos esperando.
validate-say-what-we-did = Diga qué hicimos para arreglarlo.
validate-say-what-happened-next = Diga qué pasó, para la siguiente persona.
validate-moving-takes-notebook-file = El traslado toma un archivo de cuaderno de este ordenador, no otro cuaderno de equipo.
validate-moving-into-team-notebook = El traslado es a un cuaderno de equipo en un servidor, no a otro archivo.
validate-copying-out-team-notebook = Copiar a un archivo es para un cuaderno de equipo; un cuaderno de este ordenador se copia con una copia de seguridad.
validate-enter-persons-name = Escriba el nombre de la persona.
validate-needs-team-notebooks-server = Para esto hace falta el servidor del cuaderno de equipo, y Kindly no está conectado a él ahora mismo.
validate-key-kept-offline-copy = La clave guardada para la copia sin conexión no la ha creado Kindly.
validate-offline-copy-kept-team = La copia sin conexión es para un cuaderno de equipo; un cuaderno de este ordenador no la necesita.
validate-birthday-reminders-come-from = Los recordatorios de cumpleaños salen de la fecha de cumpleaños del perfil del cliente.
validate-issue-promise-could-not = No se ha encontrado ese caso o esa promesa.
validate-issue-promise-belongs-another = Ese caso o esa promesa es de otro cliente.
validate-repeat-rule-has-no = Esta regla de repetición ya no tiene fechas a partir de hoy. Cambie el día o la regla.
validate-follow-up-has-already = Este seguimiento ya está hecho.
validate-only-repeating-follow-up = Solo un seguimiento que se repite puede saltarse una vez. Márquelo como hecho o envíelo a la papelera.
validate-birthday-reminder-follows-birthday = Un recordatorio de cumpleaños sigue la fecha de cumpleaños del perfil del cliente.
validate-follow-up-cannot-move = Un seguimiento no puede pasar a otro cliente.
validate-choose-two-different-customers = Elija dos clientes distintos.
validate-choose-two-different-customers-2 = Elija dos clientes distintos para unir.
validate-merge-has-already-been = Esta unión ya se ha deshecho, o uno de los clientes se ha olvidado.
validate-customer-merge-kept-trash = El cliente que conservó esta unión está en la papelera. Restáurelo primero y después deshaga la unión.
validate-choose-at-most-1 = Elija como máximo 1440 minutos (un día), o 0 para nunca.
validate-notebook-already-protected-use = Este cuaderno ya está protegido. Use «Cambiar contraseña».
validate-notebook-has-no-passphrase = Este cuaderno no tiene contraseña.
validate-not-notebooks-passphrase-check = Esa no es la contraseña del cuaderno. Compruebe las mayúsculas (Bloq Mayús) y vuelva a intentarlo.
validate-notebook-memory-cannot-protected = Un cuaderno en memoria no se puede proteger.
validate-choose-whole-folder-path = Elija la ruta completa de una carpeta, como /home/ana/Copias.
validate-backup-could-not-read = No se ha podido volver a leer la copia de seguridad.
validate-file-not-one-backups = Ese archivo no es una de las copias de la carpeta de copias de seguridad. No se ha cambiado nada.
validate-keep-between-1-365 = Guarde entre 1 y 365 copias de seguridad.
validate-choose-country-from-list = Elija un país de la lista (un código de dos letras como ES, MX o AR).
validate-choose-time-zone-from = Elija una zona horaria de la lista, como Europe/Madrid.
validate-not-key-combination = Eso no es una combinación de teclas.
validate-sample-customers-are-already = Los clientes de ejemplo ya están aquí.
validate-team-notebook-whoever-signed = En un cuaderno de equipo, quien ha iniciado sesión en este ordenador es quien está en el mostrador.
validate-choose-someone-from-staff = Elija a alguien de la lista del equipo.
validate-two-passphrases-are-different = Las dos contraseñas son distintas. Escriba la misma dos veces.
validate-use-letters-digits-spaces = Use solo letras, dígitos, espacios y signos de puntuación.
validate-port-after-colon-must = El puerto, después de los dos puntos, debe ser un número del 1 al 65535 (el de PostgreSQL suele ser 5432).
validate-enter-your-login-name = Escriba su nombre de usuario (se lo dio la persona responsable junto con su contraseña).
validate-enter-your-password = Escriba su contraseña.
validate-not-password-kindly-can = Kindly no puede enviar esa contraseña: compruébela con la persona responsable.
validate-enter-servers-address-as = Escriba la dirección del servidor tal como se la dieron (por ejemplo servidor-tienda o 192.168.1.20).
validate-ipv6-address-written-address = Una dirección IPv6 se escribe [dirección]:puerto.
validate-servers-address-name-like = La dirección de un servidor es un nombre como servidor-tienda o una dirección como 192.168.1.20, con :puerto si hace falta; sin espacios, barras ni @.
validate-repeat-rule-not-one = Kindly no entiende esa regla de repetición.
validate-repeat-rule-never-happens = Esa regla de repetición no se cumple nunca.
validate-please-enter-date-such = Escriba una fecha como 2026-03-14.
validate-please-enter-time-such = Escriba una hora como 09:30.
validate-pick-moment-future = Elija un momento en el futuro.
validate-team-notebook-address-could = No se ha podido leer esta dirección de cuaderno de equipo. Tiene este aspecto: postgres://nombre@servidor/cuaderno.
validate-certificate-file-address-names = No se ha podido leer el archivo de certificado que indica la dirección (sslrootcert).
validate-passphrase-does-not-open = Esa contraseña no abre este cuaderno. Compruebe las mayúsculas (Bloq Mayús) y vuelva a intentarlo.
validate-kindly-cannot-read-file = Kindly no puede leer un archivo con este nombre.
validate-kindly-cannot-write-folder = Kindly no puede escribir en una carpeta con este nombre.
validate-pick-at-most = Elija como máximo { $max } clientes a la vez.
validate-list-between = Muestre entre 1 y { $max } clientes a la vez.
validate-added-since = { $count ->
        [one] A uno de los clientes añadidos se le ha avisado o hecho un detalle
       *[other] A { $count } de los clientes añadidos se les ha avisado o hecho un detalle
    } desde entonces, así que esto no se puede deshacer de una vez. Quite uno a uno los que se añadieron por error.
validate-too-many-categories = Un caso puede tener como máximo { $max } categorías.
validate-issue-cannot-move = Un caso { $from ->
        [open] abierto
        [in_progress] en curso
        [waiting] en espera
        [resolved] resuelto
       *[closed] cerrado
    } no puede pasar a «{ $to ->
        [open] abierto
        [in_progress] en curso
        [waiting] en espera
        [resolved] resuelto
       *[closed] cerrado
    }».
validate-promise-already-marked = Esta promesa ya estaba marcada como { $state ->
        [open] abierta
        [kept] cumplida
       *[broken] no cumplida
    }.
validate-no-folder-for-copy = No hay ninguna carpeta { $folder } donde poner la copia.
validate-file-exists = { $file } ya existe. Kindly nunca escribe encima de un archivo: elija un nombre nuevo.
validate-not-a-file-name = { $file } no es un nombre de archivo.
validate-already-on-staff = { $name } ya está en la lista del equipo.
validate-passphrase-too-short = Use al menos { $min } caracteres; una frase corta es fácil de recordar y difícil de adivinar.
validate-passphrase-too-long = Use como máximo { $max } caracteres.
validate-extension-needs-owner = `kindly team init` necesita el usuario propietario de la base de datos (o uno que pueda crear objetos en ella) para añadir la extensión de PostgreSQL { $name }. No se ha cambiado nada.
validate-staff-needs-owner = Para añadir o quitar personas del equipo hace falta el usuario propietario del cuaderno de equipo, uno que pueda crear roles (CREATEROLE); { $login } no puede. No se ha cambiado nada.
validate-already-has-login = { $name } ya tiene un usuario ({ $login }). Para darle una contraseña nueva, quite ese usuario y vuelva a añadir a la persona.
validate-every-login-taken = Todos los usuarios del tipo { $base } están ya ocupados en este servidor.
validate-moving-needs-owner = Para trasladar un cuaderno hace falta el usuario propietario del cuaderno de equipo (el que se usó con `kindly team init`); { $login } no lo es. No se ha trasladado nada.
validate-name-too-long = { $what ->
        [database] El nombre del cuaderno
       *[login] El nombre de usuario
    } es demasiado largo (63 letras como máximo).
validate-name-bad-character = { $what ->
        [database] El nombre del cuaderno
       *[login] El nombre de usuario
    } tiene un carácter que no puede formar parte de él.

validate-label-the-update = La novedad
validate-say-what-changed = Diga qué ha cambiado, por ejemplo «La pieza llega el jueves».
validate-pick-who-was-told = Elija a quién se ha avisado.
validate-phone-too-long = Es demasiado largo para un número de teléfono.
validate-phone-too-few-digits = Escriba al menos { $digits } cifras del número.
validate-too-many-done = Marque como máximo { $max } seguimientos por llamada.
validate-follow-up-not-found = No se encontró ese seguimiento.
validate-follow-up-other-customer = Ese seguimiento es de otro cliente.
validate-label-what-happened = Lo que ha pasado
validate-label-what-we-do = Lo que estamos haciendo
