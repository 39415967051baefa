//! village-cli: Village's own data from a terminal — export, import, backup, restore, a health
//! check, Today, and a quick mood note — through the same store the app uses.

mod commands;
mod database;
mod failure;
mod help;
mod language;
mod output;
mod zone;

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::Utc;
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use village_core::catalog::Language;

use crate::commands::{export, import, note, seed};
use crate::failure::Failure;

/// Village from a terminal: the same data as the app, on this device only.
#[derive(Debug, Parser)]
#[command(name = "village-cli", version, about, long_about = None)]
struct Cli {
    /// The Village database to use; VILLAGE_DB says the same. Without either, the app's own:
    /// $VILLAGE_DATA_DIR/village.db, or village.db in the app's data folder.
    // VILLAGE_DB is read in `database::locate`, not by clap, so an empty one counts as unset.
    #[arg(long, global = true, value_name = "PATH")]
    db: Option<PathBuf>,

    /// For an encrypted database: a file whose first line is the passphrase. Without it, the
    /// passphrase is asked at the terminal. It is never taken as an argument.
    #[arg(long, global = true, value_name = "FILE")]
    passphrase_file: Option<PathBuf>,

    /// The language to write in: en or es. Without it, the system's (LANG), else English.
    // Read before clap parses (`language::choose`), so the help is in it too; named here so
    // clap accepts it and lists it.
    #[arg(long, global = true, value_name = "en|es", value_parser = language::parse)]
    #[allow(dead_code, reason = "read before clap parses, by language::choose")]
    lang: Option<Language>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Write everything out as a file: json (all of it), csv or markdown (the journal), ics (groups).
    Export(export::Args),
    /// Bring in a Village export, a Daylio CSV export, or contacts from a vCard file.
    Import(import::Args),
    /// Save a checked copy of the whole database to FILE.
    Backup {
        /// Where the copy goes; a file already there is replaced only once the copy is whole.
        file: PathBuf,
    },
    /// Replace the database with a backup, after checking the backup is whole and Village's.
    Restore {
        /// A backup made by `village-cli backup` or by the app.
        file: PathBuf,
    },
    /// Check the database: integrity, schema version, and how much it holds; for one that will
    /// not open, the backups beside it that would.
    Doctor,
    /// Open a journal that will not open from one of its backups (by the name `doctor` lists);
    /// the file that would not open is kept in the backups folder.
    Recover {
        /// A backup's file name in the backups folder, as `doctor` lists it.
        name: String,
    },
    /// Who might love a hello, the next group meeting, and the connection pulse.
    Today {
        /// One JSON object instead of sentences, for scripts.
        #[arg(long)]
        json: bool,
    },
    /// Write a mood note: `village-cli note --mood 4 --tag walk A slow morning, then the park`.
    Note(note::Args),
    /// Fill an empty database with generated data: --profile five-years or heavy, [--seed N].
    Seed(seed::Args),
}

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    language::choose(&args);
    let command = help::translated(Cli::command(), language::current());
    let parsed = command
        .try_get_matches_from(&args)
        .and_then(|matches| Cli::from_arg_matches(&matches));
    let cli = match parsed {
        Ok(cli) => cli,
        // --help and --version arrive here too, with exit code 0.
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
        }
    };
    // One small runtime: the CLI does one thing and leaves, and sqlx's SQLite work runs on
    // its own threads anyway.
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => return fail(&Failure::Runtime(e.to_string())),
    };
    match runtime.block_on(run(cli)) {
        Ok(code) => code,
        Err(failure) => fail(&failure),
    }
}

/// The CLI is the edge of the program: the one place that reads the clock and her zone,
/// once, and hands them to core.
async fn run(cli: Cli) -> Result<ExitCode, Failure> {
    let now = Utc::now();
    let db = database::Database::at(database::locate(cli.db)?, cli.passphrase_file.as_deref())?;
    match cli.command {
        Command::Export(args) => export::run(&db, &args, now).await,
        Command::Import(args) => import::run(&db, &args, now).await,
        Command::Backup { file } => commands::backup::backup(&db, &file).await,
        Command::Restore { file } => commands::backup::restore(&db, &file, now).await,
        Command::Doctor => commands::doctor::run(&db, now).await,
        Command::Recover { name } => commands::doctor::recover(&db, &name, now).await,
        Command::Today { json } => commands::today::run(&db, json, now).await,
        Command::Note(args) => note::run(&db, &args, now).await,
        Command::Seed(args) => seed::run(&db, &args, now).await,
    }
}

fn fail(failure: &Failure) -> ExitCode {
    output::warn(&failure.to_string());
    ExitCode::FAILURE
}
