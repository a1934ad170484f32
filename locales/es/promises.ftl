# Las promesas a un cliente: la lista en su página, anotar una y cerrarla (ui/src/lib/promises).

promises-heading = Lo que prometimos
promises-overdue-count =
    { $count ->
        [one] · { $count } atrasada
       *[other] · { $count } atrasadas
    }
promises-overdue = Atrasada
promises-was-due =
    { $kind ->
        [relative] · era para { $day }
       *[date] · era para el { $day }
    }
promises-due =
    { $kind ->
        [relative] Para { $day }
       *[date] Para el { $day }
    }
promises-promised-by = · prometida por { $name }
promises-about = · sobre «{ $title }»
promises-kept = Cumplida
promises-new-date-button = Nueva fecha…
promises-broken-button = Incumplida…
promises-leave-it = Dejarlo
promises-ok = Aceptar
promises-settled-kept = Promesa cumplida.
promises-settled-broken = Promesa marcada como incumplida.
promises-settled-open = Nueva fecha acordada.

## Anotar una promesa

promises-record = Anotar una promesa
promises-edit = Editar la promesa
promises-restored = Hemos recuperado lo que había escrito antes.
promises-this-promise = esta promesa
promises-what = Qué prometimos
promises-what-example = p. ej. Devolver la señal
promises-what-missing = Escriba qué prometimos.
promises-by-when = Para cuándo
promises-due-missing = Elija el día para el que lo prometimos.
promises-date-hint = Para cambiar la fecha, use «Nueva fecha» en la promesa.
promises-who-promised = Quién lo prometió
promises-about-issue = Sobre un caso
promises-save = Guardar
promises-saving = Guardando…
promises-cancel = Cancelar
promises-close = Cerrar
promises-saves = guarda
promises-cancels = cancela

promises-field-what = lo que prometimos
promises-field-due = la fecha
promises-field-by = quién lo prometió
promises-field-issue = el caso al que se refiere
promises-another-issue = otro caso

## Un día

promises-no-day = Aún no hay día elegido
promises-pick-today = Hoy
promises-pick-tomorrow = Mañana
promises-pick-week = En una semana

## Cerrar una promesa

promises-settle-new-date = Acordar una nueva fecha
promises-settle-broken = Promesa incumplida
promises-settle-kept = Promesa cumplida
promises-note-why = Por qué, y qué dijo el cliente
promises-note-what-happened = Qué pasó
promises-note = Nota
promises-optional = (opcional)
promises-new-date = Nueva fecha
promises-new-day-missing = Elija el nuevo día.
promises-what-happened-missing = Diga qué pasó, para que la próxima persona lo sepa.
promises-who = Quién
