# El historial de un cliente (ui/src/lib/timeline) y cuándo pasó algo o cuándo toca (timeline/when.ts).

when-just-now = ahora mismo
# «a la 1:05», pero «a las 2:05».
when-day-at =
    { $hour ->
        [1] { $day } a la { $time }
       *[other] { $day } a las { $time }
    }
timeline-ordinal =
    { $ord ->
       *[other] { $n }.º
    }

timeline-conversation = Conversación
timeline-issue-opened = Caso abierto
timeline-issue-update = Novedad del caso
timeline-promise-made = Promesa hecha
timeline-promise-kept = Promesa cumplida
timeline-promise-broken = Promesa no cumplida
timeline-new-date = Nueva fecha acordada
timeline-follow-up-skipped = Seguimiento saltado
timeline-with-note = { $text }: { $note }
timeline-waiting-on =
    { $on ->
        [customer] { $change } (del cliente)
       *[us] { $change } (de nosotros)
    }
timeline-due = Para { $day }
timeline-moved = { $from } → { $to }
timeline-now-due = Ahora para { $day }
timeline-skipped = { $action }: saltado esta vez; se repite como siempre
timeline-no-answer = No contestó
timeline-left-message = Mensaje dejado
timeline-mood-seemed =
    { $mood ->
        [upset] Se le notaba disgusto
        [worried] Se le notaba preocupación
        [pleased] Se le notaba satisfacción
        [delighted] Se le notaba mucha alegría
       *[neutral] Se le notaba tranquilidad
    }
timeline-mood-start =
    { $mood ->
        [upset] Con disgusto al principio
        [worried] Con preocupación al principio
        [pleased] Con satisfacción al principio
        [delighted] Con mucha alegría al principio
       *[neutral] Con tranquilidad al principio
    }
timeline-mood-end =
    { $mood ->
        [upset] Al final, con disgusto
        [worried] Al final, con preocupación
        [pleased] Al final, con satisfacción
        [delighted] Al final, con mucha alegría
       *[neutral] Al final, con tranquilidad
    }

timeline-last-spoke = Última vez que hablaron:
timeline-last-spoke-by = { $name }, { $day }
timeline-last-spoke-channel =
    { $channel ->
        [call_in] (llamada recibida)
        [call_out] (llamada hecha)
        [visit] (visita)
        [email] (correo)
        [message] (mensaje)
        [card_sent] (tarjeta escrita a mano)
       *[note] (nota)
    }
timeline-patterns = Casos que se repiten
timeline-pattern =
    { $ord ->
       *[other] { $count }.º
    } caso de «{ $category }» desde { $month }

timeline-history-label = Conversaciones, casos y promesas
timeline-log = Anotar conversación
timeline-open-issue = Abrir caso
timeline-record-promise = Anotar promesa
timeline-trashed-conversation = Conversación movida a la papelera.
timeline-trashed-issue = Caso movido a la papelera, con su historial.
timeline-trashed-promise = Promesa movida a la papelera.
timeline-trashed-follow-up = Seguimiento movido a la papelera.
timeline-restored = Recuperado de la papelera.
timeline-undo = Deshacer
timeline-conversation-saved = Conversación guardada.
timeline-conversation-logged = Conversación anotada.
timeline-issue-saved = Caso guardado.
timeline-issue-opened-notice = Caso abierto.
timeline-promise-saved = Promesa guardada.
timeline-promise-recorded = Promesa anotada.
timeline-open-issues = Casos abiertos
timeline-history-empty = Aún no hay nada anotado. Anote una conversación, abra un caso o anote una promesa cuando ocurra.

timeline-title = Historial
timeline-show = Mostrar
timeline-filter-all = Todo
timeline-filter-conversations = Conversaciones
timeline-filter-issues = Casos
timeline-filter-promises = Promesas
timeline-filter-follow-ups = Seguimientos
timeline-empty-all = Aún no hay nada.
timeline-empty-conversations = Aún no hay conversaciones.
timeline-empty-issues = Aún no hay casos.
timeline-empty-promises = Aún no hay promesas.
timeline-empty-follow-ups = Aún no se ha hecho ningún seguimiento.
timeline-loading = Cargando…
timeline-more = Ver anteriores
timeline-show-issue = Ver caso
timeline-hide-issue = Ocultar caso
timeline-edit = Editar
timeline-delete = Eliminar
timeline-which =
    { $kind ->
        [conversation] conversación
        [issue] caso
        [promise] promesa
       *[follow_up] seguimiento
    }
