//! The `person` table: the people in her circle, and the due list in one query.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};

use sqlx::SqliteConnection;

use super::merge::{Outcome, outcome};
use super::{Store, rows_from_json, stored_instant, whole_seconds};
use crate::catalog::Message;
use crate::circle::{
    Birthday, CheckIn, CircleEntry, Person, PersonId, PersonInput, Relationship, Snooze,
    sort_circle,
};
use crate::error::{Error, Result};
use crate::reminders::CircleMember;
use crate::transfer::{ImportFormat, PersonRecord};

/// A `person` row as SQLite gives it back: as a row, or as an object of `person_rows`' JSON.
#[derive(serde::Deserialize)]
struct PersonRow {
    id: PersonId,
    name: String,
    relationship: Relationship,
    phone: String,
    email: String,
    reach: String,
    cadence_days: Option<i64>,
    birthday_month: Option<i64>,
    birthday_day: Option<i64>,
    birthday_year: Option<i64>,
    notes: String,
    #[serde(deserialize_with = "stored_flag")]
    pinned: bool,
    #[serde(deserialize_with = "stored_flag")]
    paused: bool,
    #[serde(deserialize_with = "stored_flag")]
    muted: bool,
    snoozed_until: Option<NaiveDate>,
    #[serde(with = "stored_instant::optional")]
    archived_at: Option<DateTime<Utc>>,
    #[serde(with = "stored_instant")]
    created_at: DateTime<Utc>,
    #[serde(with = "stored_instant")]
    updated_at: DateTime<Utc>,
    /// Their latest check-in, read with the row through the `(person_id, happened_at)` index.
    #[serde(with = "stored_instant::optional")]
    last_contact: Option<DateTime<Utc>>,
}

/// SQLite keeps a flag as 0 or 1, and its JSON says so.
fn stored_flag<'de, D: serde::Deserializer<'de>>(d: D) -> std::result::Result<bool, D::Error> {
    Ok(<i64 as serde::Deserialize>::deserialize(d)? != 0)
}

impl PersonRow {
    fn into_entry<Tz: TimeZone>(self, now: DateTime<Utc>, tz: &Tz) -> CircleEntry {
        let last_contact = self.last_contact;
        CircleEntry::new(Person::from(self), last_contact, now, tz)
    }
}

impl From<PersonRow> for Person {
    fn from(row: PersonRow) -> Self {
        // The table's CHECK constraints keep these in range; a value outside them reads as absent.
        let small = |n: Option<i64>| n.and_then(|n| u32::try_from(n).ok());
        let birthday = Birthdays {
            month: row.birthday_month,
            day: row.birthday_day,
            year: row.birthday_year,
        }
        .birthday();
        Person {
            id: row.id,
            name: row.name,
            relationship: row.relationship,
            phone: row.phone,
            email: row.email,
            reach: row.reach,
            cadence_days: small(row.cadence_days),
            birthday,
            notes: row.notes,
            pinned: row.pinned,
            paused: row.paused,
            muted: row.muted,
            snoozed_until: row.snoozed_until,
            archived_at: row.archived_at,
            created_at: row.created_at,
            updated_at: row.updated_at,
        }
    }
}

fn not_found() -> Error {
    Error::NotFound {
        what: Message::new("error-not-found-person"),
    }
}

/// The most check-ins a person's page shows at once; the page says how many there are in all.
pub const HISTORY_PAGE: u32 = 100;

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct PersonPage {
    pub entry: CircleEntry,
    pub check_ins: Vec<CheckIn>,
    pub total_check_ins: i64,
}

impl Store {
    /// `tz` is hers: a birthday is "in the future" by her calendar, not UTC's.
    pub async fn add_person<Tz: TimeZone>(
        &self,
        input: &PersonInput,
        now: DateTime<Utc>,
        tz: &Tz,
    ) -> Result<Person> {
        let details = input.validate(now.with_timezone(tz).date_naive())?;
        let id = PersonId::new();
        let now = whole_seconds(now);
        let b = Birthdays::of(details.birthday);
        sqlx::query!(
            "INSERT INTO person (id, name, relationship, phone, email, reach, cadence_days,
                                 birthday_month, birthday_day, birthday_year, notes, pinned, paused,
                                 created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            id,
            details.name,
            details.relationship,
            details.phone,
            details.email,
            details.reach,
            details.cadence_days,
            b.month,
            b.day,
            b.year,
            details.notes,
            details.pinned,
            details.paused,
            now,
            now
        )
        .execute(&self.pool)
        .await?;
        self.person(&id).await
    }

