# Los cambios a muchos clientes a la vez y el orden de las etiquetas (use_cases/lists/bulk.rs, tags.rs).

bulk-type-a-tag = Escriba la etiqueta.
bulk-not-on-staff = { $name } no está en la lista del personal. Añádalo primero en Ajustes, o elija a alguien del personal.
bulk-label-what-to-do = «Qué hacer»
bulk-say-what-to-do = Diga qué hay que hacer, por ejemplo «Llamar para ver qué tal».
bulk-spread-between = Reparta los seguimientos entre 1 y { $max } días.
bulk-start-within = Elija un primer día a partir de hoy, con todos los seguimientos dentro de { $max } días.
bulk-already-undone = Este cambio ya se deshizo.
bulk-merge-two-different = Elija dos etiquetas distintas para unir.
