//! The one owner of Village's SQLite file: opening it safely and migrating it.

mod backup;
mod check_in;
mod encryption;
mod group;
mod merge;
mod mood_note;
mod person;
mod ready_message;
mod reminders;
mod safety_plan;
mod self_check;
mod sent_reminder;
mod settings;
mod tag;
mod today;
mod transfer;

pub use backup::{
    BACKUP_FOLDER, BACKUP_HEADROOM, BackupFile, BackupKind, DailyBackup, DatabaseCheck,
    KEEP_AUTOMATIC, backups_beside, check_file,
};
pub use encryption::Rekeyed;
pub use group::{GroupEntry, GroupPage, GroupsOverview};
pub use mood_note::SearchHit;
pub use person::PersonPage;
pub use reminders::ReminderRound;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, SubsecRound, Utc};
use sqlx::migrate::Migrator;
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteQueryResult,
    SqliteSynchronous,
};
use sqlx::{Connection, SqliteConnection, SqlitePool};

use crate::catalog::Message;
use crate::cipher::{FileKind, Key, file_kind};
use crate::error::{Error, Result};

static MIGRATOR: Migrator = sqlx::migrate!("./migrations");

/// SQLite's page cache per connection, in KiB (SQLite's default is 2,000).
const CACHE_KIB: u32 = 64_000;

/// Rows sqlx may hold between SQLite's thread and ours before SQLite waits.
const ROW_BUFFER: usize = 4_096;

/// How long a writer waits for another (a second app window, the CLI) before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// The connection settings as SQLite reports them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pragmas {
    pub journal_mode: String,
    pub synchronous_full: bool,
    pub foreign_keys: bool,
    pub busy_timeout_ms: i64,
}

#[derive(Debug, Clone)]
pub struct Store {
    pool: SqlitePool,
    path: PathBuf,
    /// Set when the file is encrypted; every connection and every copy uses it.
    key: Option<Arc<Key>>,
    /// Opened to read only: the disk or folder would not let it be written.
    read_only: bool,
    #[cfg(feature = "test-support")]
    _temp: Option<std::sync::Arc<tempfile::TempDir>>,
}

impl Store {
    /// Opens the database at `path`, creating the file and its folder if missing, and brings
    /// its schema up to date. A file that is not a SQLite database is refused and left as it
    /// is; an encrypted one gives `Locked`.
    pub async fn open(path: impl AsRef<Path>) -> Result<Store> {
        Store::open_with(path, None).await
    }

