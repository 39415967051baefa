//! The Circle: people, check-ins and who is due. Days are counted in the machine's time zone.

use chrono::{DateTime, Local, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use tauri::State;
use village_core::catalog::Message;
use village_core::circle::{
    Birthday, CheckIn, CheckInKind, CircleEntry, DueStatus, NewCheckIn, Person, PersonId,
    PersonInput, Snooze,
};
use village_core::time::{local_instant, parse_date};

use crate::{AppState, CommandError};

#[derive(Debug, Serialize)]
pub struct PersonDto {
    pub id: String,
    pub name: String,
    pub relationship: &'static str,
    pub phone: String,
    pub email: String,
    pub reach: String,
    pub cadence_days: Option<u32>,
    pub birthday: Option<Birthday>,
    pub notes: String,
    pub pinned: bool,
    pub paused: bool,
    pub muted: bool,
    pub snoozed_until: Option<NaiveDate>,
    pub archived: bool,
    pub created_at: DateTime<Utc>,
}

impl From<Person> for PersonDto {
    fn from(p: Person) -> Self {
        PersonDto {
            id: p.id.to_string(),
            name: p.name,
            relationship: p.relationship.as_str(),
            phone: p.phone,
            email: p.email,
            reach: p.reach,
            cadence_days: p.cadence_days,
            birthday: p.birthday,
            notes: p.notes,
            pinned: p.pinned,
            paused: p.paused,
            muted: p.muted,
            snoozed_until: p.snoozed_until,
            archived: p.archived_at.is_some(),
            created_at: p.created_at,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct CircleEntryDto {
    pub person: PersonDto,
    pub last_contact: Option<DateTime<Utc>>,
    pub due_on: Option<NaiveDate>,
    pub status: DueStatus,
    pub is_due: bool,
    pub words: String,
}

impl CircleEntryDto {
    /// `words` says where they stand at `now`, in the language she reads.
    pub(crate) fn new(e: CircleEntry, now: DateTime<Utc>) -> Self {
        CircleEntryDto {
            words: e.words(now, &Local).render(crate::language::current()),
            person: e.person.into(),
            last_contact: e.last_contact,
            due_on: e.due_on,
            is_due: e.status.is_due(),
            status: e.status,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct CheckInDto {
    pub id: String,
    pub person_id: Option<String>,
    pub group_id: Option<String>,
    pub happened_at: DateTime<Utc>,
    pub kind: &'static str,
    pub note: String,
    /// The time on her clock when it happened, "YYYY-MM-DDTHH:MM", to show as she saw it.
    pub local_at: Option<String>,
}

impl From<CheckIn> for CheckInDto {
    fn from(c: CheckIn) -> Self {
        CheckInDto {
            id: c.id.to_string(),
            person_id: c.person_id.map(|id| id.to_string()),
            group_id: c.group_id.map(|id| id.to_string()),
            happened_at: c.happened_at,
            kind: c.kind.as_str(),
            note: c.note,
            local_at: c.local_at.map(|at| at.format("%Y-%m-%dT%H:%M").to_string()),
        }
    }
}

#[derive(Debug, Serialize)]
pub struct PersonPageDto {
    pub entry: CircleEntryDto,
    pub check_ins: Vec<CheckInDto>,
    pub total_check_ins: i64,
}

#[derive(Debug, Deserialize)]
pub struct CheckInInput {
    pub person_id: String,
    pub kind: String,
    /// Local "YYYY-MM-DDTHH:MM"; absent means now.
    #[serde(default)]
    pub happened_at: Option<String>,
    #[serde(default)]
    pub note: String,
}

#[tauri::command]
pub async fn list_circle(
    state: State<'_, AppState>,
    include_archived: bool,
) -> Result<Vec<CircleEntryDto>, CommandError> {
    let now = state.clock.now();
    let entries = state.store()?.circle(now, &Local, include_archived).await?;
    Ok(entries
        .into_iter()
        .map(|e| CircleEntryDto::new(e, now))
        .collect())
}

#[tauri::command]
pub async fn get_person(
    state: State<'_, AppState>,
    id: String,
) -> Result<PersonPageDto, CommandError> {
    let id = PersonId::parse(&id)?;
    let now = state.clock.now();
    let page = state.store()?.person_page(&id, now, &Local).await?;
    Ok(PersonPageDto {
        entry: CircleEntryDto::new(page.entry, now),
        check_ins: page.check_ins.into_iter().map(Into::into).collect(),
        total_check_ins: page.total_check_ins,
    })
}

#[tauri::command]
pub async fn add_person(
    state: State<'_, AppState>,
    input: PersonInput,
) -> Result<PersonDto, CommandError> {
    let person = state
        .store()?
        .add_person(&input, state.clock.now(), &Local)
        .await?;
    state.reschedule_reminders();
    Ok(person.into())
}

#[tauri::command]
pub async fn update_person(
    state: State<'_, AppState>,
    id: String,
    input: PersonInput,
) -> Result<PersonDto, CommandError> {
    let id = PersonId::parse(&id)?;
    let person = state
        .store()?
        .update_person(&id, &input, state.clock.now(), &Local)
        .await?;
    state.reschedule_reminders();
    Ok(person.into())
}

#[tauri::command]
pub async fn archive_person(
    state: State<'_, AppState>,
    id: String,
    archived: bool,
) -> Result<PersonDto, CommandError> {
    let id = PersonId::parse(&id)?;
    let person = state
        .store()?
        .set_archived(&id, archived, state.clock.now())
        .await?;
    state.reschedule_reminders();
    Ok(person.into())
}

#[tauri::command]
pub async fn delete_person(state: State<'_, AppState>, id: String) -> Result<(), CommandError> {
    let id = PersonId::parse(&id)?;
    state.store()?.delete_person(&id).await?;
    state.reschedule_reminders();
    Ok(())
}

/// Either `days` (1, 3 or 7 from the quick buttons) or `until`, a local "YYYY-MM-DD".
#[tauri::command]
pub async fn snooze_person(
    state: State<'_, AppState>,
    id: String,
    days: Option<i64>,
    until: Option<String>,
) -> Result<PersonDto, CommandError> {
    let id = PersonId::parse(&id)?;
    let snooze = match (days, until) {
        (Some(days), None) => Snooze::ForDays(days),
        (None, Some(until)) => Snooze::Until(parse_date("snooze", &until)?),
        _ => return Err(CommandError::invalid(Message::new("error-snooze-choose"))),
    };
    let now = state.clock.now();
    let today = now.with_timezone(&Local).date_naive();
    let person = state
        .store()?
        .snooze_person(&id, snooze, today, now)
        .await?;
    state.reschedule_reminders();
    Ok(person.into())
}

#[tauri::command]
pub async fn clear_snooze(
    state: State<'_, AppState>,
    id: String,
) -> Result<PersonDto, CommandError> {
    let id = PersonId::parse(&id)?;
    let person = state.store()?.clear_snooze(&id, state.clock.now()).await?;
    state.reschedule_reminders();
    Ok(person.into())
}

#[tauri::command]
pub async fn log_check_in(
    state: State<'_, AppState>,
    input: CheckInInput,
) -> Result<CheckInDto, CommandError> {
    let now = state.clock.now();
    let new = NewCheckIn {
        person_id: PersonId::parse(&input.person_id)?,
        kind: CheckInKind::parse(&input.kind)?,
        happened_at: match input.happened_at.as_deref() {
            None | Some("") => now,
            Some(text) => local_instant("happened_at", text, &Local)?,
        },
        note: input.note,
        local_at: None,
    }
    .seen_in(&Local);
    let check_in = state.store()?.log_check_in(&new, now).await?;
    state.reschedule_reminders();
    Ok(check_in.into())
}

#[tauri::command]
pub async fn delete_check_in(state: State<'_, AppState>, id: String) -> Result<(), CommandError> {
    let id = village_core::circle::CheckInId::parse(&id)?;
    state.store()?.delete_check_in(&id).await?;
    state.reschedule_reminders();
    Ok(())
}

/// Turns notifications about someone off or back on.
#[tauri::command]
pub async fn set_person_muted(
    state: State<'_, AppState>,
    id: String,
    muted: bool,
) -> Result<PersonDto, CommandError> {
    let id = PersonId::parse(&id)?;
    let person = state
        .store()?
        .set_person_muted(&id, muted, state.clock.now())
        .await?;
    state.reschedule_reminders();
    Ok(person.into())
}
