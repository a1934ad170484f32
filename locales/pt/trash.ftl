# Lixo (ui/src/lib/trash).

trash-title = Lixo
trash-intro = Os clientes que estão aqui não aparecem ao procurar. Recupere quem ou o que ainda precisar.
trash-empty-button = Esvaziar o lixo…
trash-empty = O lixo está vazio.
trash-empty-next = Os clientes e as notas que mover para o lixo ficam aqui à espera, para os poder recuperar se foi engano.
trash-customers = Clientes
trash-history = Notas e histórico
trash-history-label = Notas e histórico no lixo
trash-restore = Recuperar
trash-moved-day = Movido para o lixo { $when }
trash-moved-date = Movido para o lixo a { $date }
trash-kind =
    { $kind ->
        [conversation] Conversa
        [issue] Caso
        [promise] Promessa
       *[follow_up] Acompanhamento
    }
trash-entry-back =
    { $kind ->
        [conversation] A conversa «{ $title }» voltou à página de { $name }.
        [issue] O caso «{ $title }» voltou à página de { $name }.
        [promise] A promessa «{ $title }» voltou à página de { $name }.
       *[follow_up] O acompanhamento «{ $title }» voltou à página de { $name }.
    }
trash-entry-back-untitled =
    { $kind ->
        [conversation] A conversa voltou à página de { $name }.
        [issue] O caso voltou à página de { $name }.
        [promise] A promessa voltou à página de { $name }.
       *[follow_up] O acompanhamento voltou à página de { $name }.
    }
trash-customer-back = { $name } voltou ao seu caderno.
trash-emptied-all = Tudo o que estava no lixo foi apagado de vez.
trash-emptied =
    { $count ->
        [one] { $count } cliente apagado de vez.
       *[other] { $count } clientes apagados de vez.
    }

trash-customers-count =
    { $count ->
        [one] { $count } cliente
       *[other] { $count } clientes
    }
trash-entries =
    { $count ->
        [one] { $count } registo do histórico
       *[other] { $count } registos do histórico
    }
trash-what-both = { $customers } e { $entries }
trash-confirm-title = Apagar de vez { $what }?
trash-confirm = Apagar de vez { $what }
trash-keep = Manter
trash-deleting = A apagar…
trash-confirm-customers =
    { $count ->
        [one] O cliente no lixo vai ser apagado de vez, com tudo o que foi registado sobre ele.
       *[other] Os { $count } clientes no lixo vão ser apagados de vez, com tudo o que foi registado sobre eles.
    }
trash-confirm-entries =
    { $count ->
        [one] A conversa, o caso ou a promessa no lixo vai ser apagado de vez.
       *[other] Os { $count } elementos no lixo (conversas, casos e promessas) vão ser apagados de vez.
    }
trash-cannot-undo = Não é possível desfazer.
