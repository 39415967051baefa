//! Reminders: which notifications are due to be sent now, and when to look again. Pure
//! functions of what the store knows, the instant and her time zone; the shell delivers them.

use std::collections::HashSet;

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, SecondsFormat, TimeZone, Utc};
use serde::Serialize;

use crate::catalog::{Language, Message, say, word};
use crate::circle::{Person, PersonId, due_on};
use crate::groups::{Group, GroupId, Meeting};
use crate::settings::QuietHours;
pub use crate::settings::{NudgeSettings, ReminderSettings};
use crate::time::day_of;
use crate::time::resolve_local;
use crate::words;

/// A summary names this many people and counts the rest.
const NAMED_IN_SUMMARY: usize = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReminderKind {
    CheckIn,
    Meeting,
    Birthday,
    /// The daily "How are you today?".
    Nudge,
}

impl ReminderKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ReminderKind::CheckIn => "check_in",
            ReminderKind::Meeting => "meeting",
            ReminderKind::Birthday => "birthday",
            ReminderKind::Nudge => "nudge",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [Self::CheckIn, Self::Meeting, Self::Birthday, Self::Nudge]
            .into_iter()
            .find(|kind| kind.as_str() == text)
    }
}

/// What makes a reminder the same one: its kind, who or what it is about, and the occasion
/// (the due date, the birthday, or the meeting's start in UTC). Sent once per key, ever.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct ReminderKey {
    pub kind: ReminderKind,
    pub subject: String,
    pub occasion: String,
}

impl ReminderKey {
    pub fn check_in(person: &PersonId, due: NaiveDate) -> Self {
        Self::on_day(ReminderKind::CheckIn, person.as_str(), due)
    }

    pub fn birthday(person: &PersonId, on: NaiveDate) -> Self {
        Self::on_day(ReminderKind::Birthday, person.as_str(), on)
    }

    /// The day's "How are you today?": one a day.
    pub fn nudge(on: NaiveDate) -> Self {
        Self::on_day(ReminderKind::Nudge, "mood", on)
    }

    pub fn meeting(group: &GroupId, start: DateTime<Utc>) -> Self {
        Self {
            kind: ReminderKind::Meeting,
            subject: group.as_str().to_owned(),
            occasion: start.to_rfc3339_opts(SecondsFormat::Secs, true),
        }
    }

    fn on_day(kind: ReminderKind, subject: &str, day: NaiveDate) -> Self {
        Self {
            kind,
            subject: subject.to_owned(),
            occasion: day.format("%Y-%m-%d").to_string(),
        }
    }
}

/// Where a click on the notification takes her.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "view", content = "id", rename_all = "snake_case")]
pub enum Opens {
    Person(PersonId),
    Group(GroupId),
    Circle,
    /// Today, with the mood picker in view.
    Mood,
    /// Settings, where reminders and Quit are.
    Settings,
}

impl Opens {
    /// The UI's route for it, as `ui/app.js` reads the hash.
    pub fn route(&self) -> String {
        match self {
            Opens::Person(id) => format!("#person/{id}"),
            Opens::Group(id) => format!("#group/{id}"),
            Opens::Circle => "#circle".to_owned(),
            Opens::Mood => "#today/mood".to_owned(),
            Opens::Settings => "#settings".to_owned(),
        }
    }
}

/// One notification to show: a summary stands for several keys. What it is about is kept as
/// facts until it is shown (`title`, `body`), so it is said in the language she reads at that
/// moment, whatever it was when the round began.
#[derive(Debug, Clone, PartialEq)]
pub struct Reminder {
    pub keys: Vec<ReminderKey>,
    pub about: About,
    pub opens: Opens,
}

/// What a notification says, before it is put in words.
#[derive(Debug, Clone, PartialEq)]
pub enum About {
    Birthday {
        name: String,
    },
    CheckIn {
        name: String,
    },
    /// Several people at once, in the order the summary names them.
    CheckIns {
        names: Vec<String>,
    },
    Meeting {
        group: String,
        /// Her clock's time when it starts.
        at: NaiveTime,
        /// It starts today, rather than tomorrow.
        today: bool,
        /// How long until it starts, rounded up.
        minutes: u32,
        /// The first line of where it meets, if she wrote one.
        place: Option<String>,
        /// No place, but a link: it meets online.
        online: bool,
    },
    /// The daily "How are you today?".
    Nudge,
    /// Words the shell writes itself (the locked notice, "Village is still here").
    Said {
        title: Message,
        body: Message,
    },
}

