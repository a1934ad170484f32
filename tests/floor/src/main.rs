//! The floor for `make bench-app`: the least a Tauri 2 app can do (one
//! window, a blank page that reports ready). With `--exit-when-ready` it
//! prints `ready` on standard output as soon as the page has reported, and
//! exits, exactly as Kindly does, so one timer measures both.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

#[tauri::command]
fn ready(app: tauri::AppHandle) {
    if std::env::args().any(|a| a == "--exit-when-ready") {
        println!("ready");
        app.exit(0);
    }
}

fn main() {
    let built = tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![ready])
        .run(tauri::generate_context!());
    if let Err(err) = built {
        eprintln!("kindly-floor: {err}");
        std::process::exit(1);
    }
}