    pub async fn update_person<Tz: TimeZone>(
        &self,
        id: &PersonId,
        input: &PersonInput,
        now: DateTime<Utc>,
        tz: &Tz,
    ) -> Result<Person> {
        let details = input.validate(now.with_timezone(tz).date_naive())?;
        let now = whole_seconds(now);
        let b = Birthdays::of(details.birthday);
        let done = sqlx::query!(
            "UPDATE person SET name = ?, relationship = ?, phone = ?, email = ?, reach = ?,
                    cadence_days = ?, birthday_month = ?, birthday_day = ?, birthday_year = ?,
                    notes = ?, pinned = ?, paused = ?, updated_at = ?
             WHERE id = ?",
            details.name,
            details.relationship,
            details.phone,
            details.email,
            details.reach,
            details.cadence_days,
            b.month,
            b.day,
            b.year,
            details.notes,
            details.pinned,
            details.paused,
            now,
            id
        )
        .execute(&self.pool)
        .await?;
        super::touched(&done, not_found())?;
        self.person(id).await
    }

    pub async fn person(&self, id: &PersonId) -> Result<Person> {
        self.person_row(id).await.map(Person::from)
    }

    async fn person_row(&self, id: &PersonId) -> Result<PersonRow> {
        sqlx::query_as!(
            PersonRow,
            r#"SELECT p.id AS "id: PersonId", p.name, p.relationship AS "relationship: Relationship",
                      p.phone, p.email, p.reach, p.cadence_days, p.birthday_month, p.birthday_day,
                      p.birthday_year, p.notes, p.pinned AS "pinned: bool", p.paused AS "paused: bool",
                      p.reminders_muted AS "muted: bool",
                      p.snoozed_until AS "snoozed_until: NaiveDate",
                      p.archived_at AS "archived_at: DateTime<Utc>",
                      p.created_at AS "created_at: DateTime<Utc>",
                      p.updated_at AS "updated_at: DateTime<Utc>",
                      (SELECT MAX(c.happened_at) FROM check_in c WHERE c.person_id = p.id)
                          AS "last_contact?: DateTime<Utc>"
               FROM person p WHERE p.id = ?"#,
            id
        )
        .fetch_optional(&self.pool)
        .await?
        .ok_or_else(not_found)
    }

    /// Archived people leave the list but keep their history; restoring brings them back.
    pub async fn set_archived(
        &self,
        id: &PersonId,
        archived: bool,
        now: DateTime<Utc>,
    ) -> Result<Person> {
        let now = whole_seconds(now);
        let archived_at = archived.then_some(now);
        let done = sqlx::query!(
            "UPDATE person SET archived_at = ?, updated_at = ? WHERE id = ?",
            archived_at,
            now,
            id
        )
        .execute(&self.pool)
        .await?;
        super::touched(&done, not_found())?;
        self.person(id).await
    }

    /// Turns notifications about this person off or back on; they stay in the due list.
    pub async fn set_person_muted(
        &self,
        id: &PersonId,
        muted: bool,
        now: DateTime<Utc>,
    ) -> Result<Person> {
        let now = whole_seconds(now);
        let done = sqlx::query!(
            "UPDATE person SET reminders_muted = ?, updated_at = ? WHERE id = ?",
            muted,
            now,
            id
        )
        .execute(&self.pool)
        .await?;
        super::touched(&done, not_found())?;
        self.person(id).await
    }

    /// Deletes the person and, through the foreign key, every check-in with them; a trigger
    /// forgets the reminders sent about them.
    pub async fn delete_person(&self, id: &PersonId) -> Result<()> {
        let done = sqlx::query!("DELETE FROM person WHERE id = ?", id)
            .execute(&self.pool)
            .await?;
        super::touched(&done, not_found())?;
        Ok(())
    }

