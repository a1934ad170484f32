# Casos: o problema de um cliente, desde que é aberto até ser resolvido (ui/src/lib/issues).

issues-state-open = Aberto
issues-state-in_progress = Em curso
issues-state-waiting = Em espera
issues-state-resolved = Resolvido
issues-state-closed = Fechado
issues-state-in-line =
    { $state ->
        [in_progress] em curso
        [waiting] em espera
        [resolved] resolvido
        [closed] fechado
       *[open] aberto
    }
issues-waiting-on-who =
    { $on ->
        [customer] o cliente
       *[us] nós
    }
issues-state-waiting-on =
    { $on ->
        [customer] À espera do cliente
       *[us] À espera da nossa parte
    }

issues-move-in_progress = A tratar
issues-move-waiting = Em espera…
issues-move-resolved = Resolvido…
issues-move-closed = Fechar
issues-move-open = Reabrir…

issues-moved-open = Caso reaberto.
issues-moved-in_progress = Caso marcado em curso.
issues-moved-waiting = Caso em espera.
issues-moved-waiting-on =
    { $on ->
        [customer] Caso agora à espera do cliente.
       *[us] Caso agora à espera da nossa parte.
    }
issues-moved-resolved = Caso resolvido.
issues-moved-closed = Caso fechado.

issues-change-opened = Aberto
issues-change = { $from } → { $to }
issues-change-reopened = { $from } → Reaberto
issues-change-waiting-on =
    { $on ->
        [customer] { $change } (do cliente)
       *[us] { $change } (da nossa parte)
    }
issues-change-note = { $line }: { $note }
issues-mood-first = No início: { $mood }
issues-mood-felt = Sentiu-se: { $mood }

issues-in-their-words = Nas palavras do cliente:
issues-behind-it = O que está por trás:
issues-opened-when = Aberto: { $when }
issues-handled-by = a cargo de
issues-mood-at-start = { $mood } no início
issues-hide-history = Esconder histórico
issues-history = Histórico ({ $n })
issues-leave-it = Deixar
issues-ok = OK
issues-opening = A abrir…

issues-optional = (opcional)
issues-none = Nenhum
issues-linked-now = O caso ligado agora
issues-pick-option = { $title } ({ $state })

issues-form-edit = Editar caso
issues-form-new = Abrir um caso
issues-restored = O que tinha escrito foi recuperado.
issues-this = este caso
issues-title = Título curto
issues-title-example = p. ex. Cobrado duas vezes pela revisão de março
issues-title-problem = Dê um título curto ao caso.
issues-own-words = O problema nas palavras do cliente
issues-own-words-hint = Escreva-o como foi dito e depois leia-o em voz alta: «Deixe-me repetir para ter a certeza de que percebi…»
issues-root-cause = O que está realmente por trás
issues-when-known = (preencher quando se souber)
issues-root-cause-example = Muitas vezes a experiência, não o produto
issues-categories = Tipo de caso
issues-categories-example = p. ex. faturação, entrega (separados por vírgulas)
issues-used-before = Já usados:
issues-add-category = Adicionar { $category }
issues-handler = A cargo de
issues-mood-start = Quão aborrecido no início
issues-saving = A guardar…
issues-save = Guardar
issues-open = Abrir caso
issues-cancel = Cancelar
issues-close = Fechar
issues-keys-save = guarda ·
issues-keys-cancel = cancela
issues-the-title = o título
issues-the-own-words = o problema nas palavras do cliente
issues-the-root-cause = o que está realmente por trás
issues-the-categories = o tipo de caso
issues-the-handler = quem está a cargo
issues-the-mood = quão aborrecido estava no início

issues-mark =
    { $state ->
        [in_progress] Marcar em curso
        [waiting] Marcar em espera
        [resolved] Marcar resolvido
        [closed] Marcar fechado
       *[open] Reabrir
    }
issues-move-title =
    { $state ->
        [in_progress] Passar a em curso
        [waiting] Em espera
        [resolved] Resolvido
        [closed] Passar a fechado
       *[open] Reabrir
    }
issues-note-waiting = À espera de quê
issues-note-resolved = O que fizemos para resolver
issues-note-open = Porque é reaberto
issues-note = Nota
issues-waiting-on = À espera de
issues-choose = Escolher…
issues-the-customer = O cliente
issues-us = Nós
issues-waiting-on-problem = Escolha de quem estamos à espera.
issues-resolved-problem = Diga o que fizemos, para a próxima pessoa saber.
issues-waiting-problem = Diga de que estamos à espera.
issues-check-in-problem = Indique daqui a quantos dias saber notícias, por exemplo 3.
issues-felt-at-end = Como se sentiu no fim
issues-check-in = Saber notícias daqui a
issues-check-in-days = Dias até saber notícias
issues-days = dias
issues-who = Quem
