//! `kindly-cli`: the command-line side of Kindly without the window.

fn main() {
    // `args_os`: a file name need not be UTF-8 (`args` would panic on it).
    let code = kindly_cli::run(
        std::env::args_os().skip(1),
        &mut std::io::stdout(),
        &mut std::io::stderr(),
    );
    std::process::exit(code);
}
