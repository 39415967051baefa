//! The passphrase, on real SQLite files: what an encrypted file gives away (nothing of hers),
//! the wrong key, and turning encryption on, changing it and turning it off with every record
//! kept and every file whole.

#![allow(clippy::unwrap_used)]

mod support;

use std::path::Path;
use std::sync::Arc;

use chrono_tz::Europe::London;
use support::full::{export_json, full_store, now, without_time};
use village_core::catalog::Language;
use village_core::cipher::{FileKind, Key, Passphrase, file_kind};
use village_core::journal::MoodNoteInput;
use village_core::store::{BackupKind, check_file};
use village_core::{Error, ErrorCode, Store};

/// Words that are in the store and must never be readable in an encrypted file.
const NOTE_WORDS: &str = "lighthouse-quietly-humming";
const NAME_WORDS: &str = "Philippa Wetherall";

fn pass(text: &str) -> Passphrase {
    Passphrase::new(text.to_owned()).unwrap()
}

async fn secret_store() -> (Store, tempfile::TempDir) {
    let (store, dir) = full_store().await;
    store
        .add_mood_note(
            &MoodNoteInput::new(2, now()).with_note(&format!("The night feed, {NOTE_WORDS}")),
            now(),
            &London,
        )
        .await
        .unwrap();
    store
        .add_person(
            &village_core::circle::PersonInput::named(NAME_WORDS),
            now(),
            &London,
        )
        .await
        .unwrap();
    (store, dir)
}

/// Every file in the data folder and its backups, as bytes.
fn every_file(folder: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    for dir in [folder.to_path_buf(), folder.join("backups")] {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            if entry.path().is_file() {
                let name = entry.path().display().to_string();
                files.push((name, std::fs::read(entry.path()).unwrap()));
            }
        }
    }
    files
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

async fn search_count(store: &Store, text: &str) -> usize {
    store
        .search_notes(text, None, 50)
        .await
        .unwrap()
        .items
        .len()
}

#[tokio::test]
async fn an_encrypted_folder_holds_none_of_her_words() {
    let (store, dir) = secret_store().await;
    // A plain daily backup from before, which must not survive as plain text.
    store.automatic_backup(now().date_naive()).await.unwrap();
    let before = every_file(dir.path());
    assert!(
        before.iter().any(|(_, bytes)| contains(bytes, NOTE_WORDS)),
        "the words are readable before encryption, so the search below can fail"
    );

    let (store, rekeyed) = store
        .set_passphrase(&pass("pear tree lantern"))
        .await
        .unwrap();
    assert!(store.is_encrypted());
    assert_eq!(rekeyed.backups_rewritten, 1);
    // A few writes under the key, so the write-ahead log has pages too.
    store
        .add_mood_note(
            &MoodNoteInput::new(3, now()).with_note(&format!("Again {NOTE_WORDS}")),
            now(),
            &London,
        )
        .await
        .unwrap();
    store
        .automatic_backup(now().date_naive().succ_opt().unwrap())
        .await
        .unwrap();

    let files = every_file(dir.path());
    assert!(
        files.len() >= 3,
        "{:?}",
        files.iter().map(|f| &f.0).collect::<Vec<_>>()
    );
    for (name, bytes) in &files {
        assert!(!contains(bytes, NOTE_WORDS), "{name} holds a note's words");
        assert!(!contains(bytes, NAME_WORDS), "{name} holds a name");
        assert!(
            !contains(bytes, "SQLite format 3"),
            "{name} has SQLite's header"
        );
    }
    assert_eq!(file_kind(store.path()).unwrap(), FileKind::Encrypted);
    store.close().await;
}

#[tokio::test]
async fn the_wrong_passphrase_is_refused_and_the_right_one_opens_everything() {
    let (store, _dir) = secret_store().await;
    let path = store.path().to_path_buf();
    let (store, _) = store
        .set_passphrase(&pass("pear tree lantern"))
        .await
        .unwrap();
    let expected = without_time(&export_json(&store).await);
    store.close().await;

    let locked = Store::open(&path).await.unwrap_err();
    assert!(matches!(locked, Error::Locked), "{locked:?}");
    assert_eq!(locked.code(), ErrorCode::Locked);

    let wrong = Key::for_file(
        &Passphrase::typed("pear tree lanterns".into()).unwrap(),
        &path,
    )
    .unwrap();
    let refused = Store::open_with(&path, Some(Arc::new(wrong)))
        .await
        .unwrap_err();
    assert!(
        matches!(refused, Error::WrongPassphrase { .. }),
        "{refused:?}"
    );
    assert!(
        refused
            .public_message(Language::En)
            .starts_with("That passphrase doesn't open")
    );
    // A wrong try is not the lock screen's code: the window stays where it is.
    assert_eq!(refused.code(), ErrorCode::Invalid);
    // Refusing wrote nothing: the file still opens with the right key, whole.
    let right = Key::for_file(
        &Passphrase::typed("pear tree lantern".into()).unwrap(),
        &path,
    )
    .unwrap();
    let store = Store::open_with(&path, Some(Arc::new(right)))
        .await
        .unwrap();
    assert_eq!(without_time(&export_json(&store).await), expected);
    assert_eq!(search_count(&store, "lighthouse").await, 1);
    assert!(store.has_passphrase(&pass("pear tree lantern")).unwrap());
    assert!(!store.has_passphrase(&pass("pear tree lanterns")).unwrap());
}

