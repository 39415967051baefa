//! When a group meets: a schedule kept as structured parts, and its meetings worked out in her
//! local time, so a 10:00 group is at 10:00 on both sides of a clock change.

use chrono::{DateTime, Datelike, Days, Duration, NaiveDate, NaiveTime, TimeZone, Utc, Weekday};
use serde::{Deserialize, Serialize};

use crate::catalog::{Arg, Language, date, say, word};
use crate::error::{Error, Result};
use crate::time::{day_of, parse_date, resolve_local};
use crate::words;

/// The longest a meeting can last.
pub const DURATION_MAX_MINUTES: u32 = 24 * 60;
/// Schedules start and end within these years, which keeps every date sum in range.
pub const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;
/// How far a search for meetings looks before it gives up: ten years, far past any group's
/// gaps (a 5th weekday can be three months apart) and cheap to walk day by day.
const SEARCH_DAYS: u64 = 3_660;

/// Which days of the week, as bits from Monday (1) to Sunday (64).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WeekdaySet(u8);

impl WeekdaySet {
    pub fn of(days: &[Weekday]) -> Self {
        Self(
            days.iter()
                .fold(0, |bits, day| bits | 1 << day.num_days_from_monday()),
        )
    }

    /// From the stored bits; None when no day is set or a bit is out of range.
    pub fn from_bits(bits: i64) -> Option<Self> {
        u8::try_from(bits)
            .ok()
            .filter(|b| (1..=127).contains(b))
            .map(Self)
    }

    pub fn bits(self) -> i64 {
        i64::from(self.0)
    }

    pub fn contains(self, day: Weekday) -> bool {
        self.0 & (1 << day.num_days_from_monday()) != 0
    }

    /// The days in order from Monday.
    pub fn days(self) -> Vec<Weekday> {
        WEEK.into_iter().filter(|d| self.contains(*d)).collect()
    }
}

/// The days of the week, from Monday.
pub const WEEK: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

/// Which one of a weekday in the month: the 1st to the 5th, or the last.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nth {
    Ordinal(u8),
    Last,
}

impl Nth {
    /// 1 to 5, or -1 for the last; anything else is refused.
    pub fn parse(n: i64) -> Result<Self> {
        match n {
            -1 => Ok(Nth::Last),
            1..=5 => Ok(Nth::Ordinal(n as u8)),
            _ => Err(Error::invalid("nth", "error-nth")),
        }
    }

    pub fn number(self) -> i64 {
        match self {
            Nth::Ordinal(n) => i64::from(n),
            Nth::Last => -1,
        }
    }

    fn matches(self, date: NaiveDate) -> bool {
        match self {
            Nth::Ordinal(n) => (date.day() - 1) / 7 + 1 == u32::from(n),
            Nth::Last => (date + Days::new(7)).month() != date.month(),
        }
    }

    /// The catalog's word for it inside a sentence: "2nd", "last" ("segundo", "último").
    fn words(self, language: Language) -> String {
        match self {
            Nth::Ordinal(1) => word(language, "schedule-nth-1"),
            Nth::Ordinal(2) => word(language, "schedule-nth-2"),
            Nth::Ordinal(3) => word(language, "schedule-nth-3"),
            Nth::Ordinal(4) => word(language, "schedule-nth-4"),
            Nth::Ordinal(_) => word(language, "schedule-nth-5"),
            Nth::Last => word(language, "schedule-nth-last"),
        }
    }
}

/// How the meetings repeat. Every date is a local calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recurrence {
    /// On these weekdays every week, from `from` on.
    Weekly {
        days: WeekdaySet,
        from: NaiveDate,
    },
    /// Every 14 days from `anchor`, on its weekday.
    EveryOtherWeek {
        anchor: NaiveDate,
    },
    /// On the Nth `weekday` of each month, from `from` on. A month without a 5th one is skipped.
    Monthly {
        nth: Nth,
        weekday: Weekday,
        from: NaiveDate,
    },
    Once {
        on: NaiveDate,
    },
}

impl Recurrence {
    pub fn occurs_on(&self, date: NaiveDate) -> bool {
        match *self {
            Recurrence::Weekly { days, from } => date >= from && days.contains(date.weekday()),
            Recurrence::EveryOtherWeek { anchor } => {
                date >= anchor && (date - anchor).num_days() % 14 == 0
            }
            Recurrence::Monthly { nth, weekday, from } => {
                date >= from && date.weekday() == weekday && nth.matches(date)
            }
            Recurrence::Once { on } => date == on,
        }
    }

