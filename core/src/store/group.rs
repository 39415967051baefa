//! The `saved_group` table: her groups, their schedules in parts, and the overview and calendar
//! built from them.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, TimeZone, Utc, Weekday};

use sqlx::SqliteConnection;

use super::merge::{Outcome, outcome};
use super::{Store, whole_seconds};
use crate::catalog::Message;
use crate::error::{Error, Result};
use crate::groups::{
    self, Attendance, Group, GroupDetails, GroupId, GroupInput, GroupKind, GroupMeeting, Meeting,
    Nth, Recurrence, Schedule, Timed, UPCOMING_DAYS, WeekdaySet,
};
use crate::transfer::{GroupRecord, ImportFormat};

fn not_found() -> Error {
    Error::NotFound {
        what: Message::new("error-not-found-group"),
    }
}

/// How many of a group's meetings its page lists ahead, and how far back it offers "I went".
pub const NEXT_MEETINGS: usize = 5;
pub const RECENT_DAYS: i64 = 14;
/// The most attendance rows a group's page shows; the page says how many there are in all.
pub const ATTENDANCE_PAGE: u32 = 100;

struct GroupRow {
    id: GroupId,
    name: String,
    kind: GroupKind,
    place: String,
    link: String,
    contact: String,
    notes: String,
    repeats: String,
    weekdays: Option<i64>,
    nth: Option<i64>,
    on_date: Option<NaiveDate>,
    start_time: Option<String>,
    duration_minutes: Option<i64>,
    remind_minutes_before: i64,
    muted: bool,
    revision: i64,
    archived_at: Option<DateTime<Utc>>,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

impl GroupRow {
    /// The schedule from its columns. They are only ever written from a checked `Schedule`,
    /// and the table's CHECKs hold the rest; a row that still fails reads as no fixed time, so
    /// one damaged row never hides her other groups.
    fn schedule(&self) -> Schedule {
        let timed = || -> Option<Timed> {
            let at = NaiveTime::parse_from_str(self.start_time.as_deref()?, "%H:%M").ok()?;
            let duration_minutes = u32::try_from(self.duration_minutes?).ok()?;
            let date = self.on_date?;
            let recurrence = match self.repeats.as_str() {
                "weekly" => Recurrence::Weekly {
                    days: WeekdaySet::from_bits(self.weekdays?)?,
                    from: date,
                },
                "every_other_week" => Recurrence::EveryOtherWeek { anchor: date },
                "monthly" => Recurrence::Monthly {
                    nth: Nth::parse(self.nth?).ok()?,
                    weekday: *WeekdaySet::from_bits(self.weekdays?)?.days().first()?,
                    from: date,
                },
                "once" => Recurrence::Once { on: date },
                _ => return None,
            };
            Some(Timed {
                recurrence,
                at,
                duration_minutes,
            })
        };
        timed().map_or(Schedule::NoFixedTime, Schedule::Timed)
    }
}

impl From<GroupRow> for Group {
    fn from(row: GroupRow) -> Self {
        let schedule = row.schedule();
        Group {
            id: row.id,
            name: row.name,
            kind: row.kind,
            place: row.place,
            link: row.link,
            contact: row.contact,
            notes: row.notes,
            schedule,
            remind_minutes_before: u32::try_from(row.remind_minutes_before)
                .unwrap_or(crate::groups::DEFAULT_MINUTES_BEFORE),
            muted: row.muted,
            revision: row.revision,
            archived_at: row.archived_at,
            created_at: row.created_at,
            updated_at: row.updated_at,
        }
    }
}

/// A schedule split into the columns it is stored in; `GroupRow::schedule` reads them back.
pub(super) struct ScheduleColumns {
    pub repeats: &'static str,
    pub weekdays: Option<i64>,
    pub nth: Option<i64>,
    pub on_date: Option<NaiveDate>,
    pub start_time: Option<String>,
    pub duration_minutes: Option<i64>,
}

impl ScheduleColumns {
    pub fn of(schedule: &Schedule) -> Self {
        let Schedule::Timed(t) = schedule else {
            return Self {
                repeats: "none",
                weekdays: None,
                nth: None,
                on_date: None,
                start_time: None,
                duration_minutes: None,
            };
        };
        let one = |day: Weekday| Some(WeekdaySet::of(&[day]).bits());
        let (repeats, weekdays, nth, on_date) = match t.recurrence {
            Recurrence::Weekly { days, from } => ("weekly", Some(days.bits()), None, from),
            Recurrence::EveryOtherWeek { anchor } => ("every_other_week", None, None, anchor),
            Recurrence::Monthly { nth, weekday, from } => {
                ("monthly", one(weekday), Some(nth.number()), from)
            }
            Recurrence::Once { on } => ("once", None, None, on),
        };
        Self {
            repeats,
            weekdays,
            nth,
            on_date: Some(on_date),
            start_time: Some(t.at.format("%H:%M").to_string()),
            duration_minutes: Some(i64::from(t.duration_minutes)),
        }
    }
}

/// A group with where it stands now: its next meeting and the last time she went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupEntry {
    pub group: Group,
    pub next: Option<Meeting>,
    pub last_attended: Option<DateTime<Utc>>,
}

