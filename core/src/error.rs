//! The typed errors of village-core and the closed set of codes they cross to the UI as.

use std::path::PathBuf;

use serde::Serialize;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Input that breaks a rule; nothing was written.
    #[error("{field}: {reason}")]
    Invalid { field: &'static str, reason: String },

    #[error("{what} was not found; it may have been deleted")]
    NotFound { what: &'static str },

    #[error("{0}")]
    Conflict(String),

    /// The file is encrypted and no key was given.
    #[error("Village's data is locked. Unlock it with your passphrase.")]
    Locked,

    /// The key given does not decrypt the file.
    #[error("That passphrase doesn't open {}.", path.display())]
    WrongPassphrase { path: PathBuf },

    /// A file she picked (a backup to restore) that only a key Village does not have could
    /// open; random bytes look the same, so both are named. The file is left as it was.
    #[error(
        "{} is not a Village database, or it is encrypted with a passphrase other than the one Village has now. Village left it untouched.",
        path.display()
    )]
    NoKey { path: PathBuf },

    /// The file exists but is not a SQLite database, or SQLite reports it damaged.
    /// The file is left exactly as it was.
    #[error(
        "{} is not a Village database or is damaged; Village left it untouched",
        path.display()
    )]
    Corrupt { path: PathBuf },

    /// The folder or file cannot be created or written (permissions, a read-only disk).
    #[error("Village cannot write its data at {}: {reason}", path.display())]
    Unwritable { path: PathBuf, reason: String },

    /// The file was written by a newer Village whose migrations this build does not know.
    #[error(
        "{} was written by a newer version of Village (schema {found}); this one knows up to {known}",
        path.display()
    )]
    TooNew {
        path: PathBuf,
        found: i64,
        known: i64,
    },

    #[error("the database failed: {0}")]
    Database(#[from] sqlx::Error),

    #[error("a migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

/// The closed set of codes an error crosses to the UI with; `ui/api.js` mirrors it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    Invalid,
    NotFound,
    Conflict,
    Locked,
    Storage,
}

impl ErrorCode {
    pub const ALL: [ErrorCode; 5] = [
        ErrorCode::Invalid,
        ErrorCode::NotFound,
        ErrorCode::Conflict,
        ErrorCode::Locked,
        ErrorCode::Storage,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::Invalid => "invalid",
            ErrorCode::NotFound => "not_found",
            ErrorCode::Conflict => "conflict",
            ErrorCode::Locked => "locked",
            ErrorCode::Storage => "storage",
        }
    }
}

impl Error {
    pub fn invalid(field: &'static str, reason: impl Into<String>) -> Self {
        Error::Invalid {
            field,
            reason: reason.into(),
        }
    }

    pub fn code(&self) -> ErrorCode {
        match self {
            Error::Invalid { .. } => ErrorCode::Invalid,
            Error::NotFound { .. } => ErrorCode::NotFound,
            Error::Conflict(_) => ErrorCode::Conflict,
            // Only the journal itself waiting for its passphrase is `locked`: the window shows
            // the lock screen for that code, never for a wrong try or a file she picked.
            Error::Locked => ErrorCode::Locked,
            Error::WrongPassphrase { .. } | Error::NoKey { .. } => ErrorCode::Invalid,
            Error::Corrupt { .. }
            | Error::Unwritable { .. }
            | Error::TooNew { .. }
            | Error::Database(_)
            | Error::Migrate(_) => ErrorCode::Storage,
        }
    }

    /// A sentence she can read: what happened, without SQL or a stack of causes.
    /// The full chain is for the log.
    pub fn public_message(&self) -> String {
        match self {
            Error::Invalid { reason, .. } => reason.clone(),
            Error::Database(_) | Error::Migrate(_) => {
                "Village could not read or save its data just now. Nothing you entered was lost; please try again.".to_owned()
            }
            other => other.to_string(),
        }
    }
}
