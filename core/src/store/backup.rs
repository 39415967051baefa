//! Backups: a checked copy of the database made with `VACUUM INTO`, the automatic daily ones
//! in the data folder, and restoring from a file only after it has proved whole and ours.

use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use sqlx::Connection;
use sqlx::sqlite::{SqliteConnection, SqliteLockingMode};

use super::{MIGRATOR, Store, classify, classify_keyed, key_options, open_reading};
use crate::catalog::Message;
use crate::cipher::{FileKind, Key, file_kind, salt_of};
use crate::error::{Error, Result};

/// What a daily backup leaves free at least: her journal needs the last of the disk more than
/// one more copy does.
pub const BACKUP_HEADROOM: u64 = 64 * 1024 * 1024;

/// What the daily backup did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DailyBackup {
    Made(PathBuf),
    /// Today's is there already.
    AlreadyMade,
    /// Skipped: the copy (`size` bytes) would leave less than `BACKUP_HEADROOM` of `free`.
    NoRoom {
        free: u64,
        size: u64,
    },
}

impl DailyBackup {
    /// What she is told, when there is something to tell: a backup that was not made.
    pub fn told(&self) -> Option<Message> {
        match self {
            DailyBackup::NoRoom { free, .. } => {
                Some(Message::new("backup-daily-skipped").with("megabytes", free / 1_000_000))
            }
            _ => None,
        }
    }

    /// For the log, which is ours rather than hers, so English: what happened, in a sentence.
    pub fn words(&self) -> String {
        match self {
            DailyBackup::Made(path) => format!("made {}", path.display()),
            DailyBackup::AlreadyMade => "today's is already made".to_owned(),
            DailyBackup::NoRoom { free, size } => format!(
                "skipped: the device has {} MB free and a backup would take {} MB of it, so the space is kept for her journal",
                free / 1_000_000,
                size.div_ceil(1_000_000)
            ),
        }
    }
}

/// The bytes an unprivileged program may still write in `folder`'s file system, when the
/// system says.
fn free_space(folder: &Path) -> Option<u64> {
    #[cfg(unix)]
    {
        rustix::fs::statvfs(folder)
            .ok()
            .map(|s| s.f_bavail.saturating_mul(s.f_frsize))
    }
    #[cfg(not(unix))]
    {
        let _ = folder;
        None
    }
}

/// How many automatic backups stay in the data folder; older ones are removed.
pub const KEEP_AUTOMATIC: usize = 7;
/// The folder beside the database that holds the automatic backups.
pub const BACKUP_FOLDER: &str = "backups";
const AUTOMATIC_PREFIX: &str = "village-";
const SCHEMA_PREFIX: &str = "schema-";
const RESTORE_PREFIX: &str = "before-restore-";
const EXTENSION: &str = "db";

/// Why a file is in the backups folder, told by the name Village gave it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BackupKind {
    /// `village-YYYY-MM-DD.db`: one of the last 7 days.
    Daily,
    /// `village-schema-N.db`: the file as it was before an update changed its schema.
    BeforeUpdate,
    /// `village-before-restore-….db`: what a restore replaced.
    BeforeRestore,
    /// Anything she saved there herself.
    Other,
}

impl BackupKind {
    fn of(name: &str) -> BackupKind {
        let Some(rest) = name
            .strip_prefix(AUTOMATIC_PREFIX)
            .and_then(|rest| rest.strip_suffix(".db"))
        else {
            return BackupKind::Other;
        };
        if rest.len() == 10 && NaiveDate::parse_from_str(rest, "%Y-%m-%d").is_ok() {
            BackupKind::Daily
        } else if rest.starts_with(SCHEMA_PREFIX) {
            BackupKind::BeforeUpdate
        } else if rest.starts_with(RESTORE_PREFIX) {
            BackupKind::BeforeRestore
        } else {
            BackupKind::Other
        }
    }
}

/// One file in the backups folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BackupFile {
    pub name: String,
    pub kind: BackupKind,
    pub path: PathBuf,
    pub bytes: u64,
    pub modified: Option<DateTime<Utc>>,
}

