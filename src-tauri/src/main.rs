// Hide the console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use kindly_app::Start;

fn main() {
    // `args_os`: a file name need not be UTF-8 (`args` would panic on it).
    let args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    match kindly_app::start_for(&args) {
        Start::Window => kindly_app::run(),
        // `kindly lookup …`, `kindly --version`, a mistyped flag: answered
        // on the command line, no window.
        Start::Command(line) => {
            // As `kindly-cli` does: the computer's language for sentences.
            kindly_words::start_with_computer_language();
            let code = kindly_cli::run(line, &mut std::io::stdout(), &mut std::io::stderr());
            std::process::exit(code);
        }
        Start::Refuse(message) => {
            eprintln!("kindly: {message}");
            std::process::exit(2);
        }
    }
}
