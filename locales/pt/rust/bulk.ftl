# As alterações a muitos clientes de uma vez e a arrumação das etiquetas (use_cases/lists/bulk.rs, tags.rs).

bulk-type-a-tag = Escreva a etiqueta.
bulk-not-on-staff = { $name } não está na lista da equipa. Adicione essa pessoa primeiro nas Definições, ou escolha alguém da equipa.
bulk-label-what-to-do = «O que fazer»
bulk-say-what-to-do = Diga o que é preciso fazer, por exemplo «Ligar para saber como está».
bulk-spread-between = Distribua os acompanhamentos por 1 a { $max } dias.
bulk-start-within = Escolha um primeiro dia a partir de hoje, com todos os acompanhamentos dentro de { $max } dias.
bulk-already-undone = Esta alteração já foi anulada.
bulk-merge-two-different = Escolha duas etiquetas diferentes para juntar.
