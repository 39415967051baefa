//! When her journal will not open: the backups that would, and opening from one. The file
//! that would not open is set aside whole, never written over.

use serde::Serialize;
use tauri::State;

use super::data::BackupDto;
use crate::{AppState, CommandError};

#[derive(Debug, Serialize)]
pub struct GoodBackupDto {
    #[serde(flatten)]
    pub file: BackupDto,
    pub notes: i64,
    pub people: i64,
    pub groups: i64,
}

#[derive(Debug, Serialize)]
pub struct RecoveryDto {
    /// Whether the journal would not open for a reason a backup can mend.
    pub needed: bool,
    /// Why it would not open, as she reads it.
    pub problem: Option<String>,
    /// Backups that open whole, newest first.
    pub backups: Vec<GoodBackupDto>,
}

#[tauri::command]
pub async fn recovery_offer(state: State<'_, AppState>) -> Result<RecoveryDto, CommandError> {
    let needed = state.session.needs_recovery();
    let problem = needed
        .then(|| state.session.store().err())
        .flatten()
        .map(|e| e.public_message(crate::language::current()));
    let backups = state
        .session
        .good_backups()
        .await
        .into_iter()
        .map(|good| GoodBackupDto {
            notes: good.holds.mood_notes,
            people: good.holds.people,
            groups: good.holds.groups,
            file: good.file.into(),
        })
        .collect();
    Ok(RecoveryDto {
        needed,
        problem,
        backups,
    })
}

#[derive(Debug, Serialize)]
pub struct RecoveredDto {
    /// The backup her journal now comes from.
    pub from: String,
    /// Where the file that would not open is kept.
    pub set_aside: String,
}

/// Opens her journal from a backup in the list (by name, never a path of the window's choosing).
#[tauri::command]
pub async fn recover_from_backup(
    state: State<'_, AppState>,
    name: String,
) -> Result<RecoveredDto, CommandError> {
    let recovered = state.session.recover(&name, state.clock.now()).await?;
    state.reschedule_reminders();
    Ok(RecoveredDto {
        from: recovered.from,
        set_aside: recovered.set_aside.display().to_string(),
    })
}
