//! Today: the home screen's facts. Who is due, the next meeting, birthdays this week, the
//! connection pulse, and the two gentle cards (a calm word after a hard run, and a self-check
//! prompt in the weeks after the birth).

use chrono::{DateTime, Days, NaiveDate, Utc};
use serde::Serialize;

use crate::catalog::Message;
use crate::circle::{CircleEntry, Person, PersonId, Relationship};
use crate::groups::{GroupId, GroupMeeting};
use crate::journal::DayMood;
use crate::self_check::{Questionnaire, SelfCheck};

/// Birthdays from today through the next six days.
pub const BIRTHDAY_DAYS: u64 = 7;

/// The low-run rule: at least `LOW_RUN_DAYS` of the last `LOW_RUN_WINDOW` days (today
/// included) whose notes average `LOW_MOOD` or below, on the 1–5 scale where 2 is "Hard".
/// Village's own rule (issue 7): most of a week, not one bad day, before it says anything.
pub const LOW_RUN_WINDOW: u64 = 7;
pub const LOW_RUN_DAYS: usize = 5;
pub const LOW_MOOD: f64 = 2.0;

/// A PHQ-9 of 10 or more: the cut point Kroenke, Spitzer & Williams (2001) found best
/// separates the moderate range, where follow-up with a clinician is usually offered.
pub const PHQ9_CARE_SCORE: u8 = 10;

/// A self-check speaks for the two weeks it asks about, so it counts that long.
pub const SELF_CHECK_FRESH_DAYS: u64 = 14;

/// Once she closes the card it stays away this long.
pub const CARE_DISMISS_DAYS: i64 = 7;

/// Weeks after the birth when Today offers a self-check: the 2-week mark (when the "baby
/// blues" usually lift), 6 weeks (the usual postpartum visit) and 12 weeks.
pub const PROMPT_WEEKS: [u32; 3] = [2, 6, 12];

/// How long each prompt stays on Today if she neither takes a self-check nor closes it.
pub const PROMPT_DAYS: u64 = 7;

/// Who or what she last connected with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ConnectedWith {
    Person { id: PersonId, name: String },
    Group { id: GroupId, name: String },
}

/// Her latest check-in or group meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Connection {
    pub at: DateTime<Utc>,
    /// The day it happened in her calendar.
    pub on: NaiveDate,
    pub with: ConnectedWith,
}

/// The connection pulse: days since she last connected with anyone. Its words are a message
/// (`words()`), rendered in her language where it is shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Pulse {
    pub last: Option<Connection>,
    pub days_since: Option<i64>,
}

impl Pulse {
    pub fn new(last: Option<Connection>, today: NaiveDate) -> Pulse {
        // A check-in is never in the future; a clock moved back must not say "-1 days".
        let days_since = last.as_ref().map(|l| (today - l.on).num_days().max(0));
        Pulse { last, days_since }
    }

    /// "You last connected 4 days ago, with Sam."; with nothing logged, an invitation rather
    /// than a count of zero.
    pub fn words(&self) -> Message {
        let (Some(last), Some(days)) = (&self.last, self.days_since) else {
            return Message::new("pulse-nothing-yet");
        };
        match &last.with {
            ConnectedWith::Person { name, .. } => Message::new("pulse-with-person")
                .with("days", days)
                .with("name", name),
            ConnectedWith::Group { name, .. } => Message::new("pulse-at-group")
                .with("days", days)
                .with("group", name),
        }
    }
}

/// A birthday coming up this week.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BirthdaySoon {
    pub person_id: PersonId,
    pub name: String,
    pub on: NaiveDate,
    /// 0 is today.
    pub in_days: i64,
    /// The age they turn, when she knows the year.
    pub turns: Option<i32>,
}

/// Birthdays from today through the next six days, soonest first. Paused and archived people
/// are left out, as their reminders are.
pub fn birthdays_this_week<'a>(
    people: impl IntoIterator<Item = &'a Person>,
    today: NaiveDate,
) -> Vec<BirthdaySoon> {
    let last = today
        .checked_add_days(Days::new(BIRTHDAY_DAYS - 1))
        .unwrap_or(today);
    let mut soon: Vec<BirthdaySoon> = people
        .into_iter()
        .filter(|p| !p.paused && p.archived_at.is_none())
        .filter_map(|p| {
            let birthday = p.birthday?;
            let on = birthday.next_on_or_after(today);
            (on <= last).then(|| BirthdaySoon {
                person_id: p.id.clone(),
                name: p.name.clone(),
                on,
                in_days: (on - today).num_days(),
                turns: birthday
                    .year
                    .map(|y| chrono::Datelike::year(&on) - y)
                    .filter(|age| *age > 0),
            })
        })
        .collect();
    soon.sort_by(|a, b| (a.on, &a.name).cmp(&(b.on, &b.name)));
    soon
}