/// What a database file holds, once it has passed the checks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DatabaseCheck {
    pub schema_version: i64,
    pub people: i64,
    pub mood_notes: i64,
    pub groups: i64,
}

impl Store {
    /// The folder the automatic backups live in, beside the database.
    pub fn backup_folder(&self) -> PathBuf {
        backup_folder(&self.path)
    }

    /// Writes a consistent copy of the whole database to `target` and checks it before it
    /// takes the name; a failure leaves no half-written file and any old `target` as it was.
    pub async fn backup_to(&self, target: &Path) -> Result<DatabaseCheck> {
        if self.is_own_file(target) {
            return Err(own_file(target));
        }
        let partial = sibling(target, "partial");
        remove_if_present(&partial)?;
        let path = partial.to_string_lossy().into_owned();
        let mut conn = self.pool.acquire().await.map_err(|e| classify(target, e))?;
        // VACUUM INTO takes its file name as a bound value like any other.
        let written = sqlx::query("VACUUM INTO ?")
            .bind(&path)
            .execute(&mut *conn)
            .await
            .map_err(|e| classify(target, e));
        // The copy read every page of her journal into this connection's cache, pages no
        // view is about to read: let them go rather than keep them for as long as Village
        // runs in the background.
        let _ = sqlx::query("PRAGMA shrink_memory")
            .execute(&mut *conn)
            .await;
        drop(conn);
        let checked = match written {
            // A copy of an encrypted journal must be encrypted too, never plain beside it.
            Ok(_) if self.key.is_some() && file_kind(&partial)? != FileKind::Encrypted => {
                Err(Error::Internal(Message::new("error-backup-unencrypted")))
            }
            Ok(_) => check_file(&partial, false, self.key.as_deref()).await,
            Err(e) => Err(e),
        };
        match checked {
            Ok(check) => {
                crate::files::put_in_place(&partial, target).map_err(|e| unwritable(target, &e))?;
                Ok(check)
            }
            Err(error) => {
                let _ = std::fs::remove_file(&partial);
                Err(error)
            }
        }
    }

    /// Today's automatic backup, unless there is one already or the disk is too full for one;
    /// keeps the newest 7.
    pub async fn automatic_backup(&self, today: NaiveDate) -> Result<DailyBackup> {
        let folder = self.backup_folder();
        let target = folder.join(format!("{AUTOMATIC_PREFIX}{today}.{EXTENSION}"));
        if target.exists() {
            return Ok(DailyBackup::AlreadyMade);
        }
        std::fs::create_dir_all(&folder).map_err(|e| unwritable(&folder, &e))?;
        // The copy is about the size of the database and its write-ahead log together.
        let size = [self.path.clone(), sibling(&self.path, "wal")]
            .iter()
            .filter_map(|p| std::fs::metadata(p).ok())
            .map(|m| m.len())
            .sum::<u64>();
        if let Some(free) = free_space(&folder)
            && free < size.saturating_add(BACKUP_HEADROOM)
        {
            return Ok(DailyBackup::NoRoom { free, size });
        }
        self.backup_to(&target).await?;
        prune(&folder)?;
        Ok(DailyBackup::Made(target))
    }

    /// The automatic backups and any she saved into that folder, newest first.
    pub fn backups(&self) -> Result<Vec<BackupFile>> {
        list(&self.backup_folder())
    }

