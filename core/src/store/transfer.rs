//! Her whole store read as a `Snapshot` (the export), and a `Snapshot` applied to it in one
//! transaction (every import), merged by id so nothing is ever doubled.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, NaiveDate, TimeZone, Utc};

use super::group::{ScheduleColumns, fetch_groups};
use super::mood_note::{NoteWrite, json, tag_names, write_notes};
use super::person::Birthdays;
use super::tag::KnownTags;
use super::{Store, settings, whole_seconds};
use crate::circle::{CheckInId, CheckInKind, PersonId, Relationship};
use crate::error::{Error, Result};
use crate::groups::GroupId;
use crate::journal::{MoodNoteId, TagId, fold_tag};
use crate::self_check::SelfCheckId;
use crate::time::day_of;
use crate::transfer::{
    CheckInRecord, Counts, ExportFormat, GroupRecord, ImportFormat, ImportReport, Incoming,
    MoodNoteRecord, PersonRecord, SafetyPlanStepRecord, SelfCheckRecord, Snapshot, TagRecord,
    in_setting, journal_csv, journal_markdown,
};

/// What happened to one record.
#[derive(Clone, Copy)]
enum Outcome {
    Added,
    Updated,
    Unchanged,
}

#[derive(Default)]
struct Tally {
    added: Counts,
    updated: Counts,
    unchanged: Counts,
}

impl Tally {
    fn count(&mut self, outcome: Outcome, field: fn(&mut Counts) -> &mut u64) {
        let counts = match outcome {
            Outcome::Added => &mut self.added,
            Outcome::Updated => &mut self.updated,
            Outcome::Unchanged => &mut self.unchanged,
        };
        *field(counts) += 1;
    }
}

/// Whether a record already here gives way to the file's copy.
fn outcome(format: ImportFormat, mine: Option<DateTime<Utc>>, theirs: DateTime<Utc>) -> Outcome {
    match mine {
        None => Outcome::Added,
        // Only a Village export carries edits; Daylio and vCard rows are made from the file,
        // so one already here may have been edited by her since and is left alone.
        Some(mine) if format == ImportFormat::Json && whole_seconds(theirs) > mine => {
            Outcome::Updated
        }
        Some(_) => Outcome::Unchanged,
    }
}

