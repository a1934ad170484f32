# Die Wörter der Berichte-Seite, die Rust schreibt (use_cases/reports/).

reports-month-format = Bitte geben Sie den Monat als Jahr und Monat an, zum Beispiel 2026-03.
reports-from-after-to = Der erste Monat liegt nach dem letzten.
reports-too-many-months = { $count ->
    [one] Ein Bericht umfasst höchstens einen Monat.
   *[other] Ein Bericht umfasst höchstens { $count } Monate.
}
reports-month-not-in-period = Dieser Monat gehört nicht zum angezeigten Zeitraum.
reports-unknown-outcome = Bitte wählen Sie pünktlich gehalten, verspätet gehalten oder nicht gehalten.
