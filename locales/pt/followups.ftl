# Acompanhamentos e manter o contacto (ui/src/lib/followups).

followups-action-call-back = Ligar de volta
followups-action-check-in = Saber como está
followups-action-send-card = Enviar um postal
followups-action-birthday = Postal de aniversário
followups-action-other = Acompanhar
followups-choice-other = Outro

followups-done-call-back = Ligação devolvida
followups-done-check-in = Já se perguntou
followups-done-send-card = Postal enviado
followups-done-birthday = Postal de aniversário enviado
followups-done-other = Acompanhamento feito

# «à 1:05», mas «às 2:05».
followups-when-done = Feito
followups-when-at =
    { $hour ->
        [1] { $day } à { $time }
       *[other] { $day } às { $time }
    }
followups-when-any-time = { $day }, a qualquer hora
followups-when-snoozed =
    { $hour ->
        [1] Adiado para { $day } à { $time }
       *[other] Adiado para { $day } às { $time }
    }

followups-touch-in-touch = Em contacto
followups-touch-drifting = A perder o contacto
followups-touch-out-of-touch = Sem contacto
followups-last-contact-today = último contacto hoje
followups-last-contact-days =
    último contacto há { $count ->
        [one] { $count } dia
       *[other] { $count } dias
    }
followups-last-contact-weeks =
    último contacto há { $count ->
        [one] { $count } semana
       *[other] { $count } semanas
    }
followups-last-contact-months =
    último contacto há { $count ->
        [one] { $count } mês
       *[other] { $count } meses
    }
followups-last-contact-years =
    último contacto há { $count ->
        [one] { $count } ano
       *[other] { $count } anos
    }
followups-touch-since = { $state } — { $since }
followups-touch-title = Último contacto: { $when }

followups-context = { $action }, { $name }
followups-brief = Resumo
followups-brief-for = de { $name }
followups-overdue = Em atraso
followups-missed = Por fazer
followups-missed-title = O lembrete chegou com o Kindly fechado
followups-row-for = para { $name }
followups-row-about = sobre «{ $title }»
followups-from-birthday = Do aniversário

followups-done = Feito
followups-snooze-open = Adiar…
followups-skip = Saltar desta vez
followups-give-open = Passar a…
followups-give-open-hidden = outra pessoa: { $context }
followups-snooze-until = Adiar até
followups-snooze-hour = Uma hora
followups-snooze-tomorrow = Amanhã de manhã
followups-snooze-next-week = Para a semana
followups-snooze-pick = Escolher um dia…
followups-leave-it = Deixar estar
followups-marked-done = Marcado como feito.
followups-marked-done-next = Marcado como feito. Próxima vez: { $when }.
followups-skipped = Saltado desta vez.
followups-skipped-next = Saltado desta vez. Próxima vez: { $when }.
followups-snoozed = Adiado.
followups-snoozed-when = { $when }.
followups-give-to = Passar a { $name }
followups-now-with = Agora está com { $name }.

followups-until = Até
followups-at = Hora
followups-optional = (opcional)
followups-snooze-no-day = Escolha o dia em que deve voltar.
followups-snooze-hint-at =
    { $hour ->
        [1] Sem hora, volta nesse dia à { $time }.
       *[other] Sem hora, volta nesse dia às { $time }.
    }
followups-snooze-hint = Sem hora, volta nesse dia à hora dos lembretes.
followups-snooze = Adiar
followups-cancel = Cancelar
followups-keys-snoozes = adia
followups-keys-cancels = cancela
followups-keys-gives = passa
followups-keys-saves = guarda

followups-give-it-to = Passar a
followups-give-nobody = Indique quem deve tratar disto.
followups-with-now = Agora está com { $name }.
followups-give = Passar

followups-title = Acompanhamentos
followups-add = Adicionar acompanhamento
followups-saved = Acompanhamento guardado.
followups-added = Acompanhamento adicionado.
followups-trashed = Acompanhamento movido para o lixo.
followups-restored = Recuperado do lixo.
followups-undo = Desfazer
followups-edit = Editar
followups-delete = Apagar
followups-which = acompanhamento: { $action }
followups-empty = Nada para acompanhar. Adicione um para ser lembrado no dia.

