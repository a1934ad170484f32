# The tray icon's menu and tooltip (src-tauri/src/tray.rs), read by the Rust side only.

tray-open = Open Kindly
tray-today = Today
tray-quit = Quit Kindly
tray-tooltip = Kindly: reminders stay on while this is here
