//! The typed errors of village-core and the closed set of codes they cross to the UI as.
//! An error carries no sentence of its own: it names a catalog message and its arguments
//! (paths, numbers, what she typed), and the shell or the CLI renders it in her language.

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::catalog::{Arg, Language, Message};

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What swaps the database file (`session::Session::begin_swap`), so other work waits its
/// turn and is told why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Swap {
    Restore,
    Rekey,
}

/// Why something was refused, in no language yet: a catalog message whose arguments may
/// themselves be messages (the name of the field at fault, the reason one record of a file
/// was refused), all rendered in the one language she reads.
#[derive(Debug, Clone, PartialEq)]
pub struct Reason {
    message: Message,
    parts: Vec<(&'static str, Part)>,
}

/// An argument that is words of its own.
#[derive(Debug, Clone, PartialEq)]
enum Part {
    One(Reason),
    /// Items as a sentence lists them: "“a”, “b” and “c”".
    List(Vec<Reason>),
}

impl Reason {
    /// The reason with one more plain argument (a number, a path, words she typed).
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.message.args.push((name, value.into()));
        self
    }

    /// The reason with an argument that is itself a message, rendered in the same language.
    pub fn with_part(mut self, name: &'static str, part: impl Into<Reason>) -> Self {
        self.parts.push((name, Part::One(part.into())));
        self
    }

    /// The reason with an argument that lists items, joined as her language joins them.
    pub fn with_list(mut self, name: &'static str, items: Vec<Reason>) -> Self {
        self.parts.push((name, Part::List(items)));
        self
    }

    /// The catalog id of the outer message.
    pub fn id(&self) -> &'static str {
        self.message.id
    }

    /// The parts first, then the message they go into.
    pub fn render(&self, language: Language) -> String {
        let mut args = self.message.args.clone();
        for (name, part) in &self.parts {
            let text = match part {
                Part::One(reason) => reason.render(language),
                Part::List(items) => list(language, items),
            };
            args.push((name, Arg::Text(text)));
        }
        crate::catalog::say(language, self.message.id, &args)
    }

    /// Whether the English words hold `words`: tests read reasons as English.
    pub fn contains(&self, words: &str) -> bool {
        self.render(Language::En).contains(words)
    }
}

/// "a", "a and b", "a, b and c", in `language`.
fn list(language: Language, items: &[Reason]) -> String {
    let mut words: Vec<String> = items.iter().map(|i| i.render(language)).collect();
    let Some(last) = words.pop() else {
        return String::new();
    };
    if words.is_empty() {
        return last;
    }
    crate::catalog::say(
        language,
        "error-list-and",
        &[
            ("items", Arg::Text(words.join(", "))),
            ("last", Arg::Text(last)),
        ],
    )
}

impl From<Message> for Reason {
    fn from(message: Message) -> Self {
        Reason {
            message,
            parts: Vec::new(),
        }
    }
}

/// A message id with no arguments: `Error::invalid("mood", "error-mood")`.
impl From<&'static str> for Reason {
    fn from(id: &'static str) -> Self {
        Reason::from(Message::new(id))
    }
}

/// English for the log, which is for us.
impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(Language::En))
    }
}

#[derive(Debug)]
pub enum Error {
    /// Input that breaks a rule; nothing was written.
    Invalid {
        field: &'static str,
        reason: Reason,
    },

    /// What was looked for and is gone, said whole for each kind (`error-not-found-person`).
    NotFound {
        what: Message,
    },

    /// Two changes that cannot both stand (a tag name taken, a meeting marked twice).
    Conflict(Message),

    /// The database file is being swapped (a restore, a new passphrase): try again shortly.
    Busy(Swap),

    /// The journal could not be opened when the session began; why, as she reads it.
    Unopened(Message),

    /// Village's own fault, not her input and not the disk: a check of its own work failed.
    /// Nothing was changed.
    Internal(Message),

    /// The file is encrypted and no key was given.
    Locked,

