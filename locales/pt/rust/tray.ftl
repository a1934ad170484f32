# O menu e a dica do ícone da área de notificação (src-tauri/src/tray.rs).

tray-open = Abrir o Kindly
tray-today = Hoje
tray-quit = Sair do Kindly
tray-tooltip = Kindly: os lembretes continuam ativos enquanto isto estiver aqui
