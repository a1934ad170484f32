# Piezas comunes de los formularios (ui/src/lib/forms): descartar lo escrito, estados de ánimo, cuando otra persona guardó antes.

forms-cancel = Cancelar
forms-optional = (opcional)
forms-discard-title = ¿Descartar lo que ha escrito?
forms-discard-keep = Seguir escribiendo
forms-discard = Descartar
forms-discarding = Descartando…
forms-discard-text = Lo que ha escrito en este formulario no se ha guardado. Una vez descartado, no se puede recuperar.

forms-mood-upset = Molesto
forms-mood-worried = Preocupado
forms-mood-neutral = Neutral
forms-mood-pleased = Contento
forms-mood-delighted = Encantado

forms-someone-else = Otra persona
forms-when-weekday = el { $when }
forms-when-date = el { $when }
forms-keep-mine = Mantener lo mío
forms-use-theirs = Usar lo de { $name }
forms-use-theirs-unknown = Usar la otra versión
forms-left-empty = (vacío)
forms-clash-cleared = { $who } borró { $subject } { $when };
forms-clash-changed-to = { $who } cambió { $subject } a { $theirs } { $when };
forms-clash-changed = { $who } cambió { $subject } { $when };
forms-clash-you-cleared = usted borró el campo.
forms-clash-you-wrote = usted escribió { $mine }.
forms-clash-you-changed = usted también cambió el campo.
forms-taken =
    { $who } también cambió { $fields }; { $count ->
        [one] el cambio ya está
       *[other] los cambios ya están
    } en el formulario.
forms-overtaken-heading = { $who } guardó un cambio en { $what } { $when }, mientras usted hacía el suyo.
forms-overtaken-advice-none = No se ha perdido nada de lo que escribió, y no se ha sobrescrito nada de la otra persona. Guarde de nuevo para conservar ambos.
forms-overtaken-advice =
    No se ha perdido nada de lo que escribió. Los dos cambiaron { $count ->
        [one] el mismo campo
       *[other] los mismos { $count } campos
    }: elija qué conservar y guarde de nuevo.
forms-choices-pending =
    Elija «{ $keep }» o «{ $use }» para { $count ->
        [one] el campo
       *[other] los { $count } campos
    } de arriba y luego guarde.

forms-retry-typed = No se ha perdido nada de lo que escribió. Pulse «{ $button }» para hacer su cambio ahora.
forms-retry = Su cambio aún no se ha hecho. Pulse «{ $button }» para hacerlo ahora.
forms-nothing-left-typed = Lo que escribió sigue aquí: cópielo si quiere conservarlo y luego cierre el formulario.
forms-nothing-left = No queda nada por hacer aquí.
forms-issue-changed = { $who } cambió este caso { $when }.
forms-issue-reopened = { $who } reabrió este caso { $when }.
forms-issue-moved = { $who } pasó este caso a «{ $state }» { $when }.
forms-issue-already = Ya está en «{ $state }».
forms-issue-cannot-move = Desde «{ $from }» no se puede pasar a «{ $to }».
forms-promise-settled =
    { $who } ya marcó esta promesa como { $state ->
        [kept] cumplida
       *[broken] no cumplida
    } { $when }.
forms-promise-settled-already = Ya está resuelta.
forms-promise-new-date = { $who } acordó una nueva fecha para esta promesa { $when }: ahora vence { $due }.
forms-promise-changed = { $who } cambió esta promesa { $when }.
forms-followup-done = { $who } ya marcó este seguimiento como hecho { $when }.
forms-followup-ended = { $who } ya se ocupó de este seguimiento { $when }; no vuelve a repetirse.
forms-followup-dealt = { $who } ya se ocupó de este { $when }. La próxima vez: { $next }.
forms-followup-put-off = { $who } aplazó este seguimiento { $when }: { $due }.
forms-followup-given = { $who } pasó este seguimiento a { $to } { $when }.
forms-followup-changed = { $who } cambió este seguimiento { $when }.
forms-situation-closed = { $who } ya cerró esta incidencia { $when }.
forms-situation-changed = { $who } cambió esta incidencia { $when }.
forms-copy-typed = Copiar lo que escribí
forms-copied = Copiado. Péguelo donde quiera guardarlo.
forms-not-copied = No se pudo copiar aquí: seleccione el texto en el formulario y cópielo.
