//! `kindly-cli`: the command-line side of Kindly without the window.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = kindly_cli::run(&args, &mut std::io::stdout(), &mut std::io::stderr());
    std::process::exit(code);
}
