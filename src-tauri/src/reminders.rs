//! Delivers reminders: a background task that sleeps until the next moment something can fall
//! due, and a desktop notifier that shows them and opens the app on a click.

use std::time::Duration;

use chrono::Local;
use tauri::{AppHandle, Manager, Runtime};
use village_core::catalog::{Language, Message};
use village_core::reminders::{About, Notifier, Opens, Reminder, Undelivered};
use village_core::store::DailyBackup;
use village_core::{ErrorCode, LanguageChoice};

use crate::AppState;

/// The longest single sleep. The timer stops while the computer sleeps, so a wake planned for
/// tomorrow 10:00 would come late after a night with the lid closed; looking again every
/// quarter hour keeps reminders on time at the cost of a few cheap reads.
const LONGEST_SLEEP: Duration = Duration::from_secs(15 * 60);
const SHORTEST_SLEEP: Duration = Duration::from_secs(1);

/// Starts the reminder task for the running app. Without a store there is nothing to remind.
pub fn start<R: Runtime>(app: AppHandle<R>) {
    if let Some(state) = app.try_state::<AppState>() {
        wake_after_sleep(state.reminders.clone());
    }
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
                Err(error) if error.code == ErrorCode::Locked => {
                    let sleep = locked_round(&state, &notifier);
                    tokio::select! {
                        () = tokio::time::sleep(sleep) => {}
                        () = state.reminders.notified() => {}
                    }
                    continue;
                }
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
            match state
                .session
                .daily_backup(now.with_timezone(&Local).date_naive())
                .await
            {
                Ok(DailyBackup::AlreadyMade) => {}
                Ok(done) => eprintln!("village: the daily backup: {}", done.words()),
                Err(error) => eprintln!("village: the daily backup failed: {error:?}"),
            }
            // Started at login with no window, nothing has asked for her language yet: the one
            // she picked in Settings is the one her reminders speak.
            if let Ok(choice) = store.language().await
                && choice != LanguageChoice::System
                && crate::language::set(choice.resolve(None, &[]))
            {
                crate::tray::relabel(&app);
            }
            let sleep = match store.send_due_reminders(&notifier, now, &Local).await {
                Ok(round) => {
                    for (reminder, why) in &round.undelivered {
                        eprintln!(
                            "village: reminder {:?} not shown: {why}",
                            reminder.title(Language::En)
                        );
                    }
                    if let Err(error) = state.session.remember_next_reminder(round.next_wake) {
                        eprintln!("village: could not note the next reminder: {error}");
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
            if app.get_webview_window(crate::window::MAIN).is_none() {
                give_back_memory();
            }
            tokio::select! {
                () = tokio::time::sleep(sleep) => {}
                () = state.reminders.notified() => {}
            }
        }
    });
}