    /// The key given does not decrypt the file.
    WrongPassphrase {
        path: PathBuf,
    },

    /// A file she picked (a backup to restore) that only a key Village does not have could
    /// open; random bytes look the same, so both are named. The file is left as it was.
    NoKey {
        path: PathBuf,
    },

    /// The file exists but is not a SQLite database, or SQLite reports it damaged.
    /// The file is left exactly as it was.
    Corrupt {
        path: PathBuf,
    },

    /// The folder or file cannot be created or written (permissions, a read-only disk).
    /// `reason` is the system's refusal in her words (`io_reason`).
    Unwritable {
        path: PathBuf,
        reason: Message,
    },

    /// The file was written by a newer Village whose migrations this build does not know.
    TooNew {
        path: PathBuf,
        found: i64,
        known: i64,
    },

    /// The device had no room for the write; none of it was saved, and what was saved before
    /// is whole.
    Full,

    /// The disk or folder her journal is on can be read but not written just now.
    ReadOnly,

    /// Another program (village-cli, a second copy) held the journal for longer than Village
    /// waits; this write was not made.
    Contended,

    Database(sqlx::Error),

    Migrate(sqlx::migrate::MigrateError),
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

/// A path as an argument of a message: shown to her as the system writes it.
fn path_arg(path: &Path) -> String {
    path.display().to_string()
}

impl Error {
    /// Input that breaks a rule: `Error::invalid("mood", "error-mood")`, or a message with
    /// arguments.
    pub fn invalid(field: &'static str, reason: impl Into<Reason>) -> Self {
        Error::Invalid {
            field,
            reason: reason.into(),
        }
    }

    /// A folder or file the system would not let Village write.
    pub fn unwritable(path: &Path, error: &std::io::Error) -> Self {
        Error::Unwritable {
            path: path.to_path_buf(),
            reason: io_reason(error),
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
            Error::NotFound { what } => Error::NotFound { what: what.clone() },
            Error::Conflict(message) => Error::Conflict(message.clone()),
            Error::Busy(swap) => Error::Busy(*swap),
            Error::Internal(message) => Error::Internal(message.clone()),
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
            Error::Unopened(message) => Error::Unopened(message.clone()),
            Error::Full => Error::Full,
            Error::ReadOnly => Error::ReadOnly,
            Error::Contended => Error::Contended,
            Error::Database(_) | Error::Migrate(_) => {
                Error::Unopened(Message::new("error-storage"))
            }
        }
    }

    /// The input an `Invalid` error is about, named as the command took it.
    pub fn field(&self) -> Option<&'static str> {
        match self {
            Error::Invalid { field, .. } => Some(field),
            _ => None,
        }
    }

    /// What she reads, in no language yet: the message and its arguments. For an `Invalid`
    /// error, its reason alone (the form shows it by the field).
    pub fn words(&self) -> Reason {
        let message = match self {
            Error::Invalid { reason, .. } => return reason.clone(),
            Error::NotFound { what } => what.clone(),
            Error::Conflict(message) | Error::Internal(message) | Error::Unopened(message) => {
                message.clone()
            }
            Error::Busy(Swap::Restore) => Message::new("error-busy-restore"),
            Error::Busy(Swap::Rekey) => Message::new("error-busy-rekey"),
            Error::Locked => Message::new("error-locked"),
            Error::WrongPassphrase { path } => {
                Message::new("error-wrong-passphrase").with("path", path_arg(path))
            }
            Error::NoKey { path } => Message::new("error-no-key").with("path", path_arg(path)),
            Error::Corrupt { path } => Message::new("error-corrupt").with("path", path_arg(path)),
            Error::Unwritable { path, reason } => {
                return Reason::from(Message::new("error-unwritable").with("path", path_arg(path)))
                    .with_part("reason", reason.clone());
            }
            Error::TooNew { path, found, known } => Message::new("error-too-new")
                .with("path", path_arg(path))
                .with("found", *found)
                .with("known", *known),
            Error::Full => Message::new("error-full"),
            Error::ReadOnly => Message::new("error-read-only"),
            Error::Contended => Message::new("error-contended"),
            Error::Database(_) | Error::Migrate(_) => Message::new("error-storage"),
        };
        Reason::from(message)
    }

