# O que fez uma alteração a um cliente, em palavras que seguem o nome de quem a fez (rules/changes.rs).

changes-removed = removeu { $field }
changes-set = indicou { $field }: { $value }
changes-changed = alterou { $field } para { $value }
changes-other = alterou { $field }
changes-created = adicionou esta pessoa ao caderno
changes-restored = tirou esta pessoa do lixo
changes-trashed = moveu esta pessoa para o lixo
changes-unmerged = desfez a junção com { $name }
changes-merged = juntou esta pessoa a { $name }
changes-notes = alterou as notas

changes-field-full-name = o nome completo
changes-field-preferred-name = o nome preferido
changes-field-pronunciation = a pronúncia do nome
changes-field-pronouns = os pronomes
changes-field-company = a empresa ou agregado
changes-field-phones = os números de telefone
changes-field-emails = os endereços de email
changes-field-address = a morada
changes-field-birthday = o aniversário
changes-field-contact-channel = a melhor forma de contacto
changes-field-best-time = a melhor altura para contactar
changes-field-language = a língua preferida
changes-field-notes = as notas
changes-field-looked-after-by = a pessoa responsável
changes-field-stay-in-touch = o ritmo de contacto

changes-added-dont = adicionou { $count ->
        [one] algo a evitar
       *[other] { $count } coisas a evitar
    }: { $items }
changes-removed-dont = removeu { $count ->
        [one] algo a evitar
       *[other] { $count } coisas a evitar
    }: { $items }
changes-reordered-dont = mudou a ordem das coisas a evitar
changes-added-preferences = adicionou { $count ->
        [one] algo de que gosta
       *[other] { $count } coisas de que gosta
    }: { $items }
changes-removed-preferences = removeu { $count ->
        [one] algo de que gosta
       *[other] { $count } coisas de que gosta
    }: { $items }
changes-reordered-preferences = mudou a ordem das coisas de que gosta
changes-added-remember = adicionou { $count ->
        [one] algo a lembrar
       *[other] { $count } coisas a lembrar
    }: { $items }
changes-removed-remember = removeu { $count ->
        [one] algo a lembrar
       *[other] { $count } coisas a lembrar
    }: { $items }
changes-reordered-remember = mudou a ordem das coisas a lembrar
changes-added-tags = adicionou { $count ->
        [one] uma etiqueta
       *[other] { $count } etiquetas
    }: { $items }
changes-removed-tags = removeu { $count ->
        [one] uma etiqueta
       *[other] { $count } etiquetas
    }: { $items }
changes-reordered-tags = mudou a ordem das etiquetas
changes-added-and-removed = { $added } e { $removed }

changes-text-heading = Alterações a { $name }, as mais recentes primeiro:
changes-text-none = nenhuma registada
changes-text-nobody = ninguém ao balcão
changes-text-at-desk = { $login } (ao balcão: { $desk })
