# O que o programa diz quando não consegue ler os meses de um relatório (src-tauri/src/commands/reports.rs).

periods-month-unreadable = O Kindly não conseguiu ler o mês «{ $month }».
periods-backwards = O primeiro mês vem depois do último. Troque-os.
periods-too-long = Um relatório abrange no máximo { $max } meses. Escolha um período mais curto.
periods-bar-unknown = O Kindly não conhece esta parte do relatório.
