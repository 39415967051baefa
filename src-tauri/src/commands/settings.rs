//! Her preferences: the theme and text size, the quiet hours, and reminders.

use serde::{Deserialize, Serialize};
use tauri::State;
use tauri::{AppHandle, Runtime};
use village_core::catalog::{self, Language};
use village_core::reminders::{NudgeSettings, ReminderSettings};
use village_core::{LanguageChoice, QuietHours, Settings, Theme};

use crate::{AppState, CommandError};

#[derive(Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct QuietHoursDto {
    pub enabled: bool,
    /// "HH:MM", local time.
    pub start: String,
    pub end: String,
}

#[derive(Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct ReminderSettingsDto {
    pub enabled: bool,
    /// "HH:MM", local time: when check-in and birthday reminders come.
    pub time_of_day: String,
}

#[derive(Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct NudgeDto {
    pub enabled: bool,
    /// "HH:MM", local time.
    pub time_of_day: String,
    /// Not on a day she has already noted a mood.
    pub skip_if_noted: bool,
}

impl From<NudgeSettings> for NudgeDto {
    fn from(nudge: NudgeSettings) -> Self {
        NudgeDto {
            enabled: nudge.enabled,
            time_of_day: QuietHours::format_time(nudge.time_of_day),
            skip_if_noted: nudge.skip_if_noted,
        }
    }
}

impl TryFrom<NudgeDto> for NudgeSettings {
    type Error = village_core::Error;

    fn try_from(dto: NudgeDto) -> Result<Self, Self::Error> {
        Ok(NudgeSettings {
            enabled: dto.enabled,
            time_of_day: QuietHours::parse_time("nudge_time", &dto.time_of_day)?,
            skip_if_noted: dto.skip_if_noted,
        })
    }
}

#[derive(Debug, Serialize)]
pub struct SettingsDto {
    pub theme: Theme,
    pub quiet_hours: QuietHoursDto,
    pub reminders: ReminderSettingsDto,
    pub nudge: NudgeDto,
    pub baby_birth_date: Option<chrono::NaiveDate>,
    /// Minutes without use before an encrypted journal locks; 0 is never.
    pub idle_lock_minutes: u32,
    /// How large the words are, in percent of Village's own size.
    pub text_size_percent: u32,
    /// "system", "en" or "es".
    pub language: LanguageChoice,
}

impl From<ReminderSettings> for ReminderSettingsDto {
    fn from(reminders: ReminderSettings) -> Self {
        ReminderSettingsDto {
            enabled: reminders.enabled,
            time_of_day: QuietHours::format_time(reminders.time_of_day),
        }
    }
}

impl TryFrom<ReminderSettingsDto> for ReminderSettings {
    type Error = village_core::Error;

    fn try_from(dto: ReminderSettingsDto) -> Result<Self, Self::Error> {
        Ok(ReminderSettings {
            enabled: dto.enabled,
            time_of_day: QuietHours::parse_time("time_of_day", &dto.time_of_day)?,
        })
    }
}

impl From<QuietHours> for QuietHoursDto {
    fn from(hours: QuietHours) -> Self {
        QuietHoursDto {
            enabled: hours.enabled,
            start: QuietHours::format_time(hours.start),
            end: QuietHours::format_time(hours.end),
        }
    }
}

impl TryFrom<QuietHoursDto> for QuietHours {
    type Error = village_core::Error;

    fn try_from(dto: QuietHoursDto) -> Result<Self, Self::Error> {
        Ok(QuietHours {
            enabled: dto.enabled,
            start: QuietHours::parse_time("start", &dto.start)?,
            end: QuietHours::parse_time("end", &dto.end)?,
        })
    }
}

impl From<Settings> for SettingsDto {
    fn from(settings: Settings) -> Self {
        SettingsDto {
            theme: settings.theme,
            quiet_hours: settings.quiet_hours.into(),
            reminders: settings.reminders.into(),
            nudge: settings.nudge.into(),
            baby_birth_date: settings.baby_birth_date,
            idle_lock_minutes: settings.idle_lock.as_minutes(),
            text_size_percent: settings.text_size.as_percent(),
            language: settings.language,
        }
    }
}

#[tauri::command]
pub async fn get_settings(state: State<'_, AppState>) -> Result<SettingsDto, CommandError> {
    Ok(state.store()?.settings().await?.into())
}

/// Takes the theme as text so an unknown value gets her a sentence, not a serde error.
#[tauri::command]
pub async fn set_theme(
    state: State<'_, AppState>,
    theme: String,
) -> Result<SettingsDto, CommandError> {
    let store = state.store()?;
    store.set_theme(theme.parse()?, state.clock.now()).await?;
    Ok(store.settings().await?.into())
}

#[tauri::command]
pub async fn set_quiet_hours(
    state: State<'_, AppState>,
    input: QuietHoursDto,
) -> Result<SettingsDto, CommandError> {
    let store = state.store()?;
    store
        .set_quiet_hours(&input.try_into()?, state.clock.now())
        .await?;
    state.reschedule_reminders();
    Ok(store.settings().await?.into())
}