    /// Replaces this database with the one at `source`, after checking that file is whole
    /// (integrity_check) and was written by this Village or an older one. What it replaces is
    /// kept in the backups folder first. Consumes the store: its connections are closed, and
    /// the store returned is open on the restored data. Refused, with nothing changed, while
    /// another program (a second window, the CLI) has the database open.
    pub async fn restore_from(self, source: &Path, now: DateTime<Utc>) -> Result<(Store, PathBuf)> {
        if self.is_own_file(source) {
            return Err(own_file(source));
        }
        let source_key = self.key_for(source)?;
        check_file(source, false, source_key.as_deref()).await?;
        let path = self.path.clone();
        let folder = self.backup_folder();
        std::fs::create_dir_all(&folder).map_err(|e| unwritable(&folder, &e))?;
        // A consistent copy of the source, its write-ahead log included, beside the database
        // so the swap is a rename; that copy is what is checked and put in place.
        let incoming = sibling(&path, "restoring");
        remove_if_present(&incoming)?;
        let copied = async {
            copy_database(source, source_key.as_deref(), &incoming).await?;
            // A plain backup comes in under this store's key, so restoring never leaves her
            // journal readable without the passphrase.
            if source_key.is_none() && self.key.is_some() {
                rewrite_file(&incoming, None, self.key.as_deref()).await?;
            }
            check_file(&incoming, true, self.key.as_deref()).await
        }
        .await;
        if let Err(error) = copied {
            let _ = std::fs::remove_file(&incoming);
            return Err(error);
        }

        // Every connection of this store finishes and closes first, so nothing it writes can
        // fall between the copy kept below and the swap.
        self.close().await;
        let kept = folder.join(format!(
            "{AUTOMATIC_PREFIX}{RESTORE_PREFIX}{}.{EXTENSION}",
            now.format("%Y-%m-%dT%H-%M-%SZ")
        ));
        let key = self.key.clone();
        let swapped = async {
            let mut conn = exclusive(&path, key.as_deref()).await?;
            vacuum_into(&mut conn, &path, &kept).await?;
            check_file(&kept, false, key.as_deref()).await?;
            std::fs::rename(&incoming, &path).map_err(|e| unwritable(&path, &e))?;
            // The lock is held until the new file has its name.
            conn.close().await.ok();
            Ok::<(), Error>(())
        }
        .await;
        if let Err(error) = swapped {
            let _ = std::fs::remove_file(&incoming);
            let _ = std::fs::remove_file(&kept);
            return Err(error);
        }
        let store = Store::open_with(&path, key).await?;
        Ok((store, kept))
    }

    /// Whether `path` is this database or one of the files SQLite keeps beside it: nothing
    /// may be written or restored over those while the store is open.
    pub fn is_own_file(&self, path: &Path) -> bool {
        let resolve = |p: &Path| -> Option<PathBuf> {
            let parent = p.parent().filter(|d| !d.as_os_str().is_empty());
            let dir = parent
                .unwrap_or_else(|| Path::new("."))
                .canonicalize()
                .ok()?;
            Some(dir.join(p.file_name()?))
        };
        let (Some(target), Some(database)) = (resolve(path), resolve(&self.path)) else {
            return false;
        };
        [
            "",
            "-wal",
            "-shm",
            "-journal",
            ".partial",
            ".restoring",
            ".rekeying",
        ]
        .iter()
        .any(|suffix| {
            let mut name = database.clone().into_os_string();
            name.push(suffix);
            name == target.as_os_str()
        })
    }

    /// The checks `village-cli doctor` reports: integrity, schema and counts.
    pub async fn check(&self) -> Result<DatabaseCheck> {
        let mut conn = self.pool.acquire().await?;
        integrity(&mut conn, &self.path, true, false).await?;
        counts(&mut conn, self.schema_version().await?).await
    }

    /// The key that opens `path`: none for a plain file, this store's for an encrypted one.
    /// A file encrypted under another passphrase (its salt differs) cannot be opened here.
    fn key_for(&self, path: &Path) -> Result<Option<std::sync::Arc<Key>>> {
        match (salt_of(path)?, &self.key) {
            (None, _) => Ok(None),
            (Some(salt), Some(key)) if salt == key.salt() => Ok(Some(key.clone())),
            (Some(_), _) => Err(Error::NoKey {
                path: path.to_path_buf(),
            }),
        }
    }

    /// Before a migration changes the file: a copy of it as it was, once per schema version.
    pub(super) async fn backup_before_upgrade(&self, from: i64) -> Result<()> {
        let folder = self.backup_folder();
        let target = folder.join(format!(
            "{AUTOMATIC_PREFIX}{SCHEMA_PREFIX}{from}.{EXTENSION}"
        ));
        if target.exists() {
            return Ok(());
        }
        std::fs::create_dir_all(&folder).map_err(|e| unwritable(&folder, &e))?;
        self.backup_to(&target).await?;
        prune(&folder)
    }
}

