# A equipa e quem está ao balcão (ui/src/lib/staff).

staff-at-desk = Ao balcão:
staff-at-desk-none = Ninguém escolhido
staff-at-desk-add = Adicionar equipa
staff-not-changed = Não alterado
staff-not-changed-why = : { $reason }
staff-title = Equipa
staff-hint = Quem trabalha aqui. Os nomes são sugeridos sempre que anotar quem falou com um cliente ou fez uma promessa.
staff-list = Equipa
staff-initials-said = , iniciais { $initials }
staff-at-desk-chip = ao balcão
staff-remove = Remover
staff-remove-label = Remover { $name }
staff-add-form = Adicionar uma pessoa
staff-name = Nome
staff-name-example = p. ex. Ana
staff-initials = Iniciais
staff-add = Adicionar
staff-name-needed = Escreva o nome da pessoa.
