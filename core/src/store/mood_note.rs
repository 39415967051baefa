//! The `mood_note` table: her journal, paged by keyset, searched through FTS5, summed by day.

use std::collections::HashMap;

use chrono::{DateTime, Days, NaiveDate, TimeZone, Utc};

use sqlx::SqliteConnection;

use super::merge::{Outcome, Tally, outcome};
use super::tag::{KnownTags, ensure_tag};
use super::{Store, rows_from_json, stored_instant, whole_seconds};
use crate::catalog::Message;
use crate::error::{Error, Result};
use crate::journal::{
    Cursor, DayMood, JournalFilter, MoodNote, MoodNoteDetails, MoodNoteId, MoodNoteInput, PAGE_MAX,
    Page, SearchTerms, Segment, Tag, TagId, Trends, fold_tag, week_buckets,
};
use crate::transfer::{ImportFormat, MoodNoteRecord};

fn not_found() -> Error {
    Error::NotFound {
        what: Message::new("error-not-found-note"),
    }
}

/// From this many matches on, a search walks the timeline instead of sorting every match.
const DENSE_MATCHES: i64 = 1_000;

/// Tags come back joined by the unit separator, which a tag name can never contain.
pub(super) const TAG_SEPARATOR: char = '\u{1f}';

/// A note found by search, with the matching part of its text in segments.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SearchHit {
    pub note: MoodNote,
    pub snippet: Vec<Segment>,
}

#[derive(serde::Deserialize)]
struct NoteRow {
    id: MoodNoteId,
    mood: i64,
    note: String,
    energy: Option<i64>,
    sleep_half_hours: Option<i64>,
    #[serde(with = "stored_instant")]
    written_at: DateTime<Utc>,
    local_date: NaiveDate,
    #[serde(with = "stored_instant")]
    updated_at: DateTime<Utc>,
    tags: Option<String>,
}

/// A page of notes as one JSON array SQLite builds (see `person_rows` for why), in the order
/// its query gave them.
fn note_rows(json: &str) -> Result<Vec<NoteRow>> {
    rows_from_json(json, "the notes")
}

impl From<NoteRow> for MoodNote {
    fn from(row: NoteRow) -> Self {
        // The table's CHECK constraints keep these within u8.
        let small = |n: i64| u8::try_from(n).unwrap_or(0);
        let tags = tag_names(row.tags);
        MoodNote {
            id: row.id,
            mood: small(row.mood),
            note: row.note,
            tags,
            energy: row.energy.map(small),
            sleep_half_hours: row.sleep_half_hours.map(small),
            written_at: row.written_at,
            local_date: row.local_date,
            updated_at: row.updated_at,
        }
    }
}

/// A note's tags from the joined column, in her alphabetical order ignoring case.
pub(super) fn tag_names(joined: Option<String>) -> Vec<String> {
    let mut tags: Vec<String> = joined
        .unwrap_or_default()
        .split(TAG_SEPARATOR)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect();
    tags.sort_by_key(|t| fold_tag(t));
    tags
}

fn page<T>(mut items: Vec<T>, limit: u32, cursor_of: impl Fn(&T) -> Cursor) -> Page<T> {
    let more = items.len() > limit as usize;
    items.truncate(limit as usize);
    let next = if more {
        items.last().map(cursor_of)
    } else {
        None
    };
    Page { items, next }
}

/// The bounds a page starts below. Without a cursor the bound is past any note, written as a
/// plain range so SQLite walks the timeline index from the top instead of scanning.
fn keyset(cursor: Option<&Cursor>) -> (DateTime<Utc>, String) {
    match cursor {
        Some(c) => (c.written_at, c.id.to_string()),
        None => (
            Utc.with_ymd_and_hms(9999, 12, 31, 23, 59, 59)
                .single()
                .unwrap_or(DateTime::<Utc>::MAX_UTC),
            String::new(),
        ),
    }
}

fn clamp_limit(limit: u32) -> u32 {
    limit.clamp(1, PAGE_MAX)
}

impl Store {
    pub async fn add_mood_note<Tz: TimeZone>(
        &self,
        input: &MoodNoteInput,
        now: DateTime<Utc>,
        tz: &Tz,
    ) -> Result<MoodNote> {
        let details = input.validate(now, tz)?;
        let id = MoodNoteId::new();
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        insert_note(&mut tx, &id, &details, whole_seconds(now), tz).await?;
        tx.commit().await?;
        self.mood_note(&id).await
    }

