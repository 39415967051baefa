//! The `check_in` table: each time she connected with someone.

use chrono::{DateTime, Utc};

use super::{Store, whole_seconds};
use crate::circle::{CheckIn, CheckInId, CheckInKind, NewCheckIn, PersonId};
use crate::error::{Error, Result};

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
                what: "That person",
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
            "INSERT INTO check_in (id, person_id, happened_at, kind, note, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?)",
            id,
            new.person_id,
            happened_at,
            new.kind,
            new.note,
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
                      happened_at AS "happened_at: DateTime<Utc>", kind AS "kind: CheckInKind",
                      note, created_at AS "created_at: DateTime<Utc>"
               FROM check_in WHERE id = ?"#,
            id
        )
        .fetch_optional(&self.pool)
        .await?
        .ok_or(Error::NotFound {
            what: "That check-in",
        })
    }

    /// Her history with someone, newest first.
    pub async fn check_ins(&self, person_id: &PersonId, limit: u32) -> Result<Vec<CheckIn>> {
        let limit = i64::from(limit);
        Ok(sqlx::query_as!(
            CheckIn,
            r#"SELECT id AS "id: CheckInId", person_id AS "person_id: PersonId",
                      happened_at AS "happened_at: DateTime<Utc>", kind AS "kind: CheckInKind",
                      note, created_at AS "created_at: DateTime<Utc>"
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
        if done.rows_affected() == 0 {
            return Err(Error::NotFound {
                what: "That check-in",
            });
        }
        Ok(())
    }
}
