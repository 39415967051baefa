//! The journal: mood notes, tags, search, the month view and trends, in the machine's time zone.

use chrono::{DateTime, Local, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use tauri::State;
use village_core::SearchHit;
use village_core::journal::{
    Cursor, DayMood, JournalFilter, MoodNote, MoodNoteId, MoodNoteInput, Page, Segment, Tag, TagId,
    Trends, UNDO_GRACE, mood_word,
};
use village_core::time::{local_instant, parse_date};

use crate::{AppState, CommandError};

#[derive(Debug, Serialize)]
pub struct MoodNoteDto {
    pub id: String,
    pub mood: u8,
    pub mood_word: String,
    pub note: String,
    pub tags: Vec<String>,
    pub energy: Option<u8>,
    pub sleep_hours: Option<f64>,
    pub written_at: DateTime<Utc>,
    pub local_date: NaiveDate,
}

impl From<MoodNote> for MoodNoteDto {
    fn from(n: MoodNote) -> Self {
        MoodNoteDto {
            id: n.id.to_string(),
            mood: n.mood,
            mood_word: mood_word(n.mood).render(crate::language::current()),
            note: n.note,
            tags: n.tags,
            energy: n.energy,
            sleep_hours: n.sleep_half_hours.map(|h| f64::from(h) / 2.0),
            written_at: n.written_at,
            local_date: n.local_date,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct PageDto<T> {
    pub items: Vec<T>,
    pub next: Option<Cursor>,
}

impl<T, U: From<T>> From<Page<T>> for PageDto<U> {
    fn from(page: Page<T>) -> Self {
        PageDto {
            items: page.items.into_iter().map(Into::into).collect(),
            next: page.next,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct SearchHitDto {
    pub note: MoodNoteDto,
    pub snippet: Vec<Segment>,
}

impl From<SearchHit> for SearchHitDto {
    fn from(hit: SearchHit) -> Self {
        SearchHitDto {
            note: hit.note.into(),
            snippet: hit.snippet,
        }
    }
}

/// A note as the form sends it; `written_at` is local "YYYY-MM-DDTHH:MM", absent for now.
#[derive(Debug, Deserialize)]
pub struct MoodNoteInputDto {
    pub mood: i64,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub energy: Option<i64>,
    #[serde(default)]
    pub sleep_hours: Option<f64>,
    #[serde(default)]
    pub written_at: Option<String>,
}

impl MoodNoteInputDto {
    fn into_input(self) -> Result<MoodNoteInput, CommandError> {
        let written_at = match self.written_at.as_deref() {
            None | Some("") => None,
            Some(text) => Some(local_instant("written_at", text, &Local)?),
        };
        Ok(MoodNoteInput {
            mood: self.mood,
            note: self.note,
            tags: self.tags,
            energy: self.energy,
            sleep_hours: self.sleep_hours,
            written_at,
        })
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct FilterDto {
    #[serde(default)]
    pub tag: Option<String>,
    #[serde(default)]
    pub mood: Option<u8>,
    #[serde(default)]
    pub from: Option<String>,
    #[serde(default)]
    pub to: Option<String>,
}

impl FilterDto {
    fn into_filter(self) -> Result<JournalFilter, CommandError> {
        let date = |field, text: Option<String>| -> Result<Option<NaiveDate>, CommandError> {
            match text.as_deref() {
                None | Some("") => Ok(None),
                Some(text) => Ok(Some(parse_date(field, text)?)),
            }
        };
        Ok(JournalFilter {
            tag: self.tag.filter(|t| !t.trim().is_empty()),
            mood: self.mood,
            from: date("from", self.from)?,
            to: date("to", self.to)?,
        })
    }
}

#[derive(Debug, Serialize)]
pub struct DayDto {
    pub date: NaiveDate,
    pub average: Option<f64>,
    pub count: i64,
}

impl From<DayMood> for DayDto {
    fn from(d: DayMood) -> Self {
        DayDto {
            date: d.date,
            average: d.average(),
            count: d.count,
        }
    }
}

#[tauri::command]
pub async fn add_mood_note(
    state: State<'_, AppState>,
    input: MoodNoteInputDto,
) -> Result<MoodNoteDto, CommandError> {
    let now = state.clock.now();
    let input = input.into_input()?;
    Ok(state
        .store()?
        .add_mood_note(&input, now, &Local)
        .await?
        .into())
}

#[tauri::command]
pub async fn update_mood_note(
    state: State<'_, AppState>,
    id: String,
    input: MoodNoteInputDto,
) -> Result<MoodNoteDto, CommandError> {
    let now = state.clock.now();
    let id = MoodNoteId::parse(&id)?;
    let input = input.into_input()?;
    Ok(state
        .store()?
        .update_mood_note(&id, &input, now, &Local)
        .await?
        .into())
}

/// Hides the note, then purges those whose undo time has passed. The delete stands even if
/// that clean-up fails; it runs again at the next delete and at start-up.
#[tauri::command]
pub async fn delete_mood_note(state: State<'_, AppState>, id: String) -> Result<(), CommandError> {
    let now = state.clock.now();
    let store = state.store()?;
    store
        .delete_mood_note(&MoodNoteId::parse(&id)?, now)
        .await?;
    if let Err(error) = store.purge_deleted_notes(now - UNDO_GRACE).await {
        eprintln!("village: purging deleted notes failed: {error:?}");
    }
    Ok(())
}

#[tauri::command]
pub async fn undo_delete_mood_note(
    state: State<'_, AppState>,
    id: String,
) -> Result<MoodNoteDto, CommandError> {
    let id = MoodNoteId::parse(&id)?;
    Ok(state
        .store()?
        .restore_mood_note(&id, state.clock.now())
        .await?
        .into())
}

#[tauri::command]
pub async fn journal_page(
    state: State<'_, AppState>,
    filter: Option<FilterDto>,
    after: Option<Cursor>,
    limit: Option<u32>,
) -> Result<PageDto<MoodNoteDto>, CommandError> {
    let filter = filter.unwrap_or_default().into_filter()?;
    let page = state
        .store()?
        .timeline(&filter, after.as_ref(), limit.unwrap_or(50))
        .await?;
    Ok(page.into())
}

#[tauri::command]
pub async fn day_notes(
    state: State<'_, AppState>,
    date: String,
) -> Result<Vec<MoodNoteDto>, CommandError> {
    let date = parse_date("date", &date)?;
    let notes = state.store()?.day_notes(date).await?;
    Ok(notes.into_iter().map(Into::into).collect())
}

#[tauri::command]
pub async fn search_journal(
    state: State<'_, AppState>,
    query: String,
    after: Option<Cursor>,
) -> Result<PageDto<SearchHitDto>, CommandError> {
    let page = state
        .store()?
        .search_notes(&query, after.as_ref(), 50)
        .await?;
    Ok(page.into())
}

#[tauri::command]
pub async fn month_view(
    state: State<'_, AppState>,
    year: i32,
    month: u32,
) -> Result<Vec<DayDto>, CommandError> {
    let days = state.store()?.month(year, month).await?;
    Ok(days.into_iter().map(Into::into).collect())
}

#[tauri::command]
pub async fn journal_trends(state: State<'_, AppState>, days: u32) -> Result<Trends, CommandError> {
    let today = state.clock.now().with_timezone(&Local).date_naive();
    Ok(state.store()?.trends(days, today).await?)
}

#[tauri::command]
pub async fn list_tags(state: State<'_, AppState>) -> Result<Vec<Tag>, CommandError> {
    Ok(state.store()?.tags().await?)
}

#[tauri::command]
pub async fn rename_tag(
    state: State<'_, AppState>,
    id: String,
    name: String,
) -> Result<Tag, CommandError> {
    let id = TagId::parse(&id)?;
    Ok(state
        .store()?
        .rename_tag(&id, &name, state.clock.now())
        .await?)
}

#[tauri::command]
pub async fn merge_tags(
    state: State<'_, AppState>,
    from: String,
    into: String,
) -> Result<Tag, CommandError> {
    let (from, into) = (TagId::parse(&from)?, TagId::parse(&into)?);
    Ok(state.store()?.merge_tags(&from, &into).await?)
}
