//! The `check_in` table: each time she connected with someone, or went to a group.

use chrono::{DateTime, Duration, NaiveDateTime, TimeZone, Utc};

use sqlx::SqliteConnection;

use super::group::fetch_group;
use super::merge::{Outcome, outcome};
use super::mood_note::insert_note;
use super::{Store, whole_seconds};
use crate::catalog::Message;
use crate::circle::{CHECK_IN_NOTE_MAX, CheckIn, CheckInId, CheckInKind, NewCheckIn, PersonId};
use crate::error::{Error, Result};
use crate::groups::{ATTEND_WITHIN_DAYS, AttendInput, Attendance, GroupId, Schedule, group_tag};
use crate::journal::{MoodNoteId, MoodNoteInput};
use crate::text;
use crate::transfer::{CheckInRecord, ImportFormat};

/// An attendance row: the check-in, the meeting and the mood noted after.
struct AttendanceRow {
    id: CheckInId,
    person_id: Option<PersonId>,
    group_id: Option<GroupId>,
    happened_at: DateTime<Utc>,
    kind: CheckInKind,
    note: String,
    local_at: Option<NaiveDateTime>,
    created_at: DateTime<Utc>,
    meeting_start: Option<DateTime<Utc>>,
    mood_after: Option<i64>,
}

impl From<AttendanceRow> for Attendance {
    fn from(row: AttendanceRow) -> Self {
        Attendance {
            check_in: CheckIn {
                id: row.id,
                person_id: row.person_id,
                group_id: row.group_id,
                happened_at: row.happened_at,
                kind: row.kind,
                note: row.note,
                local_at: row.local_at,
                created_at: row.created_at,
            },
            meeting_start: row.meeting_start,
            // The mood column's CHECK keeps it within 1 to 5.
            mood_after: row.mood_after.and_then(|m| u8::try_from(m).ok()),
        }
    }
}

impl Store {
    /// Logs a check-in, in one transaction with lifting the person's snooze when this is now
    /// their latest contact: the cadence restarts from it.
    pub async fn log_check_in(&self, new: &NewCheckIn, now: DateTime<Utc>) -> Result<CheckIn> {
        let new = new.validate(now)?;
        let id = CheckInId::new();
        let happened_at = whole_seconds(new.happened_at);
        let now = whole_seconds(now);
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let exists = sqlx::query_scalar!(
            r#"SELECT id AS "id: PersonId" FROM person WHERE id = ?"#,
            new.person_id
        )
        .fetch_optional(&mut *tx)
        .await?;
        if exists.is_none() {
            return Err(Error::NotFound {
                what: Message::new("error-not-found-person"),
            });
        }
        // Only a contact that restarts the cadence ends a snooze; logging an old one does not.
        sqlx::query!(
            "UPDATE person SET snoozed_until = NULL, updated_at = ?
             WHERE id = ? AND snoozed_until IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM check_in WHERE person_id = ? AND happened_at > ?)",
            now,
            new.person_id,
            new.person_id,
            happened_at
        )
        .execute(&mut *tx)
        .await?;
        sqlx::query!(
            "INSERT INTO check_in (id, person_id, happened_at, kind, note, local_at, created_at,
                                   updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            id,
            new.person_id,
            happened_at,
            new.kind,
            new.note,
            new.local_at,
            now,
            now
        )
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        self.check_in(&id).await
    }

    pub async fn check_in(&self, id: &CheckInId) -> Result<CheckIn> {
        sqlx::query_as!(
            CheckIn,
            r#"SELECT id AS "id: CheckInId", person_id AS "person_id: PersonId",
                      group_id AS "group_id: GroupId",
                      happened_at AS "happened_at: DateTime<Utc>", kind AS "kind: CheckInKind",
                      note, local_at AS "local_at: NaiveDateTime",
                      created_at AS "created_at: DateTime<Utc>"
               FROM check_in WHERE id = ?"#,
            id
        )
        .fetch_optional(&self.pool)
        .await?
        .ok_or_else(|| Error::NotFound {
            what: Message::new("error-not-found-check-in"),
        })
    }

    /// Her history with someone, newest first.
    pub async fn check_ins(&self, person_id: &PersonId, limit: u32) -> Result<Vec<CheckIn>> {
        let limit = i64::from(limit);
        Ok(sqlx::query_as!(
            CheckIn,
            r#"SELECT id AS "id: CheckInId", person_id AS "person_id: PersonId",
                      group_id AS "group_id: GroupId",
                      happened_at AS "happened_at: DateTime<Utc>", kind AS "kind: CheckInKind",
                      note, local_at AS "local_at: NaiveDateTime",
                      created_at AS "created_at: DateTime<Utc>"
               FROM check_in WHERE person_id = ?
               ORDER BY happened_at DESC, created_at DESC LIMIT ?"#,
            person_id,
            limit
        )
        .fetch_all(&self.pool)
        .await?)
    }

    pub async fn count_check_ins(&self, person_id: &PersonId) -> Result<i64> {
        Ok(sqlx::query_scalar!(
            r#"SELECT COUNT(*) AS "count!: i64" FROM check_in WHERE person_id = ?"#,
            person_id
        )
        .fetch_one(&self.pool)
        .await?)
    }

    /// Removes a check-in logged by mistake.
    pub async fn delete_check_in(&self, id: &CheckInId) -> Result<()> {
        let done = sqlx::query!("DELETE FROM check_in WHERE id = ?", id)
            .execute(&self.pool)
            .await?;
        super::touched(
            &done,
            Error::NotFound {
                what: Message::new("error-not-found-check-in"),
            },
        )?;
        Ok(())
    }
}

