//! What the store tests share: a real SQLite file in a temporary folder, and row counts read
//! through a connection of their own.

// Each test file uses what it needs of these; the rest would warn in that file's build.
#![allow(dead_code, clippy::unwrap_used)]

pub mod disk;
pub mod full;

use sqlx::Connection;
use village_core::Store;

/// A store in its own temporary folder, which lives as long as the returned guard.
pub async fn store() -> (Store, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("village.db")).await.unwrap();
    (store, dir)
}

/// The number a fixed `SELECT COUNT(*) …` gives, read outside the store's pool.
pub async fn raw_count(store: &Store, sql: &'static str) -> i64 {
    let mut conn = sqlx::SqliteConnection::connect(&format!("sqlite://{}", store.path().display()))
        .await
        .unwrap();
    sqlx::query_scalar(sql).fetch_one(&mut conn).await.unwrap()
}

/// How many rows `table` holds.
pub async fn count(store: &Store, table: &str) -> i64 {
    // Fixed statements: table names cannot be bound.
    let sql = match table {
        "person" => "SELECT COUNT(*) FROM person",
        "check_in" => "SELECT COUNT(*) FROM check_in",
        "saved_group" => "SELECT COUNT(*) FROM saved_group",
        "mood_note" => "SELECT COUNT(*) FROM mood_note",
        other => panic!("no count for {other}"),
    };
    raw_count(store, sql).await
}

/// A database file in `dir` migrated only up to `version`, as an older Village left it, for
/// upgrade tests to fill before today's `Store::open` migrates it the rest of the way.
pub async fn database_at_version(
    dir: &tempfile::TempDir,
    version: i64,
) -> (std::path::PathBuf, sqlx::SqlitePool) {
    let path = dir.path().join("village.db");
    let options = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(&path)
        .create_if_missing(true);
    let pool = sqlx::SqlitePool::connect_with(options).await.unwrap();
    sqlx::migrate!("./migrations")
        .run_to(version, &pool)
        .await
        .unwrap();
    (path, pool)
}

/// Every value `sql` gives in its one text column, read outside the store's pool. `sql` is
/// the test's own (names from a fixed list), never input.
pub async fn strings(store: &Store, sql: &str) -> Vec<String> {
    let mut conn = sqlx::SqliteConnection::connect(&format!("sqlite://{}", store.path().display()))
        .await
        .unwrap();
    sqlx::query_scalar::<_, String>(sqlx::AssertSqlSafe(sql.to_owned()))
        .fetch_all(&mut conn)
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
}
