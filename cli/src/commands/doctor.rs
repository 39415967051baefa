//! `doctor`: is the database whole, is it Village's, is its schema current, what does it hold.

use std::process::ExitCode;

use village_core::Store;
use village_core::store::check_file;

use crate::database;
use crate::database::Database;
use crate::failure::Failure;
use crate::output;

pub async fn run(db: &Database) -> Result<ExitCode, Failure> {
    output::line(&format!("Database: {}", db.display()))?;
    database::require(db)?;
    // A read-only look first: a damaged file, someone else's database or one from a newer
    // Village is reported without being opened for writing, let alone migrated.
    let file = check_file(db, false, db.key.as_deref()).await?;
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
