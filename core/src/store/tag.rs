//! The `tag` table: created on the fly, unique ignoring case, renamed and merged in one place.

use chrono::{DateTime, Utc};

use sqlx::SqliteConnection;

use super::merge::{Outcome, outcome};
use super::{Store, whole_seconds};
use crate::catalog::{Language, Message};
use crate::error::{Error, Result};
use crate::journal::{Tag, TagId, clean_tag, fold_tag};
use crate::transfer::{ImportFormat, TagRecord};

/// The tags a journal starts with (migration 0003), by id, with the message that names each.
const STARTER_TAGS: [(&str, &str); 7] = [
    ("5b1c7a52-0c0e-4f57-9a5e-3d1f0b6c0001", "starter-tag-tired"),
    (
        "5b1c7a52-0c0e-4f57-9a5e-3d1f0b6c0002",
        "starter-tag-anxious",
    ),
    ("5b1c7a52-0c0e-4f57-9a5e-3d1f0b6c0003", "starter-tag-lonely"),
    (
        "5b1c7a52-0c0e-4f57-9a5e-3d1f0b6c0004",
        "starter-tag-hopeful",
    ),
    (
        "5b1c7a52-0c0e-4f57-9a5e-3d1f0b6c0005",
        "starter-tag-slept-well",
    ),
    (
        "5b1c7a52-0c0e-4f57-9a5e-3d1f0b6c0006",
        "starter-tag-got-outside",
    ),
    (
        "5b1c7a52-0c0e-4f57-9a5e-3d1f0b6c0007",
        "starter-tag-saw-a-friend",
    ),
];

/// The time the migration gave the starter tags; a rename by her moves it on.
const STARTER_STAMP: &str = "2026-01-01 00:00:00+00:00";

fn not_found() -> Error {
    Error::NotFound {
        what: Message::new("error-not-found-tag"),
    }
}

impl Store {
    /// Every tag with how many notes carry it, most used first.
    pub async fn tags(&self) -> Result<Vec<Tag>> {
        Ok(sqlx::query_as!(
            Tag,
            r#"SELECT t.id AS "id: TagId", t.name,
                      (SELECT COUNT(*) FROM mood_note_tag nt JOIN mood_note m ON m.id = nt.note_id
                        WHERE nt.tag_id = t.id AND m.deleted_at IS NULL) AS "count!: i64"
               FROM tag t
               ORDER BY 3 DESC, t.folded"#
        )
        .fetch_all(&self.pool)
        .await?)
    }

    pub async fn tag(&self, id: &TagId) -> Result<Tag> {
        sqlx::query_as!(
            Tag,
            r#"SELECT t.id AS "id: TagId", t.name,
                      (SELECT COUNT(*) FROM mood_note_tag nt JOIN mood_note m ON m.id = nt.note_id
                        WHERE nt.tag_id = t.id AND m.deleted_at IS NULL) AS "count!: i64"
               FROM tag t WHERE t.id = ?"#,
            id
        )
        .fetch_optional(&self.pool)
        .await?
        .ok_or_else(not_found)
    }

