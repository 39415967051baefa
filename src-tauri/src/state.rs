//! What the commands share: the store (or why it could not open) and the clock.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, RwLock};

use tauri::{Manager, Runtime};
use village_core::{Clock, Store, SystemClock};

/// The environment variable that puts the data folder elsewhere (tests, a portable install).
pub const DATA_DIR_VAR: &str = "VILLAGE_DATA_DIR";

/// Where the app keeps its database.
#[derive(Debug, Clone)]
pub enum StoreFolder {
    /// `VILLAGE_DATA_DIR` if set, else the platform's app data folder
    /// (`$XDG_DATA_HOME/<identifier>` on Linux).
    FromEnvironment,
    At(PathBuf),
}

impl StoreFolder {
    pub fn resolve<R: Runtime>(&self, app: &tauri::AppHandle<R>) -> tauri::Result<PathBuf> {
        match self {
            StoreFolder::At(path) => Ok(path.clone()),
            StoreFolder::FromEnvironment => match std::env::var_os(DATA_DIR_VAR) {
                Some(dir) if !dir.is_empty() => Ok(PathBuf::from(dir)),
                _ => app.path().app_data_dir(),
            },
        }
    }
}

/// A file she picked to import, kept here between its preview and her "Import": the window
/// never names a path, so it cannot read one of its own choosing. The bytes are kept too, so
/// what is applied is exactly what she saw, even if the file changes on disk meanwhile.
#[derive(Debug, Clone)]
pub struct PendingImport {
    pub path: PathBuf,
    pub format: village_core::archive::ImportFormat,
    pub bytes: Arc<Vec<u8>>,
}

pub struct AppState {
    pub folder: PathBuf,
    /// Replaced whole when she restores a backup.
    store: RwLock<Result<Store, village_core::Error>>,
    pub clock: Box<dyn Clock>,
    /// Wakes the reminder task (`crate::reminders`) early.
    pub reminders: Arc<tokio::sync::Notify>,
    pub pending_import: Mutex<Option<PendingImport>>,
    /// Set while a restore swaps the database; commands wait their turn instead of writing
    /// to a file about to be replaced.
    restoring: AtomicBool,
}

/// Holds the restore flag, and lowers it when dropped, on every path.
pub struct Restoring<'a>(&'a AtomicBool);

impl Drop for Restoring<'_> {
    fn drop(&mut self) {
        self.0.store(false, Ordering::SeqCst);
    }
}

impl AppState {
    pub async fn open(folder: PathBuf) -> AppState {
        let store = Store::open(crate::database_file(&folder)).await;
        AppState {
            folder,
            store: RwLock::new(store),
            clock: Box::new(SystemClock),
            reminders: Arc::new(tokio::sync::Notify::new()),
            pending_import: Mutex::new(None),
            restoring: AtomicBool::new(false),
        }
    }

    /// After any change that can move the next reminder (a person, a check-in, a group, a
    /// setting): the reminder task looks again now instead of at the moment it planned.
    pub fn reschedule_reminders(&self) {
        self.reminders.notify_one();
    }

    /// The store, or the reason it could not open, as every command reports it. A clone
    /// shares the one pool.
    pub fn store(&self) -> Result<Store, crate::CommandError> {
        if self.restoring.load(Ordering::SeqCst) {
            return Err(crate::CommandError {
                code: village_core::ErrorCode::Conflict,
                message: "Village is restoring a backup. Try again in a moment.".to_owned(),
            });
        }
        // A panic while holding the lock cannot leave the Result half-written.
        let store = self.store.read().unwrap_or_else(|p| p.into_inner());
        store
            .as_ref()
            .cloned()
            .map_err(crate::CommandError::from_open_failure)
    }

    /// The store for a restore, with every other command held off until the guard drops;
    /// refused while another restore is under way.
    pub fn begin_restore(&self) -> Result<(Store, Restoring<'_>), crate::CommandError> {
        let store = self.store()?;
        if self
            .restoring
            .compare_exchange(false, true, Ordering::SeqCst, Ordering::SeqCst)
            .is_err()
        {
            return Err(crate::CommandError {
                code: village_core::ErrorCode::Conflict,
                message: "A restore is already under way.".to_owned(),
            });
        }
        Ok((store, Restoring(&self.restoring)))
    }

    /// Puts a restored store (or why it would not open) in place of the old one.
    pub fn replace_store(&self, store: Result<Store, village_core::Error>) {
        *self.store.write().unwrap_or_else(|p| p.into_inner()) = store;
    }

    pub fn database_file(&self) -> PathBuf {
        crate::database_file(&self.folder)
    }
}
