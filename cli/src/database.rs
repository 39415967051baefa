//! Which database file the CLI works on: the one she names, or the app's own.

use std::io::IsTerminal;
use std::ops::Deref;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use village_core::Store;
use village_core::catalog::say;
use village_core::cipher::{FileKind, Key, Passphrase, file_kind};
use village_core::session::Session;

use crate::failure::Failure;

/// Names a database for every command, as `--db` does.
pub const DB_VAR: &str = "VILLAGE_DB";
/// Puts the app's data folder elsewhere; the app honours it too (src-tauri's `state.rs`).
pub const DATA_DIR_VAR: &str = "VILLAGE_DATA_DIR";
/// The app's Tauri identifier (tauri.conf.json): its data folder is named after it.
pub const APP_IDENTIFIER: &str = "app.village.companion";
pub const DATABASE_FILE: &str = "village.db";

/// `--db`, else `VILLAGE_DB`; otherwise where the app keeps its data, worked out the way the
/// app does, so the CLI and the app never disagree about "her data". An empty value counts
/// as none, as it does for the app's `VILLAGE_DATA_DIR`.
pub fn locate(chosen: Option<PathBuf>) -> Result<PathBuf, Failure> {
    let chosen = chosen
        .filter(|p| !p.as_os_str().is_empty())
        .or_else(|| non_empty(DB_VAR).map(PathBuf::from));
    if let Some(path) = chosen {
        return Ok(path);
    }
    let folder = match non_empty(DATA_DIR_VAR) {
        Some(dir) => PathBuf::from(dir),
        // Tauri's app_data_dir is the platform's data folder joined with the identifier.
        None => dirs::data_dir()
            .ok_or(Failure::NoDataFolder)?
            .join(APP_IDENTIFIER),
    };
    Ok(folder.join(DATABASE_FILE))
}

fn non_empty(var: &str) -> Option<std::ffi::OsString> {
    std::env::var_os(var).filter(|v| !v.is_empty())
}

/// The database file and, when it is encrypted, its key. Reads as the path it is.
#[derive(Debug)]
pub struct Database {
    pub path: PathBuf,
    pub key: Option<Arc<Key>>,
}

impl Deref for Database {
    type Target = Path;

    fn deref(&self) -> &Path {
        &self.path
    }
}

impl Database {
    /// The file at `path`, with the key made from her passphrase if it is encrypted: read
    /// from `passphrase_file`, else asked at the terminal without echo. Never an argument, so
    /// it stays out of the shell's history and the process list.
    pub fn at(path: PathBuf, passphrase_file: Option<&Path>) -> Result<Database, Failure> {
        if file_kind(&path)? != FileKind::Encrypted {
            return Ok(Database { path, key: None });
        }
        let text = match passphrase_file {
            Some(file) => {
                let text =
                    std::fs::read_to_string(file).map_err(|e| Failure::unreadable(file, &e))?;
                // Its first line, without the line break an editor or `echo` leaves.
                text.lines().next().unwrap_or_default().to_owned()
            }
            None if std::io::stdin().is_terminal() => {
                let prompt = say(
                    crate::language::current(),
                    "cli-passphrase-prompt",
                    &[("path", path.display().to_string().into())],
                );
                rpassword::prompt_password(format!("{prompt} ")).map_err(Failure::Prompt)?
            }
            None => return Err(Failure::NeedsPassphrase(path)),
        };
        let passphrase = Passphrase::typed(text)?;
        let key = Key::for_file(&passphrase, &path)?;
        Ok(Database {
            path,
            key: Some(Arc::new(key)),
        })
    }

    /// Opens the journal as the app does (`village_core::session`): notes deleted in an
    /// earlier run and not undone leave the disk first.
    pub async fn open(&self) -> Result<Store, Failure> {
        let session = Session::open_with(&self.path, self.key.clone(), chrono::Utc::now()).await?;
        Ok(session.store()?)
    }

    /// Opens a database that must already be there: `Store::open` would otherwise create an
    /// empty one, and "exported nothing" would hide a mistyped path.
    pub async fn open_existing(&self) -> Result<Store, Failure> {
        require(&self.path)?;
        self.open().await
    }
}

pub fn require(path: &Path) -> Result<(), Failure> {
    if path.is_file() {
        Ok(())
    } else {
        Err(Failure::NoDatabase(path.to_path_buf()))
    }
}

/// Refuses to write a file over the database itself.
pub fn refuse_overwriting(database: &Path, target: &Path) -> Result<(), Failure> {
    // Both must exist to be compared; a target not yet there cannot be the database.
    match (database.canonicalize(), target.canonicalize()) {
        (Ok(a), Ok(b)) if a == b => Err(Failure::IsTheDatabase(target.to_path_buf())),
        _ => Ok(()),
    }
}
