# O ecrã Relatórios (ui/src/lib/reports): se cumprimos, mês a mês.
# $month é um mês por extenso («março de 2026»), tal como $from e $to; $period um período por extenso; $count e $value números.

reports-title = Como cumprimos
reports-intro = Mês a mês: promessas cumpridas, contacto depois de resolver um caso, casos reabertos, clientes a perder o contacto e clientes novos. Clique numa barra (ou carregue em Enter) para ver os clientes por trás dela.
reports-period = Período
reports-period-last3 = Últimos 3 meses
reports-period-last6 = Últimos 6 meses
reports-period-last12 = Últimos 12 meses
reports-period-year = Este ano
reports-period-custom = Meses à escolha
reports-from = De
reports-to = Até
reports-show = Mostrar
reports-month-missing = Escolha um mês aqui.
reports-range = de { $from } a { $to }
reports-loading = A calcular os números…
reports-show-table = Ver como tabela
reports-hide-table = Esconder a tabela
reports-month = Mês
reports-bar = { $label }, { $month }: { $value }
reports-summary = { $title }, { $period }: { $totals }.
reports-summary-part = { $label } { $value }
reports-promises-title = Promessas, pelo mês em que venciam
reports-promises-axis = Promessas
reports-kept-on-time = Cumpridas a tempo
reports-kept-late = Cumpridas com atraso
reports-broken = Não cumpridas
reports-people-title = Promessas por quem as fez
reports-person = Quem
reports-nobody-named = Ninguém indicado
reports-people-none = Nenhuma promessa vencia neste período.
reports-people-cell = { $person }, { $label }: { $value }
reports-check-ins-title = Contacto depois de resolver um caso
reports-check-ins-axis = Casos resolvidos
reports-checked-in = Com contacto depois
reports-not-checked-in = Ainda sem contacto
reports-reopened-title = Casos reabertos
reports-reopened-axis = Casos
reports-reopened = Reabertos
reports-median-title = Tempo para resolver um caso (mediana)
reports-median-axis = Horas
reports-median = Mediana, em horas
reports-drifting-title = Clientes a perder o contacto
reports-drifting-axis = Clientes
reports-drifting = A perder o contacto no fim do mês
reports-new-title = Clientes novos
reports-new-axis = Clientes
reports-new = Acrescentados
reports-upset-title = Aborrecidos à espera de uma chamada
reports-upset-count = { $count ->
    [one] { $count } cliente cujo último estado de espírito era aborrecido não voltou a ser contactado.
   *[other] { $count } clientes cujo último estado de espírito era aborrecido não voltaram a ser contactados.
}
reports-upset-none = Nenhum cliente aborrecido está à espera de uma chamada.
reports-upset-since = aborrecido desde { $date }
reports-upset-all = { $count ->
    [one] Ver na lista de clientes
   *[other] Ver os { $count } na lista de clientes
}
reports-behind-kept_on_time = Promessas cumpridas a tempo · { $when }
reports-behind-kept_late = Promessas cumpridas com atraso · { $when }
reports-behind-broken = Promessas não cumpridas · { $when }
reports-behind-person = { $person }, { $period }
reports-behind-resolved = Casos resolvidos · { $when }
reports-behind-missing = Sem contacto depois de resolver · { $when }
reports-behind-reopened = Casos reabertos · { $when }
reports-behind-drifting = A perder o contacto · { $when }
reports-behind-new = Clientes novos · { $when }
reports-behind-upset = Aborrecidos à espera de uma chamada
