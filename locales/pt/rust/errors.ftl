# As mensagens de erro do núcleo (crates/kindly-core/src/error.rs), vistas
# por quem está ao balcão e escritas pela linha de comandos.

errors-not-found = Não foi possível encontrar esse cliente. Pode ter sido eliminado ou enviado para o lixo.
errors-newer-notebook = Este caderno foi guardado por uma versão mais recente do Kindly (formato { $found }; esta versão lê até ao formato { $supported }). Atualize o Kindly para o abrir. Nada foi alterado no caderno.
errors-locked = O caderno está trancado. Introduza a palavra-passe para o destrancar.
errors-sign-in-needed = Inicie sessão no caderno de equipa para continuar.
errors-busy = O caderno está ocupado noutra janela ou programa. Tente novamente daqui a pouco.
errors-disk-full = O disco está cheio, por isso esta alteração não foi guardada. Liberte algum espaço e tente novamente.
errors-corrupt = Uma parte do caderno está danificada, por isso o Kindly não conseguiu ler nem guardar isto. Nada foi alterado. Reponha a cópia de segurança mais recente para continuar (Definições, Cópias de segurança).
errors-storage = Não foi possível ler nem escrever o caderno: { $detail }
errors-io = Não foi possível usar a pasta do caderno: { $detail }
errors-server-unreachable = O Kindly não consegue chegar ao servidor do caderno de equipa { $host }. Verifique a rede deste computador ou pergunte a quem gere o servidor se está a funcionar.
errors-sign-in-failed = O servidor do caderno de equipa não aceitou o início de sessão: nome ou palavra-passe errados.
errors-server-not-trusted = O Kindly não se ligou a { $host }: o servidor não conseguiu provar que é { $host } (o certificado dele não é de confiança para esse nome). Peça o certificado a quem gere o servidor.
errors-insecure-connection = O caderno de equipa em { $host } só pode ser alcançado por uma ligação cifrada e verificada, e o endereço pede menos do que isso. Retire `sslmode` do endereço (ou defina-o como verify-full).
errors-server-too-old = O caderno de equipa precisa do PostgreSQL 15 ou mais recente; o servidor tem o PostgreSQL { $found }.
errors-missing-extension = Falta ao servidor a extensão do PostgreSQL { $name }: peça a quem gere o servidor que instale o postgresql-contrib.
errors-not-team-notebook = A base de dados { $database } em { $host } não é um caderno de equipa do Kindly. Nada foi alterado nela. (Um caderno de equipa novo cria-se com `kindly team init`.)
errors-newer-team-notebook = Este caderno de equipa foi criado por uma versão mais recente do Kindly (formato { $found }; esta versão lê até ao formato { $supported }). Atualize o Kindly. Nada foi alterado no caderno de equipa.
errors-server-full = O servidor do caderno de equipa não tem mais espaço, por isso esta alteração não foi guardada. Peça a quem gere o servidor que liberte espaço.
errors-connection-lost = A ligação ao servidor do caderno de equipa perdeu-se. O que estava a fazer pode não ter sido guardado: verifique e tente novamente.
errors-laptop-only = { $what ->
        [backing-up] Fazer uma cópia de segurança
        [listing-backups] Ver a lista de cópias de segurança
        [restoring-backup] Repor uma cópia de segurança
        [protecting] Proteger com palavra-passe
        [checking-file] Verificar o ficheiro do caderno
        [closing-file] Fechar um ficheiro de caderno
        [editing-file] Alterar o ficheiro
        [writing-offline-copy] Escrever a cópia offline
        [counting-statements] Contar as consultas
        [filling-disk] Encher o disco
       *[other] Isto
    } só é possível num caderno guardado neste computador. Um caderno de equipa vive no seu servidor, que guarda as suas próprias cópias: pergunte a quem o gere.
errors-conflict = { $by } guardou uma alteração { $thing ->
        [customer] a este cliente
        [issue] a este caso
        [promise] a esta promessa
        [follow-up] a este acompanhamento
        [situation] a esta ocorrência
        [list] a esta lista
       *[other] a este registo
    } enquanto fazia a sua, por isso a sua não foi guardada (nada foi substituído). Veja como está { $thing ->
        [customer] o cliente
        [issue] o caso
        [promise] a promessa
        [follow-up] o acompanhamento
        [situation] a ocorrência
        [list] a lista
       *[other] o registo
    } agora e guarde a sua alteração novamente.
errors-conflict-someone = Outra pessoa guardou uma alteração { $thing ->
        [customer] a este cliente
        [issue] a este caso
        [promise] a esta promessa
        [follow-up] a este acompanhamento
        [situation] a esta ocorrência
        [list] a esta lista
       *[other] a este registo
    } enquanto fazia a sua, por isso a sua não foi guardada (nada foi substituído). Veja como está { $thing ->
        [customer] o cliente
        [issue] o caso
        [promise] a promessa
        [follow-up] o acompanhamento
        [situation] a ocorrência
        [list] a lista
       *[other] o registo
    } agora e guarde a sua alteração novamente.
errors-team-notebook-not-empty = Este caderno de equipa já tem clientes ou outros registos, por isso nada foi transferido para ele: um caderno transfere-se uma única vez, para um caderno de equipa novo e vazio. Nada foi alterado.
errors-server-away = O Kindly não consegue chegar ao caderno de equipa neste momento, por isso isto não foi guardado. O que escreveu continua aqui: guarde-o novamente quando a ligação voltar. Entretanto, pode continuar a procurar clientes.
errors-cancelled = Parado, como pediu. Nada foi alterado.
errors-nothing-changed = Nada foi alterado.
