//! Her data: export to a file, import with a preview first, backups, and restore.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Local, Utc};
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Runtime, State};
use village_core::catalog::{Arg, Message, date, say, word};
use village_core::error::{Reason, io_reason};
use village_core::store::{BackupFile, BackupKind};
use village_core::transfer::{
    ExportFormat, IMPORT_MAX_BYTES, ImportFormat, ImportReport, Incoming, MoodMap,
};
use village_core::words;

use super::files::{Filter, not_the_database, open_path, save_path, write_file, zone_name};
use crate::state::PendingImport;
use crate::{AppState, CommandError};

/// Where a file was saved.
#[derive(Debug, Serialize)]
pub struct SavedDto {
    pub path: String,
    pub file_name: String,
}

impl SavedDto {
    fn of(path: &Path) -> SavedDto {
        SavedDto {
            path: path.display().to_string(),
            file_name: file_name(path),
        }
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Her data as a file where she picks; None when she cancels.
#[tauri::command]
pub async fn export_data<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    format: String,
) -> Result<Option<SavedDto>, CommandError> {
    let format = ExportFormat::parse(&format)?;
    let store = state.store()?;
    let now = state.clock.now();
    let language = crate::language::current();
    let text = store
        .export(format, now, &Local, &zone_name(), language)
        .await?;
    let (title, filter) = match format {
        ExportFormat::Json => (
            word(language, "dialog-export-json"),
            word(language, "dialog-filter-json"),
        ),
        ExportFormat::Csv => (
            word(language, "dialog-export-csv"),
            word(language, "dialog-filter-csv"),
        ),
        ExportFormat::Markdown => (
            word(language, "dialog-export-markdown"),
            word(language, "dialog-filter-markdown"),
        ),
        ExportFormat::Ics => (
            word(language, "dialog-export-ics"),
            word(language, "dialog-filter-ics"),
        ),
    };
    let suggested = format.file_name(now.with_timezone(&Local).date_naive());
    let filter = Filter {
        name: &filter,
        extensions: &[format.extension()],
    };
    let Some(path) = save_path(&app, &title, &suggested, filter).await? else {
        return Ok(None);
    };
    not_the_database(&state, &path)?;
    write_file(&path, text.as_bytes())?;
    Ok(Some(SavedDto::of(&path)))
}

#[derive(Debug, Serialize)]
pub struct ImportDto {
    pub file_name: String,
    /// One sentence: what it will add, or added.
    pub words: String,
    /// The first rows she will see before saying yes, titled in her language.
    pub first: Vec<PreviewRowDto>,
    /// Moods still waiting for a number; the import can't be applied until there are none.
    pub unmapped: Vec<String>,
    /// Records it adds or updates; with none, there is nothing to apply.
    pub changes: u64,
    #[serde(flatten)]
    pub report: ImportReport,
}

impl ImportDto {
    fn of(path: &Path, report: ImportReport) -> ImportDto {
        let unmapped = report
            .moods
            .iter()
            .filter(|m| m.mood.is_none())
            .map(|m| m.name.clone())
            .collect();
        let language = crate::language::current();
        ImportDto {
            file_name: file_name(path),
            words: report.words(language),
            first: report
                .first
                .iter()
                .map(|row| PreviewRowDto {
                    title: row.title(language),
                    detail: row.detail.clone(),
                })
                .collect(),
            unmapped,
            changes: report.added.total() + report.updated.total(),
            report,
        }
    }
}

/// One row of an import's preview.
#[derive(Debug, Serialize)]
pub struct PreviewRowDto {
    pub title: String,
    pub detail: String,
}

/// One of her mood names and the 1–5 she gave it.
#[derive(Debug, Deserialize)]
pub struct MoodChoice {
    pub name: String,
    pub mood: i64,
}

fn mood_map(choices: &[MoodChoice]) -> Result<MoodMap, CommandError> {
    let mut map = MoodMap::default();
    for choice in choices {
        map.set(&choice.name, choice.mood)?;
    }
    Ok(map)
}

/// Previews (or applies) the picked file, as it was read when she picked it.
async fn run_import(
    state: &AppState,
    pending: &PendingImport,
    moods: &[MoodChoice],
    apply: bool,
) -> Result<ImportDto, CommandError> {
    let now = state.clock.now();
    // Read again each time: what she is told about the file follows the language she reads.
    let incoming = Incoming::read(
        pending.format,
        &pending.bytes,
        &mood_map(moods)?,
        now,
        &Local,
        crate::language::current(),
    )?;
    let report = state.store()?.import(&incoming, apply, now, &Local).await?;
    if apply {
        state.reschedule_reminders();
    }
    Ok(ImportDto::of(&pending.path, report))
}

fn read_import(path: &Path) -> Result<Vec<u8>, CommandError> {
    let too_big = std::fs::metadata(path)
        .map(|m| m.len() > IMPORT_MAX_BYTES as u64)
        .unwrap_or(false);
    if too_big {
        return Err(CommandError::invalid(
            Message::new("error-file-too-large")
                .with("megabytes", IMPORT_MAX_BYTES / (1024 * 1024)),
        ));
    }
    std::fs::read(path).map_err(|error| {
        eprintln!("village: reading {}: {error}", path.display());
        CommandError::invalid(
            Reason::from(Message::new("error-file-unreadable").with("name", file_name(path)))
                .with_part("reason", io_reason(&error)),
        )
    })
}

/// She picks a file in the system dialog; it is read and previewed, and nothing changes yet.
/// None when she cancels.
#[tauri::command]
pub async fn choose_import<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    format: String,
) -> Result<Option<ImportDto>, CommandError> {
    let format = ImportFormat::parse(&format)?;
    let language = crate::language::current();
    let title = match format {
        ImportFormat::Json => word(language, "dialog-import-json"),
        ImportFormat::Daylio => word(language, "dialog-import-daylio"),
        ImportFormat::Vcard => word(language, "dialog-import-vcard"),
    };
    let filter_name = format.words().render(language);
    let filter = Filter {
        name: &filter_name,
        extensions: format.extensions(),
    };
    let Some(path) = open_path(&app, &title, filter).await? else {
        return Ok(None);
    };
    let bytes = std::sync::Arc::new(read_import(&path)?);
    let pending = PendingImport {
        path,
        format,
        bytes,
    };
    *state
        .pending_import
        .lock()
        .unwrap_or_else(|p| p.into_inner()) = Some(pending.clone());
    run_import(&state, &pending, &[], false).await.map(Some)
}

