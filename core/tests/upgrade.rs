//! Every schema version Village has shipped, opened by today's build: the committed fixtures
//! in `tests/fixtures/upgrade/` (written by `scripts/make-upgrade-fixtures.py` from each
//! migration as it landed) must migrate to the latest schema, keep every row, and leave a
//! checked copy of the file as it was before the migration touched it.

#![allow(clippy::unwrap_used)]

mod support;

use std::collections::BTreeMap;
use std::path::Path;

use chrono::{TimeZone, Utc};
use village_core::Store;
use village_core::store::check_file;

/// The column that names a row of each table in the manifest.
const KEYS: [(&str, &str); 12] = [
    ("settings", "key"),
    ("person", "id"),
    ("check_in", "id"),
    ("mood_note", "id"),
    ("tag", "id"),
    ("mood_note_tag", "note_id || '/' || tag_id"),
    ("saved_group", "id"),
    ("sent_reminder", "occasion"),
    ("self_check", "id"),
    ("safety_plan_step", "step"),
    ("safety_plan_person", "person_id"),
    ("ready_message", "id"),
];

type Manifest = BTreeMap<String, BTreeMap<String, Vec<String>>>;

fn fixtures() -> &'static Path {
    Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/upgrade"
    ))
}

#[tokio::test]
async fn every_shipped_schema_upgrades_and_keeps_every_row() {
    let manifest: Manifest =
        serde_json::from_str(&std::fs::read_to_string(fixtures().join("manifest.json")).unwrap())
            .unwrap();
    let latest = Store::latest_schema_version();
    let versions: Vec<i64> = manifest.keys().map(|v| v.parse().unwrap()).collect();
    assert_eq!(
        versions.iter().max(),
        Some(&latest),
        "a fixture for the newest schema: run scripts/make-upgrade-fixtures.py"
    );
    assert_eq!(versions.len() as i64, latest, "a fixture for every version");

    let mut upgraded = 0;
    for (version, tables) in &manifest {
        let version: i64 = version.parse().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("village.db");
        std::fs::copy(fixtures().join(format!("schema-{version}.db")), &path).unwrap();

        let store = Store::open(&path)
            .await
            .unwrap_or_else(|e| panic!("schema {version} would not open: {e:?}"));
        assert_eq!(store.schema_version().await.unwrap(), latest);
        store.check().await.unwrap();

        // A copy of the file as it was, checked, before anything changed.
        let kept = store
            .backup_folder()
            .join(format!("village-schema-{version}.db"));
        if version < latest {
            assert_eq!(
                check_file(&kept, true, None).await.unwrap().schema_version,
                version
            );
            upgraded += 1;
        } else {
            assert!(!kept.exists(), "no copy when nothing changes");
        }

        for (table, keys) in tables {
            let column = KEYS
                .iter()
                .find(|(t, _)| t == table)
                .map(|(_, c)| *c)
                .unwrap_or_else(|| panic!("{table} has no key in KEYS"));
            let found: Vec<String> = support::strings(
                &store,
                &format!("SELECT CAST({column} AS TEXT) FROM {table}"),
            )
            .await;
            for key in keys {
                assert!(
                    found.contains(key),
                    "schema {version}: {table} lost {key}; it has {found:?}"
                );
            }
            // Nothing doubled; the tag table also holds the seven it starts with.
            let expected = keys.len() + if table == "tag" { 7 } else { 0 };
            assert_eq!(
                found.len(),
                expected,
                "schema {version}: {table}: {found:?}"
            );
        }

        // The data reads as the app reads it.
        let now = Utc.with_ymd_and_hms(2026, 3, 3, 9, 0, 0).unwrap();
        let snapshot = store.snapshot(now).await.unwrap();
        assert_eq!(
            snapshot.people.len(),
            tables.get("person").map_or(0, Vec::len)
        );
        if version >= 3 {
            let hits = store.search_notes("river", None, 10).await.unwrap();
            assert_eq!(
                hits.items.len(),
                1,
                "schema {version}: the index came through"
            );
            let note = &snapshot.mood_notes.iter().find(|n| n.mood == 2).unwrap();
            assert_eq!(note.note, "Long night. שלום 😴 <script>x</script>");
        }
        store.today(now, &Utc).await.unwrap();
        store.close().await;
    }
    println!("schema versions upgraded: {upgraded}, opened as current: 1");
}
