# As boas-vindas do primeiro arranque e o caderno de exemplo (ui/src/lib/welcome).

welcome-title = Bem-vindo ao Kindly
welcome-lead = O seu caderno de clientes. Primeiro duas coisas, depois pode começar.
welcome-region = O seu país
welcome-region-hint = Os números de telefone escritos sem + e indicativo do país são lidos como números deste país.
welcome-name = Quem está ao balcão?
welcome-name-hint = O seu nome. Fica na lista da equipa e no que anotar. Pode adicionar os outros nas Definições.
welcome-next = Continuar
welcome-skip = Saltar por agora
welcome-saving = Um momento…
welcome-start-title = Como quer começar?
welcome-start-lead = Pode sempre adicionar ou importar clientes mais tarde.
welcome-empty = Começar com um caderno vazio
welcome-empty-text = Adicione clientes à medida que ligam ou aparecem.
welcome-import = Importar contactos
welcome-import-text = Traga-os do telemóvel ou de outro programa (um ficheiro vCard ou CSV).
welcome-sample = Explorar com um caderno de exemplo
welcome-adding-sample = A adicionar os clientes de exemplo…
welcome-sample-text =
    { $count ->
        [one] { $count } cliente inventado com conversas, promessas e acompanhamentos, para experimentar tudo. Bem assinalado, e removido de uma só vez quando terminar.
       *[other] { $count } clientes inventados com conversas, promessas e acompanhamentos, para experimentar tudo. Bem assinalados, e removidos de uma só vez quando terminar.
    }
welcome-back = Voltar
welcome-team = Juntar-se a um caderno de equipa
welcome-team-hint = Trabalha com outras pessoas que já partilham um caderno num servidor? Junte-se ao delas.
welcome-team-lead = Escreva o que o proprietário do caderno lhe deu. O Kindly testa primeiro a ligação; nada fica guardado neste computador até funcionar.

welcome-sample-banner = Está a ver clientes de exemplo: são inventados, para experimentar o Kindly.
welcome-sample-remove = Remover o exemplo
welcome-sample-confirm-title = Remover os clientes de exemplo?
welcome-sample-confirm-text =
    { $count ->
        [one] Isto apaga de vez o cliente de exemplo e tudo o que lhe diz respeito. Os clientes que adicionou ou importou ficam como estão.
       *[other] Isto apaga de vez os { $count } clientes de exemplo e tudo o que lhes diz respeito. Os clientes que adicionou ou importou ficam como estão.
    }
welcome-sample-removing = A remover…
welcome-sample-removed = Os clientes de exemplo foram removidos.
welcome-sample-badge = Exemplo
welcome-sample-badge-title = Um cliente inventado do caderno de exemplo
