//! The typed errors of village-core and the closed set of codes they cross to the UI as.

use std::path::PathBuf;

use serde::Serialize;

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What swaps the database file (`session::Session::begin_swap`), so other work waits its
/// turn and is told why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Swap {
    Restore,
    Rekey,
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Input that breaks a rule; nothing was written.
    #[error("{field}: {reason}")]
    Invalid { field: &'static str, reason: String },

    #[error("{what} was not found; it may have been deleted")]
    NotFound { what: &'static str },

    /// Two changes that cannot both stand (a tag name taken, a meeting marked twice).
    #[error("{0}")]
    Conflict(String),

    /// The database file is being swapped (a restore, a new passphrase): try again shortly.
    #[error("{}", match .0 {
        Swap::Restore => "Village is restoring a backup. Try again in a moment.",
        Swap::Rekey => "Village is changing your passphrase. Try again in a moment.",
    })]
    Busy(Swap),

    /// The journal could not be opened when the session began; the reason, as she reads it.
    #[error("{0}")]
    Unopened(String),

    /// Village's own fault, not her input and not the disk: a check of its own work failed.
    /// Nothing was changed.
    #[error("{0}")]
    Internal(String),

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
        "{} is not a Village database or is damaged. Village left it untouched.",
        path.display()
    )]
    Corrupt { path: PathBuf },

    /// The folder or file cannot be created or written (permissions, a read-only disk).
    #[error("Village cannot write its data at {}: {reason}", path.display())]
    Unwritable { path: PathBuf, reason: String },

    /// The file was written by a newer Village whose migrations this build does not know.
    #[error(
        "{} was written by a newer version of Village (schema {found}); this one knows up to {known}.",
        path.display()
    )]
    TooNew {
        path: PathBuf,
        found: i64,
        known: i64,
    },

    /// The device had no room for the write; none of it was saved, and what was saved before
    /// is whole.
    #[error(
        "Your device is full, so this wasn't saved. Free some space, then save again; what you wrote is still here."
    )]
    Full,

    /// The disk or folder her journal is on can be read but not written just now.
    #[error(
        "Village can't save right now: the disk its data is on can only be read. Everything saved before is still there and can be read."
    )]
    ReadOnly,

    /// Another program (village-cli, a second copy) held the journal for longer than Village
    /// waits; this write was not made.
    #[error(
        "Another Village program was saving at the same moment, so this wasn't saved. Please save again."
    )]
    Contended,

    #[error("the database failed: {0}")]
    Database(sqlx::Error),

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
    Internal,
}

impl ErrorCode {
    pub const ALL: [ErrorCode; 6] = [
        ErrorCode::Invalid,
        ErrorCode::NotFound,
        ErrorCode::Conflict,
        ErrorCode::Locked,
        ErrorCode::Storage,
        ErrorCode::Internal,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::Invalid => "invalid",
            ErrorCode::NotFound => "not_found",
            ErrorCode::Conflict => "conflict",
            ErrorCode::Locked => "locked",
            ErrorCode::Storage => "storage",
            ErrorCode::Internal => "internal",
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
            Error::Conflict(_) | Error::Busy(_) => ErrorCode::Conflict,
            Error::Internal(_) => ErrorCode::Internal,
            // Only the journal itself waiting for its passphrase is `locked`: the window shows
            // the lock screen for that code, never for a wrong try or a file she picked.
            Error::Locked => ErrorCode::Locked,
            Error::WrongPassphrase { .. } | Error::NoKey { .. } => ErrorCode::Invalid,
            Error::Corrupt { .. }
            | Error::Full
            | Error::ReadOnly
            | Error::Contended
            | Error::Unwritable { .. }
            | Error::TooNew { .. }
            | Error::Unopened(_)
            | Error::Database(_)
            | Error::Migrate(_) => ErrorCode::Storage,
        }
    }

    /// The same error once more, for a session that keeps why its journal would not open and
    /// gives it to every use: the paths and words are kept, a database's own error becomes
    /// the sentence she reads.
    pub fn again(&self) -> Error {
        match self {
            Error::Invalid { field, reason } => Error::Invalid {
                field,
                reason: reason.clone(),
            },
            Error::NotFound { what } => Error::NotFound { what },
            Error::Conflict(text) => Error::Conflict(text.clone()),
            Error::Busy(swap) => Error::Busy(*swap),
            Error::Internal(text) => Error::Internal(text.clone()),
            Error::Locked => Error::Locked,
            Error::WrongPassphrase { path } => Error::WrongPassphrase { path: path.clone() },
            Error::NoKey { path } => Error::NoKey { path: path.clone() },
            Error::Corrupt { path } => Error::Corrupt { path: path.clone() },
            Error::Unwritable { path, reason } => Error::Unwritable {
                path: path.clone(),
                reason: reason.clone(),
            },
            Error::TooNew { path, found, known } => Error::TooNew {
                path: path.clone(),
                found: *found,
                known: *known,
            },
            Error::Unopened(text) => Error::Unopened(text.clone()),
            Error::Full => Error::Full,
            Error::ReadOnly => Error::ReadOnly,
            Error::Contended => Error::Contended,
            Error::Database(_) | Error::Migrate(_) => Error::Unopened(self.public_message()),
        }
    }

    /// The input an `Invalid` error is about, named as the command took it.
    pub fn field(&self) -> Option<&'static str> {
        match self {
            Error::Invalid { field, .. } => Some(field),
            _ => None,
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

/// SQLite's result code for an error from the database, when it has one.
pub(crate) fn sqlite_code(error: &sqlx::Error) -> Option<i32> {
    match error {
        sqlx::Error::Database(db) => db.code().and_then(|c| c.parse::<i32>().ok()),
        _ => None,
    }
}

/// The database's own errors become the ones she can act on: a full device, a read-only disk,
/// another program holding the file. SQLite's words stay in the log, never in front of her.
impl From<sqlx::Error> for Error {
    fn from(error: sqlx::Error) -> Self {
        // Extended result codes keep the primary code in the low byte.
        match sqlite_code(&error).map(|c| c & 0xff) {
            Some(13) => Error::Full,
            Some(8) => Error::ReadOnly,
            Some(5 | 6) => Error::Contended,
            _ => Error::Database(error),
        }
    }
}