impl Store {
    /// "I went": logs a meeting of a group as a check-in of kind "met at a group", and, when
    /// she gives a mood, a note in her journal tagged with the group's name, in one transaction.
    /// A meeting can be marked once, after it starts and within 60 days.
    pub async fn attend_meeting<Tz: TimeZone>(
        &self,
        input: &AttendInput,
        now: DateTime<Utc>,
        tz: &Tz,
    ) -> Result<Attendance> {
        let group_id = GroupId::parse(&input.group_id)?;
        let note = text::optional_text(
            "note",
            Message::new("error-label-note"),
            &input.note,
            CHECK_IN_NOTE_MAX,
        )?;
        let mood = match input.mood_after {
            None => None,
            Some(m) => Some(
                u8::try_from(m)
                    .ok()
                    .filter(|m| (1..=5).contains(m))
                    .ok_or_else(|| Error::invalid("mood_after", "error-mood"))?,
            ),
        };
        let now = whole_seconds(now);
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let group = fetch_group(&mut *tx, &group_id).await?;
        let meeting_start = match (input.meeting_start, &group.schedule) {
            (None, _) => None,
            (Some(_), Schedule::NoFixedTime) => {
                return Err(Error::invalid("meeting_start", "error-attend-no-times"));
            }
            (Some(start), Schedule::Timed(timed)) => {
                let meeting = timed
                    .meeting_at(start, tz)
                    .ok_or_else(|| Error::invalid("meeting_start", "error-attend-wrong-time"))?;
                if meeting.start > now {
                    return Err(Error::invalid("meeting_start", "error-attend-not-started"));
                }
                if meeting.start < now - Duration::days(ATTEND_WITHIN_DAYS) {
                    return Err(Error::invalid("meeting_start", "error-attend-too-old"));
                }
                Some(meeting.start)
            }
        };
        if let Some(start) = meeting_start {
            let marked = sqlx::query_scalar!(
                r#"SELECT id AS "id: CheckInId" FROM check_in
                   WHERE group_id = ? AND meeting_start = ?"#,
                group_id,
                start
            )
            .fetch_optional(&mut *tx)
            .await?;
            if marked.is_some() {
                return Err(Error::Conflict(Message::new("error-meeting-marked")));
            }
        }
        let mood_note_id = match mood {
            None => None,
            Some(mood) => {
                let details = MoodNoteInput::new(i64::from(mood), now)
                    .with_note(&note)
                    .with_tags(&[&group_tag(&group.name)?])
                    .validate(now, tz)?;
                let id = MoodNoteId::new();
                insert_note(&mut tx, &id, &details, now, tz).await?;
                Some(id)
            }
        };
        let id = CheckInId::new();
        let happened_at = meeting_start.unwrap_or(now);
        let local_at = crate::circle::local_time(happened_at, tz);
        sqlx::query!(
            "INSERT INTO check_in (id, group_id, meeting_start, mood_note_id, happened_at, kind, note,
                                   local_at, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            id,
            group_id,
            meeting_start,
            mood_note_id,
            happened_at,
            CheckInKind::MetAtGroup,
            note,
            local_at,
            now,
            now
        )
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        self.attendance_row(&id).await
    }

    async fn attendance_row(&self, id: &CheckInId) -> Result<Attendance> {
        sqlx::query_as!(
            AttendanceRow,
            r#"SELECT c.id AS "id: CheckInId", c.person_id AS "person_id: PersonId",
                      c.group_id AS "group_id: GroupId",
                      c.happened_at AS "happened_at: DateTime<Utc>", c.kind AS "kind: CheckInKind",
                      c.note, c.local_at AS "local_at: NaiveDateTime",
                      c.created_at AS "created_at: DateTime<Utc>",
                      c.meeting_start AS "meeting_start: DateTime<Utc>",
                      m.mood AS "mood_after?: i64"
               FROM check_in c
               LEFT JOIN mood_note m ON m.id = c.mood_note_id AND m.deleted_at IS NULL
               WHERE c.id = ?"#,
            id
        )
        .fetch_optional(&self.pool)
        .await?
        .map(Attendance::from)
        .ok_or_else(|| Error::NotFound {
            what: Message::new("error-not-found-check-in"),
        })
    }

