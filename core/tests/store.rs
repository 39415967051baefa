//! The store against real SQLite files: new, reopened, damaged and unwritable.

// A test that cannot unwrap has failed; the panic names what was missing.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};

use chrono::{NaiveTime, TimeZone, Utc};
use village_core::catalog::Language;
use village_core::{Error, ErrorCode, QuietHours, Store, Theme};

fn at(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

fn instant() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 1, 9, 0, 0).unwrap()
}

async fn raw(path: &Path) -> sqlx::SqliteConnection {
    use sqlx::Connection;
    sqlx::SqliteConnection::connect(&format!("sqlite://{}", path.display()))
        .await
        .unwrap()
}

async fn migrations_applied(path: &Path) -> Vec<(i64, String)> {
    sqlx::query_as(
        "SELECT version, CAST(installed_on AS TEXT) FROM _sqlx_migrations ORDER BY version",
    )
    .fetch_all(&mut raw(path).await)
    .await
    .unwrap()
}

#[tokio::test]
async fn a_new_file_is_created_in_a_new_folder_and_migrated() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested").join("village.db");
    let store = Store::open(&path).await.unwrap();

    assert!(path.is_file());
    assert_eq!(
        store.schema_version().await.unwrap(),
        Store::latest_schema_version()
    );
    assert!(Store::latest_schema_version() >= 1);
    store.close().await;
}

#[tokio::test]
async fn every_connection_syncs_fully_and_enforces_foreign_keys() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("village.db")).await.unwrap();
    // The pool opens connections lazily; ask several so more than the first one is checked.
    for _ in 0..3 {
        let pragmas = store.pragmas().await.unwrap();
        assert_eq!(pragmas.journal_mode, "wal");
        assert!(pragmas.synchronous_full);
        assert!(pragmas.foreign_keys);
        assert!(pragmas.busy_timeout_ms >= 1000, "{pragmas:?}");
    }
}

#[tokio::test]
async fn reopening_keeps_data_and_does_not_run_migrations_twice() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("village.db");
    let store = Store::open(&path).await.unwrap();
    store.set_theme(Theme::Dark, instant()).await.unwrap();
    store.close().await;
    let first = migrations_applied(&path).await;
    assert!(!first.is_empty());

    // installed_on has one-second precision; make a second run visible if it happened.
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let reopened = Store::open(&path).await.unwrap();
    assert_eq!(reopened.theme().await.unwrap(), Theme::Dark);
    reopened.close().await;
    assert_eq!(migrations_applied(&path).await, first);
}

#[tokio::test]
async fn a_file_that_is_not_a_database_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("village.db");
    let garbage = b"This is my shopping list, not a database.\n".repeat(200);
    std::fs::write(&path, &garbage).unwrap();

    let err = Store::open(&path).await.unwrap_err();
    assert!(matches!(err, Error::Corrupt { .. }), "{err:?}");
    assert_eq!(err.code(), ErrorCode::Storage);
    assert!(
        err.public_message(Language::En).contains("untouched"),
        "{}",
        err.public_message(Language::En)
    );
    assert_eq!(std::fs::read(&path).unwrap(), garbage);
    let mut beside: Vec<PathBuf> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    beside.sort();
    assert_eq!(beside, vec![path], "no -wal or -shm file was created");
}

#[tokio::test]
async fn a_database_with_a_damaged_body_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("village.db");
    let store = Store::open(&path).await.unwrap();
    store.set_theme(Theme::Light, instant()).await.unwrap();
    store.close().await;
    let mut bytes = std::fs::read(&path).unwrap();
    // Keep the header, scribble over the schema page and everything after it.
    for b in bytes.iter_mut().skip(100) {
        *b = 0xA5;
    }
    std::fs::write(&path, &bytes).unwrap();

    let err = Store::open(&path).await.unwrap_err();
    assert!(matches!(err, Error::Corrupt { .. }), "{err:?}");
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
}

/// Root writes through directory permissions, so as root a kernel file system stands in
/// for a read-only location.
fn read_only_location(dir: &Path) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let locked = dir.join("locked");
    std::fs::create_dir(&locked).unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o555)).unwrap();
    let probe = locked.join("probe");
    if std::fs::write(&probe, b"x").is_ok() {
        std::fs::remove_file(&probe).unwrap();
        return PathBuf::from("/sys/village-test/village.db");
    }
    locked.join("village.db")
}

#[tokio::test]
async fn a_read_only_location_gives_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = read_only_location(dir.path());

    let err = Store::open(&path).await.unwrap_err();
    assert!(matches!(err, Error::Unwritable { .. }), "{err:?}");
    assert_eq!(err.code(), ErrorCode::Storage);
    assert!(
        err.public_message(Language::En)
            .starts_with("Village cannot write its data at"),
        "{}",
        err.public_message(Language::En)
    );
    assert!(!path.exists());
}

#[tokio::test]
async fn settings_default_until_she_chooses() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("village.db")).await.unwrap();
    let settings = store.settings().await.unwrap();
    assert_eq!(settings.theme, Theme::System);
    assert_eq!(settings.quiet_hours, QuietHours::default());
    assert_eq!(settings.quiet_hours.start, at(21, 0));
    assert_eq!(settings.quiet_hours.end, at(8, 0));
}

#[tokio::test]
async fn quiet_hours_are_kept_and_a_bad_change_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("village.db")).await.unwrap();
    let night_feeds = QuietHours {
        enabled: false,
        start: at(22, 30),
        end: at(6, 45),
    };
    store
        .set_quiet_hours(&night_feeds, instant())
        .await
        .unwrap();
    assert_eq!(store.quiet_hours().await.unwrap(), night_feeds);

    let broken = QuietHours {
        enabled: true,
        start: at(7, 0),
        end: at(7, 0),
    };
    let err = store.set_quiet_hours(&broken, instant()).await.unwrap_err();
    assert_eq!(err.code(), ErrorCode::Invalid);
    assert_eq!(store.quiet_hours().await.unwrap(), night_feeds);
}

#[tokio::test]
async fn a_hand_edited_setting_falls_back_to_the_default() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("village.db");
    let store = Store::open(&path).await.unwrap();
    store.set_theme(Theme::Dark, instant()).await.unwrap();
    store.close().await;
    sqlx::query("UPDATE settings SET value = 'purple' WHERE key = 'theme'")
        .execute(&mut raw(&path).await)
        .await
        .unwrap();
    let store = Store::open(&path).await.unwrap();
    assert_eq!(store.theme().await.unwrap(), Theme::System);
}
