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
pub(crate) fn in_words(command: Command) -> Command {
    // Global arguments are copied into every command when it is built, so
    // they get their words first; the rest once the tree is complete.
    let mut command = command
        .mut_arg("data_dir", |arg| described(arg, "cli-help-arg-data-dir"))
        .mut_arg("database", |arg| described(arg, "cli-help-arg-database"));
    command.build();
    worded(command, "cli-help")
}

/// `command` and its subcommands, their arguments and headings in words;
/// `id` is the message of its description.
fn worded(command: Command, id: &str) -> Command {
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
            let own = match name.as_str() {
                "help" => {
                    // Its long form (`--help` when a command has more to say) says so.
                    let arg = arg
                        .help(say("cli-help-flag-help"))
                        .help_heading(say("cli-help-heading-options"));
                    return if long_form {
                        arg.long_help(say("cli-help-flag-help-long"))
                    } else {
                        arg.long_help(None::<&str>)
                    };
                }
                "version" => "cli-help-flag-version".to_owned(),
                "data_dir" => "cli-help-arg-data-dir".to_owned(),
                "database" => "cli-help-arg-database".to_owned(),
                _ => format!("{id}-arg-{}", name.replace('_', "-")),
            };
            let heading = if arg.is_positional() {
                "cli-help-heading-arguments"
            } else {
                "cli-help-heading-options"
            };
            described(arg, &own).help_heading(say(heading))
        });
    }
    for name in subcommands {
        let sub_id = if name == "help" {
            "cli-help-help".to_owned()
        } else {
            format!("{id}-{name}")
        };
        command = command.mut_subcommand(name.as_str(), |sub| worded(sub, &sub_id));
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

    /// Every message id `worded` asks for, for `command` at `id`.
    fn asked(command: &Command, id: &str, into: &mut Vec<String>) {
        into.push(id.to_owned());
        for arg in command.get_arguments() {
            let name = arg.get_id().as_str();
            if !matches!(name, "help" | "version" | "data_dir" | "database") {
                into.push(format!("{id}-arg-{}", name.replace('_', "-")));
            }
        }
        for sub in command.get_subcommands() {
            let name = sub.get_name();
            if name != "help" {
                asked(sub, &format!("{id}-{name}"), into);
            }
        }
    }

    #[test]
    fn every_command_and_argument_has_english_words() {
        let mut ids = vec![
            "cli-help-after".to_owned(),
            "cli-help-usage".to_owned(),
            "cli-help-heading-commands".to_owned(),
            "cli-help-heading-arguments".to_owned(),
            "cli-help-heading-options".to_owned(),
            "cli-help-flag-help".to_owned(),
            "cli-help-flag-help-long".to_owned(),
            "cli-help-flag-version".to_owned(),
            "cli-help-arg-data-dir".to_owned(),
            "cli-help-arg-database".to_owned(),
            "cli-help-help".to_owned(),
            "cli-help-help-arg-subcommand".to_owned(),
        ];
        for value in ["vcard", "csv", "ics", "json", "text"] {
            ids.push(format!("cli-help-export-arg-format-value-{value}"));
        }
        asked(&Cli::command(), "cli-help", &mut ids);
        for id in &ids {
            assert!(!kindly_words::say_in("en", id, None).is_empty(), "no {id}");
        }
    }
}
