# El personal y quién está en el mostrador (ui/src/lib/staff).

staff-at-desk = En el mostrador:
staff-at-desk-none = Nadie elegido
staff-at-desk-add = Añadir personal
staff-not-changed = Sin cambios
staff-not-changed-why = : { $reason }
staff-title = Personal
staff-hint = Quién trabaja aquí. Sus nombres se ofrecen cada vez que anote quién habló con un cliente o hizo una promesa.
staff-list = Personal
staff-initials-said = , iniciales { $initials }
staff-at-desk-chip = en el mostrador
staff-remove = Quitar
staff-remove-label = Quitar a { $name }
staff-add-form = Añadir una persona
staff-name = Nombre
staff-name-example = p. ej. Ana
staff-initials = Iniciales
staff-add = Añadir
staff-name-needed = Escriba su nombre.
