# O resumo antes de uma chamada, «Quem está a ligar?» e «Depois da chamada» (ui/src/lib/brief).

brief-label = Resumo
brief-back = Voltar
brief-after-call = Depois da chamada
brief-copy = Copiar como texto
brief-print = Imprimir
brief-full-page = Página completa
brief-copied = Copiado.
brief-copy-failed = Não foi possível copiar o resumo aqui. Experimente Imprimir.
brief-text-not-copied = Não foi possível copiar o texto.
brief-call-logged = Chamada registada.
brief-call-logged-stale = Chamada registada. Não foi possível atualizar o resumo abaixo ({ $reason }); mostra o que mostrava antes.
brief-dont = Por favor, não
brief-nothing = Ainda não há mais nada anotado. O que anotar depois da chamada aparece aqui da próxima vez.
brief-opening = A abrir…

## Quem é

brief-say-it = Diz-se: { $pronunciation }
brief-phones = Telefones

## O que mudou desde a última conversa

brief-changed-since = Alterado desde a última conversa ({ $day })
brief-change =
    { $who } { $words } { $kind ->
        [weekday] na { $day }
        [weekend] no { $day }
        [date] a { $day }
       *[relative] { $day }
    }
brief-someone = Alguém
brief-change-more =
    { $count ->
        [one] e mais { $count } alteração (na página completa)
       *[other] e mais { $count } alterações (na página completa)
    }

## Sobre a pessoa

brief-recent = As últimas conversas
brief-remember = Lembrar sempre
brief-notes = Notas
brief-more = mais
brief-less = menos
brief-likes = Do que gosta
brief-best-time = Melhor altura: { $time }
brief-speaks = Fala { $language }
brief-prefers =
    { $channel ->
        [phone] Prefere o telefone
        [text_message] Prefere SMS
        [email] Prefere email
        [post] Prefere correio
       *[in_person] Prefere falar pessoalmente
    }
brief-looked-after = A cargo de { $name }
brief-birthday =
    { $days ->
        [0] Aniversário hoje
        [1] Aniversário amanhã
        [one] Aniversário daqui a { $days } dia
       *[other] Aniversário daqui a { $days } dias
    }
brief-birthday-turns =
    { $days ->
        [0] Aniversário hoje
        [1] Aniversário amanhã
        [one] Aniversário daqui a { $days } dia
       *[other] Aniversário daqui a { $days } dias
    } — faz { $age ->
        [one] { $age } ano
       *[other] { $age } anos
    }

## O que ainda está pendente

brief-affected = Ocorrências em curso
brief-told = já sabe as novidades
brief-not-told = ainda não sabe as novidades
brief-concierge = Responsável: { $name }
brief-issues = Casos pendentes
brief-own-words = «{ $words }»
brief-promises = Promessas a cumprir
brief-promise-was-due =
    { $kind ->
        [relative] Em atraso — era para { $day }
       *[date] Em atraso — era para { $day }
    }
brief-promise-due =
    { $kind ->
        [relative] Para { $day }
       *[date] Para { $day }
    }
brief-promised-by = · prometida por { $name }
brief-follow-ups = Acompanhamentos pendentes
brief-overdue = Em atraso
brief-for = · para { $name }
brief-about = · sobre «{ $title }»

## Quem está a ligar?

brief-caller = Quem está a ligar
brief-caller-label = Quem está a ligar? Escreva ou cole o número, ou os últimos dígitos
brief-caller-example = p. ex. 912 345 678 ou 5678
brief-caller-find = Procurar
brief-caller-empty = Escreva o número, ou os últimos dígitos.
brief-caller-results = Clientes com este número
brief-caller-several =
    { $count ->
        [one] { $count } cliente tem este número.
       *[other] { $count } clientes têm este número.
    }
brief-caller-to-choose = para escolher,
brief-caller-to-open = para abrir o resumo.
brief-caller-none = Nenhum cliente tem este número.
brief-caller-new = Novo cliente com este número
brief-caller-press = Carregue em
brief-caller-press-after = para ver o resumo: o que dizer, o que evitar e o que ainda está pendente.
brief-caller-last = último contacto { $day }
brief-caller-never = ainda sem conversas

## Depois da chamada

brief-restored = Recuperámos o que tinha escrito antes.
brief-how-it-went = Como correu
brief-outcome-spoke = Falámos
brief-outcome-left-message = Mensagem deixada
brief-outcome-no-answer = Não atendeu
brief-they-called = Chamada recebida
brief-what-said = O que foi dito
brief-what-said-spoke = (com as palavras da pessoa, se possível)
brief-what-said-tried = (p. ex. quando tentou, o que deixou)
brief-how-they-seemed = Como estava
brief-who-spoke = Quem falou
brief-done-with-call = Tratado nesta chamada
brief-done-item = { $action } — { $when }
brief-schedule-next = Agendar o próximo
brief-next-what = O quê
brief-next-days = Daqui a quantos dias
brief-days-missing = Indique um número de dias, por exemplo 7.
brief-next-for = Para { $name }, à hora habitual dos lembretes.
brief-next-for-whoever = Para quem falou, à hora habitual dos lembretes.
brief-save = Guardar
brief-saving = A guardar…
brief-cancel = Cancelar
brief-saves = guarda
brief-cancels = cancela
