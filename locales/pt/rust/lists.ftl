# Listas guardadas e lista de clientes (use_cases/lists).

lists-name-required = Dê um nome à lista.
lists-name-too-long = O nome não pode ter mais de { $max } caracteres.
lists-name-taken = Outra lista já tem este nome. Escolha um diferente.
lists-cursor-stale = A lista mudou enquanto a percorria. Volte ao início da lista.
