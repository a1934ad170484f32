# O ecrã Clientes: a lista de todos, os filtros, as listas guardadas e as mudanças a muitos de uma vez (ui/src/lib/lists).
# Nos números, $count escolhe a forma do plural e $n é o mesmo número escrito («2000», «12 000»).

lists-title = Clientes
lists-side-label = Listas
lists-all = Todos os clientes
lists-saved-count =
    { $count ->
        [one] { $n } cliente
       *[other] { $n } clientes
    }
lists-search = Restringir a lista
lists-search-placeholder = Parte de um nome ou empresa
lists-filters = Filtros
lists-filters-count = Filtros ({ $count })
lists-clear = Limpar os filtros
lists-remove-filter = Tirar o filtro: { $what }
lists-count =
    { $count ->
        [one] { $n } cliente
       *[other] { $n } clientes
    }
lists-loading = A carregar…
lists-none = Nenhum cliente corresponde a estes filtros.
lists-empty = Ainda não há clientes.
lists-load-more = Mostrar mais
lists-let-go = As linhas mais acima foram arrumadas para a janela continuar rápida.
lists-back-to-top = Voltar ao início
lists-changed-elsewhere = Houve clientes alterados noutro posto.
lists-refresh = Mostrar a lista atualizada

# Os cabeçalhos das colunas.
lists-col-name = Nome
lists-col-company = Empresa
lists-col-tags = Etiquetas
lists-col-looked-after = Acompanhado por
lists-col-last-contact = Último contacto
lists-col-open-issues = Casos abertos
lists-col-next-follow-up = Próximo acompanhamento
lists-nobody = Ninguém ainda
lists-never = Nunca
lists-tick-row = Marcar { $name }
lists-tick-page = Marcar todos os clientes mostrados
lists-drifting = A perder o contacto
lists-out-of-touch = Sem contacto
lists-sample = Exemplo

# O painel de filtros. $name é uma pessoa, uma etiqueta, uma língua ou o ficheiro de uma importação; $date uma data.
lists-filter-tag = Etiqueta
lists-filter-tag-add = Adicionar a etiqueta
lists-filter-looked-after = Acompanhado por
lists-filter-anyone = Qualquer pessoa
lists-filter-nobody = Ninguém ainda
lists-filter-open-issue = Tem um caso aberto
lists-filter-category = Do tipo
lists-filter-any-category = Qualquer tipo
lists-filter-promise-overdue = Uma promessa está atrasada
lists-filter-touch = Manter o contacto
lists-filter-touch-any = Todos
lists-filter-drifting = A perder o contacto (âmbar ou vermelho)
lists-filter-out-of-touch = Sem contacto (vermelho)
lists-filter-not-contacted = Sem contacto desde
lists-filter-birthday = Faz anos este mês
lists-filter-added-since = Adicionados desde
lists-filter-language = Língua
lists-filter-any-language = Qualquer língua
lists-filter-no-language = Nenhuma indicada
lists-filter-situation = Na ocorrência
lists-filter-any-situation = Tanto faz
lists-filter-import = Adicionados pela importação
lists-filter-any-import = Tanto faz
lists-import-choice = { $name } ({ $date })
lists-filter-done = Feito

# As etiquetas dos filtros em uso.
lists-chip-text = Nome: «{ $text }»
lists-chip-tag = Etiqueta: { $name }
lists-chip-looked-after = Acompanhado por { $name }
lists-chip-nobody = Sem ninguém a acompanhar
lists-chip-open-issue = Caso aberto
lists-chip-category = Caso aberto: { $name }
lists-chip-promise-overdue = Promessa atrasada
lists-chip-drifting = A perder o contacto
lists-chip-out-of-touch = Sem contacto
lists-chip-in-touch = Em contacto
lists-chip-not-contacted = Sem contacto desde { $date }
lists-chip-birthday = Faz anos este mês
lists-chip-added-since = Adicionados desde { $date }
lists-chip-language = Língua: { $name }
lists-chip-no-language = Sem língua indicada
lists-chip-situation = Em «{ $name }»
lists-chip-import = De { $name }
lists-chip-picked =
    { $count ->
        [one] { $n } cliente escolhido
       *[other] { $n } clientes escolhidos
    }

# As listas guardadas. $name é o nome da lista.
lists-save = Guardar esta lista…
lists-save-title = Guardar esta lista
lists-save-name = Nome
lists-save-name-example = p. ex. Casamentos sem nos vermos desde o verão
lists-save-confirm = Guardar
lists-update = Guardar estes filtros em «{ $name }»
lists-saving = A guardar…
lists-saved = «{ $name }» guardada.
lists-rename = Mudar o nome…
lists-rename-title = Mudar o nome de «{ $name }»
lists-rename-confirm = Mudar
lists-delete = Apagar
lists-deleted = «{ $name }» apagada.
lists-undo = Desfazer
lists-restored = «{ $name }» voltou.

# Marcar e mudar muitos clientes de uma vez.
lists-ticked =
    { $count ->
        [one] { $n } marcado
       *[other] { $n } marcados
    }
lists-select-all =
    { $count ->
        [one] Escolher o cliente que corresponde
       *[other] Escolher os { $n } que correspondem
    }
lists-all-selected =
    { $count ->
        [one] O cliente que corresponde está escolhido.
       *[other] Os { $n } clientes que correspondem estão escolhidos.
    }
lists-all-but-selected =
    { $count ->
        [one] { $n } dos { $total } clientes que correspondem está escolhido.
       *[other] { $n } dos { $total } clientes que correspondem estão escolhidos.
    }
