//! `today`: who is due for a check-in, the next meeting, birthdays, the connection pulse, and
//! the calm card when the app would show it.

use std::process::ExitCode;

use chrono::{DateTime, Datelike, Local, NaiveDate, Utc};
use serde::Serialize;
use village_core::circle::{CircleEntry, DueStatus};
use village_core::groups::{GroupMeeting, day_name, meeting_words};
use village_core::time::day_of;
use village_core::today::{BirthdaySoon, CareCard, CareReason, Today};

use crate::database::Database;
use crate::failure::Failure;
use crate::output;

pub async fn run(db: &Database, json: bool, now: DateTime<Utc>) -> Result<ExitCode, Failure> {
    let store = db.open().await?;
    let today = store.today(now, &Local).await;
    store.close().await;
    let today = today?;
    if json {
        let text = serde_json::to_string_pretty(&TodayJson::new(&today, now))
            .map_err(|e| Failure::Stdout(e.into()))?;
        output::line(&text)?;
    } else {
        for line in words(&today, now) {
            output::line(&line)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Today as sentences, in the order the app's Today shows them.
fn words(today: &Today, now: DateTime<Utc>) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(care) = &today.care {
        lines.extend(care_words(care));
        lines.push(String::new());
    }
    if today.people == 0 {
        lines.push("Nobody in your circle yet: add someone you would like to stay close to, and Village lets you know when it has been a while.".to_owned());
    } else if today.due.is_empty() {
        lines.push("Nobody is due for a check-in.".to_owned());
    } else {
        lines.push("Due for a check-in:".to_owned());
        for entry in &today.due {
            lines.push(format!(
                "  {} \u{b7} {}",
                entry.person.name,
                entry.status.words()
            ));
        }
    }
    match &today.next_meeting {
        Some(next) => lines.push(format!(
            "Next meeting: {} \u{b7} {}",
            next.group_name,
            meeting_words(&next.meeting, now, &Local)
        )),
        None if today.groups == 0 => lines.push("No saved groups yet.".to_owned()),
        None => lines.push("No group meetings coming up.".to_owned()),
    }
    if !today.birthdays.is_empty() {
        lines.push("Birthdays this week:".to_owned());
        for birthday in &today.birthdays {
            lines.push(format!("  {}", birthday_words(birthday)));
        }
    }
    if let Some(week) = today.self_check_prompt {
        lines.push(format!(
            "{week} weeks since your baby arrived: many mothers take a few minutes around now to look at how the last two weeks have been. The self-check is under Help in Village."
        ));
    }
    lines.push(today.pulse.words.clone());
    lines
}

fn birthday_words(birthday: &BirthdaySoon) -> String {
    let when = match birthday.in_days {
        0 => "today".to_owned(),
        1 => "tomorrow".to_owned(),
        _ => day_name(birthday.on.weekday()).to_owned(),
    };
    match birthday.turns {
        Some(age) => format!("{} \u{b7} {when}, turns {age}", birthday.name),
        None => format!("{} \u{b7} {when}", birthday.name),
    }
}

/// The calm card's words, as the app's Today has them (ui/views/today.js), with the lines
/// from shared/DESIGN.md's "Facts the app carries".
fn care_words(care: &CareCard) -> Vec<String> {
    let mut lines = vec![match care.reason {
        CareReason::SelfHarm => "Your last self-check says you have had thoughts of being better off dead or of hurting yourself. You deserve support with that, today.",
        CareReason::LowDays => "Your notes say the last few days have been hard. You don't have to carry that alone.",
        CareReason::SelfCheck => "Your last self-check says the past two weeks have been hard. You don't have to carry that alone.",
    }
    .to_owned()];
    if care.reason == CareReason::SelfHarm {
        lines.push(
            "988 Suicide & Crisis Lifeline: call or text 988. If you or your baby are in immediate danger, call 911.".to_owned(),
        );
    }
    lines.push(match &care.suggestion {
        Some(person) => format!(
            "Maybe reach out to {} today. A short text is enough.",
            person.name
        ),
        None => "Someone you trust, or one of these lines, can help.".to_owned(),
    });
    lines.push("US National Maternal Mental Health Hotline: call or text 1-833-TLC-MAMA (1-833-852-6262). 24/7, free, in English and Spanish.".to_owned());
    lines
}

/// `today --json`: the CLI's own shape, so scripts do not break when core's types grow.
#[derive(Debug, Serialize)]
struct TodayJson<'a> {
    /// Her calendar day.
    date: NaiveDate,
    people: usize,
    groups: usize,
    due: Vec<DueJson<'a>>,
    next_meeting: Option<MeetingJson<'a>>,
    birthdays: Vec<BirthdayJson<'a>>,
    pulse: PulseJson<'a>,
    care: Option<CareJson<'a>>,
    /// The week after the birth (2, 6 or 12) whose self-check prompt is showing.
    self_check_prompt_week: Option<u32>,
}

#[derive(Debug, Serialize)]
struct DueJson<'a> {
    id: &'a str,
    name: &'a str,
    /// "overdue" or "due_today".
    status: &'static str,
    /// 0 when due today.
    days_overdue: i64,
    due_on: Option<NaiveDate>,
    last_contact: Option<DateTime<Utc>>,
    words: String,
}

