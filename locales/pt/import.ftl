# Importar contactos, e um ficheiro largado na janela (ui/src/lib/import).

import-back = ← Voltar às Definições
import-title = Importar contactos
import-intro = vCard (.vcf) de um telemóvel, dos Contactos Google, do Outlook ou dos Contactos da Apple, ou um ficheiro CSV/folha de cálculo. Nada muda até carregar em Importar.
import-choose = Escolher um ficheiro…
import-choose-another-dots = Escolher outro ficheiro…
import-choose-another = Escolher outro ficheiro

import-done-hint = Se alguns já estavam no caderno com outro nome, pode juntá-los em Possíveis duplicados.
import-to-lookup = Voltar a procurar
import-to-duplicates = Procurar possíveis duplicados

import-columns-title = O que está em cada coluna
import-columns-intro = O Kindly adivinhou pelos nomes no topo de cada coluna. Mude o que parecer errado; o que vai acontecer, mais abaixo, segue as suas escolhas.
import-exact = Este ficheiro foi guardado pelo Kindly: cada coluna é lida tal como o Kindly a escreveu.
import-not-used-choice = (não usada)
import-joined = { $columns } (juntas)
import-no-name = Escolha a coluna com o nome de cada cliente (Nome completo, ou Nome próprio e Apelido). Sem ela não se pode importar nada.
import-also-read = Ler também { $columns }
import-sample-title = As primeiras linhas do ficheiro
import-uses = → { $fields }
import-unused = não usada
import-column = Coluna { $number }
import-column-example = { $column } (p. ex. { $example })

import-field-full-name = Nome completo
import-field-given-name = Nome próprio
import-field-middle-name = Nome do meio
import-field-family-name = Apelido
import-field-nickname = Alcunha
import-field-company = Empresa
import-field-phone = Telefone
import-field-email = Email
import-field-address = Morada
import-field-birthday = Aniversário
import-field-notes = Notas
import-field-tags = Etiquetas

import-preview-title = O que vai acontecer
import-from = De { $file }
import-reading = A ler o ficheiro
import-reading-first = A ler o ficheiro…
import-name-first = Escolha acima a coluna do nome para ver o que vai acontecer.
import-create =
    { $count ->
        [one] cliente novo
       *[other] clientes novos
    }
import-merge =
    { $count ->
        [one] acrescentado a um cliente que já existe
       *[other] acrescentados a clientes que já existem
    }
import-skip =
    { $count ->
        [one] já existe, nada de novo
       *[other] já existem, nada de novo
    }
import-problem =
    { $count ->
        [one] não pode ser importado
       *[other] não podem ser importados
    }
import-notes = Sobre este ficheiro
import-rows = Cada contacto do ficheiro
import-line = Linha
import-name = Nome
import-what = O que acontece
import-no-name-row = (sem nome)
import-row-new = Cliente novo
import-row-add-to = Acrescentar a { $name }
import-row-add-to-someone = Acrescentar a um cliente que já existe
import-row-here = Já existe
import-row-here-as = Já existe como { $name }
import-row-same-as = Igual a { $name }
import-row-why = — { $reason }
import-row-why-adds = — { $reason }: { $changes }
import-row-adds = — { $changes }
import-more =
    { $count ->
        [one] …e mais { $count }, não listado aqui. Também é importado.
       *[other] …e mais { $count }, não listados aqui. Também são importados.
    }
import-problems-title = Não podem ser importados
import-problem-line = Linha { $line }: { $message }
import-nothing-new = Nada mudaria: todos neste ficheiro já existem.
import-nothing = Não há ninguém neste ficheiro que o Kindly possa importar.
import-importing-label = A importar contactos
import-cancelled = Nada foi importado.
import-confirm = Importar
import-confirm-count =
    { $count ->
        [one] Importar { $count } contacto
       *[other] Importar { $count } contactos
    }
import-importing = A importar…

import-done = Concluído. { $parts }.
import-done-nothing = Concluído. Não foi preciso mudar nada.
import-done-created =
    { $count ->
        [one] { $count } cliente novo
       *[other] { $count } clientes novos
    }
import-done-merged =
    { $count ->
        [one] { $count } atualizado
       *[other] { $count } atualizados
    }
import-done-skipped =
    { $count ->
        [one] { $count } já existia
       *[other] { $count } já existiam
    }
import-done-left-out =
    { $count ->
        [one] { $count } não pôde ser importado
       *[other] { $count } não puderam ser importados
    }

import-drop-hint = Largue um ficheiro de contactos (.vcf ou .csv) para o importar
import-drop-more = Vê o que aconteceria antes de qualquer mudança.
import-drop-busy = O Kindly está a importar outro ficheiro: largue «{ $file }» de novo quando terminar.
import-drop-dismiss = Fechar
