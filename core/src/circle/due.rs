//! Who is due: pure functions of a person, their last contact, the instant and her time zone.

use chrono::{DateTime, Days, NaiveDate, TimeZone, Utc};
use serde::Serialize;

use super::Person;

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

    /// Plain words, never alarming: "3 days overdue", "due today", "in 4 days".
    pub fn words(self) -> String {
        match self {
            DueStatus::Overdue(1) => "1 day overdue".to_owned(),
            DueStatus::Overdue(days) => format!("{days} days overdue"),
            DueStatus::DueToday => "due today".to_owned(),
            DueStatus::InDays(1) => "tomorrow".to_owned(),
            DueStatus::InDays(days) => format!("in {days} days"),
            DueStatus::NoCadence => "no reminders".to_owned(),
            DueStatus::Paused => "paused".to_owned(),
            DueStatus::Archived => "archived".to_owned(),
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
