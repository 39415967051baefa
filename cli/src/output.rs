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

/// Writes `contents` as every file of hers is written, by the app too (`village_core::files`):
/// readable by her alone, synced, and renamed over `target`, so a failure part-way leaves no
/// half file, and any old file as it was.
pub fn write_whole(target: &Path, contents: &[u8]) -> Result<(), Failure> {
    village_core::files::write_private(target, contents)
        .map_err(|e| Failure::unwritable(target, &e))
}
