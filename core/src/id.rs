//! Row ids: random UUIDs as text, so two devices can create rows without colliding.

/// Declares an id type stored as a lower-case hyphenated UUID.
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
                    .map_err(|_| $crate::Error::NotFound { what: $what })
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

pub(crate) use uuid_id;
