//! `--help` in the language the command line speaks. The grammar stays in
//! `args.rs`; every text its help shows comes from the catalogues
//! (`locales/<language>/rust/cli-help.ftl`), named by where it sits:
//! `cli-help` for `kindly` itself, `cli-help-team-add-staff` for
//! `kindly team add-staff`, `…-more` for a command's longer description,
//! `…-arg-<name>` for an argument, `…-value-<name>` for one of its values.
//! Clap's own mistakes ("unexpected argument…") stay English.

use clap::{Arg, Command};
use kindly_words::say;

/// `command` (the whole of `kindly`) with its help in the active language.
pub(crate) fn in_words(mut command: Command) -> Command {
    // Built first, so the global arguments (--data-dir, --database) are in
    // every command and get their words there.
    command.build();
    worded(command, "cli-help", "cli-help")
}

/// `command` and its subcommands, their arguments and headings in words;
/// `id` is the message of its description, `base` what its subcommands'
/// ids start with (the help command lists the commands beside it, so its
/// own are named as those are).
fn worded(command: Command, id: &str, base: &str) -> Command {
    let about = say(id);
    let more = say(&format!("{id}-more"));
    let long = (!more.is_empty()).then(|| format!("{about}\n\n{more}"));
    // As clap does: `--help` gives the long form only where there is more to say.
    let long_form = long.is_some()
        || command
            .get_arguments()
            .any(|arg| !arg.get_possible_values().is_empty());
    let names: Vec<String> = command
        .get_arguments()
        .map(|arg| arg.get_id().as_str().to_owned())
        .collect();
    let subcommands: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_owned())
        .collect();
    let mut command = command
        .about(about)
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
            say("cli-help-usage")
        ))
        .subcommand_help_heading(say("cli-help-heading-commands"));
    if let Some(long) = long {
        command = command.long_about(long);
    }
    if id == "cli-help" {
        command = command.after_help(say("cli-help-after"));
    }
    for name in names {
        command = command.mut_arg(name.as_str(), |arg| {
            let heading = if arg.is_positional() {
                "cli-help-heading-arguments"
            } else {
                "cli-help-heading-options"
            };
            let arg = match name.as_str() {
                // Its long form (`--help` where a command has more to say) says so.
                "help" if long_form => arg
                    .help(say("cli-help-flag-help"))
                    .long_help(say("cli-help-flag-help-long")),
                "help" => arg.help(say("cli-help-flag-help")).long_help(None::<&str>),
                "version" => described(arg, "cli-help-flag-version"),
                "data_dir" => described(arg, "cli-help-arg-data-dir"),
                "database" => described(arg, "cli-help-arg-database"),
                _ => described(arg, &format!("{id}-arg-{}", name.replace('_', "-"))),
            };
            arg.help_heading(say(heading))
        });
    }
    for name in subcommands {
        command = command.mut_subcommand(name.as_str(), |sub| {
            let own = format!("{base}-{name}");
            match name.as_str() {
                "help" => worded(sub, "cli-help-help", id),
                _ => worded(sub, &own, &own),
            }
        });
    }
    command
}

/// `arg` with the message `id` as its help. An argument with named values
/// lists them, each with its own message (`id-value-<name>`), in the long
/// help (`--help`) and by name in the short one (`-h`), instead of clap's
/// English "possible values".
fn described(arg: Arg, id: &str) -> Arg {
    let help = say(id);
    let values = arg.get_possible_values();
    if values.is_empty() {
        return arg.help(help);
    }
    let names: Vec<&str> = values.iter().map(|v| v.get_name()).collect();
    let mut long = help.clone();
    for name in &names {
        // A value that needs no words (a shell's name) is listed as it is.
        match say(&format!("{id}-value-{name}")) {
            words if words.is_empty() => long.push_str(&format!("\n- {name}")),
            words => long.push_str(&format!("\n- {name}: {words}")),
        }
    }
    arg.hide_possible_values(true)
        .help(format!("{help} ({})", names.join(", ")))
        .long_help(long)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::args::Cli;
    use clap::CommandFactory;

    /// Fails on any command or argument of `command` (at `path`) whose
    /// help is empty: a message its id names is missing from English.
    fn has_words(command: &Command, path: &str) {
        let about = command.get_about().map(ToString::to_string);
        assert!(
            about.is_some_and(|a| !a.is_empty()),
            "`{path}` has no words"
        );
        for arg in command.get_arguments() {
            let help = arg.get_help().map(ToString::to_string);
            let id = arg.get_id();
            assert!(
                help.is_some_and(|h| !h.is_empty()),
                "`{path}` {id} has no words"
            );
        }
        for sub in command.get_subcommands() {
            has_words(sub, &format!("{path} {}", sub.get_name()));
        }
    }

    #[test]
    fn every_command_argument_and_value_has_english_words() {
        let command = in_words(Cli::command());
        has_words(&command, "kindly");
        assert!(command
            .get_after_help()
            .is_some_and(|a| !a.to_string().is_empty()));
        let export = command.find_subcommand("export").expect("export");
        let format = export
            .get_arguments()
            .find(|arg| arg.get_id() == "format")
            .and_then(|arg| arg.get_long_help())
            .expect("the formats' long help")
            .to_string();
        for value in ["vcard", "csv", "ics", "json", "text"] {
            let line = format!("- {value}: ");
            assert!(format.contains(&line), "{value} has no words: {format}");
        }
    }
}
