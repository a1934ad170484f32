# Le menu et l’infobulle de l’icône de la barre des tâches (src-tauri/src/tray.rs).

tray-open = Ouvrir Kindly
tray-today = Aujourd’hui
tray-quit = Quitter Kindly
tray-tooltip = Kindly : les rappels restent actifs tant que cette icône est là