    /// Opens an encrypted database with its key (a plain one opens as `open` does). A new
    /// file is created encrypted with `key`. The wrong key gives `WrongPassphrase`.
    pub async fn open_with(path: impl AsRef<Path>, key: Option<Arc<Key>>) -> Result<Store> {
        let path = path.as_ref().to_path_buf();
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|e| Error::unwritable(parent, &e))?;
        }
        let kind = file_kind(&path)?;
        let key = match (kind, key) {
            (FileKind::Foreign, _) => return Err(Error::Corrupt { path }),
            (FileKind::Encrypted, None) => return Err(Error::Locked),
            (FileKind::Plain, _) => None,
            (FileKind::Encrypted | FileKind::Missing, key) => key,
        };
        // A file already there is first read on a connection of its own, closed before the
        // pool's (see `probe`).
        let readable = match kind {
            FileKind::Missing => Ok(()),
            _ => probe(&key_options(&path, key.as_deref())).await,
        };

        let options = connect_options(&path, key.as_deref())
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // A lost mood note is a real harm: FULL syncs the WAL on every commit.
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(BUSY_TIMEOUT);
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            // A full disk or an I/O error makes SQLite roll a transaction back by itself; sqlx
            // then still counts it open, and the connection's next BEGIN fails. Such a
            // connection is closed rather than handed out again. Only one that looks
            // mid-transaction pays for the ping, which lets a rollback queued by a dropped
            // transaction finish before the count is read again; every other goes straight
            // back to the pool.
            .after_release(|conn, _| {
                Box::pin(async move {
                    if !conn.is_in_transaction() {
                        return Ok(true);
                    }
                    Ok(conn.ping().await.is_ok() && !conn.is_in_transaction())
                })
            })
            .connect_with(options);
        let pool = match readable {
            Ok(()) => pool.await,
            Err(error) => Err(error),
        }
        .map_err(|e| classify_keyed(&path, key.is_some(), e));
        let pool = match pool {
            Ok(pool) => pool,
            // A journal on a disk that went read-only can still be read: she sees what she
            // wrote, and each save says why it can't be made.
            Err(Error::Unwritable { .. } | Error::ReadOnly) if path.is_file() => {
                return Store::open_read_only(path, key).await;
            }
            Err(error) => return Err(error),
        };
        // A copy left by a re-encryption that was cut short: the file itself is whole, and
        // another program re-encrypting would hold the lock the connection above just got.
        let _ = std::fs::remove_file(backup::sibling(&path, "rekeying"));

        let store = Store {
            pool,
            path,
            key,
            read_only: false,
            #[cfg(feature = "test-support")]
            _temp: None,
        };
        store.migrate().await?;
        Ok(store)
    }

    /// The file as it is on a disk that cannot be written: nothing is migrated, cleaned up or
    /// checkpointed, and SQLite is told the file will not change under it. A file whose
    /// schema is not this Village's cannot be read safely, and says so.
    async fn open_read_only(path: PathBuf, key: Option<Arc<Key>>) -> Result<Store> {
        let keyed = |e| classify_keyed(&path, key.is_some(), e);
        probe(
            &key_options(&path, key.as_deref())
                .read_only(true)
                .immutable(true),
        )
        .await
        .map_err(keyed)?;
        let options = connect_options(&path, key.as_deref())
            .read_only(true)
            .immutable(true)
            .foreign_keys(true);
        let pool = SqlitePoolOptions::new()
            .max_connections(2)
            .connect_with(options)
            .await
            .map_err(keyed)?;
        let store = Store {
            pool,
            path,
            key,
            read_only: true,
            #[cfg(feature = "test-support")]
            _temp: None,
        };
        let known = MIGRATOR.iter().map(|m| m.version).max().unwrap_or(0);
        let found = store.schema_version().await?;
        if found != known {
            store.pool.close().await;
            return Err(Error::Unwritable {
                path: store.path.clone(),
                reason: Message::new("error-io-needs-update")
                    .with("found", found)
                    .with("known", known),
            });
        }
        Ok(store)
    }

    /// Whether the journal could only be opened to read (its disk or folder is read-only).
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    async fn migrate(&self) -> Result<()> {
        let known = MIGRATOR.iter().map(|m| m.version).max().unwrap_or(0);
        let found = self.schema_version().await.unwrap_or(0);
        if found > known {
            return Err(Error::TooNew {
                path: self.path.clone(),
                found,
                known,
            });
        }
        if found > 0 && found < known {
            self.backup_before_upgrade(found).await?;
        }
        MIGRATOR.run(&self.pool).await.map_err(|e| match e {
            sqlx::migrate::MigrateError::Execute(inner) => classify(&self.path, inner),
            other => Error::Migrate(other),
        })
    }

    /// The newest migration applied to this file; 0 for a file that has none.
    pub async fn schema_version(&self) -> Result<i64> {
        let version = sqlx::query_scalar!(
            r#"SELECT MAX(version) AS "version?: i64" FROM _sqlx_migrations WHERE success = 1"#
        )
        .fetch_one(&self.pool)
        .await
        .map_err(|e| classify(&self.path, e))?;
        Ok(version.unwrap_or(0))
    }

    /// The newest schema this build knows.
    pub fn latest_schema_version() -> i64 {
        MIGRATOR.iter().map(|m| m.version).max().unwrap_or(0)
    }

    /// What SQLite reports, on one pooled connection, for the settings Village relies on.
    pub async fn pragmas(&self) -> Result<Pragmas> {
        // sqlx cannot describe PRAGMA statements at compile time, so these four are checked
        // at run time; they take no values, so there is nothing to bind.
        let mut conn = self.pool.acquire().await?;
        let journal_mode: String = sqlx::query_scalar("PRAGMA journal_mode")
            .fetch_one(&mut *conn)
            .await?;
        let synchronous: i64 = sqlx::query_scalar("PRAGMA synchronous")
            .fetch_one(&mut *conn)
            .await?;
        let foreign_keys: i64 = sqlx::query_scalar("PRAGMA foreign_keys")
            .fetch_one(&mut *conn)
            .await?;
        let busy_timeout_ms: i64 = sqlx::query_scalar("PRAGMA busy_timeout")
            .fetch_one(&mut *conn)
            .await?;
        Ok(Pragmas {
            journal_mode,
            synchronous_full: synchronous == 2,
            foreign_keys: foreign_keys == 1,
            busy_timeout_ms,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether the file is encrypted with a passphrase.
    pub fn is_encrypted(&self) -> bool {
        self.key.is_some()
    }

    /// Waits for every connection to finish and checkpoints the WAL into the main file.
    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// A store in a fresh temporary folder, removed when the last clone is dropped.
    #[cfg(feature = "test-support")]
    pub async fn open_temp() -> Store {
        let dir = tempfile::tempdir().expect("a temporary folder for a test store");
        let mut store = Store::open(dir.path().join("village.db"))
            .await
            .expect("a test store opens");
        store._temp = Some(std::sync::Arc::new(dir));
        store
    }
}

/// A connection of its own to a file already there, that has read it. A connection that
/// fails in sqlx's own set-up (the wrong key, a damaged file, a folder she may not write to)
/// is dropped and closed later on its worker thread; a process that ends meanwhile (the CLI,
/// refused) runs SQLCipher's exit handler, which frees what that thread is still closing,
/// and crashes. So `options` read nothing while connecting (`key_options`), the first read is
/// here, and a connection that fails it is closed, and waited for, before the error returns.
pub(super) async fn open_reading(
    options: &SqliteConnectOptions,
) -> std::result::Result<SqliteConnection, sqlx::Error> {
    let mut conn = SqliteConnection::connect_with(options).await?;
    match sqlx::query("SELECT count(*) FROM sqlite_master")
        .execute(&mut conn)
        .await
    {
        Ok(_) => Ok(conn),
        Err(error) => {
            conn.close().await.ok();
            Err(error)
        }
    }
}

/// The file at `options` reads: `open_reading`, closed again.
async fn probe(options: &SqliteConnectOptions) -> std::result::Result<(), sqlx::Error> {
    open_reading(options).await?.close().await
}

/// The settings every connection to `path` starts with: the key first, as SQLCipher needs
/// it before anything reads the file. Only hex made by `Key` is formatted into the pragma.
/// Nothing here reads the file, so connecting cannot fail on the wrong key or a damaged
/// file; the first query does, on a connection its caller holds and closes (see `probe`).
fn key_options(path: &Path, key: Option<&Key>) -> SqliteConnectOptions {
    let options = SqliteConnectOptions::new().filename(path);
    match key {
        Some(key) => options
            .pragma("key", format!("\"{}\"", key.sqlcipher().as_str()))
            // A wrong key is an answer for her, not an error line for the log.
            .pragma("cipher_log_level", "NONE"),
        None => options,
    }
}

/// The pool's settings: `key_options`, and a cache sized for her journal. For a file `probe`
/// has already read.
fn connect_options(path: &Path, key: Option<&Key>) -> SqliteConnectOptions {
    // The pages she reads again (a search's index, the newest notes) stay in memory; for an
    // encrypted file each page read from disk is also decrypted and its HMAC checked. The
    // cache only grows as far as the pages actually read.
    key_options(path, key)
        // A long list (2,000 people, a page of 200 notes) comes over from SQLite's thread in
        // one go instead of a wake-up per row: the default of 50 made the Circle list 6× its
        // SQL.
        .row_buffer_size(ROW_BUFFER)
        .pragma("cache_size", format!("-{CACHE_KIB}"))
}

/// As `classify`, but a file that will not decrypt with the key given is the wrong key, not
/// damage: SQLCipher cannot tell the two apart, and the wrong passphrase is far likelier.
fn classify_keyed(path: &Path, keyed: bool, error: sqlx::Error) -> Error {
    match classify(path, error) {
        Error::Corrupt { path } if keyed => Error::WrongPassphrase { path },
        other => other,
    }
}

/// Turns SQLite's result codes into the errors she can act on.
fn classify(path: &Path, error: sqlx::Error) -> Error {
    // Extended result codes keep the primary code in the low byte.
    match crate::error::sqlite_code(&error).map(|c| c & 0xff) {
        Some(11 | 26) => Error::Corrupt {
            path: path.to_path_buf(),
        },
        Some(code @ (3 | 8 | 14)) => Error::Unwritable {
            path: path.to_path_buf(),
            // SQLite's own words ride along for the log; the sentence does not use them.
            reason: match code {
                3 => Message::new("error-io-permission"),
                8 => Message::new("error-io-read-only"),
                _ => Message::new("error-io-cannot-open"),
            }
            .with("detail", error.to_string()),
        },
        _ => Error::from(error),
    }
}

/// Instants are stored to the second, so their text sorts in time order in SQL.
fn whole_seconds(at: DateTime<Utc>) -> DateTime<Utc> {
    at.trunc_subsecs(0)
}

/// An update or delete by id that touched no row had nothing to change: the row is gone.
fn touched(done: &SqliteQueryResult, missing: Error) -> Result<()> {
    if done.rows_affected() == 0 {
        Err(missing)
    } else {
        Ok(())
    }
}

/// Rows SQLite handed over as one JSON array (`json_group_array`): one hand-over from sqlx's
/// worker thread instead of one per row. `what` names them if they will not read.
fn rows_from_json<T: serde::de::DeserializeOwned>(json: &str, what: &str) -> Result<Vec<T>> {
    serde_json::from_str(json).map_err(|e| {
        Error::Database(sqlx::Error::Decode(
            format!("{what} could not be read: {e}").into(),
        ))
    })
}

/// Instants in JSON built by SQLite (`json_object` of a stored column): read as sqlx reads
/// them from a row, RFC 3339 first and SQLite's own forms after.
mod stored_instant {
    use chrono::{DateTime, FixedOffset, NaiveDateTime, TimeZone, Utc};
    use serde::{Deserialize, Deserializer};

    const FORMATS: [&str; 4] = ["%F %T%.f%:z", "%F %T%.f", "%FT%T%.f", "%F %R"];

    pub fn parse(text: &str) -> Option<DateTime<Utc>> {
        if let Ok(at) = DateTime::parse_from_rfc3339(text) {
            return Some(at.to_utc());
        }
        FORMATS.iter().find_map(|format| {
            DateTime::<FixedOffset>::parse_from_str(text, format)
                .map(|at| at.to_utc())
                .ok()
                .or_else(|| {
                    NaiveDateTime::parse_from_str(text, format)
                        .ok()
                        .map(|at| Utc.from_utc_datetime(&at))
                })
        })
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
        let text = String::deserialize(d)?;
        parse(&text).ok_or_else(|| serde::de::Error::custom(format!("not an instant: {text}")))
    }

    pub mod optional {
        use super::*;

        pub fn deserialize<'de, D: Deserializer<'de>>(
            d: D,
        ) -> Result<Option<DateTime<Utc>>, D::Error> {
            match Option::<String>::deserialize(d)? {
                None => Ok(None),
                Some(text) => super::parse(&text)
                    .map(Some)
                    .ok_or_else(|| serde::de::Error::custom(format!("not an instant: {text}"))),
            }
        }
    }

    #[cfg(test)]
    mod tests {
        #![allow(clippy::unwrap_used)]
        use chrono::TimeZone;

        #[test]
        fn instants_read_in_every_form_sqlite_may_hold_them() {
            let at = chrono::Utc.with_ymd_and_hms(2026, 1, 1, 9, 30, 0).unwrap();
            for text in [
                "2026-01-01T09:30:00+00:00",
                "2026-01-01T09:30:00Z",
                "2026-01-01 09:30:00+00:00",
                "2026-01-01 09:30:00",
                "2026-01-01T10:30:00+01:00",
            ] {
                assert_eq!(super::parse(text), Some(at), "{text}");
            }
            assert_eq!(super::parse("yesterday"), None);
        }
    }
}
