# La búsqueda (ui/src/lib/lookup).

lookup-label = Buscar un cliente
lookup-placeholder = Nombre, teléfono, empresa o etiqueta…
lookup-results = Clientes encontrados
lookup-keys-choose = para elegir,
lookup-keys-open = para abrir,
lookup-keys-brief = para su resumen.
lookup-none = No hay nadie que coincida con «{ $query }».
lookup-new-customer = Cliente nuevo
lookup-empty = Su cuaderno está vacío. Añada su primer cliente con «Cliente nuevo» (o pulse { $keys }).
lookup-empty-import-hint = O traiga a todos de una vez desde los contactos de su teléfono o de su correo.
lookup-empty-import = Importar contactos…
lookup-hint =
    Escriba un nombre, un teléfono, una empresa o una etiqueta para encontrar { $count ->
        [one] a su cliente
       *[other] a alguien entre sus { $shown } clientes
    }.
lookup-brief = Resumen
lookup-brief-title = Su resumen: lo que conviene saber antes de una llamada (Mayús+Intro)
