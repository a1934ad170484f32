# Ocorrências: um problema que afeta muitos clientes (ui/src/lib/situations).
# Nos números, $count escolhe a forma do plural e $n é o mesmo número escrito («2000», «12 000»).

situations-title = Ocorrências
situations-intro = Quando um mesmo problema afeta muitos clientes (uma entrega atrasada, uma máquina avariada, uma mudança de preço): encontre-os, dê a cada grupo uma pessoa que mantenha o contacto e conte a todos o que se passa a cada passo.
situations-new = Nova ocorrência
situations-show-closed = Mostrar também as fechadas
situations-loading = A carregar…
situations-none = Não há ocorrências abertas. Ainda bem.
situations-closed-on = Fechada a { $date }
situations-expected-by = Resolução prevista para { $date }
situations-led-by = A cargo de { $name }
situations-closed-sentence = Fechada a { $date }.
situations-led-by-sentence = A cargo de { $name }.
situations-expected-sentence = Resolução prevista para { $date }.

situations-told-of =
    { $count ->
        [one] { $told } de { $total } avisado
       *[other] { $told } de { $total } avisados
    }
situations-progress-title = Quem já foi avisado
situations-progress-about = avisados da última novidade
situations-per-concierge = Por responsável
situations-nobody-yet = Ninguém ainda

situations-back = ← Todas as ocorrências
situations-edit = Editar
situations-reload-failed = Feito. Este ecrã não pôde ser atualizado ({ $error }); mostra o que mostrava antes.
situations-what-happened-label = O que aconteceu:
situations-what-we-do-label = O que estamos a fazer:
situations-updates = Novidades
situations-update-when = { $date }:
situations-update-when-by = { $date }, { $name }:
situations-first-step = Primeiro, adicione os clientes afetados
situations-first-step-rest = , por etiqueta ou tipo de caso, ou escolhidos de uma lista. Avisá-los e dar novidades vem depois.
situations-undo = Desfazer
situations-action-none-added = Não foi adicionado ninguém novo
situations-action-added =
    { $count ->
        [one] { $n } cliente adicionado
       *[other] { $n } clientes adicionados
    }
situations-action-grouped =
    { $count ->
        [one] { $n } cliente posto num grupo
       *[other] { $n } clientes postos num grupo
    }
situations-action-closed =
    { $count ->
        [one] Fechada, com { $n } acompanhamento
       *[other] Fechada, com { $n } acompanhamentos
    }

situations-add-title = Adicionar clientes afetados
situations-add-tag = Todos com a etiqueta
situations-add-tag-example = bolos-casamento
situations-add-category = Com um caso aberto do tipo
situations-add-category-example = entrega
situations-add-matching = Adicionar todos os que correspondem
situations-match =
    { $count ->
        [one] { $n } cliente corresponde
       *[other] { $n } clientes correspondem
    }
situations-run-again = Repetir: { $search }
situations-saved-tag = Todos com a etiqueta «{ $tag }»
situations-saved-category = Todos com um caso «{ $category }» aberto
situations-saved-both = Todos com a etiqueta «{ $tag }» e um caso «{ $category }» aberto
situations-pick = Ou escolha de uma lista
situations-pick-placeholder = Um nome, telefone, etiqueta…
situations-pick-none = Ninguém corresponde a «{ $search }».
situations-found = Clientes encontrados
situations-already = (já afetado)
situations-add-picked =
    { $count ->
        [one] Adicionar { $n } assinalado
       *[other] Adicionar { $n } assinalados
    }

situations-close = Fechar a ocorrência
situations-close-days-problem = Indique um número inteiro de dias, de 0 (hoje) a 366.
situations-close-nobody = Não foi adicionado ninguém, por isso não há ninguém a acompanhar.
situations-close-check-in =
    { $count ->
        [one] Saber notícias do cliente afetado ({ $n }) daqui a
       *[other] Saber notícias de cada um dos { $n } clientes daqui a
    }
situations-close-days = Dias a partir de hoje
situations-close-check-in-after = dias, pelo seu responsável
situations-close-cards = Um postal para os que ficaram aborrecidos ({ $n })

situations-affected-by = Afetado por: { $title }
situations-closed = fechada
situations-told-latest = Avisado da última novidade
situations-not-told-latest = Ainda não avisado da última novidade
situations-concierge = Responsável: { $name }
situations-concierge-label = Responsável:
situations-add-to = Adicionar a uma ocorrência…
situations-none-to-add = Não há nenhuma ocorrência aberta a que o adicionar.
situations-ok = OK
situations-choice = Ocorrência
situations-choose = Escolher uma ocorrência
situations-choose-problem = Escolha a ocorrência a que o adicionar.
situations-adding = A adicionar…
situations-add = Adicionar
situations-cancel = Cancelar
situations-save = Guardar
situations-change = Alterar