/// One connection that has the database to itself: leaving WAL mode needs every other
/// connection gone, so it fails (busy) while another window or the CLI has the file open, and
/// on success the log is folded into the file and removed.
pub(super) async fn exclusive(path: &Path, key: Option<&Key>) -> Result<SqliteConnection> {
    let busy = || Error::Conflict(Message::new("error-restore-file-open"));
    // ATTACH opens files with the main file's flags: "create" lets a re-encryption attach
    // its new file. The database itself was checked to exist before.
    let options = key_options(path, key)
        .create_if_missing(true)
        .locking_mode(SqliteLockingMode::Exclusive)
        .busy_timeout(std::time::Duration::from_secs(2));
    let mut conn =
        open_reading(&options)
            .await
            .map_err(|e| match classify_keyed(path, key.is_some(), e) {
                Error::Database(_) | Error::Contended => busy(),
                other => other,
            })?;
    // SQLite answers with the mode it is in: still "wal" means someone else holds the file.
    let mode = sqlx::query_scalar::<_, String>("PRAGMA journal_mode = DELETE")
        .fetch_one(&mut conn)
        .await;
    let Ok(mode) = mode else {
        conn.close().await.ok();
        return Err(busy());
    };
    if !mode.eq_ignore_ascii_case("delete") {
        conn.close().await.ok();
        return Err(busy());
    }
    Ok(conn)
}

async fn vacuum_into(conn: &mut SqliteConnection, from: &Path, target: &Path) -> Result<()> {
    let target_text = target.to_string_lossy().into_owned();
    sqlx::query("VACUUM INTO ?")
        .bind(&target_text)
        .execute(&mut *conn)
        .await
        .map_err(|e| classify(from, e))?;
    Ok(())
}

/// A copy of a database file someone picked, with what its write-ahead log holds; the file
/// itself is only read. A file that cannot be opened that way (a folder she may not write
/// to) is read as it lies on disk.
/// An encrypted source gives a copy under the same key.
async fn copy_database(source: &Path, key: Option<&Key>, target: &Path) -> Result<()> {
    let read_only = key_options(source, key).read_only(true);
    let mut conn = match open_reading(&read_only).await {
        Ok(conn) => conn,
        Err(_) => open_reading(&read_only.clone().immutable(true))
            .await
            .map_err(|e| classify(source, e))?,
    };
    let copied = vacuum_into(&mut conn, source, target).await;
    conn.close().await.ok();
    copied
}

fn own_file(path: &Path) -> Error {
    Error::invalid(
        "file",
        Message::new("error-own-database").with("path", path.display().to_string()),
    )
}

fn backup_folder(database: &Path) -> PathBuf {
    database
        .parent()
        .unwrap_or_else(|| Path::new("."))
        .join(BACKUP_FOLDER)
}

/// Opens a database file read-only and proves it whole and ours: SQLite's own check, and
/// migrations this build knows with the same checksums. `thorough` runs the full
/// integrity_check instead of quick_check. An encrypted file needs its key; a plain file
/// ignores one.
pub async fn check_file(path: &Path, thorough: bool, key: Option<&Key>) -> Result<DatabaseCheck> {
    if !path.is_file() {
        return Err(Error::invalid(
            "file",
            Message::new("error-no-file").with("path", path.display().to_string()),
        ));
    }
    let key = match (file_kind(path)?, key) {
        (FileKind::Foreign, _) => {
            return Err(Error::Corrupt {
                path: path.to_path_buf(),
            });
        }
        (FileKind::Encrypted, None) => {
            return Err(Error::NoKey {
                path: path.to_path_buf(),
            });
        }
        (FileKind::Encrypted, key) => key,
        (FileKind::Plain | FileKind::Missing, _) => None,
    };
    let options = key_options(path, key).read_only(true).immutable(true);
    let mut conn = open_reading(&options)
        .await
        .map_err(|e| classify_keyed(path, key.is_some(), e))?;
    let checked = check_open(&mut conn, path, thorough, key.is_some()).await;
    conn.close().await.ok();
    checked
}

