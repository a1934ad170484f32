# O que o programa diz quando uma etiqueta não pode ser mudada como pedido (src-tauri/src/commands/tags.rs).

tagging-missing = Escreva a etiqueta.
tagging-one-line = Uma etiqueta é uma só linha de texto.
tagging-too-long = Uma etiqueta pode ter no máximo { $max } caracteres.
tagging-rename-same = A etiqueta já tem esse nome.
tagging-merge-same = Escolha outra etiqueta com que a juntar.
