//! Her files as Village writes them, every export and backup, from the app or village-cli:
//! readable by her alone (0600 on Unix), written to a temporary file beside the target, synced
//! to disk, then renamed over it, so a crash or a full disk leaves the old file or the new one
//! whole, never half of one.

use std::io::Write;
use std::path::Path;

/// Writes `bytes` to `target` privately and whole.
pub fn write_private(target: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let folder = folder_of(target);
    // Removed when dropped, so every early return cleans up; tempfile makes it 0600.
    let mut partial = tempfile::Builder::new()
        .prefix(".village-")
        .suffix(".partial")
        .tempfile_in(folder)?;
    partial.write_all(bytes)?;
    partial.as_file().sync_all()?;
    partial.persist(target).map_err(|e| e.error)?;
    sync_folder(folder);
    Ok(())
}

/// Puts a file Village wrote beside `target` (a backup SQLite wrote with `VACUUM INTO`) in
/// its place, the same way: made private, synced, renamed over `target`.
pub fn put_in_place(partial: &Path, target: &Path) -> std::io::Result<()> {
    make_private(partial)?;
    std::fs::File::open(partial)?.sync_all()?;
    std::fs::rename(partial, target)?;
    sync_folder(folder_of(target));
    Ok(())
}

fn folder_of(target: &Path) -> &Path {
    match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

#[cfg(unix)]
fn make_private(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
}

#[cfg(not(unix))]
fn make_private(_path: &Path) -> std::io::Result<()> {
    // Elsewhere a file in her own folders is hers already.
    Ok(())
}

/// The rename is on disk once the folder is: best-effort, as some file systems refuse it.
fn sync_folder(folder: &Path) {
    let _ = std::fs::File::open(folder).and_then(|f| f.sync_all());
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    #[test]
    #[cfg(unix)]
    fn her_files_are_hers_alone_and_replace_the_old_one_whole() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("village.json");
        std::fs::write(&target, b"old").unwrap();
        std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o644)).unwrap();
        super::write_private(&target, b"new").unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"new");
        let mode = std::fs::metadata(&target).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        // Nothing else is left beside it.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);

        let partial = dir.path().join("backup.db.partial");
        std::fs::write(&partial, b"db").unwrap();
        std::fs::set_permissions(&partial, std::fs::Permissions::from_mode(0o644)).unwrap();
        let backup = dir.path().join("backup.db");
        super::put_in_place(&partial, &backup).unwrap();
        assert!(!partial.exists());
        let mode = std::fs::metadata(&backup).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }

    #[test]
    fn a_folder_that_is_not_there_is_an_error_and_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("gone").join("village.json");
        assert!(super::write_private(&target, b"x").is_err());
        assert!(!target.exists());
    }
}
