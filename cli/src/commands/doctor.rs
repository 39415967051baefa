//! `doctor`: is the database whole, is it Village's, is its schema current, what does it hold;
//! and `recover`: a journal that will not open, opened from a backup, in the app's own words.

use std::process::ExitCode;

use chrono::{DateTime, Utc};
use village_core::session::Session;
use village_core::store::check_file;
use village_core::{Error, Store};

use crate::database;
use crate::database::Database;
use crate::failure::Failure;
use crate::output;

pub async fn run(db: &Database, now: DateTime<Utc>) -> Result<ExitCode, Failure> {
    output::line(&format!("Database: {}", db.display()))?;
    database::require(db)?;
    // A read-only look first: a damaged file, someone else's database or one from a newer
    // Village is reported without being opened for writing, let alone migrated.
    let file = match check_file(db, false, db.key.as_deref()).await {
        Ok(file) => file,
        Err(error @ (Error::Corrupt { .. } | Error::TooNew { .. })) if db.key.is_none() => {
            return offer_backups(db, &error, now).await;
        }
        Err(error) => return Err(error.into()),
    };
    let latest = Store::latest_schema_version();
    let check = if file.schema_version == latest {
        // Opening adds nothing to a current file, and sees notes still in the write-ahead
        // log that a read-only look would miss.
        let store = db.open().await?;
        let check = store.check().await;
        store.close().await;
        check
    } else {
        // An older file stays as it is: the app upgrades it, keeping a copy first.
        check_file(db, true, db.key.as_deref()).await
    }?;

    output::line("Integrity: ok")?;
    if check.schema_version == latest {
        output::line(&format!(
            "Schema: version {}, current",
            check.schema_version
        ))?;
    } else {
        output::line(&format!(
            "Schema: version {}, older than this Village's {latest}; Village upgrades it the next time it opens it, keeping a copy first",
            check.schema_version
        ))?;
    }
    output::line(&format!("People: {}", check.people))?;
    output::line(&format!("Mood notes: {}", check.mood_notes))?;
    output::line(&format!("Groups: {}", check.groups))?;
    Ok(ExitCode::SUCCESS)
}

/// The same words and the same backups the app's recovery page shows.
async fn offer_backups(
    db: &Database,
    error: &Error,
    now: DateTime<Utc>,
) -> Result<ExitCode, Failure> {
    output::warn(&error.public_message());
    let session = Session::open(&db.path, now).await;
    let good = session.good_backups().await;
    if good.is_empty() {
        output::line(
            "There's no backup beside it that opens whole, so Village has left everything as it is.",
        )?;
    } else {
        output::line("Backups that open whole, newest first:")?;
        for backup in &good {
            output::line(&format!(
                "  {}: {} notes, {} people, {} groups",
                backup.file.name, backup.holds.mood_notes, backup.holds.people, backup.holds.groups
            ))?;
        }
        output::line(&format!(
            "`village-cli recover {}` opens your journal from the newest; the file that didn't open is kept, as it is, in the backups folder.",
            good[0].file.name
        ))?;
    }
    Ok(ExitCode::FAILURE)
}

pub async fn recover(db: &Database, name: &str, now: DateTime<Utc>) -> Result<ExitCode, Failure> {
    database::require(db)?;
    let session = Session::open(&db.path, now).await;
    let recovered = session.recover(name, now).await?;
    output::line(&format!(
        "Your journal is open again, from the backup \u{201c}{}\u{201d}. The file that didn't open is kept, untouched, at {}.",
        recovered.from,
        recovered.set_aside.display()
    ))?;
    if let Ok(store) = session.store() {
        store.close().await;
    }
    Ok(ExitCode::SUCCESS)
}
