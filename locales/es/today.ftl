# Hoy (ui/src/lib/today).

today-title = Hoy
today-comes-back = vuelve aquí
today-export = Exportar al calendario (.ics)
today-exporting = Guardando…
today-exported = Guardado «{ $file }» en { $folder }.
today-opening = Abriendo…
today-empty = Nada pendiente hoy, y está en contacto con todos. Un día tranquilo.
today-empty-next = Para acordarse de llamar a alguien, abra su página y elija «Añadir seguimiento»: aparecerá aquí ese día.
today-overdue = Atrasados
today-due = Para hoy
today-upcoming = Próximos 7 días
today-promises = Promesas pendientes
today-birthdays = Cumpleaños esta semana
today-drifting = Hace tiempo que no hablan
today-capped = Se muestran los primeros { $shown } de { $all }.
today-turns =
    cumple { $age ->
        [one] { $age } año
       *[other] { $age } años
    }
today-brief = Resumen
today-brief-for = de { $name }
today-promise-overdue = Atrasada
today-promise-was-due = · era para
today-promise-due = Para
today-promised-by = · prometida por
