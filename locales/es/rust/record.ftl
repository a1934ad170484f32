# Los datos de un cliente en texto sencillo, «todo lo que guardamos sobre usted», para un cliente
# que la pidió (use_cases/exchange/export/text.rs). Fechas y horas ($when, $added, $due…) se escriben
# 2026-11-20 14:05 en todos los idiomas; $date es un día 2026-11-20, $time una hora 14:05.
# $zone es el nombre de una zona horaria, como Europe/Madrid.

record-title = Todo lo que Kindly guarda sobre { $name }
record-written = Redactado el { $when }. Las horas están en la zona horaria { $zone }.
record-in-trash = (eliminado, se guarda hasta que se vacíe la papelera)
record-deleted = Este cliente se eliminó el { $when } { record-in-trash }.

record-field = { $label }: { $value }
record-field-above = { $label }:

record-profile = Perfil
record-full-name = Nombre completo
record-preferred-name = Cómo prefiere que le llamen
record-pronunciation = Cómo se pronuncia
record-pronouns = Pronombres
record-company = Empresa u hogar
record-phone = Teléfono
record-email = Correo electrónico
record-main = principal
record-address = Dirección postal
record-birthday = Cumpleaños
record-birthday-day = { $day } de { $month }
record-birthday-with-year = { $day } de { $month } de { $year }
record-contact-channel = La mejor forma de contactar
record-reach-phone = teléfono
record-reach-text-message = SMS
record-reach-email = correo electrónico
record-reach-post = correo postal
record-reach-in-person = en persona
record-best-time = El mejor momento para contactar
record-language = Idioma que prefiere
record-dont = Por favor, no
record-preference = Lo que le gusta
record-remember = Recordar siempre
record-tags = Etiquetas
record-looked-after-by = Atendido por
record-stay-in-touch = Mantener el contacto
record-stay-in-touch-every =
    { $ideal ->
        [one] idealmente cada día
       *[other] idealmente cada { $ideal } días
    }, y nunca más de { $longest ->
        [one] { $longest } día
       *[other] { $longest } días
    } sin contacto
record-notes = Notas
record-added = Añadido el { $added }, último cambio el { $changed }.

record-conversations = Conversaciones
record-issues = Casos
record-promises = Promesas
record-follow-ups = Seguimientos

record-channel-call-in = nos llamó
record-channel-call-out = le llamamos
record-channel-visit = visita
record-channel-email = correo electrónico
record-channel-message = mensaje
record-channel-card-sent = tarjeta enviada
record-channel-note = nota
record-outcome-spoke = hablamos
record-outcome-left-message = dejamos un mensaje
record-outcome-no-answer = no contestó
record-seemed = parecía { $mood }
record-mood-upset = molesto
record-mood-worried = preocupado
record-mood-neutral = neutral
record-mood-pleased = contento
record-mood-delighted = encantado
record-about-issue = Sobre el caso: { $title }

record-issue = { $title } ({ $state }, abierto el { $opened })
record-state-open = abierto
record-state-in-progress = en curso
record-state-waiting-on-customer = esperando al cliente
record-state-waiting-on-us = esperando por nuestra parte
record-state-waiting = en espera
record-state-resolved = resuelto
record-state-closed = cerrado
record-own-words = En sus palabras
record-root-cause = Qué lo causó
record-kind = Tipo
record-handled-by = Lo lleva
record-mood-at-start = Cómo se sentía al principio
record-what-happened = Qué pasó:
record-issue-opened = { $when } abierto
record-issue-moved = { $when } pasó de «{ $from }» a «{ $to }»
record-by = por { $staff }
record-they-seemed = parecía { $mood }

record-promise = { $what } ({ $state }, para el { $due })
record-promise-overdue = { $what } ({ $state }, con retraso, para el { $due })
record-promise-open = pendiente
record-promise-kept = cumplida
record-promise-broken = no cumplida
record-promised = Prometido el { $when }
record-promised-by = Prometido por { $staff } el { $when }
record-event-promised = prometida
record-event-kept = cumplida
record-event-broken = no cumplida
record-event-due-moved = fecha límite cambiada
record-event-due-moved-from-to = fecha límite cambiada del { $old } al { $new }

record-follow-up-once = { $task } el { $date }
record-follow-up-repeating = { $task }, { $repeat }, desde el { $date }
record-at-time = a las { $time }
record-task-call-back = Devolver la llamada
record-task-check-in = Preguntar qué tal está
record-task-send-card = Enviar una tarjeta
record-task-birthday = Tarjeta de cumpleaños
record-task-other = Seguimiento
record-repeat-days =
    { $count ->
        [one] cada día
       *[other] cada { $count } días
    }
record-repeat-weeks =
    { $count ->
        [one] cada semana
       *[other] cada { $count } semanas
    }
record-repeat-months =
    { $count ->
        [one] cada mes
       *[other] cada { $count } meses
    }
record-repeat-years =
    { $count ->
        [one] cada año
       *[other] cada { $count } años
    }
record-repeat-rule = se repite ({ $rule })
record-about = Sobre
record-for = Para
record-note = Nota
record-next-due = Próxima vez el { $when }
record-next-due-snoozed = Próxima vez el { $when } (pospuesto)
record-nothing-left = No queda nada por hacer
