//! The tray entry, where the desktop shows one: Open Village, "How are you?" and Quit, as menu
//! items (a click on the icon itself never reaches an app through AppIndicator on Linux).
//! Nothing depends on it: without a tray, or without the library it needs, Village runs the
//! same and Quit stays in Settings.

use tauri::menu::{Menu, MenuItem};
use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Runtime};
use village_core::catalog::word;

/// Set once the tray entry is made.
static SHOWN: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

pub fn is_shown() -> bool {
    SHOWN.load(std::sync::atomic::Ordering::Relaxed)
}

const OPEN: &str = "open";
const MOOD: &str = "mood";
const QUIT: &str = "quit";
const TRAY_ID: &str = "village";

/// Makes the tray entry if this system can show one, and says in the log what it did.
pub fn start<R: Runtime>(app: &AppHandle<R>) {
    if !library_present() {
        eprintln!(
            "village: no tray library here (libayatana-appindicator3); running without a tray"
        );
        return;
    }
    match build(app) {
        Ok(()) => {
            SHOWN.store(true, std::sync::atomic::Ordering::Relaxed);
            eprintln!("village: tray menu ready");
        }
        Err(error) => eprintln!("village: running without a tray: {error}"),
    }
}

/// The menu in the language the shell speaks now.
fn menu<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<Menu<R>> {
    let language = crate::language::current();
    let item = |id: &str, message: &str| {
        MenuItem::with_id(app, id, word(language, message), true, None::<&str>)
    };
    Menu::with_items(
        app,
        &[
            &item(OPEN, "tray-open")?,
            &item(MOOD, "tray-mood")?,
            &item(QUIT, "tray-quit")?,
        ],
    )
}

/// After she changes language: the tray's menu says the same in the new one.
pub fn relabel<R: Runtime>(app: &AppHandle<R>) {
    if !is_shown() {
        return;
    }
    let Some(tray) = app.tray_by_id(TRAY_ID) else {
        return;
    };
    if let Err(error) = menu(app).and_then(|menu| tray.set_menu(Some(menu))) {
        eprintln!("village: the tray menu kept its old words: {error}");
    }
}

fn build<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<()> {
    let menu = menu(app)?;
    let mut tray = TrayIconBuilder::with_id(TRAY_ID)
        .tooltip("Village")
        .menu(&menu)
        .show_menu_on_left_click(true)
        .on_menu_event(|app, event| match event.id.as_ref() {
            OPEN => crate::window::show(app, None),
            MOOD => crate::window::show(app, Some("#today/mood")),
            QUIT => crate::quit(app),
            _ => {}
        });
    if let Some(icon) = app.default_window_icon() {
        tray = tray.icon(icon.clone());
    }
    tray.build(app)?;
    Ok(())
}

/// The tray library is loaded when the first tray is made, and its loader ends the process if
/// the library is missing; so look first, where the dynamic loader would.
#[cfg(target_os = "linux")]
fn library_present() -> bool {
    let search = std::env::var_os("LD_LIBRARY_PATH")
        .map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .unwrap_or_default();
    let cache = std::fs::read("/etc/ld.so.cache").unwrap_or_default();
    findable(&search, &cache, &DEFAULT_DIRS)
}

#[cfg(not(target_os = "linux"))]
fn library_present() -> bool {
    // macOS and Windows draw the tray with the system's own calls.
    true
}

/// The names the tray's loader tries, in its order.
#[cfg(any(target_os = "linux", test))]
const LIBRARIES: [&str; 2] = ["libayatana-appindicator3.so.1", "libappindicator3.so.1"];

#[cfg(any(target_os = "linux", test))]
const DEFAULT_DIRS: [&str; 6] = [
    "/lib",
    "/usr/lib",
    "/lib64",
    "/usr/lib64",
    "/usr/lib/x86_64-linux-gnu",
    "/usr/lib/aarch64-linux-gnu",
];

/// Whether one of the libraries is in `search` (LD_LIBRARY_PATH), named in the loader's
/// cache, or in a default folder.
#[cfg(any(target_os = "linux", test))]
fn findable(search: &[std::path::PathBuf], cache: &[u8], defaults: &[&str]) -> bool {
    LIBRARIES.iter().any(|name| {
        let in_cache = cache
            .windows(name.len() + 1)
            .any(|w| w[..name.len()] == *name.as_bytes() && w[name.len()] == 0);
        in_cache
            || search.iter().any(|dir| dir.join(name).is_file())
            || defaults
                .iter()
                .any(|dir| std::path::Path::new(dir).join(name).is_file())
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::findable;

    #[test]
    fn the_tray_library_is_looked_for_where_the_loader_looks() {
        let dir = tempfile::tempdir().unwrap();
        let search = vec![dir.path().to_path_buf()];
        // Nowhere: no tray, and no attempt that would end the app.
        assert!(!findable(&search, b"", &[]));
        // A cache naming a longer library is not a match.
        assert!(!findable(&search, b"libayatana-appindicator3.so.12\0", &[]));
        // In the loader's cache.
        assert!(findable(
            &[],
            b"\0\0libc.so.6\0libayatana-appindicator3.so.1\0/usr/lib/x\0",
            &[]
        ));
        // On LD_LIBRARY_PATH, as a bundle (an AppImage) puts it.
        std::fs::write(dir.path().join("libappindicator3.so.1"), b"").unwrap();
        assert!(findable(&search, b"", &[]));
        // In a default folder.
        let folder = dir.path().to_str().unwrap();
        assert!(findable(&[], b"", &[folder]));
    }
}