impl Reminder {
    /// The notification's title in `language`.
    pub fn title(&self, language: Language) -> String {
        match &self.about {
            About::Birthday { name } => say(
                language,
                "notification-birthday-title",
                &[("name", name.into())],
            ),
            About::CheckIn { name } => say(
                language,
                "notification-check-in-title",
                &[("name", name.into())],
            ),
            About::CheckIns { names } => say(
                language,
                "notification-check-ins-title",
                &[("count", names.len().into())],
            ),
            About::Meeting {
                group, at, today, ..
            } => {
                let at = words::at_time(language, *at);
                if *today {
                    say(
                        language,
                        "notification-meeting-today-title",
                        &[("group", group.into()), ("at", at.into())],
                    )
                } else {
                    say(
                        language,
                        "notification-meeting-tomorrow-title",
                        &[("group", group.into()), ("at", at.into())],
                    )
                }
            }
            About::Nudge => word(language, "notification-nudge-title"),
            About::Said { title, .. } => title.render(language),
        }
    }

    /// The notification's body in `language`.
    pub fn body(&self, language: Language) -> String {
        match &self.about {
            About::Birthday { .. } => word(language, "notification-birthday-body"),
            About::CheckIn { .. } => word(language, "notification-check-in-body"),
            About::CheckIns { names } => {
                let named: Vec<&str> = names
                    .iter()
                    .take(NAMED_IN_SUMMARY)
                    .map(String::as_str)
                    .collect();
                let others = names.len() - named.len();
                let names = if others == 0 {
                    words::and_list(language, &named)
                } else {
                    say(
                        language,
                        "notification-names-and-others",
                        &[
                            ("names", named.join(", ").into()),
                            ("others", others.into()),
                        ],
                    )
                };
                say(
                    language,
                    "notification-check-ins-body",
                    &[("names", names.into())],
                )
            }
            About::Meeting {
                minutes,
                place,
                online,
                ..
            } => {
                let duration = words::duration(language, *minutes);
                match (place, online) {
                    (Some(place), _) => say(
                        language,
                        "notification-meeting-body-place",
                        &[("duration", duration.into()), ("place", place.into())],
                    ),
                    (None, true) => say(
                        language,
                        "notification-meeting-body-online",
                        &[("duration", duration.into())],
                    ),
                    (None, false) => say(
                        language,
                        "notification-meeting-body",
                        &[("duration", duration.into())],
                    ),
                }
            }
            About::Nudge => word(language, "notification-nudge-body"),
            About::Said { body, .. } => body.render(language),
        }
    }
}

/// Someone in her circle with their latest check-in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CircleMember {
    pub person: Person,
    pub last_contact: Option<DateTime<Utc>>,
    /// When she last logged a check-in with them (it may be dated earlier).
    pub last_logged: Option<DateTime<Utc>>,
}

/// Everything reminders depend on, as the store reads it in one go.
#[derive(Debug, Clone, Default)]
pub struct Outlook {
    pub people: Vec<CircleMember>,
    pub groups: Vec<Group>,
    pub settings: ReminderSettings,
    pub nudge: NudgeSettings,
    pub quiet_hours: QuietHours,
    pub sent: HashSet<ReminderKey>,
    /// The latest day she noted a mood on, for the nudge.
    pub last_mood_day: Option<NaiveDate>,
}

/// Shows a reminder on her device. The desktop shell implements it with notify-rust; on phones
/// the Tauri notification plugin will.
pub trait Notifier: Send + Sync {
    fn notify(&self, reminder: &Reminder) -> std::result::Result<(), Undelivered>;
}

/// The device would not show a notification (no notification service, say).
#[derive(Debug, thiserror::Error)]
#[error("the notification could not be shown: {0}")]
pub struct Undelivered(pub String);

/// The instant her local `date` reaches `time`.
fn moment<Tz: TimeZone>(date: NaiveDate, time: NaiveTime, tz: &Tz) -> DateTime<Utc> {
    resolve_local(date.and_time(time), tz)
}

