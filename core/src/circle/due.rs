//! Who is due: pure functions of a person, their last contact, the instant and her time zone.

use chrono::{DateTime, Days, NaiveDate, TimeZone, Utc};
use serde::Serialize;

use super::Person;
use crate::catalog::Message;
use crate::time::day_of;

/// Where someone stands. Days are counted in her local calendar, so "due today" means today
/// where she is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "state", content = "days", rename_all = "snake_case")]
pub enum DueStatus {
    /// Due this many days ago (at least 1).
    Overdue(i64),
    DueToday,
    /// Due in this many days (at least 1).
    InDays(i64),
    /// No cadence: she keeps this person without reminders.
    NoCadence,
    Paused,
    Archived,
}

impl DueStatus {
    pub fn is_due(self) -> bool {
        matches!(self, DueStatus::Overdue(_) | DueStatus::DueToday)
    }

    /// Plain words, never a debt: someone overdue "might love a hello", someone due today
    /// makes "a good day to say hello", and upcoming is "in 4 days".
    pub fn words(self) -> Message {
        match self {
            DueStatus::Overdue(_) => Message::new("due-might-love-a-hello"),
            DueStatus::DueToday => Message::new("due-today"),
            DueStatus::InDays(1) => Message::new("due-tomorrow"),
            DueStatus::InDays(days) => Message::new("due-in-days").with("days", days),
            DueStatus::NoCadence => Message::new("due-no-reminders"),
            DueStatus::Paused => Message::new("due-paused"),
            DueStatus::Archived => Message::new("due-archived"),
        }
    }

    /// The order of the Circle list: most overdue first, then today, then soonest.
    fn rank(self) -> (u8, i64) {
        match self {
            DueStatus::Overdue(days) => (0, -days),
            DueStatus::DueToday => (1, 0),
            DueStatus::InDays(days) => (2, days),
            DueStatus::NoCadence => (3, 0),
            DueStatus::Paused => (4, 0),
            DueStatus::Archived => (5, 0),
        }
    }
}

/// The latest of her check-ins with someone, whatever order they were logged in.
pub fn last_contact<'a>(
    happened: impl IntoIterator<Item = &'a DateTime<Utc>>,
) -> Option<DateTime<Utc>> {
    happened.into_iter().max().copied()
}

/// The local date someone falls due: the last contact (or the day she added them) plus the
/// cadence, pushed later by a snooze. None when they have no cadence.
pub fn due_on<Tz: TimeZone>(
    person: &Person,
    last_contact: Option<DateTime<Utc>>,
    tz: &Tz,
) -> Option<NaiveDate> {
    let cadence = person.cadence_days?;
    let since = last_contact.unwrap_or(person.created_at);
    let due = since
        .with_timezone(tz)
        .date_naive()
        .checked_add_days(Days::new(u64::from(cadence)))?;
    Some(match person.snoozed_until {
        Some(until) if until > due => until,
        _ => due,
    })
}

pub fn due_status<Tz: TimeZone>(
    person: &Person,
    last_contact: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
    tz: &Tz,
) -> DueStatus {
    if person.archived_at.is_some() {
        return DueStatus::Archived;
    }
    if person.paused {
        return DueStatus::Paused;
    }
    let Some(due) = due_on(person, last_contact, tz) else {
        return DueStatus::NoCadence;
    };
    let today = now.with_timezone(tz).date_naive();
    let days = (due - today).num_days();
    match days {
        d if d < 0 => DueStatus::Overdue(-d),
        0 => DueStatus::DueToday,
        d => DueStatus::InDays(d),
    }
}

/// One row of the Circle list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CircleEntry {
    pub person: Person,
    pub last_contact: Option<DateTime<Utc>>,
    pub due_on: Option<NaiveDate>,
    pub status: DueStatus,
}

impl CircleEntry {
    pub fn new<Tz: TimeZone>(
        person: Person,
        last_contact: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
        tz: &Tz,
    ) -> Self {
        let status = due_status(&person, last_contact, now, tz);
        let due_on = match status {
            DueStatus::Paused | DueStatus::Archived => None,
            _ => due_on(&person, last_contact, tz),
        };
        Self {
            person,
            last_contact,
            due_on,
            status,
        }
    }
}

impl CircleEntry {
    /// Her words for where someone stands. Someone overdue is never counted in days late:
    /// she reads when she was last in touch ("last in touch 3 weeks ago"), or, with nothing
    /// logged yet, that they might love a hello.
    pub fn words<Tz: TimeZone>(&self, now: DateTime<Utc>, tz: &Tz) -> Message {
        match (self.status, self.last_contact) {
            (DueStatus::Overdue(_), Some(last)) => {
                last_in_touch((day_of(now, tz) - day_of(last, tz)).num_days())
            }
            (status, _) => status.words(),
        }
    }
}

/// "last in touch yesterday", "… 5 days ago", "… 3 weeks ago", "… 2 months ago", "… over a
/// year ago": the further back, the rounder the number.
pub fn last_in_touch(days: i64) -> Message {
    match days.max(1) {
        days @ ..14 => Message::new("due-last-in-touch-days").with("count", days),
        days @ ..60 => Message::new("due-last-in-touch-weeks").with("count", days / 7),
        days @ ..365 => Message::new("due-last-in-touch-months").with("count", days / 30),
        _ => Message::new("due-last-in-touch-long-ago"),
    }
}

/// Overdue first (most overdue at the top), then due today, then upcoming; pinned people
/// lead within each; then by name.
pub fn sort_circle(entries: &mut [CircleEntry]) {
    // Each name lowered once, not once per comparison: a circle of 2,000 sorts in a blink.
    entries.sort_by_cached_key(|e| {
        (
            e.status.rank(),
            !e.person.pinned,
            e.person.name.to_lowercase(),
            e.person.id.clone(),
        )
    });
}
