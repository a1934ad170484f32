# As palavras do ecrã Relatórios que o Rust escreve (use_cases/reports/).

reports-month-format = Indique o mês como ano e mês, por exemplo 2026-03.
reports-from-after-to = O primeiro mês é depois do último.
reports-too-many-months = { $count ->
    [one] Um relatório abrange no máximo um mês.
   *[other] Um relatório abrange no máximo { $count } meses.
}
reports-month-not-in-period = Esse mês não está no período apresentado.
reports-unknown-outcome = Escolha cumprida a tempo, cumprida com atraso ou não cumprida.