/// `check_file` on the connection it opened, which it closes whatever this finds.
async fn check_open(
    conn: &mut SqliteConnection,
    path: &Path,
    thorough: bool,
    keyed: bool,
) -> Result<DatabaseCheck> {
    integrity(&mut *conn, path, thorough, keyed).await?;
    let applied: Vec<(i64, Vec<u8>)> =
        sqlx::query_as("SELECT version, checksum FROM _sqlx_migrations WHERE success = 1")
            .fetch_all(&mut *conn)
            .await
            .map_err(|_| not_village(path))?;
    let known = Store::latest_schema_version();
    let mut version = 0;
    for (v, checksum) in &applied {
        match MIGRATOR.iter().find(|m| m.version == *v) {
            Some(m) if m.checksum.as_ref() == checksum.as_slice() => version = version.max(*v),
            Some(_) => return Err(not_village(path)),
            None if *v > known => {
                return Err(Error::TooNew {
                    path: path.to_path_buf(),
                    found: *v,
                    known,
                });
            }
            None => return Err(not_village(path)),
        }
    }
    if version == 0 {
        return Err(not_village(path));
    }
    counts(conn, version).await
}

/// `keyed`: the first read is where a wrong key shows, as a file that is "not a database".
async fn integrity(
    conn: &mut SqliteConnection,
    path: &Path,
    thorough: bool,
    keyed: bool,
) -> Result<()> {
    let pragma = if thorough {
        "PRAGMA integrity_check"
    } else {
        "PRAGMA quick_check"
    };
    // PRAGMAs take no bound values and sqlx cannot describe them; nothing of hers is in it.
    let rows: Vec<String> = sqlx::query_scalar(pragma)
        .fetch_all(&mut *conn)
        .await
        .map_err(|e| classify_keyed(path, keyed, e))?;
    if rows.as_slice() == ["ok"] {
        Ok(())
    } else {
        Err(Error::Corrupt {
            path: path.to_path_buf(),
        })
    }
}

/// Counts of her main records. An older schema may lack a table; it counts as none.
async fn counts(conn: &mut SqliteConnection, schema_version: i64) -> Result<DatabaseCheck> {
    let tables: Vec<String> = sqlx::query_scalar!(
        r#"SELECT name AS "name!: String" FROM sqlite_master WHERE type = 'table'"#
    )
    .fetch_all(&mut *conn)
    .await?;
    let has = |name: &str| tables.iter().any(|t| t == name);
    let people = if has("person") {
        sqlx::query_scalar!("SELECT COUNT(*) FROM person")
            .fetch_one(&mut *conn)
            .await?
    } else {
        0
    };
    let mood_notes = if has("mood_note") {
        sqlx::query_scalar!("SELECT COUNT(*) FROM mood_note WHERE deleted_at IS NULL")
            .fetch_one(&mut *conn)
            .await?
    } else {
        0
    };
    let groups = if has("saved_group") {
        sqlx::query_scalar!("SELECT COUNT(*) FROM saved_group")
            .fetch_one(&mut *conn)
            .await?
    } else {
        0
    };
    Ok(DatabaseCheck {
        schema_version,
        people,
        mood_notes,
        groups,
    })
}

fn not_village(path: &Path) -> Error {
    Error::invalid(
        "file",
        Message::new("error-not-village-database").with("path", path.display().to_string()),
    )
}

fn list(folder: &Path) -> Result<Vec<BackupFile>> {
    let entries = match std::fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(unwritable(folder, &e)),
    };
    let mut files: Vec<BackupFile> = entries
        .filter_map(|entry| {
            let entry = entry.ok()?;
            let path = entry.path();
            if path.extension().and_then(|e| e.to_str()) != Some(EXTENSION) {
                return None;
            }
            let meta = entry.metadata().ok()?;
            let name = entry.file_name().to_string_lossy().into_owned();
            Some(BackupFile {
                kind: BackupKind::of(&name),
                name,
                path,
                bytes: meta.len(),
                modified: meta.modified().ok().map(DateTime::<Utc>::from),
            })
        })
        .collect();
    files.sort_by(|a, b| b.modified.cmp(&a.modified).then(b.name.cmp(&a.name)));
    Ok(files)
}

