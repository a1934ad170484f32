# O que não está bem no que foi escrito, mostrado junto ao campo do
# formulário (rules/validate.rs e as outras verificações do núcleo).

# Os campos do formulário, como as mensagens abaixo os nomeiam ($label).
validate-label-full-name = «Nome completo»
validate-label-preferred-name = «Como gosta de ser tratado»
validate-label-pronunciation = «Como se pronuncia»
validate-label-pronouns = «Pronomes»
validate-label-company = «Empresa ou família»
validate-label-address = «Morada»
validate-label-best-time = «Melhor altura para contactar»
validate-label-dont = «Por favor, não»
validate-label-preferences = «Do que gosta»
validate-label-remember = «Lembrar sempre»
validate-label-notes = «Mais alguma coisa»
validate-label-looked-after-by = «Acompanhado por»
validate-label-a-tag = Uma etiqueta
validate-label-a-phone = Um número de telefone
validate-label-a-label = Uma descrição
validate-label-an-email = Um endereço de email
validate-label-who = «Quem»
validate-label-the-name = O nome
validate-label-the-tag = A etiqueta
validate-label-the-category = A categoria
validate-label-group-name = O nome do grupo
validate-label-the-title = O título
validate-label-what-was-said = «O que foi dito»
validate-label-short-title = «Título curto»
validate-label-a-category = Uma categoria
validate-label-what-we-promised = «O que prometemos»
validate-label-the-note = A nota
validate-label-initials = As iniciais

validate-full-name-missing = Escreva o nome do cliente.
validate-language = Escolha uma língua da lista (ou escreva o código, como «pt» ou «pt-BR»).
validate-gap-zero = Os dois intervalos precisam de pelo menos um dia.
validate-gap-too-long = Um intervalo pode ter no máximo cinco anos.
validate-gap-order = O intervalo mais longo não pode ser mais curto do que o ideal.
validate-too-long = { $label } pode ter no máximo { $max } caracteres.
validate-control-characters = { $label } tem caracteres que não podem ser guardados (caracteres de controlo invisíveis).
validate-one-line = { $label } tem de caber numa só linha.
validate-each-item = Cada item de { $label }
validate-too-many-items = { $label } pode ter no máximo { $max } itens.
validate-too-many-tags = Um cliente pode ter no máximo { $max } etiquetas.
validate-not-a-phone = «{ $number }» não parece um número de telefone. Use apenas algarismos, espaços e - ( ) . /, com + e o indicativo do país à frente, se o tiver.
validate-too-many-phones = Um cliente pode ter no máximo { $max } números de telefone.
validate-not-an-email = «{ $address }» não parece um endereço de email (devia ser como nome@exemplo.pt).
validate-too-many-emails = Um cliente pode ter no máximo { $max } endereços de email.
validate-invisible = { $what ->
        [phone] Este número de telefone
       *[email] Este endereço de email
    } contém caracteres invisíveis (como uma marca de direita para a esquerda ou um espaço de largura zero), por isso pode não ser o que parece. Escreva-o novamente.
validate-no-such-date = Essa data não existe. Verifique o dia e o mês.
validate-year-range = O ano deve estar entre 1900 e 2100, ou ficar vazio.
validate-date-out-of-range = Essa data está fora do intervalo permitido.
validate-label-own-words = «O problema nas palavras do cliente»
validate-label-root-cause = «O que está realmente por trás»

