# La pantalla Etiquetas (ui/src/lib/tags): cada etiqueta con cuántos clientes la llevan; cambiar el nombre, unir, quitar a todos, con Deshacer.
# $tag, $from, $to y $into son etiquetas tal como las llevan los clientes; $count es un número de clientes.

tags-title = Etiquetas
tags-intro = Cada etiqueta de sus clientes, con cuántos la llevan. Cambie el nombre de una etiqueta, una dos en una o quite una a todos: cada cambio se hace de una vez y se puede deshacer.
tags-filter = Buscar una etiqueta
tags-filter-placeholder = p. ej. boda
tags-loading = Leyendo las etiquetas…
tags-none = Ningún cliente tiene todavía una etiqueta.
tags-none-next = Añada etiquetas en la página de un cliente («habitual», «boda») y ordénelas aquí.
tags-none-match = Ninguna etiqueta coincide con «{ $text }».
tags-shown = { $count ->
    [one] { $count } etiqueta
   *[other] { $count } etiquetas
}
tags-col-tag = Etiqueta
tags-col-customers = Clientes
tags-col-actions = Qué hacer
tags-open-customers = { $count ->
    [one] Ver el cliente con la etiqueta «{ $tag }»
   *[other] Ver los { $count } clientes con la etiqueta «{ $tag }»
}
tags-rename = Cambiar nombre
tags-rename-label = Nuevo nombre para «{ $tag }»
tags-rename-into = «{ $into }» ya es una etiqueta: al guardar, «{ $tag }» se unirá a ella.
tags-rename-save = Cambiar nombre
tags-rename-merge = Unir
tags-merge = Unir con…
tags-merge-label = Unir «{ $tag }» con
tags-merge-pick = Elegir una etiqueta
tags-merge-note = Todos los clientes con «{ $from }» pasarán a tener «{ $into }».
tags-merge-go = Unir
tags-delete = Quitar a todos
tags-delete-confirm = { $count ->
    [one] ¿Quitar «{ $tag }» a { $count } cliente?
   *[other] ¿Quitar «{ $tag }» a los { $count } clientes?
}
tags-delete-go = Quitar a todos
tags-cancel = Cancelar
tags-actions-for = Qué hacer con «{ $tag }»
tags-progress = Cambiando una etiqueta
tags-renamed = { $count ->
    [one] «{ $from }» ahora se llama «{ $to }» en { $count } cliente.
   *[other] «{ $from }» ahora se llama «{ $to }» en { $count } clientes.
}
tags-merged = { $count ->
    [one] «{ $from }» unida a «{ $into }» en { $count } cliente.
   *[other] «{ $from }» unida a «{ $into }» en { $count } clientes.
}
tags-deleted = { $count ->
    [one] «{ $tag }» quitada a { $count } cliente.
   *[other] «{ $tag }» quitada a { $count } clientes.
}
tags-undo = Deshacer
tags-undone = Deshecho. Las etiquetas están como antes.