/// The Groups view in one read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupsOverview {
    /// Meetings from now through the next 14 days, soonest first; one under way included.
    pub upcoming: Vec<GroupMeeting>,
    /// Meetings of the last two weeks she has not marked, newest first.
    pub recent: Vec<GroupMeeting>,
    pub groups: Vec<GroupEntry>,
}

/// A group's page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupPage {
    pub entry: GroupEntry,
    pub next_meetings: Vec<Meeting>,
    /// Meetings of the last two weeks, newest first, each with whether she went.
    pub recent: Vec<GroupMeeting>,
    pub attendance: Vec<Attendance>,
    pub total_attendance: i64,
}

impl Store {
    pub async fn add_group<Tz: TimeZone>(
        &self,
        input: &GroupInput,
        now: DateTime<Utc>,
        tz: &Tz,
    ) -> Result<Group> {
        let details = input.validate(now.with_timezone(tz).date_naive())?;
        let id = GroupId::new();
        let now = whole_seconds(now);
        let s = ScheduleColumns::of(&details.schedule);
        sqlx::query!(
            "INSERT INTO saved_group (id, name, kind, place, link, contact, notes, repeats, weekdays,
                                      nth, on_date, start_time, duration_minutes,
                                      remind_minutes_before, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            id,
            details.name,
            details.kind,
            details.place,
            details.link,
            details.contact,
            details.notes,
            s.repeats,
            s.weekdays,
            s.nth,
            s.on_date,
            s.start_time,
            s.duration_minutes,
            details.remind_minutes_before,
            now,
            now
        )
        .execute(&self.pool)
        .await?;
        self.group(&id).await
    }

    pub async fn update_group<Tz: TimeZone>(
        &self,
        id: &GroupId,
        input: &GroupInput,
        now: DateTime<Utc>,
        tz: &Tz,
    ) -> Result<Group> {
        let GroupDetails {
            name,
            kind,
            place,
            link,
            contact,
            notes,
            schedule,
            remind_minutes_before,
        } = input.validate(now.with_timezone(tz).date_naive())?;
        let now = whole_seconds(now);
        let s = ScheduleColumns::of(&schedule);
        let done = sqlx::query!(
            "UPDATE saved_group SET name = ?, kind = ?, place = ?, link = ?, contact = ?, notes = ?,
                    repeats = ?, weekdays = ?, nth = ?, on_date = ?, start_time = ?,
                    duration_minutes = ?, remind_minutes_before = ?, revision = revision + 1,
                    updated_at = ?
             WHERE id = ?",
            name,
            kind,
            place,
            link,
            contact,
            notes,
            s.repeats,
            s.weekdays,
            s.nth,
            s.on_date,
            s.start_time,
            s.duration_minutes,
            remind_minutes_before,
            now,
            id
        )
        .execute(&self.pool)
        .await?;
        super::touched(&done, not_found())?;
        self.group(id).await
    }

    pub async fn group(&self, id: &GroupId) -> Result<Group> {
        fetch_group(&self.pool, id).await
    }