/// The first instant after `now` at which her clock shows `time`.
fn next_at<Tz: TimeZone>(time: NaiveTime, now: DateTime<Utc>, tz: &Tz) -> DateTime<Utc> {
    let today = day_of(now, tz);
    [
        today,
        today + chrono::Days::new(1),
        today + chrono::Days::new(2),
    ]
    .into_iter()
    .map(|day| moment(day, time, tz))
    .find(|at| *at > now)
    // Two days ahead is always after now; this only satisfies the type.
    .unwrap_or(now + Duration::days(1))
}

fn is_quiet<Tz: TimeZone>(quiet: &QuietHours, now: DateTime<Utc>, tz: &Tz) -> bool {
    quiet.contains(now.with_timezone(tz).naive_local().time())
}

/// A meeting of a group she gets reminders for, whose reminder time has come and whose start
/// has not: a meeting already begun (or missed while the app was closed) is never announced.
fn meetings_to_announce(group: &Group, now: DateTime<Utc>, tz: &impl TimeZone) -> Vec<Meeting> {
    let lead = Duration::minutes(i64::from(group.remind_minutes_before));
    group
        .schedule
        .meetings_between(now, now + lead + Duration::seconds(1), tz)
        .into_iter()
        .filter(|m| m.start > now && m.start - lead <= now)
        .collect()
}

fn gets_reminders(group: &Group) -> bool {
    group.archived_at.is_none() && !group.muted
}

impl Outlook {
    /// The notifications to send at `now`: nothing when reminders are off or in quiet hours;
    /// otherwise every occasion whose time has come and that was never sent. Check-ins due
    /// together (after days away, say) come as one summary instead of a flood.
    pub fn due_reminders<Tz: TimeZone>(&self, now: DateTime<Utc>, tz: &Tz) -> Vec<Reminder> {
        if !self.settings.enabled || is_quiet(&self.quiet_hours, now, tz) {
            return Vec::new();
        }
        let today = day_of(now, tz);
        let time = self.settings.time_of_day;
        let mut reminders = Vec::new();
        let mut due: Vec<(NaiveDate, &CircleMember, ReminderKey)> = Vec::new();
        for member in &self.people {
            let person = &member.person;
            // Paused means "no reminders for now", birthdays included.
            if person.archived_at.is_some() || person.muted || person.paused {
                continue;
            }
            if let Some(birthday) = person.birthday {
                let key = ReminderKey::birthday(&person.id, today);
                if birthday.next_on_or_after(today) == today
                    && now >= moment(today, self.birthday_time(), tz)
                    && !self.sent.contains(&key)
                {
                    reminders.push(Reminder {
                        keys: vec![key],
                        about: About::Birthday {
                            name: person.name.clone(),
                        },
                        opens: Opens::Person(person.id.clone()),
                    });
                }
            }
            let Some(on) = due_on(person, member.last_contact, tz) else {
                continue;
            };
            let mut from = moment(on, time, tz);
            // A check-in she logs now but dates back can leave someone already due again; a
            // reminder seconds after she logged it would nag, so it waits for her next time.
            if let Some(logged) = member.last_logged.filter(|logged| *logged > from) {
                from = next_at(time, logged, tz);
            }
            // The occasion is named by the due date counted in UTC, not in her zone: after a
            // flight east the same gap since their last contact would fall due a day later
            // by her new clock, and a key of local dates would announce it a second time. A
            // key an older Village wrote (the local date) still counts as sent.
            let counted_in_utc = due_on(person, member.last_contact, &Utc).unwrap_or(on);
            let key = ReminderKey::check_in(&person.id, counted_in_utc);
            let local_key = ReminderKey::check_in(&person.id, on);
            if on <= today
                && now >= from
                && !self.sent.contains(&key)
                && !self.sent.contains(&local_key)
            {
                due.push((on, member, key));
            }
        }
        due.sort_by(|a, b| (a.0, &a.1.person.name).cmp(&(b.0, &b.1.person.name)));
        if let Some(reminder) = check_in_reminder(due) {
            reminders.push(reminder);
        }
        if let Some(reminder) = self.nudge_due(now, today, tz) {
            reminders.push(reminder);
        }
        for group in self.groups.iter().filter(|g| gets_reminders(g)) {
            for meeting in meetings_to_announce(group, now, tz) {
                let key = ReminderKey::meeting(&group.id, meeting.start);
                if !self.sent.contains(&key) {
                    reminders.push(meeting_reminder(group, &meeting, key, now, tz));
                }
            }
        }
        reminders
    }

