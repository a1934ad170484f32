# Peças comuns dos formulários (ui/src/lib/forms): descartar o que se escreveu, estados de espírito, quando outra pessoa guardou primeiro.

forms-cancel = Cancelar
forms-optional = (opcional)
forms-discard-title = Descartar o que escreveu?
forms-discard-keep = Continuar a escrever
forms-discard = Descartar
forms-discarding = A descartar…
forms-discard-text = O que escreveu neste formulário não foi guardado. Depois de descartado, não pode ser recuperado.

forms-mood-upset = Aborrecido
forms-mood-worried = Preocupado
forms-mood-neutral = Neutro
forms-mood-pleased = Satisfeito
forms-mood-delighted = Encantado

forms-someone-else = Outra pessoa
forms-when-weekday = { $when }
forms-when-date = a { $when }
forms-keep-mine = Manter a minha
forms-use-theirs = Usar a de { $name }
forms-use-theirs-unknown = Usar a outra versão
forms-left-empty = (em branco)
forms-clash-cleared = { $who } apagou { $subject } { $when };
forms-clash-changed-to = { $who } mudou { $subject } para { $theirs } { $when };
forms-clash-changed = { $who } alterou { $subject } { $when };
forms-clash-you-cleared = do seu lado, apagou o campo.
forms-clash-you-wrote = do seu lado, escreveu { $mine }.
forms-clash-you-changed = do seu lado, também alterou o campo.
forms-taken =
    { $who } também alterou { $fields }; { $count ->
        [one] essa alteração já está
       *[other] essas alterações já estão
    } no formulário.
forms-overtaken-heading = { $who } guardou uma alteração em { $what } { $when }, enquanto estava a fazer a sua.
forms-overtaken-advice-none = Nada do que escreveu se perdeu, e nada da outra pessoa foi substituído. Guarde de novo para manter ambos.
forms-overtaken-advice =
    Nada do que escreveu se perdeu. Ambos alteraram { $count ->
        [one] o mesmo campo
       *[other] os mesmos { $count } campos
    }: escolha o que manter e guarde de novo.
forms-choices-pending =
    Escolha «{ $keep }» ou «{ $use }» para { $count ->
        [one] o campo
       *[other] os { $count } campos
    } acima e depois guarde.

forms-retry-typed = Nada do que escreveu se perdeu. Carregue em «{ $button }» para fazer a sua alteração agora.
forms-retry = A sua alteração ainda não foi feita. Carregue em «{ $button }» para a fazer agora.
forms-nothing-left-typed = O que escreveu continua aqui: copie-o se o quiser guardar e depois feche o formulário.
forms-nothing-left = Não há mais nada a fazer aqui.
forms-issue-changed = { $who } alterou este caso { $when }.
forms-issue-reopened = { $who } reabriu este caso { $when }.
forms-issue-moved = { $who } passou este caso para «{ $state }» { $when }.
forms-issue-already = Já está em «{ $state }».
forms-issue-cannot-move = De «{ $from }» não pode passar para «{ $to }».
forms-promise-settled =
    { $who } já marcou esta promessa como { $state ->
        [kept] cumprida
       *[broken] não cumprida
    } { $when }.
forms-promise-settled-already = Já está resolvida.
forms-promise-new-date = { $who } combinou uma nova data para esta promessa { $when }: agora é para { $due }.
forms-promise-changed = { $who } alterou esta promessa { $when }.
forms-followup-done = { $who } já marcou este acompanhamento como feito { $when }.
forms-followup-ended = { $who } já tratou deste acompanhamento { $when }; não volta a repetir-se.
forms-followup-dealt = { $who } já tratou deste { $when }. Próxima vez: { $next }.
forms-followup-put-off = { $who } adiou este acompanhamento { $when }: { $due }.
forms-followup-given = { $who } passou este acompanhamento para { $to } { $when }.
forms-followup-changed = { $who } alterou este acompanhamento { $when }.
forms-situation-closed = { $who } já encerrou esta ocorrência { $when }.
forms-situation-changed = { $who } alterou esta ocorrência { $when }.
forms-copy-typed = Copiar o que escrevi
forms-copied = Copiado. Cole-o onde o quiser guardar.
forms-not-copied = Não foi possível copiar aqui: selecione o texto no formulário e copie-o.
