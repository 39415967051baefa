//! A reminder round: reads what reminders depend on from every table, claims what is due in
//! `sent_reminder`, and hands it to the notifier.

use chrono::{DateTime, Days, TimeZone, Utc};

use super::Store;
use crate::error::Result;
use crate::reminders::{Notifier, Outlook, Reminder, Undelivered};
use crate::time::day_of;

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
            nudge: self.nudge_settings().await?,
            quiet_hours: self.quiet_hours().await?,
            sent: self.sent_reminders().await?,
            last_mood_day: self.last_mood_day().await?,
        })
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
                    // If even the release fails, the reminder is lost, never repeated; the
                    // rest of the round still goes out.
                    let undelivered = match self.release_reminder(&reminder).await {
                        Ok(()) => undelivered,
                        Err(error) => Undelivered(format!("{undelivered}; not retried: {error}")),
                    };
                    round.undelivered.push((reminder, undelivered));
                }
            }
        }
        let two_days_ago = day_of(now, tz) - Days::new(2);
        self.forget_past_reminders(two_days_ago).await?;
        Ok(round)
    }
}