    /// Her groups by name; archived ones only when asked.
    pub async fn groups(&self, include_archived: bool) -> Result<Vec<Group>> {
        fetch_groups(&self.pool, include_archived).await
    }

    /// Archived groups leave Upcoming and the calendar but keep their history.
    pub async fn set_group_archived(
        &self,
        id: &GroupId,
        archived: bool,
        now: DateTime<Utc>,
    ) -> Result<Group> {
        let now = whole_seconds(now);
        let archived_at = archived.then_some(now);
        let done = sqlx::query!(
            "UPDATE saved_group SET archived_at = ?, revision = revision + 1, updated_at = ?
             WHERE id = ?",
            archived_at,
            now,
            id
        )
        .execute(&self.pool)
        .await?;
        super::touched(&done, not_found())?;
        self.group(id).await
    }

    /// Turns notifications about this group off or back on.
    pub async fn set_group_muted(
        &self,
        id: &GroupId,
        muted: bool,
        now: DateTime<Utc>,
    ) -> Result<Group> {
        let now = whole_seconds(now);
        let done = sqlx::query!(
            "UPDATE saved_group SET reminders_muted = ?, updated_at = ? WHERE id = ?",
            muted,
            now,
            id
        )
        .execute(&self.pool)
        .await?;
        super::touched(&done, not_found())?;
        self.group(id).await
    }

    /// Deletes the group and, through the foreign key, the attendance logged for it. The mood
    /// notes she wrote after meetings stay in her journal; a trigger forgets its reminders.
    pub async fn delete_group(&self, id: &GroupId) -> Result<()> {
        let done = sqlx::query!("DELETE FROM saved_group WHERE id = ?", id)
            .execute(&self.pool)
            .await?;
        super::touched(&done, not_found())?;
        Ok(())
    }

