# O caderno de equipa: juntar-se, iniciar sessão, o aviso sem ligação e as ferramentas do proprietário (ui/src/lib/team).

team-title = Equipa
team-opening = A abrir…
team-signed-in-as = Sessão iniciada como { $name }
team-login = ({ $login })
team-login-owner = ({ $login }, proprietário do caderno)
team-not-signed-in = Sem sessão iniciada.
team-where = Caderno de equipa { $database } em { $server }. Todos os que têm sessão iniciada veem os mesmos clientes.
team-leave = Sair do caderno de equipa
team-own = Este computador trabalha com o seu próprio caderno. Para partilhar um com a equipa, junte-se ao caderno de equipa com os dados que o proprietário lhe deu. O caderno próprio deste computador fica aqui como está.
team-show-join = Juntar-se a um caderno de equipa…
team-leave-title = Sair do caderno de equipa?
team-leave-confirm = Sair
team-leaving = A sair…
team-leave-text = O Kindly vai abrir em vez disso o caderno próprio deste computador e esquecer a palavra-passe que guardou. O caderno de equipa continua no servidor; pode juntar-se a ele de novo.

team-offline-copy = Este computador guarda uma cópia cifrada para procurar clientes enquanto o servidor estiver ausente. Última cópia: { $when }.
team-offline-copy-soon = Este computador vai guardar uma cópia cifrada para procurar clientes enquanto o servidor estiver ausente.

team-header-signed-in = Sessão de { $name } · caderno de equipa

team-away-no-copy = Não é possível ligar ao caderno de equipa, e este computador ainda não tem cópia dele: não se podem procurar clientes nem guardar alterações até ele voltar.
team-away = Não é possível ligar ao caderno de equipa. A mostrar a última cópia deste computador ({ $when }); não se podem guardar alterações até ele voltar.
team-away-heard = Última resposta do servidor: { $when }. O Kindly continua a tentar sozinho.

team-password-ignored = A ligação trazia também uma palavra-passe, que o Kindly ignorou: quem vê uma ligação pode lê-la. Escreva a palavra-passe.

team-server = Endereço do servidor
team-server-hint = Tal como o proprietário do caderno o deu: um nome como servidor-loja, ou um endereço como 192.168.1.20, com :porta se a deu.
team-database = Nome do caderno
team-your-login = O seu nome de utilizador
team-password = Palavra-passe
team-testing = A testar a ligação…
team-join = Juntar-se

team-sign-in-title = Iniciar sessão no caderno de equipa
team-out-of-reach = Não é possível ligar ao caderno de equipa
team-start-where = { $database } em { $server }, como { $login }
team-sign-in = Entrar
team-signing-in = A entrar…
team-retry = Tentar de novo
team-trying = A tentar…
team-use-own = Usar o caderno próprio deste computador
team-use-own-hint = O Kindly esquece então aqui o caderno de equipa; pode juntar-se de novo nas Definições.

team-owner-title = Ferramentas do proprietário

team-logins = Acessos
team-logins-none = Ainda ninguém tem acesso. Adicione as pessoas que trabalham aqui, um acesso para cada uma.
team-logins-name = Nome
team-logins-login = Utilizador
team-logins-added = Adicionado
team-logins-can-sign-in = Pode entrar
team-logins-removed = Não, removido a { $date }
team-logins-yes = Sim
team-logins-remove-label = Remover o acesso de { $name }
team-logins-remove = Remover…
team-logins-gone = { $name } já não pode entrar.
team-add-name = Nome da pessoa
team-add-save = Adicionar
team-adding = A adicionar…
team-cancel = Cancelar
team-add = Adicionar uma pessoa…
team-remove-title = Remover o acesso de { $name }?
team-remove-confirm = Remover
team-removing = A remover…
team-remove-text = { $name } ({ $login }) deixa de poder entrar no caderno de equipa, em qualquer computador. Tudo o que escreveu fica, com o seu nome. Para a deixar voltar, adicione-a de novo: recebe um acesso novo.

team-now = Com sessão iniciada agora
team-now-nobody = Ninguém tem sessão iniciada neste momento.
team-now-unnamed = um computador sem nome
team-now-refresh = Atualizar
team-now-looking = A procurar…

team-working = A trabalhar…
team-copy-title = Transferir uma cópia completa
team-copy-text = Tudo o que está no caderno de equipa, num ficheiro de caderno à parte: para guardar num sítio seguro, ou abrir num computador sem a equipa. Não está protegido com palavra-passe, por isso guarde-o num sítio a que só quem deve tenha acesso.
team-copy-done = Copiados { $moved } para { $path }.
team-copy-download = Guardar em Transferências
team-copy-choose = Escolher uma pasta…

team-move-title = Enviar o caderno deste computador
team-move-text = Leva tudo o que está no caderno próprio deste computador (clientes, as suas histórias, acompanhamentos, ocorrências) para o caderno de equipa, uma só vez, enquanto o caderno de equipa ainda está vazio. O caderno próprio deste computador fica como está.
team-move-done = Enviado: { $moved }. Todos os que têm sessão iniciada no caderno de equipa já o veem.
team-move-holds = O caderno deste computador tem { $moved }.
team-move-go = Enviar…
team-move-passphrase = Palavra-passe do caderno deste computador
team-move-look = Ver o que seria enviado
team-move-ask = Enviar o caderno deste computador?
team-move-confirm = Enviar
team-move-ask-text = { $moved } vão para o caderno de equipa, tudo de uma vez ou nada. Todos os que têm sessão iniciada vão vê-lo. O caderno próprio deste computador fica como está.

team-moved = { $customers }, { $conversations }, { $issues }, { $promises }, { $followUps } e { $situations }
team-moved-customers =
    { $count ->
        [one] { $count } cliente
       *[other] { $count } clientes
    }
team-moved-conversations =
    { $count ->
        [one] { $count } conversa
       *[other] { $count } conversas
    }
team-moved-issues =
    { $count ->
        [one] { $count } caso
       *[other] { $count } casos
    }
team-moved-promises =
    { $count ->
        [one] { $count } promessa
       *[other] { $count } promessas
    }
team-moved-follow-ups =
    { $count ->
        [one] { $count } acompanhamento
       *[other] { $count } acompanhamentos
    }
team-moved-situations =
    { $count ->
        [one] { $count } ocorrência
       *[other] { $count } ocorrências
    }

team-hand-over-title = Um acesso para { $name }
team-hand-over-text = Dê estes dados a { $name } pessoalmente ou por mensagem privada. O Kindly só mostra a palavra-passe agora: depois de fechar isto, ninguém a pode voltar a ver (pode sempre remover o acesso e adicioná-lo de novo).
team-hand-over-login = Nome de utilizador
team-hand-over-link = Ligação para entrar
team-hand-over-link-hint = A ligação preenche o servidor, o caderno e o nome de utilizador no computador da pessoa; a palavra-passe é ela que a escreve.
team-hand-over-copy-login-line = Nome de utilizador: { $login }
team-hand-over-copy-password-line = Palavra-passe: { $password }
team-hand-over-copy = Copiar utilizador e palavra-passe
team-hand-over-copy-link = Copiar ligação
team-hand-over-done = Concluído
team-copied-login = Utilizador e palavra-passe copiados.
team-copy-failed-login = Não foi possível copiar o utilizador e a palavra-passe: selecione-os e copie-os à mão.
team-copied-link = Ligação copiada.
team-copy-failed-link = Não foi possível copiar a ligação: selecione-a e copie-a à mão.
