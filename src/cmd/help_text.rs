//! `amal --help` in the language of the run: every command's and option's
//! description, and the help's own headings, from the message files. What
//! clap itself says when it cannot read a command line stays English.

use clap::Command;

use crate::messages::Message;
use crate::msg;

/// `command` (amal's, as clap derives it) with its words in the run's
/// language.
pub fn localize(mut command: Command) -> Command {
    // Built first, so that the help and version options and the `help`
    // command clap adds are there to be said too.
    command.build();
    let command = with_headings(command).about(msg!("cli-help-about").to_string());
    let names: Vec<String> = command.get_subcommands().map(|s| s.get_name().to_string()).collect();
    names.into_iter().fold(command, |command, name| {
        command.mut_subcommand(&name, |sub| {
            let about = subcommand_about(&name).map(|m| m.to_string());
            let ids: Vec<String> = sub.get_arguments().map(|a| a.get_id().to_string()).collect();
            let sub = ids.into_iter().fold(with_headings(sub), |sub, id| {
                let help = argument_help(&name, &id).map(|m| m.to_string());
                sub.mut_arg(&id, |arg| match help {
                    Some(help) => arg.help(help).long_help(None::<&str>),
                    None => arg,
                })
            });
            match about {
                Some(about) => sub.about(about).long_about(None::<&str>),
                None => sub,
            }
        })
    })
}

/// The headings and the help and version options, said in the run's language.
fn with_headings(command: Command) -> Command {
    let template =
        format!("{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}", msg!("cli-help-usage"));
    command.help_template(template).subcommand_help_heading(msg!("cli-help-commands").to_string()).mut_args(
        |arg| {
            let heading =
                if arg.is_positional() { msg!("cli-help-arguments") } else { msg!("cli-help-options") };
            let arg = arg.help_heading(heading.to_string());
            match arg.get_id().as_str() {
                "help" => arg.help(msg!("cli-help-help").to_string()),
                "version" => arg.help(msg!("cli-help-version").to_string()),
                _ => arg,
            }
        },
    )
}

fn subcommand_about(name: &str) -> Option<Message> {
    Some(match name {
        "build" => msg!("cli-help-build"),
        "check" => msg!("cli-help-check"),
        "serve" => msg!("cli-help-serve"),
        "new" => msg!("cli-help-new"),
        "translated" => msg!("cli-help-translated"),
        "help" => msg!("cli-help-help-command"),
        _ => return None,
    })
}

fn argument_help(command: &str, argument: &str) -> Option<Message> {
    Some(match (command, argument) {
        (_, "site") => msg!("cli-help-site"),
        (_, "drafts") => msg!("cli-help-drafts"),
        ("build", "out") => msg!("cli-help-out"),
        ("build", "base_url") => msg!("cli-help-base-url"),
        ("build", "timings") => msg!("cli-help-timings"),
        ("build", "force") => msg!("cli-help-force"),
        ("build", "publish") => msg!("cli-help-publish-build"),
        ("check", "publish") => msg!("cli-help-publish-check"),
        ("check", "format") => msg!("cli-help-format"),
        ("serve", "port") => msg!("cli-help-port"),
        ("serve", "bind") => msg!("cli-help-bind"),
        ("serve", "open") => msg!("cli-help-open"),
        ("new", "path") => msg!("cli-help-path"),
        ("translated", "files") => msg!("cli-help-files"),
        ("translated", "from") => msg!("cli-help-from"),
        (_, "help") => msg!("cli-help-help"),
        (_, "version") => msg!("cli-help-version"),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    /// Every command and option amal has is described from the message
    /// files: one added without its words fails here.
    #[test]
    fn every_command_and_option_has_its_words() {
        use clap::CommandFactory;
        let mut command = crate::cmd::cli::Cli::command();
        command.build();
        for sub in command.get_subcommands() {
            assert!(super::subcommand_about(sub.get_name()).is_some(), "{}", sub.get_name());
            for arg in sub.get_arguments() {
                let id = arg.get_id().as_str();
                assert!(super::argument_help(sub.get_name(), id).is_some(), "{} --{id}", sub.get_name());
            }
        }
    }
}
