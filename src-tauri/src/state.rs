//! What the commands share: the store (or why it could not open) and the clock.

use std::path::PathBuf;
use std::sync::Arc;

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

pub struct AppState {
    pub folder: PathBuf,
    pub store: Result<Store, village_core::Error>,
    pub clock: Box<dyn Clock>,
    /// Wakes the reminder task (`crate::reminders`) early.
    pub reminders: Arc<tokio::sync::Notify>,
}

impl AppState {
    pub async fn open(folder: PathBuf) -> AppState {
        let store = Store::open(crate::database_file(&folder)).await;
        AppState {
            folder,
            store,
            clock: Box::new(SystemClock),
            reminders: Arc::new(tokio::sync::Notify::new()),
        }
    }

    /// After any change that can move the next reminder (a person, a check-in, a group, a
    /// setting): the reminder task looks again now instead of at the moment it planned.
    pub fn reschedule_reminders(&self) {
        self.reminders.notify_one();
    }

    /// The store, or the reason it could not open, as every command reports it.
    pub fn store(&self) -> Result<&Store, crate::CommandError> {
        self.store
            .as_ref()
            .map_err(crate::CommandError::from_open_failure)
    }
}
