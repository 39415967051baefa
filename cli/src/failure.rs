//! Why a command stopped, as one sentence for the terminal and a non-zero exit, in the
//! language the CLI speaks (`crate::language`).

use std::path::{Path, PathBuf};

use village_core::Error;
use village_core::catalog::{Language, Message};
use village_core::error::{Reason, io_reason};

/// The language the CLI writes in, as `crate::language` settles it (`--lang`, else the
/// system's, else English).
pub fn language() -> Language {
    crate::language::current()
}

#[derive(Debug)]
pub enum Failure {
    Core(Error),

    /// A file she named (to import, or to restore from) has a problem; core says which.
    File {
        path: PathBuf,
        error: Error,
    },

    /// Opening would create an empty database, which is not what she asked to export or check.
    NoDatabase(PathBuf),

    NoDataFolder,

    /// An encrypted database, no --passphrase-file, and no terminal to ask at.
    NeedsPassphrase(PathBuf),

    NoFile(PathBuf),

    /// Generated data goes only where there is nothing of hers to mix it with. `holds` says
    /// what it holds, in the CLI's language.
    NotEmpty {
        path: PathBuf,
        holds: String,
    },

    /// A file that would not open; `reason` is the system's refusal (`io_reason`).
    Unreadable {
        path: PathBuf,
        reason: Message,
    },

    Unwritable {
        path: PathBuf,
        reason: Message,
    },

    /// Writing over the live database would destroy what it is meant to save.
    IsTheDatabase(PathBuf),

    UnknownFormat(PathBuf),

    /// Core's sentence for a value she typed, and how to type it at a terminal.
    Guided(Reason, Message),

    /// Core's sentence, plus how to give the moods a number from here (`sleepy=N`).
    UnmappedMoods(Reason, String),

    Stdout(std::io::Error),

    /// The terminal would not give the passphrase she typed.
    Prompt(std::io::Error),

    /// The runtime would not start; the system's words are the detail.
    Runtime(String),
}

impl From<Error> for Failure {
    fn from(error: Error) -> Self {
        Failure::Core(error)
    }
}

impl Failure {
    /// A file the system would not let the CLI read.
    pub fn unreadable(path: &Path, error: &std::io::Error) -> Failure {
        Failure::Unreadable {
            path: path.to_path_buf(),
            reason: io_reason(error),
        }
    }

    /// A file the system would not let the CLI write.
    pub fn unwritable(path: &Path, error: &std::io::Error) -> Failure {
        Failure::Unwritable {
            path: path.to_path_buf(),
            reason: io_reason(error),
        }
    }

    /// The sentence, in `language`.
    pub fn words(&self, language: Language) -> String {
        let path = |p: &Path| p.display().to_string();
        let reason: Reason = match self {
            Failure::Core(error) => return core_words(error, language),
            Failure::File { path: file, error } => Message::new("error-cli-file")
                .with("path", path(file))
                .with("reason", core_words(error, language))
                .into(),
            Failure::NoDatabase(file) => Message::new("error-cli-no-database")
                .with("path", path(file))
                .into(),
            Failure::NoDataFolder => Message::new("error-cli-no-data-folder").into(),
            Failure::NeedsPassphrase(file) => Message::new("error-cli-needs-passphrase")
                .with("path", path(file))
                .into(),
            Failure::NoFile(file) => Message::new("error-no-file")
                .with("path", path(file))
                .into(),
            Failure::NotEmpty { path: file, holds } => Message::new("error-cli-not-empty")
                .with("path", path(file))
                .with("holds", holds.as_str())
                .into(),
            Failure::Unreadable { path: file, reason } => {
                Reason::from(Message::new("error-cli-unreadable").with("path", path(file)))
                    .with_part("reason", reason.clone())
            }
            Failure::Unwritable { path: file, reason } => {
                Reason::from(Message::new("error-cli-unwritable").with("path", path(file)))
                    .with_part("reason", reason.clone())
            }
            Failure::IsTheDatabase(file) => Message::new("error-cli-is-the-database")
                .with("path", path(file))
                .into(),
            Failure::UnknownFormat(file) => Message::new("error-cli-unknown-format")
                .with("path", path(file))
                .into(),
            Failure::Guided(reason, how) => Reason::from(Message::new("error-cli-guided"))
                .with_part("reason", reason.clone())
                .with_part("how", how.clone()),
            Failure::UnmappedMoods(reason, example) => Reason::from(
                Message::new("error-cli-unmapped-moods").with("example", example.as_str()),
            )
            .with_part("reason", reason.clone()),
            Failure::Stdout(error) => Reason::from(Message::new("error-cli-terminal"))
                .with_part("reason", io_reason(error)),
            Failure::Prompt(error) => {
                Reason::from(Message::new("error-cli-prompt")).with_part("reason", io_reason(error))
            }
            Failure::Runtime(detail) => Message::new("error-cli-runtime")
                .with("detail", detail.as_str())
                .into(),
        };
        reason.render(language)
    }
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.words(language()))
    }
}

impl std::error::Error for Failure {}

/// Core's sentence for her; for a storage failure the cause too, since at a terminal it is
/// the only place it is shown.
fn core_words(error: &Error, language: Language) -> String {
    match error {
        Error::Database(_) | Error::Migrate(_) => {
            format!("{} ({error})", error.public_message(language))
        }
        other => other.public_message(language),
    }
}
