//! The `settings` table: her preferences as key/value rows, read and written as typed values.

use chrono::{DateTime, NaiveDate, Utc};

use std::collections::BTreeMap;

use sqlx::SqliteConnection;

use super::Store;
use super::merge::Outcome;
use crate::catalog::Message;
use crate::error::{Error, Result};
use crate::reminders::{NudgeSettings, ReminderSettings};
use crate::settings::{
    IdleLock, LanguageChoice, QuietHours, Settings, TextSize, Theme, baby_birth_date,
};
use crate::today::{CARE_DISMISS_DAYS, PROMPT_WEEKS};
use crate::transfer::in_setting;

const THEME: &str = "theme";
const TEXT_SIZE: &str = "appearance.text_size";
const LANGUAGE: &str = "appearance.language";
const QUIET_ENABLED: &str = "quiet_hours.enabled";
const QUIET_START: &str = "quiet_hours.start";
const QUIET_END: &str = "quiet_hours.end";
const REMINDERS_ENABLED: &str = "reminders.enabled";
const REMINDERS_TIME: &str = "reminders.time_of_day";
const BABY_BIRTH_DATE: &str = "baby.birth_date";
const CARE_DISMISSED_UNTIL: &str = "care.dismissed_until";
const PROMPT_DISMISSED_WEEK: &str = "care.self_check_prompt_dismissed_week";
const IDLE_LOCK: &str = "privacy.idle_lock_minutes";
const CLOSE_EXPLAINED: &str = "background.close_explained";
const NUDGE_ENABLED: &str = "nudge.enabled";
const NUDGE_TIME: &str = "nudge.time_of_day";
const NUDGE_SKIP_IF_NOTED: &str = "nudge.skip_if_noted";

/// The settings an export carries and an import fills in; the lock and the closing notice
/// belong to this device and stay out of files.
pub const EXPORTED: [&str; 14] = [
    THEME,
    TEXT_SIZE,
    LANGUAGE,
    QUIET_ENABLED,
    QUIET_START,
    QUIET_END,
    REMINDERS_ENABLED,
    REMINDERS_TIME,
    BABY_BIRTH_DATE,
    CARE_DISMISSED_UNTIL,
    PROMPT_DISMISSED_WEEK,
    NUDGE_ENABLED,
    NUDGE_TIME,
    NUDGE_SKIP_IF_NOTED,
];

/// A value from a file, read by the same parsers and rules her settings go through when she
/// changes them, in the form the store writes it.
fn check_setting(key: &str, value: &str, today: NaiveDate) -> Result<()> {
    let refuse = || {
        Error::invalid(
            "settings",
            Message::new("error-setting-value")
                .with("value", value)
                .with("key", key),
        )
    };
    let flag = |v: &str| matches!(v, "true" | "false");
    let daytime = |v: &str| -> Result<()> {
        ReminderSettings {
            enabled: true,
            time_of_day: QuietHours::parse_time("settings", v)?,
        }
        .validate()
    };
    match key {
        THEME => value.parse::<Theme>().map(|_| ()),
        LANGUAGE => LanguageChoice::parse(value).map(|_| ()),
        TEXT_SIZE => value
            .parse::<u32>()
            .map_err(|_| refuse())
            .and_then(TextSize::percent)
            .map(|_| ()),
        QUIET_ENABLED | REMINDERS_ENABLED | NUDGE_ENABLED | NUDGE_SKIP_IF_NOTED => {
            flag(value).then_some(()).ok_or_else(refuse)
        }
        QUIET_START | QUIET_END => QuietHours::parse_time("settings", value).map(|_| ()),
        REMINDERS_TIME | NUDGE_TIME => daytime(value),
        BABY_BIRTH_DATE => baby_birth_date(value, today).map(|_| ()),
        // Hidden for a week at most: a file can't hide the calm card for longer.
        CARE_DISMISSED_UNTIL => DateTime::parse_from_rfc3339(value)
            .ok()
            .filter(|until| {
                until.date_naive() <= today + chrono::Duration::days(CARE_DISMISS_DAYS + 1)
            })
            .map(|_| ())
            .ok_or_else(refuse),
        PROMPT_DISMISSED_WEEK => value
            .parse::<u32>()
            .ok()
            .filter(|week| PROMPT_WEEKS.contains(week))
            .map(|_| ())
            .ok_or_else(refuse),
        _ => Err(refuse()),
    }
}