lists-untick-all = Desmarcar tudo
lists-bulk-label = Mudar os clientes marcados
lists-bulk-add-tag = Adicionar etiqueta
lists-bulk-remove-tag = Tirar etiqueta
lists-bulk-looked-after = Escolher quem os acompanha
lists-bulk-follow-up = Um acompanhamento para cada um
lists-bulk-situation = Adicionar a uma ocorrência
lists-bulk-export = Exportar
lists-bulk-trash = Mover para o lixo

# As janelas: título, campos e botão de confirmar.
lists-dialog-add-tag = Adicionar uma etiqueta
lists-dialog-remove-tag = Tirar uma etiqueta
lists-dialog-looked-after = Quem os acompanha
lists-dialog-follow-up = Um acompanhamento para cada um
lists-dialog-situation = Adicionar a uma ocorrência
lists-dialog-export = Exportar os clientes marcados
lists-dialog-trash = Mover para o lixo
lists-field-tag = Etiqueta
lists-field-person = Acompanhado por
lists-field-person-hint = Deixe vazio para ninguém.
lists-field-action = O que fazer
lists-field-action-example = Ligar para saber como está
lists-field-first-day = Primeiro dia
lists-field-spread = Distribuir por
lists-field-spread-days =
    { $count ->
        [one] dia
       *[other] dias
    }
lists-field-assignee = Quem os faz
lists-field-assignee-hint = Vazio: o responsável de cada cliente.
lists-field-situation = Ocorrência
lists-field-format = Formato
lists-format-vcard = vCard (para telemóveis e programas de email)
lists-format-csv = Folha de cálculo (CSV)
lists-confirm-add-tag = Adicionar a etiqueta
lists-confirm-remove-tag = Tirar a etiqueta
lists-confirm-looked-after = Aplicar
lists-confirm-follow-up = Adicionar os acompanhamentos
lists-confirm-situation = Adicioná-los
lists-confirm-export = Exportar…
lists-confirm-trash = Mover para o lixo
lists-working = Um momento…
lists-previewing = A contar…
lists-no-situations = Não há ocorrências abertas.

# O que uma mudança faria ($count/$n: a quantos muda; $tag uma etiqueta, $name uma pessoa, $title uma ocorrência).
lists-preview-add-tag =
    { $count ->
        [one] Isto adiciona «{ $tag }» a { $n } cliente.
       *[other] Isto adiciona «{ $tag }» a { $n } clientes.
    }
lists-preview-add-tag-same =
    { $count ->
        [one] { $n } já a tem.
       *[other] { $n } já a têm.
    }
lists-preview-remove-tag =
    { $count ->
        [one] Isto tira «{ $tag }» a { $n } cliente.
       *[other] Isto tira «{ $tag }» a { $n } clientes.
    }
lists-preview-remove-tag-same =
    { $count ->
        [one] { $n } não a tem.
       *[other] { $n } não a têm.
    }
lists-preview-looked-after =
    { $count ->
        [one] { $name } vai acompanhar { $n } cliente.
       *[other] { $name } vai acompanhar { $n } clientes.
    }
lists-preview-nobody =
    { $count ->
        [one] { $n } cliente fica sem ninguém a acompanhá-lo.
       *[other] { $n } clientes ficam sem ninguém a acompanhá-los.
    }
lists-preview-follow-up =
    { $count ->
        [one] Isto adiciona um acompanhamento para { $n } cliente.
       *[other] Isto adiciona um acompanhamento para cada um dos { $n } clientes.
    }
lists-preview-situation =
    { $count ->
        [one] Isto adiciona { $n } cliente a «{ $title }».
       *[other] Isto adiciona { $n } clientes a «{ $title }».
    }
lists-preview-trash =
    { $count ->
        [one] Isto move { $n } cliente para o lixo.
       *[other] Isto move { $n } clientes para o lixo.
    }
lists-preview-export =
    { $count ->
        [one] { $n } cliente vai ser guardado no ficheiro.
       *[other] { $n } clientes vão ser guardados no ficheiro.
    }
lists-preview-same =
    { $count ->
        [one] { $n } já está assim e fica como está.
       *[other] { $n } já estão assim e ficam como estão.
    }
lists-preview-undo = Pode desfazer depois.

# O que foi feito, na barra «Desfazer».
lists-done-add-tag =
    { $count ->
        [one] «{ $tag }» adicionada a { $n } cliente
       *[other] «{ $tag }» adicionada a { $n } clientes
    }
lists-done-remove-tag =
    { $count ->
        [one] «{ $tag }» tirada a { $n } cliente
       *[other] «{ $tag }» tirada a { $n } clientes
    }
lists-done-looked-after =
    { $count ->
        [one] { $name } acompanha agora { $n } cliente
       *[other] { $name } acompanha agora { $n } clientes
    }
lists-done-nobody =
    { $count ->
        [one] Ninguém acompanha agora { $n } cliente
       *[other] Ninguém acompanha agora { $n } clientes
    }
lists-done-follow-up =
    { $count ->
        [one] Acompanhamento adicionado para { $n } cliente
       *[other] Acompanhamento adicionado para { $n } clientes
    }
lists-done-situation =
    { $count ->
        [one] { $n } cliente adicionado à ocorrência
       *[other] { $n } clientes adicionados à ocorrência
    }
lists-done-trash =
    { $count ->
        [one] { $n } cliente movido para o lixo
       *[other] { $n } clientes movidos para o lixo
    }
lists-done-tags =
    { $count ->
        [one] Etiqueta mudada em { $n } cliente
       *[other] Etiqueta mudada em { $n } clientes
    }
lists-undone =
    { $count ->
        [one] Desfeito: { $n } cliente está como antes.
       *[other] Desfeito: { $n } clientes estão como antes.
    }
lists-exported = Guardado em { $folder }: { $file }
lists-export-cancelled = Nada foi guardado.
