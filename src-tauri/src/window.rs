//! The one window, made when she asks for it and destroyed when she closes it: while it is
//! closed, only the reminder task runs, and her journal's text has left memory with the page.

use std::sync::Mutex;
use std::time::Instant;

use tauri::{AppHandle, Emitter, Manager, Runtime, WebviewUrl, WebviewWindowBuilder};

/// The window's label, as `tauri.conf.json` and the capability name it.
pub const MAIN: &str = "main";

/// The event that tells an open window which view to show; `ui/api.js` listens for it.
pub const OPEN_VIEW: &str = "open-view";

/// When a window made after the first was asked for, so `mark_ready` can say how long it
/// took; the first counts from the start of the process.
pub(crate) static OPENED: Mutex<Option<Instant>> = Mutex::new(None);
static MADE: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Told when a window says its view is on screen (`commands::app::mark_ready`).
static PAINTED: tokio::sync::Notify = tokio::sync::Notify::const_new();

/// A window's view is on screen.
pub(crate) fn painted() {
    PAINTED.notify_one();
}

/// Waits until a window says its view is on screen, or `within` has passed (a page that never
/// says so must not hold back what waits for it).
pub async fn first_paint(within: std::time::Duration) {
    let _ = tokio::time::timeout(within, PAINTED.notified()).await;
}

/// One window at a time: a click on a reminder and a second launch arriving together must
/// not both build one.
static BUILDING: Mutex<()> = Mutex::new(());

/// Shows the window on `route` (a view's address such as `#group/<id>`, or Today for None),
/// making it again if she closed it.
pub fn show<R: Runtime>(app: &AppHandle<R>, route: Option<&str>) {
    let _one = BUILDING.lock().unwrap_or_else(|p| p.into_inner());
    if let Some(window) = app.get_webview_window(MAIN) {
        // Each may fail on a platform without it; the view change below still happens.
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
        if let Some(route) = route
            && let Err(error) = app.emit_to(MAIN, OPEN_VIEW, route)
        {
            eprintln!("village: could not open {route}: {error}");
        }
        return;
    }
    if let Err(error) = build(app, route) {
        eprintln!("village: the window could not open: {error}");
    }
}

/// Builds the window from its entry in `tauri.conf.json`, on `route` from its first paint:
/// an event sent to a page still loading would be lost.
fn build<R: Runtime>(app: &AppHandle<R>, route: Option<&str>) -> tauri::Result<()> {
    let mut config = app
        .config()
        .app
        .windows
        .iter()
        .find(|w| w.label == MAIN)
        .cloned()
        .ok_or(tauri::Error::WindowNotFound)?;
    if let Some(route) = route.filter(|r| is_route(r)) {
        config.url = WebviewUrl::App(format!("index.html{route}").into());
    }
    if MADE.fetch_add(1, std::sync::atomic::Ordering::Relaxed) > 0 {
        *OPENED.lock().unwrap_or_else(|p| p.into_inner()) = Some(Instant::now());
    }
    let window = WebviewWindowBuilder::from_config(app, &config)?.build()?;
    let _ = window.set_focus();
    Ok(())
}

/// The addresses a reminder, the tray or a second launch may open: a view's name, and for a
/// person or group its id. Nothing else reaches the window's URL.
pub fn is_route(route: &str) -> bool {
    let Some(rest) = route.strip_prefix('#') else {
        return false;
    };
    let (view, id) = match rest.split_once('/') {
        Some((view, id)) => (view, Some(id)),
        None => (rest, None),
    };
    let named = !view.is_empty() && view.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
    let id_ok = match id {
        None => true,
        Some("mood") => view == "today",
        Some(id) => {
            matches!(view, "person" | "group")
                && id.len() == 36
                && id.bytes().all(|b| b.is_ascii_hexdigit() || b == b'-')
        }
    };
    named && id_ok
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_a_view_and_an_id_reach_the_windows_address() {
        for good in [
            "#today",
            "#today/mood",
            "#circle",
            "#group/0b0e8f9e-6c1a-4c5e-9d55-3f4c2b8a1e07",
            "#person/0b0e8f9e-6c1a-4c5e-9d55-3f4c2b8a1e07",
        ] {
            assert!(super::is_route(good), "{good}");
        }
        for bad in [
            "",
            "#",
            "today",
            "#Today",
            "#group/../../etc/passwd",
            "#group/0b0e8f9e",
            "#person/mood",
            "#circle/0b0e8f9e-6c1a-4c5e-9d55-3f4c2b8a1e07",
            "#today?x=1",
            "#today/mood/2",
            "https://example.com/#today",
        ] {
            assert!(!super::is_route(bad), "{bad}");
        }
    }
}
