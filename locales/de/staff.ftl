# Die Mitarbeiter und wer am Empfang ist (ui/src/lib/staff).

staff-at-desk = Am Empfang:
staff-at-desk-none = Niemand gewählt
staff-at-desk-add = Mitarbeiter anlegen
staff-not-changed = Nicht geändert
staff-not-changed-why = : { $reason }
staff-title = Mitarbeiter
staff-hint = Wer hier arbeitet. Die Namen werden vorgeschlagen, wenn Sie notieren, wer mit einem Kunden gesprochen oder etwas zugesagt hat.
staff-list = Mitarbeiter
staff-initials-said = , Kürzel { $initials }
staff-at-desk-chip = am Empfang
staff-remove = Entfernen
staff-remove-label = { $name } entfernen
staff-add-form = Person hinzufügen
staff-name = Name
staff-name-example = z. B. Ana
staff-initials = Kürzel
staff-add = Hinzufügen
staff-name-needed = Bitte geben Sie den Namen ein.
