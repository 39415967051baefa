//! The one error every command returns: `{code, message}`, with a code from a closed set, and
//! for input that breaks a rule the `field` it is about, so the form can take her there.

use serde::Serialize;
use village_core::ErrorCode;

/// What the UI receives when a command fails. `message` is safe to show her; the full
/// chain goes to the log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CommandError {
    pub code: ErrorCode,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<&'static str>,
}

impl From<village_core::Error> for CommandError {
    fn from(error: village_core::Error) -> Self {
        eprintln!("village: {error:?}");
        CommandError {
            code: error.code(),
            message: error.public_message(),
            field: error.field(),
        }
    }
}

impl CommandError {
    pub fn invalid(message: impl Into<String>) -> Self {
        CommandError {
            code: ErrorCode::Invalid,
            message: message.into(),
            field: None,
        }
    }

    /// Something of the system's (a file outside her journal) could not be read or written.
    pub fn storage(message: impl Into<String>) -> Self {
        CommandError {
            code: ErrorCode::Storage,
            message: message.into(),
            field: None,
        }
    }

    /// The store failed to open at start-up; every command repeats why, so she is never left
    /// with a blank screen.
    pub fn from_open_failure(error: &village_core::Error) -> Self {
        CommandError {
            code: error.code(),
            message: error.public_message(),
            field: error.field(),
        }
    }
}

impl std::fmt::Display for CommandError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.code.as_str(), self.message)
    }
}

impl std::error::Error for CommandError {}