impl Store {
    pub async fn settings(&self) -> Result<Settings> {
        Ok(Settings {
            theme: self.theme().await?,
            quiet_hours: self.quiet_hours().await?,
            reminders: self.reminder_settings().await?,
            nudge: self.nudge_settings().await?,
            baby_birth_date: self.baby_birth_date().await?,
            idle_lock: self.idle_lock().await?,
            text_size: self.text_size().await?,
            language: self.language().await?,
        })
    }

    /// A choice written by hand or by a future version falls back to the system's language.
    pub async fn language(&self) -> Result<LanguageChoice> {
        let stored = self.setting(LANGUAGE).await?;
        Ok(stored
            .and_then(|v| LanguageChoice::parse(&v).ok())
            .unwrap_or_default())
    }

    pub async fn set_language(&self, choice: LanguageChoice, now: DateTime<Utc>) -> Result<()> {
        let mut tx = self.pool.begin().await?;
        put(&mut tx, LANGUAGE, choice.as_str(), now).await?;
        tx.commit().await?;
        Ok(())
    }

    /// A size written by hand or by a future version falls back to the default.
    pub async fn text_size(&self) -> Result<TextSize> {
        let stored = self.setting(TEXT_SIZE).await?;
        Ok(stored
            .and_then(|p| p.parse().ok())
            .and_then(|p| TextSize::percent(p).ok())
            .unwrap_or_default())
    }

