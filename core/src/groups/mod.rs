//! Groups: the mom groups, support groups, classes and meetups she saves, when they meet, and
//! the meetings she went to.

mod calendar;
mod schedule;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use serde::{Deserialize, Serialize};

pub use calendar::{calendar, file_stem, meeting_calendar};
pub(crate) use schedule::WEEKDAY_CODES;
pub use schedule::{
    DURATION_MAX_MINUTES, Meeting, NTHS, Nth, REPEATS, Recurrence, Schedule, ScheduleInput, Timed,
    WEEK, WeekdaySet, meeting_words, parse_weekday, weekday_code,
};

use crate::catalog::Message;
use crate::circle::CheckIn;
use crate::error::{Error, Reason, Result};
pub use crate::id::GroupId;
use crate::journal::{TAG_MAX, clean_tag};
use crate::text;

pub const NAME_MAX: usize = 100;
pub const PLACE_MAX: usize = 300;
pub const LINK_MAX: usize = 500;
pub const CONTACT_MAX: usize = 200;
pub const NOTES_MAX: usize = 5_000;
/// How far ahead the Upcoming list looks.
pub const UPCOMING_DAYS: i64 = 14;
/// How far back she can still say she went to a meeting.
pub const ATTEND_WITHIN_DAYS: i64 = 60;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, sqlx::Type)]
#[serde(rename_all = "snake_case")]
#[sqlx(rename_all = "snake_case")]
pub enum GroupKind {
    SupportGroup,
    MomAndBaby,
    Class,
    OnlineCommunity,
    VirtualMeetup,
    Other,
}

impl GroupKind {
    pub const ALL: [GroupKind; 6] = [
        GroupKind::SupportGroup,
        GroupKind::MomAndBaby,
        GroupKind::Class,
        GroupKind::OnlineCommunity,
        GroupKind::VirtualMeetup,
        GroupKind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            GroupKind::SupportGroup => "support_group",
            GroupKind::MomAndBaby => "mom_and_baby",
            GroupKind::Class => "class",
            GroupKind::OnlineCommunity => "online_community",
            GroupKind::VirtualMeetup => "virtual_meetup",
            GroupKind::Other => "other",
        }
    }

    /// The kind's words, from the same catalog messages as the group form's choices.
    pub fn words(self) -> Message {
        match self {
            GroupKind::SupportGroup => Message::new("group-kind-support-group"),
            GroupKind::MomAndBaby => Message::new("group-kind-mom-and-baby"),
            GroupKind::Class => Message::new("group-kind-class"),
            GroupKind::OnlineCommunity => Message::new("group-kind-online-community"),
            GroupKind::VirtualMeetup => Message::new("group-kind-virtual-meetup"),
            GroupKind::Other => Message::new("group-kind-other"),
        }
    }

    pub fn parse(text: &str) -> Result<Self> {
        Self::ALL
            .into_iter()
            .find(|k| k.as_str() == text)
            .ok_or_else(|| Error::invalid("kind", "error-group-kind"))
    }
}

/// A group as she enters it, before checking.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupInput {
    pub name: String,
    pub kind: String,
    /// An address or a description of the place.
    #[serde(default)]
    pub place: String,
    /// An https link, for online groups or a group's page.
    #[serde(default)]
    pub link: String,
    /// Who runs it, or how to reach them.
    #[serde(default)]
    pub contact: String,
    #[serde(default)]
    pub notes: String,
    pub schedule: ScheduleInput,
    /// Minutes before each meeting for its reminder; none means an hour.
    #[serde(default)]
    pub remind_minutes_before: Option<i64>,
}

/// A group after checking: what the store writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupDetails {
    pub name: String,
    pub kind: GroupKind,
    pub place: String,
    pub link: String,
    pub contact: String,
    pub notes: String,
    pub schedule: Schedule,
    pub remind_minutes_before: u32,
}

impl GroupInput {
    pub fn named(name: &str, schedule: ScheduleInput) -> Self {
        Self {
            name: name.to_owned(),
            kind: GroupKind::MomAndBaby.as_str().to_owned(),
            schedule,
            ..Self::default()
        }
    }

    /// Checks every field; the first problem is returned and nothing is written.
    pub fn validate(&self, today: NaiveDate) -> Result<GroupDetails> {
        let label = Message::new("error-label-name");
        let name = text::required_line("name", label.clone(), &self.name, NAME_MAX)?;
        no_markup("name", label, &name)?;
        let kind = GroupKind::parse(&self.kind)?;
        let label = Message::new("error-label-place");
        let place = text::optional_text("place", label.clone(), &self.place, PLACE_MAX)?;
        no_markup("place", label, &place)?;
        let link = https_link(&self.link)?;
        let label = Message::new("error-label-contact");
        let contact = text::optional_line("contact", label.clone(), &self.contact, CONTACT_MAX)?;
        no_markup("contact", label, &contact)?;
        let label = Message::new("error-label-notes");
        let notes = text::optional_text("notes", label.clone(), &self.notes, NOTES_MAX)?;
        no_markup("notes", label, &notes)?;
        let schedule = self.schedule.validate(today)?;
        let remind_minutes_before = minutes_before(self.remind_minutes_before)?;
        Ok(GroupDetails {
            name,
            kind,
            place,
            link,
            contact,
            notes,
            schedule,
            remind_minutes_before,
        })
    }
}