    /// The meetings she marked from the start of the recent window (and a day before it, for a
    /// meeting that began the evening before) on, by group and start.
    async fn marked_recently(&self, now: DateTime<Utc>) -> Result<Marked> {
        let since = recent_since(now) - Duration::days(1);
        let rows = sqlx::query!(
            r#"SELECT group_id AS "group_id!: GroupId", meeting_start AS "meeting_start!: DateTime<Utc>"
               FROM check_in
               WHERE group_id IS NOT NULL AND meeting_start IS NOT NULL AND meeting_start >= ?"#,
            since
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(Marked(
            rows.into_iter()
                .map(|r| (r.group_id, r.meeting_start))
                .collect(),
        ))
    }

    async fn last_attended(&self) -> Result<HashMap<GroupId, DateTime<Utc>>> {
        let rows = sqlx::query!(
            r#"SELECT group_id AS "group_id!: GroupId", MAX(happened_at) AS "last!: DateTime<Utc>"
               FROM check_in WHERE group_id IS NOT NULL GROUP BY group_id"#
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(|r| (r.group_id, r.last)).collect())
    }

    /// Upcoming meetings, the recent ones she has not marked, and every group with its next
    /// meeting, from two reads.
    pub async fn groups_overview<Tz: TimeZone>(
        &self,
        now: DateTime<Utc>,
        tz: &Tz,
        include_archived: bool,
    ) -> Result<GroupsOverview> {
        let groups = self.groups(include_archived).await?;
        let marked = self.marked_recently(now).await?;
        let went = |id: &GroupId, start: DateTime<Utc>| marked.went(id, start);
        let upcoming: Vec<GroupMeeting> = upcoming_meetings(&groups, now, tz, &went);
        let mut recent: Vec<GroupMeeting> =
            groups::meetings_between(&groups, recent_since(now), now, tz, went)
                .into_iter()
                .filter(|m| !m.attended && m.meeting.end <= now)
                .collect();
        recent.reverse();
        let last = self.last_attended().await?;
        let groups = groups
            .into_iter()
            .map(|group| GroupEntry {
                next: group.next_meetings(now, 1, tz).into_iter().next(),
                last_attended: last.get(&group.id).copied(),
                group,
            })
            .collect();
        Ok(GroupsOverview {
            upcoming,
            recent,
            groups,
        })
    }

    pub async fn group_page<Tz: TimeZone>(
        &self,
        id: &GroupId,
        now: DateTime<Utc>,
        tz: &Tz,
    ) -> Result<GroupPage> {
        let group = self.group(id).await?;
        let marked = self.marked_recently(now).await?;
        // An archived group's past meetings can still be marked; it has none to come.
        let mut recent = group.meetings_between(recent_since(now), now, tz, |id, start| {
            marked.went(id, start)
        });
        recent.reverse();
        let attendance = self.attendance(id, ATTENDANCE_PAGE).await?;
        let total_attendance = self.count_attendance(id).await?;
        let last_attended = attendance.first().map(|a| a.check_in.happened_at);
        let next_meetings = group.next_meetings(now, NEXT_MEETINGS, tz);
        Ok(GroupPage {
            entry: GroupEntry {
                next: next_meetings.first().copied(),
                last_attended,
                group,
            },
            next_meetings,
            recent,
            attendance,
            total_attendance,
        })
    }

    /// One group's calendar file, or every active group's. A group without meeting times has
    /// nothing to put in a calendar, and says so. The calendar's own words are in `language`.
    pub async fn calendar<Tz: TimeZone>(
        &self,
        id: Option<&GroupId>,
        now: DateTime<Utc>,
        tz: &Tz,
        tzid: &str,
        language: crate::catalog::Language,
    ) -> Result<String> {
        let groups = match id {
            Some(id) => {
                let group = self.group(id).await?;
                if group.archived_at.is_some() {
                    return Err(Error::invalid("group", "error-calendar-archived"));
                }
                vec![group]
            }
            None => self.groups(false).await?,
        };
        if groups.iter().all(|g| g.schedule.timed().is_none()) {
            return Err(Error::invalid(
                "group",
                match id {
                    Some(_) => Message::new("error-calendar-no-times"),
                    None => Message::new("error-calendar-none-timed"),
                },
            ));
        }
        Ok(groups::calendar(&groups, tz, tzid, now, language))
    }
}

/// Where the recent meetings (the ones "Did you go?" asks about) begin.
fn recent_since(now: DateTime<Utc>) -> DateTime<Utc> {
    now - Duration::days(RECENT_DAYS)
}

/// The meetings she marked, by group and start.
struct Marked(HashSet<(GroupId, DateTime<Utc>)>);

impl Marked {
    fn went(&self, id: &GroupId, start: DateTime<Utc>) -> bool {
        self.0.contains(&(id.clone(), start))
    }
}

/// Her groups by name, archived ones last and only when asked; through the pool or inside a
/// transaction.
pub(super) async fn fetch_groups<'c>(
    executor: impl sqlx::Executor<'c, Database = sqlx::Sqlite>,
    include_archived: bool,
) -> Result<Vec<Group>> {
    let rows = sqlx::query_as!(
        GroupRow,
        r#"SELECT id AS "id: GroupId", name, kind AS "kind: GroupKind", place, link, contact,
                  notes, repeats, weekdays, nth, on_date AS "on_date: NaiveDate", start_time,
                  duration_minutes, remind_minutes_before,
                  reminders_muted AS "muted: bool", revision,
                  archived_at AS "archived_at: DateTime<Utc>",
                  created_at AS "created_at: DateTime<Utc>",
                  updated_at AS "updated_at: DateTime<Utc>"
           FROM saved_group
           WHERE ? OR archived_at IS NULL
           ORDER BY archived_at IS NOT NULL, lower(name), id"#,
        include_archived
    )
    .fetch_all(executor)
    .await?;
    Ok(rows.into_iter().map(Group::from).collect())
}

