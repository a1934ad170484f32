# O que uma importação diz sobre um ficheiro e os seus contactos
# (rules/import/*, use_cases/exchange/*): recusas do ficheiro inteiro, os
# problemas de cada contacto na pré-visualização («linha 12: …») e notas.

## Os problemas de um contacto.

import-unreadable-contact = Não foi possível ler este contacto.
import-nameless = Um contacto sem nome ficou de fora.
import-nameless-hint = Um contacto sem nome ({ $hint }) ficou de fora.
import-shortened = { $what ->
        [name] O nome foi encurtado
        [nickname] A alcunha foi encurtada
        [company] A empresa foi encurtada
        [address] A morada foi encurtada
        [pronunciation] A pronúncia do nome foi encurtada
        [pronouns] Os pronomes foram encurtados
        [best-time] A melhor altura para contactar foi encurtada
        [looked-after-by] «Acompanhado por» foi encurtado
        [phone-label] Uma descrição de telefone foi encurtada
        [email-label] Uma descrição de email foi encurtada
        [tag] Uma etiqueta foi encurtada
        [list-item] Uma nota foi encurtada
       *[notes] As notas foram encurtadas
    } para { $max } caracteres.
import-left-out = { $what ->
        [phone] Um número de telefone ficou de fora
        [email] Um endereço de email ficou de fora
        [tag] Uma etiqueta ficou de fora
        [birthday] O aniversário ficou de fora
        [nickname] A alcunha ficou de fora
        [company] A empresa ficou de fora
        [address] A morada ficou de fora
        [list-item] Uma nota ficou de fora
        [pronunciation] A pronúncia do nome ficou de fora
        [pronouns] Os pronomes ficaram de fora
        [best-time] A melhor altura para contactar ficou de fora
        [language] A língua ficou de fora
        [looked-after-by] «Acompanhado por» ficou de fora
        [stay-in-touch] O ritmo de contacto ficou de fora
       *[notes] As notas ficaram de fora
    }: { $message }
import-too-many = Um cliente pode ter no máximo { $max } { $what ->
        [phones] números de telefone
        [emails] endereços de email
       *[tags] etiquetas
    }; { $count ->
        [one] { $count } a mais ficou de fora.
       *[other] { $count } a mais ficaram de fora.
    }
import-too-many-items = Uma lista pode ter no máximo { $max } { $what ->
        [dont] notas «Por favor, não»
        [remember] notas «Lembrar sempre»
       *[preferences] preferências
    }; { $count ->
        [one] { $count } a mais ficou de fora.
       *[other] { $count } a mais ficaram de fora.
    }
import-invisible-phone = Foram retirados caracteres invisíveis (como marcas de direita para a esquerda) do número de telefone «{ $number }».
import-not-a-phone = O número de telefone «{ $number }» ficou de fora: não parece um número de telefone.
import-invisible-email = Foram retirados caracteres invisíveis (como marcas de direita para a esquerda) do endereço de email «{ $address }».
import-email-too-long = Um endereço de email com mais de 254 caracteres ficou de fora.
import-unknown-channel = A melhor forma de contacto («{ $channel }») não é uma que o Kindly conheça e ficou de fora.
import-gap-not-days = O intervalo de contacto «{ $gap }» não é um número de dias e ficou de fora.
import-birthday-not-a-date = O aniversário «{ $birthday }» ficou de fora: o Kindly não entende essa data.
import-birthday-year = O ano do aniversário ({ $year }) ficou de fora.
import-birthday-no-such-date = O aniversário «{ $birthday }» ficou de fora: essa data não existe.

## O ficheiro inteiro.

import-cannot-open = O Kindly não conseguiu abrir { $file }: { $reason }
import-csv-empty = Este ficheiro está vazio: não tem linha de cabeçalho nem contactos. Nada foi importado.
import-csv-unclosed-quote = A primeira linha deste ficheiro abre umas aspas (") que nunca se fecham, por isso não pode ser lido como CSV. Nada foi importado.
import-no-name-column = O Kindly não conseguiu perceber que coluna tem o nome do cliente. A primeira linha tem { $found }. Escolha a coluna do nome e importe novamente. Nada foi importado.
import-no-column-names = nenhum nome de coluna
import-columns-and-more = { $columns } e mais { $more }
import-binary = Este ficheiro não é um ficheiro { $format }: tem dados binários, não texto. Nada foi importado.
import-no-begin-vcard = Este ficheiro não é um ficheiro vCard: não tem nenhuma linha BEGIN:VCARD. Exporte os contactos como vCard (.vcf) e tente novamente. Nada foi importado.
import-cut-off = Este contacto está cortado (o ficheiro acaba, ou começa o contacto seguinte, antes do seu END:VCARD), por isso ficou de fora.
import-too-many-lines = Este contacto tem mais de { $max } linhas de detalhes; as últimas { $count } ficaram de fora.
import-unreadable-line = Não foi possível ler a linha { $line }, que ficou de fora.
import-unreadable-encoding = O campo { $property } na linha { $line } está numa codificação que o Kindly não consegue ler e ficou de fora.

## Notas sobre o texto do ficheiro.

import-guessed-encoding = Parte do texto não estava em UTF-8 e foi lida como { $encoding }. Verifique os nomes e os acentos depois de importar.
import-unknown-charset = O texto no conjunto de caracteres «{ $charset }» foi lido como UTF-8 ou { $encoding }; verifique os acentos depois de importar.
import-other-charsets = O texto noutros conjuntos de caracteres que o Kindly não conhece também foi lido como UTF-8 ou { $encoding }; verifique os acentos depois de importar.
import-encoding = { $family ->
        [western] Europa Ocidental
        [central] Europa Central
        [cyrillic] Cirílico
        [greek] Grego
        [turkish] Turco
        [hebrew] Hebraico
        [arabic] Árabe
        [baltic] Báltico
        [vietnamese] Vietnamita
        [thai] Tailandês
        [south] Europa do Sul
        [nordic] Nórdico
        [celtic] Celta
        [south-eastern] Europa do Sudeste
        [japanese] Japonês
        [simplified-chinese] Chinês simplificado
        [traditional-chinese] Chinês tradicional
       *[korean] Coreano
    } ({ $name })

## Limites.

import-file-too-big = Este ficheiro tem { $size } MB; o Kindly importa ficheiros até { $max } MB. Exporte menos contactos de cada vez. Nada foi importado.
import-too-many-records = Este ficheiro tem mais de { $max } contactos. Divida-o em ficheiros mais pequenos. Nada foi importado.
import-more-problems = Este contacto tinha mais problemas do que os listados.

## As correspondências da pré-visualização.

import-same-phone = mesmo número de telefone { $number }
import-same-email = mesmo email { $address }
import-same-name-and-detail = mesmo nome e mesma empresa, morada ou aniversário
import-same-name = mesmo nome
import-shares = partilha { $what ->
        [phone] um telefone
       *[email] um email
    } com { $name }: adicionado como cliente à parte e listado em Possíveis duplicados
import-nothing-added = Nada foi adicionado à correspondência: { $reason }
import-new-customer-from-line = o novo cliente da linha { $line }
import-could-not-import = Não foi possível importar { $name }: { $message } Nada foi importado.

