# O histórico de um cliente (ui/src/lib/timeline) e quando algo aconteceu ou está para acontecer (timeline/when.ts).

when-just-now = agora mesmo
# «à 1:05», mas «às 2:05».
when-day-at =
    { $hour ->
        [1] { $day } à { $time }
       *[other] { $day } às { $time }
    }
timeline-ordinal =
    { $ord ->
       *[other] { $n }.º
    }

timeline-conversation = Conversa
timeline-issue-opened = Caso aberto
timeline-issue-update = Novidade no caso
timeline-promise-made = Promessa feita
timeline-promise-kept = Promessa cumprida
timeline-promise-broken = Promessa não cumprida
timeline-new-date = Nova data combinada
timeline-follow-up-skipped = Acompanhamento saltado
timeline-with-note = { $text }: { $note }
timeline-waiting-on =
    { $on ->
        [customer] { $change } (do cliente)
       *[us] { $change } (de nós)
    }
timeline-due = Para { $day }
timeline-moved = { $from } → { $to }
timeline-now-due = Agora para { $day }
timeline-skipped = { $action }: saltado desta vez; repete-se como antes
timeline-no-answer = Não atendeu
timeline-left-message = Deixou-se mensagem
timeline-mood-seemed =
    { $mood ->
        [upset] Notava-se aborrecimento
        [worried] Notava-se preocupação
        [pleased] Notava-se satisfação
        [delighted] Notava-se muita alegria
       *[neutral] Notava-se calma
    }
timeline-mood-start =
    { $mood ->
        [upset] Com aborrecimento no início
        [worried] Com preocupação no início
        [pleased] Com satisfação no início
        [delighted] Com muita alegria no início
       *[neutral] Com calma no início
    }
timeline-mood-end =
    { $mood ->
        [upset] No fim, com aborrecimento
        [worried] No fim, com preocupação
        [pleased] No fim, com satisfação
        [delighted] No fim, com muita alegria
       *[neutral] No fim, com calma
    }

timeline-last-spoke = Última conversa:
timeline-last-spoke-by = { $name }, { $day }
timeline-last-spoke-channel =
    { $channel ->
        [call_in] (chamada recebida)
        [call_out] (chamada feita)
        [visit] (visita)
        [email] (email)
        [message] (mensagem)
        [card_sent] (postal escrito à mão)
       *[note] (nota)
    }
timeline-patterns = Casos que se repetem
timeline-pattern =
    { $ord ->
       *[other] { $count }.º
    } caso de «{ $category }» desde { $month }

timeline-history-label = Conversas, casos e promessas
timeline-log = Registar conversa
timeline-open-issue = Abrir caso
timeline-record-promise = Registar promessa
timeline-trashed-conversation = Conversa movida para o lixo.
timeline-trashed-issue = Caso movido para o lixo, com o seu histórico.
timeline-trashed-promise = Promessa movida para o lixo.
timeline-trashed-follow-up = Acompanhamento movido para o lixo.
timeline-restored = Recuperado do lixo.
timeline-undo = Desfazer
timeline-conversation-saved = Conversa guardada.
timeline-conversation-logged = Conversa registada.
timeline-issue-saved = Caso guardado.
timeline-issue-opened-notice = Caso aberto.
timeline-promise-saved = Promessa guardada.
timeline-promise-recorded = Promessa registada.
timeline-open-issues = Casos abertos
timeline-history-empty = Ainda nada registado. Registe uma conversa, abra um caso ou registe uma promessa quando acontecer.

timeline-title = Histórico
timeline-show = Mostrar
timeline-filter-all = Tudo
timeline-filter-conversations = Conversas
timeline-filter-issues = Casos
timeline-filter-promises = Promessas
timeline-filter-follow-ups = Acompanhamentos
timeline-empty-all = Ainda não há nada.
timeline-empty-conversations = Ainda não há conversas.
timeline-empty-issues = Ainda não há casos.
timeline-empty-promises = Ainda não há promessas.
timeline-empty-follow-ups = Ainda não foi feito nenhum acompanhamento.
timeline-loading = A carregar…
timeline-more = Ver anteriores
timeline-show-issue = Ver caso
timeline-hide-issue = Esconder caso
timeline-edit = Editar
timeline-delete = Apagar
timeline-which =
    { $kind ->
        [conversation] conversa
        [issue] caso
        [promise] promessa
       *[follow_up] acompanhamento
    }
