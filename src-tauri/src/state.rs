//! What the commands share: the store (or why it could not open) and the clock.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, RwLock};

use chrono::{DateTime, Utc};
use tauri::{Manager, Runtime};
use village_core::cipher::{Key, salt_of};
use village_core::{Clock, ErrorCode, Store, SystemClock};

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

/// Wrong passphrases in a row, and the moment the next try is heard.
#[derive(Debug, Default)]
pub struct UnlockTries {
    pub failures: u32,
    pub not_before: Option<DateTime<Utc>>,
}

pub struct AppState {
    pub folder: PathBuf,
    /// Replaced whole when she restores a backup, changes the passphrase, locks or unlocks;
    /// `Err(Locked)` while an encrypted journal waits for its passphrase.
    store: RwLock<Result<Store, village_core::Error>>,
    pub clock: Box<dyn Clock>,
    /// Wakes the reminder task (`crate::reminders`) early.
    pub reminders: Arc<tokio::sync::Notify>,
    pub pending_import: Mutex<Option<PendingImport>>,
    /// Set, with what to tell her, while a restore or a change of passphrase swaps the
    /// database file; other commands wait their turn instead of writing to a file about to
    /// be replaced.
    busy: Mutex<Option<&'static str>>,
    unlock_tries: Mutex<UnlockTries>,
    /// One unlock at a time, so tries sent together still wait their turn.
    pub unlocking: tokio::sync::Mutex<()>,
}

/// Holds the busy mark, and clears it when dropped, on every path.
pub struct Busy<'a>(&'a Mutex<Option<&'static str>>);

impl Drop for Busy<'_> {
    fn drop(&mut self) {
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = None;
    }
}

/// What `begin_swap` tells other commands while the file is swapped.
pub const RESTORING: &str = "Village is restoring a backup. Try again in a moment.";
pub const REKEYING: &str = "Village is changing your passphrase. Try again in a moment.";

impl AppState {
    /// An encrypted journal starts locked: nothing of it is read before her passphrase.
    pub async fn open(folder: PathBuf) -> AppState {
        let store = Store::open(crate::database_file(&folder)).await;
        AppState {
            folder,
            store: RwLock::new(store),
            clock: Box::new(SystemClock),
            reminders: Arc::new(tokio::sync::Notify::new()),
            pending_import: Mutex::new(None),
            busy: Mutex::new(None),
            unlock_tries: Mutex::new(UnlockTries::default()),
            unlocking: tokio::sync::Mutex::new(()),
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
        if let Some(why) = *self.busy.lock().unwrap_or_else(|p| p.into_inner()) {
            return Err(crate::CommandError {
                code: ErrorCode::Conflict,
                message: why.to_owned(),
            });
        }
        // A panic while holding the lock cannot leave the Result half-written.
        let store = self.store.read().unwrap_or_else(|p| p.into_inner());
        store
            .as_ref()
            .cloned()
            .map_err(crate::CommandError::from_open_failure)
    }

    /// The store for a restore or a change of passphrase, with every other command held off
    /// (told `why`) until the guard drops; refused while another swap is under way.
    pub fn begin_swap(&self, why: &'static str) -> Result<(Store, Busy<'_>), crate::CommandError> {
        let store = self.store()?;
        let mut busy = self.busy.lock().unwrap_or_else(|p| p.into_inner());
        if busy.is_some() {
            return Err(crate::CommandError {
                code: ErrorCode::Conflict,
                message: "Village is already changing its data file. Try again in a moment."
                    .to_owned(),
            });
        }
        *busy = Some(why);
        Ok((store, Busy(&self.busy)))
    }

    /// After a swap that failed: the file is usually as it was, and opens again with the key
    /// it had (`None` for a plain one). If the new file took its name before the failure, it
    /// is under a key this window does not hold: the lock screen asks for it instead.
    pub async fn reopen(&self, key: Option<Arc<Key>>) {
        let path = self.database_file();
        let other_key = match (salt_of(&path), &key) {
            (Ok(Some(salt)), Some(key)) => salt != key.salt(),
            (Ok(Some(_)), None) => true,
            _ => false,
        };
        if other_key {
            self.replace_store(Err(village_core::Error::Locked));
        } else {
            self.replace_store(Store::open_with(path, key).await);
        }
    }

    /// Closes an encrypted store and forgets its key; the window shows the lock screen. A
    /// plain journal has nothing to lock. Returns whether it locked.
    pub async fn lock(&self) -> bool {
        let open = {
            let mut slot = self.store.write().unwrap_or_else(|p| p.into_inner());
            match &*slot {
                Ok(store) if store.is_encrypted() => {
                    std::mem::replace(&mut *slot, Err(village_core::Error::Locked)).ok()
                }
                _ => None,
            }
        };
        match open {
            Some(store) => {
                store.close().await;
                true
            }
            None => false,
        }
    }

    pub fn unlock_tries(&self) -> std::sync::MutexGuard<'_, UnlockTries> {
        self.unlock_tries.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Whether the journal waits for its passphrase.
    pub fn is_locked(&self) -> bool {
        matches!(
            &*self.store.read().unwrap_or_else(|p| p.into_inner()),
            Err(village_core::Error::Locked)
        )
    }

    /// Whether the journal is encrypted, locked or open.
    pub fn is_encrypted(&self) -> bool {
        match &*self.store.read().unwrap_or_else(|p| p.into_inner()) {
            Ok(store) => store.is_encrypted(),
            Err(error) => matches!(error, village_core::Error::Locked),
        }
    }

    /// Puts a restored store (or why it would not open) in place of the old one.
    pub fn replace_store(&self, store: Result<Store, village_core::Error>) {
        *self.store.write().unwrap_or_else(|p| p.into_inner()) = store;
    }

    pub fn database_file(&self) -> PathBuf {
        crate::database_file(&self.folder)
    }
}
