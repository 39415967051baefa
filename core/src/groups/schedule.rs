//! When a group meets: a schedule kept as structured parts, and its meetings worked out in her
//! local time, so a 10:00 group is at 10:00 on both sides of a clock change.

use chrono::{DateTime, Datelike, Days, Duration, NaiveDate, NaiveTime, TimeZone, Utc, Weekday};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::text;
use crate::time::{day_of, parse_date, resolve_local};

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
            _ => Err(Error::invalid(
                "nth",
                "Pick the 1st, 2nd, 3rd, 4th, 5th or last of the month.",
            )),
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

    fn words(self) -> &'static str {
        match self {
            Nth::Ordinal(1) => "1st",
            Nth::Ordinal(2) => "2nd",
            Nth::Ordinal(3) => "3rd",
            Nth::Ordinal(4) => "4th",
            Nth::Ordinal(_) => "5th",
            Nth::Last => "last",
        }
    }

    /// As the group form's choice names it.
    pub fn label(self) -> &'static str {
        match self {
            Nth::Last => "Last",
            other => other.words(),
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

    /// In plain words: "Every Tuesday and Thursday at 10:00, for 1 hour 30 minutes".
    pub fn words(&self) -> String {
        let Schedule::Timed(t) = self else {
            return "No fixed time".to_owned();
        };
        let at = t.at.format("%H:%M");
        let when = match t.recurrence {
            Recurrence::Weekly { days, .. } if days.0 == 127 => format!("Every day at {at}"),
            Recurrence::Weekly { days, .. } => {
                let names: Vec<&str> = days.days().into_iter().map(day_name).collect();
                format!("Every {} at {at}", text::and_list(&names))
            }
            Recurrence::EveryOtherWeek { anchor } => {
                format!("Every other {} at {at}", day_name(anchor.weekday()))
            }
            Recurrence::Monthly { nth, weekday, .. } => format!(
                "The {} {} of each month at {at}",
                nth.words(),
                day_name(weekday)
            ),
            Recurrence::Once { on } => format!("Once, on {} at {at}", on.format("%a %-d %b %Y")),
        };
        format!("{when}, for {}", duration_words(t.duration_minutes))
    }
}

pub fn day_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

/// "1 hour 30 minutes", "45 minutes", "2 hours".
pub fn duration_words(minutes: u32) -> String {
    let (hours, minutes) = (minutes / 60, minutes % 60);
    let unit = |n: u32, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    match (hours, minutes) {
        (0, m) => unit(m, "minute", "minutes"),
        (h, 0) => unit(h, "hour", "hours"),
        (h, m) => format!(
            "{} {}",
            unit(h, "hour", "hours"),
            unit(m, "minute", "minutes")
        ),
    }
}

/// When a meeting is, said from where she stands: "Now, until 11:30", "Today at 10:00",
/// "Tomorrow at 18:30", "Friday at 10:00", "Sat 5 Dec at 10:00".
pub fn meeting_words<Tz: TimeZone>(meeting: &Meeting, now: DateTime<Utc>, tz: &Tz) -> String {
    let wall = |at: DateTime<Utc>| at.with_timezone(tz).naive_local().format("%H:%M");
    let at = wall(meeting.start);
    if meeting.start <= now && now < meeting.end {
        return format!("Now, until {}", wall(meeting.end));
    }
    let today = day_of(now, tz);
    let days = (meeting.local_date - today).num_days();
    match days {
        0 => format!("Today at {at}"),
        1 => format!("Tomorrow at {at}"),
        -1 => format!("Yesterday at {at}"),
        2..=6 => format!("{} at {at}", day_name(meeting.local_date.weekday())),
        _ if meeting.local_date.year() == today.year() => {
            format!("{} at {at}", meeting.local_date.format("%a %-d %b"))
        }
        _ => format!("{} at {at}", meeting.local_date.format("%a %-d %b %Y")),
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

/// How the group form names each way of repeating, in `REPEATS`' order.
pub const REPEAT_WORDS: [&str; 5] = [
    "Every week",
    "Every other week",
    "Once a month",
    "Just once",
    "No fixed time",
];

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
        .ok_or_else(|| Error::invalid("weekdays", "That is not a day of the week."))
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
                    return Err(Error::invalid("date", "Pick the date it meets on."));
                }
                None | Some("") => today,
                Some(text) => parse_date("date", text)?,
            };
            if !YEARS.contains(&date.year()) {
                return Err(Error::invalid(
                    "date",
                    "Pick a date between the years 2000 and 2100.",
                ));
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
                    return Err(Error::invalid(
                        "weekdays",
                        "Pick at least one day of the week it meets on.",
                    ));
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
                let nth = Nth::parse(self.nth.ok_or_else(|| {
                    Error::invalid(
                        "nth",
                        "Pick the 1st, 2nd, 3rd, 4th, 5th or last of the month.",
                    )
                })?)?;
                let [weekday] = weekdays[..] else {
                    return Err(Error::invalid(
                        "weekdays",
                        "Pick the one day of the week it meets on.",
                    ));
                };
                Recurrence::Monthly {
                    nth,
                    weekday,
                    from: date(false)?,
                }
            }
            "once" => Recurrence::Once { on: date(true)? },
            _ => {
                return Err(Error::invalid(
                    "repeats",
                    "Choose weekly, every other week, monthly, once, or no fixed time.",
                ));
            }
        };
        let at = self
            .time
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .ok_or_else(|| Error::invalid("time", "Pick the time it starts."))
            .and_then(|t| {
                NaiveTime::parse_from_str(t, "%H:%M").map_err(|_| {
                    Error::invalid("time", "That is not a time of day (from 00:00 to 23:59).")
                })
            })?;
        let duration_minutes = self
            .duration_minutes
            .and_then(|m| u32::try_from(m).ok())
            .filter(|m| (1..=DURATION_MAX_MINUTES).contains(m))
            .ok_or_else(|| {
                Error::invalid(
                    "duration_minutes",
                    "A meeting lasts from 1 minute to 24 hours.",
                )
            })?;
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
