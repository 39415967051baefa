//! The `self_check` table: each PHQ-9 or GAD-7 she completed, with its answers and score.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};

use sqlx::SqliteConnection;

use super::merge::{Outcome, outcome};
use super::{Store, whole_seconds};
use crate::catalog::Message;
use crate::error::{Error, Result};
use crate::self_check::{Questionnaire, SelfCheck, SelfCheckId, SelfCheckInput};
use crate::time::day_of;
use crate::transfer::{ImportFormat, SelfCheckRecord};

fn not_found() -> Error {
    Error::NotFound {
        what: Message::new("error-not-found-self-check"),
    }
}

/// How many past results the history shows.
pub const HISTORY_MAX: u32 = 200;

struct SelfCheckRow {
    id: SelfCheckId,
    kind: Questionnaire,
    answers: String,
    difficulty: Option<i64>,
    score: i64,
    taken_at: DateTime<Utc>,
    local_date: NaiveDate,
}

impl From<SelfCheckRow> for SelfCheck {
    fn from(row: SelfCheckRow) -> Self {
        // The table's CHECK constraints keep answers to digits 0–3 and the score within u8.
        let small = |n: i64| u8::try_from(n).unwrap_or(0);
        SelfCheck {
            id: row.id,
            kind: row.kind,
            items: row
                .answers
                .bytes()
                .map(|b| b.saturating_sub(b'0'))
                .collect(),
            difficulty: row.difficulty.map(small),
            score: small(row.score),
            taken_at: row.taken_at,
            local_date: row.local_date,
        }
    }
}

impl Store {
    pub async fn take_self_check<Tz: TimeZone>(
        &self,
        input: &SelfCheckInput,
        now: DateTime<Utc>,
        tz: &Tz,
    ) -> Result<SelfCheck> {
        let answers = input.validate()?;
        let id = SelfCheckId::new();
        let now = whole_seconds(now);
        let digits: String = answers.items.iter().map(|n| char::from(b'0' + n)).collect();
        let score = i64::from(answers.score());
        let difficulty = answers.difficulty.map(i64::from);
        let on = day_of(now, tz);
        sqlx::query!(
            "INSERT INTO self_check (id, kind, answers, difficulty, score, taken_at, local_date, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            id,
            answers.kind,
            digits,
            difficulty,
            score,
            now,
            on,
            now,
            now
        )
        .execute(&self.pool)
        .await?;
        self.self_check(&id).await
    }

    pub async fn self_check(&self, id: &SelfCheckId) -> Result<SelfCheck> {
        let row = sqlx::query_as!(
            SelfCheckRow,
            r#"SELECT id AS "id: SelfCheckId", kind AS "kind: Questionnaire", answers, difficulty,
                      score, taken_at AS "taken_at: DateTime<Utc>", local_date AS "local_date: NaiveDate"
               FROM self_check WHERE id = ?"#,
            id
        )
        .fetch_optional(&self.pool)
        .await?
        .ok_or_else(not_found)?;
        Ok(row.into())
    }

    /// Her results of one questionnaire, newest first.
    pub async fn self_checks(&self, kind: Questionnaire, limit: u32) -> Result<Vec<SelfCheck>> {
        let limit = i64::from(limit.min(HISTORY_MAX));
        let rows = sqlx::query_as!(
            SelfCheckRow,
            r#"SELECT id AS "id: SelfCheckId", kind AS "kind: Questionnaire", answers, difficulty,
                      score, taken_at AS "taken_at: DateTime<Utc>", local_date AS "local_date: NaiveDate"
               FROM self_check WHERE kind = ? ORDER BY taken_at DESC, id DESC LIMIT ?"#,
            kind,
            limit
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(SelfCheck::from).collect())
    }

    /// The day of her most recent self-check of either kind.
    pub(super) async fn last_self_check_day(&self) -> Result<Option<NaiveDate>> {
        Ok(
            sqlx::query_scalar!(r#"SELECT MAX(local_date) AS "day?: NaiveDate" FROM self_check"#)
                .fetch_one(&self.pool)
                .await?,
        )
    }

    pub async fn delete_self_check(&self, id: &SelfCheckId) -> Result<()> {
        let done = sqlx::query!("DELETE FROM self_check WHERE id = ?", id)
            .execute(&self.pool)
            .await?;
        super::touched(&done, not_found())
    }
}

/// Every self-check, as an export holds them.
pub(super) async fn records(conn: &mut SqliteConnection) -> Result<Vec<SelfCheckRecord>> {
    Ok(sqlx::query!(
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
    .collect())
}

pub(super) async fn import(
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
