# O ecrã Etiquetas (ui/src/lib/tags): cada etiqueta com quantos clientes a têm; mudar o nome, juntar, tirar a todos, com Desfazer.
# $tag, $from, $to e $into são etiquetas tal como os clientes as têm; $count é um número de clientes.

tags-title = Etiquetas
tags-intro = Cada etiqueta dos seus clientes, com quantos a têm. Mude o nome de uma etiqueta, junte duas numa só ou tire uma a todos: cada mudança é feita de uma vez e pode ser desfeita.
tags-filter = Procurar uma etiqueta
tags-filter-placeholder = p. ex. casamento
tags-loading = A ler as etiquetas…
tags-none = Ainda nenhum cliente tem etiquetas.
tags-none-next = Acrescente etiquetas na página de um cliente («habitual», «casamento») e arrume-as aqui.
tags-none-match = Nenhuma etiqueta corresponde a «{ $text }».
tags-shown = { $count ->
    [one] { $count } etiqueta
   *[other] { $count } etiquetas
}
tags-col-tag = Etiqueta
tags-col-customers = Clientes
tags-col-actions = O que fazer
tags-open-customers = { $count ->
    [one] Ver o cliente com a etiqueta «{ $tag }»
   *[other] Ver os { $count } clientes com a etiqueta «{ $tag }»
}
tags-rename = Mudar o nome
tags-rename-label = Novo nome para «{ $tag }»
tags-rename-into = «{ $into }» já é uma etiqueta: ao guardar, «{ $tag }» junta-se a ela.
tags-rename-save = Mudar o nome
tags-rename-merge = Juntar
tags-merge = Juntar a…
tags-merge-label = Juntar «{ $tag }» a
tags-merge-pick = Escolher uma etiqueta
tags-merge-note = Todos os clientes com «{ $from }» passam a ter «{ $into }».
tags-merge-go = Juntar
tags-delete = Tirar a todos
tags-delete-confirm = { $count ->
    [one] Tirar «{ $tag }» a { $count } cliente?
   *[other] Tirar «{ $tag }» aos { $count } clientes?
}
tags-delete-go = Tirar a todos
tags-cancel = Cancelar
tags-actions-for = O que fazer com «{ $tag }»
tags-progress = A mudar uma etiqueta
tags-renamed = { $count ->
    [one] «{ $from }» passou a «{ $to }» em { $count } cliente.
   *[other] «{ $from }» passou a «{ $to }» em { $count } clientes.
}
tags-merged = { $count ->
    [one] «{ $from }» juntada a «{ $into }» em { $count } cliente.
   *[other] «{ $from }» juntada a «{ $into }» em { $count } clientes.
}
tags-deleted = { $count ->
    [one] «{ $tag }» tirada a { $count } cliente.
   *[other] «{ $tag }» tirada a { $count } clientes.
}
tags-undo = Desfazer
tags-undone = Desfeito. As etiquetas estão como antes.
