//! Village with its window closed: whether it starts at login, what the tray offers, and Quit.

use serde::Serialize;
use tauri::{AppHandle, Runtime, State};

use village_core::catalog::Message;

use crate::{AppState, CommandError};

/// Where her reminders work, read from the system each time.
#[derive(Debug, Serialize)]
pub struct BackgroundDto {
    /// Whether Village starts (without a window) when she logs in.
    pub start_at_login: bool,
    /// Whether this system has a way to start it at login.
    pub start_at_login_supported: bool,
    /// Whether Village made a tray entry (shown where the desktop has a tray).
    pub tray: bool,
    /// Whether the journal is encrypted, so reminders while locked say only that one is due.
    pub encrypted: bool,
}

fn status<R: Runtime>(app: &AppHandle<R>, state: &AppState) -> Result<BackgroundDto, CommandError> {
    let start_at_login = crate::autostart::is_enabled(app).map_err(|error| {
        eprintln!("village: reading the login entry: {error}");
        CommandError::storage(Message::new("error-login-entry-unread"))
    })?;
    Ok(BackgroundDto {
        start_at_login,
        start_at_login_supported: crate::autostart::SUPPORTED,
        tray: crate::tray::is_shown(),
        encrypted: state.session.is_encrypted(),
    })
}

#[tauri::command]
pub fn background_status<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<BackgroundDto, CommandError> {
    status(&app, &state)
}

/// Turns "start Village when I log in" on or off, then reads back what the system now has.
#[tauri::command]
pub fn set_start_at_login<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    on: bool,
) -> Result<BackgroundDto, CommandError> {
    crate::autostart::set_enabled(&app, on).map_err(|error| {
        eprintln!("village: changing the login entry: {error}");
        CommandError::storage(if on {
            Message::new("error-login-entry-add")
        } else {
            Message::new("error-login-entry-remove")
        })
    })?;
    status(&app, &state)
}

/// Ends Village, reminders and all, until she opens it again.
#[tauri::command]
pub fn quit<R: Runtime>(app: AppHandle<R>) {
    crate::quit(&app);
}
