# Juntar dois perfis da mesma pessoa, ao fundir duplicados ou ao importar um contacto para um
# cliente (rules/combine.rs). As linhas «combine-note-…» são escritas nas notas do cliente que fica;
# «combine-adds-…» enumera as alterações nas pré-visualizações; «combine-left-out-…» diz o que
# não coube.

combine-note-also-known-as = Também conhecido como: { $name }
combine-note-nickname = Alcunha: { $value }
combine-note-pronunciation = Pronúncia: { $value }
combine-note-pronouns = Pronomes: { $value }
combine-note-company = Empresa: { $value }
combine-note-address = Morada: { $value }
combine-note-best-time = Melhor altura: { $value }
combine-note-language = Língua: { $value }
combine-note-looked-after-by = Acompanhado por: { $value }
combine-note-birthday = Aniversário: { $day }/{ $month }
combine-note-birthday-with-year = Aniversário: { $day }/{ $month }/{ $year }
combine-note-prefers = Prefere: { $channel }
combine-channel-phone = telefone
combine-channel-text-message = SMS
combine-channel-email = email
combine-channel-post = correio
combine-channel-in-person = pessoalmente
combine-channel-no-preference = sem preferência
combine-note-stay-in-touch =
    Manter o contacto: { $ideal ->
        [one] todos os dias
       *[other] a cada { $ideal } dias
    }, no máximo { $longest ->
        [one] { $longest } dia
       *[other] { $longest } dias
    }

combine-adds-nickname = acrescenta a alcunha
combine-adds-pronunciation = acrescenta a pronúncia
combine-adds-pronouns = acrescenta os pronomes
combine-adds-company = acrescenta a empresa
combine-adds-address = acrescenta a morada
combine-adds-best-time = acrescenta a melhor altura
combine-adds-language = acrescenta a língua
combine-adds-looked-after-by = acrescenta quem acompanha
combine-adds-birthday = acrescenta o aniversário
combine-adds-birth-year = acrescenta o ano de nascimento
combine-adds-contact-channel = acrescenta como prefere ser contactado
combine-adds-stay-in-touch = acrescenta de quanto em quanto tempo manter o contacto
combine-adds-contact = acrescenta { $contact }
combine-adds-dont = acrescenta um «por favor, não»
combine-adds-preference = acrescenta uma preferência
combine-adds-remember = acrescenta algo a lembrar
combine-adds-tag = acrescenta uma etiqueta
combine-adds-to-notes = acrescenta às notas

combine-left-out-of-notes = «{ $text }» não coube nas notas.
combine-left-out-item = «{ $text }» não coube.
combine-left-out-phone = O número { $number } não coube.
combine-left-out-email = O endereço de email { $address } não coube.