#[tokio::test]
async fn on_change_and_off_each_keep_every_record_and_a_whole_file() {
    let (store, dir) = secret_store().await;
    let path = store.path().to_path_buf();
    store.automatic_backup(now().date_naive()).await.unwrap();
    let expected = without_time(&export_json(&store).await);

    // On.
    let (store, _) = store
        .set_passphrase(&pass("first phrase here"))
        .await
        .unwrap();
    let check = store.check().await.unwrap();
    assert_eq!(without_time(&export_json(&store).await), expected);
    assert_eq!(search_count(&store, "lighthouse").await, 1);
    let first_salt = store.key().unwrap().salt();

    // Changed: the old passphrase no longer opens it, the new one does, backups follow.
    let (store, rekeyed) = store
        .set_passphrase(&pass("second phrase here"))
        .await
        .unwrap();
    assert_eq!(rekeyed.backups_rewritten, 1);
    assert_ne!(store.key().unwrap().salt(), first_salt);
    assert_eq!(store.check().await.unwrap(), check);
    assert_eq!(without_time(&export_json(&store).await), expected);
    let new_key = store.key().unwrap();
    store.close().await;
    let old = Key::for_file(&pass("first phrase here"), &path).unwrap();
    assert!(matches!(
        Store::open_with(&path, Some(Arc::new(old)))
            .await
            .unwrap_err(),
        Error::WrongPassphrase { .. }
    ));
    let store = Store::open_with(&path, Some(new_key.clone()))
        .await
        .unwrap();
    for backup in store.backups().unwrap() {
        assert_eq!(file_kind(&backup.path).unwrap(), FileKind::Encrypted);
        assert_eq!(
            check_file(&backup.path, true, Some(&new_key))
                .await
                .unwrap(),
            check
        );
        assert!(matches!(
            check_file(&backup.path, true, None).await.unwrap_err(),
            Error::NoKey { .. }
        ));
    }

    // Off: plain again, with its backups, and everything still there.
    let (store, rekeyed) = store.remove_passphrase().await.unwrap();
    assert_eq!(rekeyed.backups_rewritten, 1);
    assert!(!store.is_encrypted());
    assert_eq!(file_kind(&path).unwrap(), FileKind::Plain);
    assert_eq!(store.check().await.unwrap(), check);
    assert_eq!(without_time(&export_json(&store).await), expected);
    assert_eq!(search_count(&store, "lighthouse").await, 1);
    store.close().await;
    let store = Store::open(&path).await.unwrap();
    assert_eq!(without_time(&export_json(&store).await), expected);
    // Nothing half-made is left beside the database.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        !names
            .iter()
            .any(|n| n.ends_with(".rekeying") || n.ends_with(".partial")),
        "{names:?}"
    );
}

#[tokio::test]
async fn an_encrypted_store_backs_up_and_restores_under_its_key() {
    let (store, dir) = secret_store().await;
    let plain_backup = dir.path().join("before.db");
    store.backup_to(&plain_backup).await.unwrap();
    let expected = without_time(&export_json(&store).await);
    let (store, _) = store
        .set_passphrase(&pass("pear tree lantern"))
        .await
        .unwrap();
    let key = store.key().unwrap();

    // A backup of the encrypted store is encrypted and opens with the same key.
    let encrypted_backup = dir.path().join("after.db");
    store.backup_to(&encrypted_backup).await.unwrap();
    assert_eq!(file_kind(&encrypted_backup).unwrap(), FileKind::Encrypted);
    check_file(&encrypted_backup, true, Some(&key))
        .await
        .unwrap();

    // A plain backup restored into it comes in encrypted.
    store
        .add_mood_note(
            &MoodNoteInput::new(5, now()).with_note("after"),
            now(),
            &London,
        )
        .await
        .unwrap();
    let (store, kept) = store.restore_from(&plain_backup, now()).await.unwrap();
    assert!(store.is_encrypted());
    assert_eq!(file_kind(store.path()).unwrap(), FileKind::Encrypted);
    assert_eq!(file_kind(&kept).unwrap(), FileKind::Encrypted);
    assert_eq!(without_time(&export_json(&store).await), expected);
    assert_eq!(store.backups().unwrap()[0].kind, BackupKind::BeforeRestore);

    // A file under another passphrase is refused, and nothing changes.
    let (other, other_dir) = secret_store().await;
    let (other, _) = other.set_passphrase(&pass("someone else's")).await.unwrap();
    let foreign = other_dir.path().join("other.db");
    other.backup_to(&foreign).await.unwrap();
    let refused = store
        .clone()
        .restore_from(&foreign, now())
        .await
        .unwrap_err();
    assert!(
        refused
            .public_message(Language::En)
            .contains("other than the one Village has now"),
        "{refused:?}"
    );
}

#[tokio::test]
async fn a_new_file_can_start_encrypted_and_a_foreign_file_stays_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("village.db");
    let key = Arc::new(Key::fresh(&pass("pear tree lantern")).unwrap());
    let store = Store::open_with(&path, Some(key.clone())).await.unwrap();
    assert!(store.is_encrypted());
    store.close().await;
    assert_eq!(file_kind(&path).unwrap(), FileKind::Encrypted);
    assert!(matches!(
        Store::open(&path).await.unwrap_err(),
        Error::Locked
    ));

    let odd = dir.path().join("notes.txt");
    std::fs::write(&odd, "not a database at all").unwrap();
    assert!(matches!(
        Store::open_with(&odd, Some(key)).await.unwrap_err(),
        Error::Corrupt { .. }
    ));
    assert_eq!(
        std::fs::read_to_string(&odd).unwrap(),
        "not a database at all"
    );
}