    /// A sentence she can read, in `language`: what happened, without SQL or a stack of
    /// causes. The full chain is for the log.
    pub fn public_message(&self, language: Language) -> String {
        self.words().render(language)
    }
}

/// The log's words, in English: the log is for us. A database's own error keeps its chain.
impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Invalid { field, reason } => write!(f, "{field}: {reason}"),
            Error::Database(error) => write!(f, "the database failed: {error}"),
            Error::Migrate(error) => write!(f, "a migration failed: {error}"),
            other => write!(f, "{}", other.words()),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Migrate(error) => Some(error),
            _ => None,
        }
    }
}

impl From<sqlx::migrate::MigrateError> for Error {
    fn from(error: sqlx::migrate::MigrateError) -> Self {
        Error::Migrate(error)
    }
}

/// Why the system refused to read or write a file, in her words where the kind is one she
/// can act on; other refusals show the system's own words. Those words ride along as
/// `detail` either way, for the log.
pub fn io_reason(error: &std::io::Error) -> Message {
    use std::io::ErrorKind;
    match error.kind() {
        ErrorKind::PermissionDenied => Message::new("error-io-permission"),
        ErrorKind::ReadOnlyFilesystem => Message::new("error-io-read-only"),
        ErrorKind::StorageFull => Message::new("error-io-full"),
        ErrorKind::NotFound => Message::new("error-io-missing"),
        _ => Message::new("error-io-other"),
    }
    .with("detail", error.to_string())
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::has;
    use crate::id::{CheckInId, GroupId, MoodNoteId, PersonId, SelfCheckId, TagId};

    fn every_variant() -> Vec<Error> {
        let path = PathBuf::from("/data/village.db");
        let io = std::io::Error::from(std::io::ErrorKind::PermissionDenied);
        vec![
            Error::invalid("mood", "error-mood"),
            Error::NotFound {
                what: Message::new("error-not-found-person"),
            },
            Error::Conflict(Message::new("error-meeting-marked")),
            Error::Busy(Swap::Restore),
            Error::Busy(Swap::Rekey),
            Error::Unopened(Message::new("error-storage")),
            Error::Internal(Message::new("error-backup-unencrypted")),
            Error::Locked,
            Error::WrongPassphrase { path: path.clone() },
            Error::NoKey { path: path.clone() },
            Error::Corrupt { path: path.clone() },
            Error::unwritable(&path, &io),
            Error::TooNew {
                path,
                found: 12,
                known: 9,
            },
            Error::Full,
            Error::ReadOnly,
            Error::Contended,
            Error::Database(sqlx::Error::PoolTimedOut),
        ]
    }

    #[test]
    fn every_kind_of_error_has_words_in_both_languages() {
        let mut errors = every_variant();
        errors.extend([
            PersonId::parse("x").unwrap_err(),
            CheckInId::parse("x").unwrap_err(),
            GroupId::parse("x").unwrap_err(),
            MoodNoteId::parse("x").unwrap_err(),
            TagId::parse("x").unwrap_err(),
            SelfCheckId::parse("x").unwrap_err(),
        ]);
        for error in &errors {
            let id = error.words().id();
            for language in Language::CHOSEN {
                assert!(has(language, id), "{} lacks {id}", language.tag());
                let words = error.public_message(language);
                assert!(!words.contains('{') && !words.contains("error-"), "{words}");
            }
        }
    }

    #[test]
    fn errors_come_in_spanish_with_their_arguments() {
        let es = Language::Es;
        let person = PersonId::parse("not an id").unwrap_err();
        assert_eq!(
            person.public_message(Language::En),
            "We couldn't find that person. They may have been removed from your circle."
        );
        assert_eq!(
            person.public_message(es),
            "No encontramos a esa persona. Puede que la hayas quitado de tu círculo."
        );
        let denied = std::io::Error::from(std::io::ErrorKind::PermissionDenied);
        assert_eq!(
            Error::unwritable(Path::new("/data"), &denied).public_message(es),
            "Village no puede guardar sus datos en /data: no tiene permiso."
        );
        let too_new = Error::TooNew {
            path: PathBuf::from("/data/village.db"),
            found: 12,
            known: 9,
        };
        assert_eq!(
            too_new.public_message(es),
            "/data/village.db lo escribió una versión más nueva de Village (esquema 12); esta conoce hasta el 9."
        );
        let taken = Error::Conflict(Message::new("error-tag-taken").with("name", "paseo"));
        assert_eq!(
            taken.public_message(es),
            "Ya hay una etiqueta llamada «paseo». Mejor une las dos."
        );
        assert_eq!(
            Error::invalid(
                "settings",
                Message::new("error-setting-value")
                    .with("value", "púrpura")
                    .with("key", "theme")
            )
            .public_message(es),
            "«púrpura» no es un valor que Village use para theme."
        );
    }

    #[test]
    fn line_numbers_are_written_without_grouping() {
        let utf8 = Error::invalid(
            "file",
            Message::new("error-file-not-utf8").with("line", 12345),
        );
        assert_eq!(
            utf8.public_message(Language::Es),
            "Ese archivo no es texto UTF-8 (línea 12345). Guárdalo como UTF-8 y vuelve a intentarlo."
        );
    }

    #[test]
    fn a_reason_inside_another_is_rendered_in_the_same_language() {
        let empty = Reason::from(Message::new("error-text-empty"))
            .with_part("label", Message::new("error-label-name"));
        let record = Reason::from(
            Message::new("error-in-named-record")
                .with("list", "people")
                .with("number", 3)
                .with("name", "Ana"),
        )
        .with_part("reason", empty);
        let error = Error::invalid("file", record);
        assert_eq!(
            error.public_message(Language::En),
            "In people, number 3 (“Ana”): The name can't be empty."
        );
        assert_eq!(
            error.public_message(Language::Es),
            "En people, número 3 («Ana»): El nombre no puede quedar en blanco."
        );
        // The log reads English, with the field.
        assert_eq!(
            error.to_string(),
            "file: In people, number 3 (“Ana”): The name can't be empty."
        );
    }

    #[test]
    fn a_list_is_joined_as_each_language_joins_one() {
        let quoted =
            |name: &str| Reason::from(Message::new("error-quoted").with("text", name.to_owned()));
        let moods = |names: &[&str]| {
            Reason::from(Message::new("error-moods-unmapped"))
                .with_list("names", names.iter().map(|n| quoted(n)).collect())
        };
        assert_eq!(
            moods(&["sleepy"]).render(Language::En),
            "Give “sleepy” a mood from 1 to 5 first."
        );
        assert_eq!(
            moods(&["sleepy", "meh", "rad"]).render(Language::En),
            "Give “sleepy”, “meh” and “rad” a mood from 1 to 5 first."
        );
        assert_eq!(
            moods(&["sleepy", "meh"]).render(Language::Es),
            "Primero dale a «sleepy» y «meh» un ánimo del 1 al 5."
        );
    }

    #[test]
    fn a_database_error_is_a_plain_sentence_for_her_and_its_chain_for_the_log() {
        let error = Error::Database(sqlx::Error::PoolTimedOut);
        assert_eq!(
            error.public_message(Language::En),
            "Village could not read or save its data just now. Nothing you entered was lost; please try again."
        );
        assert!(error.to_string().starts_with("the database failed: "));
        assert_eq!(
            error.again().public_message(Language::Es),
            error.public_message(Language::Es)
        );
    }
}
