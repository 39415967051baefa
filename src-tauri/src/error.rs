//! The one error every command returns: `{code, message}`, with a code from a closed set, and
//! for input that breaks a rule the `field` it is about, so the form can take her there.
//! The message is rendered here, in the language her window shows (`crate::language`).

use serde::Serialize;
use village_core::ErrorCode;
use village_core::error::Reason;

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
        CommandError::of(&error)
    }
}

impl CommandError {
    fn of(error: &village_core::Error) -> Self {
        CommandError {
            code: error.code(),
            message: error.public_message(crate::language::current()),
            field: error.field(),
        }
    }

    fn with_code(code: ErrorCode, reason: impl Into<Reason>) -> Self {
        CommandError {
            code,
            message: reason.into().render(crate::language::current()),
            field: None,
        }
    }

    /// Something she sent the shell cannot use: `CommandError::invalid(Message::new("error-…"))`.
    pub fn invalid(reason: impl Into<Reason>) -> Self {
        CommandError::with_code(ErrorCode::Invalid, reason)
    }

    /// Something of the system's (a file outside her journal) could not be read or written.
    pub fn storage(reason: impl Into<Reason>) -> Self {
        CommandError::with_code(ErrorCode::Storage, reason)
    }

    /// The store failed to open at start-up; every command repeats why, so she is never left
    /// with a blank screen.
    pub fn from_open_failure(error: &village_core::Error) -> Self {
        CommandError::of(error)
    }
}

impl std::fmt::Display for CommandError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.code.as_str(), self.message)
    }
}

impl std::error::Error for CommandError {}
