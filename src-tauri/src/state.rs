//! What the commands share: the session on her journal, the clock, the file she picked to
//! import, and the hellos waiting for her to say whether she reached them.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use tauri::{Manager, Runtime};
use village_core::session::Session;
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
    pub format: village_core::transfer::ImportFormat,
    pub bytes: Arc<Vec<u8>>,
}

pub struct AppState {
    /// The journal, opened, locked or swapped as `village_core::session` has it, the same way
    /// village-cli runs it.
    pub session: Session,
    pub clock: Box<dyn Clock>,
    /// Wakes the reminder task (`crate::reminders`) early.
    pub reminders: Arc<tokio::sync::Notify>,
    pub pending_import: Mutex<Option<PendingImport>>,
    /// Hellos she opened in her messaging app, until she says whether she reached them; only
    /// her yes logs a check-in. In memory: one never answered is simply forgotten.
    pub hellos: Mutex<village_core::reach::PendingHellos>,
}

impl AppState {
    /// An encrypted journal starts locked: nothing of it is read before her passphrase.
    pub async fn open(folder: PathBuf) -> AppState {
        let clock = SystemClock;
        let session = Session::open(crate::database_file(&folder), clock.now()).await;
        AppState {
            session,
            clock: Box::new(clock),
            reminders: Arc::new(tokio::sync::Notify::new()),
            pending_import: Mutex::new(None),
            hellos: Mutex::new(village_core::reach::PendingHellos::default()),
        }
    }

    /// After any change that can move the next reminder (a person, a check-in, a group, a
    /// setting): the reminder task looks again now instead of at the moment it planned.
    pub fn reschedule_reminders(&self) {
        self.reminders.notify_one();
    }

    /// The store, or the reason there is none (locked, a file being swapped, or why it would
    /// not open), as every command reports it. A clone shares the one pool.
    pub fn store(&self) -> Result<Store, crate::CommandError> {
        self.session
            .store()
            .map_err(|e| crate::CommandError::from_open_failure(&e))
    }

    /// The folder her data lives in.
    pub fn folder(&self) -> &std::path::Path {
        self.session.folder()
    }
}
