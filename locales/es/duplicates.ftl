# Posibles duplicados (ui/src/lib/duplicates). El motivo de cada pareja lo da el cuaderno (Rust).

duplicates-back = Volver a Ajustes
duplicates-title = Posibles duplicados
duplicates-intro = Clientes que quizá sean la misma persona. Al unirlos se conservan todos los teléfonos, correos, notas y todo el historial de ambos en el que usted conserve; el otro va a la papelera. Una unión se puede deshacer.
duplicates-merged = { $merged } se ha unido a { $kept }.
duplicates-undo = Deshacer
duplicates-open = Abrir { $name }
duplicates-looking = Buscando…
duplicates-none = No se han encontrado posibles duplicados.
duplicates-none-next = Kindly compara teléfonos, direcciones de correo y nombres. Después de importar contactos, vuelva a mirar aquí.
duplicates-added-first = Añadido primero
duplicates-added-later = Añadido después
duplicates-name-first = { $name } (añadido primero)
duplicates-name-later = { $name } (añadido después)
duplicates-full-name = Nombre completo: { $name }
duplicates-keep = Conservar a { $name } y unirle el otro
duplicates-not-same = No es la misma persona
duplicates-different = Ya no se sugerirá que { $a } y { $b } son la misma persona.
duplicates-undone = Deshecho. { $merged } y { $kept } vuelven a ser dos clientes.
duplicates-recent = Uniones recientes
duplicates-merged-into = { $merged } unido a { $kept }
duplicates-undo-merge = Deshacer la unión de { $merged } con { $kept }