# Recusas dos outros formulários e ações do núcleo.
validate-type-tag-issue-category = Escreva uma etiqueta ou uma categoria de caso para escolher clientes.
validate-give-group-name-such = Dê um nome ao grupo, como «Casamentos deste mês».
validate-group-could-not-found = Não foi possível encontrar esse grupo.
validate-give-situation-short-title = Dê um título curto à ocorrência, como «Entrega atrasada dos bolos de casamento».
validate-situation-closed-undo-closing = Esta ocorrência está encerrada. Anule o encerramento para a alterar.
validate-one-those-customers-could = Não foi possível encontrar um desses clientes.
validate-customer-not-affected-by = Esse cliente não é afetado por esta ocorrência.
validate-pick-day-within-next = Escolha um dia dentro do próximo ano.
validate-change-has-already-been = Esta alteração já foi anulada.
validate-undo-later-change-first = Anule primeiro a alteração mais recente.
validate-issue-could-not-found = Não foi possível encontrar esse caso.
validate-issue-belongs-another-customer = Esse caso pertence a outro cliente.
validate-write-few-words-about = Escreva algumas palavras sobre o que foi dito.
validate-time-future = Essa hora está no futuro.
validate-give-issue-short-title = Dê um título curto ao caso.
validate-say-what-we-promised = Diga o que prometemos.
validate-say-who-we-are = Diga de quem estamos à espera: do cliente ou de nós.
validate-say-what-we-are = Diga do que estamos à espera.
validate-say-what-we-did = Diga o que fizemos para resolver.
validate-say-what-happened-next = Diga o que aconteceu, para a próxima pessoa.
validate-moving-takes-notebook-file = A transferência usa um ficheiro de caderno deste computador, não outro caderno de equipa.
validate-moving-into-team-notebook = A transferência é para um caderno de equipa num servidor, não para outro ficheiro.
validate-copying-out-team-notebook = Copiar para um ficheiro é para um caderno de equipa; um caderno deste computador copia-se com uma cópia de segurança.
validate-enter-persons-name = Escreva o nome da pessoa.
validate-needs-team-notebooks-server = Isto precisa do servidor do caderno de equipa, e o Kindly não está ligado a ele neste momento.
validate-key-kept-offline-copy = A chave guardada para a cópia offline não foi criada pelo Kindly.
validate-offline-copy-kept-team = A cópia offline é para um caderno de equipa; um caderno deste computador não precisa dela.
validate-birthday-reminders-come-from = Os lembretes de aniversário vêm da data de aniversário no perfil do cliente.
validate-issue-promise-could-not = Não foi possível encontrar esse caso ou essa promessa.
validate-issue-promise-belongs-another = Esse caso ou essa promessa pertence a outro cliente.
validate-repeat-rule-has-no = Esta regra de repetição já não tem datas a partir de hoje. Mude o dia ou a regra.
validate-follow-up-has-already = Este acompanhamento já foi feito.
validate-only-repeating-follow-up = Só um acompanhamento que se repete pode saltar uma vez. Marque-o como feito ou envie-o para o lixo.
validate-birthday-reminder-follows-birthday = Um lembrete de aniversário segue a data de aniversário no perfil do cliente.
validate-follow-up-cannot-move = Um acompanhamento não pode passar para outro cliente.
validate-choose-two-different-customers = Escolha dois clientes diferentes.
validate-choose-two-different-customers-2 = Escolha dois clientes diferentes para juntar.
validate-merge-has-already-been = Esta junção já foi anulada, ou um dos clientes foi esquecido.
validate-customer-merge-kept-trash = O cliente que esta junção manteve está no lixo. Restaure-o primeiro e depois anule a junção.
validate-choose-at-most-1 = Escolha no máximo 1440 minutos (um dia), ou 0 para nunca.
validate-notebook-already-protected-use = Este caderno já está protegido. Use «Mudar palavra-passe».
validate-notebook-has-no-passphrase = Este caderno não tem palavra-passe.
validate-not-notebooks-passphrase-check = Essa não é a palavra-passe do caderno. Verifique o Caps Lock e tente novamente.
validate-notebook-memory-cannot-protected = Um caderno em memória não pode ser protegido.
validate-choose-whole-folder-path = Escolha o caminho completo de uma pasta, como /home/ana/Copias.
validate-backup-could-not-read = Não foi possível voltar a ler a cópia de segurança.
validate-file-not-one-backups = Esse ficheiro não é uma das cópias da pasta de cópias de segurança. Nada foi alterado.
validate-keep-between-1-365 = Guarde entre 1 e 365 cópias de segurança.
validate-choose-country-from-list = Escolha um país da lista (um código de duas letras como PT, BR ou AO).
validate-choose-time-zone-from = Escolha um fuso horário da lista, como Europe/Lisbon.
validate-not-key-combination = Isso não é uma combinação de teclas.
validate-sample-customers-are-already = Os clientes de exemplo já estão aqui.
validate-team-notebook-whoever-signed = Num caderno de equipa, quem iniciou sessão neste computador é quem está ao balcão.
validate-choose-someone-from-staff = Escolha alguém da lista da equipa.
validate-two-passphrases-are-different = As duas palavras-passe são diferentes. Escreva a mesma duas vezes.
validate-use-letters-digits-spaces = Use apenas letras, algarismos, espaços e pontuação.
validate-port-after-colon-must = A porta, depois dos dois pontos, tem de ser um número de 1 a 65535 (a do PostgreSQL costuma ser 5432).
validate-enter-your-login-name = Escreva o seu nome de utilizador (o responsável deu-lho com a sua palavra-passe).
validate-enter-your-password = Escreva a sua palavra-passe.
validate-not-password-kindly-can = O Kindly não pode enviar essa palavra-passe: confirme-a com o responsável.
validate-enter-servers-address-as = Escreva o endereço do servidor tal como lho deram (por exemplo servidor-loja ou 192.168.1.20).
validate-ipv6-address-written-address = Um endereço IPv6 escreve-se [endereço]:porta.
validate-servers-address-name-like = O endereço de um servidor é um nome como servidor-loja ou um endereço como 192.168.1.20, com :porta se for preciso; sem espaços, barras nem @.
validate-repeat-rule-not-one = O Kindly não entende essa regra de repetição.
validate-repeat-rule-never-happens = Essa regra de repetição nunca acontece.
validate-please-enter-date-such = Escreva uma data como 2026-03-14.
validate-please-enter-time-such = Escreva uma hora como 09:30.
validate-pick-moment-future = Escolha um momento no futuro.
validate-team-notebook-address-could = Não foi possível ler este endereço de caderno de equipa. É parecido com postgres://nome@servidor/caderno.
validate-certificate-file-address-names = Não foi possível ler o ficheiro de certificado que o endereço indica (sslrootcert).
validate-passphrase-does-not-open = Essa palavra-passe não abre este caderno. Verifique o Caps Lock e tente novamente.
validate-kindly-cannot-read-file = O Kindly não consegue ler um ficheiro com este nome.
validate-kindly-cannot-write-folder = O Kindly não consegue escrever numa pasta com este nome.
validate-pick-at-most = Escolha no máximo { $max } clientes de cada vez.
validate-list-between = Mostre entre 1 e { $max } clientes de cada vez.
validate-added-since = { $count ->
        [one] Um dos clientes adicionados foi avisado ou recebeu uma atenção
       *[other] { $count } dos clientes adicionados foram avisados ou receberam uma atenção
    } desde então, por isso isto não pode ser anulado de uma vez. Retire um a um os que foram adicionados por engano.
