//! Her whole store read as a `Snapshot` (the export), and a `Snapshot` applied to it in one
//! transaction (every import), merged by id so nothing is ever doubled.

use chrono::{DateTime, TimeZone, Utc};

use super::merge::Tally;
use super::{
    Store, check_in, group, mood_note, person, ready_message, safety_plan, self_check, settings,
    tag, whole_seconds,
};
use crate::catalog::Language;
use crate::catalog::Message;
use crate::error::{Error, Reason, Result};
use crate::time::day_of;
use crate::transfer::{
    ExportFormat, ImportReport, Incoming, Snapshot, journal_csv, journal_markdown,
};

impl Store {
    /// Everything she has, as the export file holds it. Notes deleted within the undo grace
    /// are left out: they are on their way out.
    pub async fn snapshot(&self, now: DateTime<Utc>) -> Result<Snapshot> {
        // One read transaction: every list from the same moment, so the references agree.
        let mut conn = self.pool.begin().await?;
        let people = person::records(&mut conn).await?;
        let check_ins = check_in::records(&mut conn).await?;
        let mood_notes = mood_note::records(&mut conn).await?;
        let tags = tag::records(&mut conn).await?;
        let groups = group::records(&mut conn).await?;
        let self_checks = self_check::records(&mut conn).await?;
        let safety_plan = safety_plan::records(&mut conn).await?;
        let ready_messages = ready_message::records(&mut conn).await?;
        let settings = settings::records(&mut conn).await?;

        conn.commit().await?;
        Ok(Snapshot {
            people,
            check_ins,
            mood_notes,
            tags,
            groups,
            self_checks,
            safety_plan,
            ready_messages,
            settings,
            ..Snapshot::empty(whole_seconds(now))
        })
    }

    /// Her data as a file in `format`. `tzid` names her zone for the calendar. The files she
    /// reads (the Markdown journal, the calendar) are worded in `language`; the data files
    /// (JSON, CSV) keep the same fields whatever her language, so programs can read them.
    pub async fn export<Tz: TimeZone>(
        &self,
        format: ExportFormat,
        now: DateTime<Utc>,
        tz: &Tz,
        tzid: &str,
        language: Language,
    ) -> Result<String> {
        Ok(match format {
            ExportFormat::Json => self.snapshot(now).await?.to_json(),
            ExportFormat::Csv => journal_csv(&self.snapshot(now).await?.mood_notes, tz),
            ExportFormat::Markdown => {
                journal_markdown(&self.snapshot(now).await?.mood_notes, tz, language)
            }
            ExportFormat::Ics => self.calendar(None, now, tz, tzid, language).await?,
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
            let names = unmapped
                .iter()
                .map(|n| {
                    Message::new("error-quoted")
                        .with("text", n.to_string())
                        .into()
                })
                .collect();
            return Err(Error::invalid(
                "mood_map",
                Reason::from(Message::new("error-moods-unmapped")).with_list("names", names),
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
            let result = tag::import(&mut tx, format, tag).await?;
            tally.count(result, |c| &mut c.tags);
        }
        for (i, person) in snapshot.people.iter().enumerate() {
            let result = person::import(&mut tx, format, person)
                .await
                .map_err(|e| refused("people", i, e))?;
            tally.count(result, |c| &mut c.people);
        }
        for (i, group) in snapshot.groups.iter().enumerate() {
            let result = group::import(&mut tx, format, group, today)
                .await
                .map_err(|e| refused("groups", i, e))?;
            tally.count(result, |c| &mut c.groups);
        }
        mood_note::import(&mut tx, format, &snapshot.mood_notes, now, &mut tally).await?;
        for (i, check_in) in snapshot.check_ins.iter().enumerate() {
            let result = check_in::import(&mut tx, format, check_in)
                .await
                .map_err(|e| refused("check_ins", i, e))?;
            tally.count(result, |c| &mut c.check_ins);
        }
        for (i, check) in snapshot.self_checks.iter().enumerate() {
            let result = self_check::import(&mut tx, format, check)
                .await
                .map_err(|e| refused("self_checks", i, e))?;
            tally.count(result, |c| &mut c.self_checks);
        }
        for (i, step) in snapshot.safety_plan.iter().enumerate() {
            let result = safety_plan::import(&mut tx, format, step)
                .await
                .map_err(|e| refused("safety_plan", i, e))?;
            tally.count(result, |c| &mut c.safety_plan_steps);
        }
        for (i, message) in snapshot.ready_messages.iter().enumerate() {
            let result = ready_message::import(&mut tx, format, message)
                .await
                .map_err(|e| refused("ready_messages", i, e))?;
            tally.count(result, |c| &mut c.ready_messages);
        }
        for (key, value) in &snapshot.settings {
            if let Some(result) = settings::import(&mut tx, key, value, now, today).await? {
                tally.count(result, |c| &mut c.settings);
            }
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
            Reason::from(
                Message::new("error-in-record")
                    .with("list", list)
                    .with("number", index + 1),
            )
            .with_part("reason", "error-record-dangling"),
        )
    } else {
        error
    }
}
