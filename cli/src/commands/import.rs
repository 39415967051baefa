//! `import`: a Village export, a Daylio CSV or a vCard file, previewed or applied in one go.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::{DateTime, Local, Utc};
use village_core::Error;
use village_core::journal::mood_word;
use village_core::transfer::{
    IMPORT_MAX_BYTES, ImportFormat, ImportReport, Incoming, MoodMap, MoodName,
};

use crate::database::Database;
use crate::failure::Failure;
use crate::output;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// json (a Village export), daylio (Daylio's CSV export) or vcard (contacts). Without it,
    /// the file's extension says: .json, .csv, .vcf.
    #[arg(long, value_parser = parse_format)]
    format: Option<ImportFormat>,

    /// What Daylio mood names mean on Village's 1 to 5 scale, such as rad=5,good=4,sleepy=3.
    /// Daylio's own five (rad, good, meh, bad, awful) are known already.
    #[arg(long, value_name = "NAME=N,...")]
    mood_map: Vec<String>,

    /// Show what the import would add, and change nothing.
    #[arg(long)]
    dry_run: bool,

    /// The file to import.
    file: PathBuf,
}

fn parse_format(text: &str) -> Result<ImportFormat, String> {
    ImportFormat::parse(text).map_err(|e| e.public_message())
}

pub async fn run(db: &Database, args: &Args, now: DateTime<Utc>) -> Result<ExitCode, Failure> {
    let format = match args.format {
        Some(format) => format,
        None => from_extension(&args.file)?,
    };
    // The flag may be given more than once; core reads one list.
    let moods = MoodMap::parse(&args.mood_map.join(","))?;
    let bytes = read(&args.file)?;
    let incoming =
        Incoming::read(format, &bytes, &moods, now, &Local).map_err(|error| Failure::File {
            path: args.file.clone(),
            error,
        })?;

    let store = db.open().await?;
    let result = store.import(&incoming, !args.dry_run, now, &Local).await;
    store.close().await;
    let report = match result {
        Ok(report) => report,
        Err(Error::Invalid {
            field: "mood_map",
            reason,
        }) => {
            show_moods(&incoming.moods)?;
            return Err(Failure::UnmappedMoods(reason, example(&incoming)));
        }
        Err(error) => return Err(error.into()),
    };
    show(&report, &incoming)?;
    Ok(ExitCode::SUCCESS)
}

fn from_extension(file: &Path) -> Result<ImportFormat, Failure> {
    let extension = file
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    ImportFormat::ALL
        .into_iter()
        .find(|f| f.extensions().contains(&extension.as_str()))
        .ok_or_else(|| Failure::UnknownFormat(file.to_path_buf()))
}

/// Reads no more than core accepts plus one byte, so a huge file is refused by core's own
/// sentence without first filling memory.
fn read(file: &Path) -> Result<Vec<u8>, Failure> {
    let opened = std::fs::File::open(file).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => Failure::NoFile(file.to_path_buf()),
        _ => Failure::Unreadable {
            path: file.to_path_buf(),
            reason: e.to_string(),
        },
    })?;
    let limit = u64::try_from(IMPORT_MAX_BYTES)
        .unwrap_or(u64::MAX)
        .saturating_add(1);
    let mut bytes = Vec::new();
    opened
        .take(limit)
        .read_to_end(&mut bytes)
        .map_err(|e| Failure::Unreadable {
            path: file.to_path_buf(),
            reason: e.to_string(),
        })?;
    Ok(bytes)
}

fn show(report: &ImportReport, incoming: &Incoming) -> Result<(), Failure> {
    output::line(&report.words())?;
    for notice in &report.notices {
        output::line(notice)?;
    }
    show_moods(&report.moods)?;
    if !report.skipped.is_empty() {
        output::line("Left out, as they could not be read:")?;
        for skipped in &report.skipped {
            output::line(&format!("  - {skipped}"))?;
        }
    }
    if !report.applied {
        if !report.first.is_empty() {
            output::line("First entries:")?;
            for row in &report.first {
                let detail = if row.detail.is_empty() {
                    String::new()
                } else {
                    format!(" \u{b7} {}", row.detail)
                };
                output::line(&format!("  {}{detail}", row.title))?;
            }
        }
        if !incoming.unmapped_moods().is_empty() {
            output::line(&format!(
                "Entries whose mood has no number are left out; pass --mood-map {}, with each N from 1 (very hard) to 5 (great).",
                example(incoming)
            ))?;
        }
        output::line("Nothing was changed (--dry-run).")?;
    }
    Ok(())
}

/// The Daylio mood names in the file, how many entries each has, and the number each means.
fn show_moods(moods: &[MoodName]) -> Result<(), Failure> {
    if moods.is_empty() {
        return Ok(());
    }
    output::line("Moods in this file:")?;
    for mood in moods {
        let entries = if mood.entries == 1 {
            "1 entry".to_owned()
        } else {
            format!("{} entries", mood.entries)
        };
        let means = match mood.mood {
            Some(n) => format!("{n} ({})", mood_word(n)),
            None => "no number yet".to_owned(),
        };
        output::line(&format!("  {} ({entries}) \u{2192} {means}", mood.name))?;
    }
    Ok(())
}

/// `--mood-map` as she would type it for the moods still without a number; N is hers to choose.
fn example(incoming: &Incoming) -> String {
    let pairs: Vec<String> = incoming
        .unmapped_moods()
        .iter()
        .map(|name| format!("{name}=N"))
        .collect();
    let joined = pairs.join(",");
    // A name with a space or a quote needs quoting in the shell.
    if joined
        .chars()
        .all(|c| c.is_alphanumeric() || matches!(c, '=' | ',' | '-' | '_'))
    {
        joined
    } else {
        format!("'{}'", joined.replace('\'', r"'\''"))
    }
}