#[tauri::command]
pub async fn set_reminders(
    state: State<'_, AppState>,
    input: ReminderSettingsDto,
) -> Result<SettingsDto, CommandError> {
    let store = state.store()?;
    store
        .set_reminder_settings(&input.try_into()?, state.clock.now())
        .await?;
    state.reschedule_reminders();
    Ok(store.settings().await?.into())
}

/// The daily "How are you today?": on or off, its time, and whether a day with a mood skips it.
#[tauri::command]
pub async fn set_nudge(
    state: State<'_, AppState>,
    input: NudgeDto,
) -> Result<SettingsDto, CommandError> {
    let store = state.store()?;
    store
        .set_nudge_settings(&input.try_into()?, state.clock.now())
        .await?;
    state.reschedule_reminders();
    Ok(store.settings().await?.into())
}

/// Her baby's birth date as "YYYY-MM-DD", or "" to clear it: self-check prompts follow it.
#[tauri::command]
pub async fn set_baby_birth_date(
    state: State<'_, AppState>,
    date: String,
) -> Result<SettingsDto, CommandError> {
    let store = state.store()?;
    let now = state.clock.now();
    let today = now.with_timezone(&chrono::Local).date_naive();
    let date = village_core::settings::baby_birth_date(&date, today)?;
    store.set_baby_birth_date(date, now).await?;
    Ok(store.settings().await?.into())
}

/// How long without use before an encrypted journal locks: 0 (never), 5, 15 or 60 minutes.
#[tauri::command]
pub async fn set_idle_lock(
    state: State<'_, AppState>,
    minutes: u32,
) -> Result<SettingsDto, CommandError> {
    let store = state.store()?;
    let idle = village_core::IdleLock::minutes(minutes)?;
    store.set_idle_lock(idle, state.clock.now()).await?;
    Ok(store.settings().await?.into())
}

/// How large the words are: 100, 125, 150, 175 or 200 percent.
#[tauri::command]
pub async fn set_text_size(
    state: State<'_, AppState>,
    percent: u32,
) -> Result<SettingsDto, CommandError> {
    let store = state.store()?;
    let size = village_core::TextSize::percent(percent)?;
    store.set_text_size(size, state.clock.now()).await?;
    Ok(store.settings().await?.into())
}

/// The catalog the window speaks from: every word of her language, and which it is.
#[derive(Debug, Serialize)]
pub struct CatalogDto {
    /// "en", "es" or "x-pseudo".
    pub language: Language,
    /// The locale dates and numbers follow: "en-US" or "es-US".
    pub locale: &'static str,
    /// The language's `.ftl` files, joined.
    pub source: String,
    /// What she chose in Settings: "system", "en" or "es".
    pub choice: LanguageChoice,
}

/// Makes `choice` the language the shell speaks and the tray shows, and gives the window its
/// catalog. The choice goes through the system's language first, then the window's own.
fn speak<R: Runtime>(app: &AppHandle<R>, choice: LanguageChoice, webview: &[String]) -> CatalogDto {
    let language = choice.resolve(crate::language::system(), webview);
    if crate::language::set(language) {
        crate::tray::relabel(app);
    }
    CatalogDto {
        language,
        locale: language.locale(),
        source: catalog::source(language),
        choice,
    }
}

/// The window's catalog at start. Her choice is read from her journal; while it is locked
/// (or will not open), from the copy the window keeps on this device (`remembered`).
#[tauri::command]
pub async fn catalog<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    remembered: Option<String>,
    webview: Vec<String>,
) -> Result<CatalogDto, CommandError> {
    let store = state.store().ok();
    let stored = match &store {
        Some(store) => store.language().await.ok(),
        None => None,
    };
    let choice = stored
        .or_else(|| remembered.and_then(|r| LanguageChoice::parse(&r).ok()))
        .unwrap_or_default();
    let catalog = speak(&app, choice, &webview);
    if let Some(store) = store {
        // Beside the first paint, not before it. Locked or not, the words must come: a
        // starter tag left in the other language is not worth failing the start for.
        let language = catalog.language;
        tauri::async_runtime::spawn(async move {
            if let Err(error) = store.speak_starter_tags(language).await {
                eprintln!("village: starter tags kept their words: {error:?}");
            }
        });
    }
    Ok(catalog)
}

/// Her language, from Settings: applied at once to the window (it loads the catalog this
/// returns), the next notification and the tray.
#[tauri::command]
pub async fn set_language<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    choice: String,
    webview: Option<Vec<String>>,
) -> Result<CatalogDto, CommandError> {
    let choice = LanguageChoice::parse(&choice)?;
    let store = state.store()?;
    store.set_language(choice, state.clock.now()).await?;
    let catalog = speak(&app, choice, &webview.unwrap_or_default());
    store.speak_starter_tags(catalog.language).await?;
    Ok(catalog)
}
