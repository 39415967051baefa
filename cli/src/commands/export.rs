//! `export`: her data as a file, to stdout or to `--out`.

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::{DateTime, Local, Utc};
use village_core::catalog::{Arg, say};
use village_core::transfer::ExportFormat;

use crate::database;
use crate::database::Database;
use crate::failure::{Failure, language};
use crate::output;
use crate::zone;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// json (everything, and what `import` reads back), csv or markdown (the journal), ics (groups).
    #[arg(long, default_value = "json", value_parser = parse_format)]
    format: ExportFormat,

    /// Write to FILE instead of stdout; it appears only once it is whole.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

/// Core's own list of formats and its sentence for a wrong one.
fn parse_format(text: &str) -> Result<ExportFormat, String> {
    ExportFormat::parse(text).map_err(|e| e.public_message(language()))
}

pub async fn run(db: &Database, args: &Args, now: DateTime<Utc>) -> Result<ExitCode, Failure> {
    let store = db.open_existing().await?;
    let text = store
        .export(args.format, now, &Local, &zone::tzid(), language())
        .await?;
    store.close().await;
    match &args.out {
        None => output::print(&text)?,
        Some(target) => {
            database::refuse_overwriting(db, target)?;
            output::write_whole(target, text.as_bytes())?;
            output::warn(&exported(args.format, target));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// "Exported the journal as CSV to notes.csv."
fn exported(format: ExportFormat, target: &std::path::Path) -> String {
    let language = language();
    let path: Arg = target.display().to_string().into();
    match format {
        ExportFormat::Json => say(language, "cli-exported-json", &[("path", path)]),
        ExportFormat::Csv => say(language, "cli-exported-csv", &[("path", path)]),
        ExportFormat::Markdown => say(language, "cli-exported-markdown", &[("path", path)]),
        ExportFormat::Ics => say(language, "cli-exported-ics", &[("path", path)]),
    }
}
