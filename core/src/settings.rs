//! Her preferences as typed values: the theme, the quiet hours, and when reminders come.

use std::fmt;
use std::str::FromStr;

use chrono::{Months, NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use crate::catalog::Language;
use crate::catalog::Message;
use crate::error::{Error, Result};

/// How the app looks. `System` follows the light or dark setting of her device.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

impl fmt::Display for Theme {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Theme {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self> {
        match s {
            "system" => Ok(Theme::System),
            "light" => Ok(Theme::Light),
            "dark" => Ok(Theme::Dark),
            _ => Err(Error::invalid("theme", "error-theme")),
        }
    }
}

/// The part of the night when no reminder is sent. The window may cross midnight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuietHours {
    pub enabled: bool,
    pub start: NaiveTime,
    pub end: NaiveTime,
}

impl Default for QuietHours {
    fn default() -> Self {
        Self {
            enabled: true,
            start: NaiveTime::from_hms_opt(21, 0, 0).unwrap_or(NaiveTime::MIN),
            end: NaiveTime::from_hms_opt(8, 0, 0).unwrap_or(NaiveTime::MIN),
        }
    }
}

impl QuietHours {
    /// Reads "HH:MM" as the UI and the store write it.
    pub fn parse_time(field: &'static str, text: &str) -> Result<NaiveTime> {
        let text = text.trim();
        let valid_shape = text.len() == 5 && text.as_bytes()[2] == b':';
        let time = valid_shape
            .then(|| NaiveTime::parse_from_str(text, "%H:%M").ok())
            .flatten();
        time.ok_or_else(|| Error::invalid(field, "error-time-of-day"))
    }

    pub fn format_time(time: NaiveTime) -> String {
        time.format("%H:%M").to_string()
    }

    pub fn validate(&self) -> Result<()> {
        if self.start == self.end {
            return Err(Error::invalid("quiet_hours", "error-quiet-hours-same"));
        }
        Ok(())
    }

    /// Whether `time` falls inside the quiet hours; the start is inside, the end is not.
    pub fn contains(&self, time: NaiveTime) -> bool {
        if !self.enabled {
            return false;
        }
        if self.start < self.end {
            self.start <= time && time < self.end
        } else {
            time >= self.start || time < self.end
        }
    }
}

/// The day reminders (check-ins, birthdays) come in the daytime only, so a due date that
/// begins at midnight never wakes her.
const EARLIEST: NaiveTime = hour(6);
const LATEST: NaiveTime = hour(22);

const fn hour(h: u32) -> NaiveTime {
    match NaiveTime::from_hms_opt(h, 0, 0) {
        Some(time) => time,
        None => NaiveTime::MIN,
    }
}

/// Her reminder preferences: all on or off, and the time of day for check-ins and birthdays.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReminderSettings {
    pub enabled: bool,
    pub time_of_day: NaiveTime,
}

impl Default for ReminderSettings {
    fn default() -> Self {
        Self {
            enabled: true,
            time_of_day: hour(10),
        }
    }
}

impl ReminderSettings {
    pub fn validate(&self) -> Result<()> {
        daytime("time_of_day", self.time_of_day)
    }
}

/// Reminders of her day come between 06:00 and 22:00, so none ever wakes her.
fn daytime(field: &'static str, time: NaiveTime) -> Result<()> {
    if (EARLIEST..=LATEST).contains(&time) {
        Ok(())
    } else {
        Err(Error::invalid(field, "error-reminder-daytime"))
    }
}

/// The daily "How are you today?": off until she turns it on, at the time she picks. It
/// counts nothing and says nothing about the days she let it pass.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct NudgeSettings {
    pub enabled: bool,
    pub time_of_day: NaiveTime,
    /// Not on a day she has already noted a mood: the question would only repeat itself.
    pub skip_if_noted: bool,
}

impl Default for NudgeSettings {
    fn default() -> Self {
        Self {
            enabled: false,
            time_of_day: hour(19),
            skip_if_noted: true,
        }
    }
}

impl NudgeSettings {
    pub fn validate(&self) -> Result<()> {
        daytime("nudge_time", self.time_of_day)
    }
}

/// Which language she reads Village in: the system's, until she picks one in Settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LanguageChoice {
    #[default]
    System,
    En,
    Es,
}

impl LanguageChoice {
    pub fn as_str(self) -> &'static str {
        match self {
            LanguageChoice::System => "system",
            LanguageChoice::En => "en",
            LanguageChoice::Es => "es",
        }
    }

    pub fn parse(value: &str) -> Result<LanguageChoice> {
        match value {
            "system" => Ok(LanguageChoice::System),
            "en" => Ok(LanguageChoice::En),
            "es" => Ok(LanguageChoice::Es),
            _ => Err(Error::invalid("language", "error-language")),
        }
    }

    /// The language she reads: the one she picked, else the system's (`system`, from the
    /// environment), else the first of the window's own languages Village speaks, else English.
    pub fn resolve(self, system: Option<Language>, webview: &[String]) -> Language {
        match self {
            LanguageChoice::En => Language::En,
            LanguageChoice::Es => Language::Es,
            LanguageChoice::System => system
                .or_else(|| webview.iter().find_map(|tag| Language::parse(tag)))
                .unwrap_or(Language::En),
        }
    }
}

/// All of her preferences at once, as the settings view shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Settings {
    pub theme: Theme,
    pub quiet_hours: QuietHours,
    pub reminders: ReminderSettings,
    /// The daily "How are you today?".
    pub nudge: NudgeSettings,
    /// Her baby's birth date, if she chose to give it: self-check prompts follow it.
    pub baby_birth_date: Option<NaiveDate>,
    /// Only used while the journal is encrypted.
    pub idle_lock: IdleLock,
    pub text_size: TextSize,
    pub language: LanguageChoice,
}

