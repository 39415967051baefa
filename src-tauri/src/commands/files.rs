//! Files she picks in the system's own dialogs, and files written so a failure leaves none
//! half-made. The window never names a path: it cannot read or write anywhere by itself.

use std::path::{Path, PathBuf};

use tauri::{AppHandle, Runtime};
use tauri_plugin_dialog::{DialogExt, FilePath};
use village_core::catalog::Message;
use village_core::error::{Reason, io_reason};

use crate::{AppState, CommandError};

/// A filter in a file dialog: what it is called and the extensions it shows.
pub struct Filter<'a> {
    pub name: &'a str,
    pub extensions: &'a [&'a str],
}

/// Where she chose to save, or None when she cancelled.
pub async fn save_path<R: Runtime>(
    app: &AppHandle<R>,
    title: &str,
    file_name: &str,
    filter: Filter<'_>,
) -> Result<Option<PathBuf>, CommandError> {
    let (sender, receiver) = tokio::sync::oneshot::channel();
    app.dialog()
        .file()
        .set_title(title)
        .set_file_name(file_name)
        .add_filter(filter.name, filter.extensions)
        .save_file(move |path| {
            let _ = sender.send(path);
        });
    local(receiver.await.ok().flatten())
}

/// The file she chose to open, or None when she cancelled.
pub async fn open_path<R: Runtime>(
    app: &AppHandle<R>,
    title: &str,
    filter: Filter<'_>,
) -> Result<Option<PathBuf>, CommandError> {
    let (sender, receiver) = tokio::sync::oneshot::channel();
    let all = village_core::catalog::word(crate::language::current(), "dialog-filter-all");
    app.dialog()
        .file()
        .set_title(title)
        .add_filter(filter.name, filter.extensions)
        .add_filter(&all, &["*"])
        .pick_file(move |path| {
            let _ = sender.send(path);
        });
    local(receiver.await.ok().flatten())
}

fn local(path: Option<FilePath>) -> Result<Option<PathBuf>, CommandError> {
    path.map(|p| {
        p.into_path()
            .map_err(|_| CommandError::invalid(Message::new("error-not-a-local-place")))
    })
    .transpose()
}

/// Refuses a file the store itself lives in: an export or backup saved over the database
/// would destroy it.
pub fn not_the_database(state: &AppState, path: &Path) -> Result<(), CommandError> {
    if state.store()?.is_own_file(path) {
        return Err(CommandError::invalid(Message::new("error-own-data-file")));
    }
    Ok(())
}

/// Written as every file of hers is, by village-cli too (`village_core::files`): readable by
/// her alone, synced, and renamed over the target, so a failure never leaves half a file.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), CommandError> {
    village_core::files::write_private(path, bytes).map_err(|error| {
        eprintln!("village: writing {}: {error}", path.display());
        CommandError::storage(
            Reason::from(Message::new("error-save-file")).with_part("reason", io_reason(&error)),
        )
    })
}

/// Her zone's IANA name for the file's TZID. When the system will not say, the name is left
/// empty and the file uses a name of its own, defined by the VTIMEZONE it carries; "UTC" would
/// be wrong, as calendars that know the name would ignore the offsets.
pub fn zone_name() -> String {
    iana_time_zone::get_timezone().unwrap_or_default()
}