#[derive(Debug, Serialize)]
struct MeetingJson<'a> {
    group_id: &'a str,
    group_name: &'a str,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    local_date: NaiveDate,
    words: String,
}

#[derive(Debug, Serialize)]
struct BirthdayJson<'a> {
    person_id: &'a str,
    name: &'a str,
    on: NaiveDate,
    in_days: i64,
    turns: Option<i32>,
}

#[derive(Debug, Serialize)]
struct PulseJson<'a> {
    days_since: Option<i64>,
    last_connected: Option<DateTime<Utc>>,
    words: &'a str,
}

#[derive(Debug, Serialize)]
struct CareJson<'a> {
    reason: CareReason,
    suggestion: Option<&'a str>,
}

impl<'a> TodayJson<'a> {
    fn new(today: &'a Today, now: DateTime<Utc>) -> Self {
        TodayJson {
            date: day_of(now, &Local),
            people: today.people,
            groups: today.groups,
            due: today.due.iter().filter_map(DueJson::new).collect(),
            next_meeting: today
                .next_meeting
                .as_ref()
                .map(|m| MeetingJson::new(m, now)),
            birthdays: today
                .birthdays
                .iter()
                .map(|b| BirthdayJson {
                    person_id: b.person_id.as_str(),
                    name: &b.name,
                    on: b.on,
                    in_days: b.in_days,
                    turns: b.turns,
                })
                .collect(),
            pulse: PulseJson {
                days_since: today.pulse.days_since,
                last_connected: today.pulse.last.as_ref().map(|c| c.at),
                words: &today.pulse.words,
            },
            care: today.care.as_ref().map(|c| CareJson {
                reason: c.reason,
                suggestion: c.suggestion.as_ref().map(|s| s.name.as_str()),
            }),
            self_check_prompt_week: today.self_check_prompt,
        }
    }
}

impl<'a> DueJson<'a> {
    /// Today lists only people who are due; anything else is left out rather than guessed at.
    fn new(entry: &'a CircleEntry) -> Option<Self> {
        let (status, days_overdue) = match entry.status {
            DueStatus::Overdue(days) => ("overdue", days),
            DueStatus::DueToday => ("due_today", 0),
            _ => return None,
        };
        Some(DueJson {
            id: entry.person.id.as_str(),
            name: &entry.person.name,
            status,
            days_overdue,
            due_on: entry.due_on,
            last_contact: entry.last_contact,
            words: entry.status.words(),
        })
    }
}

impl<'a> MeetingJson<'a> {
    fn new(next: &'a GroupMeeting, now: DateTime<Utc>) -> Self {
        MeetingJson {
            group_id: next.group_id.as_str(),
            group_name: &next.group_name,
            start: next.meeting.start,
            end: next.meeting.end,
            local_date: next.meeting.local_date,
            words: meeting_words(&next.meeting, now, &Local),
        }
    }
}