/// How large she wants the words, as a percent of Village's own size: the window scales every
/// text with it, and Ctrl +/− step through the same choices.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct TextSize(u32);

impl TextSize {
    pub const CHOICES: [u32; 5] = [100, 125, 150, 175, 200];

    pub fn percent(percent: u32) -> Result<TextSize> {
        if TextSize::CHOICES.contains(&percent) {
            Ok(TextSize(percent))
        } else {
            Err(Error::invalid("text_size", "error-text-size"))
        }
    }

    pub fn as_percent(self) -> u32 {
        self.0
    }
}

impl Default for TextSize {
    fn default() -> Self {
        TextSize(100)
    }
}

/// How many minutes without a touch or a key before an encrypted journal locks again; 0 is
/// never. Only the choices the settings offer are kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct IdleLock(u32);

impl IdleLock {
    pub const CHOICES: [u32; 4] = [0, 5, 15, 60];

    pub fn minutes(minutes: u32) -> Result<IdleLock> {
        if IdleLock::CHOICES.contains(&minutes) {
            Ok(IdleLock(minutes))
        } else {
            Err(Error::invalid("idle_lock", "error-idle-lock"))
        }
    }

    pub fn as_minutes(self) -> u32 {
        self.0
    }
}

impl Default for IdleLock {
    fn default() -> Self {
        IdleLock(15)
    }
}

/// How far back a baby's birth date may go: the app is for the early years.
pub const BABY_BIRTH_YEARS_MAX: u32 = 5;

/// Reads the baby's birth date as she typed it ("" clears it). It can't be in the future or
/// more than `BABY_BIRTH_YEARS_MAX` years ago.
pub fn baby_birth_date(text: &str, today: NaiveDate) -> Result<Option<NaiveDate>> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    let date = crate::time::parse_date("baby_birth_date", text)?;
    if date > today {
        return Err(Error::invalid("baby_birth_date", "error-birth-date-future"));
    }
    let earliest = today
        .checked_sub_months(Months::new(12 * BABY_BIRTH_YEARS_MAX))
        .unwrap_or(NaiveDate::MIN);
    if date < earliest {
        return Err(Error::invalid(
            "baby_birth_date",
            Message::new("error-birth-date-old").with("years", BABY_BIRTH_YEARS_MAX),
        ));
    }
    Ok(Some(date))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    #[test]
    fn only_the_offered_text_sizes_are_kept() {
        for percent in TextSize::CHOICES {
            assert_eq!(TextSize::percent(percent).unwrap().as_percent(), percent);
        }
        for bad in [0, 50, 99, 110, 201, 400] {
            assert!(matches!(
                TextSize::percent(bad),
                Err(Error::Invalid {
                    field: "text_size",
                    ..
                })
            ));
        }
        assert_eq!(TextSize::default().as_percent(), 100);
    }

    #[test]
    fn themes_read_back_what_they_write() {
        for theme in [Theme::System, Theme::Light, Theme::Dark] {
            assert_eq!(theme.as_str().parse::<Theme>().unwrap(), theme);
        }
    }

    #[test]
    fn an_unknown_theme_is_refused_with_a_plain_message() {
        for bad in ["", "Dark", "blue", "<script>", "dark\0"] {
            let err = bad.parse::<Theme>().unwrap_err();
            assert!(
                matches!(err, Error::Invalid { field: "theme", .. }),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn quiet_hours_across_midnight_cover_the_night_only() {
        let quiet = QuietHours::default();
        assert!(quiet.contains(at(21, 0)));
        assert!(quiet.contains(at(23, 59)));
        assert!(quiet.contains(at(3, 0)));
        assert!(!quiet.contains(at(8, 0)));
        assert!(!quiet.contains(at(12, 0)));
        assert!(!quiet.contains(at(20, 59)));
    }

    #[test]
    fn quiet_hours_within_a_day_and_switched_off() {
        let nap = QuietHours {
            enabled: true,
            start: at(13, 0),
            end: at(15, 0),
        };
        assert!(nap.contains(at(14, 0)));
        assert!(!nap.contains(at(15, 0)));
        let off = QuietHours {
            enabled: false,
            ..QuietHours::default()
        };
        assert!(!off.contains(at(23, 0)));
    }

    #[test]
    fn times_must_look_like_a_clock() {
        assert_eq!(QuietHours::parse_time("start", "07:30").unwrap(), at(7, 30));
        for bad in [
            "",
            "7:30",
            "24:00",
            "12:60",
            "noon",
            "07:30:00",
            "٠٧:٣٠",
            "07:3",
        ] {
            assert!(QuietHours::parse_time("start", bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn a_baby_birth_date_is_a_real_day_not_in_the_future_nor_long_ago() {
        let today = NaiveDate::from_ymd_opt(2026, 3, 10).unwrap();
        assert_eq!(baby_birth_date("  ", today).unwrap(), None);
        assert_eq!(baby_birth_date("2026-03-10", today).unwrap(), Some(today));
        assert!(baby_birth_date("2021-03-10", today).unwrap().is_some());
        for bad in ["2026-03-11", "2021-03-09", "2026-02-30", "soon", "<b>"] {
            assert!(
                matches!(
                    baby_birth_date(bad, today),
                    Err(Error::Invalid {
                        field: "baby_birth_date",
                        ..
                    })
                ),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn equal_start_and_end_are_refused() {
        let same = QuietHours {
            enabled: true,
            start: at(9, 0),
            end: at(9, 0),
        };
        assert!(matches!(
            same.validate(),
            Err(Error::Invalid {
                field: "quiet_hours",
                ..
            })
        ));
    }
}
