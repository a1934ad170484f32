# A palavra-passe: Definições › Palavra-passe, o ecrã para destrancar e «Trancar» no topo (ui/src/lib/privacy).

privacy-title = Palavra-passe
privacy-opening = A abrir…
privacy-status = Este caderno está protegido com uma palavra-passe.
privacy-remembered = Este computador lembra-se da palavra-passe, por isso o Kindly abre aqui sem a pedir.
privacy-lock-after = Trancar após
privacy-lock-after-hint = Após este tempo sem uso, o Kindly tapa a janela e volta a pedir a palavra-passe.
privacy-saved = Guardado.
privacy-lock-now = Trancar agora
privacy-change-open = Mudar a palavra-passe…
privacy-remove-open = Tirar a proteção…
privacy-forget = Esquecer a palavra-passe guardada
privacy-forgotten = Esquecida. O Kindly vai pedir a palavra-passe da próxima vez que abrir.

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

privacy-protect-intro = Proteja este caderno com uma palavra-passe para que ninguém o possa ler sem si, mesmo que o portátil se perca. O Kindly não consegue recuperar uma palavra-passe esquecida: aponte-a num sítio seguro.
privacy-passphrase = Palavra-passe
privacy-protect-hint = Pelo menos 8 caracteres. Algumas palavras de que se vá lembrar fazem uma boa palavra-passe.
privacy-again = Escreva-a outra vez
privacy-protect = Proteger com palavra-passe
privacy-protecting = A proteger…
privacy-choose = Escolha uma palavra-passe.
privacy-type-again = Escreva a palavra-passe outra vez.
privacy-protected =
    Protegido. { $remembered ->
        [yes] Este computador lembra-se da palavra-passe, por isso o Kindly abre aqui sem a pedir.
       *[no] O Kindly vai pedir a palavra-passe sempre que abrir.
    }
privacy-protected-waiting =
    Protegido. { $count ->
        [one] { $count } cópia de segurança mais antiga não está protegida; acabou de ser feita uma protegida.
       *[other] { $count } cópias de segurança mais antigas não estão protegidas; acabou de ser feita uma protegida.
    } As que não estão protegidas são apagadas da primeira vez que destrancar o Kindly com a palavra-passe depois de ele voltar a arrancar. { $remembered ->
        [yes] Este computador lembra-se da palavra-passe, por isso o Kindly abre aqui sem a pedir.
       *[no] O Kindly vai pedir a palavra-passe sempre que abrir.
    }

privacy-change = Mudar a palavra-passe
privacy-changing = A mudar…
privacy-current = Palavra-passe atual
privacy-new = Nova palavra-passe
privacy-new-hint = Pelo menos 8 caracteres. O Kindly não consegue recuperar uma palavra-passe esquecida: aponte-a num sítio seguro.
privacy-type-current = Escreva a palavra-passe que usa agora.
privacy-choose-new = Escolha uma nova palavra-passe.
privacy-type-new-again = Escreva a nova palavra-passe outra vez.
privacy-changed = Palavra-passe mudada. Use a nova a partir de agora.
privacy-cancel = Cancelar

privacy-remove-title = Tirar a proteção?
privacy-remove-text = O ficheiro do seu caderno passa a poder ser lido sem palavra-passe por quem lhe deitar a mão, por exemplo num portátil perdido. Uma palavra-passe guardada neste computador é esquecida.
privacy-remove = Tirar a proteção
privacy-removing = A tirar…
privacy-removed = Proteção tirada. O caderno abre sem palavra-passe.

privacy-remember = Lembrar neste computador
privacy-remember-hint = O Kindly abre sem pedir nada neste computador; quem conseguir entrar na sua sessão pode então abri-lo.

privacy-unlock-title = Este caderno está protegido
privacy-unlock-text = Escreva a palavra-passe para o abrir.
privacy-unlock = Destrancar
privacy-unlocking = A destrancar…
privacy-type-passphrase = Escreva a palavra-passe.

privacy-lock = Trancar
privacy-lock-title = Trancar agora ({ $keys })
privacy-could-not-lock = O Kindly não conseguiu trancar o caderno: { $reason }
privacy-dismiss = Fechar