    /// The day scanning for meetings may start from: nothing happens before it.
    fn starts(&self) -> NaiveDate {
        match *self {
            Recurrence::Weekly { from, .. } | Recurrence::Monthly { from, .. } => from,
            Recurrence::EveryOtherWeek { anchor } => anchor,
            Recurrence::Once { on } => on,
        }
    }

    /// The dates it meets on from `start`, in order, for up to `SEARCH_DAYS`; callers stop
    /// early.
    fn dates_from(&self, start: NaiveDate) -> impl Iterator<Item = NaiveDate> + '_ {
        let start = start.max(self.starts());
        let last = match *self {
            Recurrence::Once { on } => on,
            _ => start + Days::new(SEARCH_DAYS),
        };
        start
            .iter_days()
            .take_while(move |d| *d <= last)
            .filter(|d| self.occurs_on(*d))
    }

    /// The first date it meets on: DTSTART in a calendar file.
    pub fn first_date(&self) -> Option<NaiveDate> {
        self.dates_from(self.starts()).next()
    }
}

/// A schedule with times: how it repeats, the local time it starts and how long it lasts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timed {
    pub recurrence: Recurrence,
    pub at: NaiveTime,
    pub duration_minutes: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Schedule {
    Timed(Timed),
    /// An online community, or a group she drops in on: no meetings to compute.
    NoFixedTime,
}

/// One meeting of a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Meeting {
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    /// Her calendar day it falls on.
    pub local_date: NaiveDate,
}

impl Timed {
    fn duration(&self) -> Duration {
        Duration::minutes(i64::from(self.duration_minutes))
    }

    fn meeting_on<Tz: TimeZone>(&self, date: NaiveDate, tz: &Tz) -> Meeting {
        let start = resolve_local(date.and_time(self.at), tz);
        Meeting {
            start,
            end: start + self.duration(),
            local_date: date,
        }
    }

    /// Meetings still to end after `now`, soonest first: one under way comes first.
    pub fn next_meetings<Tz: TimeZone>(
        &self,
        now: DateTime<Utc>,
        count: usize,
        tz: &Tz,
    ) -> Vec<Meeting> {
        // A meeting that began yesterday evening may still be going on.
        let start = day_of(now - self.duration(), tz) - Days::new(1);
        self.recurrence
            .dates_from(start)
            .map(|d| self.meeting_on(d, tz))
            .filter(|m| m.end > now)
            .take(count)
            .collect()
    }

    /// Meetings that start in `[from, to)`, in order.
    pub fn meetings_between<Tz: TimeZone>(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        tz: &Tz,
    ) -> Vec<Meeting> {
        let first = day_of(from, tz) - Days::new(1);
        let last = day_of(to, tz) + Days::new(1);
        self.recurrence
            .dates_from(first)
            .take_while(|d| *d <= last)
            .map(|d| self.meeting_on(d, tz))
            .filter(|m| m.start >= from && m.start < to)
            .collect()
    }

    /// The meeting that starts at `start`, if the schedule has one then.
    pub fn meeting_at<Tz: TimeZone>(&self, start: DateTime<Utc>, tz: &Tz) -> Option<Meeting> {
        let day = day_of(start, tz);
        [day - Days::new(1), day, day + Days::new(1)]
            .into_iter()
            .filter(|d| self.recurrence.occurs_on(*d))
            .map(|d| self.meeting_on(d, tz))
            .find(|m| m.start == start)
    }
}

impl Schedule {
    pub fn timed(&self) -> Option<&Timed> {
        match self {
            Schedule::Timed(timed) => Some(timed),
            Schedule::NoFixedTime => None,
        }
    }

    pub fn next_meetings<Tz: TimeZone>(
        &self,
        now: DateTime<Utc>,
        count: usize,
        tz: &Tz,
    ) -> Vec<Meeting> {
        self.timed()
            .map(|t| t.next_meetings(now, count, tz))
            .unwrap_or_default()
    }

    pub fn meetings_between<Tz: TimeZone>(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        tz: &Tz,
    ) -> Vec<Meeting> {
        self.timed()
            .map(|t| t.meetings_between(from, to, tz))
            .unwrap_or_default()
    }

