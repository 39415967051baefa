//! One Village on one database file, run the same way by the app and by village-cli: the
//! journal opened (an encrypted one only with its passphrase, each wrong try making the next
//! wait longer), locked again, swapped whole by a restore or a new passphrase, and the chores
//! of an open journal: notes deleted in an earlier run leave the disk, the daily backup, and
//! the moment of the next reminder kept beside an encrypted file.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};

use chrono::{DateTime, NaiveDate, Utc};

use crate::catalog::Message;
use crate::cipher::{Key, Passphrase, salt_of, unlock_delay};
pub use crate::error::Swap;
use crate::error::{Error, Result};
use crate::journal::UNDO_GRACE;
use crate::store::{BackupFile, DailyBackup, DatabaseCheck, Store, backups_beside, check_file};

/// Beside an encrypted database: only the moment of the next reminder, so a locked Village
/// can still say that one is due without reading (or keeping) a word of whom it is for.
pub const NEXT_REMINDER_FILE: &str = "next-reminder";

/// Wrong passphrases in a row, and the moment the next try is heard.
#[derive(Debug, Default)]
struct Tries {
    failures: u32,
    not_before: Option<DateTime<Utc>>,
}

/// A backup beside a journal that will not open, checked whole and ready to open from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoodBackup {
    pub file: BackupFile,
    pub holds: DatabaseCheck,
}

/// What opening her journal from a backup did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recovered {
    /// The backup it came from.
    pub from: String,
    /// Where the file that would not open now is, whole and untouched.
    pub set_aside: PathBuf,
}

/// How a try to unlock went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unlock {
    Open,
    /// A wrong passphrase: the next try is heard after this long.
    Wrong {
        wait: std::time::Duration,
    },
}

pub struct Session {
    path: PathBuf,
    /// Replaced whole by a restore, a change of passphrase, a lock or an unlock; `Err(Locked)`
    /// while an encrypted journal waits for its passphrase.
    store: RwLock<Result<Store>>,
    swapping: Arc<Mutex<Option<Swap>>>,
    tries: Mutex<Tries>,
    /// One unlock at a time, so tries sent together are each held to the wait.
    unlocking: tokio::sync::Mutex<()>,
    /// What the last daily backup did, for the backups list to say.
    last_daily: Mutex<Option<DailyBackup>>,
}

/// Holds a swap's mark, and clears it when dropped, on every path.
pub struct Swapping(Arc<Mutex<Option<Swap>>>);

impl Drop for Swapping {
    fn drop(&mut self) {
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = None;
    }
}

impl Session {
    /// Opens the database at `path`. A plain journal opens at once and its chores run; an
    /// encrypted one starts locked, reading nothing before her passphrase; one that would not
    /// open keeps the reason, which every use of the store then gives.
    pub async fn open(path: impl Into<PathBuf>, now: DateTime<Utc>) -> Session {
        let path = path.into();
        let store = Store::open(&path).await;
        if let Ok(store) = &store {
            opened(store, now).await;
        }
        Self::with(path, store)
    }

    /// Opens with a key already made (village-cli reads the passphrase itself); unlike
    /// `open`, a journal that will not open is an error here.
    pub async fn open_with(
        path: impl Into<PathBuf>,
        key: Option<Arc<Key>>,
        now: DateTime<Utc>,
    ) -> Result<Session> {
        let path = path.into();
        let store = Store::open_with(&path, key).await?;
        opened(&store, now).await;
        Ok(Self::with(path, Ok(store)))
    }

