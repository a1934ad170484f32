# Las palabras de la pantalla Informes que escribe Rust (use_cases/reports/).

reports-month-format = Indique el mes como año y mes, por ejemplo 2026-03.
reports-from-after-to = El primer mes es posterior al último.
reports-too-many-months = { $count ->
    [one] Un informe abarca como máximo un mes.
   *[other] Un informe abarca como máximo { $count } meses.
}
reports-month-not-in-period = Ese mes no está en el periodo mostrado.
reports-unknown-outcome = Elija cumplida a tiempo, cumplida tarde o incumplida.