/// The backups beside the database at `database`, newest first, for when it will not open
/// and there is no store to ask.
pub fn backups_beside(database: &Path) -> Result<Vec<BackupFile>> {
    list(&backup_folder(database))
}

/// Keeps the newest daily backups. The copies made before an update or a restore, and
/// anything she saved there herself, stay.
fn prune(folder: &Path) -> Result<()> {
    let automatic: Vec<BackupFile> = list(folder)?
        .into_iter()
        .filter(|f| f.kind == BackupKind::Daily)
        .collect();
    for old in automatic.iter().skip(KEEP_AUTOMATIC) {
        std::fs::remove_file(&old.path).map_err(|e| unwritable(&old.path, &e))?;
    }
    Ok(())
}

/// `village.db` → `village.db.partial`, in the same folder so a rename is atomic.
pub(super) fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(suffix);
    PathBuf::from(name)
}

pub(super) fn remove_if_present(path: &Path) -> Result<()> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(unwritable(path, &e)),
    }
}

pub(super) fn unwritable(path: &Path, error: &std::io::Error) -> Error {
    Error::unwritable(path, error)
}

/// Writes the database at `path` anew under `to`, checks the copy, and renames it over the
/// original. For files no one else has open: backups, and a restore's incoming copy.
pub(super) async fn rewrite_file(path: &Path, from: Option<&Key>, to: Option<&Key>) -> Result<()> {
    let target = sibling(path, "partial");
    remove_if_present(&target)?;
    let done = async {
        let expected = check_file(path, false, from).await?;
        // "create" so ATTACH may make the new file; `path` was just checked to exist.
        let options = key_options(path, from).create_if_missing(true);
        let mut conn = open_reading(&options)
            .await
            .map_err(|e| classify_keyed(path, from.is_some(), e))?;
        let exported = copy_under_key(&mut conn, path, &target, to).await;
        conn.close().await.ok();
        exported?;
        if check_file(&target, false, to).await? != expected {
            return Err(Error::Internal(
                Message::new("error-copy-incomplete").with("path", path.display().to_string()),
            ));
        }
        put_in_place(&target, path)
    }
    .await;
    if done.is_err() {
        let _ = std::fs::remove_file(&target);
    }
    done
}

/// SQLCipher's own copy: a new file attached under the new key (none for plain) and every
/// schema object and row exported into it. Both the path and the key are bound values.
pub(super) async fn copy_under_key(
    conn: &mut SqliteConnection,
    from: &Path,
    target: &Path,
    key: Option<&Key>,
) -> Result<()> {
    let key_text = key.map(Key::sqlcipher);
    let key_value = key_text.as_ref().map_or("", |k| k.as_str());
    sqlx::query("ATTACH DATABASE ? AS rekeyed KEY ?")
        .bind(target.to_string_lossy().into_owned())
        .bind(key_value)
        .execute(&mut *conn)
        .await
        .map_err(|e| classify_keyed(from, false, e))?;
    let exported = sqlx::query("SELECT sqlcipher_export('rekeyed')")
        .execute(&mut *conn)
        .await
        .map_err(|e| classify_keyed(from, false, e));
    let detached = sqlx::query("DETACH DATABASE rekeyed")
        .execute(&mut *conn)
        .await
        .map_err(|e| classify_keyed(from, false, e));
    exported?;
    detached?;
    Ok(())
}

/// Puts the new file in place as every file Village writes is (`files::put_in_place`:
/// private, synced, renamed, the folder synced so the new name survives a power cut). Once
/// renamed, the new file is the database, so the folder's sync is only best-effort: reporting
/// a failure then would say nothing changed when it has.
pub(super) fn put_in_place(target: &Path, path: &Path) -> Result<()> {
    crate::files::put_in_place(target, path).map_err(|e| unwritable(path, &e))
}
