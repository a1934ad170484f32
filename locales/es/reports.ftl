# La pantalla Informes (ui/src/lib/reports): si cumplimos, mes a mes.
# $month es un mes en palabras («marzo de 2026»), igual que $from y $to; $period un periodo en palabras; $count y $value números.

reports-title = Cómo cumplimos
reports-intro = Mes a mes: promesas cumplidas, seguimiento después de resolver un caso, casos reabiertos, clientes con los que hace tiempo que no hablan y clientes nuevos. Haga clic en una barra (o pulse Intro) para ver los clientes que hay detrás.
reports-period = Periodo
reports-period-last3 = Últimos 3 meses
reports-period-last6 = Últimos 6 meses
reports-period-last12 = Últimos 12 meses
reports-period-year = Este año
reports-period-custom = Meses que elijo
reports-from = Desde
reports-to = Hasta
reports-show = Mostrar
reports-month-missing = Elija un mes aquí.
reports-range = de { $from } a { $to }
reports-loading = Calculando las cifras…
reports-show-table = Ver como tabla
reports-hide-table = Ocultar la tabla
reports-month = Mes
reports-bar = { $label }, { $month }: { $value }
reports-summary = { $title }, { $period }: { $totals }.
reports-summary-part = { $label } { $value }
reports-promises-title = Promesas, según el mes en que vencían
reports-promises-axis = Promesas
reports-kept-on-time = Cumplidas a tiempo
reports-kept-late = Cumplidas tarde
reports-broken = No cumplidas
reports-people-title = Promesas según quién las hizo
reports-person = Quién
reports-nobody-named = Sin nombre
reports-people-none = Ninguna promesa vencía en este periodo.
reports-people-cell = { $person }, { $label }: { $value }
reports-check-ins-title = Seguimiento después de resolver un caso
reports-check-ins-axis = Casos resueltos
reports-checked-in = Con seguimiento después
reports-not-checked-in = Sin seguimiento todavía
reports-reopened-title = Casos reabiertos
reports-reopened-axis = Casos
reports-reopened = Reabiertos
reports-median-title = Tiempo para resolver un caso (mediana)
reports-median-axis = Horas
reports-median = Mediana, en horas
reports-drifting-title = Clientes con los que hace tiempo que no hablan
reports-drifting-axis = Clientes
reports-drifting = Sin hablar a fin de mes
reports-new-title = Clientes nuevos
reports-new-axis = Clientes
reports-new = Añadidos
reports-upset-title = Molestos que esperan una llamada
reports-upset-count = { $count ->
    [one] { $count } cliente cuyo último estado de ánimo era molesto no ha vuelto a ser contactado.
   *[other] { $count } clientes cuyo último estado de ánimo era molesto no han vuelto a ser contactados.
}
reports-upset-none = Ningún cliente molesto espera una llamada.
reports-upset-since = molesto desde el { $date }
reports-upset-all = { $count ->
    [one] Verlo en la lista de clientes
   *[other] Ver los { $count } en la lista de clientes
}
reports-behind-kept_on_time = Promesas cumplidas a tiempo · { $when }
reports-behind-kept_late = Promesas cumplidas tarde · { $when }
reports-behind-broken = Promesas no cumplidas · { $when }
reports-behind-person = { $person }, { $period }
reports-behind-resolved = Casos resueltos · { $when }
reports-behind-missing = Sin seguimiento después de resolver · { $when }
reports-behind-reopened = Casos reabiertos · { $when }
reports-behind-drifting = Hace tiempo que no hablan · { $when }
reports-behind-new = Clientes nuevos · { $when }
reports-behind-upset = Molestos que esperan una llamada
