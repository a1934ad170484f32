# A lista de atalhos de teclado (ui/src/lib/help).

sheet-title = Atalhos de teclado
sheet-close = Fechar
sheet-more = Também pode escolher teclas que trazem o Kindly para a frente a partir de qualquer outro programa: Definições, «Procurar a partir de qualquer lado».

group-anywhere = Em qualquer lado
group-anywhere-next = Ir para o botão ou campo seguinte (ou anterior)
group-lookup = Procurar
group-lookup-choose = Escolher um cliente da lista
group-lookup-open = Abrir a página do cliente
group-lookup-brief = Abrir o resumo, para ler antes de ligar
group-lookup-clear = Limpar a caixa
group-caller = Quem está a ligar?
group-caller-choose = Escolher entre os clientes com esse número
group-caller-open = Procurar o número, ou abrir o resumo escolhido
group-caller-clear = Limpar a caixa
group-customers = A lista de clientes
group-customers-move = Passar de um cliente para outro
group-customers-open = Abrir o cliente
group-customers-tick = Marcar ou desmarcar o cliente
group-customer = A página de um cliente
group-customer-log = Registar uma conversa
group-customer-back = Voltar a Procurar
group-brief = O resumo
group-brief-log = Depois da chamada: anotar como correu
group-brief-back = Voltar onde estava
group-forms = Formulários
group-forms-save = Guardar
group-forms-save-customer = Guardar os dados de um cliente
group-forms-cancel = Cancelar
group-dialogs = Janelas como esta
group-dialogs-close = Fechar sem alterar nada