    /// In plain words, in her language: "Every Tuesday and Thursday at 10:00 AM, for 1 hour
    /// 30 minutes".
    pub fn words(&self, language: Language) -> String {
        let Schedule::Timed(t) = self else {
            return word(language, "schedule-no-fixed-time");
        };
        let at: Arg = words::at_time(language, t.at).into();
        let duration: Arg = words::duration(language, t.duration_minutes).into();
        match t.recurrence {
            Recurrence::Weekly { days, .. } if days.0 == 127 => say(
                language,
                "schedule-daily",
                &[("at", at), ("duration", duration)],
            ),
            Recurrence::Weekly { days, .. } => {
                let names: Vec<String> = days
                    .days()
                    .into_iter()
                    .map(|d| words::every_weekday(language, d))
                    .collect();
                say(
                    language,
                    "schedule-weekly",
                    &[
                        ("days", words::and_list(language, &names).into()),
                        ("at", at),
                        ("duration", duration),
                    ],
                )
            }
            Recurrence::EveryOtherWeek { anchor } => say(
                language,
                "schedule-every-other-week",
                &[
                    (
                        "day",
                        words::every_weekday(language, anchor.weekday()).into(),
                    ),
                    ("at", at),
                    ("duration", duration),
                ],
            ),
            Recurrence::Monthly { nth, weekday, .. } => say(
                language,
                "schedule-monthly",
                &[
                    ("nth", nth.words(language).into()),
                    ("day", words::weekday(language, weekday).into()),
                    ("at", at),
                    ("duration", duration),
                ],
            ),
            Recurrence::Once { on } => say(
                language,
                "schedule-once",
                &[
                    ("date", date(language, "date-medium", on).into()),
                    ("at", at),
                    ("duration", duration),
                ],
            ),
        }
    }
}

/// When a meeting is, said from where she stands: "Now, until 11:30 AM", "Today at 10:00 AM",
/// "Tomorrow at 6:30 PM", "Friday at 10:00 AM", "Sat, Dec 5 at 10:00 AM".
pub fn meeting_words<Tz: TimeZone>(
    meeting: &Meeting,
    now: DateTime<Utc>,
    tz: &Tz,
    language: Language,
) -> String {
    let wall = |at: DateTime<Utc>| at.with_timezone(tz).naive_local().time();
    if meeting.start <= now && now < meeting.end {
        let until = words::until_time(language, wall(meeting.end));
        return say(language, "meeting-now", &[("until", until.into())]);
    }
    let at: Arg = words::at_time(language, wall(meeting.start)).into();
    let today = day_of(now, tz);
    let day = meeting.local_date;
    match (day - today).num_days() {
        0 => say(language, "meeting-today", &[("at", at)]),
        1 => say(language, "meeting-tomorrow", &[("at", at)]),
        -1 => say(language, "meeting-yesterday", &[("at", at)]),
        2..=6 => say(
            language,
            "meeting-weekday",
            &[
                ("day", words::weekday(language, day.weekday()).into()),
                ("at", at),
            ],
        ),
        _ if day.year() == today.year() => say(
            language,
            "meeting-date",
            &[
                ("date", date(language, "date-short", day).into()),
                ("at", at),
            ],
        ),
        _ => say(
            language,
            "meeting-date",
            &[
                ("date", date(language, "date-medium", day).into()),
                ("at", at),
            ],
        ),
    }
}

/// A schedule as she enters it (and as the form shows it again).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScheduleInput {
    /// weekly, every_other_week, monthly, once or none.
    pub repeats: String,
    /// For weekly: "mon" to "sun". For monthly: exactly one.
    #[serde(default)]
    pub weekdays: Vec<String>,
    /// For monthly: 1 to 5, or -1 for the last.
    #[serde(default)]
    pub nth: Option<i64>,
    /// Local "YYYY-MM-DD": the date of a one-off, the first meeting of every other week, or the
    /// day a weekly or monthly schedule starts (today when empty).
    #[serde(default)]
    pub date: Option<String>,
    /// Local "HH:MM", 24-hour.
    #[serde(default)]
    pub time: Option<String>,
    #[serde(default)]
    pub duration_minutes: Option<i64>,
}

/// How a schedule repeats, as the form and the export file name it.
pub const REPEATS: [&str; 5] = ["weekly", "every_other_week", "monthly", "once", "none"];

/// Which weekday of the month: 1st to 5th, or -1 for the last.
pub const NTHS: [i64; 6] = [1, 2, 3, 4, 5, -1];

pub(crate) const WEEKDAY_CODES: [(&str, Weekday); 7] = [
    ("mon", Weekday::Mon),
    ("tue", Weekday::Tue),
    ("wed", Weekday::Wed),
    ("thu", Weekday::Thu),
    ("fri", Weekday::Fri),
    ("sat", Weekday::Sat),
    ("sun", Weekday::Sun),
];

pub fn weekday_code(day: Weekday) -> &'static str {
    WEEKDAY_CODES
        .iter()
        .find(|(_, d)| *d == day)
        .map_or("mon", |(code, _)| code)
}