    pub async fn set_text_size(&self, size: TextSize, now: DateTime<Utc>) -> Result<()> {
        let mut tx = self.pool.begin().await?;
        put(&mut tx, TEXT_SIZE, &size.as_percent().to_string(), now).await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn idle_lock(&self) -> Result<IdleLock> {
        let stored = self.setting(IDLE_LOCK).await?;
        Ok(stored
            .and_then(|m| m.parse().ok())
            .and_then(|m| IdleLock::minutes(m).ok())
            .unwrap_or_default())
    }

    pub async fn set_idle_lock(&self, idle: IdleLock, now: DateTime<Utc>) -> Result<()> {
        let mut tx = self.pool.begin().await?;
        put(&mut tx, IDLE_LOCK, &idle.as_minutes().to_string(), now).await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn baby_birth_date(&self) -> Result<Option<NaiveDate>> {
        Ok(read_birth_date(self.setting(BABY_BIRTH_DATE).await?))
    }

    /// The three settings Today reads, in one statement rather than three: Today is drawn on
    /// every start and every return to it.
    pub async fn today_settings(&self) -> Result<TodaySettings> {
        let rows = sqlx::query!(
            "SELECT key, value FROM settings WHERE key IN (?1, ?2, ?3)",
            BABY_BIRTH_DATE,
            CARE_DISMISSED_UNTIL,
            PROMPT_DISMISSED_WEEK,
        )
        .fetch_all(&self.pool)
        .await?;
        let mut found: BTreeMap<String, String> =
            rows.into_iter().map(|r| (r.key, r.value)).collect();
        Ok(TodaySettings {
            baby_birth_date: read_birth_date(found.remove(BABY_BIRTH_DATE)),
            care_dismissed_until: read_instant(found.remove(CARE_DISMISSED_UNTIL)),
            self_check_prompt_dismissed: read_week(found.remove(PROMPT_DISMISSED_WEEK)),
        })
    }

    /// Sets or clears (None) her baby's birth date; `settings::baby_birth_date` checks it.
    pub async fn set_baby_birth_date(
        &self,
        date: Option<NaiveDate>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        match date {
            Some(date) => {
                let mut tx = self.pool.begin().await?;
                put(&mut tx, BABY_BIRTH_DATE, &date.to_string(), now).await?;
                tx.commit().await?;
            }
            None => self.forget(BABY_BIRTH_DATE).await?,
        }
        Ok(())
    }

    pub async fn dismiss_care(&self, until: DateTime<Utc>, now: DateTime<Utc>) -> Result<()> {
        let mut tx = self.pool.begin().await?;
        put(&mut tx, CARE_DISMISSED_UNTIL, &until.to_rfc3339(), now).await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn dismiss_self_check_prompt(&self, week: u32, now: DateTime<Utc>) -> Result<()> {
        let mut tx = self.pool.begin().await?;
        put(&mut tx, PROMPT_DISMISSED_WEEK, &week.to_string(), now).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn forget(&self, key: &str) -> Result<()> {
        sqlx::query!("DELETE FROM settings WHERE key = ?", key)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// A value written by hand or by a future version falls back to the default rather than
    /// locking her out of the app.
    pub async fn theme(&self) -> Result<Theme> {
        let stored = self.setting(THEME).await?;
        Ok(stored.and_then(|v| v.parse().ok()).unwrap_or_default())
    }

    pub async fn set_theme(&self, theme: Theme, now: DateTime<Utc>) -> Result<()> {
        let mut tx = self.pool.begin().await?;
        put(&mut tx, THEME, theme.as_str(), now).await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn quiet_hours(&self) -> Result<QuietHours> {
        let default = QuietHours::default();
        let enabled = flag(self.setting(QUIET_ENABLED).await?, default.enabled);
        let time = |text: Option<String>, fallback| {
            text.and_then(|t| QuietHours::parse_time("quiet_hours", &t).ok())
                .unwrap_or(fallback)
        };
        let hours = QuietHours {
            enabled,
            start: time(self.setting(QUIET_START).await?, default.start),
            end: time(self.setting(QUIET_END).await?, default.end),
        };
        Ok(if hours.validate().is_ok() {
            hours
        } else {
            default
        })
    }

    /// Writes the three parts together, so a crash never leaves half a change.
    pub async fn set_quiet_hours(&self, hours: &QuietHours, now: DateTime<Utc>) -> Result<()> {
        hours.validate()?;
        let mut tx = self.pool.begin().await?;
        let enabled = if hours.enabled { "true" } else { "false" };
        put(&mut tx, QUIET_ENABLED, enabled, now).await?;
        put(
            &mut tx,
            QUIET_START,
            &QuietHours::format_time(hours.start),
            now,
        )
        .await?;
        put(&mut tx, QUIET_END, &QuietHours::format_time(hours.end), now).await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn reminder_settings(&self) -> Result<ReminderSettings> {
        let default = ReminderSettings::default();
        let stored = ReminderSettings {
            enabled: flag(self.setting(REMINDERS_ENABLED).await?, default.enabled),
            time_of_day: self
                .setting(REMINDERS_TIME)
                .await?
                .and_then(|t| QuietHours::parse_time("time_of_day", &t).ok())
                .unwrap_or(default.time_of_day),
        };
        Ok(if stored.validate().is_ok() {
            stored
        } else {
            default
        })
    }

    pub async fn set_reminder_settings(
        &self,
        reminders: &ReminderSettings,
        now: DateTime<Utc>,
    ) -> Result<()> {
        reminders.validate()?;
        let mut tx = self.pool.begin().await?;
        let enabled = if reminders.enabled { "true" } else { "false" };
        put(&mut tx, REMINDERS_ENABLED, enabled, now).await?;
        let time = QuietHours::format_time(reminders.time_of_day);
        put(&mut tx, REMINDERS_TIME, &time, now).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Whether she has been told, on closing the window the first time, that reminders go on.
    pub async fn close_explained(&self) -> Result<bool> {
        Ok(flag(self.setting(CLOSE_EXPLAINED).await?, false))
    }

    pub async fn mark_close_explained(&self, now: DateTime<Utc>) -> Result<()> {
        let mut tx = self.pool.begin().await?;
        put(&mut tx, CLOSE_EXPLAINED, "true", now).await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn nudge_settings(&self) -> Result<NudgeSettings> {
        let default = NudgeSettings::default();
        let stored = NudgeSettings {
            enabled: flag(self.setting(NUDGE_ENABLED).await?, default.enabled),
            time_of_day: self
                .setting(NUDGE_TIME)
                .await?
                .and_then(|t| QuietHours::parse_time("nudge_time", &t).ok())
                .unwrap_or(default.time_of_day),
            skip_if_noted: flag(
                self.setting(NUDGE_SKIP_IF_NOTED).await?,
                default.skip_if_noted,
            ),
        };
        Ok(if stored.validate().is_ok() {
            stored
        } else {
            default
        })
    }

    /// Writes the three parts together, so a crash never leaves half a change.
    pub async fn set_nudge_settings(
        &self,
        nudge: &NudgeSettings,
        now: DateTime<Utc>,
    ) -> Result<()> {
        nudge.validate()?;
        let mut tx = self.pool.begin().await?;
        put(&mut tx, NUDGE_ENABLED, bool_text(nudge.enabled), now).await?;
        let time = QuietHours::format_time(nudge.time_of_day);
        put(&mut tx, NUDGE_TIME, &time, now).await?;
        put(
            &mut tx,
            NUDGE_SKIP_IF_NOTED,
            bool_text(nudge.skip_if_noted),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn setting(&self, key: &str) -> Result<Option<String>> {
        let value = sqlx::query_scalar!("SELECT value FROM settings WHERE key = ?", key)
            .fetch_optional(&self.pool)
            .await?;
        Ok(value)
    }
}

/// What Today needs of her settings (`Store::today_settings`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TodaySettings {
    pub baby_birth_date: Option<NaiveDate>,
    /// Until when she asked the calm card on Today to stay away.
    pub care_dismissed_until: Option<DateTime<Utc>>,
    /// The week mark (2, 6 or 12) whose self-check prompt she closed.
    pub self_check_prompt_dismissed: Option<u32>,
}

/// Stored values read back; one written by hand that does not read is as if unset.
fn read_birth_date(stored: Option<String>) -> Option<NaiveDate> {
    stored.and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok())
}

fn read_instant(stored: Option<String>) -> Option<DateTime<Utc>> {
    stored.and_then(|t| DateTime::parse_from_rfc3339(&t).ok().map(|t| t.to_utc()))
}

fn read_week(stored: Option<String>) -> Option<u32> {
    stored.and_then(|w| w.parse().ok())
}

fn bool_text(value: bool) -> &'static str {
    if value { "true" } else { "false" }
}

/// A stored "true" or "false"; anything else is the default.
fn flag(stored: Option<String>, default: bool) -> bool {
    match stored.as_deref() {
        Some("true") => true,
        Some("false") => false,
        _ => default,
    }
}

async fn put(
    tx: &mut sqlx::SqliteConnection,
    key: &str,
    value: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    sqlx::query!(
        "INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
        key,
        value,
        now
    )
    .execute(tx)
    .await?;
    Ok(())
}

/// The settings an export carries.
pub(super) async fn records(conn: &mut SqliteConnection) -> Result<BTreeMap<String, String>> {
    Ok(sqlx::query!("SELECT key, value FROM settings ORDER BY key")
        .fetch_all(&mut *conn)
        .await?
        .into_iter()
        .filter(|r| EXPORTED.contains(&r.key.as_str()))
        .map(|r| (r.key, r.value))
        .collect())
}

/// A setting from a file. Keys from other versions, or a device's own settings, are left out
/// (None), as the export leaves them out; a setting she already has is hers on this device,
/// and the file fills in the rest.
pub(super) async fn import(
    tx: &mut SqliteConnection,
    key: &str,
    value: &str,
    now: DateTime<Utc>,
    today: NaiveDate,
) -> Result<Option<Outcome>> {
    if !EXPORTED.contains(&key) {
        return Ok(None);
    }
    check_setting(key, value, today).map_err(|e| in_setting(key, e))?;
    let done = sqlx::query!(
        "INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (key) DO NOTHING",
        key,
        value,
        now
    )
    .execute(&mut *tx)
    .await?;
    Ok(Some(if done.rows_affected() == 1 {
        Outcome::Added
    } else {
        Outcome::Unchanged
    }))
}
