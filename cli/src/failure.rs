//! Why a command stopped, as one sentence for the terminal and a non-zero exit.

use std::path::PathBuf;

use village_core::Error;

#[derive(Debug, thiserror::Error)]
pub enum Failure {
    #[error("{}", core_words(.0))]
    Core(#[from] Error),

    /// A file she named (to import, or to restore from) has a problem; core says which.
    #[error("{}: {}", .path.display(), core_words(.error))]
    File { path: PathBuf, error: Error },

    /// Opening would create an empty database, which is not what she asked to export or check.
    #[error(
        "There is no Village database at {}. Pass --db PATH to use another one.",
        .0.display()
    )]
    NoDatabase(PathBuf),

    #[error(
        "Village cannot find this system's data folder. Pass --db PATH or set VILLAGE_DATA_DIR."
    )]
    NoDataFolder,

    /// An encrypted database, no --passphrase-file, and no terminal to ask at.
    #[error(
        "{} is encrypted. Pass --passphrase-file FILE, or run this at a terminal to be asked.",
        .0.display()
    )]
    NeedsPassphrase(PathBuf),

    #[error("There is no file at {}.", .0.display())]
    NoFile(PathBuf),

    /// Generated data goes only where there is nothing of hers to mix it with.
    #[error(
        "{} already holds {holds}. seed only fills an empty database: pass --db with a new file.",
        .path.display()
    )]
    NotEmpty { path: PathBuf, holds: String },

    #[error("Village cannot read {}: {reason}", .path.display())]
    Unreadable { path: PathBuf, reason: String },

    #[error("Village cannot write {}: {reason}", .path.display())]
    Unwritable { path: PathBuf, reason: String },

    /// Writing over the live database would destroy what it is meant to save.
    #[error(
        "{} is the Village database itself; choose another file.",
        .0.display()
    )]
    IsTheDatabase(PathBuf),

    #[error("Village cannot tell what kind of file {} is. Say it with --format json, daylio or vcard.", .0.display())]
    UnknownFormat(PathBuf),

    /// Core's sentence for a value she typed, and how to type it at a terminal.
    #[error("{0} {1}")]
    Guided(String, &'static str),

    /// Core's sentence, plus how to give the moods a number from here.
    #[error("{0} Pass --mood-map {1}, with each N from 1 (very hard) to 5 (great).")]
    UnmappedMoods(String, String),

    #[error("Village cannot write to the terminal: {0}")]
    Stdout(std::io::Error),

    #[error("Village could not start: {0}")]
    Runtime(String),
}

/// Core's sentence for her; for a storage failure the cause too, since at a terminal it is
/// the only place it is shown.
fn core_words(error: &Error) -> String {
    match error {
        Error::Database(_) | Error::Migrate(_) => {
            format!("{} ({error})", error.public_message())
        }
        other => other.public_message(),
    }
}
