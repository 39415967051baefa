//! The `sent_reminder` table: every reminder shown, so each is shown once; and the round that
//! reads what reminders depend on, claims what is due and hands it to the notifier.

use std::collections::HashSet;

use chrono::{DateTime, TimeZone, Utc};

use super::{Store, whole_seconds};
use crate::error::Result;
use crate::reminders::{Notifier, Outlook, Reminder, ReminderKey, ReminderKind, Undelivered};

/// What one round did, and when the next one is worth running.
#[derive(Debug, Default)]
pub struct ReminderRound {
    pub sent: Vec<Reminder>,
    /// Reminders the device would not show; they were released, so a later round retries.
    pub undelivered: Vec<(Reminder, Undelivered)>,
    pub next_wake: Option<DateTime<Utc>>,
}

impl Store {
    /// People, groups, settings and the keys already sent, as `Outlook` takes them.
    pub async fn reminder_outlook(&self) -> Result<Outlook> {
        Ok(Outlook {
            people: self.circle_members().await?,
            groups: self.groups(false).await?,
            settings: self.reminder_settings().await?,
            quiet_hours: self.quiet_hours().await?,
            sent: self.sent_reminders().await?,
        })
    }

    async fn sent_reminders(&self) -> Result<HashSet<ReminderKey>> {
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

    /// One round: what is due at `now`, each claimed before it is shown. A crash between the
    /// claim and the notification loses that one reminder rather than ever repeating it.
    pub async fn send_due_reminders<Tz: TimeZone>(
        &self,
        notifier: &dyn Notifier,
        now: DateTime<Utc>,
        tz: &Tz,
    ) -> Result<ReminderRound> {
        let outlook = self.reminder_outlook().await?;
        let mut round = ReminderRound {
            next_wake: outlook.next_wake(now, tz),
            ..ReminderRound::default()
        };
        for reminder in outlook.due_reminders(now, tz) {
            if !self.claim_reminder(&reminder, now).await? {
                continue;
            }
            match notifier.notify(&reminder) {
                Ok(()) => round.sent.push(reminder),
                Err(undelivered) => {
                    self.release_reminder(&reminder).await?;
                    round.undelivered.push((reminder, undelivered));
                }
            }
        }
        Ok(round)
    }
}