    /// Writes many notes in one transaction (imports, generated data); all or none.
    pub async fn add_mood_notes<Tz: TimeZone>(
        &self,
        inputs: &[MoodNoteInput],
        now: DateTime<Utc>,
        tz: &Tz,
    ) -> Result<usize> {
        let details = inputs
            .iter()
            .map(|input| input.validate(now, tz))
            .collect::<Result<Vec<_>>>()?;
        let now = whole_seconds(now);
        let ids: Vec<MoodNoteId> = details.iter().map(|_| MoodNoteId::new()).collect();
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let mut known = KnownTags::load(&mut tx).await?;
        let mut rows = Vec::with_capacity(details.len());
        for (id, details) in ids.iter().zip(&details) {
            let (written_at, local_date) =
                details.when.unwrap_or((now, crate::time::day_of(now, tz)));
            let mut tags = Vec::with_capacity(details.tags.len());
            for name in &details.tags {
                tags.push(known.id_for(&mut tx, name, now).await?);
            }
            rows.push(NoteWrite {
                id,
                mood: details.mood,
                note: &details.note,
                energy: details.energy,
                sleep_half_hours: details.sleep_half_hours,
                written_at,
                local_date,
                created_at: now,
                updated_at: now,
                tags,
            });
        }
        write_notes(&mut tx, &rows).await?;
        tx.commit().await?;
        Ok(details.len())
    }

    pub async fn update_mood_note<Tz: TimeZone>(
        &self,
        id: &MoodNoteId,
        input: &MoodNoteInput,
        now: DateTime<Utc>,
        tz: &Tz,
    ) -> Result<MoodNote> {
        let details = input.validate(now, tz)?;
        let now = whole_seconds(now);
        // Without a new time the note keeps its instant and the day it was filed under.
        let written_at = details.when.map(|(at, _)| whole_seconds(at));
        let local_date = details.when.map(|(_, day)| day);
        let mood = i64::from(details.mood);
        let energy = details.energy.map(i64::from);
        let sleep = details.sleep_half_hours.map(i64::from);
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let done = sqlx::query!(
            "UPDATE mood_note SET mood = ?, note = ?, energy = ?, sleep_half_hours = ?,
                    written_at = COALESCE(?, written_at), local_date = COALESCE(?, local_date),
                    updated_at = ?
             WHERE id = ? AND deleted_at IS NULL",
            mood,
            details.note,
            energy,
            sleep,
            written_at,
            local_date,
            now,
            id
        )
        .execute(&mut *tx)
        .await?;
        super::touched(&done, not_found())?;
        sqlx::query!("DELETE FROM mood_note_tag WHERE note_id = ?", id)
            .execute(&mut *tx)
            .await?;
        link_tags(&mut tx, id, &details.tags, now).await?;
        tx.commit().await?;
        self.mood_note(id).await
    }

    /// Hides the note at once; `restore_mood_note` brings it back until it is purged.
    pub async fn delete_mood_note(&self, id: &MoodNoteId, now: DateTime<Utc>) -> Result<()> {
        let now = whole_seconds(now);
        let done = sqlx::query!(
            "UPDATE mood_note SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL",
            now,
            now,
            id
        )
        .execute(&self.pool)
        .await?;
        super::touched(&done, not_found())?;
        Ok(())
    }

    /// Undoes a delete that has not been purged yet.
    pub async fn restore_mood_note(&self, id: &MoodNoteId, now: DateTime<Utc>) -> Result<MoodNote> {
        let now = whole_seconds(now);
        let done = sqlx::query!(
            "UPDATE mood_note SET deleted_at = NULL, updated_at = ? WHERE id = ? AND deleted_at IS NOT NULL",
            now,
            id
        )
        .execute(&self.pool)
        .await?;
        super::touched(
            &done,
            Error::NotFound {
                what: Message::new("error-not-found-deleted-note"),
            },
        )?;
        self.mood_note(id).await
    }

