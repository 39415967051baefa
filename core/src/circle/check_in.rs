//! A check-in: one time she connected with someone.

use chrono::{DateTime, TimeZone, Utc};
use serde::{Deserialize, Serialize};

use super::PersonId;
use crate::error::{Error, Result};
pub use crate::id::CheckInId;
use crate::id::GroupId;
use crate::text;

pub const NOTE_MAX: usize = 500;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, sqlx::Type)]
#[serde(rename_all = "snake_case")]
#[sqlx(rename_all = "snake_case")]
pub enum CheckInKind {
    Text,
    Call,
    Video,
    Visit,
    MetAtGroup,
    Other,
}

impl CheckInKind {
    pub const ALL: [CheckInKind; 6] = [
        CheckInKind::Text,
        CheckInKind::Call,
        CheckInKind::Video,
        CheckInKind::Visit,
        CheckInKind::MetAtGroup,
        CheckInKind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            CheckInKind::Text => "text",
            CheckInKind::Call => "call",
            CheckInKind::Video => "video",
            CheckInKind::Visit => "visit",
            CheckInKind::MetAtGroup => "met_at_group",
            CheckInKind::Other => "other",
        }
    }

    pub fn parse(text: &str) -> Result<Self> {
        Self::ALL
            .into_iter()
            .find(|k| k.as_str() == text)
            .ok_or_else(|| {
                Error::invalid(
                    "kind",
                    "Choose text, call, video, visit, met at a group or other.",
                )
            })
    }
}

/// A check-in she is logging.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewCheckIn {
    pub person_id: PersonId,
    pub happened_at: DateTime<Utc>,
    pub kind: CheckInKind,
    pub note: String,
}

impl NewCheckIn {
    /// A call logged at `at`.
    pub fn call(person_id: PersonId, at: DateTime<Utc>) -> Self {
        Self {
            person_id,
            happened_at: at,
            kind: CheckInKind::Call,
            note: String::new(),
        }
    }

    /// The check-in as it will be stored: back-dated is fine, later than `now` is not.
    pub fn validate(&self, now: DateTime<Utc>) -> Result<NewCheckIn> {
        if self.happened_at > now {
            return Err(Error::invalid(
                "happened_at",
                "A check-in can't be in the future.",
            ));
        }
        let earliest = Utc.with_ymd_and_hms(1900, 1, 1, 0, 0, 0).single();
        if earliest.is_some_and(|earliest| self.happened_at < earliest) {
            return Err(Error::invalid(
                "happened_at",
                "That date is too long ago for a check-in.",
            ));
        }
        Ok(NewCheckIn {
            note: text::optional_text("note", "The note", &self.note, NOTE_MAX)?,
            ..self.clone()
        })
    }
}

/// A check-in is with a person, or at a group (attendance), or both.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckIn {
    pub id: CheckInId,
    pub person_id: Option<PersonId>,
    pub group_id: Option<GroupId>,
    pub happened_at: DateTime<Utc>,
    pub kind: CheckInKind,
    pub note: String,
    pub created_at: DateTime<Utc>,
}
