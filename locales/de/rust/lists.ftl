# Gespeicherte Listen und die Kundenliste (use_cases/lists).

lists-name-required = Bitte geben Sie der Liste einen Namen.
lists-name-too-long = Der Name darf höchstens { $max } Zeichen lang sein.
lists-name-taken = Eine andere Liste hat schon diesen Namen. Wählen Sie einen anderen.
lists-cursor-stale = Die Liste hat sich beim Blättern geändert. Gehen Sie zurück zum Anfang der Liste.
