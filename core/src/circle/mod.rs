//! Circle: the people who matter to her, the check-ins she logs, and who is due.

mod check_in;
mod due;

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

pub use check_in::{
    CheckIn, CheckInId, CheckInKind, NOTE_MAX as CHECK_IN_NOTE_MAX, NewCheckIn, local_time,
};
pub use due::{
    CircleEntry, DueStatus, due_on, due_status, last_contact, last_in_touch, sort_circle,
};

use crate::catalog::Message;
use crate::error::{Error, Result};
pub use crate::id::PersonId;
use crate::text;

pub const NAME_MAX: usize = 100;
pub const NOTES_MAX: usize = 5_000;
pub const PHONE_MAX: usize = 40;
pub const EMAIL_MAX: usize = 254;
pub const REACH_MAX: usize = 200;
pub const CADENCE_DAYS: std::ops::RangeInclusive<u32> = 1..=365;
pub const SNOOZE_MAX_DAYS: i64 = 365;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, sqlx::Type)]
#[serde(rename_all = "snake_case")]
#[sqlx(rename_all = "snake_case")]
pub enum Relationship {
    Friend,
    Family,
    MomFriend,
    Partner,
    Professional,
    Other,
}

impl Relationship {
    pub const ALL: [Relationship; 6] = [
        Relationship::Friend,
        Relationship::Family,
        Relationship::MomFriend,
        Relationship::Partner,
        Relationship::Professional,
        Relationship::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Relationship::Friend => "friend",
            Relationship::Family => "family",
            Relationship::MomFriend => "mom_friend",
            Relationship::Partner => "partner",
            Relationship::Professional => "professional",
            Relationship::Other => "other",
        }
    }

    /// As the forms and lists name it.
    pub fn words(self) -> &'static str {
        match self {
            Relationship::Friend => "Friend",
            Relationship::Family => "Family",
            Relationship::MomFriend => "Mom friend",
            Relationship::Partner => "Partner",
            Relationship::Professional => "Professional",
            Relationship::Other => "Other",
        }
    }

    pub fn parse(text: &str) -> Result<Self> {
        Self::ALL
            .into_iter()
            .find(|r| r.as_str() == text)
            .ok_or_else(|| Error::invalid("relationship", "error-relationship"))
    }
}

/// A birthday: always a month and day, the year only if she knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Birthday {
    pub month: u32,
    pub day: u32,
    pub year: Option<i32>,
}

impl Birthday {
    /// Checks the date exists (29 February only in a leap year when the year is given) and
    /// is not in the future.
    pub fn new(month: u32, day: u32, year: Option<i32>, today: NaiveDate) -> Result<Self> {
        let bad = || Error::invalid("birthday", "error-birthday-date");
        if !(1..=12).contains(&month) {
            return Err(bad());
        }
        // 2000 was a leap year, so 29 February is allowed when the year is not known.
        let probe_year = year.unwrap_or(2000);
        let date = NaiveDate::from_ymd_opt(probe_year, month, day).ok_or_else(bad)?;
        if let Some(year) = year {
            if year < 1900 {
                return Err(Error::invalid("birthday", "error-birthday-year"));
            }
            if date > today {
                return Err(Error::invalid("birthday", "error-birthday-future"));
            }
        }
        Ok(Self { month, day, year })
    }

    /// The next day it falls on, today included; 29 February is kept on 28 February in
    /// other years.
    pub fn next_on_or_after(&self, today: NaiveDate) -> NaiveDate {
        let on = |year: i32| {
            NaiveDate::from_ymd_opt(year, self.month, self.day)
                .or_else(|| NaiveDate::from_ymd_opt(year, self.month, self.day - 1))
                .unwrap_or(today)
        };
        let this_year = on(today.year());
        if this_year >= today {
            this_year
        } else {
            on(today.year() + 1)
        }
    }
}

/// What she enters for a person, before it is checked.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonInput {
    pub name: String,
    pub relationship: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub reach: String,
    #[serde(default)]
    pub cadence_days: Option<i64>,
    #[serde(default)]
    pub birthday: Option<BirthdayInput>,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub pinned: bool,
    #[serde(default)]
    pub paused: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct BirthdayInput {
    pub month: i64,
    pub day: i64,
    #[serde(default)]
    pub year: Option<i64>,
}

