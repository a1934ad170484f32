//! `kindly-cli`: the command-line side of Kindly without the window.

fn main() {
    // The computer's language for the sentences; `--json`, exports and
    // clap's own help stay as they are.
    kindly_words::start_with_computer_language();
    // `args_os`: a file name need not be UTF-8 (`args` would panic on it).
    let code = kindly_cli::run(
        std::env::args_os().skip(1),
        &mut std::io::stdout(),
        &mut std::io::stderr(),
    );
    std::process::exit(code);
}
