# As frases da linha de comandos (crates/kindly-cli). A saída para máquinas
# (--json, exportações, linhas de `kindly team staff`) não muda com a
# língua; a ajuda (--help) está em cli-help.ftl; os erros do clap ficam em
# inglês.

cli-more-information = Para saber mais, experimente «{ $help }».
cli-passphrase-needed = Este caderno está protegido com palavra-passe. Ponha-a na variável de ambiente KINDLY_PASSPHRASE.
cli-passphrase-not-utf8 = A palavra-passe em KINDLY_PASSPHRASE não é texto válido (UTF-8). O Kindly usa as palavras-passe exatamente como foram escritas, por isso não pode usar esta.
cli-no-data-folder = Não foi possível encontrar a pasta de dados do Kindly; indique --data-dir.
cli-database-or-data-dir = Indique --database (um caderno de equipa) ou --data-dir (um caderno deste computador), mas não os dois.
cli-restored =
    { $file } foi reposto.
    O caderno como estava fica guardado em { $kept }
cli-nobody-matches = Ninguém no caderno corresponde a { $query }.
cli-cannot-write = não foi possível escrever a saída: { $reason }

## kindly export

cli-export-everyone = export --format { $format } exporta toda a gente; retire --customer (o registo de um cliente é --format json ou text).
cli-export-needs-customer = export --format json|text precisa de --customer ID.
cli-json-failed = não foi possível escrever o registo em JSON: { $reason }
cli-file-not-written = Não foi possível escrever { $file }: { $reason }

## kindly import

cli-preview = { $file }: { $new } novos, { $merged } a juntar a clientes que já cá estão, { $skipped } já cá estão, { $left_out } de fora.
cli-preview-note = Nota: { $note }
cli-preview-line = linha { $line }
cli-preview-new = novo
cli-preview-add-to = juntar a { $matched } ({ $reason })
cli-preview-already-here = já cá está como { $matched } ({ $reason })
cli-preview-more = … e mais { $count }.
cli-preview-left-out = Ficaram de fora:
cli-dry-run = Ensaio: nada foi escrito.
cli-imported = Importado: { $new } novos, { $merged } completados, { $skipped } já cá estavam{ $left_out ->
        [0] {""}
       *[other] , { $left_out } ficaram de fora
    }.

## kindly team

cli-team-needs-address = O kindly team precisa do endereço do caderno de equipa, com o utilizador dono (o copy-out aceita qualquer um): --database postgres://dono@servidor/caderno (ou { $variable }).
cli-team-ready = O caderno de equipa está pronto. Dê um utilizador a cada pessoa que lá trabalha com `kindly team add-staff "NOME"`.
cli-staff-added = { $name } já pode iniciar sessão no caderno de equipa como { $login } com esta palavra-passe:
cli-staff-give-password = Dê esta palavra-passe a { $first }; o Kindly não a voltará a mostrar.
cli-staff-removed = { $name } ({ $login }) já não pode iniciar sessão. O que escreveu fica, com o seu nome.
cli-staff-nobody-called = Ninguém chamado { $name } tem um utilizador ativo neste caderno de equipa (`kindly team staff` mostra-os).
cli-staff-none = Ainda ninguém tem utilizador.
cli-no-notebook-file = Não existe nenhum ficheiro de caderno em { $file }.
cli-moved-in =
    { $file } foi transferido para o caderno de equipa: { $summary }.
    O ficheiro ficou como estava; quando todos trabalharem no caderno de equipa, guarde-o num lugar seguro ou apague-o.
cli-copied-out = O caderno de equipa foi copiado para { $file }: { $summary }.
cli-moved-count = { $what ->
        [customers] { $count ->
            [one] { $count } cliente
           *[other] { $count } clientes (lixo incluído)
        }
        [conversations] { $count ->
            [one] { $count } conversa
           *[other] { $count } conversas
        }
        [issues] { $count ->
            [one] { $count } caso
           *[other] { $count } casos
        }
        [promises] { $count ->
            [one] { $count } promessa
           *[other] { $count } promessas
        }
        [follow-ups] { $count ->
            [one] { $count } acompanhamento
           *[other] { $count } acompanhamentos
        }
        [situations] { $count ->
            [one] { $count } ocorrência
           *[other] { $count } ocorrências
        }
        [merges] { $count ->
            [one] { $count } junção
           *[other] { $count } junções
        }
       *[staff] { $count ->
            [one] { $count } pessoa da equipa
           *[other] { $count } pessoas da equipa
        }
    }

