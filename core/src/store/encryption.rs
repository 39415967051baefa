//! Turning the passphrase on, changing it and turning it off. The database is written anew
//! under the new key beside the old file, checked, and renamed over it, so a crash at any
//! moment leaves one whole file, under the old key or the new one.

use std::sync::Arc;

use sqlx::Connection;

use super::Store;
use super::backup::{
    BackupKind, check_file, copy_under_key, exclusive, put_in_place, remove_if_present,
    rewrite_file, sibling,
};
use crate::catalog::Message;
use crate::cipher::{FileKind, Key, Passphrase, file_kind, salt_of};
use crate::error::{Error, Result};

/// What changing the key did to the backups folder.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Rekeyed {
    /// Backups Village made, now under the new key (or plain, when turned off).
    pub backups_rewritten: usize,
    /// Plain backups that could not be encrypted (damaged) and were removed, so no readable
    /// copy of her journal stays behind.
    pub plain_removed: usize,
    /// Backups under some older passphrase, left as they are.
    pub left: usize,
    /// Backups that could not be rewritten just now (a full disk, a locked file): left as
    /// they were, and tried again at the next unlock.
    pub failed: usize,
}

impl Store {
    /// The key this store's file is encrypted with.
    pub fn key(&self) -> Option<Arc<Key>> {
        self.key.clone()
    }

    /// Whether `passphrase` is the one this store is encrypted with.
    pub fn has_passphrase(&self, passphrase: &Passphrase) -> Result<bool> {
        match &self.key {
            None => Ok(false),
            Some(key) => Ok(Key::derive(passphrase, key.salt())? == **key),
        }
    }

    /// Encrypts the database under `passphrase`, or re-encrypts it under a new one. Consumes
    /// the store: its connections close, and the store returned is open under the new key. An
    /// error before the swap leaves the file as it was; once the new file has its name, only
    /// its reopening can fail, and then the file on disk is the new one: open by its salt.
    pub async fn set_passphrase(self, passphrase: &Passphrase) -> Result<(Store, Rekeyed)> {
        let key = Arc::new(Key::fresh(passphrase)?);
        self.rekey(Some(key)).await
    }

    /// Decrypts the database: it is written plain and swapped in as `set_passphrase` does.
    pub async fn remove_passphrase(self) -> Result<(Store, Rekeyed)> {
        self.rekey(None).await
    }

    async fn rekey(self, to: Option<Arc<Key>>) -> Result<(Store, Rekeyed)> {
        let from = self.key.clone();
        let path = self.path.clone();
        let expected = self.check().await?;
        // Every connection finishes first; the exclusive one below then folds the write-ahead
        // log into the file and deletes it, so no page of it outlives the old key.
        self.close().await;
        let target = sibling(&path, "rekeying");
        remove_if_present(&target)?;
        let swapped = async {
            let mut conn = exclusive(&path, from.as_deref()).await?;
            let done = async {
                copy_under_key(&mut conn, &path, &target, to.as_deref()).await?;
                let found = check_file(&target, true, to.as_deref()).await?;
                if found != expected {
                    return Err(Error::Internal(Message::new("error-rekey-incomplete")));
                }
                put_in_place(&target, &path)
            }
            .await;
            // The lock is held until the new file has its name.
            conn.close().await.ok();
            done
        }
        .await;
        if let Err(error) = swapped {
            let _ = std::fs::remove_file(&target);
            return Err(error);
        }
        let store = Store::open_with(&path, to).await?;
        let rekeyed = store.rekey_backups(from.as_deref()).await?;
        Ok((store, rekeyed))
    }

    /// Encrypts any plain backup Village made, under this store's key: what turning the
    /// passphrase on had not finished when it was cut short. Nothing to do for a plain store.
    pub async fn encrypt_plain_backups(&self) -> Result<Rekeyed> {
        if self.key.is_none() {
            return Ok(Rekeyed::default());
        }
        self.rekey_backups(None).await
    }

    /// Brings the backups Village made under the store's key (from `from`), each written anew
    /// and checked before it replaces the old one. Her own files in that folder are left
    /// alone, and so is anything it cannot open. Only listing the folder can fail the call.
    async fn rekey_backups(&self, from: Option<&Key>) -> Result<Rekeyed> {
        let target = self.key.as_deref();
        let mut done = Rekeyed::default();
        for file in self.backups()? {
            if file.kind == BackupKind::Other {
                continue;
            }
            let salt = match file_kind(&file.path)? {
                FileKind::Plain => None,
                FileKind::Encrypted => salt_of(&file.path)?,
                FileKind::Missing | FileKind::Foreign => {
                    done.left += 1;
                    continue;
                }
            };
            let already = match (salt, target) {
                (None, None) => true,
                (Some(salt), Some(key)) => salt == key.salt(),
                _ => false,
            };
            if already {
                continue;
            }
            let source = match (salt, from) {
                (None, _) => None,
                (Some(salt), Some(key)) if salt == key.salt() => Some(key),
                _ => {
                    done.left += 1;
                    continue;
                }
            };
            // The file itself is already swapped in; a backup that fails here must not undo
            // that, so each failure is counted, never returned.
            match rewrite_file(&file.path, source, target).await {
                Ok(()) => done.backups_rewritten += 1,
                // Only a damaged plain copy goes: it cannot be encrypted, and a readable copy
                // of her journal must not stay behind. Anything else may work next time.
                Err(Error::Corrupt { .. }) if source.is_none() && target.is_some() => {
                    match std::fs::remove_file(&file.path) {
                        Ok(()) => done.plain_removed += 1,
                        Err(_) => done.failed += 1,
                    }
                }
                Err(_) => done.failed += 1,
            }
        }
        Ok(done)
    }
}
