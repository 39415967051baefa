//! A real, small file system for the tests of a full disk: a tmpfs mounted for the test
//! (CI runs as root), unmounted when dropped. Shared with village-cli's tests by path.

#![allow(clippy::unwrap_used, dead_code)]

use std::path::PathBuf;
use std::process::Command;

/// A small file system of its own, unmounted (lazily, so an open file cannot keep it) when
/// dropped.
pub struct SmallDisk {
    at: PathBuf,
    _dir: Option<tempfile::TempDir>,
}

impl SmallDisk {
    /// A disk of `size` ("4m") in a temporary folder of its own.
    pub fn mount(size: &str) -> Option<SmallDisk> {
        let dir = tempfile::tempdir().unwrap();
        let at = dir.path().join("disk");
        std::fs::create_dir(&at).unwrap();
        Self::mount_at(at, size).map(|mut disk| {
            disk._dir = Some(dir);
            disk
        })
    }

    /// A disk of `size` mounted on the existing folder `at`.
    pub fn mount_at(at: PathBuf, size: &str) -> Option<SmallDisk> {
        let mounted = Command::new("mount")
            .args([
                "-t",
                "tmpfs",
                "-o",
                &format!("size={size},mode=0700"),
                "tmpfs",
            ])
            .arg(&at)
            .output();
        match mounted {
            Ok(out) if out.status.success() => Some(SmallDisk { at, _dir: None }),
            other => {
                assert!(
                    std::env::var_os("CI").is_none(),
                    "CI runs as root and must be able to mount a tmpfs: {other:?}"
                );
                eprintln!("skipped: mounting a tmpfs needs root ({other:?})");
                None
            }
        }
    }

    /// Remounts it "ro" or "rw", as a disk with errors is remounted read-only by the system.
    pub fn remount(&self, how: &str) {
        let done = Command::new("mount")
            .args(["-o", &format!("remount,{how}")])
            .arg(&self.at)
            .status()
            .unwrap();
        assert!(done.success(), "remount {how}");
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.at.join(name)
    }

    /// Fills what is left with `name`, to the last byte the disk will take.
    pub fn fill_up(&self, name: &str) -> PathBuf {
        use std::io::Write;
        let path = self.path(name);
        let mut file = std::fs::File::create(&path).unwrap();
        let chunk = vec![7u8; 4096];
        while file
            .write_all(&chunk)
            .and_then(|()| file.sync_all())
            .is_ok()
        {}
        while file
            .write_all(&[7u8])
            .and_then(|()| file.sync_all())
            .is_ok()
        {}
        path
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.at).status();
    }
}
