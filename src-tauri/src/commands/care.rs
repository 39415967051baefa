//! Today, Insight and Help: the home screen, her own evidence, self-checks and the safety plan.

use chrono::{DateTime, Duration, Local, NaiveDate, Utc};
use serde::Serialize;
use tauri::State;
use village_core::insight::Insight;
use village_core::safety_plan::{SafetyPlan, SafetyPlanInput};
use village_core::self_check::{Band, Questionnaire, SelfCheck, SelfCheckId, SelfCheckInput};
use village_core::today::{BirthdaySoon, CARE_DISMISS_DAYS, CareCard, PROMPT_WEEKS, Pulse};

use super::circle::CircleEntryDto;
use super::groups::GroupMeetingDto;
use crate::{AppState, CommandError};

/// How many past results of each questionnaire the history shows.
const HISTORY: u32 = 50;

#[derive(Debug, Serialize)]
pub struct TodayDto {
    pub welcome: bool,
    pub people: usize,
    pub groups: usize,
    pub due: Vec<CircleEntryDto>,
    pub next_meeting: Option<GroupMeetingDto>,
    pub birthdays: Vec<BirthdaySoon>,
    pub pulse: PulseDto,
    pub care: Option<CareCard>,
    pub self_check_prompt: Option<u32>,
}

/// The pulse, with its words in the language she reads.
#[derive(Debug, Serialize)]
pub struct PulseDto {
    #[serde(flatten)]
    pub pulse: Pulse,
    pub words: String,
}

#[tauri::command]
pub async fn today(state: State<'_, AppState>) -> Result<TodayDto, CommandError> {
    let now = state.clock.now();
    let today = state.store()?.today(now, &Local).await?;
    Ok(TodayDto {
        welcome: today.welcome(),
        people: today.people,
        groups: today.groups,
        due: today
            .due
            .into_iter()
            .map(|e| CircleEntryDto::new(e, now))
            .collect(),
        next_meeting: today.next_meeting.map(|m| GroupMeetingDto::new(m, now)),
        birthdays: today.birthdays,
        pulse: PulseDto {
            words: today.pulse.words().render(crate::language::current()),
            pulse: today.pulse,
        },
        care: today.care,
        self_check_prompt: today.self_check_prompt,
    })
}

#[tauri::command]
pub async fn insight(state: State<'_, AppState>) -> Result<Insight, CommandError> {
    Ok(state.store()?.insight(state.clock.now(), &Local).await?)
}

/// "Not now" on the calm card: it stays away for a week.
#[tauri::command]
pub async fn dismiss_care(state: State<'_, AppState>) -> Result<(), CommandError> {
    let now = state.clock.now();
    let until = now + Duration::days(CARE_DISMISS_DAYS);
    Ok(state.store()?.dismiss_care(until, now).await?)
}

#[tauri::command]
pub async fn dismiss_self_check_prompt(
    state: State<'_, AppState>,
    week: u32,
) -> Result<(), CommandError> {
    if !PROMPT_WEEKS.contains(&week) {
        return Err(village_core::Error::invalid(
            "week",
            "Self-check prompts come at 2, 6 and 12 weeks.",
        )
        .into());
    }
    Ok(state
        .store()?
        .dismiss_self_check_prompt(week, state.clock.now())
        .await?)
}

/// A questionnaire as the form shows it.
#[derive(Debug, Serialize)]
pub struct SelfCheckFormDto {
    pub kind: Questionnaire,
    pub name: &'static str,
    pub about: &'static str,
    pub stem: &'static str,
    pub items: &'static [&'static str],
    pub answers: [&'static str; 4],
    pub difficulty: &'static str,
    pub difficulty_answers: [&'static str; 4],
}

#[tauri::command]
pub fn self_check_form(kind: String) -> Result<SelfCheckFormDto, CommandError> {
    let kind = Questionnaire::parse(&kind)?;
    Ok(SelfCheckFormDto {
        kind,
        name: kind.name(),
        about: kind.about(),
        stem: kind.stem(),
        items: kind.items(),
        answers: kind.answers(),
        difficulty: kind.difficulty(),
        difficulty_answers: kind.difficulty_answers(),
    })
}

#[derive(Debug, Serialize)]
pub struct SelfCheckDto {
    pub id: String,
    pub kind: Questionnaire,
    pub name: &'static str,
    pub items: Vec<u8>,
    pub difficulty: Option<u8>,
    pub score: u8,
    pub max_score: u8,
    pub band: Band,
    pub bands: &'static [Band],
    pub needs_help_now: bool,
    pub taken_at: DateTime<Utc>,
    pub local_date: NaiveDate,
}

impl From<SelfCheck> for SelfCheckDto {
    fn from(c: SelfCheck) -> Self {
        SelfCheckDto {
            id: c.id.to_string(),
            kind: c.kind,
            name: c.kind.name(),
            band: c.band(),
            bands: c.kind.bands(),
            needs_help_now: c.needs_help_now(),
            max_score: c.kind.max_score(),
            score: c.score,
            items: c.items,
            difficulty: c.difficulty,
            taken_at: c.taken_at,
            local_date: c.local_date,
        }
    }
}

#[tauri::command]
pub async fn take_self_check(
    state: State<'_, AppState>,
    input: SelfCheckInput,
) -> Result<SelfCheckDto, CommandError> {
    let check = state
        .store()?
        .take_self_check(&input, state.clock.now(), &Local)
        .await?;
    Ok(check.into())
}

#[tauri::command]
pub async fn get_self_check(
    state: State<'_, AppState>,
    id: String,
) -> Result<SelfCheckDto, CommandError> {
    let id = SelfCheckId::parse(&id)?;
    Ok(state.store()?.self_check(&id).await?.into())
}

#[derive(Debug, Serialize)]
pub struct SelfCheckHistoryDto {
    pub phq9: Vec<SelfCheckDto>,
    pub gad7: Vec<SelfCheckDto>,
}

#[tauri::command]
pub async fn self_check_history(
    state: State<'_, AppState>,
) -> Result<SelfCheckHistoryDto, CommandError> {
    let store = state.store()?;
    let history = |checks: Vec<SelfCheck>| checks.into_iter().map(Into::into).collect();
    Ok(SelfCheckHistoryDto {
        phq9: history(store.self_checks(Questionnaire::Phq9, HISTORY).await?),
        gad7: history(store.self_checks(Questionnaire::Gad7, HISTORY).await?),
    })
}

#[tauri::command]
pub async fn delete_self_check(state: State<'_, AppState>, id: String) -> Result<(), CommandError> {
    let id = SelfCheckId::parse(&id)?;
    Ok(state.store()?.delete_self_check(&id).await?)
}

#[tauri::command]
pub async fn get_safety_plan(state: State<'_, AppState>) -> Result<SafetyPlan, CommandError> {
    Ok(state.store()?.safety_plan().await?)
}

#[tauri::command]
pub async fn save_safety_plan(
    state: State<'_, AppState>,
    input: SafetyPlanInput,
) -> Result<SafetyPlan, CommandError> {
    Ok(state
        .store()?
        .save_safety_plan(&input, state.clock.now())
        .await?)
}
