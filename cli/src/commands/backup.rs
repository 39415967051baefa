//! `backup` and `restore`: a checked copy of the whole database, and putting one back.

use std::path::Path;
use std::process::ExitCode;

use chrono::{DateTime, Utc};
use village_core::catalog::say;
use village_core::store::check_file;

use super::holds;
use crate::database;
use crate::database::Database;
use crate::failure::Failure;
use crate::{language, output};

pub async fn backup(db: &Database, target: &Path) -> Result<ExitCode, Failure> {
    database::refuse_overwriting(db, target)?;
    let store = db.open_existing().await?;
    let check = store.backup_to(target).await;
    store.close().await;
    let check = check?;
    output::line(&say(
        language::current(),
        "cli-backed-up",
        &[
            ("holds", holds(&check).into()),
            ("path", target.display().to_string().into()),
            ("version", check.schema_version.into()),
        ],
    ))?;
    Ok(ExitCode::SUCCESS)
}

pub async fn restore(
    db: &Database,
    source: &Path,
    now: DateTime<Utc>,
) -> Result<ExitCode, Failure> {
    // Core checks the file again, thoroughly, before it replaces anything; this quick look
    // first means a bad file is refused before the database is even opened (or created).
    // Core's sentences name the file at fault, so they are passed on as they are.
    let incoming = check_file(source, false, db.key.as_deref()).await?;
    let store = db.open().await?;
    let (store, kept) = store.restore_from(source, now).await?;
    store.close().await;
    let language = language::current();
    output::line(&say(
        language,
        "cli-restored",
        &[
            ("holds", holds(&incoming).into()),
            ("path", source.display().to_string().into()),
        ],
    ))?;
    output::line(&say(
        language,
        "cli-restore-kept",
        &[("path", kept.display().to_string().into())],
    ))?;
    Ok(ExitCode::SUCCESS)
}