situations-groups-title = Grupos e o seu responsável
situations-customers =
    { $count ->
        [one] { $n } cliente
       *[other] { $n } clientes
    }
situations-concierge-field = Responsável
situations-groups-intro = Divida os clientes em grupos e dê a cada grupo uma pessoa que mantenha o contacto com eles.
situations-new-group = Novo grupo
situations-group-example = Casamentos desta semana
situations-add-group = Adicionar grupo

situations-members-title = Clientes afetados
situations-members-empty = Não foi adicionado ninguém a esta ocorrência.
situations-members-find = Procurar clientes afetados
situations-filter-name = Nome
situations-filter-name-placeholder = Parte de um nome
situations-filter-group = Grupo
situations-any-group = Qualquer grupo
situations-in-no-group = Sem grupo
situations-filter-told = Avisados
situations-told-or-not = Avisados ou não
situations-not-told = Ainda não avisado
situations-ticked =
    { $count ->
        [one] { $n } assinalado
       *[other] { $n } assinalados
    }
situations-group-for-ticked = Grupo para os clientes assinalados
situations-no-group = Sem grupo
situations-group-ticked = Pôr os assinalados neste grupo
situations-tell-ticked = Assinalados avisados…
situations-tick-all =
    { $count ->
        [one] Assinalar o que corresponde
       *[other] Assinalar os { $n } que correspondem
    }
situations-untick-all = Desassinalar todos
situations-tick = Assinalar { $name }
situations-change-concierge = Alterar o responsável de { $name }
situations-mark-told-name = { $name } avisado…
situations-mark-told = Avisado…
situations-remove-name = Retirar { $name }…
situations-remove = Retirar…
situations-own-concierge = Responsável próprio de { $name }
situations-own-concierge-hint = Se ficar vazio: de novo o responsável do grupo.
situations-members-none-match = Nenhum afetado corresponde a isso.
situations-page = { $from }–{ $to } de { $matching }
situations-page-all = Todos os { $matching }
situations-page-none = Nenhum de { $matching }
situations-previous = ← { $n } anteriores
situations-next = { $n } seguintes →
situations-remove-title = Retirar { $name } desta ocorrência?
situations-remove-confirm = Retirar
situations-removing = A retirar…
situations-remove-description = Deixa de aparecer e de contar aqui. O que lhe foi dito fica no seu histórico, e pode voltar a ser adicionado.

situations-told = Avisado
situations-told-by = Avisado por { $name }
situations-not-told-since = Ainda não avisado da última novidade ({ $last })
situations-last-told = avisado da última vez
situations-last-told-by = avisado da última vez por { $name }
situations-how-call = Chamada
situations-how-email = Email
situations-how-message = Mensagem
situations-how-visit = Em pessoa
situations-how-in-line =
    { $how ->
        [call] chamada
        [email] email
        [message] mensagem
       *[visit] em pessoa
    }

situations-told-who =
    { $count ->
        [one] { $who } avisado
       *[other] { $who } avisados
    }
situations-how-told =
    { $count ->
        [one] Como { $who } foi avisado
       *[other] Como { $who } foram avisados
    }
situations-how-they-took-it = Reação
situations-who-told = Quem avisou
situations-what-they-said = O que foi dito
situations-optional = (opcional)
situations-save-told =
    { $count ->
        [one] Guardar: { $who } avisado
       *[other] Guardar: { $who } avisados
    }
situations-restored = O que tinha escrito foi recuperado.

situations-update-title = Dar uma novidade
situations-update-intro = Todos voltam a «ainda não avisado» até cada um ter sabido.
situations-what-changed = O que mudou
situations-what-changed-example = A peça chega na quinta-feira
situations-new-fix = Nova data prevista
situations-if-moved = (se mudou)
situations-post-update = Publicar a novidade

situations-messages = Mensagens
situations-messages-intro = Uma mensagem curta por cliente sobre a última novidade, para copiar para um email ou SMS.
situations-write-messages = Escrever as mensagens
situations-write-again = Escrevê-las de novo
situations-only-not-told = Só para os ainda não avisados
situations-messages-none = Todos já sabem a última novidade.
situations-copied = Copiada
situations-copy-for = Copiar a mensagem para { $name }

situations-form-edit = Editar a ocorrência
situations-this = esta ocorrência
situations-field-title = Título
situations-field-title-example = Entrega atrasada dos bolos de casamento
situations-field-what-happened = O que aconteceu
situations-field-what-we-do = O que estamos a fazer
situations-field-expected = Resolução prevista para
situations-if-known = (se se souber)
situations-field-lead = Quem a coordena
situations-start = Abrir a ocorrência
situations-keys-save = guarda,
situations-keys-cancel = cancela
situations-the-title = o título
situations-the-what-happened = o que aconteceu
situations-the-what-we-do = o que estamos a fazer
situations-the-fix = quando esperamos resolver
situations-the-lead = quem a coordena
