# Anotar una conversación, y los tipos de conversación (ui/src/lib/conversations).

conversations-call-in = Llamada recibida
conversations-call-out = Llamada hecha
conversations-visit = Visita
conversations-email = Correo electrónico
conversations-message = Mensaje
conversations-card-sent = Tarjeta escrita a mano enviada
conversations-note = Nota
conversations-conversation = Conversación

conversations-log = Anotar una conversación
conversations-edit = Editar la conversación
conversations-restored = Hemos recuperado lo que había escrito antes.
conversations-kind = Tipo
conversations-when = Cuándo
conversations-when-bad = Indique la fecha y la hora, o déjelo como estaba para «ahora».
conversations-who-spoke = Quién habló
conversations-what-said = Qué se dijo
conversations-what-said-hint = (con sus palabras, si puede)
conversations-summary-missing = Escriba unas palabras sobre lo que se dijo.
conversations-how-they-seemed = Su ánimo
conversations-about-issue = Sobre un caso
conversations-card = Una tarjeta que enviar
conversations-card-hint = Añade «{ $action }» a Hoy, para quien habló.
conversations-card-note = Escribir la tarjeta
conversations-save = Guardar
conversations-saving = Guardando…
conversations-cancel = Cancelar
conversations-saves = guarda
conversations-cancels = cancela
