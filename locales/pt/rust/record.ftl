# A ficha de um cliente em texto simples, «tudo o que guardamos sobre si», para um cliente que
# a pediu (use_cases/exchange/export/text.rs). Datas e horas ($when, $added, $due…) escrevem-se
# 2026-11-20 14:05 em todas as línguas; $date é um dia 2026-11-20, $time uma hora 14:05.
# $zone é o nome de um fuso horário, como Europe/Lisbon.

record-title = Tudo o que o Kindly guarda sobre { $name }
record-written = Escrito a { $when }. As horas estão no fuso horário { $zone }.
record-in-trash = (apagado, guardado até o lixo ser esvaziado)
record-deleted = Este cliente foi apagado a { $when } { record-in-trash }.

record-field = { $label }: { $value }
record-field-above = { $label }:

record-profile = Perfil
record-full-name = Nome completo
record-preferred-name = Como prefere ser tratado
record-pronunciation = Como se pronuncia
record-pronouns = Pronomes
record-company = Empresa ou casa
record-phone = Telefone
record-email = Email
record-main = principal
record-address = Morada
record-birthday = Aniversário
record-birthday-day = { $day } de { $month }
record-birthday-with-year = { $day } de { $month } de { $year }
record-contact-channel = Melhor forma de contactar
record-reach-phone = telefone
record-reach-text-message = SMS
record-reach-email = email
record-reach-post = correio
record-reach-in-person = pessoalmente
record-best-time = Melhor altura para contactar
record-language = Língua preferida
record-dont = Por favor, não
record-preference = Do que gosta
record-remember = Lembrar sempre
record-tags = Etiquetas
record-looked-after-by = Acompanhado por
record-stay-in-touch = Manter o contacto
record-stay-in-touch-every =
    { $ideal ->
        [one] idealmente todos os dias
       *[other] idealmente a cada { $ideal } dias
    }, e nunca mais de { $longest ->
        [one] { $longest } dia
       *[other] { $longest } dias
    } sem contacto
record-notes = Notas
record-added = Adicionado a { $added }, última alteração a { $changed }.

record-conversations = Conversas
record-issues = Casos
record-promises = Promessas
record-follow-ups = Acompanhamentos

record-channel-call-in = ligou-nos
record-channel-call-out = ligámos-lhe
record-channel-visit = visita
record-channel-email = email
record-channel-message = mensagem
record-channel-card-sent = postal enviado
record-channel-note = nota
record-outcome-spoke = falámos
record-outcome-left-message = deixámos mensagem
record-outcome-no-answer = não atendeu
record-seemed = parecia { $mood }
record-mood-upset = aborrecido
record-mood-worried = preocupado
record-mood-neutral = neutro
record-mood-pleased = satisfeito
record-mood-delighted = encantado
record-about-issue = Sobre o caso: { $title }

record-issue = { $title } ({ $state }, aberto a { $opened })
record-state-open = aberto
record-state-in-progress = em curso
record-state-waiting-on-customer = à espera do cliente
record-state-waiting-on-us = à espera de nós
record-state-waiting = em espera
record-state-resolved = resolvido
record-state-closed = fechado
record-own-words = Nas palavras do cliente
record-root-cause = O que esteve na origem
record-kind = Tipo
record-handled-by = Tratado por
record-mood-at-start = Como se sentia no início
record-what-happened = O que aconteceu:
record-issue-opened = { $when } aberto
record-issue-moved = { $when } passou de «{ $from }» para «{ $to }»
record-by = por { $staff }
record-they-seemed = parecia { $mood }

record-promise = { $what } ({ $state }, até { $due })
record-promise-overdue = { $what } ({ $state }, em atraso, até { $due })
record-promise-open = pendente
record-promise-kept = cumprida
record-promise-broken = não cumprida
record-promised = Prometido a { $when }
record-promised-by = Prometido por { $staff } a { $when }
record-event-promised = prometida
record-event-kept = cumprida
record-event-broken = não cumprida
record-event-due-moved = prazo alterado
record-event-due-moved-from-to = prazo alterado de { $old } para { $new }

record-follow-up-once = { $task } a { $date }
record-follow-up-repeating = { $task }, { $repeat }, a partir de { $date }
record-at-time = às { $time }
record-task-call-back = Voltar a ligar
record-task-check-in = Saber como está
record-task-send-card = Enviar um postal
record-task-birthday = Postal de aniversário
record-task-other = Acompanhamento
record-repeat-days =
    { $count ->
        [one] todos os dias
       *[other] a cada { $count } dias
    }
record-repeat-weeks =
    { $count ->
        [one] todas as semanas
       *[other] a cada { $count } semanas
    }
record-repeat-months =
    { $count ->
        [one] todos os meses
       *[other] a cada { $count } meses
    }
record-repeat-years =
    { $count ->
        [one] todos os anos
       *[other] a cada { $count } anos
    }
record-repeat-rule = repete-se ({ $rule })
record-about = Sobre
record-for = Para
record-note = Nota
record-next-due = Próxima vez a { $when }
record-next-due-snoozed = Próxima vez a { $when } (adiado)
record-nothing-left = Nada mais a fazer