fn pending(state: &AppState) -> Result<PendingImport, CommandError> {
    state
        .pending_import
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .clone()
        .ok_or_else(|| CommandError::invalid(Message::new("error-import-no-file")))
}

/// The picked file previewed again, with the moods she has given numbers to.
#[tauri::command]
pub async fn preview_import(
    state: State<'_, AppState>,
    moods: Vec<MoodChoice>,
) -> Result<ImportDto, CommandError> {
    run_import(&state, &pending(&state)?, &moods, false).await
}

/// Applies the picked file in one transaction, all or nothing.
#[tauri::command]
pub async fn apply_import(
    state: State<'_, AppState>,
    moods: Vec<MoodChoice>,
) -> Result<ImportDto, CommandError> {
    let pending = pending(&state)?;
    let done = run_import(&state, &pending, &moods, true).await?;
    *state
        .pending_import
        .lock()
        .unwrap_or_else(|p| p.into_inner()) = None;
    Ok(done)
}

#[derive(Debug, Serialize)]
pub struct BackupDto {
    pub name: String,
    pub bytes: u64,
    pub modified: Option<DateTime<Utc>>,
    /// "Daily backup, Saturday, November 21, 2026, 9:30 AM", or "Kept before a restore, …".
    pub words: String,
}

impl From<BackupFile> for BackupDto {
    fn from(file: BackupFile) -> Self {
        let language = crate::language::current();
        let when = file.modified.map_or_else(
            || word(language, "backup-when-unknown"),
            |at| {
                let at = at.with_timezone(&Local).naive_local();
                say(
                    language,
                    "backup-when",
                    &[
                        ("date", date(language, "date-long", at.date()).into()),
                        ("time", words::time(language, at.time()).into()),
                    ],
                )
            },
        );
        let when: Arg = when.into();
        let words = match file.kind {
            BackupKind::Daily => say(language, "backup-daily", &[("when", when)]),
            BackupKind::BeforeUpdate => say(language, "backup-before-update", &[("when", when)]),
            BackupKind::BeforeRestore => say(language, "backup-before-restore", &[("when", when)]),
            BackupKind::Other => say(language, "backup-other", &[("when", when)]),
        };
        BackupDto {
            name: file.name,
            bytes: file.bytes,
            modified: file.modified,
            words,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct BackupsDto {
    /// The folder they are in, to show her.
    pub folder: String,
    pub files: Vec<BackupDto>,
    /// Why today's automatic backup was not made, when it wasn't (a nearly full disk).
    pub skipped: Option<String>,
}

#[tauri::command]
pub async fn list_backups(state: State<'_, AppState>) -> Result<BackupsDto, CommandError> {
    let store = state.store()?;
    Ok(BackupsDto {
        folder: store.backup_folder().display().to_string(),
        files: store.backups()?.into_iter().map(BackupDto::from).collect(),
        skipped: state
            .session
            .backup_skipped()
            .map(|told| told.render(crate::language::current())),
    })
}

/// A checked copy of everything, where she picks; None when she cancels.
#[tauri::command]
pub async fn backup_now<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<Option<SavedDto>, CommandError> {
    let store = state.store()?;
    let today = state.clock.now().with_timezone(&Local).date_naive();
    let language = crate::language::current();
    let filter_name = word(language, "dialog-filter-backup");
    let filter = Filter {
        name: &filter_name,
        extensions: &["db"],
    };
    let suggested = format!("village-backup-{today}.db");
    let title = word(language, "dialog-backup");
    let Some(path) = save_path(&app, &title, &suggested, filter).await? else {
        return Ok(None);
    };
    not_the_database(&state, &path)?;
    store.backup_to(&path).await?;
    Ok(Some(SavedDto::of(&path)))
}

#[derive(Debug, Serialize)]
pub struct RestoredDto {
    pub file_name: String,
    /// Where what she had before is kept.
    pub kept: String,
}

/// Replaces everything with a backup: one from the list (by name), or a file she picks.
/// The file is checked before anything is replaced; None when she cancels the dialog.
#[tauri::command]
pub async fn restore_backup<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    name: Option<String>,
) -> Result<Option<RestoredDto>, CommandError> {
    let source: PathBuf = match name {
        // Only a name the list showed: never a path of the window's choosing.
        Some(name) => state
            .store()?
            .backups()?
            .into_iter()
            .find(|b| b.name == name)
            .map(|b| b.path)
            .ok_or_else(|| CommandError::invalid(Message::new("error-backup-gone")))?,
        None => {
            let language = crate::language::current();
            let filter_name = word(language, "dialog-filter-backup");
            let filter = Filter {
                name: &filter_name,
                extensions: &["db"],
            };
            let title = word(language, "dialog-restore");
            match open_path(&app, &title, filter).await? {
                Some(path) => path,
                None => return Ok(None),
            }
        }
    };
    let now = state.clock.now();
    // Every other command waits until the new store is in place (or the old one is back).
    let (store, _restoring) = state
        .session
        .begin_swap(village_core::session::Swap::Restore)?;
    let key = store.key();
    match store.restore_from(&source, now).await {
        Ok((store, kept)) => {
            state.session.replace(Ok(store));
            state.reschedule_reminders();
            Ok(Some(RestoredDto {
                file_name: file_name(&source),
                kept: kept.display().to_string(),
            }))
        }
        Err(error) => {
            // A refused file changes nothing, but the old store's connections may be closed:
            // open whatever is in place again.
            state.session.reopen(key).await;
            Err(error.into())
        }
    }
}