validate-too-many-categories = Um caso pode ter no máximo { $max } categorias.
validate-issue-cannot-move = Um caso { $from ->
        [open] aberto
        [in_progress] em curso
        [waiting] em espera
        [resolved] resolvido
       *[closed] fechado
    } não pode passar para «{ $to ->
        [open] aberto
        [in_progress] em curso
        [waiting] em espera
        [resolved] resolvido
       *[closed] fechado
    }».
validate-promise-already-marked = Esta promessa já estava marcada como { $state ->
        [open] aberta
        [kept] cumprida
       *[broken] não cumprida
    }.
validate-no-folder-for-copy = Não existe a pasta { $folder } para pôr a cópia.
validate-file-exists = { $file } já existe. O Kindly nunca escreve por cima de um ficheiro: escolha um nome novo.
validate-not-a-file-name = { $file } não é um nome de ficheiro.
validate-already-on-staff = { $name } já está na lista da equipa.
validate-passphrase-too-short = Use pelo menos { $min } caracteres; uma frase curta é fácil de lembrar e difícil de adivinhar.
validate-passphrase-too-long = Use no máximo { $max } caracteres.
validate-extension-needs-owner = O `kindly team init` precisa do utilizador dono da base de dados (ou de um que possa criar objetos nela) para adicionar a extensão do PostgreSQL { $name }. Nada foi alterado.
validate-staff-needs-owner = Adicionar ou retirar pessoas da equipa precisa do utilizador dono do caderno de equipa, um que possa criar papéis (CREATEROLE); { $login } não pode. Nada foi alterado.
validate-already-has-login = { $name } já tem um utilizador ({ $login }). Para lhe dar uma palavra-passe nova, retire esse utilizador e adicione a pessoa novamente.
validate-every-login-taken = Todos os utilizadores do tipo { $base } já estão ocupados neste servidor.
validate-moving-needs-owner = Transferir um caderno precisa do utilizador dono do caderno de equipa (o que correu o `kindly team init`); { $login } não é esse. Nada foi transferido.
validate-name-too-long = { $what ->
        [database] O nome do caderno
       *[login] O nome de utilizador
    } é demasiado longo (63 letras no máximo).
validate-name-bad-character = { $what ->
        [database] O nome do caderno
       *[login] O nome de utilizador
    } tem um carácter que não pode fazer parte dele.

validate-label-the-update = A novidade
validate-say-what-changed = Diga o que mudou, por exemplo «A peça chega na quinta-feira».
validate-pick-who-was-told = Escolha quem foi avisado.
validate-phone-too-long = É demasiado longo para um número de telefone.
validate-phone-too-few-digits = Escreva pelo menos { $digits } algarismos do número.
validate-too-many-done = Assinale no máximo { $max } acompanhamentos por chamada.
validate-follow-up-not-found = Não foi possível encontrar esse acompanhamento.
validate-follow-up-other-customer = Esse acompanhamento pertence a outro cliente.
validate-label-what-happened = O que aconteceu
validate-label-what-we-do = O que estamos a fazer
