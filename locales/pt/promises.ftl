# As promessas a um cliente: a lista na página dele, registar uma e concluí-la (ui/src/lib/promises).

promises-heading = O que prometemos
promises-overdue-count =
    { $count ->
        [one] · { $count } em atraso
       *[other] · { $count } em atraso
    }
promises-overdue = Em atraso
promises-was-due =
    { $kind ->
        [relative] · era para { $day }
       *[date] · era para { $day }
    }
promises-due =
    { $kind ->
        [relative] Para { $day }
       *[date] Para { $day }
    }
promises-promised-by = · prometida por { $name }
promises-about = · sobre «{ $title }»
promises-kept = Cumprida
promises-new-date-button = Nova data…
promises-broken-button = Não cumprida…
promises-leave-it = Deixar
promises-ok = OK
promises-settled-kept = Promessa cumprida.
promises-settled-broken = Promessa marcada como não cumprida.
promises-settled-open = Nova data combinada.

## Registar uma promessa

promises-record = Registar uma promessa
promises-edit = Editar a promessa
promises-restored = Recuperámos o que tinha escrito antes.
promises-this-promise = esta promessa
promises-what = O que prometemos
promises-what-example = p. ex. Devolver o sinal
promises-what-missing = Escreva o que prometemos.
promises-by-when = Até quando
promises-due-missing = Escolha o dia até ao qual o prometemos.
promises-date-hint = Para mudar a data, use «Nova data» na promessa.
promises-who-promised = Quem prometeu
promises-about-issue = Sobre um caso
promises-save = Guardar
promises-saving = A guardar…
promises-cancel = Cancelar
promises-close = Fechar
promises-saves = guarda
promises-cancels = cancela

promises-field-what = o que prometemos
promises-field-due = a data
promises-field-by = quem prometeu
promises-field-issue = o caso a que se refere
promises-another-issue = outro caso

## Um dia

promises-no-day = Ainda sem dia escolhido
promises-pick-today = Hoje
promises-pick-tomorrow = Amanhã
promises-pick-week = Daqui a uma semana

## Concluir uma promessa

promises-settle-new-date = Combinar uma nova data
promises-settle-broken = Promessa não cumprida
promises-settle-kept = Promessa cumprida
promises-note-why = Porquê, e o que a pessoa disse
promises-note-what-happened = O que aconteceu
promises-note = Nota
promises-optional = (opcional)
promises-new-date = Nova data
promises-new-day-missing = Escolha o novo dia.
promises-what-happened-missing = Diga o que aconteceu, para a próxima pessoa saber.
promises-who = Quem
