//! A check-in: one time she connected with someone.

use chrono::{DateTime, NaiveDateTime, TimeZone, Timelike, Utc};
use serde::{Deserialize, Serialize};

use super::PersonId;
use crate::catalog::Message;
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

    /// As the forms and her history name it.
    pub fn words(self) -> &'static str {
        match self {
            CheckInKind::Text => "Text",
            CheckInKind::Call => "Call",
            CheckInKind::Video => "Video call",
            CheckInKind::Visit => "Visit",
            CheckInKind::MetAtGroup => "Met at a group",
            CheckInKind::Other => "Other",
        }
    }

    pub fn parse(text: &str) -> Result<Self> {
        Self::ALL
            .into_iter()
            .find(|k| k.as_str() == text)
            .ok_or_else(|| Error::invalid("kind", "error-check-in-kind"))
    }
}

/// A check-in she is logging.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewCheckIn {
    pub person_id: PersonId,
    pub happened_at: DateTime<Utc>,
    pub kind: CheckInKind,
    pub note: String,
    /// The time on her clock then, where she was; kept so it reads the same after she
    /// travels. None where the zone is not known (a check-in from a file, or from a terminal).
    pub local_at: Option<NaiveDateTime>,
}

impl NewCheckIn {
    /// A call logged at `at`.
    pub fn call(person_id: PersonId, at: DateTime<Utc>) -> Self {
        Self {
            person_id,
            happened_at: at,
            kind: CheckInKind::Call,
            note: String::new(),
            local_at: None,
        }
    }

    /// The same check-in, with the time on her clock in `tz` kept beside the instant.
    pub fn seen_in<Tz: TimeZone>(mut self, tz: &Tz) -> Self {
        self.local_at = Some(local_time(self.happened_at, tz));
        self
    }

    /// The check-in as it will be stored: back-dated is fine, later than `now` is not.
    pub fn validate(&self, now: DateTime<Utc>) -> Result<NewCheckIn> {
        if self.happened_at > now {
            return Err(Error::invalid("happened_at", "error-check-in-future"));
        }
        let earliest = Utc.with_ymd_and_hms(1900, 1, 1, 0, 0, 0).single();
        if earliest.is_some_and(|earliest| self.happened_at < earliest) {
            return Err(Error::invalid("happened_at", "error-check-in-too-old"));
        }
        Ok(NewCheckIn {
            note: text::optional_text(
                "note",
                Message::new("error-label-note"),
                &self.note,
                NOTE_MAX,
            )?,
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
    /// The time on her clock when it happened (see `NewCheckIn::local_at`).
    pub local_at: Option<NaiveDateTime>,
    pub created_at: DateTime<Utc>,
}

/// An instant as her clock in `tz` showed it, to the minute.
pub fn local_time<Tz: TimeZone>(at: DateTime<Utc>, tz: &Tz) -> NaiveDateTime {
    let local = at.with_timezone(tz).naive_local();
    local
        .with_second(0)
        .unwrap_or(local)
        .with_nanosecond(0)
        .unwrap_or(local)
}
