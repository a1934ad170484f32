# El resumen antes de una llamada, «¿Quién llama?» y «Después de la llamada» (ui/src/lib/brief).

brief-label = Resumen
brief-back = Volver
brief-after-call = Después de la llamada
brief-copy = Copiar como texto
brief-print = Imprimir
brief-full-page = Página completa
brief-copied = Copiado.
brief-copy-failed = No se pudo copiar el resumen aquí. Pruebe con Imprimir.
brief-text-not-copied = No se pudo copiar el texto.
brief-call-logged = Llamada anotada.
brief-call-logged-stale = Llamada anotada. No se pudo poner al día el resumen de abajo ({ $reason }); muestra lo que mostraba antes.
brief-dont = Por favor, no
brief-nothing = Todavía no hay nada más anotado. Lo que anote después de la llamada aparecerá aquí la próxima vez.
brief-opening = Abriendo…

## Quién es

brief-say-it = Se pronuncia: { $pronunciation }
brief-phones = Teléfonos

## Lo que cambió desde la última conversación

brief-changed-since = Cambios desde la última vez que hablaron ({ $day })
brief-change =
    { $who } { $words } { $kind ->
        [weekday] el { $day }
        [weekend] el { $day }
        [date] el { $day }
       *[relative] { $day }
    }
brief-someone = Alguien
brief-change-more =
    { $count ->
        [one] y { $count } cambio más (en la página completa)
       *[other] y { $count } cambios más (en la página completa)
    }

## Sobre la persona

brief-recent = Las últimas veces que hablamos
brief-remember = Recordar siempre
brief-notes = Notas
brief-more = más
brief-less = menos
brief-likes = Lo que le gusta
brief-best-time = Mejor momento: { $time }
brief-speaks = Habla { $language }
brief-prefers =
    { $channel ->
        [phone] Prefiere el teléfono
        [text_message] Prefiere un SMS
        [email] Prefiere el correo electrónico
        [post] Prefiere el correo postal
       *[in_person] Prefiere hablar en persona
    }
brief-looked-after = Atención a cargo de { $name }
brief-birthday =
    { $days ->
        [0] Cumpleaños hoy
        [1] Cumpleaños mañana
        [one] Cumpleaños en { $days } día
       *[other] Cumpleaños en { $days } días
    }
brief-birthday-turns =
    { $days ->
        [0] Cumpleaños hoy
        [1] Cumpleaños mañana
        [one] Cumpleaños en { $days } día
       *[other] Cumpleaños en { $days } días
    } — cumple { $age ->
        [one] { $age } año
       *[other] { $age } años
    }

## Lo que sigue pendiente

brief-affected = Incidencias que le afectan
brief-told = ya sabe lo último
brief-not-told = aún no sabe lo último
brief-concierge = Responsable: { $name }
brief-issues = Casos pendientes
brief-own-words = «{ $words }»
brief-promises = Promesas pendientes
brief-promise-was-due =
    { $kind ->
        [relative] Atrasada — era para { $day }
       *[date] Atrasada — era para el { $day }
    }
brief-promise-due =
    { $kind ->
        [relative] Para { $day }
       *[date] Para el { $day }
    }
brief-promised-by = · prometida por { $name }
brief-follow-ups = Seguimientos pendientes
brief-overdue = Atrasado
brief-for = · para { $name }
brief-about = · sobre «{ $title }»

## ¿Quién llama?

brief-caller = Quién llama
brief-caller-label = ¿Quién llama? Escriba o pegue su número, o sus últimas cifras
brief-caller-example = p. ej. 612 345 678 o 5678
brief-caller-find = Buscar
brief-caller-empty = Escriba su número, o sus últimas cifras.
brief-caller-results = Clientes con este número
brief-caller-several =
    { $count ->
        [one] { $count } cliente tiene este número.
       *[other] { $count } clientes tienen este número.
    }
brief-caller-to-choose = para elegir,
brief-caller-to-open = para abrir su resumen.
brief-caller-none = Ningún cliente tiene este número.
brief-caller-new = Cliente nuevo con este número
brief-caller-press = Pulse
brief-caller-press-after = para ver su resumen: qué decir, qué no, y qué sigue pendiente.
brief-caller-last = último contacto { $day }
brief-caller-never = aún sin conversaciones

## Después de la llamada

brief-restored = Hemos recuperado lo que había escrito antes.
brief-how-it-went = Cómo fue
brief-outcome-spoke = Hablamos
brief-outcome-left-message = Mensaje dejado
brief-outcome-no-answer = No contestó
brief-they-called = Llamada recibida
brief-what-said = Qué se dijo
brief-what-said-spoke = (con sus palabras, si puede)
brief-what-said-tried = (p. ej. cuándo lo intentó, qué dejó)
brief-how-they-seemed = Su ánimo
brief-who-spoke = Quién habló
brief-done-with-call = Hecho con esta llamada
brief-done-item = { $action } — { $when }
brief-schedule-next = Programar el siguiente
brief-next-what = Qué
brief-next-days = En cuántos días
brief-days-missing = Indique un número de días, por ejemplo 7.
brief-next-for = Para { $name }, a la hora habitual de los recordatorios.
brief-next-for-whoever = Para quien habló, a la hora habitual de los recordatorios.
brief-save = Guardar
brief-saving = Guardando…
brief-cancel = Cancelar
brief-saves = guarda
brief-cancels = cancela
