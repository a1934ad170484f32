# A procura (ui/src/lib/lookup).

lookup-label = Procurar um cliente
lookup-placeholder = Nome, telefone, empresa ou etiqueta…
lookup-results = Clientes encontrados
lookup-keys-choose = para escolher,
lookup-keys-open = para abrir,
lookup-keys-brief = para o resumo.
lookup-none = Ninguém encontrado para «{ $query }».
lookup-new-customer = Novo cliente
lookup-empty = O seu caderno está vazio. Adicione o primeiro cliente com «Novo cliente» (ou prima { $keys }).
lookup-empty-import-hint = Ou traga todos de uma vez a partir dos contactos do telemóvel ou do programa de email.
lookup-empty-import = Importar contactos…
lookup-hint =
    Escreva um nome, telefone, empresa ou etiqueta para encontrar { $count ->
        [one] o seu cliente
       *[other] alguém entre os seus { $shown } clientes
    }.
lookup-brief = Resumo
lookup-brief-title = O resumo: o que saber antes de uma chamada (Shift+Enter)
