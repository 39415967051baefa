//! About the running app: its version, where her database lives, and its schema; and the
//! moment its first view is on screen.

use serde::Serialize;
use tauri::State;

use crate::{AppState, CommandError};

#[derive(Debug, Serialize)]
pub struct AboutDto {
    pub version: &'static str,
    pub data_dir: String,
    pub database: String,
    pub schema_version: i64,
    /// Village's own licence, as an SPDX expression.
    pub license: &'static str,
    /// The open-source libraries built into this app, from `cargo metadata` at build time.
    pub libraries: serde_json::Value,
}

/// Written by build.rs: name, version, licence and repository of each library.
const LIBRARIES: &str = include_str!(concat!(env!("OUT_DIR"), "/libraries.json"));

#[tauri::command]
pub async fn about(state: State<'_, AppState>) -> Result<AboutDto, CommandError> {
    let store = state.store()?;
    Ok(AboutDto {
        version: env!("CARGO_PKG_VERSION"),
        data_dir: state.folder().display().to_string(),
        database: store.path().display().to_string(),
        schema_version: store.schema_version().await?,
        license: env!("CARGO_PKG_LICENSE"),
        libraries: serde_json::from_str(LIBRARIES).unwrap_or_default(),
    })
}

/// The UI calls this once per window, when its first view is painted with her data, with the
/// address it opened on. The line is how `make bench` times a start and how the tests see
/// which view a reminder opened; it carries nothing of hers (an id at most).
#[tauri::command]
pub fn mark_ready(route: String) {
    let opened = crate::window::OPENED
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .take()
        .or_else(|| crate::STARTED.get().copied());
    let route = match route.as_str() {
        "" => "#today",
        route if crate::window::is_route(route) => route,
        _ => "another view",
    };
    crate::window::painted();
    match opened.map(|at| at.elapsed()) {
        Some(since) => eprintln!("village: ready in {} ms on {route}", since.as_millis()),
        None => eprintln!("village: ready on {route}"),
    }
}