    /// A birthday lasts one day, so one whose time falls in quiet hours comes when they end that
    /// morning instead of the next day, when it would be too late.
    fn birthday_time(&self) -> NaiveTime {
        self.held(self.settings.time_of_day)
    }

    /// The nudge asks about today, so like a birthday it is held only until quiet hours end
    /// that day; one missed (the laptop asleep, say) is simply not asked, never sent late.
    fn nudge_time(&self) -> NaiveTime {
        self.held(self.nudge.time_of_day)
    }

    fn held(&self, time: NaiveTime) -> NaiveTime {
        if self.quiet_hours.contains(time) {
            self.quiet_hours.end
        } else {
            time
        }
    }

    fn nudge_due<Tz: TimeZone>(
        &self,
        now: DateTime<Utc>,
        today: NaiveDate,
        tz: &Tz,
    ) -> Option<Reminder> {
        let noted = self.last_mood_day.is_some_and(|day| day >= today);
        let key = ReminderKey::nudge(today);
        let due = self.nudge.enabled
            && !(self.nudge.skip_if_noted && noted)
            && now >= moment(today, self.nudge_time(), tz)
            && !self.sent.contains(&key);
        due.then(|| Reminder {
            keys: vec![key],
            about: About::Nudge,
            opens: Opens::Mood,
        })
    }

    /// The next instant something may become due, so the shell can sleep until then rather
    /// than poll: the next reminder time of day, the next meeting reminder, or the end of
    /// quiet hours. None when reminders are off.
    pub fn next_wake<Tz: TimeZone>(&self, now: DateTime<Utc>, tz: &Tz) -> Option<DateTime<Utc>> {
        if !self.settings.enabled {
            return None;
        }
        let mut wake =
            next_at(self.settings.time_of_day, now, tz).min(next_at(self.birthday_time(), now, tz));
        if self.nudge.enabled {
            wake = wake.min(next_at(self.nudge_time(), now, tz));
        }
        for group in self.groups.iter().filter(|g| gets_reminders(g)) {
            let lead = Duration::minutes(i64::from(group.remind_minutes_before));
            // The next meeting's reminder may be the one just sent; the one after is later.
            let next = group
                .schedule
                .next_meetings(now, 3, tz)
                .into_iter()
                .map(|m| m.start - lead)
                .find(|at| *at > now);
            if let Some(at) = next {
                wake = wake.min(at);
            }
        }
        if is_quiet(&self.quiet_hours, now, tz) {
            wake = wake.min(next_at(self.quiet_hours.end, now, tz));
        }
        Some(wake)
    }
}

/// One person due: named. Several: one summary that names the first few, and opens the Circle.
fn check_in_reminder(due: Vec<(NaiveDate, &CircleMember, ReminderKey)>) -> Option<Reminder> {
    match due.as_slice() {
        [] => None,
        [(_, member, key)] => Some(Reminder {
            keys: vec![key.clone()],
            about: About::CheckIn {
                name: member.person.name.clone(),
            },
            opens: Opens::Person(member.person.id.clone()),
        }),
        many => Some(Reminder {
            keys: many.iter().map(|(_, _, key)| key.clone()).collect(),
            about: About::CheckIns {
                names: many.iter().map(|(_, m, _)| m.person.name.clone()).collect(),
            },
            opens: Opens::Circle,
        }),
    }
}

fn meeting_reminder<Tz: TimeZone>(
    group: &Group,
    meeting: &Meeting,
    key: ReminderKey,
    now: DateTime<Utc>,
    tz: &Tz,
) -> Reminder {
    // Rounded up, so a reminder sent at 09:00:30 for 10:00 still says "1 hour".
    let minutes = (meeting.start - now + Duration::seconds(59)).num_minutes();
    let place = group
        .place
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .map(|l| l.trim_end_matches('.').to_owned());
    Reminder {
        keys: vec![key],
        about: About::Meeting {
            group: group.name.clone(),
            at: meeting.start.with_timezone(tz).naive_local().time(),
            today: meeting.local_date == day_of(now, tz),
            minutes: u32::try_from(minutes).unwrap_or(0),
            online: place.is_none() && !group.link.is_empty(),
            place,
        },
        opens: Opens::Group(group.id.clone()),
    }
}

#[cfg(test)]
mod tests;
