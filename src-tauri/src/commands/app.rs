//! About the running app: its version, where her database lives, and its schema.

use serde::Serialize;
use tauri::State;

use crate::{AppState, CommandError};

#[derive(Debug, Serialize)]
pub struct AboutDto {
    pub version: &'static str,
    pub data_dir: String,
    pub database: String,
    pub schema_version: i64,
}

#[tauri::command]
pub async fn about(state: State<'_, AppState>) -> Result<AboutDto, CommandError> {
    let store = state.store()?;
    Ok(AboutDto {
        version: env!("CARGO_PKG_VERSION"),
        data_dir: state.folder.display().to_string(),
        database: store.path().display().to_string(),
        schema_version: store.schema_version().await?,
    })
}
