# Possíveis duplicados (ui/src/lib/duplicates). O motivo de cada par vem do caderno (Rust).

duplicates-back = Voltar às definições
duplicates-title = Possíveis duplicados
duplicates-intro = Clientes que talvez sejam a mesma pessoa. Ao juntá-los, ficam todos os telefones, emails, notas e todo o histórico dos dois naquele que mantiver; o outro vai para o lixo. Uma junção pode ser desfeita.
duplicates-merged = { $merged } foi junto a { $kept }.
duplicates-undo = Desfazer
duplicates-open = Abrir { $name }
duplicates-looking = A procurar…
duplicates-none = Não foram encontrados possíveis duplicados.
duplicates-none-next = O Kindly compara números de telefone, endereços de email e nomes. Depois de importar contactos, volte a ver aqui.
duplicates-added-first = Adicionado primeiro
duplicates-added-later = Adicionado depois
duplicates-name-first = { $name } (adicionado primeiro)
duplicates-name-later = { $name } (adicionado depois)
duplicates-full-name = Nome completo: { $name }
duplicates-keep = Manter { $name } e juntar-lhe o outro
duplicates-not-same = Não é a mesma pessoa
duplicates-different = { $a } e { $b } não voltarão a ser sugeridos como a mesma pessoa.
duplicates-undone = Desfeito. { $merged } e { $kept } voltam a ser dois clientes.
duplicates-recent = Junções recentes
duplicates-merged-into = { $merged } junto a { $kept }
duplicates-undo-merge = Desfazer a junção de { $merged } com { $kept }
