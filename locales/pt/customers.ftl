# A página e o formulário de um cliente (ui/src/lib/customers).

customers-field-full_name = Nome completo
customers-field-preferred_name = Como gosta de ser tratado
customers-field-pronunciation = Como se diz
customers-field-pronouns = Pronomes
customers-field-company = Empresa ou família
customers-field-looked_after_by = Acompanhado por
customers-field-contact_channel = Melhor forma de contacto
customers-field-best_time = Melhor altura para contactar
customers-field-language = Língua preferida
customers-field-phones = Números de telefone
customers-field-emails = Endereços de email
customers-field-address = Morada
customers-field-birthday = Aniversário
customers-field-dont = Por favor, não
customers-field-remember = Lembrar sempre
customers-field-preferences = Do que gosta
customers-field-tags = Etiquetas
customers-field-stay_in_touch = Manter o contacto
customers-field-notes = Notas

customers-channel-no_preference = Sem preferência
customers-channel-phone = Telefone
customers-channel-text_message = SMS
customers-channel-email = Email
customers-channel-post = Correio
customers-channel-in_person = Em pessoa

customers-new = Novo cliente
customers-edit = Editar cliente
customers-edit-name = Editar { $name }
customers-opening = A abrir…
customers-form-intro = Só é preciso o nome completo. Tudo o resto pode ser acrescentado depois.
customers-offer-edit = Alterou este cliente há pouco e não guardou as alterações.
customers-offer-new-name = Começou a adicionar «{ $name }» há pouco e não guardou.
customers-offer-new = Começou a adicionar um cliente há pouco e não guardou.
customers-offer-bring-back = Recuperar
customers-offer-discard = Descartar
customers-part-who = Quem é
customers-needed = (obrigatório)
customers-preferred-name-example = p. ex. Maggie
customers-pronunciation-example = p. ex. MÉ-gui ô-CA-for
customers-pronouns-example = p. ex. ela
customers-part-reach = Como contactar
customers-best-time-example = p. ex. de manhã, nos dias úteis
customers-language-not-said = Não indicada
customers-language-hint = As mensagens que o Kindly prepara para este cliente são escritas nesta língua, quando possível.
customers-part-know = É bom saber
customers-dont-hint = (o que evitar)
customers-dont-example = p. ex. ligar antes das 10h
customers-remember-example = p. ex. ouve mal, falar devagar
customers-preferences-example = p. ex. leite de aveia
customers-tags-example = p. ex. habitual
customers-list-enter = Carregue em Enter numa lista para acrescentar o item seguinte.
customers-notes-label = Mais alguma coisa
customers-save = Guardar
customers-saving = A guardar…
customers-cancel = Cancelar
customers-keys-save = guarda
customers-keys-cancel = cancela

customers-no-phones = Sem números de telefone.
customers-no-emails = Sem endereços de email.
customers-phone-n = Número de telefone { $n }
customers-email-n = Endereço de email { $n }
customers-phone-placeholder = O número, tal como o marcaria
customers-email-placeholder = nome@exemplo.pt
customers-phone-label-n = Etiqueta do telefone { $n }
customers-email-label-n = Etiqueta do email { $n }
customers-phone-label-example = p. ex. telemóvel, loja
customers-email-label-example = p. ex. casa, trabalho
customers-main = Principal
customers-remove = Remover
customers-remove-phone = Remover o telefone { $n }
customers-remove-email = Remover o email { $n }
customers-add-phone = + Adicionar um telefone
customers-add-another-phone = + Adicionar outro telefone
customers-add-email = + Adicionar um email
customers-add-another-email = + Adicionar outro email

customers-list-item =
    { $label }: { $list ->
        [dont] item
        [remember] facto
        [preferences] preferência
       *[tags] etiqueta
    } { $n }
customers-list-remove =
    Remover { $list ->
        [dont] o item
        [remember] o facto
        [preferences] a preferência
       *[tags] a etiqueta
    } { $n }
customers-list-add =
    + Adicionar { $list ->
        [dont] um item
        [remember] um facto
        [preferences] uma preferência
       *[tags] uma etiqueta
    }
customers-list-add-another =
    + Adicionar { $list ->
        [dont] outro item
        [remember] outro facto
        [preferences] outra preferência
       *[tags] outra etiqueta
    }

customers-year-optional = (ano opcional)
customers-day = Dia
customers-month = Mês
customers-year = Ano
customers-birthday-day = Aniversário: dia
customers-birthday-month = Aniversário: mês
customers-birthday-year = Aniversário: ano (opcional)
customers-touch-enabled = Manter o contacto com regularidade
customers-touch-ideal-before = Idealmente a cada
customers-touch-ideal-after = semanas
customers-touch-longest-before = e nunca mais de
customers-touch-longest-after = semanas sem contacto
customers-touch-hint = Contado a partir da última conversa. «Hoje» mostra-o quando o intervalo ideal já passou.
customers-touch-weeks-wrong = Indique os dois intervalos em semanas inteiras, por exemplo 6 e 10.
customers-touch-longest-short = O intervalo mais longo não pode ser mais curto do que o ideal.
customers-birthday-day-month = Indique o dia e o mês, ou deixe o aniversário em branco.
customers-birthday-day-wrong = O dia deve ser um número de 1 a 31.
customers-birthday-year-wrong = O ano deve ter quatro algarismos, como 1980, ou ficar em branco.

