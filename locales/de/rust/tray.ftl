# Menü und Hinweis des Symbols im Infobereich (src-tauri/src/tray.rs).

tray-open = Kindly öffnen
tray-today = Heute
tray-quit = Kindly beenden
tray-tooltip = Kindly: Erinnerungen bleiben an, solange dieses Symbol hier ist