impl Store {
    /// Everything she has, as the export file holds it. Notes deleted within the undo grace
    /// are left out: they are on their way out.
    pub async fn snapshot(&self, now: DateTime<Utc>) -> Result<Snapshot> {
        // One read transaction: every list from the same moment, so the references agree.
        let mut conn = self.pool.begin().await?;
        let people = sqlx::query!(
            r#"SELECT id AS "id: PersonId", name, relationship AS "relationship: Relationship",
                      phone, email, reach, cadence_days, birthday_month, birthday_day,
                      birthday_year, notes, pinned AS "pinned: bool", paused AS "paused: bool",
                      reminders_muted AS "reminders_muted: bool",
                      snoozed_until AS "snoozed_until: NaiveDate",
                      archived_at AS "archived_at: DateTime<Utc>",
                      created_at AS "created_at: DateTime<Utc>",
                      updated_at AS "updated_at: DateTime<Utc>"
               FROM person ORDER BY created_at, id"#
        )
        .fetch_all(&mut *conn)
        .await?
        .into_iter()
        .map(|r| {
            let small = |n: Option<i64>| n.and_then(|n| u32::try_from(n).ok());
            PersonRecord {
                id: r.id,
                name: r.name,
                relationship: r.relationship,
                phone: r.phone,
                email: r.email,
                reach: r.reach,
                cadence_days: small(r.cadence_days),
                birthday: Birthdays {
                    month: r.birthday_month,
                    day: r.birthday_day,
                    year: r.birthday_year,
                }
                .birthday(),
                notes: r.notes,
                pinned: r.pinned,
                paused: r.paused,
                reminders_muted: r.reminders_muted,
                snoozed_until: r.snoozed_until,
                archived_at: r.archived_at,
                created_at: r.created_at,
                updated_at: r.updated_at,
            }
        })
        .collect();

        let check_ins = sqlx::query_as!(
            CheckInRecord,
            // A note deleted (and still undoable) is not exported, so nothing points at it.
            r#"SELECT c.id AS "id: CheckInId", c.person_id AS "person_id: PersonId",
                      c.group_id AS "group_id: GroupId",
                      c.meeting_start AS "meeting_start: DateTime<Utc>",
                      CASE WHEN m.deleted_at IS NULL THEN c.mood_note_id END
                          AS "mood_note_id?: MoodNoteId",
                      c.happened_at AS "happened_at: DateTime<Utc>", c.kind AS "kind: CheckInKind",
                      c.note, c.created_at AS "created_at: DateTime<Utc>",
                      c.updated_at AS "updated_at: DateTime<Utc>"
               FROM check_in c LEFT JOIN mood_note m ON m.id = c.mood_note_id
               ORDER BY c.happened_at, c.id"#
        )
        .fetch_all(&mut *conn)
        .await?;

        let mood_notes = sqlx::query!(
            r#"SELECT m.id AS "id: MoodNoteId", m.mood, m.note, m.energy, m.sleep_half_hours,
                      m.written_at AS "written_at: DateTime<Utc>",
                      m.local_date AS "local_date: NaiveDate",
                      m.created_at AS "created_at: DateTime<Utc>",
                      m.updated_at AS "updated_at: DateTime<Utc>",
                      (SELECT group_concat(t.name, char(31)) FROM mood_note_tag nt
                         JOIN tag t ON t.id = nt.tag_id WHERE nt.note_id = m.id) AS "tags?: String"
               FROM mood_note m WHERE m.deleted_at IS NULL ORDER BY m.written_at, m.id"#
        )
        .fetch_all(&mut *conn)
        .await?
        .into_iter()
        .map(|r| {
            // The table's CHECK constraints keep these within u8.
            let small = |n: i64| u8::try_from(n).unwrap_or(0);
            MoodNoteRecord {
                id: r.id,
                mood: small(r.mood),
                note: r.note,
                tags: tag_names(r.tags),
                energy: r.energy.map(small),
                sleep_hours: r.sleep_half_hours.map(|h| h as f64 / 2.0),
                written_at: r.written_at,
                local_date: r.local_date,
                created_at: r.created_at,
                updated_at: r.updated_at,
            }
        })
        .collect();

        let tags = sqlx::query_as!(
            TagRecord,
            r#"SELECT id AS "id: TagId", name, created_at AS "created_at: DateTime<Utc>",
                      updated_at AS "updated_at: DateTime<Utc>"
               FROM tag ORDER BY created_at, id"#
        )
        .fetch_all(&mut *conn)
        .await?;

        let mut groups: Vec<GroupRecord> = fetch_groups(&mut *conn, true)
            .await?
            .iter()
            .map(GroupRecord::of)
            .collect();
        groups.sort_by(|a, b| (a.created_at, a.id.as_str()).cmp(&(b.created_at, b.id.as_str())));

        let self_checks = sqlx::query!(
            r#"SELECT id AS "id: SelfCheckId", kind, answers, difficulty, score,
                      taken_at AS "taken_at: DateTime<Utc>", local_date AS "local_date: NaiveDate",
                      created_at AS "created_at: DateTime<Utc>",
                      updated_at AS "updated_at: DateTime<Utc>"
               FROM self_check ORDER BY taken_at, id"#
        )
        .fetch_all(&mut *conn)
        .await?
        .into_iter()
        .map(|r| SelfCheckRecord {
            id: r.id,
            kind: r.kind,
            answers: r.answers.bytes().map(|b| b.saturating_sub(b'0')).collect(),
            difficulty: r.difficulty.and_then(|d| u8::try_from(d).ok()),
            score: u8::try_from(r.score).unwrap_or(0),
            taken_at: r.taken_at,
            local_date: r.local_date,
            created_at: r.created_at,
            updated_at: r.updated_at,
        })
        .collect();

        let steps = sqlx::query!(
            r#"SELECT step, text, updated_at AS "updated_at: DateTime<Utc>"
               FROM safety_plan_step ORDER BY step"#
        )
        .fetch_all(&mut *conn)
        .await?;
        let plan_people = sqlx::query!(
            r#"SELECT step, person_id AS "person_id: PersonId"
               FROM safety_plan_person ORDER BY step, position"#
        )
        .fetch_all(&mut *conn)
        .await?;
        let safety_plan = steps
            .into_iter()
            .map(|s| SafetyPlanStepRecord {
                step: u8::try_from(s.step).unwrap_or(0),
                text: s.text,
                people: plan_people
                    .iter()
                    .filter(|p| p.step == s.step)
                    .map(|p| p.person_id.clone())
                    .collect(),
                updated_at: s.updated_at,
            })
            .collect();

        let settings: BTreeMap<String, String> =
            sqlx::query!("SELECT key, value FROM settings ORDER BY key")
                .fetch_all(&mut *conn)
                .await?
                .into_iter()
                .filter(|r| settings::EXPORTED.contains(&r.key.as_str()))
                .map(|r| (r.key, r.value))
                .collect();

        conn.commit().await?;
        Ok(Snapshot {
            people,
            check_ins,
            mood_notes,
            tags,
            groups,
            self_checks,
            safety_plan,
            settings,
            ..Snapshot::empty(whole_seconds(now))
        })
    }