/// A person's details after checking: what the store writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonDetails {
    pub name: String,
    pub relationship: Relationship,
    pub phone: String,
    pub email: String,
    pub reach: String,
    pub cadence_days: Option<u32>,
    pub birthday: Option<Birthday>,
    pub notes: String,
    pub pinned: bool,
    pub paused: bool,
}

impl PersonInput {
    pub fn named(name: &str) -> Self {
        Self {
            name: name.to_owned(),
            relationship: Relationship::Friend.as_str().to_owned(),
            ..Self::default()
        }
    }

    pub fn every_days(mut self, days: i64) -> Self {
        self.cadence_days = Some(days);
        self
    }

    /// Checks every field; the first problem is returned and nothing is written.
    pub fn validate(&self, today: NaiveDate) -> Result<PersonDetails> {
        let name = text::required_line(
            "name",
            Message::new("error-label-name"),
            &self.name,
            NAME_MAX,
        )?;
        let relationship = Relationship::parse(&self.relationship)?;
        let phone = text::optional_line(
            "phone",
            Message::new("error-label-phone"),
            &self.phone,
            PHONE_MAX,
        )?;
        if !phone.is_empty()
            && (!phone.chars().any(|c| c.is_ascii_digit())
                || !phone
                    .chars()
                    .all(|c| c.is_ascii_digit() || " +-().".contains(c)))
        {
            return Err(Error::invalid("phone", "error-phone"));
        }
        let email = text::optional_line(
            "email",
            Message::new("error-label-email"),
            &self.email,
            EMAIL_MAX,
        )?;
        if !email.is_empty() && !looks_like_email(&email) {
            return Err(Error::invalid("email", "error-email"));
        }
        let reach = text::optional_line(
            "reach",
            Message::new("error-label-reach"),
            &self.reach,
            REACH_MAX,
        )?;
        let cadence_days = match self.cadence_days {
            None => None,
            Some(days) => Some(
                u32::try_from(days)
                    .ok()
                    .filter(|d| CADENCE_DAYS.contains(d))
                    .ok_or_else(|| Error::invalid("cadence_days", "error-cadence"))?,
            ),
        };
        let birthday = match self.birthday {
            None => None,
            Some(b) => {
                let small = |n: i64| u32::try_from(n).unwrap_or(0);
                let year = match b.year {
                    None => None,
                    Some(y) => Some(
                        i32::try_from(y)
                            .map_err(|_| Error::invalid("birthday", "error-birthday-date"))?,
                    ),
                };
                Some(Birthday::new(small(b.month), small(b.day), year, today)?)
            }
        };
        let notes = text::optional_text(
            "notes",
            Message::new("error-label-notes"),
            &self.notes,
            NOTES_MAX,
        )?;
        Ok(PersonDetails {
            name,
            relationship,
            phone,
            email,
            reach,
            cadence_days,
            birthday,
            notes,
            pinned: self.pinned,
            paused: self.paused,
        })
    }
}

fn looks_like_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains('@')
        && !email.chars().any(char::is_whitespace)
}

/// A person as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Person {
    pub id: PersonId,
    pub name: String,
    pub relationship: Relationship,
    pub phone: String,
    pub email: String,
    pub reach: String,
    pub cadence_days: Option<u32>,
    pub birthday: Option<Birthday>,
    pub notes: String,
    pub pinned: bool,
    pub paused: bool,
    /// Still shown as due, but no notifications about them.
    pub muted: bool,
    /// Not due before this local date.
    pub snoozed_until: Option<NaiveDate>,
    pub archived_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// How long to put off someone who is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Snooze {
    ForDays(i64),
    Until(NaiveDate),
}

impl Snooze {
    /// The local date the snooze ends on; it must be after today and within a year.
    pub fn until(self, today: NaiveDate) -> Result<NaiveDate> {
        let date = match self {
            Snooze::ForDays(days) if (1..=SNOOZE_MAX_DAYS).contains(&days) => {
                today + chrono::Days::new(days.unsigned_abs())
            }
            Snooze::ForDays(_) => {
                return Err(Error::invalid("snooze", "error-snooze-days"));
            }
            Snooze::Until(date) => date,
        };
        if date <= today {
            return Err(Error::invalid("snooze", "error-snooze-after-today"));
        }
        if (date - today).num_days() > SNOOZE_MAX_DAYS {
            return Err(Error::invalid("snooze", "error-snooze-within-year"));
        }
        Ok(date)
    }
}

#[cfg(test)]
mod tests;
