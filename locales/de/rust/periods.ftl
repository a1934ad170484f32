# Was das Programm sagt, wenn es die Monate eines Berichts nicht lesen kann (src-tauri/src/commands/reports.rs).

periods-month-unreadable = Kindly konnte den Monat „{ $month }“ nicht lesen.
periods-backwards = Der erste Monat liegt nach dem letzten. Tauschen Sie sie.
periods-too-long = Ein Bericht umfasst höchstens { $max } Monate. Wählen Sie einen kürzeren Zeitraum.
periods-bar-unknown = Kindly kennt diesen Teil des Berichts nicht.
