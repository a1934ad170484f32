# La lista de atajos de teclado (ui/src/lib/help).

sheet-title = Atajos de teclado
sheet-close = Cerrar
sheet-more = También puede elegir teclas que traen Kindly al frente desde cualquier otro programa: Ajustes, «Buscar desde cualquier lugar».

group-anywhere = En cualquier lugar
group-anywhere-next = Ir al botón o campo siguiente (o anterior)
group-lookup = Buscar
group-lookup-choose = Elegir un cliente de la lista
group-lookup-open = Abrir su página
group-lookup-brief = Abrir su resumen, para leer antes de llamar
group-lookup-clear = Vaciar la casilla
group-caller = ¿Quién llama?
group-caller-choose = Elegir entre los clientes con ese número
group-caller-open = Buscar el número, o abrir el resumen elegido
group-caller-clear = Vaciar la casilla
group-customers = La lista de clientes
group-customers-move = Pasar de un cliente a otro
group-customers-open = Abrir el cliente
group-customers-tick = Marcar o desmarcar el cliente
group-customer = La página de un cliente
group-customer-log = Anotar una conversación
group-customer-back = Volver a Buscar
group-brief = El resumen
group-brief-log = Después de la llamada: anotar cómo fue
group-brief-back = Volver a donde estaba
group-forms = Formularios
group-forms-save = Guardar
group-forms-save-customer = Guardar los datos de un cliente
group-forms-cancel = Cancelar
group-dialogs = Ventanas como esta
group-dialogs-close = Cerrar sin cambiar nada