/// Group fields are copied into calendars and other apps that may read HTML, so tags are
/// refused rather than carried along. A lone "<" (as in "<3") is fine.
pub(crate) fn no_markup(field: &'static str, label: Message, value: &str) -> Result<()> {
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '<'
            && chars
                .peek()
                .is_some_and(|next| next.is_ascii_alphabetic() || matches!(next, '/' | '!' | '?'))
        {
            return Err(Error::invalid(
                field,
                Reason::from(Message::new("error-text-markup")).with_part("label", label),
            ));
        }
    }
    Ok(())
}

/// An https address with a host, tidied by the URL parser; anything else (javascript:, file:,
/// plain http) is refused, because the opener only ever opens https.
pub fn https_link(text: &str) -> Result<String> {
    let text = text::optional_line("link", Message::new("error-label-link"), text, LINK_MAX)?;
    if text.is_empty() {
        return Ok(text);
    }
    let refuse = || Error::invalid("link", "error-link-https");
    if text.chars().any(char::is_whitespace) {
        return Err(refuse());
    }
    let url = url::Url::parse(&text).map_err(|_| refuse())?;
    if url.scheme() != "https"
        || url.host_str().is_none_or(str::is_empty)
        || !url.username().is_empty()
        || url.password().is_some()
    {
        return Err(refuse());
    }
    let link = url.to_string();
    if link.chars().count() > LINK_MAX {
        return Err(Error::invalid(
            "link",
            Message::new("error-link-too-long").with("max", LINK_MAX),
        ));
    }
    Ok(link)
}

/// The tag a "how I felt after" note carries: the group's name, cut to a tag's length.
pub fn group_tag(name: &str) -> Result<String> {
    let cut: String = name.chars().take(TAG_MAX).collect();
    clean_tag(&cut)
}

/// A group as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub id: GroupId,
    pub name: String,
    pub kind: GroupKind,
    pub place: String,
    pub link: String,
    pub contact: String,
    pub notes: String,
    pub schedule: Schedule,
    /// How long before each meeting its reminder comes.
    pub remind_minutes_before: u32,
    /// No notifications about this group.
    pub muted: bool,
    /// Counts edits, so a calendar that imported the group takes the newer version.
    pub revision: i64,
    pub archived_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Group {
    /// Archived groups keep their history but have no meetings to come.
    pub fn next_meetings<Tz: TimeZone>(
        &self,
        now: DateTime<Utc>,
        count: usize,
        tz: &Tz,
    ) -> Vec<Meeting> {
        if self.archived_at.is_some() {
            return Vec::new();
        }
        self.schedule.next_meetings(now, count, tz)
    }
}

/// One meeting of one group, as the Upcoming list shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupMeeting {
    pub group_id: GroupId,
    pub group_name: String,
    pub meeting: Meeting,
    pub attended: bool,
}

impl Group {
    /// This group's meetings that start in `[from, to)`, archived or not, each marked with
    /// whether she went.
    pub fn meetings_between<Tz: TimeZone>(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        tz: &Tz,
        attended: impl Fn(&GroupId, DateTime<Utc>) -> bool,
    ) -> Vec<GroupMeeting> {
        self.schedule
            .meetings_between(from, to, tz)
            .into_iter()
            .map(|meeting| GroupMeeting {
                group_id: self.id.clone(),
                group_name: self.name.clone(),
                attended: attended(&self.id, meeting.start),
                meeting,
            })
            .collect()
    }
}

/// The meetings of every active group that start in `[from, to)`, soonest first.
pub fn meetings_between<Tz: TimeZone>(
    groups: &[Group],
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    tz: &Tz,
    attended: impl Fn(&GroupId, DateTime<Utc>) -> bool,
) -> Vec<GroupMeeting> {
    let mut meetings: Vec<GroupMeeting> = groups
        .iter()
        .filter(|g| g.archived_at.is_none())
        .flat_map(|g| g.meetings_between(from, to, tz, &attended))
        .collect();
    meetings.sort_by(|a, b| {
        (a.meeting.start, &a.group_name, &a.group_id).cmp(&(
            b.meeting.start,
            &b.group_name,
            &b.group_id,
        ))
    });
    meetings
}

/// "I went": the meeting she went to (None for a group with no fixed time, meaning now), and
/// optionally how she felt after, from 1 to 5, with a few words.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct AttendInput {
    pub group_id: String,
    #[serde(default)]
    pub meeting_start: Option<DateTime<Utc>>,
    #[serde(default)]
    pub mood_after: Option<i64>,
    #[serde(default)]
    pub note: String,
}

/// A meeting she went to: the check-in that records it and the mood she noted after.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attendance {
    pub check_in: CheckIn,
    pub meeting_start: Option<DateTime<Utc>>,
    pub mood_after: Option<u8>,
}

/// How long before a meeting its reminder comes, unless she sets it for the group.
pub const DEFAULT_MINUTES_BEFORE: u32 = 60;
/// From five minutes to a day ahead.
pub const MINUTES_BEFORE: std::ops::RangeInclusive<u32> = 5..=24 * 60;

/// Reads the minutes before a meeting as the group form sends them; none means the default.
pub fn minutes_before(minutes: Option<i64>) -> Result<u32> {
    let Some(minutes) = minutes else {
        return Ok(DEFAULT_MINUTES_BEFORE);
    };
    u32::try_from(minutes)
        .ok()
        .filter(|m| MINUTES_BEFORE.contains(m))
        .ok_or_else(|| Error::invalid("remind_minutes_before", "error-remind-minutes"))
}

#[cfg(test)]
mod tests;
