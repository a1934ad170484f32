# Was das Programm sagt, wenn ein Schlagwort nicht wie gewünscht geändert werden kann (src-tauri/src/commands/tags.rs).

tagging-missing = Schreiben Sie das Schlagwort.
tagging-one-line = Ein Schlagwort ist eine einzige Zeile.
tagging-too-long = Ein Schlagwort darf höchstens { $max } Zeichen lang sein.
tagging-rename-same = So heißt das Schlagwort schon.
tagging-merge-same = Wählen Sie ein anderes Schlagwort zum Zusammenführen.
