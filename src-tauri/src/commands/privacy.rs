//! The passphrase: turning it on, changing it, turning it off, the lock screen and its
//! growing wait after wrong tries.

use std::sync::Arc;

use serde::Serialize;
use tauri::State;
use village_core::Store;
use village_core::catalog::Message;
use village_core::cipher::{Key, Passphrase, Strength};
use village_core::session::{Swap, Unlock};
use village_core::store::Rekeyed;

use crate::{AppState, CommandError};

#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct PrivacyDto {
    pub encrypted: bool,
    pub locked: bool,
    /// Why her journal can be read but not saved to, while its disk is read-only.
    pub read_only: Option<String>,
}

#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct StrengthDto {
    pub level: Strength,
    pub words: &'static str,
}

#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct UnlockDto {
    pub unlocked: bool,
    /// After a wrong passphrase: how long before the next try is heard.
    pub wait_seconds: u64,
}

fn status(state: &AppState) -> PrivacyDto {
    PrivacyDto {
        encrypted: state.session.is_encrypted(),
        locked: state.session.is_locked(),
        read_only: state
            .session
            .store()
            .is_ok_and(|store| store.is_read_only())
            .then(|| village_core::Error::ReadOnly.public_message(crate::language::current())),
    }
}

/// Asked before anything else at start: whether to show the lock screen. Reads nothing of
/// hers.
#[tauri::command]
pub fn privacy_status(state: State<'_, AppState>) -> PrivacyDto {
    status(&state)
}

/// A guide while she types a new passphrase.
#[tauri::command]
pub fn passphrase_strength(passphrase: String) -> StrengthDto {
    let level = Strength::of(&zeroize::Zeroizing::new(passphrase));
    StrengthDto {
        level,
        words: level.words(),
    }
}

/// Opens the encrypted journal. A wrong passphrase is an answer, not an error: it says how
/// long until the next try (`village_core::session` holds a try sent sooner to the wait).
#[tauri::command]
pub async fn unlock(
    state: State<'_, AppState>,
    passphrase: String,
) -> Result<UnlockDto, CommandError> {
    let passphrase = Passphrase::typed(passphrase)?;
    match state.session.unlock(&passphrase, state.clock.now()).await? {
        Unlock::Open => {
            state.reschedule_reminders();
            Ok(UnlockDto {
                unlocked: true,
                wait_seconds: 0,
            })
        }
        Unlock::Wrong { wait } => Ok(UnlockDto {
            unlocked: false,
            wait_seconds: wait.as_secs(),
        }),
    }
}

/// Locks an encrypted journal now (she asked, or the window saw no use for her chosen time).
#[tauri::command]
pub async fn lock_now(state: State<'_, AppState>) -> Result<PrivacyDto, CommandError> {
    // A swap under way finishes first; its guard would otherwise lose the new store.
    state.store()?;
    state.session.lock().await;
    Ok(status(&state))
}

/// Turns the passphrase on, or changes it (`current` is then required and checked).
#[tauri::command]
pub async fn set_passphrase(
    state: State<'_, AppState>,
    current: String,
    passphrase: String,
    confirm: String,
) -> Result<PrivacyDto, CommandError> {
    if passphrase != confirm {
        return Err(CommandError::invalid(Message::new(
            "error-passphrases-differ",
        )));
    }
    let new = Passphrase::new(passphrase)?;
    let (store, _busy) = state.session.begin_swap(Swap::Rekey)?;
    check_current(&store, current)?;
    let key = store.key();
    let result = store.set_passphrase(&new).await;
    swapped(&state, result, key).await
}

/// Turns the passphrase off: the journal and its backups are written plain again.
#[tauri::command]
pub async fn remove_passphrase(
    state: State<'_, AppState>,
    current: String,
) -> Result<PrivacyDto, CommandError> {
    let (store, _busy) = state.session.begin_swap(Swap::Rekey)?;
    if !store.is_encrypted() {
        return Err(CommandError::invalid(Message::new("error-no-passphrase")));
    }
    check_current(&store, current)?;
    let key = store.key();
    let result = store.remove_passphrase().await;
    swapped(&state, result, key).await
}

/// Puts the store under its new key (or none) in place; after a failure, opens whatever file
/// is there (`Session::reopen`), so the window never holds a store for a file that is gone.
async fn swapped(
    state: &AppState,
    result: village_core::Result<(Store, Rekeyed)>,
    key: Option<Arc<Key>>,
) -> Result<PrivacyDto, CommandError> {
    match result {
        Ok((store, rekeyed)) => {
            eprintln!("village: passphrase changed; backups: {rekeyed:?}");
            state.session.replace(Ok(store));
            Ok(status(state))
        }
        Err(error) => {
            state.session.reopen(key).await;
            Err(error.into())
        }
    }
}

/// An encrypted journal changes only for someone who knows its passphrase.
fn check_current(store: &Store, current: String) -> Result<(), CommandError> {
    if !store.is_encrypted() {
        return Ok(());
    }
    let current = Passphrase::typed(current)
        .map_err(|_| CommandError::invalid(Message::new("error-current-passphrase-empty")))?;
    let right = tokio::task::block_in_place(|| store.has_passphrase(&current))?;
    if right {
        Ok(())
    } else {
        Err(CommandError::invalid(Message::new(
            "error-current-passphrase-wrong",
        )))
    }
}
