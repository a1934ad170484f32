# Listas guardadas y lista de clientes (use_cases/lists).

lists-name-required = Ponga un nombre a la lista.
lists-name-too-long = El nombre no puede tener más de { $max } caracteres.
lists-name-taken = Otra lista ya tiene este nombre. Elija uno diferente.
lists-cursor-stale = La lista cambió mientras la recorría. Vuelva al principio de la lista.
