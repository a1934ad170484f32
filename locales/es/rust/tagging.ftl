# Lo que dice el programa cuando una etiqueta no se puede cambiar como se pidió (src-tauri/src/commands/tags.rs).

tagging-missing = Escriba la etiqueta.
tagging-one-line = Una etiqueta es una sola línea de texto.
tagging-too-long = Una etiqueta puede tener como máximo { $max } caracteres.
tagging-rename-same = La etiqueta ya se llama así.
tagging-merge-same = Elija otra etiqueta con la que unirla.
