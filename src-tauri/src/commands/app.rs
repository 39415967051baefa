//! Facts about the running app that the UI shows: version, where her data lives, schema.

use serde::Serialize;
use tauri::State;

use crate::{AppState, CommandError};

#[derive(Debug, Serialize)]
pub struct AppInfoDto {
    pub version: &'static str,
    pub data_dir: String,
    pub database: String,
    pub schema_version: i64,
}

#[tauri::command]
pub async fn app_info(state: State<'_, AppState>) -> Result<AppInfoDto, CommandError> {
    let store = state.store()?;
    Ok(AppInfoDto {
        version: env!("CARGO_PKG_VERSION"),
        data_dir: state.folder.display().to_string(),
        database: store.path().display().to_string(),
        schema_version: store.schema_version().await?,
    })
}