pub fn parse_weekday(text: &str) -> Result<Weekday> {
    WEEKDAY_CODES
        .iter()
        .find(|(code, _)| *code == text.trim())
        .map(|(_, day)| *day)
        .ok_or_else(|| Error::invalid("weekdays", "error-weekday"))
}

impl ScheduleInput {
    pub fn weekly(days: &[&str], time: &str, duration_minutes: i64) -> Self {
        Self {
            repeats: "weekly".to_owned(),
            weekdays: days.iter().map(|d| (*d).to_owned()).collect(),
            time: Some(time.to_owned()),
            duration_minutes: Some(duration_minutes),
            ..Self::default()
        }
    }

    pub fn starting(mut self, date: &str) -> Self {
        self.date = Some(date.to_owned());
        self
    }

    /// Checks every part; `today` is her local date, the start of a weekly or monthly
    /// schedule when she gives none.
    pub fn validate(&self, today: NaiveDate) -> Result<Schedule> {
        let repeats = self.repeats.trim();
        if repeats == "none" {
            return Ok(Schedule::NoFixedTime);
        }
        let date = |required: bool| -> Result<NaiveDate> {
            let date = match self.date.as_deref().map(str::trim) {
                None | Some("") if required => {
                    return Err(Error::invalid("date", "error-schedule-date"));
                }
                None | Some("") => today,
                Some(text) => parse_date("date", text)?,
            };
            if !YEARS.contains(&date.year()) {
                return Err(Error::invalid("date", "error-schedule-date-range"));
            }
            Ok(date)
        };
        let weekdays = self
            .weekdays
            .iter()
            .map(|d| parse_weekday(d))
            .collect::<Result<Vec<_>>>()?;
        let recurrence = match repeats {
            "weekly" => {
                if weekdays.is_empty() {
                    return Err(Error::invalid("weekdays", "error-weekdays-none"));
                }
                Recurrence::Weekly {
                    days: WeekdaySet::of(&weekdays),
                    from: date(false)?,
                }
            }
            "every_other_week" => Recurrence::EveryOtherWeek {
                anchor: date(true)?,
            },
            "monthly" => {
                let nth = Nth::parse(self.nth.ok_or_else(|| Error::invalid("nth", "error-nth"))?)?;
                let [weekday] = weekdays[..] else {
                    return Err(Error::invalid("weekdays", "error-weekdays-one"));
                };
                Recurrence::Monthly {
                    nth,
                    weekday,
                    from: date(false)?,
                }
            }
            "once" => Recurrence::Once { on: date(true)? },
            _ => {
                return Err(Error::invalid("repeats", "error-repeats"));
            }
        };
        let at = self
            .time
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .ok_or_else(|| Error::invalid("time", "error-start-time"))
            .and_then(|t| {
                NaiveTime::parse_from_str(t, "%H:%M")
                    .map_err(|_| Error::invalid("time", "error-start-time-format"))
            })?;
        let duration_minutes = self
            .duration_minutes
            .and_then(|m| u32::try_from(m).ok())
            .filter(|m| (1..=DURATION_MAX_MINUTES).contains(m))
            .ok_or_else(|| Error::invalid("duration_minutes", "error-duration"))?;
        Ok(Schedule::Timed(Timed {
            recurrence,
            at,
            duration_minutes,
        }))
    }
}

impl From<&Schedule> for ScheduleInput {
    fn from(schedule: &Schedule) -> Self {
        let Schedule::Timed(t) = schedule else {
            return ScheduleInput {
                repeats: "none".to_owned(),
                ..ScheduleInput::default()
            };
        };
        let day = |d: NaiveDate| Some(d.format("%Y-%m-%d").to_string());
        let (repeats, weekdays, nth, date) = match t.recurrence {
            Recurrence::Weekly { days, from } => ("weekly", days.days(), None, day(from)),
            Recurrence::EveryOtherWeek { anchor } => (
                "every_other_week",
                vec![anchor.weekday()],
                None,
                day(anchor),
            ),
            Recurrence::Monthly { nth, weekday, from } => {
                ("monthly", vec![weekday], Some(nth.number()), day(from))
            }
            Recurrence::Once { on } => ("once", Vec::new(), None, day(on)),
        };
        ScheduleInput {
            repeats: repeats.to_owned(),
            weekdays: weekdays
                .into_iter()
                .map(|d| weekday_code(d).to_owned())
                .collect(),
            nth,
            date,
            time: Some(t.at.format("%H:%M").to_string()),
            duration_minutes: Some(i64::from(t.duration_minutes)),
        }
    }
}
