# Lo que dice el programa cuando no puede leer los meses de un informe (src-tauri/src/commands/reports.rs).

periods-month-unreadable = Kindly no pudo leer el mes «{ $month }».
periods-backwards = El primer mes va después del último. Inviértalos.
periods-too-long = Un informe abarca como máximo { $max } meses. Elija un periodo más corto.
periods-bar-unknown = Kindly no conoce esta parte del informe.