    /// Her data as a file in `format`. `tzid` names her zone for the calendar.
    pub async fn export<Tz: TimeZone>(
        &self,
        format: ExportFormat,
        now: DateTime<Utc>,
        tz: &Tz,
        tzid: &str,
    ) -> Result<String> {
        Ok(match format {
            ExportFormat::Json => self.snapshot(now).await?.to_json(),
            ExportFormat::Csv => journal_csv(&self.snapshot(now).await?.mood_notes, tz),
            ExportFormat::Markdown => journal_markdown(&self.snapshot(now).await?.mood_notes, tz),
            ExportFormat::Ics => self.calendar(None, now, tz, tzid).await?,
        })
    }

    /// Applies what a file brings in one transaction, or with `apply` false, does the same
    /// work and rolls it back: the preview counts exactly what applying would do.
    pub async fn import<Tz: TimeZone>(
        &self,
        incoming: &Incoming,
        apply: bool,
        now: DateTime<Utc>,
        tz: &Tz,
    ) -> Result<ImportReport> {
        let unmapped = incoming.unmapped_moods();
        if apply && !unmapped.is_empty() {
            let names: Vec<String> = unmapped
                .iter()
                .map(|n| format!("\u{201c}{n}\u{201d}"))
                .collect();
            let names: Vec<&str> = names.iter().map(String::as_str).collect();
            return Err(Error::invalid(
                "mood_map",
                format!(
                    "Give {} a mood from 1 to 5 first.",
                    crate::text::and_list(&names)
                ),
            ));
        }
        // Checked again here, not only when the file was read: the day may have turned since.
        incoming.snapshot.check(now, tz)?;
        let today = day_of(now, tz);
        let now = whole_seconds(now);
        let format = incoming.format;
        let snapshot = &incoming.snapshot;
        let mut tally = Tally::default();
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;

        for tag in &snapshot.tags {
            let result = import_tag(&mut tx, format, tag).await?;
            tally.count(result, |c| &mut c.tags);
        }
        for (i, person) in snapshot.people.iter().enumerate() {
            let result = import_person(&mut tx, format, person)
                .await
                .map_err(|e| refused("people", i, e))?;
            tally.count(result, |c| &mut c.people);
        }
        for (i, group) in snapshot.groups.iter().enumerate() {
            let result = import_group(&mut tx, format, group, today)
                .await
                .map_err(|e| refused("groups", i, e))?;
            tally.count(result, |c| &mut c.groups);
        }
        import_mood_notes(&mut tx, format, &snapshot.mood_notes, now, &mut tally).await?;
        for (i, check_in) in snapshot.check_ins.iter().enumerate() {
            let result = import_check_in(&mut tx, format, check_in)
                .await
                .map_err(|e| refused("check_ins", i, e))?;
            tally.count(result, |c| &mut c.check_ins);
        }
        for (i, check) in snapshot.self_checks.iter().enumerate() {
            let result = import_self_check(&mut tx, format, check)
                .await
                .map_err(|e| refused("self_checks", i, e))?;
            tally.count(result, |c| &mut c.self_checks);
        }
        for (i, step) in snapshot.safety_plan.iter().enumerate() {
            let result = import_plan_step(&mut tx, format, step)
                .await
                .map_err(|e| refused("safety_plan", i, e))?;
            tally.count(result, |c| &mut c.safety_plan_steps);
        }
        for (key, value) in &snapshot.settings {
            // Keys from other versions or other devices' own settings are left out, as the
            // export leaves them out.
            if !settings::EXPORTED.contains(&key.as_str()) {
                continue;
            }
            settings::check_setting(key, value, today).map_err(|e| in_setting(key, e))?;
            // Settings she already has are hers on this device; the file fills in the rest.
            let done = sqlx::query!(
                "INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
                 ON CONFLICT (key) DO NOTHING",
                key,
                value,
                now
            )
            .execute(&mut *tx)
            .await?;
            let result = if done.rows_affected() == 1 {
                Outcome::Added
            } else {
                Outcome::Unchanged
            };
            tally.count(result, |c| &mut c.settings);
        }

        if apply {
            tx.commit().await?;
        } else {
            tx.rollback().await?;
        }
        Ok(ImportReport {
            format,
            applied: apply,
            added: tally.added,
            updated: tally.updated,
            unchanged: tally.unchanged,
            first: incoming.first_rows(),
            moods: incoming.moods.clone(),
            skipped: incoming.skipped.clone(),
            notices: incoming.notices.clone(),
        })
    }
}

