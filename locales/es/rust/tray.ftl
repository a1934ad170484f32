# El menú y la descripción del icono de la bandeja (src-tauri/src/tray.rs).

tray-open = Abrir Kindly
tray-today = Hoy
tray-quit = Salir de Kindly
tray-tooltip = Kindly: los recordatorios siguen activos mientras esto esté aquí
