//! Reaching out: ready messages, a hello opened in her messaging app and answered when she is
//! back, an invitation to a group's next meeting with its own calendar file, and the list of
//! places to find a group. Village sends nothing: each address is opened by `openLink`.

use chrono::{DateTime, Local, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Runtime, State};
use village_core::catalog::word;
use village_core::circle::PersonId;
use village_core::finder::{self, Listed};
use village_core::groups::{GroupId, meeting_calendar};
use village_core::reach::{self, How, PendingHello, ReadyMessageId, ReadyText, first_name};
use village_core::{Error, Store};

use super::circle::CheckInDto;
use super::files::{Filter, not_the_database, save_path, write_file};
use super::groups::GroupDto;
use crate::{AppState, CommandError};

#[derive(Debug, Serialize)]
pub struct ReadyMessageDto {
    /// Set for her own messages only.
    pub id: Option<String>,
    /// "hello", "call-me", "walk", "meal", "hour", or "own".
    pub key: &'static str,
    pub text: String,
}

impl From<ReadyText> for ReadyMessageDto {
    fn from(m: ReadyText) -> Self {
        ReadyMessageDto {
            id: m.id.map(|id| id.to_string()),
            key: m.key,
            text: m.text,
        }
    }
}

#[derive(Debug, Deserialize)]
pub struct HelloInput {
    pub person_id: String,
    /// "text", "call" or "email".
    pub how: String,
    /// The number or address she picked: one the person has.
    pub to: String,
    #[serde(default)]
    pub body: String,
}

#[derive(Debug, Serialize)]
pub struct HelloLinkDto {
    pub uri: String,
    /// The id to answer "Did you reach them?" with.
    pub pending: String,
}

#[derive(Debug, Deserialize)]
pub struct InviteInput {
    pub group_id: String,
    pub person_id: String,
    /// "text" or "email".
    pub how: String,
    pub to: String,
    #[serde(default)]
    pub body: String,
}

#[derive(Debug, Serialize)]
pub struct InviteTextDto {
    pub text: String,
    pub starts_at: DateTime<Utc>,
}

#[derive(Debug, Serialize)]
pub struct LinkDto {
    pub uri: String,
}

#[derive(Debug, Serialize)]
pub struct FoundGroupDto {
    pub key: &'static str,
    pub name: String,
    pub about: String,
    pub url: &'static str,
    pub kind: &'static str,
    /// The page its facts come from.
    pub source: &'static str,
    pub checked_on: NaiveDate,
    pub saved: bool,
}

impl From<Listed> for FoundGroupDto {
    fn from(l: Listed) -> Self {
        let language = crate::language::current();
        FoundGroupDto {
            key: l.found.key,
            name: l.found.name(language),
            about: l.found.about(language),
            url: l.found.url,
            kind: l.found.kind.as_str(),
            source: l.found.source,
            checked_on: l.found.checked_on(),
            saved: l.saved,
        }
    }
}

/// The first name of the person with `id`, if one is given.
async fn greeted(store: &Store, id: Option<&str>) -> Result<Option<String>, CommandError> {
    let Some(id) = id.map(str::trim).filter(|id| !id.is_empty()) else {
        return Ok(None);
    };
    let person = store.person(&PersonId::parse(id)?).await?;
    Ok(Some(first_name(&person.name).to_owned()))
}

/// Village's ready messages in her language, worded for the person (or no one), then hers.
#[tauri::command]
pub async fn ready_messages(
    state: State<'_, AppState>,
    person_id: Option<String>,
) -> Result<Vec<ReadyMessageDto>, CommandError> {
    let store = state.store()?;
    let name = greeted(&store, person_id.as_deref()).await?;
    let own = store.ready_messages().await?;
    let list = reach::ready_messages(crate::language::current(), name.as_deref(), own);
    Ok(list.into_iter().map(Into::into).collect())
}

#[tauri::command]
pub async fn save_ready_message(
    state: State<'_, AppState>,
    text: String,
) -> Result<ReadyMessageDto, CommandError> {
    let saved = state
        .store()?
        .save_ready_message(&text, state.clock.now())
        .await?;
    Ok(ReadyText::from(saved).into())
}

#[tauri::command]
pub async fn update_ready_message(
    state: State<'_, AppState>,
    id: String,
    text: String,
) -> Result<ReadyMessageDto, CommandError> {
    let id = ReadyMessageId::parse(&id)?;
    let saved = state
        .store()?
        .update_ready_message(&id, &text, state.clock.now())
        .await?;
    Ok(ReadyText::from(saved).into())
}

#[tauri::command]
pub async fn delete_ready_message(
    state: State<'_, AppState>,
    id: String,
) -> Result<(), CommandError> {
    let id = ReadyMessageId::parse(&id)?;
    state.store()?.delete_ready_message(&id).await?;
    Ok(())
}

