# La contraseña: Ajustes › Contraseña, la pantalla para desbloquear y «Bloquear» arriba (ui/src/lib/privacy).

privacy-title = Contraseña
privacy-opening = Abriendo…
privacy-status = Este cuaderno está protegido con contraseña.
privacy-remembered = Este ordenador recuerda la contraseña, así que Kindly se abre aquí sin pedirla.
privacy-lock-after = Bloquear tras
privacy-lock-after-hint = Tras este tiempo sin uso, Kindly tapa la ventana y vuelve a pedir la contraseña.
privacy-saved = Guardado.
privacy-lock-now = Bloquear ahora
privacy-change-open = Cambiar la contraseña…
privacy-remove-open = Quitar la protección…
privacy-forget = Olvidar la contraseña recordada
privacy-forgotten = Olvidada. Kindly pedirá la contraseña la próxima vez que se abra.

privacy-never = Nunca
privacy-minutes =
    { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }
privacy-hours =
    { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    }
privacy-hours-minutes =
    { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    } { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }

privacy-protect-intro = Proteja este cuaderno con una contraseña para que nadie pueda leerlo sin usted, aunque se pierda el portátil. Kindly no puede recuperar una contraseña olvidada: apúntela en un lugar seguro.
privacy-passphrase = Contraseña
privacy-protect-hint = Al menos 8 caracteres. Unas cuantas palabras que vaya a recordar son una buena contraseña.
privacy-again = Escríbala otra vez
privacy-protect = Proteger con contraseña
privacy-protecting = Protegiendo…
privacy-choose = Elija una contraseña.
privacy-type-again = Escriba la contraseña otra vez.
privacy-protected =
    Protegido. { $remembered ->
        [yes] Este ordenador recuerda la contraseña, así que Kindly se abre aquí sin pedirla.
       *[no] Kindly pedirá la contraseña cada vez que se abra.
    }
privacy-protected-waiting =
    Protegido. { $count ->
        [one] { $count } copia de seguridad anterior no está protegida; se acaba de hacer una protegida.
       *[other] { $count } copias de seguridad anteriores no están protegidas; se acaba de hacer una protegida.
    } Las que no están protegidas se borran la primera vez que desbloquee Kindly con la contraseña después de que vuelva a arrancar. { $remembered ->
        [yes] Este ordenador recuerda la contraseña, así que Kindly se abre aquí sin pedirla.
       *[no] Kindly pedirá la contraseña cada vez que se abra.
    }

privacy-change = Cambiar la contraseña
privacy-changing = Cambiando…
privacy-current = Contraseña actual
privacy-new = Contraseña nueva
privacy-new-hint = Al menos 8 caracteres. Kindly no puede recuperar una contraseña olvidada: apúntela en un lugar seguro.
privacy-type-current = Escriba la contraseña que usa ahora.
privacy-choose-new = Elija una contraseña nueva.
privacy-type-new-again = Escriba la contraseña nueva otra vez.
privacy-changed = Contraseña cambiada. Use la nueva a partir de ahora.
privacy-cancel = Cancelar

privacy-remove-title = ¿Quitar la protección?
privacy-remove-text = El archivo de su cuaderno podrá leerlo sin contraseña cualquiera que lo consiga, por ejemplo en un portátil perdido. Si este ordenador recuerda la contraseña, la olvidará.
privacy-remove = Quitar la protección
privacy-removing = Quitando…
privacy-removed = Protección quitada. El cuaderno se abre sin contraseña.

privacy-remember = Recordar en este ordenador
privacy-remember-hint = Kindly se abre sin pedir nada en este ordenador; cualquiera que pueda entrar con su usuario podrá abrirlo.

privacy-unlock-title = Este cuaderno está protegido
privacy-unlock-text = Escriba su contraseña para abrirlo.
privacy-unlock = Desbloquear
privacy-unlocking = Desbloqueando…
privacy-type-passphrase = Escriba la contraseña.

privacy-lock = Bloquear
privacy-lock-title = Bloquear ahora ({ $keys })
privacy-could-not-lock = Kindly no pudo bloquear el cuaderno: { $reason }
privacy-dismiss = Cerrar
