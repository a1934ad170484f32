# Registar uma conversa, e os tipos de conversa (ui/src/lib/conversations).

conversations-call-in = Chamada recebida
conversations-call-out = Chamada feita
conversations-visit = Visita
conversations-email = Email
conversations-message = Mensagem
conversations-card-sent = Postal escrito à mão enviado
conversations-note = Nota
conversations-conversation = Conversa

conversations-log = Registar uma conversa
conversations-edit = Editar a conversa
conversations-restored = Recuperámos o que tinha escrito antes.
conversations-kind = Tipo
conversations-when = Quando
conversations-when-bad = Indique a data e a hora, ou deixe como estava para «agora».
conversations-who-spoke = Quem falou
conversations-what-said = O que foi dito
conversations-what-said-hint = (com as palavras da pessoa, se possível)
conversations-summary-missing = Escreva umas palavras sobre o que foi dito.
conversations-how-they-seemed = Como estava
conversations-about-issue = Sobre um caso
conversations-card = Um postal para enviar
conversations-card-hint = Acrescenta «{ $action }» a Hoje, para quem falou.
conversations-card-note = Escrever o postal
conversations-save = Guardar
conversations-saving = A guardar…
conversations-cancel = Cancelar
conversations-saves = guarda
conversations-cancels = cancela
