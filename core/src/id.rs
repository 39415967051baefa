//! Row ids: random UUIDs as text, so two devices can create rows without colliding.

/// Declares an id type stored as a lower-case hyphenated UUID; `$what` is the catalog id
/// of the sentence a malformed one is refused with (as not found: no such row can exist).
macro_rules! uuid_id {
    ($(#[$meta:meta])* $name:ident, $what:literal) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord,
            serde::Serialize, serde::Deserialize, sqlx::Type,
        )]
        #[serde(transparent)]
        #[sqlx(transparent)]
        pub struct $name(String);

        impl $name {
            #[allow(clippy::new_without_default)]
            pub fn new() -> Self {
                Self(uuid::Uuid::new_v4().hyphenated().to_string())
            }

            /// Reads an id from the UI or a file; anything that is not a UUID is refused.
            pub fn parse(text: &str) -> $crate::Result<Self> {
                uuid::Uuid::try_parse(text.trim())
                    .map(|id| Self(id.hyphenated().to_string()))
                    .map_err(|_| $crate::Error::NotFound {
                        what: $crate::catalog::Message::new($what),
                    })
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

uuid_id!(
    /// One person in her circle.
    PersonId,
    "error-not-found-person"
);

uuid_id!(
    /// One logged contact.
    CheckInId,
    "error-not-found-check-in"
);

uuid_id!(
    /// One saved group.
    GroupId,
    "error-not-found-group"
);

uuid_id!(
    /// One mood note.
    MoodNoteId,
    "error-not-found-note"
);

uuid_id!(
    /// One tag.
    TagId,
    "error-not-found-tag"
);

uuid_id!(
    /// One completed questionnaire.
    SelfCheckId,
    "error-not-found-self-check"
);