/// With no window open, Village only waits for the next reminder, perhaps for hours: what it
/// freed (a round's reads, the day's backup, which passes every page of her journal through
/// SQLite's cache) goes back to the system. glibc keeps freed memory in each thread's arena
/// for reuse otherwise: about 22 MB after the day's backup of a five-year journal.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[allow(unsafe_code)]
pub fn give_back_memory() {
    // SAFETY: malloc_trim has no preconditions; it only returns free pages of the allocator's
    // own heaps to the kernel, under the allocator's lock.
    unsafe {
        libc::malloc_trim(0);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub fn give_back_memory() {}

/// The task's timer does not run while the computer sleeps, so a round planned before the lid
/// closed could come up to `LONGEST_SLEEP` late after it opens. logind says when the computer
/// wakes (PrepareForSleep(false) on the system bus); the task then looks at once. Where there
/// is no logind, the quarter-hour look still catches up.
#[cfg(target_os = "linux")]
fn wake_after_sleep(reminders: std::sync::Arc<tokio::sync::Notify>) {
    tauri::async_runtime::spawn(async move {
        if let Err(error) = hear_wakes(&reminders).await {
            eprintln!(
                "village: no word from the system when the computer wakes ({error}); reminders look again every 15 minutes"
            );
        }
    });
}

#[cfg(not(target_os = "linux"))]
fn wake_after_sleep(_reminders: std::sync::Arc<tokio::sync::Notify>) {}

#[cfg(target_os = "linux")]
async fn hear_wakes(reminders: &tokio::sync::Notify) -> zbus::Result<()> {
    use futures_lite::StreamExt;
    let bus = zbus::Connection::system().await?;
    let logind = zbus::Proxy::new(
        &bus,
        "org.freedesktop.login1",
        "/org/freedesktop/login1",
        "org.freedesktop.login1.Manager",
    )
    .await?;
    let mut signals = logind.receive_signal("PrepareForSleep").await?;
    eprintln!("village: listening for the computer waking");
    while let Some(signal) = signals.next().await {
        let going_to_sleep: bool = signal.body().deserialize()?;
        if !going_to_sleep {
            eprintln!("village: the computer woke; looking at reminders now");
            reminders.notify_one();
        }
    }
    Ok(())
}

/// While locked: at the moment the last unlocked round planned, one notification that says
/// only that a reminder is due. The real ones come, named, once she unlocks. Returns how long
/// to sleep.
fn locked_round(state: &AppState, notifier: &impl Notifier) -> Duration {
    let now = state.clock.now();
    match state.session.planned_reminder() {
        None => LONGEST_SLEEP,
        Some(at) if at <= now => {
            // All a locked Village shows: it knows a reminder is due, and nothing more.
            let reminder = Reminder {
                keys: Vec::new(),
                about: About::Said {
                    title: Message::new("notification-locked-title"),
                    body: Message::new("notification-locked-body"),
                },
                opens: Opens::Circle,
            };
            match notifier.notify(&reminder) {
                Ok(()) => eprintln!("village: locked reminder shown"),
                Err(why) => eprintln!("village: locked reminder not shown: {why}"),
            }
            // Once: the next moment is only known after she unlocks.
            state.session.forget_planned_reminder();
            LONGEST_SLEEP
        }
        Some(at) => (at - now)
            .to_std()
            .unwrap_or(SHORTEST_SLEEP)
            .clamp(SHORTEST_SLEEP, LONGEST_SLEEP),
    }
}

/// The first time she closes the window, one notification says that reminders go on and how
/// to stop them; told once, it is never said again.
pub fn explain_closing<R: Runtime>(app: AppHandle<R>) {
    tauri::async_runtime::spawn(async move {
        let Some(state) = app.try_state::<AppState>() else {
            return;
        };
        // Locked, the journal cannot remember that she was told: say it when it can.
        let Ok(store) = state.store() else {
            return;
        };
        match store.close_explained().await {
            Ok(false) => {}
            Ok(true) => return,
            Err(error) => {
                eprintln!("village: {error:?}");
                return;
            }
        }
        let notice = Reminder {
            keys: Vec::new(),
            about: About::Said {
                title: Message::new("notification-still-here-title"),
                body: Message::new("notification-still-here-body"),
            },
            opens: Opens::Settings,
        };
        match platform_notifier(app.clone()).notify(&notice) {
            Ok(()) => {
                if let Err(error) = store.mark_close_explained(state.clock.now()).await {
                    eprintln!("village: {error:?}");
                }
            }
            Err(why) => eprintln!("village: could not say that reminders go on: {why}"),
        }
    });
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
        // In the language she reads now: one chosen since the round began counts.
        let language = crate::language::current();
        let mut notification = notify_rust::Notification::new();
        notification
            .appname("Village")
            .summary(&reminder.title(language))
            .body(&body_text(&reminder.body(language)));
        // "default" is what the freedesktop spec calls a click on the notification itself.
        #[cfg(all(unix, not(target_os = "macos")))]
        notification.action(
            "default",
            &village_core::catalog::word(language, "notification-open"),
        );
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
                        crate::window::show(&app, Some(&route));
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
