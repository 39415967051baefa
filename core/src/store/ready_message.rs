//! The `ready_message` table: her own words for a hello or for asking for help, oldest first,
//! and how they go out in an export and come back in an import.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use super::merge::{Outcome, outcome};
use super::{Store, touched, whole_seconds};
use crate::error::Result;
use crate::reach::{ReadyMessage, ReadyMessageId, check_ready_text, message_not_found};
use crate::transfer::{ImportFormat, ReadyMessageRecord};

impl Store {
    /// Her own ready messages, in the order she wrote them.
    pub async fn ready_messages(&self) -> Result<Vec<ReadyMessage>> {
        Ok(sqlx::query_as!(
            ReadyMessage,
            r#"SELECT id AS "id: ReadyMessageId", text,
                      created_at AS "created_at: DateTime<Utc>",
                      updated_at AS "updated_at: DateTime<Utc>"
               FROM ready_message ORDER BY created_at, rowid"#
        )
        .fetch_all(&self.pool)
        .await?)
    }

    pub async fn ready_message(&self, id: &ReadyMessageId) -> Result<ReadyMessage> {
        sqlx::query_as!(
            ReadyMessage,
            r#"SELECT id AS "id: ReadyMessageId", text,
                      created_at AS "created_at: DateTime<Utc>",
                      updated_at AS "updated_at: DateTime<Utc>"
               FROM ready_message WHERE id = ?"#,
            id
        )
        .fetch_optional(&self.pool)
        .await?
        .ok_or_else(message_not_found)
    }

    /// Keeps a message of her own; refused in words, with nothing written, when it is empty,
    /// too long or holds a hidden control character.
    pub async fn save_ready_message(&self, text: &str, now: DateTime<Utc>) -> Result<ReadyMessage> {
        let text = check_ready_text(text)?;
        let id = ReadyMessageId::new();
        let now = whole_seconds(now);
        sqlx::query!(
            "INSERT INTO ready_message (id, text, created_at, updated_at) VALUES (?, ?, ?, ?)",
            id,
            text,
            now,
            now
        )
        .execute(&self.pool)
        .await?;
        self.ready_message(&id).await
    }

    /// Changes the words of one of her messages, checked as when she saved it.
    pub async fn update_ready_message(
        &self,
        id: &ReadyMessageId,
        text: &str,
        now: DateTime<Utc>,
    ) -> Result<ReadyMessage> {
        let text = check_ready_text(text)?;
        let now = whole_seconds(now);
        let done = sqlx::query!(
            "UPDATE ready_message SET text = ?, updated_at = ? WHERE id = ?",
            text,
            now,
            id
        )
        .execute(&self.pool)
        .await?;
        touched(&done, message_not_found())?;
        self.ready_message(id).await
    }

    pub async fn delete_ready_message(&self, id: &ReadyMessageId) -> Result<()> {
        let done = sqlx::query!("DELETE FROM ready_message WHERE id = ?", id)
            .execute(&self.pool)
            .await?;
        touched(&done, message_not_found())
    }
}

/// Her own ready messages, as an export holds them.
pub(super) async fn records(conn: &mut SqliteConnection) -> Result<Vec<ReadyMessageRecord>> {
    Ok(sqlx::query_as!(
        ReadyMessageRecord,
        r#"SELECT id AS "id: ReadyMessageId", text,
                  created_at AS "created_at: DateTime<Utc>",
                  updated_at AS "updated_at: DateTime<Utc>"
           FROM ready_message ORDER BY created_at, rowid"#
    )
    .fetch_all(&mut *conn)
    .await?)
}

/// One message from a file, merged by id: added, or updated when the file's copy is newer.
/// Its text was checked with the file (`Snapshot::check`).
pub(super) async fn import(
    tx: &mut SqliteConnection,
    format: ImportFormat,
    m: &ReadyMessageRecord,
) -> Result<Outcome> {
    let mine = sqlx::query_scalar!(
        r#"SELECT updated_at AS "updated_at: DateTime<Utc>" FROM ready_message WHERE id = ?"#,
        m.id
    )
    .fetch_optional(&mut *tx)
    .await?;
    let result = outcome(format, mine, m.updated_at);
    if matches!(result, Outcome::Unchanged) {
        return Ok(result);
    }
    let text = check_ready_text(&m.text)?;
    let (created, updated) = (whole_seconds(m.created_at), whole_seconds(m.updated_at));
    sqlx::query!(
        "INSERT INTO ready_message (id, text, created_at, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at",
        m.id,
        text,
        created,
        updated
    )
    .execute(&mut *tx)
    .await?;
    Ok(result)
}