    /// Removes for good the notes deleted before `before`, text and all.
    pub async fn purge_deleted_notes(&self, before: DateTime<Utc>) -> Result<u64> {
        let before = whole_seconds(before);
        let done = sqlx::query!(
            "DELETE FROM mood_note WHERE deleted_at IS NOT NULL AND deleted_at < ?",
            before
        )
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected())
    }

    pub async fn mood_note(&self, id: &MoodNoteId) -> Result<MoodNote> {
        sqlx::query_as!(
            NoteRow,
            r#"SELECT m.id AS "id: MoodNoteId", m.mood, m.note, m.energy, m.sleep_half_hours,
                      m.written_at AS "written_at: DateTime<Utc>",
                      m.local_date AS "local_date: NaiveDate",
                      m.updated_at AS "updated_at: DateTime<Utc>",
                      (SELECT group_concat(t.name, char(31)) FROM mood_note_tag nt
                         JOIN tag t ON t.id = nt.tag_id WHERE nt.note_id = m.id) AS "tags?: String"
               FROM mood_note m WHERE m.id = ? AND m.deleted_at IS NULL"#,
            id
        )
        .fetch_optional(&self.pool)
        .await?
        .map(MoodNote::from)
        .ok_or_else(not_found)
    }

    /// A page of the timeline, newest first, after `cursor`. Notes written in the same second
    /// are ordered by id, so a page boundary never skips or repeats one.
    pub async fn timeline(
        &self,
        filter: &JournalFilter,
        cursor: Option<&Cursor>,
        limit: u32,
    ) -> Result<Page<MoodNote>> {
        filter.validate()?;
        let limit = clamp_limit(limit);
        let fetch = i64::from(limit) + 1;
        let (after_at, after_id) = keyset(cursor);
        let mood = filter.mood.map(i64::from);
        let tag = filter.tag.as_deref().map(fold_tag);
        let json = sqlx::query_scalar!(
            r#"SELECT json_group_array(json_object(
                      'id', m.id, 'mood', m.mood, 'note', m.note, 'energy', m.energy,
                      'sleep_half_hours', m.sleep_half_hours, 'written_at', m.written_at,
                      'local_date', m.local_date, 'updated_at', m.updated_at,
                      'tags', (SELECT group_concat(t.name, char(31)) FROM mood_note_tag nt
                                 JOIN tag t ON t.id = nt.tag_id WHERE nt.note_id = m.id))
                      ORDER BY m.written_at DESC, m.id DESC) AS "notes!: String"
               FROM (SELECT * FROM mood_note m
                     WHERE m.deleted_at IS NULL
                       AND m.written_at <= ?1 AND (m.written_at < ?1 OR m.id < ?2)
                       AND (?3 IS NULL OR m.mood = ?3)
                       AND (?4 IS NULL OR m.local_date >= ?4)
                       AND (?5 IS NULL OR m.local_date <= ?5)
                       AND (?6 IS NULL OR EXISTS (SELECT 1 FROM mood_note_tag nt JOIN tag t ON t.id = nt.tag_id
                                                  WHERE nt.note_id = m.id AND t.folded = ?6))
                     ORDER BY m.written_at DESC, m.id DESC
                     LIMIT ?7) AS m"#,
            after_at,
            after_id,
            mood,
            filter.from,
            filter.to,
            tag,
            fetch
        )
        .fetch_one(&self.pool)
        .await?;
        let rows = note_rows(&json)?;
        let notes = rows.into_iter().map(MoodNote::from).collect();
        Ok(page(notes, limit, |n: &MoodNote| Cursor {
            written_at: n.written_at,
            id: n.id.clone(),
        }))
    }

    /// The notes of one day, newest first, read through the day index.
    pub async fn day_notes(&self, date: NaiveDate) -> Result<Vec<MoodNote>> {
        let rows = sqlx::query_as!(
            NoteRow,
            r#"SELECT m.id AS "id: MoodNoteId", m.mood, m.note, m.energy, m.sleep_half_hours,
                      m.written_at AS "written_at: DateTime<Utc>",
                      m.local_date AS "local_date: NaiveDate",
                      m.updated_at AS "updated_at: DateTime<Utc>",
                      (SELECT group_concat(t.name, char(31)) FROM mood_note_tag nt
                         JOIN tag t ON t.id = nt.tag_id WHERE nt.note_id = m.id) AS "tags?: String"
               FROM mood_note m
               WHERE m.local_date = ? AND m.deleted_at IS NULL
               ORDER BY m.written_at DESC, m.id DESC"#,
            date
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(MoodNote::from).collect())
    }

    /// Full-text search over notes, newest first. Whatever she types is made safe first; text
    /// with nothing searchable in it finds nothing rather than failing.
    ///
    /// Two plans, by how many notes match: a few are all read and sorted by time; many (a
    /// word in half her notes) are found by walking the timeline from the newest and keeping
    /// the notes that match, which stops after a page instead of reading them all.
    pub async fn search_notes(
        &self,
        text: &str,
        cursor: Option<&Cursor>,
        limit: u32,
    ) -> Result<Page<SearchHit>> {
        let Some(terms) = SearchTerms::parse(text) else {
            return Ok(Page {
                items: Vec::new(),
                next: None,
            });
        };
        let query = terms.fts();
        let limit = clamp_limit(limit);
        let fetch = i64::from(limit) + 1;
        let (after_at, after_id) = keyset(cursor);
        let matches = sqlx::query_scalar!(
            r#"SELECT COUNT(*) AS "n!: i64"
               FROM (SELECT 1 FROM mood_note_fts WHERE mood_note_fts MATCH ? LIMIT ?)"#,
            query,
            DENSE_MATCHES
        )
        .fetch_one(&self.pool)
        .await?;
        let json = if matches < DENSE_MATCHES {
            sqlx::query_scalar!(
                r#"SELECT json_group_array(json_object(
                          'id', m.id, 'mood', m.mood, 'note', m.note, 'energy', m.energy,
                          'sleep_half_hours', m.sleep_half_hours, 'written_at', m.written_at,
                          'local_date', m.local_date, 'updated_at', m.updated_at,
                          'tags', (SELECT group_concat(t.name, char(31)) FROM mood_note_tag nt
                                     JOIN tag t ON t.id = nt.tag_id WHERE nt.note_id = m.id))
                          ORDER BY m.written_at DESC, m.id DESC) AS "notes!: String"
                   FROM (SELECT m.* FROM mood_note_fts
                         JOIN mood_note m ON m.seq = mood_note_fts.rowid
                         WHERE mood_note_fts MATCH ?1 AND m.deleted_at IS NULL
                           AND m.written_at <= ?2 AND (m.written_at < ?2 OR m.id < ?3)
                         ORDER BY m.written_at DESC, m.id DESC
                         LIMIT ?4) AS m"#,
                query,
                after_at,
                after_id,
                fetch
            )
            .fetch_one(&self.pool)
            .await?
        } else {
            // `+m.seq` keeps SQLite on the timeline index: the matches are a set to look in.
            sqlx::query_scalar!(
                r#"SELECT json_group_array(json_object(
                          'id', m.id, 'mood', m.mood, 'note', m.note, 'energy', m.energy,
                          'sleep_half_hours', m.sleep_half_hours, 'written_at', m.written_at,
                          'local_date', m.local_date, 'updated_at', m.updated_at,
                          'tags', (SELECT group_concat(t.name, char(31)) FROM mood_note_tag nt
                                     JOIN tag t ON t.id = nt.tag_id WHERE nt.note_id = m.id))
                          ORDER BY m.written_at DESC, m.id DESC) AS "notes!: String"
                   FROM (SELECT * FROM mood_note m
                         WHERE +m.seq IN (SELECT rowid FROM mood_note_fts WHERE mood_note_fts MATCH ?1)
                           AND m.deleted_at IS NULL
                           AND m.written_at <= ?2 AND (m.written_at < ?2 OR m.id < ?3)
                         ORDER BY m.written_at DESC, m.id DESC
                         LIMIT ?4) AS m"#,
                query,
                after_at,
                after_id,
                fetch
            )
            .fetch_one(&self.pool)
            .await?
        };
        let rows = note_rows(&json)?;
        let hits = rows
            .into_iter()
            .map(|row| {
                let note = MoodNote::from(row);
                SearchHit {
                    snippet: terms.snippet(&note.note),
                    note,
                }
            })
            .collect();
        Ok(page(hits, limit, |h: &SearchHit| Cursor {
            written_at: h.note.written_at,
            id: h.note.id.clone(),
        }))
    }

    /// The latest day she noted a mood on, read backwards through the day index.
    pub async fn last_mood_day(&self) -> Result<Option<NaiveDate>> {
        Ok(sqlx::query_scalar!(
            r#"SELECT local_date AS "local_date: NaiveDate" FROM mood_note
               WHERE deleted_at IS NULL ORDER BY local_date DESC LIMIT 1"#
        )
        .fetch_optional(&self.pool)
        .await?)
    }

    /// Each day from `from` to `to` that has notes, with their moods summed.
    pub async fn days(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<DayMood>> {
        Ok(sqlx::query_as!(
            DayMood,
            r#"SELECT local_date AS "date!: NaiveDate", SUM(mood) AS "mood_sum!: i64",
                      COUNT(*) AS "count!: i64"
               FROM mood_note
               WHERE deleted_at IS NULL AND local_date BETWEEN ? AND ?
               GROUP BY local_date ORDER BY local_date"#,
            from,
            to
        )
        .fetch_all(&self.pool)
        .await?)
    }

    /// The month view: every day of the month that has notes.
    pub async fn month(&self, year: i32, month: u32) -> Result<Vec<DayMood>> {
        let bad = || Error::invalid("month", "error-month");
        let first = NaiveDate::from_ymd_opt(year, month, 1).ok_or_else(bad)?;
        let last = first
            .checked_add_months(chrono::Months::new(1))
            .and_then(|d| d.pred_opt())
            .ok_or_else(bad)?;
        self.days(first, last).await
    }

    /// Mood over the last `days` days up to `today`: weekly averages and the tags used most.
    pub async fn trends(&self, days: u32, today: NaiveDate) -> Result<Trends> {
        if !(7..=366).contains(&days) {
            return Err(Error::invalid("days", "error-trend-days"));
        }
        let from = today
            .checked_sub_days(Days::new(u64::from(days - 1)))
            .ok_or_else(|| Error::invalid("days", "error-trend-start"))?;
        let day_moods = self.days(from, today).await?;
        let tags = sqlx::query_as!(
            Tag,
            r#"SELECT t.id AS "id: TagId", t.name, COUNT(*) AS "count!: i64"
               FROM mood_note_tag nt
               JOIN tag t ON t.id = nt.tag_id
               JOIN mood_note m ON m.id = nt.note_id
               WHERE m.deleted_at IS NULL AND m.local_date BETWEEN ? AND ?
               GROUP BY t.id ORDER BY 3 DESC, t.folded LIMIT 20"#,
            from,
            today
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(Trends {
            from,
            to: today,
            weeks: week_buckets(&day_moods, from, today),
            notes: day_moods.iter().map(|d| d.count).sum(),
            tags,
        })
    }
}

pub(super) async fn insert_note<Tz: TimeZone>(
    tx: &mut sqlx::SqliteConnection,
    id: &MoodNoteId,
    details: &MoodNoteDetails,
    now: DateTime<Utc>,
    tz: &Tz,
) -> Result<()> {
    // A new note without a time was written now, on her day now.
    let (written_at, local_date) = details.when.unwrap_or((now, crate::time::day_of(now, tz)));
    let written_at = whole_seconds(written_at);
    let mood = i64::from(details.mood);
    let energy = details.energy.map(i64::from);
    let sleep = details.sleep_half_hours.map(i64::from);
    sqlx::query!(
        "INSERT INTO mood_note (id, mood, note, energy, sleep_half_hours, written_at, local_date,
                                created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id,
        mood,
        details.note,
        energy,
        sleep,
        written_at,
        local_date,
        now,
        now
    )
    .execute(&mut *tx)
    .await?;
    link_tags(tx, id, &details.tags, now).await
}

/// Tags a note, creating the tags it names that are new (names already cleaned).
pub(super) async fn link_tags(
    tx: &mut sqlx::SqliteConnection,
    id: &MoodNoteId,
    tags: &[String],
    now: DateTime<Utc>,
) -> Result<()> {
    for name in tags {
        let tag_id = ensure_tag(tx, name, now).await?;
        sqlx::query!(
            "INSERT OR IGNORE INTO mood_note_tag (note_id, tag_id) VALUES (?, ?)",
            id,
            tag_id
        )
        .execute(&mut *tx)
        .await?;
    }
    Ok(())
}

/// How many notes go to SQLite in one statement: big enough that the per-statement cost
/// vanishes, small enough that a statement's JSON stays a few hundred KB.
const NOTES_PER_STATEMENT: usize = 500;

/// A note row as it is written in bulk (an import, generated data): every column given.
#[derive(Debug, Clone, serde::Serialize)]
pub(super) struct NoteWrite<'a> {
    pub id: &'a MoodNoteId,
    pub mood: u8,
    pub note: &'a str,
    pub energy: Option<u8>,
    pub sleep_half_hours: Option<u8>,
    #[serde(serialize_with = "as_stored")]
    pub written_at: DateTime<Utc>,
    pub local_date: NaiveDate,
    #[serde(serialize_with = "as_stored")]
    pub created_at: DateTime<Utc>,
    #[serde(serialize_with = "as_stored")]
    pub updated_at: DateTime<Utc>,
    /// Tag ids to link; a note written again loses the links it had.
    #[serde(skip)]
    pub tags: Vec<TagId>,
}