    fn with(path: PathBuf, store: Result<Store>) -> Session {
        Session {
            path,
            store: RwLock::new(store),
            swapping: Arc::new(Mutex::new(None)),
            tries: Mutex::new(Tries::default()),
            unlocking: tokio::sync::Mutex::new(()),
            last_daily: Mutex::new(None),
        }
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The folder it lives in, with its backups and the next reminder's moment.
    pub fn folder(&self) -> &Path {
        self.path.parent().unwrap_or(Path::new("."))
    }

    /// The open store (a clone shares its one pool), or why there is none: locked, being
    /// swapped, or failed to open.
    pub fn store(&self) -> Result<Store> {
        if let Some(swap) = *self.swapping.lock().unwrap_or_else(|p| p.into_inner()) {
            return Err(Error::Busy(swap));
        }
        match &*self.store.read().unwrap_or_else(|p| p.into_inner()) {
            Ok(store) => Ok(store.clone()),
            Err(error) => Err(error.again()),
        }
    }

    /// Whether the journal waits for its passphrase.
    pub fn is_locked(&self) -> bool {
        matches!(
            &*self.store.read().unwrap_or_else(|p| p.into_inner()),
            Err(Error::Locked)
        )
    }

    /// Whether the journal is encrypted, locked or open.
    pub fn is_encrypted(&self) -> bool {
        match &*self.store.read().unwrap_or_else(|p| p.into_inner()) {
            Ok(store) => store.is_encrypted(),
            Err(error) => matches!(error, Error::Locked),
        }
    }

    /// Opens the encrypted journal with `passphrase`. A wrong one is an answer, not an error:
    /// it says how long until the next try, and a try sent sooner waits that long before it is
    /// checked. Tries take turns. A journal already open is checked against it all the same
    /// (the window may show its lock screen over an open journal).
    pub async fn unlock(&self, passphrase: &Passphrase, now: DateTime<Utc>) -> Result<Unlock> {
        let _turn = self.unlocking.lock().await;
        let open = if self.is_locked() {
            None
        } else {
            let store = self.store()?;
            if !store.is_encrypted() {
                return Ok(Unlock::Open);
            }
            Some(store)
        };
        // A try sent before the wait is over is heard when it ends, and counted from then.
        let wait_until = self.tries().not_before.filter(|at| *at > now);
        if let Some(wait) = wait_until.and_then(|at| (at - now).to_std().ok()) {
            tokio::time::sleep(wait).await;
        }
        let now = wait_until.unwrap_or(now);
        if let Some(store) = open {
            let right = tokio::task::block_in_place(|| store.has_passphrase(passphrase))?;
            return Ok(if right {
                *self.tries() = Tries::default();
                Unlock::Open
            } else {
                self.wrong_try(now)
            });
        }
        // Argon2 keeps a core busy for a moment; other tasks move off this thread meanwhile.
        let key = tokio::task::block_in_place(|| Key::for_file(passphrase, &self.path))?;
        match Store::open_with(&self.path, Some(Arc::new(key))).await {
            Ok(store) => {
                *self.tries() = Tries::default();
                opened(&store, now).await;
                self.replace(Ok(store));
                Ok(Unlock::Open)
            }
            Err(Error::WrongPassphrase { .. }) => Ok(self.wrong_try(now)),
            Err(other) => Err(other),
        }
    }

    fn tries(&self) -> std::sync::MutexGuard<'_, Tries> {
        self.tries.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Counts a wrong passphrase and sets how long the next try waits.
    fn wrong_try(&self, now: DateTime<Utc>) -> Unlock {
        let mut tries = self.tries();
        tries.failures = tries.failures.saturating_add(1);
        let wait = unlock_delay(tries.failures);
        tries.not_before = chrono::Duration::from_std(wait).ok().map(|wait| now + wait);
        Unlock::Wrong { wait }
    }

    /// Closes an encrypted store and forgets its key. A plain journal has nothing to lock.
    /// Returns whether it locked.
    pub async fn lock(&self) -> bool {
        let open = {
            let mut slot = self.store.write().unwrap_or_else(|p| p.into_inner());
            match &*slot {
                Ok(store) if store.is_encrypted() => {
                    std::mem::replace(&mut *slot, Err(Error::Locked)).ok()
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

    /// The store for a restore or a change of passphrase, with every other use of it held off
    /// (told why) until the guard drops; refused while another swap is under way.
    pub fn begin_swap(&self, swap: Swap) -> Result<(Store, Swapping)> {
        let store = self.store()?;
        let mut mark = self.swapping.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(other) = *mark {
            return Err(Error::Busy(other));
        }
        *mark = Some(swap);
        Ok((store, Swapping(self.swapping.clone())))
    }

    /// Puts a new store (or why it would not open) in place of the old one.
    pub fn replace(&self, store: Result<Store>) {
        *self.store.write().unwrap_or_else(|p| p.into_inner()) = store;
    }

    /// Whether her journal would not open for a reason a backup can mend: the file is
    /// damaged, not a Village database, or from a newer Village.
    pub fn needs_recovery(&self) -> bool {
        matches!(
            &*self.store.read().unwrap_or_else(|p| p.into_inner()),
            Err(Error::Corrupt { .. } | Error::TooNew { .. })
        )
    }

    /// The backups beside the journal that open and pass the checks, newest first. Empty
    /// unless the journal needs them (`needs_recovery`).
    pub async fn good_backups(&self) -> Vec<GoodBackup> {
        if !self.needs_recovery() {
            return Vec::new();
        }
        let mut good = Vec::new();
        for file in backups_beside(&self.path).unwrap_or_default() {
            if let Ok(holds) = check_file(&file.path, false, None).await {
                good.push(GoodBackup { file, holds });
            }
        }
        good
    }

    /// Opens her journal from the backup `name`, when it would not open. The file that would
    /// not open is moved into the backups folder, whole and untouched, and never written
    /// over: it may still hold something she wants, or help someone find out what happened.
    pub async fn recover(&self, name: &str, now: DateTime<Utc>) -> Result<Recovered> {
        if !self.needs_recovery() {
            return Err(Error::Conflict(Message::new("error-recover-not-needed")));
        }
        // One recovery at a time: a second tap waits its turn and is told so.
        let _recovering = {
            let mut mark = self.swapping.lock().unwrap_or_else(|p| p.into_inner());
            if let Some(other) = *mark {
                return Err(Error::Busy(other));
            }
            *mark = Some(Swap::Restore);
            Swapping(self.swapping.clone())
        };
        let backup = backups_beside(&self.path)?
            .into_iter()
            .find(|b| b.name == name)
            .ok_or_else(|| Error::NotFound {
                what: Message::new("error-not-found-backup"),
            })?;
        check_file(&backup.path, false, None).await?;
        let folder = backup
            .path
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        let set_aside = folder.join(format!("damaged-{}.db", now.format("%Y-%m-%d-%H%M%S")));
        let unwritable = |path: &Path, e: std::io::Error| Error::unwritable(path, &e);
        if set_aside.exists() {
            return Err(Error::Conflict(Message::new("error-recover-name-taken")));
        }
        // The copy comes in whole (written beside, synced, renamed) or not at all. The damaged
        // file's write-ahead log and index go with it: left beside the backup, SQLite would
        // replay the old log into it.
        let incoming = self.path.with_extension("recovering");
        std::fs::copy(&backup.path, &incoming).map_err(|e| unwritable(&incoming, e))?;
        let companions: Vec<(PathBuf, PathBuf)> = ["-wal", "-shm"]
            .iter()
            .map(|suffix| {
                (
                    PathBuf::from(format!("{}{suffix}", self.path.display())),
                    PathBuf::from(format!("{}{suffix}", set_aside.display())),
                )
            })
            .filter(|(from, _)| from.exists())
            .collect();
        let mut moved: Vec<(&Path, &Path)> = Vec::new();
        let steps = std::iter::once((self.path.as_path(), set_aside.as_path()))
            .chain(companions.iter().map(|(f, t)| (f.as_path(), t.as_path())));
        for (from, to) in steps {
            if let Err(e) = std::fs::rename(from, to) {
                // Everything back as it was: nothing half-moved is left for the next start.
                for (from, to) in moved.iter().rev() {
                    let _ = std::fs::rename(to, from);
                }
                let _ = std::fs::remove_file(&incoming);
                return Err(unwritable(from, e));
            }
            moved.push((from, to));
        }
        if let Err(e) = crate::files::put_in_place(&incoming, &self.path) {
            // Never an empty place where her journal was: a start would make a new, empty one.
            for (from, to) in moved.iter().rev() {
                let _ = std::fs::rename(to, from);
            }
            let _ = std::fs::remove_file(&incoming);
            return Err(unwritable(&self.path, e));
        }
        match Store::open(&self.path).await {
            Ok(store) => {
                opened(&store, now).await;
                self.replace(Ok(store));
            }
            Err(error) => {
                let again = error.again();
                self.replace(Err(error));
                return Err(again);
            }
        }
        Ok(Recovered {
            from: backup.name,
            set_aside,
        })
    }

    /// After a swap that failed: the file is usually as it was, and opens again with the key it
    /// had (`None` for a plain one). If the new file took its name before the failure, it is
    /// under a key this session does not hold: it waits, locked, for that passphrase.
    pub async fn reopen(&self, key: Option<Arc<Key>>) {
        let other_key = match (salt_of(&self.path), &key) {
            (Ok(Some(salt)), Some(key)) => salt != key.salt(),
            (Ok(Some(_)), None) => true,
            _ => false,
        };
        if other_key {
            self.replace(Err(Error::Locked));
        } else {
            self.replace(Store::open_with(&self.path, key).await);
        }
    }

    /// The day's backup, made the first time this is asked on each of her days.
    pub async fn daily_backup(&self, today: NaiveDate) -> Result<DailyBackup> {
        let done = self.store()?.automatic_backup(today).await?;
        if done != DailyBackup::AlreadyMade {
            *self.last_daily.lock().unwrap_or_else(|p| p.into_inner()) = Some(done.clone());
        }
        Ok(done)
    }

    /// Why the last daily backup was not made, for her; None when it was.
    pub fn backup_skipped(&self) -> Option<Message> {
        self.last_daily
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .as_ref()
            .and_then(DailyBackup::told)
    }

    /// Keeps the next reminder's moment beside an encrypted database, for a locked Village to
    /// say that one is due; a plain one needs no such file, and none is left beside it.
    pub fn remember_next_reminder(&self, next: Option<DateTime<Utc>>) -> std::io::Result<()> {
        let file = self.folder().join(NEXT_REMINDER_FILE);
        match (self.is_encrypted(), next) {
            (true, Some(at)) => crate::files::write_private(&file, at.to_rfc3339().as_bytes()),
            _ => match std::fs::remove_file(&file) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
                _ => Ok(()),
            },
        }
    }

    /// The moment the last unlocked round planned, if it left one.
    pub fn planned_reminder(&self) -> Option<DateTime<Utc>> {
        std::fs::read_to_string(self.folder().join(NEXT_REMINDER_FILE))
            .ok()
            .and_then(|text| DateTime::parse_from_rfc3339(text.trim()).ok())
            .map(|at| at.to_utc())
    }

    /// Once said while locked, the moment is forgotten: the next is known only after she
    /// unlocks.
    pub fn forget_planned_reminder(&self) {
        let _ = std::fs::remove_file(self.folder().join(NEXT_REMINDER_FILE));
    }
}

/// What an open journal does first, whichever program opened it: notes deleted in an earlier
/// run and not undone leave the disk, and backups a cut-short change of passphrase left plain
/// are encrypted. Neither stops the journal opening; the log says what failed.
async fn opened(store: &Store, now: DateTime<Utc>) {
    if let Err(error) = store.purge_deleted_notes(now - UNDO_GRACE).await {
        eprintln!("village: purging deleted notes failed: {error:?}");
    }
    if store.is_encrypted() {
        match store.encrypt_plain_backups().await {
            Ok(rekeyed) if rekeyed.failed > 0 => {
                eprintln!(
                    "village: {} older backups wait to be encrypted",
                    rekeyed.failed
                );
            }
            Ok(_) => {}
            Err(error) => eprintln!("village: encrypting older backups failed: {error:?}"),
        }
    }
}