/// A record the database refused: a reference to something neither the file nor Village has.
fn refused(list: &str, index: usize, error: Error) -> Error {
    let foreign_key = matches!(&error, Error::Database(sqlx::Error::Database(db))
        if db.code().as_deref() == Some("787"));
    if foreign_key {
        Error::invalid(
            "file",
            format!(
                "In {list}, number {}: it names a person, group or note that is neither in the file nor in Village.",
                index + 1
            ),
        )
    } else {
        error
    }
}

async fn import_tag(
    tx: &mut sqlx::SqliteConnection,
    format: ImportFormat,
    tag: &TagRecord,
) -> Result<Outcome> {
    let folded = fold_tag(&tag.name);
    let mine = sqlx::query_scalar!(
        r#"SELECT updated_at AS "updated_at: DateTime<Utc>" FROM tag WHERE id = ?"#,
        tag.id
    )
    .fetch_optional(&mut *tx)
    .await?;
    let taken = sqlx::query_scalar!(
        r#"SELECT id AS "id: TagId" FROM tag WHERE folded = ?"#,
        folded
    )
    .fetch_optional(&mut *tx)
    .await?;
    // A tag of the same name under another id is the same tag: notes find it by name.
    if taken.as_ref().is_some_and(|id| *id != tag.id) {
        return Ok(Outcome::Unchanged);
    }
    let result = outcome(format, mine, tag.updated_at);
    let name = crate::journal::clean_tag(&tag.name)?;
    let (created, updated) = (whole_seconds(tag.created_at), whole_seconds(tag.updated_at));
    match result {
        Outcome::Added => {
            sqlx::query!(
                "INSERT INTO tag (id, name, folded, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                tag.id,
                name,
                folded,
                created,
                updated
            )
            .execute(&mut *tx)
            .await?;
        }
        Outcome::Updated => {
            sqlx::query!(
                "UPDATE tag SET name = ?, folded = ?, updated_at = ? WHERE id = ?",
                name,
                folded,
                updated,
                tag.id
            )
            .execute(&mut *tx)
            .await?;
        }
        Outcome::Unchanged => {}
    }
    Ok(result)
}