/// The address for a hello, and a pending hello to answer when she is back. Nothing is logged.
#[tauri::command]
pub async fn hello_link(
    state: State<'_, AppState>,
    input: HelloInput,
) -> Result<HelloLinkDto, CommandError> {
    let how = How::parse(&input.how)?;
    let person = state
        .store()?
        .person(&PersonId::parse(&input.person_id)?)
        .await?;
    let language = crate::language::current();
    let uri = reach::hello_link(&person, how, &input.to, &input.body, language)?;
    let pending = state
        .hellos
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .add(PendingHello::new(person.id, how));
    Ok(HelloLinkDto { uri, pending })
}

/// "Did you reach them?": yes logs the check-in of the hello's kind; not yet logs nothing.
#[tauri::command]
pub async fn answer_hello(
    state: State<'_, AppState>,
    pending: String,
    reached: bool,
) -> Result<Option<CheckInDto>, CommandError> {
    let store = state.store()?;
    let hello = state
        .hellos
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .take(&pending)?;
    let now = state.clock.now();
    let Some(new) = hello.answer(reached, now, &Local) else {
        return Ok(None);
    };
    let logged = store.log_check_in(&new, now).await?;
    state.reschedule_reminders();
    Ok(Some(logged.into()))
}

/// The invitation to the group's next meeting, in her language and on her clock.
#[tauri::command]
pub async fn invite_text(
    state: State<'_, AppState>,
    group_id: String,
    person_id: Option<String>,
) -> Result<InviteTextDto, CommandError> {
    let store = state.store()?;
    let group = store.group(&GroupId::parse(&group_id)?).await?;
    let name = greeted(&store, person_id.as_deref()).await?;
    let language = crate::language::current();
    let invite = reach::invite(&group, name.as_deref(), state.clock.now(), &Local, language)?;
    Ok(InviteTextDto {
        text: invite.text,
        starts_at: invite.meeting.start,
    })
}

/// The address for an invitation, by text or email; no hello waits and nothing is logged.
#[tauri::command]
pub async fn invite_link(
    state: State<'_, AppState>,
    input: InviteInput,
) -> Result<LinkDto, CommandError> {
    let how = How::parse(&input.how)?;
    let store = state.store()?;
    let group = store.group(&GroupId::parse(&input.group_id)?).await?;
    let person = store.person(&PersonId::parse(&input.person_id)?).await?;
    let language = crate::language::current();
    let uri = reach::invite_link(&person, &group, how, &input.to, &input.body, language)?;
    Ok(LinkDto { uri })
}

/// One meeting's calendar file, saved where she picks in the system's own dialog; where it
/// was saved, or nothing when she cancels.
#[tauri::command]
pub async fn save_meeting_calendar<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    group_id: String,
    starts_at: String,
) -> Result<Option<String>, CommandError> {
    let start = DateTime::parse_from_rfc3339(starts_at.trim())
        .map_err(|_| Error::invalid("starts_at", "error-reach-no-meeting-then"))?
        .to_utc();
    let store = state.store()?;
    let group = store.group(&GroupId::parse(&group_id)?).await?;
    let meeting = reach::meeting_at(&group, start, &Local)?;
    let language = crate::language::current();
    let ics = meeting_calendar(&group, &meeting, state.clock.now(), language);
    let filter_name = word(language, "dialog-filter-ics");
    let filter = Filter {
        name: &filter_name,
        extensions: &["ics"],
    };
    let title = word(language, "invite-calendar-dialog-title");
    let file_name = reach::meeting_file_name(&group, &meeting);
    let Some(path) = save_path(&app, &title, &file_name, filter).await? else {
        return Ok(None);
    };
    not_the_database(&state, &path)?;
    write_file(&path, ics.as_bytes())?;
    Ok(Some(path.display().to_string()))
}

/// Free, well-known places to find a group, each marked saved when it is one of hers.
#[tauri::command]
pub async fn group_finder(state: State<'_, AppState>) -> Result<Vec<FoundGroupDto>, CommandError> {
    let list = finder::group_finder(&state.store()?).await?;
    Ok(list.into_iter().map(Into::into).collect())
}

/// "Save to my groups"; a second save of the same one is a conflict.
#[tauri::command]
pub async fn save_found_group(
    state: State<'_, AppState>,
    key: String,
) -> Result<GroupDto, CommandError> {
    let group = finder::save_found_group(
        &state.store()?,
        &key,
        state.clock.now(),
        &Local,
        crate::language::current(),
    )
    .await?;
    state.reschedule_reminders();
    Ok(group.into())
}