    /// Puts off a reminder until a later local date; `today` is her local date now.
    pub async fn snooze_person(
        &self,
        id: &PersonId,
        snooze: Snooze,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<Person> {
        let until = snooze.until(today)?;
        self.write_snooze(id, Some(until), now).await
    }

    pub async fn clear_snooze(&self, id: &PersonId, now: DateTime<Utc>) -> Result<Person> {
        self.write_snooze(id, None, now).await
    }

    async fn write_snooze(
        &self,
        id: &PersonId,
        until: Option<NaiveDate>,
        now: DateTime<Utc>,
    ) -> Result<Person> {
        let now = whole_seconds(now);
        let done = sqlx::query!(
            "UPDATE person SET snoozed_until = ?, updated_at = ? WHERE id = ?",
            until,
            now,
            id
        )
        .execute(&self.pool)
        .await?;
        super::touched(&done, not_found())?;
        self.person(id).await
    }

    /// A person's page: where they stand and their latest check-ins, newest first.
    pub async fn person_page<Tz: TimeZone>(
        &self,
        id: &PersonId,
        now: DateTime<Utc>,
        tz: &Tz,
    ) -> Result<PersonPage> {
        let row = self.person_row(id).await?;
        let check_ins = self.check_ins(id, HISTORY_PAGE).await?;
        Ok(PersonPage {
            entry: row.into_entry(now, tz),
            total_check_ins: self.count_check_ins(id).await?,
            check_ins,
        })
    }

    /// The Circle list, sorted as she sees it: everyone with their last contact and where they
    /// stand, read in one query.
    pub async fn circle<Tz: TimeZone>(
        &self,
        now: DateTime<Utc>,
        tz: &Tz,
        include_archived: bool,
    ) -> Result<Vec<CircleEntry>> {
        let rows = self.person_rows(include_archived).await?;
        let mut entries: Vec<CircleEntry> = rows
            .into_iter()
            .map(|row| row.into_entry(now, tz))
            .collect();
        sort_circle(&mut entries);
        Ok(entries)
    }

    /// Everyone not archived with their latest check-in and when she last logged one, as
    /// reminders read them. The logging times come in one grouped query of their own, so the
    /// Circle list never pays for them.
    pub async fn circle_members(&self) -> Result<Vec<CircleMember>> {
        let rows = self.person_rows(false).await?;
        let logged: HashMap<PersonId, DateTime<Utc>> = sqlx::query!(
            r#"SELECT person_id AS "person_id!: PersonId",
                      MAX(created_at) AS "logged!: DateTime<Utc>"
               FROM check_in WHERE person_id IS NOT NULL GROUP BY person_id"#
        )
        .fetch_all(&self.pool)
        .await?
        .into_iter()
        .map(|row| (row.person_id, row.logged))
        .collect();
        Ok(rows
            .into_iter()
            .map(|row| {
                let last_contact = row.last_contact;
                let last_logged = logged.get(&row.id).copied();
                CircleMember {
                    person: Person::from(row),
                    last_contact,
                    last_logged,
                }
            })
            .collect())
    }

    /// Everyone, with their latest check-in, as one JSON array built by SQLite: sqlx hands
    /// rows over from SQLite's thread one at a time, and for a circle of 2,000 that hand-over
    /// cost six times the query itself.
    async fn person_rows(&self, include_archived: bool) -> Result<Vec<PersonRow>> {
        let json = sqlx::query_scalar!(
            r#"SELECT json_group_array(json_object(
                      'id', p.id, 'name', p.name, 'relationship', p.relationship,
                      'phone', p.phone, 'email', p.email, 'reach', p.reach,
                      'cadence_days', p.cadence_days, 'birthday_month', p.birthday_month,
                      'birthday_day', p.birthday_day, 'birthday_year', p.birthday_year,
                      'notes', p.notes, 'pinned', p.pinned, 'paused', p.paused,
                      'muted', p.reminders_muted, 'snoozed_until', p.snoozed_until,
                      'archived_at', p.archived_at, 'created_at', p.created_at,
                      'updated_at', p.updated_at,
                      'last_contact', (SELECT MAX(c.happened_at) FROM check_in c
                                       WHERE c.person_id = p.id))) AS "people!: String"
               FROM person p
               WHERE ? OR p.archived_at IS NULL"#,
            include_archived
        )
        .fetch_one(&self.pool)
        .await?;
        rows_from_json(&json, "the circle")
    }
}

/// A birthday split into the three nullable columns it is stored in.
pub(super) struct Birthdays {
    pub month: Option<i64>,
    pub day: Option<i64>,
    pub year: Option<i64>,
}

impl Birthdays {
    pub fn of(birthday: Option<Birthday>) -> Self {
        match birthday {
            Some(b) => Self {
                month: Some(i64::from(b.month)),
                day: Some(i64::from(b.day)),
                year: b.year.map(i64::from),
            },
            None => Self {
                month: None,
                day: None,
                year: None,
            },
        }
    }

    /// The birthday the columns hold. The table's CHECK constraints keep them in range; a
    /// value outside them reads as no birthday.
    pub fn birthday(&self) -> Option<Birthday> {
        let small = |n: Option<i64>| n.and_then(|n| u32::try_from(n).ok());
        Some(Birthday {
            month: small(self.month)?,
            day: small(self.day)?,
            year: self.year.and_then(|y| i32::try_from(y).ok()),
        })
    }
}

/// Everyone in her circle, archived too, as an export holds them.
pub(super) async fn records(conn: &mut SqliteConnection) -> Result<Vec<PersonRecord>> {
    Ok(sqlx::query!(
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
    .collect())
}

pub(super) async fn import(
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