followups-form-edit = Editar acompanhamento
followups-form-add = Adicionar um acompanhamento
followups-form-restored = Recuperámos o que tinha escrito.
followups-form-this = este acompanhamento
followups-what = O quê
followups-who = Quem trata
followups-day = Dia
followups-time = Hora
followups-any-time = A qualquer hora
followups-time-hint-at =
    { $hour ->
        [1] Deixe vazio para qualquer hora desse dia; o lembrete chega à { $time }.
       *[other] Deixe vazio para qualquer hora desse dia; o lembrete chega às { $time }.
    }
followups-time-hint = Deixe vazio para qualquer hora desse dia; o lembrete chega à hora dos lembretes.
followups-about = Sobre
followups-about-nothing = Nada em especial
followups-about-now = O assunto atual
followups-about-issue = Caso: { $title }
followups-about-promise = Promessa: { $title }
followups-note = Nota
followups-note-example = p. ex. Perguntar se a caldeira nova está a funcionar bem
followups-no-day = Escolha o dia.
followups-saving = A guardar…
followups-save = Guardar

followups-field-action = o que fazer
followups-field-date = o dia
followups-field-time = a hora
followups-field-repeat = a repetição
followups-field-assignee = quem trata
followups-field-about = o assunto
followups-field-note = a nota

followups-repeat = Repetir
followups-repeat-none = Não se repete
followups-repeat-daily = Todos os dias
followups-repeat-weekly = Todas as semanas
followups-repeat-weeks = De N em N semanas
followups-repeat-months = De N em N meses
followups-repeat-yearly = Todos os anos
followups-repeat-nth-weekday = Um dia da semana de um mês, todos os anos
followups-repeat-custom = Regra própria
followups-repeat-every = a cada
followups-repeat-unit-weeks = semanas
followups-repeat-unit-months = meses
followups-repeat-how-many-weeks = De quantas em quantas semanas
followups-repeat-how-many-months = De quantos em quantos meses
followups-repeat-the = calha
followups-repeat-of = de
followups-repeat-which = Qual
followups-repeat-weekday = Dia da semana
followups-repeat-month = Mês
# Com o artigo: «no 3.º domingo», «na 3.ª segunda-feira» (sábado e domingo são masculinos).
followups-nth =
    { $day ->
        [6]
            { $nth ->
                [-1] no último
                [1] no 1.º
                [2] no 2.º
                [3] no 3.º
               *[4] no 4.º
            }
        [7]
            { $nth ->
                [-1] no último
                [1] no 1.º
                [2] no 2.º
                [3] no 3.º
               *[4] no 4.º
            }
       *[other]
            { $nth ->
                [-1] na última
                [1] na 1.ª
                [2] na 2.ª
                [3] na 3.ª
               *[4] na 4.ª
            }
    }
followups-repeat-rule = Regra
followups-repeat-rule-hint = (uma RRULE segundo o RFC 5545, p. ex. FREQ=WEEKLY;BYDAY=MO,TH)
followups-repeat-no-weeks = Indique de quantas em quantas semanas, com um número inteiro como 2.
followups-repeat-no-months = Indique de quantos em quantos meses, com um número inteiro como 2.
followups-repeat-no-rule = Escreva a regra, ou escolha outra forma de repetir.
followups-rule-weeks =
    { $count ->
        [one] Todas as semanas
       *[other] De { $count } em { $count } semanas
    }
followups-rule-months =
    { $count ->
        [one] Todos os meses
       *[other] De { $count } em { $count } meses
    }
followups-rule-nth-weekday = Todos os anos, { $nth } { $weekday } de { $month }
followups-rule-yearly-on = Todos os anos a { $date }
followups-rule-weekly-on =
    { $count ->
        [one] Todas as semanas, { $days }
       *[other] De { $count } em { $count } semanas, { $days }
    }
followups-rule-custom = Repete-se segundo uma regra própria