/// One group, read through the pool or inside a transaction.
pub(super) async fn fetch_group<'c>(
    executor: impl sqlx::Executor<'c, Database = sqlx::Sqlite>,
    id: &GroupId,
) -> Result<Group> {
    sqlx::query_as!(
        GroupRow,
        r#"SELECT id AS "id: GroupId", name, kind AS "kind: GroupKind", place, link, contact,
                  notes, repeats, weekdays, nth, on_date AS "on_date: NaiveDate", start_time,
                  duration_minutes, remind_minutes_before, reminders_muted AS "muted: bool",
                  revision,
                  archived_at AS "archived_at: DateTime<Utc>",
                  created_at AS "created_at: DateTime<Utc>",
                  updated_at AS "updated_at: DateTime<Utc>"
           FROM saved_group WHERE id = ?"#,
        id
    )
    .fetch_optional(executor)
    .await?
    .map(Group::from)
    .ok_or_else(not_found)
}

/// Meetings from now through `UPCOMING_DAYS`, one already under way included.
fn upcoming_meetings<Tz: TimeZone>(
    groups: &[Group],
    now: DateTime<Utc>,
    tz: &Tz,
    went: &impl Fn(&GroupId, DateTime<Utc>) -> bool,
) -> Vec<GroupMeeting> {
    let longest = Duration::minutes(i64::from(groups::DURATION_MAX_MINUTES));
    groups::meetings_between(
        groups,
        now - longest,
        now + Duration::days(UPCOMING_DAYS),
        tz,
        went,
    )
    .into_iter()
    .filter(|m| m.meeting.end > now)
    .collect()
}

/// Every group, archived too, as an export holds them: read as the app reads them, so the
/// file's schedule is the one the app shows.
pub(super) async fn records(conn: &mut SqliteConnection) -> Result<Vec<GroupRecord>> {
    let mut groups: Vec<GroupRecord> = fetch_groups(&mut *conn, true)
        .await?
        .iter()
        .map(GroupRecord::of)
        .collect();
    groups.sort_by(|a, b| (a.created_at, a.id.as_str()).cmp(&(b.created_at, b.id.as_str())));
    Ok(groups)
}

pub(super) async fn import(
    tx: &mut sqlx::SqliteConnection,
    format: ImportFormat,
    g: &GroupRecord,
    today: NaiveDate,
) -> Result<Outcome> {
    let mine = sqlx::query_scalar!(
        r#"SELECT updated_at AS "updated_at: DateTime<Utc>" FROM saved_group WHERE id = ?"#,
        g.id
    )
    .fetch_optional(&mut *tx)
    .await?;
    let result = outcome(format, mine, g.updated_at);
    if matches!(result, Outcome::Unchanged) {
        return Ok(result);
    }
    let schedule = ScheduleColumns::of(&g.schedule.input().validate(today)?);
    let remind = i64::from(g.remind_minutes_before);
    let archived = g.archived_at.map(whole_seconds);
    let (created, updated) = (whole_seconds(g.created_at), whole_seconds(g.updated_at));
    let (name, place, link, contact, notes) = (
        g.name.trim(),
        g.place.trim(),
        g.link.trim(),
        g.contact.trim(),
        g.notes.trim(),
    );
    sqlx::query!(
        "INSERT INTO saved_group (id, name, kind, place, link, contact, notes, repeats, weekdays,
                                  nth, on_date, start_time, duration_minutes, revision,
                                  reminders_muted, remind_minutes_before, archived_at,
                                  created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET
             name = excluded.name, kind = excluded.kind, place = excluded.place,
             link = excluded.link, contact = excluded.contact, notes = excluded.notes,
             repeats = excluded.repeats, weekdays = excluded.weekdays, nth = excluded.nth,
             on_date = excluded.on_date, start_time = excluded.start_time,
             duration_minutes = excluded.duration_minutes, revision = excluded.revision,
             reminders_muted = excluded.reminders_muted,
             remind_minutes_before = excluded.remind_minutes_before,
             archived_at = excluded.archived_at, updated_at = excluded.updated_at",
        g.id,
        name,
        g.kind,
        place,
        link,
        contact,
        notes,
        schedule.repeats,
        schedule.weekdays,
        schedule.nth,
        schedule.on_date,
        schedule.start_time,
        schedule.duration_minutes,
        g.revision,
        g.reminders_muted,
        remind,
        archived,
        created,
        updated
    )
    .execute(&mut *tx)
    .await?;
    Ok(result)
}
