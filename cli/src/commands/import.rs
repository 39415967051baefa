//! `import`: a Village export, a Daylio CSV or a vCard file, previewed or applied in one go.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::{DateTime, Local, Utc};
use village_core::Error;
use village_core::catalog::{say, word};
use village_core::journal::mood_word;
use village_core::transfer::{
    IMPORT_MAX_BYTES, ImportFormat, ImportReport, Incoming, MoodMap, MoodName,
};

use crate::database::Database;
use crate::failure::{Failure, language};
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
    ImportFormat::parse(text).map_err(|e| e.public_message(language()))
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
        Incoming::read(format, &bytes, &moods, now, &Local, language()).map_err(|error| {
            Failure::File {
                path: args.file.clone(),
                error,
            }
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
        _ => Failure::unreadable(file, &e),
    })?;
    let limit = u64::try_from(IMPORT_MAX_BYTES)
        .unwrap_or(u64::MAX)
        .saturating_add(1);
    let mut bytes = Vec::new();
    opened
        .take(limit)
        .read_to_end(&mut bytes)
        .map_err(|e| Failure::unreadable(file, &e))?;
    Ok(bytes)
}

fn show(report: &ImportReport, incoming: &Incoming) -> Result<(), Failure> {
    let language = language();
    output::line(&report.words(language))?;
    for notice in &report.notices {
        output::line(notice)?;
    }
    show_moods(&report.moods)?;
    if !report.skipped.is_empty() {
        output::line(&word(language, "cli-import-skipped-heading"))?;
        for skipped in &report.skipped {
            output::line(&format!("  - {skipped}"))?;
        }
    }
    if !report.applied {
        if !report.first.is_empty() {
            output::line(&word(language, "cli-import-first-heading"))?;
            for row in &report.first {
                let title = row.title(language);
                let line = if row.detail.is_empty() {
                    title
                } else {
                    say(
                        language,
                        "cli-import-row",
                        &[
                            ("title", title.into()),
                            ("detail", row.detail.as_str().into()),
                        ],
                    )
                };
                output::line(&format!("  {line}"))?;
            }
        }
        if !incoming.unmapped_moods().is_empty() {
            output::line(&say(
                language,
                "cli-import-unmapped",
                &[("example", example(incoming).into())],
            ))?;
        }
        output::line(&word(language, "cli-import-dry-run"))?;
    }
    Ok(())
}

/// The Daylio mood names in the file, how many entries each has, and the number each means.
fn show_moods(moods: &[MoodName]) -> Result<(), Failure> {
    if moods.is_empty() {
        return Ok(());
    }
    let language = language();
    output::line(&word(language, "cli-import-moods-heading"))?;
    for mood in moods {
        let means = match mood.mood {
            Some(n) => say(
                language,
                "cli-import-mood-means",
                &[
                    ("number", n.into()),
                    ("word", mood_word(n).render(language).into()),
                ],
            ),
            None => word(language, "cli-import-mood-no-number"),
        };
        let line = say(
            language,
            "cli-import-mood",
            &[
                ("name", mood.name.as_str().into()),
                ("entries", mood.entries.into()),
                ("means", means.into()),
            ],
        );
        output::line(&format!("  {line}"))?;
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
