// Hide the console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    // `kindly lookup …`, `kindly backup`, …: the command line, no window.
    let args: Vec<String> = std::env::args().skip(1).collect();
    if kindly_cli::is_command(&args) {
        let code = kindly_cli::run(&args, &mut std::io::stdout(), &mut std::io::stderr());
        std::process::exit(code);
    }
    kindly_app::run();
}
