# O cabeçalho, a navegação e os atalhos que funcionam em todo o lado (ui/src/lib/shell).

nav-label = Principal
nav-today = Hoje
nav-today-title = Hoje ({ $keys })
nav-today-due =
    ({ $count ->
        [one] { $count } pendente
       *[other] { $count } pendentes
    })
nav-lookup = Procurar
nav-lookup-title = Procurar um cliente ({ $keys })
nav-caller = Chamada
nav-caller-title = Quem está a ligar? Procure pelo número ({ $keys })
nav-new-customer = Novo cliente
nav-new-customer-title = Novo cliente ({ $keys })
nav-situations = Ocorrências
nav-situations-title = Problemas que afetam muitos clientes ao mesmo tempo
nav-customers = Clientes
nav-customers-title = Todos os clientes do caderno: ordenar, filtrar, mudar muitos de uma vez ({ $keys })
nav-more = Mais
nav-more-title = Relatórios e etiquetas
nav-reports = Relatórios
nav-tags = Etiquetas
nav-trash = Lixo
nav-settings = Definições
header-shortcuts = Atalhos de teclado
header-shortcuts-title = Atalhos de teclado ({ $keys })

shortcut-lookup = Encontrar um cliente (Procurar)
shortcut-new-customer = Novo cliente
shortcut-today = Hoje: a quem ligar, promessas, aniversários
shortcut-caller = Quem está a ligar? Procurar quem liga pelo número
shortcut-customers = Clientes: todos, para ordenar, filtrar e mudar muitos de uma vez
shortcut-lock = Trancar o caderno (se tiver palavra-passe)
shortcut-help = Mostrar estes atalhos de teclado

still-opening = A abrir o seu caderno…
notebook-open-failed = O Kindly não conseguiu abrir o seu caderno
screen-failed = O Kindly não conseguiu abrir este ecrã: { $reason }
