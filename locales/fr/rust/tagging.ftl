# Ce que dit le programme quand une étiquette ne peut pas être changée comme demandé (src-tauri/src/commands/tags.rs).

tagging-missing = Écrivez l’étiquette.
tagging-one-line = Une étiquette tient sur une seule ligne.
tagging-too-long = Une étiquette fait au plus { $max } caractères.
tagging-rename-same = L’étiquette porte déjà ce nom.
tagging-merge-same = Choisissez une autre étiquette avec laquelle fusionner.