/// An instant as sqlx writes a bound `DateTime<Utc>`, so rows written through JSON sort and
/// compare exactly like the rest.
fn as_stored<S: serde::Serializer>(
    at: &DateTime<Utc>,
    out: S,
) -> std::result::Result<S::Ok, S::Error> {
    out.serialize_str(&stored(*at))
}

pub(super) fn stored(at: DateTime<Utc>) -> String {
    whole_seconds(at).to_rfc3339_opts(chrono::SecondsFormat::AutoSi, false)
}

/// Writes many notes with their tags, a few hundred per statement: new ids are added, known
/// ids replaced whole (text, mood, time and tags) and brought back if deleted.
pub(super) async fn write_notes(
    tx: &mut sqlx::SqliteConnection,
    rows: &[NoteWrite<'_>],
) -> Result<()> {
    for chunk in rows.chunks(NOTES_PER_STATEMENT) {
        let notes = json(&chunk)?;
        sqlx::query!(
            "INSERT INTO mood_note (id, mood, note, energy, sleep_half_hours, written_at,
                                    local_date, created_at, updated_at)
             SELECT value ->> 'id', value ->> 'mood', value ->> 'note', value ->> 'energy',
                    value ->> 'sleep_half_hours', value ->> 'written_at', value ->> 'local_date',
                    value ->> 'created_at', value ->> 'updated_at'
             FROM json_each(?1) WHERE true
             ON CONFLICT (id) DO UPDATE SET
                 mood = excluded.mood, note = excluded.note, energy = excluded.energy,
                 sleep_half_hours = excluded.sleep_half_hours, written_at = excluded.written_at,
                 local_date = excluded.local_date, deleted_at = NULL,
                 updated_at = excluded.updated_at",
            notes
        )
        .execute(&mut *tx)
        .await?;
        let ids: Vec<&MoodNoteId> = chunk.iter().map(|r| r.id).collect();
        let ids = json(&ids)?;
        sqlx::query!(
            "DELETE FROM mood_note_tag WHERE note_id IN (SELECT value FROM json_each(?))",
            ids
        )
        .execute(&mut *tx)
        .await?;
        let links: Vec<(&MoodNoteId, &TagId)> = chunk
            .iter()
            .flat_map(|r| r.tags.iter().map(move |t| (r.id, t)))
            .collect();
        let links = json(&links)?;
        sqlx::query!(
            "INSERT OR IGNORE INTO mood_note_tag (note_id, tag_id)
             SELECT value ->> 0, value ->> 1 FROM json_each(?)",
            links
        )
        .execute(&mut *tx)
        .await?;
    }
    Ok(())
}

/// A batch as one JSON value for `json_each`: the values stay bound, never part of the SQL.
pub(super) fn json<T: serde::Serialize + ?Sized>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(|e| {
        Error::Internal(Message::new("error-prepare-data").with("detail", e.to_string()))
    })
}

/// Her notes, as an export holds them. Notes deleted within the undo grace are left out:
/// they are on their way out.
pub(super) async fn records(conn: &mut SqliteConnection) -> Result<Vec<MoodNoteRecord>> {
    Ok(sqlx::query!(
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
    .collect())
}

/// Her notes, decided one by one (added, newer, or left as they are) and written in bulk:
/// a Daylio file of 100,000 rows is a few hundred statements, not half a million.
pub(super) async fn import(
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