    /// The starter tags she has never renamed, in `language`: a journal begun in English and
    /// read in Spanish offers "cansada", not "tired". One she renamed, or whose new name
    /// another tag has, is left as it is; the starter stamp stays, so it can follow again.
    pub async fn speak_starter_tags(&self, language: Language) -> Result<()> {
        // Asked at every start: a read that finds nothing to rename spares the write.
        let unspoken = sqlx::query!(
            r#"SELECT id AS "id!", name AS "name!" FROM tag WHERE updated_at = ?"#,
            STARTER_STAMP
        )
        .fetch_all(&self.pool)
        .await?;
        let spoken = |id: &str, name: &str| {
            STARTER_TAGS.iter().all(|(starter, message)| {
                *starter != id || crate::catalog::word(language, message) == name
            })
        };
        if unspoken.iter().all(|tag| spoken(&tag.id, &tag.name)) {
            return Ok(());
        }
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        for (id, message) in STARTER_TAGS {
            let name = crate::catalog::word(language, message);
            let folded = fold_tag(&name);
            sqlx::query!(
                "UPDATE tag SET name = ?, folded = ?
                  WHERE id = ? AND updated_at = ? AND name <> ?
                    AND NOT EXISTS (SELECT 1 FROM tag other WHERE other.folded = ? AND other.id <> ?)",
                name,
                folded,
                id,
                STARTER_STAMP,
                name,
                folded,
                id
            )
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Renames a tag everywhere it is used. A name another tag already has (ignoring case) is
    /// a conflict: merging is the way to join them.
    pub async fn rename_tag(&self, id: &TagId, name: &str, now: DateTime<Utc>) -> Result<Tag> {
        let name = clean_tag(name)?;
        let folded = fold_tag(&name);
        let now = whole_seconds(now);
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let taken = sqlx::query_scalar!(
            r#"SELECT id AS "id: TagId" FROM tag WHERE folded = ? AND id <> ?"#,
            folded,
            id
        )
        .fetch_optional(&mut *tx)
        .await?;
        if taken.is_some() {
            return Err(Error::Conflict(
                Message::new("error-tag-taken").with("name", name),
            ));
        }
        let done = sqlx::query!(
            "UPDATE tag SET name = ?, folded = ?, updated_at = ? WHERE id = ?",
            name,
            folded,
            now,
            id
        )
        .execute(&mut *tx)
        .await?;
        super::touched(&done, not_found())?;
        tx.commit().await?;
        self.tag(id).await
    }

    /// Moves every note tagged `from` to `into`, then removes `from`.
    pub async fn merge_tags(&self, from: &TagId, into: &TagId) -> Result<Tag> {
        if from == into {
            return Err(Error::invalid("tag", "error-merge-same-tag"));
        }
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        for id in [from, into] {
            let exists =
                sqlx::query_scalar!(r#"SELECT id AS "id: TagId" FROM tag WHERE id = ?"#, id)
                    .fetch_optional(&mut *tx)
                    .await?;
            if exists.is_none() {
                return Err(not_found());
            }
        }
        sqlx::query!(
            "INSERT OR IGNORE INTO mood_note_tag (note_id, tag_id)
             SELECT note_id, ? FROM mood_note_tag WHERE tag_id = ?",
            into,
            from
        )
        .execute(&mut *tx)
        .await?;
        sqlx::query!("DELETE FROM tag WHERE id = ?", from)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        self.tag(into).await
    }

    pub async fn delete_tag(&self, id: &TagId) -> Result<()> {
        let done = sqlx::query!("DELETE FROM tag WHERE id = ?", id)
            .execute(&self.pool)
            .await?;
        super::touched(&done, not_found())?;
        Ok(())
    }
}

/// The id of the tag with this name (ignoring case), created if it is new.
pub(super) async fn ensure_tag(
    conn: &mut sqlx::SqliteConnection,
    name: &str,
    now: DateTime<Utc>,
) -> Result<TagId> {
    let folded = fold_tag(name);
    let existing = sqlx::query_scalar!(
        r#"SELECT id AS "id: TagId" FROM tag WHERE folded = ?"#,
        folded
    )
    .fetch_optional(&mut *conn)
    .await?;
    if let Some(id) = existing {
        return Ok(id);
    }
    let id = TagId::new();
    sqlx::query!(
        "INSERT INTO tag (id, name, folded, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
        id,
        name,
        folded,
        now,
        now
    )
    .execute(&mut *conn)
    .await?;
    Ok(id)
}

/// The tags already in a transaction, by folded name: a bulk write looks each name up here
/// instead of asking SQLite once per note.
pub(super) struct KnownTags(std::collections::HashMap<String, TagId>);

impl KnownTags {
    pub async fn load(conn: &mut sqlx::SqliteConnection) -> Result<KnownTags> {
        let rows = sqlx::query!(r#"SELECT id AS "id: TagId", folded FROM tag"#)
            .fetch_all(&mut *conn)
            .await?;
        Ok(KnownTags(
            rows.into_iter().map(|r| (r.folded, r.id)).collect(),
        ))
    }

    /// The id of the tag named `name` (already cleaned), created if it is new.
    pub async fn id_for(
        &mut self,
        conn: &mut sqlx::SqliteConnection,
        name: &str,
        now: DateTime<Utc>,
    ) -> Result<TagId> {
        if let Some(id) = self.0.get(&fold_tag(name)) {
            return Ok(id.clone());
        }
        let id = ensure_tag(conn, name, now).await?;
        self.0.insert(fold_tag(name), id.clone());
        Ok(id)
    }
}

/// Every tag, as an export holds them.
pub(super) async fn records(conn: &mut SqliteConnection) -> Result<Vec<TagRecord>> {
    Ok(sqlx::query_as!(
        TagRecord,
        r#"SELECT id AS "id: TagId", name, created_at AS "created_at: DateTime<Utc>",
                  updated_at AS "updated_at: DateTime<Utc>"
           FROM tag ORDER BY created_at, id"#
    )
    .fetch_all(&mut *conn)
    .await?)
}

pub(super) async fn import(
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