    /// The meetings she went to, newest first, with the mood she noted after.
    pub async fn attendance(&self, group_id: &GroupId, limit: u32) -> Result<Vec<Attendance>> {
        let limit = i64::from(limit);
        let rows = sqlx::query_as!(
            AttendanceRow,
            r#"SELECT c.id AS "id: CheckInId", c.person_id AS "person_id: PersonId",
                      c.group_id AS "group_id: GroupId",
                      c.happened_at AS "happened_at: DateTime<Utc>", c.kind AS "kind: CheckInKind",
                      c.note, c.local_at AS "local_at: NaiveDateTime",
                      c.created_at AS "created_at: DateTime<Utc>",
                      c.meeting_start AS "meeting_start: DateTime<Utc>",
                      m.mood AS "mood_after?: i64"
               FROM check_in c
               LEFT JOIN mood_note m ON m.id = c.mood_note_id AND m.deleted_at IS NULL
               WHERE c.group_id = ?
               ORDER BY c.happened_at DESC, c.created_at DESC LIMIT ?"#,
            group_id,
            limit
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(Attendance::from).collect())
    }

    pub async fn count_attendance(&self, group_id: &GroupId) -> Result<i64> {
        Ok(sqlx::query_scalar!(
            r#"SELECT COUNT(*) AS "count!: i64" FROM check_in WHERE group_id = ?"#,
            group_id
        )
        .fetch_one(&self.pool)
        .await?)
    }
}

/// Every check-in, as an export holds them.
pub(super) async fn records(conn: &mut SqliteConnection) -> Result<Vec<CheckInRecord>> {
    Ok(sqlx::query_as!(
        CheckInRecord,
        // A note deleted (and still undoable) is not exported, so nothing points at it.
        r#"SELECT c.id AS "id: CheckInId", c.person_id AS "person_id: PersonId",
                  c.group_id AS "group_id: GroupId",
                  c.meeting_start AS "meeting_start: DateTime<Utc>",
                  CASE WHEN m.deleted_at IS NULL THEN c.mood_note_id END
                      AS "mood_note_id?: MoodNoteId",
                  c.happened_at AS "happened_at: DateTime<Utc>", c.kind AS "kind: CheckInKind",
                  c.note, c.local_at AS "local_at: NaiveDateTime",
                  c.created_at AS "created_at: DateTime<Utc>",
                  c.updated_at AS "updated_at: DateTime<Utc>"
           FROM check_in c LEFT JOIN mood_note m ON m.id = c.mood_note_id
           ORDER BY c.happened_at, c.id"#
    )
    .fetch_all(&mut *conn)
    .await?)
}

pub(super) async fn import(
    tx: &mut sqlx::SqliteConnection,
    format: ImportFormat,
    c: &CheckInRecord,
) -> Result<Outcome> {
    let mine = sqlx::query_scalar!(
        r#"SELECT updated_at AS "updated_at: DateTime<Utc>" FROM check_in WHERE id = ?"#,
        c.id
    )
    .fetch_optional(&mut *tx)
    .await?;
    let result = outcome(format, mine, c.updated_at);
    if matches!(result, Outcome::Unchanged) {
        return Ok(result);
    }
    if matches!(result, Outcome::Added) && c.group_id.is_some() && c.meeting_start.is_some() {
        // The same meeting marked on two devices has two ids; one "I went" is enough.
        let meeting_start = c.meeting_start.map(whole_seconds);
        let marked = sqlx::query_scalar!(
            "SELECT 1 FROM check_in WHERE group_id = ? AND meeting_start = ?",
            c.group_id,
            meeting_start
        )
        .fetch_optional(&mut *tx)
        .await?;
        if marked.is_some() {
            return Ok(Outcome::Unchanged);
        }
    }
    let meeting_start = c.meeting_start.map(whole_seconds);
    let happened = whole_seconds(c.happened_at);
    let (created, updated) = (whole_seconds(c.created_at), whole_seconds(c.updated_at));
    let note = c.note.trim();
    sqlx::query!(
        "INSERT INTO check_in (id, person_id, group_id, meeting_start, mood_note_id, happened_at,
                               kind, note, local_at, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET
             person_id = excluded.person_id, group_id = excluded.group_id,
             meeting_start = excluded.meeting_start, mood_note_id = excluded.mood_note_id,
             happened_at = excluded.happened_at, kind = excluded.kind, note = excluded.note,
             local_at = excluded.local_at, updated_at = excluded.updated_at",
        c.id,
        c.person_id,
        c.group_id,
        meeting_start,
        c.mood_note_id,
        happened,
        c.kind,
        note,
        c.local_at,
        created,
        updated
    )
    .execute(&mut *tx)
    .await?;
    Ok(result)
}
