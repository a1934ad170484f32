# Ce que dit le programme quand les mois d’un bilan ne se lisent pas (src-tauri/src/commands/reports.rs).

periods-month-unreadable = Kindly n’a pas pu lire le mois « { $month } ».
periods-backwards = Le premier mois vient après le dernier. Inversez-les.
periods-too-long = Un bilan couvre au plus { $max } mois. Choisissez une période plus courte.
periods-bar-unknown = Kindly ne connaît pas cette partie du bilan.
