//! The one error every command returns: `{code, message}`, with a code from a closed set.

use serde::Serialize;
use village_core::ErrorCode;

/// What the UI receives when a command fails. `message` is safe to show her; the full
/// chain goes to the log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CommandError {
    pub code: ErrorCode,
    pub message: String,
}

impl From<village_core::Error> for CommandError {
    fn from(error: village_core::Error) -> Self {
        eprintln!("village: {error:?}");
        CommandError {
            code: error.code(),
            message: error.public_message(),
        }
    }
}

impl CommandError {
    pub fn invalid(message: impl Into<String>) -> Self {
        CommandError {
            code: ErrorCode::Invalid,
            message: message.into(),
        }
    }

    /// Something of the system's (a file outside her journal) could not be read or written.
    pub fn storage(message: impl Into<String>) -> Self {
        CommandError {
            code: ErrorCode::Storage,
            message: message.into(),
        }
    }

    /// The store failed to open at start-up; every command repeats why, so she is never left
    /// with a blank screen.
    pub fn from_open_failure(error: &village_core::Error) -> Self {
        CommandError {
            code: error.code(),
            message: error.public_message(),
        }
    }
}

impl std::fmt::Display for CommandError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.code.as_str(), self.message)
    }
}

impl std::error::Error for CommandError {}
