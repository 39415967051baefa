//! `today`: who is due for a check-in, the next meeting, birthdays, the connection pulse, and
//! the calm card when the app would show it.

use std::process::ExitCode;

use chrono::{DateTime, Datelike, Local, NaiveDate, Utc};
use serde::Serialize;
use village_core::catalog::{Language, say, word};
use village_core::circle::{CircleEntry, DueStatus};
use village_core::groups::{GroupMeeting, meeting_words};
use village_core::time::day_of;
use village_core::today::{BirthdaySoon, CareCard, CareReason, Today};
use village_core::words;

use crate::database::Database;
use crate::failure::Failure;
use crate::{language, output};

pub async fn run(db: &Database, json: bool, now: DateTime<Utc>) -> Result<ExitCode, Failure> {
    let store = db.open().await?;
    let today = store.today(now, &Local).await;
    store.close().await;
    let today = today?;
    let language = language::current();
    if json {
        let text = serde_json::to_string_pretty(&TodayJson::new(&today, now, language))
            .map_err(|e| Failure::Stdout(e.into()))?;
        output::line(&text)?;
    } else {
        for line in words(&today, now, language) {
            output::line(&line)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Today as sentences, in the order the app's Today shows them.
fn words(today: &Today, now: DateTime<Utc>, language: Language) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(care) = &today.care {
        lines.extend(care_words(care, language));
        lines.push(String::new());
    }
    if today.people == 0 {
        lines.push(word(language, "cli-today-nobody-yet"));
    } else if today.due.is_empty() {
        lines.push(word(language, "cli-today-nobody-due"));
    } else {
        lines.push(word(language, "cli-today-due-heading"));
        for entry in &today.due {
            let line = say(
                language,
                "cli-today-due-person",
                &[
                    ("name", entry.person.name.as_str().into()),
                    ("words", entry.words(now, &Local).render(language).into()),
                ],
            );
            lines.push(format!("  {line}"));
        }
    }
    match &today.next_meeting {
        Some(next) => lines.push(say(
            language,
            "cli-today-next-meeting",
            &[
                ("group", next.group_name.as_str().into()),
                (
                    "when",
                    meeting_words(&next.meeting, now, &Local, language).into(),
                ),
            ],
        )),
        None if today.groups == 0 => lines.push(word(language, "cli-today-no-groups")),
        None => lines.push(word(language, "cli-today-no-meetings")),
    }
    if !today.birthdays.is_empty() {
        lines.push(word(language, "cli-today-birthdays-heading"));
        for birthday in &today.birthdays {
            lines.push(format!("  {}", birthday_words(birthday, language)));
        }
    }
    if let Some(week) = today.self_check_prompt {
        lines.push(say(language, "cli-today-prompt", &[("weeks", week.into())]));
    }
    lines.push(today.pulse.words().render(language));
    lines
}

fn birthday_words(birthday: &BirthdaySoon, language: Language) -> String {
    let when = match birthday.in_days {
        0 => "today",
        1 => "tomorrow",
        _ => "later",
    };
    say(
        language,
        "cli-today-birthday",
        &[
            ("name", birthday.name.as_str().into()),
            ("when", when.into()),
            (
                "day",
                words::weekday(language, birthday.on.weekday()).into(),
            ),
            ("turns", birthday.turns.unwrap_or(0).into()),
        ],
    )
}

/// The calm card's words, as the app's Today has them (ui/views/today.js), with the lines
/// from shared/DESIGN.md's "Facts the app carries".
fn care_words(care: &CareCard, language: Language) -> Vec<String> {
    let mut lines = vec![match care.reason {
        CareReason::SelfHarm => word(language, "cli-care-self-harm"),
        CareReason::LowDays => word(language, "cli-care-low-days"),
        CareReason::SelfCheck => word(language, "cli-care-self-check"),
    }];
    if care.reason == CareReason::SelfHarm {
        lines.push(word(language, "cli-care-crisis"));
    }
    lines.push(match &care.suggestion {
        Some(person) => say(
            language,
            "cli-care-suggestion",
            &[("name", person.name.as_str().into())],
        ),
        None => word(language, "cli-care-no-suggestion"),
    });
    lines.push(word(language, "cli-care-hotline"));
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
    pulse: PulseJson,
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
struct PulseJson {
    days_since: Option<i64>,
    last_connected: Option<DateTime<Utc>>,
    words: String,
}

#[derive(Debug, Serialize)]
struct CareJson<'a> {
    reason: CareReason,
    suggestion: Option<&'a str>,
}

impl<'a> TodayJson<'a> {
    /// The `words` fields are in `language`, as the sentences would be.
    fn new(today: &'a Today, now: DateTime<Utc>, language: Language) -> Self {
        TodayJson {
            date: day_of(now, &Local),
            people: today.people,
            groups: today.groups,
            due: today
                .due
                .iter()
                .filter_map(|e| DueJson::new(e, now, language))
                .collect(),
            next_meeting: today
                .next_meeting
                .as_ref()
                .map(|m| MeetingJson::new(m, now, language)),
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
                words: today.pulse.words().render(language),
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
    fn new(entry: &'a CircleEntry, now: DateTime<Utc>, language: Language) -> Option<Self> {
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
            words: entry.words(now, &Local).render(language),
        })
    }
}

impl<'a> MeetingJson<'a> {
    fn new(next: &'a GroupMeeting, now: DateTime<Utc>, language: Language) -> Self {
        MeetingJson {
            group_id: next.group_id.as_str(),
            group_name: &next.group_name,
            start: next.meeting.start,
            end: next.meeting.end,
            local_date: next.meeting.local_date,
            words: meeting_words(&next.meeting, now, &Local, language),
        }
    }
}
