//! `doctor`: is the database whole, is it Village's, is its schema current, what does it hold;
//! and `recover`: a journal that will not open, opened from a backup, in the app's own words.

use std::process::ExitCode;

use chrono::{DateTime, Utc};
use village_core::catalog::{say, word};
use village_core::session::Session;
use village_core::store::check_file;
use village_core::{Error, Store};

use crate::database;
use crate::database::Database;
use crate::failure::{Failure, language};
use crate::output;

pub async fn run(db: &Database, now: DateTime<Utc>) -> Result<ExitCode, Failure> {
    let language = language();
    output::line(&say(
        language,
        "cli-doctor-database",
        &[("path", db.display().to_string().into())],
    ))?;
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

    output::line(&word(language, "cli-doctor-integrity-ok"))?;
    if check.schema_version == latest {
        output::line(&say(
            language,
            "cli-doctor-schema-current",
            &[("version", check.schema_version.into())],
        ))?;
    } else {
        output::line(&say(
            language,
            "cli-doctor-schema-older",
            &[
                ("version", check.schema_version.into()),
                ("latest", latest.into()),
            ],
        ))?;
    }
    output::line(&say(
        language,
        "cli-doctor-people",
        &[("count", check.people.into())],
    ))?;
    output::line(&say(
        language,
        "cli-doctor-mood-notes",
        &[("count", check.mood_notes.into())],
    ))?;
    output::line(&say(
        language,
        "cli-doctor-groups",
        &[("count", check.groups.into())],
    ))?;
    Ok(ExitCode::SUCCESS)
}

/// The same words and the same backups the app's recovery page shows.
async fn offer_backups(
    db: &Database,
    error: &Error,
    now: DateTime<Utc>,
) -> Result<ExitCode, Failure> {
    output::warn(&error.public_message(language()));
    let session = Session::open(&db.path, now).await;
    let good = session.good_backups().await;
    let language = language();
    if good.is_empty() {
        output::line(&word(language, "cli-doctor-no-backup"))?;
    } else {
        output::line(&word(language, "cli-doctor-backups-heading"))?;
        for backup in &good {
            let line = say(
                language,
                "cli-doctor-backup",
                &[
                    ("name", backup.file.name.as_str().into()),
                    ("notes", backup.holds.mood_notes.into()),
                    ("people", backup.holds.people.into()),
                    ("groups", backup.holds.groups.into()),
                ],
            );
            output::line(&format!("  {line}"))?;
        }
        output::line(&say(
            language,
            "cli-doctor-recover-hint",
            &[("name", good[0].file.name.as_str().into())],
        ))?;
    }
    Ok(ExitCode::FAILURE)
}

pub async fn recover(db: &Database, name: &str, now: DateTime<Utc>) -> Result<ExitCode, Failure> {
    database::require(db)?;
    let session = Session::open(&db.path, now).await;
    let recovered = session.recover(name, now).await?;
    output::line(&say(
        language(),
        "cli-recovered",
        &[
            ("backup", recovered.from.as_str().into()),
            ("path", recovered.set_aside.display().to_string().into()),
        ],
    ))?;
    if let Ok(store) = session.store() {
        store.close().await;
    }
    Ok(ExitCode::SUCCESS)
}
