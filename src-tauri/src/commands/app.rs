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
        data_dir: state.folder.display().to_string(),
        database: store.path().display().to_string(),
        schema_version: store.schema_version().await?,
        license: env!("CARGO_PKG_LICENSE"),
        libraries: serde_json::from_str(LIBRARIES).unwrap_or_default(),
    })
}

/// The UI calls this once, when its first view is painted with her data. The line is how
/// `make bench` times a start; it carries nothing of hers.
#[tauri::command]
pub fn mark_ready() {
    let since = crate::STARTED.get().map(std::time::Instant::elapsed);
    match since {
        Some(since) => eprintln!("village: ready in {} ms", since.as_millis()),
        None => eprintln!("village: ready"),
    }
}