customers-back = ← Voltar a procurar
customers-in-trash = { $name } está no lixo. Restaure-o para o poder procurar e alterar de novo.
customers-restore = Restaurar
customers-say-it = Diz-se:
customers-full-name = Nome completo:
customers-tags = Etiquetas
customers-brief = Resumo
customers-brief-title = O que saber antes de uma chamada, num só ecrã
customers-edit-button = Editar
customers-trash = Mover para o lixo
customers-dont = Por favor, não
customers-remember = Lembrar sempre
customers-preferences = Do que gosta
customers-notes = Notas
customers-nothing-yet = Ainda sem preferências nem notas.
customers-nothing-yet-edit = Ainda sem preferências nem notas. Use «Editar» para acrescentar do que gosta e o que lembrar.
customers-added = Adicionado a { $date }
customers-last-changed = Última alteração: { $when }
customers-more = Mais
customers-record = Tudo o que temos sobre este cliente
customers-record-hint = Para um cliente que pergunta que dados temos: guarda tudo onde escolher, num ficheiro para ler ou imprimir (.txt) e num ficheiro para outros programas (.json).
customers-forget-button = Esquecer este cliente…
customers-forget-hint = Para um cliente que pede para ser apagado: remove-o para sempre, com todo o histórico.
customers-forgotten = { $name } foi esquecido.
customers-forget-title = Esquecer { $name } para sempre?
customers-forget-confirm = Esquecer { $name } para sempre
customers-forgetting = A apagar…
customers-forget-text = Isto apaga para sempre { $name } e todo o histórico do seu caderno: os dados, conversas, casos, promessas e acompanhamentos. Não pode ser desfeito, nem a partir do lixo.
customers-forget-only = Use apenas para um cliente que pediu para ser apagado. As cópias de segurança feitas antes de agora continuam a tê-lo.

customers-contact = Contacto
customers-no-contact = Ainda sem dados de contacto.
customers-phone = Telefone
customers-email = Email
customers-main-chip = principal
customers-check-country = verificar o país
customers-check-country-title = Este número não é válido no país do caderno. Se for do estrangeiro, acrescente + e o indicativo do país.

customers-changes = Alterações a este perfil
customers-changes-reading = A ler as alterações…
customers-changes-none = Ainda não há alterações registadas.
customers-changes-less = Mostrar menos
customers-changes-all = Mostrar tudo
customers-changes-older = Mostrar alterações anteriores
customers-changes-reading-more = A ler…
customers-changes-someone = Alguém
customers-change-created = Adicionado ao caderno como
customers-change-restored = Tirado do lixo
customers-change-trashed = Movido para o lixo
customers-change-unmerged = Junção desfeita: já não faz parte de
customers-change-merged = Juntado a
customers-change-changed = { $field } (alterado)
customers-change-added = { $field } (acrescentado)
customers-change-removed = { $field } (removido)
customers-change-label = { $what }:
customers-change-was = { $line }, antes: { $value }

customers-subject-full_name = o nome completo de { $name }
customers-subject-preferred_name = como { $name } gosta de ser tratado
customers-subject-pronunciation = a pronúncia de { $name }
customers-subject-pronouns = os pronomes de { $name }
customers-subject-company = a empresa ou família de { $name }
customers-subject-looked_after_by = quem acompanha { $name }
customers-subject-phones = os números de telefone de { $name }
customers-subject-emails = os endereços de email de { $name }
customers-subject-contact_channel = a melhor forma de contactar { $name }
customers-subject-best_time = a melhor altura para contactar { $name }
customers-subject-language = a língua que { $name } prefere
customers-subject-address = a morada de { $name }
customers-subject-dont = os «por favor, não» de { $name }
customers-subject-remember = o que lembrar sobre { $name }
customers-subject-preferences = aquilo de que { $name } gosta
customers-subject-tags = as etiquetas de { $name }
customers-subject-birthday = o aniversário de { $name }
customers-subject-touch = de quanto em quanto tempo contactar { $name }
customers-subject-notes = as notas sobre { $name }
customers-the-full_name = o nome completo
customers-the-preferred_name = como gosta de ser tratado
customers-the-pronunciation = a pronúncia
customers-the-pronouns = os pronomes
customers-the-company = a empresa ou família
customers-the-looked_after_by = quem o acompanha
customers-the-phones = os números de telefone
customers-the-emails = os endereços de email
customers-the-contact_channel = a melhor forma de contacto
customers-the-best_time = a melhor altura
customers-the-language = a língua preferida
customers-the-address = a morada
customers-the-dont = os «por favor, não»
customers-the-remember = o que lembrar
customers-the-preferences = aquilo de que gosta
customers-the-tags = as etiquetas
customers-the-birthday = o aniversário
customers-the-touch = de quanto em quanto tempo contactar
customers-the-notes = as notas
customers-language-none = não indicada
customers-touch-words =
    idealmente { $ideal ->
        [one] todas as semanas
       *[other] a cada { $ideal } semanas
    }, no máximo { $longest }
customers-count =
    { $count ->
        [one] { $shown } cliente
       *[other] { $shown } clientes
    }