/// Why the calm card is on Today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CareReason {
    /// A recent PHQ-9 answered above 0 on item 9 (thoughts of self-harm): crisis lines first.
    SelfHarm,
    /// Most of the last week's days were hard.
    LowDays,
    /// A recent PHQ-9 was in the moderate range or above.
    SelfCheck,
}

/// Whether the calm card is due, from the last week's days and her latest PHQ-9.
pub fn care_reason(
    days: &[DayMood],
    latest_phq9: Option<&SelfCheck>,
    today: NaiveDate,
) -> Option<CareReason> {
    let fresh_from = today
        .checked_sub_days(Days::new(SELF_CHECK_FRESH_DAYS - 1))
        .unwrap_or(today);
    let phq9 = latest_phq9.filter(|c| c.kind == Questionnaire::Phq9 && c.local_date >= fresh_from);
    if phq9.is_some_and(SelfCheck::needs_help_now) {
        return Some(CareReason::SelfHarm);
    }
    let week_start = today
        .checked_sub_days(Days::new(LOW_RUN_WINDOW - 1))
        .unwrap_or(today);
    let low_days = days
        .iter()
        .filter(|d| d.date >= week_start && d.date <= today)
        .filter(|d| d.average().is_some_and(|a| a <= LOW_MOOD))
        .count();
    if low_days >= LOW_RUN_DAYS {
        return Some(CareReason::LowDays);
    }
    if phq9.is_some_and(|c| c.score >= PHQ9_CARE_SCORE) {
        return Some(CareReason::SelfCheck);
    }
    None
}

/// Whether she hid the card and it should stay hidden: until the week is over, unless a PHQ-9
/// taken since she hid it calls for care by itself (a score of 10 or more, or item 9).
pub fn care_hidden(
    dismissed_until: Option<DateTime<Utc>>,
    latest_phq9: Option<&SelfCheck>,
    now: DateTime<Utc>,
) -> bool {
    let Some(until) = dismissed_until else {
        return false;
    };
    let hidden_at = until - chrono::Duration::days(CARE_DISMISS_DAYS);
    let newer_alarm = latest_phq9.is_some_and(|c| {
        c.kind == Questionnaire::Phq9
            && c.taken_at > hidden_at
            && (c.score >= PHQ9_CARE_SCORE || c.needs_help_now())
    });
    now < until && !newer_alarm
}

/// Someone the calm card can suggest: a person she can reach.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Suggestion {
    pub id: PersonId,
    pub name: String,
    pub phone: String,
    pub email: String,
}

/// The person she connected with most recently among the people she has not paused, with a
/// way to reach them; professionals only when there is nobody else, since the support lines
/// already stand beside the card.
pub fn someone_to_reach<'a>(
    people: impl IntoIterator<Item = (&'a Person, Option<DateTime<Utc>>)>,
) -> Option<Suggestion> {
    let reachable = |p: &Person| {
        !p.paused && p.archived_at.is_none() && !(p.phone.is_empty() && p.email.is_empty())
    };
    people
        .into_iter()
        .filter(|(p, _)| reachable(p))
        .min_by(|(a, a_last), (b, b_last)| {
            let professional = |p: &Person| p.relationship == Relationship::Professional;
            professional(a)
                .cmp(&professional(b))
                .then(b_last.cmp(a_last))
                .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
        })
        .map(|(p, _)| Suggestion {
            id: p.id.clone(),
            name: p.name.clone(),
            phone: p.phone.clone(),
            email: p.email.clone(),
        })
}

/// The calm card: why, and one person to reach.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CareCard {
    pub reason: CareReason,
    pub suggestion: Option<Suggestion>,
}

/// The week after the birth (2, 6 or 12) whose self-check prompt is showing today, if any.
/// It shows for `PROMPT_DAYS` from the mark, until she takes any self-check or closes it.
pub fn self_check_prompt(
    birth: Option<NaiveDate>,
    today: NaiveDate,
    last_taken: Option<NaiveDate>,
    dismissed_week: Option<u32>,
) -> Option<u32> {
    let birth = birth?;
    PROMPT_WEEKS.into_iter().find(|week| {
        let Some(mark) = birth.checked_add_days(Days::new(u64::from(*week) * 7)) else {
            return false;
        };
        let showing = mark <= today && today < mark + Days::new(PROMPT_DAYS);
        showing && last_taken.is_none_or(|taken| taken < mark) && dismissed_week != Some(*week)
    })
}

/// Everything Today shows, read at once.
#[derive(Debug, Clone, PartialEq)]
pub struct Today {
    pub people: usize,
    pub groups: usize,
    /// Due or overdue, most overdue first.
    pub due: Vec<CircleEntry>,
    pub next_meeting: Option<GroupMeeting>,
    pub birthdays: Vec<BirthdaySoon>,
    pub pulse: Pulse,
    pub care: Option<CareCard>,
    pub self_check_prompt: Option<u32>,
}

impl Today {
    /// Nobody in her circle and no groups yet: Today welcomes her instead.
    pub fn welcome(&self) -> bool {
        self.people == 0 && self.groups == 0
    }
}

#[cfg(test)]
mod tests;