async fn import_person(
    tx: &mut sqlx::SqliteConnection,
    format: ImportFormat,
    p: &PersonRecord,
) -> Result<Outcome> {
    let mine = sqlx::query_scalar!(
        r#"SELECT updated_at AS "updated_at: DateTime<Utc>" FROM person WHERE id = ?"#,
        p.id
    )
    .fetch_optional(&mut *tx)
    .await?;
    let result = outcome(format, mine, p.updated_at);
    if matches!(result, Outcome::Unchanged) {
        return Ok(result);
    }
    let cadence = p.cadence_days.map(i64::from);
    let birthday = Birthdays::of(p.birthday);
    let archived = p.archived_at.map(whole_seconds);
    let (created, updated) = (whole_seconds(p.created_at), whole_seconds(p.updated_at));
    let (name, phone, email, reach, notes) = (
        p.name.trim(),
        p.phone.trim(),
        p.email.trim(),
        p.reach.trim(),
        p.notes.trim(),
    );
    // One statement for both: a new row, or the newer copy over the one here.
    sqlx::query!(
        "INSERT INTO person (id, name, relationship, phone, email, reach, cadence_days,
                             birthday_month, birthday_day, birthday_year, notes, pinned, paused,
                             reminders_muted, snoozed_until, archived_at, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET
             name = excluded.name, relationship = excluded.relationship, phone = excluded.phone,
             email = excluded.email, reach = excluded.reach, cadence_days = excluded.cadence_days,
             birthday_month = excluded.birthday_month, birthday_day = excluded.birthday_day,
             birthday_year = excluded.birthday_year, notes = excluded.notes,
             pinned = excluded.pinned, paused = excluded.paused,
             reminders_muted = excluded.reminders_muted, snoozed_until = excluded.snoozed_until,
             archived_at = excluded.archived_at, updated_at = excluded.updated_at",
        p.id,
        name,
        p.relationship,
        phone,
        email,
        reach,
        cadence,
        birthday.month,
        birthday.day,
        birthday.year,
        notes,
        p.pinned,
        p.paused,
        p.reminders_muted,
        p.snoozed_until,
        archived,
        created,
        updated
    )
    .execute(&mut *tx)
    .await?;
    Ok(result)
}

async fn import_group(
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

/// Her notes, decided one by one (added, newer, or left as they are) and written in bulk:
/// a Daylio file of 100,000 rows is a few hundred statements, not half a million.
async fn import_mood_notes(
    tx: &mut sqlx::SqliteConnection,
    format: ImportFormat,
    notes: &[MoodNoteRecord],
    now: DateTime<Utc>,
    tally: &mut Tally,
) -> Result<()> {
    let mut mine = existing_notes(tx, notes).await?;
    let mut known = KnownTags::load(tx).await?;
    let mut rows = Vec::new();
    for n in notes {
        let result = outcome(format, mine.get(&n.id).copied(), n.updated_at);
        tally.count(result, |c| &mut c.mood_notes);
        if matches!(result, Outcome::Unchanged) {
            continue;
        }
        // A second copy of the same id later in the file is weighed against this one.
        mine.insert(n.id.clone(), whole_seconds(n.updated_at));
        let mut tags = Vec::with_capacity(n.tags.len());
        for name in &n.tags {
            let name = crate::journal::clean_tag(name)?;
            tags.push(known.id_for(tx, &name, now).await?);
        }
        rows.push(NoteWrite {
            id: &n.id,
            mood: n.mood,
            note: n.note.trim(),
            energy: n.energy,
            // Checked to be whole half hours from 0 to 24 (Snapshot::check).
            sleep_half_hours: n.sleep_hours.map(|h| (h * 2.0).round() as u8),
            written_at: n.written_at,
            local_date: n.local_date,
            created_at: n.created_at,
            updated_at: n.updated_at,
            tags,
        });
    }
    // A note the file holds twice is written once, as its last copy: two rows for one id in
    // one statement would leave it with both copies' tags.
    let mut last: HashMap<&MoodNoteId, usize> = HashMap::new();
    for (i, row) in rows.iter().enumerate() {
        last.insert(row.id, i);
    }
    let rows: Vec<NoteWrite> = rows
        .into_iter()
        .enumerate()
        .filter(|(i, row)| last.get(row.id) == Some(i))
        .map(|(_, row)| row)
        .collect();
    write_notes(tx, &rows).await
}

/// When each note the file names was last changed here, for those already here.
async fn existing_notes(
    tx: &mut sqlx::SqliteConnection,
    notes: &[MoodNoteRecord],
) -> Result<HashMap<MoodNoteId, DateTime<Utc>>> {
    let mut mine = HashMap::new();
    for chunk in notes.chunks(500) {
        let ids: Vec<&MoodNoteId> = chunk.iter().map(|n| &n.id).collect();
        let ids = json(&ids)?;
        let rows = sqlx::query!(
            r#"SELECT id AS "id!: MoodNoteId", updated_at AS "updated_at!: DateTime<Utc>"
               FROM mood_note WHERE id IN (SELECT value FROM json_each(?))"#,
            ids
        )
        .fetch_all(&mut *tx)
        .await?;
        mine.extend(rows.into_iter().map(|r| (r.id, r.updated_at)));
    }
    Ok(mine)
}

async fn import_check_in(
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
                               kind, note, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET
             person_id = excluded.person_id, group_id = excluded.group_id,
             meeting_start = excluded.meeting_start, mood_note_id = excluded.mood_note_id,
             happened_at = excluded.happened_at, kind = excluded.kind, note = excluded.note,
             updated_at = excluded.updated_at",
        c.id,
        c.person_id,
        c.group_id,
        meeting_start,
        c.mood_note_id,
        happened,
        c.kind,
        note,
        created,
        updated
    )
    .execute(&mut *tx)
    .await?;
    Ok(result)
}

