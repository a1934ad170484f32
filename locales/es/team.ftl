# El cuaderno de equipo: unirse, iniciar sesión, el aviso sin conexión y las herramientas del propietario (ui/src/lib/team).

team-title = Equipo
team-opening = Abriendo…
team-signed-in-as = Sesión iniciada como { $name }
team-login = ({ $login })
team-login-owner = ({ $login }, propietario del cuaderno)
team-not-signed-in = Sin sesión iniciada.
team-where = Cuaderno de equipo { $database } en { $server }. Todos los que inician sesión en él ven los mismos clientes.
team-leave = Salir del cuaderno de equipo
team-own = Este ordenador trabaja con su propio cuaderno. Para compartir uno con su equipo, únase al cuaderno de equipo con los datos que le dio su propietario. El cuaderno propio de este ordenador se queda aquí tal como está.
team-show-join = Unirse a un cuaderno de equipo…
team-leave-title = ¿Salir del cuaderno de equipo?
team-leave-confirm = Salir
team-leaving = Saliendo…
team-leave-text = Kindly abrirá en su lugar el cuaderno propio de este ordenador y olvidará la contraseña que recordaba. El cuaderno de equipo sigue en su servidor; puede volver a unirse.

team-offline-copy = Este ordenador guarda una copia cifrada para buscar clientes mientras el servidor no está. Última copia: { $when }.
team-offline-copy-soon = Este ordenador guardará una copia cifrada para buscar clientes mientras el servidor no está.

team-header-signed-in = Sesión de { $name } · cuaderno de equipo

team-away-no-copy = No se puede conectar con el cuaderno de equipo y este ordenador aún no tiene copia: no se pueden buscar clientes ni guardar cambios hasta que vuelva.
team-away = No se puede conectar con el cuaderno de equipo. Se muestra la última copia de este ordenador ({ $when }); no se pueden guardar cambios hasta que vuelva.
team-away-heard = Última respuesta del servidor: { $when }. Kindly sigue intentándolo por sí solo.

team-password-ignored = El enlace traía también una contraseña, que Kindly ha ignorado: cualquiera que vea un enlace puede leerla. Escriba usted mismo su contraseña.

team-server = Dirección del servidor
team-server-hint = Tal como se la dio el propietario del cuaderno: un nombre como servidor-tienda, o una dirección como 192.168.1.20, con :puerto si se lo dio.
team-database = Nombre del cuaderno
team-your-login = Su usuario
team-password = Contraseña
team-testing = Probando la conexión…
team-join = Unirse

team-sign-in-title = Iniciar sesión en el cuaderno de equipo
team-out-of-reach = No se puede conectar con el cuaderno de equipo
team-start-where = { $database } en { $server }, como { $login }
team-sign-in = Entrar
team-signing-in = Entrando…
team-retry = Reintentar
team-trying = Intentando…
team-use-own = Usar el cuaderno propio de este ordenador
team-use-own-hint = Kindly olvida entonces aquí el cuaderno de equipo; puede volver a unirse desde Ajustes.

team-owner-title = Herramientas del propietario

team-logins = Usuarios
team-logins-none = Nadie tiene usuario todavía. Añada a las personas que trabajan aquí, un usuario para cada una.
team-logins-name = Nombre
team-logins-login = Usuario
team-logins-added = Añadido
team-logins-can-sign-in = Puede entrar
team-logins-removed = No, quitado el { $date }
team-logins-yes = Sí
team-logins-remove-label = Quitar el usuario de { $name }
team-logins-remove = Quitar…
team-logins-gone = { $name } ya no puede entrar.
team-add-name = Nombre de la persona
team-add-save = Añadir
team-adding = Añadiendo…
team-cancel = Cancelar
team-add = Añadir una persona…
team-remove-title = ¿Quitar el usuario de { $name }?
team-remove-confirm = Quitar
team-removing = Quitando…
team-remove-text = { $name } ({ $login }) ya no podrá entrar en el cuaderno de equipo desde ningún ordenador. Todo lo que escribió se queda, con su nombre. Para dejarle volver, añádalo otra vez: recibirá un usuario nuevo.

team-now = Conectados ahora
team-now-nobody = No hay nadie conectado ahora mismo.
team-now-unnamed = un ordenador sin nombre
team-now-refresh = Actualizar
team-now-looking = Buscando…

team-working = Trabajando…
team-copy-title = Descargar una copia completa
team-copy-text = Todo el cuaderno de equipo, en un archivo de cuaderno aparte: para guardarlo en un lugar seguro o abrirlo en un ordenador sin el equipo. No está protegido con contraseña, así que guárdelo donde solo usted pueda abrirlo.
team-copy-done = Copiados { $moved } en { $path }.
team-copy-download = Descargar en Descargas
team-copy-choose = Elegir una carpeta…

team-move-title = Subir el cuaderno de este ordenador
team-move-text = Lleva todo el cuaderno propio de este ordenador (clientes, sus historias, seguimientos, incidencias) al cuaderno de equipo, una sola vez, mientras este siga vacío. El cuaderno propio de este ordenador se queda como está.
team-move-done = Subido: { $moved }. Todos los que inician sesión en el cuaderno de equipo ya lo ven.
team-move-holds = El cuaderno de este ordenador tiene { $moved }.
team-move-go = Subirlo…
team-move-passphrase = Contraseña del cuaderno de este ordenador
team-move-look = Ver qué se subiría
team-move-ask = ¿Subir el cuaderno de este ordenador?
team-move-confirm = Subirlo
team-move-ask-text = { $moved } irán al cuaderno de equipo, todo a la vez o nada. Todos los que inician sesión lo verán. El cuaderno propio de este ordenador se queda como está.

team-moved = { $customers }, { $conversations }, { $issues }, { $promises }, { $followUps } y { $situations }
team-moved-customers =
    { $count ->
        [one] { $count } cliente
       *[other] { $count } clientes
    }
team-moved-conversations =
    { $count ->
        [one] { $count } conversación
       *[other] { $count } conversaciones
    }
team-moved-issues =
    { $count ->
        [one] { $count } caso
       *[other] { $count } casos
    }
team-moved-promises =
    { $count ->
        [one] { $count } promesa
       *[other] { $count } promesas
    }
team-moved-follow-ups =
    { $count ->
        [one] { $count } seguimiento
       *[other] { $count } seguimientos
    }
team-moved-situations =
    { $count ->
        [one] { $count } incidencia
       *[other] { $count } incidencias
    }

team-hand-over-title = Un usuario para { $name }
team-hand-over-text = Dé estos datos a { $name } en persona o por un mensaje privado. Kindly muestra la contraseña solo ahora: cuando cierre esto, nadie podrá volver a verla (siempre puede quitar el usuario y añadirlo de nuevo).
team-hand-over-login = Usuario
team-hand-over-link = Enlace para unirse
team-hand-over-link-hint = El enlace rellena el servidor, el cuaderno y el usuario en su ordenador; la contraseña la escribe la propia persona.
team-hand-over-copy-login-line = Usuario: { $login }
team-hand-over-copy-password-line = Contraseña: { $password }
team-hand-over-copy = Copiar usuario y contraseña
team-hand-over-copy-link = Copiar enlace
team-hand-over-done = Hecho
team-copied-login = Usuario y contraseña copiados.
team-copy-failed-login = No se pudieron copiar el usuario y la contraseña: selecciónelos y cópielos a mano.
team-copied-link = Enlace copiado.
team-copy-failed-link = No se pudo copiar el enlace: selecciónelo y cópielo a mano.
