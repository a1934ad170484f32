# A ajuda de `kindly --help` e de cada comando (crates/kindly-cli/src/help.rs).
# Os nomes de opções (--data-dir), de valores (DIR) e os comandos ficam como se escrevem.

cli-help = O Kindly na linha de comandos: o mesmo caderno que na janela, sem janela.
cli-help-after =
    Todos os comandos aceitam --data-dir DIR (senão $KINDLY_DATA_DIR, senão a
    pasta de dados do Kindly). Um caderno protegido com palavra-passe abre com a
    de $KINDLY_PASSPHRASE.

    Num caderno de equipa, todos os comandos aceitam em vez disso --database
    postgres://utilizador@servidor/caderno (senão $KINDLY_DATABASE); backup e
    restore são para o caderno deste computador. O kindly team precisa do
    utilizador dono, com permissão para criar funções (o copy-out aceita qualquer
    utilizador).

    Códigos de saída: 0 feito, 1 ninguém corresponde (lookup, changes, team
    remove-staff), 2 um problema (explicado na saída de erros).
cli-help-usage = Utilização:
cli-help-heading-commands = Comandos
cli-help-heading-arguments = Argumentos
cli-help-heading-options = Opções
cli-help-flag-help = Mostrar a ajuda
cli-help-flag-help-long = Mostrar a ajuda (-h: mais curta)
cli-help-flag-version = Mostrar a versão
cli-help-arg-data-dir = A pasta do caderno (senão $KINDLY_DATA_DIR, senão a pasta de dados do Kindly)
cli-help-arg-database = O endereço de um caderno de equipa, postgres://utilizador@servidor/caderno (senão $KINDLY_DATABASE, mais seguro: outras pessoas no computador podem ler os argumentos)
cli-help-help = Mostrar esta ajuda, ou a de um comando
cli-help-help-arg-subcommand = O comando cuja ajuda mostrar

cli-help-import = Importar um ficheiro vCard (.vcf) ou CSV; mostra primeiro o que vai fazer
cli-help-import-arg-file = O ficheiro a importar
cli-help-import-arg-dry-run = Mostrar o que aconteceria, sem escrever nada
cli-help-lookup = Mostrar a ficha de quem melhor corresponde (sai com 1 se ninguém corresponder)
cli-help-lookup-arg-query = Um nome, ou um número de telefone escrito de qualquer forma habitual
cli-help-changes = Mostrar quem mudou o quê num cliente, do mais recente para o mais antigo (sai com 1 se ninguém corresponder)
cli-help-changes-arg-query = O identificador do cliente, ou um nome
cli-help-backup = Fazer uma cópia de segurança verificada na pasta das cópias; mostra o seu caminho
cli-help-restore = Repor uma cópia de segurança; o caderno tal como estava é guardado
cli-help-restore-arg-file = O ficheiro da cópia
cli-help-export = Exportar todos os clientes, os acompanhamentos, ou o processo de um cliente
cli-help-export-more = Todos os clientes em vCard 4.0 ou CSV, os acompanhamentos num ficheiro iCalendar, ou tudo o que se guarda sobre um cliente (também no Lixo) em JSON ou texto simples: na saída padrão, ou com -o num ficheiro (substituído por inteiro).
cli-help-export-arg-format = O que escrever
cli-help-export-arg-format-value-vcard = Todos os clientes em vCard 4.0
cli-help-export-arg-format-value-csv = Todos os clientes em CSV
cli-help-export-arg-format-value-ics = Os acompanhamentos num ficheiro iCalendar
cli-help-export-arg-format-value-json = Tudo o que se guarda sobre um cliente (--customer), em JSON
cli-help-export-arg-format-value-text = Tudo o que se guarda sobre um cliente (--customer), em texto simples
cli-help-export-arg-customer = O cliente cujo processo escrever (só com json ou text)
cli-help-export-arg-output = Escrever em FILE (substituído por inteiro) em vez da saída padrão
cli-help-team = Um caderno de equipa num servidor PostgreSQL: preparação, utilizadores, entrada e saída
cli-help-team-more = O endereço vem de --database ou de $KINDLY_DATABASE, com o utilizador dono (com permissão para criar funções); o copy-out aceita qualquer utilizador.
cli-help-team-init = Criar o caderno de equipa: tabelas, extensões, uma função para a equipa (não faz nada se já estiver feito)
cli-help-team-add-staff = Um utilizador para uma pessoa; a palavra-passe é mostrada uma só vez
cli-help-team-add-staff-arg-name = O nome da pessoa, entre aspas
cli-help-team-remove-staff = Retirar o utilizador de uma pessoa (sai com 1 se ninguém o tiver); o que escreveu fica
cli-help-team-remove-staff-arg-name = O nome da pessoa, entre aspas
cli-help-team-staff = Listar os utilizadores: nome, utilizador, adicionado, retirado
cli-help-team-move-in = Passar um ficheiro de caderno para o caderno de equipa, que tem de ser novo e estar vazio
cli-help-team-move-in-arg-file = O ficheiro do caderno (notebook.sqlite)
cli-help-team-copy-out = Copiar todo o caderno de equipa para um novo ficheiro de caderno (qualquer utilizador)
cli-help-team-copy-out-arg-file = O novo ficheiro de caderno (nunca um que já exista)
cli-help-completions = Mostrar um script de preenchimento automático para bash, zsh ou fish
cli-help-completions-more = Por exemplo: kindly completions bash > ~/.local/share/bash-completion/completions/kindly
cli-help-completions-arg-shell = A shell
