//! Writing to the terminal and to files without a panic: a reader that leaves early
//! (`village-cli export | head`) is not an error, and a file is whole or not there.

use std::io::{ErrorKind, Write};
use std::path::Path;

use crate::failure::Failure;

/// Writes to stdout. `println!` would panic on a closed pipe; a pipe closed by the reader
/// means it has what it wanted, while any other failure (a full disk) is reported.
pub fn print(text: &str) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != ErrorKind::BrokenPipe => Err(Failure::Stdout(e)),
        _ => Ok(()),
    }
}

/// Writes one line to stdout.
pub fn line(text: &str) -> Result<(), Failure> {
    print(&format!("{text}\n"))
}

/// A line on stderr: failures and confirmations that must not mix with exported data. There
/// is nowhere left to report a stderr that cannot be written.
pub fn warn(text: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{text}");
}

/// Writes `contents` to a temporary file beside `target`, syncs it and renames it over
/// `target`: a failure part-way leaves no half file, and any old file as it was.
pub fn write_whole(target: &Path, contents: &[u8]) -> Result<(), Failure> {
    let unwritable = |e: &dyn std::fmt::Display| Failure::Unwritable {
        path: target.to_path_buf(),
        reason: e.to_string(),
    };
    let folder = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    // The temporary file is removed when dropped, so every early return cleans up. It is
    // made readable by her alone, and the export keeps that: it is her private journal.
    let mut partial = tempfile::Builder::new()
        .prefix(".village-")
        .suffix(".partial")
        .tempfile_in(folder)
        .map_err(|e| unwritable(&e))?;
    partial.write_all(contents).map_err(|e| unwritable(&e))?;
    partial.as_file().sync_all().map_err(|e| unwritable(&e))?;
    partial.persist(target).map_err(|e| unwritable(&e.error))?;
    Ok(())
}