async fn import_self_check(
    tx: &mut sqlx::SqliteConnection,
    format: ImportFormat,
    s: &SelfCheckRecord,
) -> Result<Outcome> {
    let mine = sqlx::query_scalar!(
        r#"SELECT updated_at AS "updated_at: DateTime<Utc>" FROM self_check WHERE id = ?"#,
        s.id
    )
    .fetch_optional(&mut *tx)
    .await?;
    let result = outcome(format, mine, s.updated_at);
    if matches!(result, Outcome::Unchanged) {
        return Ok(result);
    }
    let answers: String = s
        .answers
        .iter()
        .map(|n| char::from(b'0' + n.min(&3)))
        .collect();
    let difficulty = s.difficulty.map(i64::from);
    let score = i64::from(s.score);
    let taken = whole_seconds(s.taken_at);
    let (created, updated) = (whole_seconds(s.created_at), whole_seconds(s.updated_at));
    sqlx::query!(
        "INSERT INTO self_check (id, kind, answers, difficulty, score, taken_at, local_date,
                                 created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET
             kind = excluded.kind, answers = excluded.answers, difficulty = excluded.difficulty,
             score = excluded.score, taken_at = excluded.taken_at,
             local_date = excluded.local_date, updated_at = excluded.updated_at",
        s.id,
        s.kind,
        answers,
        difficulty,
        score,
        taken,
        s.local_date,
        created,
        updated
    )
    .execute(&mut *tx)
    .await?;
    Ok(result)
}

async fn import_plan_step(
    tx: &mut sqlx::SqliteConnection,
    format: ImportFormat,
    s: &SafetyPlanStepRecord,
) -> Result<Outcome> {
    let step = i64::from(s.step);
    let mine = sqlx::query_scalar!(
        r#"SELECT updated_at AS "updated_at: DateTime<Utc>" FROM safety_plan_step WHERE step = ?"#,
        step
    )
    .fetch_optional(&mut *tx)
    .await?;
    let result = outcome(format, mine, s.updated_at);
    if matches!(result, Outcome::Unchanged) {
        return Ok(result);
    }
    let updated = whole_seconds(s.updated_at);
    let text = s.text.trim();
    sqlx::query!(
        "INSERT INTO safety_plan_step (step, text, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (step) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at",
        step,
        text,
        updated
    )
    .execute(&mut *tx)
    .await?;
    sqlx::query!("DELETE FROM safety_plan_person WHERE step = ?", step)
        .execute(&mut *tx)
        .await?;
    for (position, person) in s.people.iter().enumerate() {
        let position = i64::try_from(position).unwrap_or(i64::MAX);
        sqlx::query!(
            "INSERT INTO safety_plan_person (step, person_id, position) VALUES (?, ?, ?)",
            step,
            person,
            position
        )
        .execute(&mut *tx)
        .await?;
    }
    Ok(result)
}
