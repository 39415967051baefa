//! Delivers reminders: a background task that sleeps until the next moment something can fall
//! due, and a desktop notifier that shows them and opens the app on a click.

use std::time::Duration;

use chrono::Local;
use tauri::{AppHandle, Emitter, Manager, Runtime};
use village_core::reminders::{Notifier, Reminder, Undelivered};

use crate::AppState;

/// The event that tells the window which view to show; `ui/api.js` listens for it.
pub const OPEN_VIEW: &str = "open-view";

/// The longest single sleep. The timer stops while the computer sleeps, so a wake planned for
/// tomorrow 10:00 would come late after a night with the lid closed; looking again every
/// quarter hour keeps reminders on time at the cost of a few cheap reads.
const LONGEST_SLEEP: Duration = Duration::from_secs(15 * 60);
const SHORTEST_SLEEP: Duration = Duration::from_secs(1);

/// Starts the reminder task for the running app. Without a store there is nothing to remind.
pub fn start<R: Runtime>(app: AppHandle<R>) {
    tauri::async_runtime::spawn(async move {
        let Some(state) = app.try_state::<AppState>() else {
            return;
        };
        let notifier = platform_notifier(app.clone());
        loop {
            // Asked each round: a restore puts a new store in place, and one under way (or a
            // store that would not reopen) only skips this round.
            let store = match state.store() {
                Ok(store) => store,
                Err(error) => {
                    eprintln!("village: reminders wait: {}", error.message);
                    tokio::select! {
                        () = tokio::time::sleep(LONGEST_SLEEP) => {}
                        () = state.reminders.notified() => {}
                    }
                    continue;
                }
            };
            let now = state.clock.now();
            // The daily backup, made in the first round of each of her days.
            if let Err(error) = store
                .automatic_backup(now.with_timezone(&Local).date_naive())
                .await
            {
                eprintln!("village: the daily backup failed: {error:?}");
            }
            let sleep = match store.send_due_reminders(&notifier, now, &Local).await {
                Ok(round) => {
                    for (reminder, why) in &round.undelivered {
                        eprintln!("village: reminder {:?} not shown: {why}", reminder.title);
                    }
                    let next = round.next_wake.map(|at| at.to_rfc3339());
                    eprintln!(
                        "village: reminder round: {} sent, next at {}",
                        round.sent.len(),
                        next.as_deref().unwrap_or("none (reminders are off)")
                    );
                    round
                        .next_wake
                        .and_then(|at| (at - now).to_std().ok())
                        .unwrap_or(LONGEST_SLEEP)
                }
                Err(error) => {
                    eprintln!("village: reminder round failed: {error:?}");
                    LONGEST_SLEEP
                }
            };
            let sleep = sleep.clamp(SHORTEST_SLEEP, LONGEST_SLEEP);
            tokio::select! {
                () = tokio::time::sleep(sleep) => {}
                () = state.reminders.notified() => {}
            }
        }
    });
}

/// Shows the window on the view a reminder is about.
fn open_on<R: Runtime>(app: &AppHandle<R>, route: &str) {
    if let Some(window) = app.get_webview_window("main") {
        // Each may fail on a platform without it; the view change below still happens.
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
    if let Err(error) = app.emit_to("main", OPEN_VIEW, route) {
        eprintln!("village: could not open {route}: {error}");
    }
}

#[cfg(desktop)]
fn platform_notifier<R: Runtime>(app: AppHandle<R>) -> DesktopNotifier<R> {
    DesktopNotifier { app }
}

/// On Android and iOS notify-rust does not run. This is where the Tauri notification plugin
/// (`tauri-plugin-notification`) takes over: a `Notifier` that asks for permission once and
/// shows each reminder through `app.notification().builder()`, with the route as the action's
/// extra data. It is not built yet; until it is, phones get no reminders.
#[cfg(mobile)]
fn platform_notifier<R: Runtime>(_app: AppHandle<R>) -> NoNotifications {
    NoNotifications
}

#[cfg(mobile)]
struct NoNotifications;

#[cfg(mobile)]
impl Notifier for NoNotifications {
    fn notify(&self, _: &Reminder) -> Result<(), Undelivered> {
        Err(Undelivered(
            "notifications on phones are not built yet".into(),
        ))
    }
}

/// Desktop notifications through notify-rust: the freedesktop D-Bus service on Linux, the
/// system's own on macOS and Windows.
#[cfg(desktop)]
pub struct DesktopNotifier<R: Runtime> {
    app: AppHandle<R>,
}

#[cfg(desktop)]
impl<R: Runtime> Notifier for DesktopNotifier<R> {
    fn notify(&self, reminder: &Reminder) -> Result<(), Undelivered> {
        let mut notification = notify_rust::Notification::new();
        notification
            .appname("Village")
            .summary(&reminder.title)
            .body(&body_text(&reminder.body));
        // "default" is what the freedesktop spec calls a click on the notification itself.
        #[cfg(all(unix, not(target_os = "macos")))]
        notification.action("default", "Open Village");
        // A D-Bus round trip: let the runtime move other tasks off this thread meanwhile.
        let shown = tokio::task::block_in_place(|| notification.show())
            .map_err(|error| Undelivered(error.to_string()))?;
        #[cfg(all(unix, not(target_os = "macos")))]
        {
            let app = self.app.clone();
            let route = reminder.opens.route();
            // Waiting for the click blocks until the notification closes, so it gets a thread.
            std::thread::spawn(move || {
                shown.wait_for_action(|action| {
                    if action == "default" {
                        open_on(&app, &route);
                    }
                });
            });
        }
        #[cfg(not(all(unix, not(target_os = "macos"))))]
        let _ = (shown, &self.app);
        Ok(())
    }
}

/// Freedesktop servers read a body as markup, so a name like "Tom & Jerry" or a "<" in a
/// place would be garbled or styled; escaped, it shows as she typed it.
#[cfg(desktop)]
fn body_text(body: &str) -> String {
    if cfg!(all(unix, not(target_os = "macos"))) {
        body.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    } else {
        body.to_owned()
    }
}

#[cfg(all(test, desktop))]
mod tests {
    #[test]
    #[cfg(all(unix, not(target_os = "macos")))]
    fn her_text_is_never_read_as_markup() {
        assert_eq!(
            super::body_text("Tom & Jerry <b>3</b>"),
            "Tom &amp; Jerry &lt;b&gt;3&lt;/b&gt;"
        );
    }
}
