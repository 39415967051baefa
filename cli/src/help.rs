//! `--help` in the run's language: each command's and option's words come from the catalog
//! (`cli.ftl`), and so do the headings clap would otherwise write in English. The doc comments
//! on `Cli` stay as the code's own description.

use clap::Command;
use village_core::catalog::{Language, word};

/// Each command, by its path of names ("" is village-cli itself), and each of its arguments,
/// by its id ("" is the command), with the message that describes it. Global options are
/// listed once, at the top.
const HELP: &[(&str, &str, &str)] = &[
    ("", "", "cli-help-about"),
    ("", "db", "cli-help-db"),
    ("", "passphrase_file", "cli-help-passphrase-file"),
    ("", "lang", "cli-help-lang"),
    ("export", "", "cli-help-export"),
    ("export", "format", "cli-help-export-format"),
    ("export", "out", "cli-help-export-out"),
    ("import", "", "cli-help-import"),
    ("import", "format", "cli-help-import-format"),
    ("import", "mood_map", "cli-help-import-mood-map"),
    ("import", "dry_run", "cli-help-import-dry-run"),
    ("import", "file", "cli-help-import-file"),
    ("backup", "", "cli-help-backup"),
    ("backup", "file", "cli-help-backup-file"),
    ("restore", "", "cli-help-restore"),
    ("restore", "file", "cli-help-restore-file"),
    ("doctor", "", "cli-help-doctor"),
    ("recover", "", "cli-help-recover"),
    ("recover", "name", "cli-help-recover-name"),
    ("today", "", "cli-help-today"),
    ("today", "json", "cli-help-today-json"),
    ("note", "", "cli-help-note"),
    ("note", "mood", "cli-help-note-mood"),
    ("note", "tags", "cli-help-note-tags"),
    ("note", "text", "cli-help-note-text"),
    ("seed", "", "cli-help-seed"),
    ("seed", "profile", "cli-help-seed-profile"),
    ("seed", "seed", "cli-help-seed-seed"),
    // clap's own: the help and version flags and the help subcommand.
    ("", "help", "cli-help-help"),
    ("", "version", "cli-help-version"),
    ("help", "", "cli-help-help-command"),
];

/// The command line with every word of its help in `language`.
pub fn translated(mut command: Command, language: Language) -> Command {
    // Built first, so clap's own help and version flags and the global options are in every
    // subcommand, where they are worded too.
    command.build();
    translate(command, "", language)
}

fn message(path: &str, arg: &str) -> Option<&'static str> {
    // `help export` stands for `export` in the help subcommand's own list.
    let path = path.strip_prefix("help ").unwrap_or(path);
    let find = |path: &str| {
        HELP.iter()
            .find(|(p, a, _)| *p == path && *a == arg)
            .map(|(_, _, id)| *id)
    };
    // A global option, or clap's help flag, is described where it is first defined.
    find(path).or_else(|| (!arg.is_empty()).then(|| find("")).flatten())
}

fn translate(command: Command, path: &str, language: Language) -> Command {
    let options = word(language, "cli-help-options");
    let arguments = word(language, "cli-help-arguments");
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        word(language, "cli-help-usage")
    );
    let mut command = command
        .help_template(template)
        .subcommand_help_heading(word(language, "cli-help-commands"))
        .mut_args(|arg| {
            let help = message(path, arg.get_id().as_str()).map(|id| word(language, id));
            let heading = if arg.is_positional() {
                arguments.clone()
            } else {
                options.clone()
            };
            let arg = arg.help_heading(heading);
            match help {
                Some(help) => arg.help(help),
                None => arg,
            }
        });
    if let Some(id) = message(path, "") {
        command = command.about(word(language, id));
    }
    for sub in command.get_subcommands_mut() {
        let name = sub.get_name().to_owned();
        let path = if path.is_empty() {
            name
        } else {
            format!("{path} {name}")
        };
        *sub = translate(std::mem::take(sub), &path, language);
    }
    command
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_help_message_is_in_both_catalogs() {
        for (_, _, id) in HELP {
            for language in Language::CHOSEN {
                assert!(
                    village_core::catalog::has(language, id),
                    "{} {id}",
                    language.tag()
                );
            }
        }
    }

    #[test]
    fn every_command_and_option_has_its_words() {
        use clap::CommandFactory;
        let mut command = crate::Cli::command();
        command.build();
        fn walk(command: &Command, path: &str, missing: &mut Vec<String>) {
            if message(path, "").is_none() {
                missing.push(format!("{path:?}"));
            }
            for arg in command.get_arguments() {
                let id = arg.get_id().as_str();
                if message(path, id).is_none() {
                    missing.push(format!("{path:?} {id}"));
                }
            }
            for sub in command.get_subcommands() {
                let name = sub.get_name();
                let path = if path.is_empty() {
                    name.to_owned()
                } else {
                    format!("{path} {name}")
                };
                walk(sub, &path, missing);
            }
        }
        let mut missing = Vec::new();
        walk(&command, "", &mut missing);
        // The help subcommand's own argument names a command: nothing to say about it.
        missing.retain(|m| m != "\"help\" subcommand");
        assert!(missing.is_empty(), "no words for {missing:?}");
    }

    #[test]
    fn the_help_is_in_spanish_when_she_reads_spanish() {
        use clap::CommandFactory;
        let mut command = translated(crate::Cli::command(), Language::Es);
        let help = command.render_help().to_string();
        assert!(help.contains("Uso:"), "{help}");
        assert!(help.contains("Comandos:"), "{help}");
        assert!(help.contains("Opciones:"), "{help}");
        assert!(!help.contains("Print help"), "{help}");
    }
}
