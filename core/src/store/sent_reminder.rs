//! The `sent_reminder` table: every reminder shown, so each is shown once.

use std::collections::HashSet;

use chrono::{DateTime, NaiveDate, Utc};

use super::{Store, whole_seconds};
use crate::error::Result;
use crate::reminders::{Reminder, ReminderKey, ReminderKind};

impl Store {
    pub(super) async fn sent_reminders(&self) -> Result<HashSet<ReminderKey>> {
        let rows = sqlx::query!("SELECT kind, subject, occasion FROM sent_reminder")
            .fetch_all(&self.pool)
            .await?;
        Ok(rows
            .into_iter()
            .filter_map(|row| {
                Some(ReminderKey {
                    kind: ReminderKind::parse(&row.kind)?,
                    subject: row.subject,
                    occasion: row.occasion,
                })
            })
            .collect())
    }

    /// Records every key of the reminder unless one was recorded before, and says whether
    /// this caller may show it. `BEGIN IMMEDIATE` takes the write lock before the check, so of
    /// two app instances (or two rounds) only one ever gets true.
    pub async fn claim_reminder(&self, reminder: &Reminder, now: DateTime<Utc>) -> Result<bool> {
        let now = whole_seconds(now);
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        for key in &reminder.keys {
            let kind = key.kind.as_str();
            let done = sqlx::query!(
                "INSERT INTO sent_reminder (kind, subject, occasion, sent_at) VALUES (?, ?, ?, ?)
                 ON CONFLICT DO NOTHING",
                kind,
                key.subject,
                key.occasion,
                now
            )
            .execute(&mut *tx)
            .await?;
            if done.rows_affected() == 0 {
                tx.rollback().await?;
                return Ok(false);
            }
        }
        tx.commit().await?;
        Ok(true)
    }

    /// Forgets a claim whose notification could not be shown, so it can be tried again.
    pub async fn release_reminder(&self, reminder: &Reminder) -> Result<()> {
        let mut tx = self.pool.begin().await?;
        for key in &reminder.keys {
            let kind = key.kind.as_str();
            sqlx::query!(
                "DELETE FROM sent_reminder WHERE kind = ? AND subject = ? AND occasion = ?",
                kind,
                key.subject,
                key.occasion
            )
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Forgets meeting, birthday and nudge reminders from before `day`: they can never be due again,
    /// unlike a check-in's, whose due date stays until she checks in.
    pub async fn forget_past_reminders(&self, day: NaiveDate) -> Result<u64> {
        let cutoff = day.format("%Y-%m-%d").to_string();
        let done = sqlx::query!(
            "DELETE FROM sent_reminder WHERE kind IN ('meeting', 'birthday', 'nudge') AND occasion < ?",
            cutoff
        )
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected())
    }
}
