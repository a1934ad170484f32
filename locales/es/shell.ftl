# La cabecera, su navegación y los atajos que funcionan en todas partes (ui/src/lib/shell).

nav-label = Principal
nav-today = Hoy
nav-today-title = Hoy ({ $keys })
nav-today-due =
    ({ $count ->
        [one] { $count } pendiente
       *[other] { $count } pendientes
    })
nav-lookup = Buscar
nav-lookup-title = Buscar un cliente ({ $keys })
nav-caller = Llamada
nav-caller-title = ¿Quién llama? Búsquelo por su número ({ $keys })
nav-new-customer = Cliente nuevo
nav-new-customer-title = Cliente nuevo ({ $keys })
nav-situations = Incidencias
nav-situations-title = Problemas que afectan a muchos clientes a la vez
nav-customers = Clientes
nav-customers-title = Todos los clientes del cuaderno: ordenar, filtrar, cambiar muchos a la vez ({ $keys })
nav-more = Más
nav-more-title = Informes y etiquetas
nav-reports = Informes
nav-tags = Etiquetas
nav-trash = Papelera
nav-settings = Ajustes
header-shortcuts = Atajos de teclado
header-shortcuts-title = Atajos de teclado ({ $keys })

shortcut-lookup = Encontrar un cliente (Buscar)
shortcut-new-customer = Cliente nuevo
shortcut-today = Hoy: a quién llamar, promesas, cumpleaños
shortcut-caller = ¿Quién llama? Buscar a quien llama por su número
shortcut-customers = Clientes: todos, para ordenar, filtrar y cambiar muchos a la vez
shortcut-lock = Bloquear el cuaderno (si tiene contraseña)
shortcut-help = Mostrar estos atajos de teclado

still-opening = Abriendo su cuaderno…
notebook-open-failed = Kindly no pudo abrir su cuaderno
screen-failed = Kindly no pudo abrir esta pantalla: { $reason }
