//! The passphrase: turning it on, changing it, turning it off, the lock screen and its
//! growing wait after wrong tries.

use std::sync::Arc;

use serde::Serialize;
use tauri::State;
use village_core::cipher::{Key, Passphrase, Strength, unlock_delay};
use village_core::store::Rekeyed;
use village_core::{Error, Store};

use crate::state::REKEYING;
use crate::{AppState, CommandError};

#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct PrivacyDto {
    pub encrypted: bool,
    pub locked: bool,
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
    let locked = state.is_locked();
    PrivacyDto {
        encrypted: locked || state.store().is_ok_and(|s| s.is_encrypted()),
        locked,
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
/// long until the next try, and a try sent sooner waits that long before it is checked. Tries
/// take turns, so several sent at once are each held to the wait.
#[tauri::command]
pub async fn unlock(
    state: State<'_, AppState>,
    passphrase: String,
) -> Result<UnlockDto, CommandError> {
    let _turn = state.unlocking.lock().await;
    let open = if state.is_locked() {
        None
    } else {
        let store = state.store()?;
        if !store.is_encrypted() {
            return Ok(UnlockDto {
                unlocked: true,
                wait_seconds: 0,
            });
        }
        // The window shows its lock screen though the journal stayed open (a lock that came
        // while the file was being swapped): the passphrase is still what lets her back in.
        Some(store)
    };
    let passphrase = Passphrase::typed(passphrase)?;
    let not_before = state.unlock_tries().not_before;
    if let Some(wait) = not_before.and_then(|at| (at - state.clock.now()).to_std().ok()) {
        tokio::time::sleep(wait).await;
    }
    if let Some(store) = open {
        let right = tokio::task::block_in_place(|| store.has_passphrase(&passphrase))?;
        return Ok(if right {
            *state.unlock_tries() = Default::default();
            UnlockDto {
                unlocked: true,
                wait_seconds: 0,
            }
        } else {
            wrong_try(&state)
        });
    }
    let path = state.database_file();
    // Argon2 keeps a core busy for a moment; other tasks move off this thread meanwhile.
    let key = tokio::task::block_in_place(|| Key::for_file(&passphrase, &path))?;
    match Store::open_with(&path, Some(Arc::new(key))).await {
        Ok(store) => {
            *state.unlock_tries() = Default::default();
            crate::purge_deleted_notes(&state, &store).await;
            // A change of passphrase cut short may have left plain backups behind.
            match store.encrypt_plain_backups().await {
                Ok(rekeyed) if rekeyed.failed > 0 => {
                    eprintln!(
                        "village: {} older backups wait to be encrypted",
                        rekeyed.failed
                    );
                }
                Ok(_) => {}
                Err(error) => eprintln!("village: encrypting older backups failed: {error:?}"),
            }
            state.replace_store(Ok(store));
            state.reschedule_reminders();
            Ok(UnlockDto {
                unlocked: true,
                wait_seconds: 0,
            })
        }
        Err(Error::WrongPassphrase { .. }) => Ok(wrong_try(&state)),
        Err(other) => Err(other.into()),
    }
}

/// Counts a wrong passphrase and sets how long the next try waits.
fn wrong_try(state: &AppState) -> UnlockDto {
    let mut tries = state.unlock_tries();
    tries.failures = tries.failures.saturating_add(1);
    let wait = unlock_delay(tries.failures);
    tries.not_before = chrono::Duration::from_std(wait)
        .ok()
        .map(|wait| state.clock.now() + wait);
    UnlockDto {
        unlocked: false,
        wait_seconds: wait.as_secs(),
    }
}

/// Locks an encrypted journal now (she asked, or the window saw no use for her chosen time).
#[tauri::command]
pub async fn lock_now(state: State<'_, AppState>) -> Result<PrivacyDto, CommandError> {
    // A swap under way finishes first; its guard would otherwise lose the new store.
    state.store()?;
    state.lock().await;
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
        return Err(CommandError::invalid(
            "The two new passphrases are not the same. Type it again in both boxes.",
        ));
    }
    let new = Passphrase::new(passphrase)?;
    let (store, _busy) = state.begin_swap(REKEYING)?;
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
    let (store, _busy) = state.begin_swap(REKEYING)?;
    if !store.is_encrypted() {
        return Err(CommandError::invalid(
            "Your journal has no passphrase to turn off.",
        ));
    }
    check_current(&store, current)?;
    let key = store.key();
    let result = store.remove_passphrase().await;
    swapped(&state, result, key).await
}

/// Puts the store under its new key (or none) in place; after a failure, opens whatever file
/// is there (`AppState::reopen`), so the window never holds a store for a file that is gone.
async fn swapped(
    state: &AppState,
    result: village_core::Result<(Store, Rekeyed)>,
    key: Option<Arc<Key>>,
) -> Result<PrivacyDto, CommandError> {
    match result {
        Ok((store, rekeyed)) => {
            eprintln!("village: passphrase changed; backups: {rekeyed:?}");
            let encrypted = store.is_encrypted();
            state.replace_store(Ok(store));
            Ok(PrivacyDto {
                encrypted,
                locked: false,
            })
        }
        Err(error) => {
            state.reopen(key).await;
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
        .map_err(|_| CommandError::invalid("Type your current passphrase first."))?;
    let right = tokio::task::block_in_place(|| store.has_passphrase(&current))?;
    if right {
        Ok(())
    } else {
        Err(CommandError::invalid(
            "That isn't your current passphrase. Nothing was changed.",
        ))
    }
}
