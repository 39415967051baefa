//! Village's Tauri shell: opens the store, registers the thin commands, opens the window, and
//! keeps the reminders running after she closes it, until she quits.

pub mod autostart;
pub mod commands;
pub mod error;
pub mod language;
pub mod reminders;
pub mod state;
pub mod tray;
pub mod window;

use std::path::PathBuf;

// `COMMANDS` and `village_handler!`, written by build.rs from every command in `commands/`.
include!(concat!(env!("OUT_DIR"), "/commands.rs"));

use tauri::{Manager, Runtime};

pub use error::CommandError;
pub use state::{AppState, StoreFolder};

/// The app with its plugins, commands and state, on any runtime, so tests can drive the same
/// wiring through `tauri::test::mock_builder()`.
pub fn builder<R: Runtime>(builder: tauri::Builder<R>, data: StoreFolder) -> tauri::Builder<R> {
    let builder = builder
        .plugin(tauri_plugin_opener::init())
        // Used from Rust only, for the save dialog; the window is granted none of its commands.
        .plugin(tauri_plugin_dialog::init())
        .invoke_handler(village_handler!());
    match data {
        // A known folder (tests) opens at once, so the state is there before the event loop runs.
        StoreFolder::At(folder) => builder.manage(open_state(folder)),
        // The platform's folder needs the app's identifier, which only the running app knows.
        StoreFolder::FromEnvironment => builder.setup(move |app| {
            let folder = data.resolve(app.handle())?;
            app.manage(open_state(folder));
            Ok(())
        }),
    }
}

fn open_state(folder: PathBuf) -> AppState {
    let state = tauri::async_runtime::block_on(AppState::open(folder));
    match state.session.store() {
        Ok(_) | Err(village_core::Error::Locked) => {}
        // The window still opens and explains; the log keeps the whole chain.
        Err(problem) => eprintln!("village: could not open the store: {problem:?}"),
    }
    state
}

/// When `run` began, for the start-up time `commands::app::mark_ready` logs.
pub(crate) static STARTED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    let _ = STARTED.set(std::time::Instant::now());
    let background = std::env::args().any(|arg| arg == autostart::BACKGROUND_FLAG);
    let app = builder(
        desktop_plugins(tauri::Builder::default()),
        StoreFolder::FromEnvironment,
    )
    .build(context());
    match app {
        Ok(app) => app.run(move |app, event| on_event(app, event, background)),
        Err(error) => {
            eprintln!("village: the app could not start: {error:#}");
            std::process::exit(1);
        }
    }
}

/// The plugins only the running desktop app has: one Village at a time, and start at login.
#[cfg(desktop)]
fn desktop_plugins<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    // First, so a second launch hands over and exits before anything else starts.
    let builder = builder.plugin(single_instance());
    #[cfg(any(target_os = "macos", target_os = "windows"))]
    let builder = builder.plugin(
        tauri_plugin_autostart::Builder::new()
            .args([autostart::BACKGROUND_FLAG])
            .build(),
    );
    builder
}

#[cfg(mobile)]
fn desktop_plugins<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder
}

/// A second launch (from the menu, the login entry or a terminal) shows this one's window and
/// exits 0; one from the login entry while Village already runs has nothing to show.
#[cfg(desktop)]
fn single_instance<R: Runtime>() -> tauri::plugin::TauriPlugin<R> {
    let mut plugin = tauri_plugin_single_instance::Builder::new().callback(|app, args, _| {
        if !args.iter().any(|arg| arg == autostart::BACKGROUND_FLAG) {
            window::show(app, None);
        }
    });
    // One Village per data folder: a portable or test folder is its own Village, and never
    // hands over to (or takes the place of) the one on her usual folder.
    if let Some(folder) = std::env::var_os(state::DATA_DIR_VAR).filter(|f| !f.is_empty()) {
        plugin = plugin.dbus_id(folder_bus_id(&folder));
    }
    plugin.build()
}

/// A D-Bus name for a data folder: the app's identifier and a hash of the path (names allow
/// only letters, digits, `_` and `-` in each element).
#[cfg(desktop)]
fn folder_bus_id(folder: &std::ffi::OsStr) -> String {
    // FNV-1a: fixed for good, so every build of Village names the same folder the same way.
    let hash = folder
        .as_encoded_bytes()
        .iter()
        .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
        });
    format!("app.village.companion.folder_{hash:016x}")
}

fn on_event<R: Runtime>(app: &tauri::AppHandle<R>, event: tauri::RunEvent, background: bool) {
    match event {
        tauri::RunEvent::Ready => {
            reminders::start(app.clone());
            // Started at login: only the reminders, until she opens the window.
            if background {
                #[cfg(desktop)]
                tray::start(app);
                return;
            }
            window::show(app, None);
            // The tray's menu is made on the main thread the window is starting on; it waits
            // for her first view. The reminders do not: the day's backup made at once is the
            // one Data lists if she goes there first.
            #[cfg(desktop)]
            {
                let app = app.clone();
                tauri::async_runtime::spawn(async move {
                    window::first_paint(FIRST_PAINT_WAIT).await;
                    let main = app.clone();
                    if let Err(error) = app.run_on_main_thread(move || tray::start(&main)) {
                        eprintln!("village: the tray could not start: {error}");
                    }
                });
            }
        }
        // Closing the window closes only the window: the reminders go on until she quits.
        tauri::RunEvent::ExitRequested {
            code: None, api, ..
        } => api.prevent_exit(),
        tauri::RunEvent::WindowEvent {
            label,
            event: tauri::WindowEvent::Destroyed,
            ..
        } if label == window::MAIN => {
            reminders::explain_closing(app.clone());
            // A round now, with no window, hands back what the window's work freed.
            if let Some(state) = app.try_state::<AppState>() {
                state.reschedule_reminders();
            }
        }
        _ => {}
    }
}

/// The longest a start waits for the window's first paint before the tray is made anyway.
#[cfg(desktop)]
const FIRST_PAINT_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

/// Ends Village: the window, the reminders and the process.
pub fn quit<R: Runtime>(app: &tauri::AppHandle<R>) {
    eprintln!("village: quitting; no reminders until Village is opened again");
    app.exit(0);
}

/// The app's config, UI assets and capabilities, compiled in from the root `tauri.conf.json`.
pub fn context<R: Runtime>() -> tauri::Context<R> {
    tauri::generate_context!("../tauri.conf.json")
}

/// Where the data folder is when no test or override says otherwise; shown on the About page.
pub fn database_file(folder: &std::path::Path) -> PathBuf {
    folder.join("village.db")
}
