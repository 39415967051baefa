//! village-cli as she runs it: the real binary, on real SQLite files in temporary folders.

#[path = "../../core/tests/support/disk.rs"]
mod disk;

use std::path::{Path, PathBuf};

use assert_cmd::cargo::cargo_bin_cmd;
use chrono::{Duration, NaiveTime, Utc};
use serde_json::{Value, json};
use tempfile::TempDir;
use village_core::Store;

/// Daylio's header, and a row with a quoted note over a comma and quotes.
const DAYLIO: &str = "full_date,date,weekday,time,mood,activities,note_title,note\n\
2024-03-05,March 5,Tuesday,20:15,good,friends | walk,Nice day,\"A walk, with \"\"Ana\"\"\"\n";

/// One data folder per test, so nothing touches her real data.
struct Home {
    dir: TempDir,
}

/// What one run of the CLI did.
struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Run {
    fn ok(self) -> Run {
        assert_eq!(
            self.code,
            Some(0),
            "stdout: {}\nstderr: {}",
            self.stdout,
            self.stderr
        );
        self
    }

    fn failed(self) -> Run {
        assert!(
            matches!(self.code, Some(c) if c != 0),
            "expected a failure, got {:?}\nstdout: {}\nstderr: {}",
            self.code,
            self.stdout,
            self.stderr
        );
        self
    }

    fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).expect("stdout is JSON")
    }
}

impl Home {
    fn new() -> Home {
        Home {
            dir: tempfile::tempdir().expect("a temporary folder"),
        }
    }

    /// The database the CLI uses by default here: `$VILLAGE_DATA_DIR/village.db`.
    fn db(&self) -> PathBuf {
        self.dir.path().join("village.db")
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn write(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path(name);
        std::fs::write(&path, contents).expect("a test file is written");
        path
    }

    /// Runs the CLI in UTC with this folder as the app's data folder, and checks that
    /// whatever happened, it did not panic.
    fn run(&self, args: &[&str]) -> Run {
        self.run_with(args, &[])
    }

    fn run_with(&self, args: &[&str], env: &[(&str, &str)]) -> Run {
        let mut command = cargo_bin_cmd!("village-cli");
        command
            .args(args)
            .env("TZ", "UTC")
            .env("VILLAGE_DATA_DIR", self.dir.path())
            .env("XDG_DATA_HOME", self.path("xdg"))
            .env("HOME", self.path("home"))
            .env_remove("VILLAGE_DB")
            .env_remove("RUST_BACKTRACE");
        // English unless a test asks for another language: the machine's own says nothing.
        for name in ["VILLAGE_LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"] {
            command.env_remove(name);
        }
        for (key, value) in env {
            command.env(key, value);
        }
        let output = command.output().expect("village-cli runs");
        let run = Run {
            code: output.status.code(),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        };
        for text in [&run.stdout, &run.stderr] {
            assert!(
                !text.contains("panicked") && !text.contains("RUST_BACKTRACE"),
                "a panic in {args:?}: {text}"
            );
        }
        run
    }

    fn str(path: &Path) -> &str {
        path.to_str().expect("a UTF-8 temporary path")
    }

    /// The whole store as JSON, without the moment it was exported.
    fn export(&self, db: &Path) -> Value {
        let mut snapshot = self
            .run(&["--db", Home::str(db), "export", "--format", "json"])
            .ok()
            .json();
        snapshot
            .as_object_mut()
            .expect("an export is an object")
            .remove("exported_at");
        snapshot
    }

    fn mood_notes(&self, db: &Path) -> Vec<Value> {
        self.export(db)["mood_notes"]
            .as_array()
            .expect("mood_notes is a list")
            .clone()
    }
}

/// Reads a database the way the app does, outside the CLI.
async fn snapshot_of(db: &Path) -> village_core::transfer::Snapshot {
    let store = Store::open(db).await.expect("the database opens");
    let snapshot = store.snapshot(Utc::now()).await.expect("it reads");
    store.close().await;
    snapshot
}

/// A Village export with Ana (due three days ago), Bea (due in a month, called two days
/// ago) and a group meeting every day at ten.
fn circle_export() -> String {
    let today = Utc::now().date_naive();
    let noon = |days_ago: i64| {
        (today - Duration::days(days_ago))
            .and_time(NaiveTime::from_hms_opt(12, 0, 0).expect("noon"))
            .and_utc()
            .to_rfc3339()
    };
    let person = |id: &str, name: &str, cadence: u32| {
        json!({
            "id": id, "name": name, "relationship": "friend", "cadence_days": cadence,
            "created_at": noon(10), "updated_at": noon(10)
        })
    };
    json!({
        "format": "village-export",
        "version": 1,
        "exported_at": noon(0),
        "people": [
            person("6f1c2a3e-0000-4000-8000-000000000001", "Ana", 7),
            person("6f1c2a3e-0000-4000-8000-000000000002", "Bea", 30),
        ],
        "check_ins": [{
            "id": "6f1c2a3e-0000-4000-8000-0000000000c1",
            "person_id": "6f1c2a3e-0000-4000-8000-000000000002",
            "happened_at": noon(2), "kind": "call",
            "created_at": noon(2), "updated_at": noon(2)
        }],
        "groups": [{
            "id": "6f1c2a3e-0000-4000-8000-0000000000a1",
            "name": "Mom group", "kind": "mom_and_baby",
            "schedule": {
                "repeats": "weekly",
                "weekdays": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
                "on_date": (today - Duration::days(30)).to_string(),
                "start_time": "10:00", "duration_minutes": 60
            },
            "remind_minutes_before": 60,
            "created_at": noon(30), "updated_at": noon(30)
        }]
    })
    .to_string()
}

// --- the data folder ---

#[tokio::test]
async fn without_db_the_cli_uses_village_data_dir() {
    let home = Home::new();
    let run = home
        .run(&[
            "note", "--mood", "4", "--tag", "walk", "--tag", "sun", "A", "slow", "morning",
        ])
        .ok();
    assert!(
        run.stdout.contains("Good, tagged sun, walk."),
        "{}",
        run.stdout
    );

    let snapshot = snapshot_of(&home.db()).await;
    assert_eq!(snapshot.mood_notes.len(), 1);
    let note = &snapshot.mood_notes[0];
    assert_eq!(note.mood, 4);
    assert_eq!(note.note, "A slow morning");
    assert_eq!(note.tags, ["sun", "walk"]);
    assert!(!home.path("xdg").exists() && !home.path("home").exists());
}

#[test]
fn db_and_village_db_choose_another_database() {
    let home = Home::new();
    let chosen = home.path("chosen.db");
    let from_env = home.path("from-env.db");
    home.run(&["--db", Home::str(&chosen), "note", "--mood", "3"])
        .ok();
    home.run_with(
        &["note", "--mood", "5"],
        &[("VILLAGE_DB", Home::str(&from_env))],
    )
    .ok();
    // An empty VILLAGE_DB is no choice at all.
    home.run_with(&["note", "--mood", "2"], &[("VILLAGE_DB", "")])
        .ok();

    let moods = |db: &Path| -> Vec<i64> {
        home.mood_notes(db)
            .iter()
            .map(|n| n["mood"].as_i64().expect("a mood"))
            .collect()
    };
    assert_eq!(moods(&chosen), [3]);
    assert_eq!(moods(&from_env), [5]);
    assert_eq!(moods(&home.db()), [2]);
}

#[test]
fn the_app_identifier_is_the_one_in_tauri_conf() {
    let conf: Value = serde_json::from_str(include_str!("../../tauri.conf.json"))
        .expect("tauri.conf.json is JSON");
    let home = Home::new();
    // With no VILLAGE_DATA_DIR, the database is the app's: XDG_DATA_HOME/<identifier>.
    let mut command = cargo_bin_cmd!("village-cli");
    let output = command
        .args(["doctor"])
        .env("TZ", "UTC")
        .env_remove("VILLAGE_DATA_DIR")
        .env_remove("VILLAGE_DB")
        .env("XDG_DATA_HOME", home.path("xdg"))
        .env("HOME", home.path("home"))
        .output()
        .expect("village-cli runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let expected = home
        .path("xdg")
        .join(conf["identifier"].as_str().expect("an identifier"))
        .join("village.db");
    assert!(
        stdout.contains(&format!("Database: {}", expected.display())),
        "{stdout}"
    );
    // doctor never creates a database.
    assert_eq!(output.status.code(), Some(1));
    assert!(!expected.exists());
}

// --- note ---

#[test]
fn note_refuses_a_mood_out_of_range_and_creates_nothing() {
    let home = Home::new();
    for mood in ["9", "0", "-1"] {
        let run = home.run(&["note", "--mood", mood, "hello"]).failed();
        assert!(
            run.stderr.contains("1 (very hard) to 5 (great)"),
            "{}",
            run.stderr
        );
    }
    assert!(!home.db().exists());
}

#[test]
fn note_refuses_a_tag_too_long() {
    let home = Home::new();
    let tag = "x".repeat(200);
    let run = home.run(&["note", "--mood", "3", "--tag", &tag]).failed();
    assert!(!run.stderr.trim().is_empty());
    assert!(!home.db().exists() || home.mood_notes(&home.db()).is_empty());
}

// --- export ---

#[test]
fn export_json_round_trips_through_import() {
    let home = Home::new();
    home.run(&["note", "--mood", "2", "--tag", "tired", "Long night"])
        .ok();
    home.run(&["note", "--mood", "5", "Sunny walk"]).ok();
    let exported = home.run(&["export", "--format", "json"]).ok();
    let snapshot = exported.json();
    assert_eq!(snapshot["format"], "village-export");
    assert_eq!(snapshot["mood_notes"].as_array().map(Vec::len), Some(2));

    let file = home.write("export.json", &exported.stdout);
    let other = home.path("other.db");
    let run = home
        .run(&[
            "--db",
            Home::str(&other),
            "import",
            "--format",
            "json",
            Home::str(&file),
        ])
        .ok();
    assert!(run.stdout.contains("Added 2 mood notes"), "{}", run.stdout);
    assert_eq!(home.export(&other), home.export(&home.db()));
}

#[test]
fn export_to_a_file_writes_it_whole_and_nothing_else() {
    let home = Home::new();
    home.run(&["note", "--mood", "4", "Quiet day"]).ok();
    let out = home.path("out").join("village.json");
    std::fs::create_dir(home.path("out")).expect("a folder");
    let run = home
        .run(&["export", "--format", "json", "--out", Home::str(&out)])
        .ok();
    assert!(run.stdout.is_empty());
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);

    let written: Value =
        serde_json::from_str(&std::fs::read_to_string(&out).expect("the export")).expect("JSON");
    assert_eq!(written["mood_notes"][0]["note"], "Quiet day");
    let names: Vec<_> = std::fs::read_dir(home.path("out"))
        .expect("the folder")
        .map(|e| e.expect("an entry").file_name())
        .collect();
    assert_eq!(names, ["village.json"]);
}

#[test]
fn export_to_a_missing_folder_fails_and_writes_nothing() {
    let home = Home::new();
    home.run(&["note", "--mood", "4"]).ok();
    let out = home.path("no-such-folder").join("x.json");
    let run = home.run(&["export", "--out", Home::str(&out)]).failed();
    assert!(run.stderr.contains("cannot write"), "{}", run.stderr);
    assert!(!home.path("no-such-folder").exists());
}

#[test]
fn export_never_writes_over_the_database() {
    let home = Home::new();
    home.run(&["note", "--mood", "4", "Keep me"]).ok();
    let db = home.db();
    home.run(&["export", "--out", Home::str(&db)]).failed();
    home.run(&["backup", Home::str(&db)]).failed();
    assert_eq!(home.mood_notes(&db)[0]["note"], "Keep me");
}

#[test]
fn export_csv_markdown_and_ics_hold_the_journal_and_the_groups() {
    let home = Home::new();
    home.run(&["note", "--mood", "4", "--tag", "park", "Swings, then a nap"])
        .ok();
    let circle = home.write("circle.json", circle_export());
    home.run(&["import", Home::str(&circle)]).ok();

    let csv = home.run(&["export", "--format", "csv"]).ok().stdout;
    let mut lines = csv.lines();
    assert!(
        lines.next().is_some_and(|h| h.starts_with("date,")),
        "{csv}"
    );
    let row = lines.next().expect("one row");
    assert!(
        row.contains("park") && row.contains("\"Swings, then a nap\""),
        "{csv}"
    );

    let markdown = home.run(&["export", "--format", "markdown"]).ok().stdout;
    assert!(markdown.contains("Swings, then a nap"), "{markdown}");

    let ics = home.run(&["export", "--format", "ics"]).ok().stdout;
    assert!(ics.starts_with("BEGIN:VCALENDAR"), "{ics}");
    assert!(ics.contains("SUMMARY:Mom group"), "{ics}");
    assert!(ics.contains("TZID=UTC"), "{ics}");
}

#[test]
fn export_refuses_an_unknown_format() {
    let home = Home::new();
    home.run(&["note", "--mood", "4"]).ok();
    let run = home.run(&["export", "--format", "xml"]).failed();
    assert!(
        run.stderr.contains("json, csv, markdown or ics"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.is_empty());
}

#[test]
fn export_backup_and_doctor_say_there_is_no_database_and_create_none() {
    let home = Home::new();
    let missing = home.path("missing.db");
    let target = home.path("copy.db");
    for args in [
        vec!["export"],
        vec!["backup", Home::str(&target)],
        vec!["doctor"],
    ] {
        let mut all = vec!["--db", Home::str(&missing)];
        all.extend(args);
        let run = home.run(&all).failed();
        assert!(
            run.stderr.contains("There is no Village database at"),
            "{}",
            run.stderr
        );
    }
    assert!(!missing.exists() && !target.exists());
}

// --- import ---

#[test]
fn import_of_broken_json_names_the_line_and_changes_nothing() {
    let home = Home::new();
    home.run(&["note", "--mood", "3", "Before"]).ok();
    let before = home.export(&home.db());
    let broken = home.write(
        "broken.json",
        "{\n  \"format\": \"village-export\",\n  \"version\": 1,,\n}\n",
    );
    let run = home
        .run(&["import", "--format", "json", Home::str(&broken)])
        .failed();
    assert!(run.stderr.contains("line 3"), "{}", run.stderr);
    assert!(run.stderr.contains("broken.json"), "{}", run.stderr);
    assert_eq!(home.export(&home.db()), before);
}

#[test]
fn import_of_a_record_that_breaks_a_rule_changes_nothing() {
    let home = Home::new();
    home.run(&["note", "--mood", "3", "Before"]).ok();
    let before = home.export(&home.db());
    let mut snapshot: Value = serde_json::from_str(&circle_export()).expect("JSON");
    snapshot["people"][1]["name"] = json!("");
    let file = home.write("bad.json", snapshot.to_string());
    let run = home.run(&["import", Home::str(&file)]).failed();
    assert!(run.stderr.contains("In people, number 2"), "{}", run.stderr);
    assert_eq!(home.export(&home.db()), before);
}

#[test]
fn import_refuses_a_missing_file_and_an_unknown_format() {
    let home = Home::new();
    let run = home
        .run(&[
            "import",
            "--format",
            "json",
            Home::str(&home.path("nope.json")),
        ])
        .failed();
    assert!(run.stderr.contains("There is no file at"), "{}", run.stderr);

    let file = home.write("notes.txt", "hello");
    let run = home
        .run(&["import", "--format", "xml", Home::str(&file)])
        .failed();
    assert!(run.stderr.contains("daylio or vcard"), "{}", run.stderr);
    // Without --format, an extension Village does not read is refused too.
    let run = home.run(&["import", Home::str(&file)]).failed();
    assert!(run.stderr.contains("--format"), "{}", run.stderr);
    assert!(!home.db().exists());
}

#[tokio::test]
async fn daylio_import_keeps_the_note_its_tags_and_its_mood() {
    let home = Home::new();
    let file = home.write("daylio.csv", DAYLIO);
    // The .csv extension says Daylio.
    let run = home.run(&["import", Home::str(&file)]).ok();
    assert!(run.stdout.contains("Added 1 mood note"), "{}", run.stdout);
    assert!(
        run.stdout.contains("good (1 entry) \u{2192} 4 (Good)"),
        "{}",
        run.stdout
    );

    let snapshot = snapshot_of(&home.db()).await;
    assert_eq!(snapshot.mood_notes.len(), 1);
    let note = &snapshot.mood_notes[0];
    assert_eq!(note.mood, 4);
    assert_eq!(note.note, "Nice day\n\nA walk, with \"Ana\"");
    assert_eq!(note.tags, ["friends", "walk"]);
    assert_eq!(note.local_date.to_string(), "2024-03-05");

    // The same file again adds nothing.
    let again = home
        .run(&["import", "--format", "daylio", Home::str(&file)])
        .ok();
    assert!(again.stdout.contains("Added nothing"), "{}", again.stdout);
    assert_eq!(snapshot_of(&home.db()).await.mood_notes.len(), 1);
}

#[tokio::test]
async fn daylio_import_with_a_renamed_mood_waits_for_mood_map() {
    let home = Home::new();
    let file = home.write(
        "daylio.csv",
        format!("{DAYLIO}2024-03-06,March 6,Wednesday,7:40 AM,sleepy,,,Up at five\n"),
    );
    let args = ["import", "--format", "daylio", Home::str(&file)];
    let run = home.run(&args).failed();
    assert!(
        run.stderr.contains("\u{201c}sleepy\u{201d}"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("--mood-map sleepy=N"), "{}", run.stderr);
    assert!(
        run.stdout
            .contains("sleepy (1 entry) \u{2192} no number yet"),
        "{}",
        run.stdout
    );
    assert!(snapshot_of(&home.db()).await.mood_notes.is_empty());

    let run = home
        .run(&[&args[..], &["--mood-map", "sleepy=2"]].concat())
        .ok();
    assert!(run.stdout.contains("Added 2 mood notes"), "{}", run.stdout);
    let mut moods: Vec<(String, u8)> = snapshot_of(&home.db())
        .await
        .mood_notes
        .iter()
        .map(|n| (n.note.clone(), n.mood))
        .collect();
    moods.sort();
    assert_eq!(
        moods,
        [
            ("Nice day\n\nA walk, with \"Ana\"".to_owned(), 4),
            ("Up at five".to_owned(), 2)
        ]
    );
}

#[tokio::test]
async fn daylio_import_says_where_activities_past_the_tag_limit_went() {
    let home = Home::new();
    let activities: Vec<String> = (1..=23).map(|i| format!("activity {i}")).collect();
    let file = home.write(
        "daylio.csv",
        format!(
            "year,date,weekday,time,mood,activities,note\n\
             2024,March 5,Tuesday,5:01 PM,good,{},A full day\n",
            activities.join(" | ")
        ),
    );
    let run = home.run(&["import", "--dry-run", Home::str(&file)]).ok();
    let notice = "1 entry had more than 20 activities: the first 20 became tags and the rest were added to the end of the note (line 2).";
    assert!(run.stdout.contains(notice), "{}", run.stdout);
    let run = home.run(&["import", Home::str(&file)]).ok();
    assert!(run.stdout.contains("Added 1 mood note"), "{}", run.stdout);
    assert!(run.stdout.contains(notice), "{}", run.stdout);

    let snapshot = snapshot_of(&home.db()).await;
    let note = &snapshot.mood_notes[0];
    assert_eq!(note.tags.len(), 20);
    assert_eq!(
        note.note,
        "A full day\n\nAlso: activity 21, activity 22, activity 23"
    );
    assert_eq!(note.local_date.to_string(), "2024-03-05");
}

#[test]
fn a_mood_map_out_of_range_is_refused() {
    let home = Home::new();
    let file = home.write("daylio.csv", DAYLIO);
    let run = home
        .run(&["import", Home::str(&file), "--mood-map", "good=7"])
        .failed();
    assert!(run.stderr.contains("1 to 5"), "{}", run.stderr);
}

#[test]
fn a_daylio_file_with_another_header_names_line_1() {
    let home = Home::new();
    let file = home.write("daylio.csv", "date,mood\n2024-03-05,good\n");
    let run = home.run(&["import", Home::str(&file)]).failed();
    assert!(run.stderr.contains("Line 1"), "{}", run.stderr);
}

#[tokio::test]
async fn dry_run_says_what_it_would_add_and_adds_nothing() {
    let home = Home::new();
    home.run(&["note", "--mood", "3", "Already here"]).ok();
    let before = home.export(&home.db());
    let file = home.write(
        "daylio.csv",
        format!("{DAYLIO}2024-03-06,March 6,Wednesday,21:00,sleepy,,,Tired\n"),
    );
    let run = home.run(&["import", "--dry-run", Home::str(&file)]).ok();
    assert!(
        run.stdout.contains("This will add 1 mood note"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("--mood-map sleepy=N"), "{}", run.stdout);
    assert!(run.stdout.contains("Nothing was changed"), "{}", run.stdout);
    assert_eq!(home.export(&home.db()), before);
}

#[tokio::test]
async fn vcard_import_adds_people() {
    let home = Home::new();
    let file = home.write(
        "contacts.vcf",
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Silva\r\nTEL;TYPE=CELL:+1 555 0100\r\nEMAIL:ana@example.org\r\nEND:VCARD\r\n",
    );
    let run = home.run(&["import", Home::str(&file)]).ok();
    assert!(run.stdout.contains("Added 1 person"), "{}", run.stdout);
    let snapshot = snapshot_of(&home.db()).await;
    assert_eq!(snapshot.people.len(), 1);
    assert_eq!(snapshot.people[0].name, "Ana Silva");
    assert_eq!(snapshot.people[0].email, "ana@example.org");
}

#[tokio::test]
async fn vcard_import_reads_a_phone_s_2_1_cards() {
    let home = Home::new();
    let file = home.write(
        "contacts.vcf",
        include_str!("../../core/tests/fixtures/vcard/android-2.1.vcf"),
    );
    let run = home.run(&["import", Home::str(&file)]).ok();
    assert!(run.stdout.contains("Added 3 people"), "{}", run.stdout);
    let snapshot = snapshot_of(&home.db()).await;
    let maria = snapshot
        .people
        .iter()
        .find(|p| p.name == "María José García")
        .unwrap();
    assert_eq!(maria.phone, "+1 555 555 0101");
}

// --- backup and restore ---

#[tokio::test]
async fn backup_writes_a_copy_that_opens_with_the_same_notes() {
    let home = Home::new();
    home.run(&["note", "--mood", "4", "First"]).ok();
    home.run(&["note", "--mood", "2", "Second"]).ok();
    let copy = home.path("copy.db");
    let run = home.run(&["backup", Home::str(&copy)]).ok();
    assert!(run.stdout.contains("2 mood notes"), "{}", run.stdout);
    assert!(run.stdout.contains(Home::str(&copy)), "{}", run.stdout);

    let notes: Vec<String> = snapshot_of(&copy)
        .await
        .mood_notes
        .into_iter()
        .map(|n| n.note)
        .collect();
    assert_eq!(notes.len(), 2);
    assert!(notes.contains(&"First".to_owned()) && notes.contains(&"Second".to_owned()));
}

#[tokio::test]
async fn restore_puts_the_backup_back_and_keeps_what_it_replaced() {
    let home = Home::new();
    home.run(&["note", "--mood", "4", "In the backup"]).ok();
    let copy = home.path("copy.db");
    home.run(&["backup", Home::str(&copy)]).ok();
    home.run(&["note", "--mood", "2", "After the backup"]).ok();

    let run = home.run(&["restore", Home::str(&copy)]).ok();
    let notes: Vec<Value> = home.mood_notes(&home.db());
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0]["note"], "In the backup");

    let kept = run
        .stdout
        .lines()
        .find_map(|l| l.strip_prefix("What it replaced is kept at "))
        .and_then(|l| l.strip_suffix('.'))
        .map(PathBuf::from)
        .unwrap_or_else(|| panic!("no kept copy in {}", run.stdout));
    assert_eq!(snapshot_of(&kept).await.mood_notes.len(), 2);
}

#[test]
fn restore_refuses_random_bytes_and_leaves_the_data_as_it_was() {
    let home = Home::new();
    home.run(&["note", "--mood", "4", "Mine"]).ok();
    let before = home.export(&home.db());
    let junk: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let file = home.write("junk.db", &junk);
    let run = home.run(&["restore", Home::str(&file)]).failed();
    assert!(
        run.stderr.contains("not a Village database"),
        "{}",
        run.stderr
    );
    assert_eq!(home.export(&home.db()), before);
    assert_eq!(std::fs::read(&file).expect("the file"), junk);
}

#[test]
fn restore_refuses_a_missing_file() {
    let home = Home::new();
    home.run(&["note", "--mood", "4"]).ok();
    let run = home
        .run(&["restore", Home::str(&home.path("nope.db"))])
        .failed();
    assert!(run.stderr.contains("There is no file at"), "{}", run.stderr);
    assert_eq!(home.mood_notes(&home.db()).len(), 1);
}

// --- doctor ---

#[test]
fn doctor_reports_a_healthy_database() {
    let home = Home::new();
    home.run(&["note", "--mood", "4"]).ok();
    let circle = home.write("circle.json", circle_export());
    home.run(&["import", Home::str(&circle)]).ok();
    let run = home.run(&["doctor"]).ok();
    for expected in [
        "Integrity: ok",
        ", current",
        "People: 2",
        "Mood notes: 1",
        "Groups: 1",
    ] {
        assert!(
            run.stdout.contains(expected),
            "{expected} in {}",
            run.stdout
        );
    }
}

#[test]
fn doctor_exits_1_on_a_file_that_is_not_a_database() {
    let home = Home::new();
    let text = b"Dear diary, this is not SQLite.\n".repeat(200);
    let file = home.write("notes.db", &text);
    let run = home.run(&["--db", Home::str(&file), "doctor"]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stderr.contains("not a Village database"),
        "{}",
        run.stderr
    );
    assert_eq!(std::fs::read(&file).expect("the file"), text);
}

// --- today ---

#[test]
fn today_names_who_is_due_the_next_meeting_and_the_pulse() {
    let home = Home::new();
    let circle = home.write("circle.json", circle_export());
    home.run(&["import", Home::str(&circle)]).ok();

    let today = home.run(&["today", "--json"]).ok().json();
    assert_eq!(today["people"], 2);
    let due = today["due"].as_array().expect("a list");
    assert_eq!(due.len(), 1, "{today}");
    assert_eq!(due[0]["name"], "Ana");
    assert_eq!(due[0]["status"], "overdue");
    assert_eq!(due[0]["days_overdue"], 3);
    assert_eq!(today["next_meeting"]["group_name"], "Mom group");
    assert_eq!(today["pulse"]["days_since"], 2);
    assert_eq!(today["care"], Value::Null);

    let words = home.run(&["today"]).ok().stdout;
    // Never counted as days late: an invitation, since nothing with Ana is logged yet.
    assert!(words.contains("Might love a hello:\n"), "{words}");
    assert!(words.contains("Ana \u{b7} might love a hello"), "{words}");
    assert!(!words.contains("overdue"), "{words}");
    assert!(!words.contains("Bea \u{b7}"), "{words}");
    assert!(words.contains("Next meeting: Mom group \u{b7} "), "{words}");
    assert!(
        words.contains("You last connected 2 days ago, with Bea."),
        "{words}"
    );
}

#[test]
fn today_answers_in_spanish_when_the_system_speaks_spanish() {
    let home = Home::new();
    let circle = home.write("circle.json", circle_export());
    let spanish = [("LANG", "es_US.UTF-8")];
    let imported = home
        .run_with(&["import", Home::str(&circle)], &spanish)
        .ok();
    assert!(
        imported.stdout.contains("Village agregó 2 personas"),
        "{}",
        imported.stdout
    );

    let words = home.run_with(&["today"], &spanish).ok().stdout;
    assert!(words.contains("Les encantaría saber de ti:\n"), "{words}");
    assert!(
        words.contains("Ana \u{b7} le encantaría saber de ti"),
        "{words}"
    );
    assert!(
        words.contains("Próxima reunión: Mom group \u{b7} "),
        "{words}"
    );
    assert!(
        words.contains("Tu último contacto fue hace 2 días, con Bea."),
        "{words}"
    );
    let today = home.run_with(&["today", "--json"], &spanish).ok().json();
    assert_eq!(today["due"][0]["words"], "le encantaría saber de ti");
    // The JSON's fields are for scripts and stay as they are.
    assert_eq!(today["due"][0]["status"], "overdue");

    // --lang wins over the system's language, either way.
    let english = home
        .run_with(&["--lang", "en", "today"], &spanish)
        .ok()
        .stdout;
    assert!(
        english.contains("Ana \u{b7} might love a hello"),
        "{english}"
    );
    let chosen = home.run(&["today", "--lang=es"]).ok().stdout;
    assert!(
        chosen.contains("Ana \u{b7} le encantaría saber de ti"),
        "{chosen}"
    );
    home.run(&["--lang", "fr", "today"]).failed();

    let help = home.run_with(&["--help"], &spanish).ok().stdout;
    assert!(
        help.contains("Comandos:") && help.contains("Opciones:"),
        "{help}"
    );
}

#[test]
fn today_on_a_new_database_welcomes_her() {
    let home = Home::new();
    let today = home.run(&["today", "--json"]).ok().json();
    assert_eq!(today["due"], json!([]));
    assert_eq!(today["next_meeting"], Value::Null);
    assert_eq!(today["pulse"]["days_since"], Value::Null);
    let words = home.run(&["today"]).ok().stdout;
    assert!(words.contains("Nobody in your circle yet"), "{words}");
}

// --- the command line itself ---

#[test]
fn help_and_version_exit_0_and_a_wrong_command_does_not() {
    let home = Home::new();
    assert!(home.run(&["--help"]).ok().stdout.contains("export"));
    assert!(home.run(&["--version"]).ok().stdout.contains("village-cli"));
    home.run(&["sing"]).failed();
    home.run(&["note"]).failed();
}

/// Encrypts the database in `home` with `passphrase`, as the app's Privacy page does.
#[allow(clippy::unwrap_used)]
async fn encrypt(home: &Home, passphrase: &str) {
    home.run(&[
        "note",
        "--mood",
        "4",
        "--tag",
        "walk",
        "A walk by the river",
    ])
    .ok();
    let store = Store::open(home.db()).await.expect("the database opens");
    let passphrase = village_core::cipher::Passphrase::new(passphrase.into()).unwrap();
    let (store, _) = store.set_passphrase(&passphrase).await.expect("encrypted");
    store.close().await;
}

#[tokio::test]
#[allow(clippy::unwrap_used)]
async fn an_encrypted_database_opens_with_a_passphrase_file_and_never_without() {
    let home = Home::new();
    encrypt(&home, "pear tree lantern").await;

    // No file and no terminal: refused, with how to give it.
    let refused = home.run(&["today"]).failed();
    assert!(
        refused
            .stderr
            .contains("is encrypted. Pass --passphrase-file FILE"),
        "{}",
        refused.stderr
    );
    // The passphrase is never an argument.
    let argument = home
        .run(&["--passphrase", "pear tree lantern", "today"])
        .failed();
    assert!(
        argument.stderr.contains("unexpected argument"),
        "{}",
        argument.stderr
    );

    let wrong = home.write("wrong.txt", "pear tree lanterns\n");
    let refused = home
        .run(&["--passphrase-file", Home::str(&wrong), "doctor"])
        .failed();
    assert!(
        refused.stderr.contains("That passphrase doesn't open"),
        "{}",
        refused.stderr
    );

    // The right one, with the line break an editor leaves.
    let right = home.write("pass.txt", "pear tree lantern\r\n");
    let file = Home::str(&right);
    let doctor = home.run(&["--passphrase-file", file, "doctor"]).ok();
    assert!(doctor.stdout.contains("Integrity: ok"), "{}", doctor.stdout);
    assert!(doctor.stdout.contains("Mood notes: 1"), "{}", doctor.stdout);
    home.run(&[
        "--passphrase-file",
        file,
        "note",
        "--mood",
        "2",
        "Long night",
    ])
    .ok();
    let export = home
        .run(&["--passphrase-file", file, "export", "--format", "json"])
        .ok()
        .json();
    let notes: Vec<&str> = export["mood_notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["note"].as_str().unwrap())
        .collect();
    assert_eq!(notes.len(), 2, "{notes:?}");
    assert!(notes.contains(&"Long night"));

    // A backup of it is encrypted too, and restores with the same passphrase.
    let backup = home.path("copy.db");
    home.run(&["--passphrase-file", file, "backup", Home::str(&backup)])
        .ok();
    assert_eq!(
        village_core::cipher::file_kind(&backup).unwrap(),
        village_core::cipher::FileKind::Encrypted
    );
    home.run(&["--passphrase-file", file, "restore", Home::str(&backup)])
        .ok();
    let bytes = std::fs::read(home.db()).unwrap();
    assert!(!bytes.windows(10).any(|w| w == b"Long night"));
}

/// A refused passphrase ends the CLI with 1, every time. The connection that found the key
/// wrong used to be closed on its own thread while the process ended, and SQLCipher's exit
/// handler freed what that close still used: about one run in two hundred, under load, died
/// of a segmentation fault instead (no exit code at all). Eight at once, 800 runs.
#[tokio::test]
async fn a_refused_passphrase_exits_1_every_time_never_on_a_signal() {
    let home = Home::new();
    encrypt(&home, "pear tree lantern").await;
    let wrong = home.write("wrong.txt", "pear tree lanterns\n");
    let home = &home;
    let wrong = Home::str(&wrong);
    let codes: Vec<Option<i32>> = std::thread::scope(|scope| {
        let runs: Vec<_> = (0..8)
            .map(|_| {
                scope.spawn(move || {
                    (0..100)
                        .map(|_| home.run(&["--passphrase-file", wrong, "doctor"]).code)
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        runs.into_iter()
            .flat_map(|run| run.join().expect("a runner thread"))
            .collect()
    });
    let other: Vec<_> = codes.iter().filter(|c| **c != Some(1)).collect();
    assert!(other.is_empty(), "{} of 800 runs: {other:?}", other.len());
}

/// At a terminal she is asked, and what she types is not shown: `script` gives the CLI a real
/// terminal, and the passphrase is typed only once the prompt is there.
#[tokio::test]
#[allow(clippy::unwrap_used)]
async fn at_a_terminal_the_passphrase_is_asked_for_and_not_shown() {
    use std::io::{Read, Write};
    use std::process::{Command, Stdio};

    let home = Home::new();
    encrypt(&home, "pear tree lantern").await;
    let cli = env!("CARGO_BIN_EXE_village-cli");
    let mut child = Command::new("script")
        .args(["-qec", &format!("'{cli}' doctor"), "/dev/null"])
        .env("TZ", "UTC")
        .env("VILLAGE_DATA_DIR", home.dir.path())
        .env("HOME", home.path("home"))
        .env_remove("VILLAGE_DB")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("script runs");
    let mut stdout = child.stdout.take().unwrap();
    let mut seen = Vec::new();
    let mut chunk = [0u8; 256];
    while !String::from_utf8_lossy(&seen).contains("Passphrase for") {
        let n = stdout.read(&mut chunk).unwrap();
        assert!(n > 0, "no prompt: {}", String::from_utf8_lossy(&seen));
        seen.extend_from_slice(&chunk[..n]);
    }
    // rpassword prints the prompt a moment before it turns the terminal's echo off; keys that
    // arrive in that moment are echoed. A person cannot type that fast, but the test can: it
    // waits as long as she would take to start typing (seen once in a full run under load).
    std::thread::sleep(std::time::Duration::from_millis(500));
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(b"pear tree lantern\n").unwrap();
    stdout.read_to_end(&mut seen).unwrap();
    drop(stdin);
    assert!(child.wait().unwrap().success());
    let screen = String::from_utf8_lossy(&seen);
    assert!(screen.contains("Integrity: ok"), "{screen}");
    assert!(screen.contains("Mood notes: 1"), "{screen}");
    assert!(
        !screen.contains("lantern"),
        "the passphrase was shown: {screen}"
    );
}

// --- seed ---

#[test]
fn seed_fills_an_empty_database_and_never_one_with_data() {
    let home = Home::new();
    let db = home.path("generated.db");
    let run = home
        .run(&[
            "--db",
            Home::str(&db),
            "seed",
            "--profile",
            "five-years",
            "--seed",
            "7",
        ])
        .ok();
    assert!(
        run.stdout.contains("Generated five-years (seed 7)"),
        "{}",
        run.stdout
    );
    let doctor = home.run(&["--db", Home::str(&db), "doctor"]).ok();
    assert!(doctor.stdout.contains("People: 60"), "{}", doctor.stdout);
    assert!(doctor.stdout.contains("Groups: 15"), "{}", doctor.stdout);
    let today = home
        .run(&["--db", Home::str(&db), "today", "--json"])
        .ok()
        .json();
    // One of the 60 is archived, as people drift.
    assert_eq!(today["people"], 59, "{today}");

    // A second seed, or a seed into her own journal, is refused and adds nothing.
    let notes = home.export(&db)["mood_notes"].as_array().map(Vec::len);
    let again = home
        .run(&["--db", Home::str(&db), "seed", "--profile", "heavy"])
        .failed();
    assert!(
        again.stderr.contains("seed only fills an empty database"),
        "{}",
        again.stderr
    );
    assert_eq!(
        home.export(&db)["mood_notes"].as_array().map(Vec::len),
        notes
    );
    home.run(&["note", "--mood", "4", "Mine"]).ok();
    let mine = home.run(&["seed", "--profile", "five-years"]).failed();
    assert!(
        mine.stderr.contains("already holds 1 mood note"),
        "{}",
        mine.stderr
    );
    assert_eq!(home.mood_notes(&home.db()).len(), 1);

    let wrong = home
        .run(&[
            "--db",
            Home::str(&home.path("x.db")),
            "seed",
            "--profile",
            "huge",
        ])
        .failed();
    assert!(
        wrong.stderr.contains("Choose five-years or heavy"),
        "{}",
        wrong.stderr
    );
}

#[test]
fn a_full_disk_is_told_in_her_words_and_every_acknowledged_note_is_kept() {
    let Some(disk) = disk::SmallDisk::mount("4m") else {
        return;
    };
    let home = Home::new();
    let db = disk.path("village.db");
    let db_arg = db.to_str().expect("a UTF-8 path");
    home.run(&["--db", db_arg, "note", "--mood", "3", "first"])
        .ok();
    std::fs::write(disk.path("photos.bin"), vec![1u8; 400 * 1024]).expect("room to free later");
    let long = "Up three times in the night, fed, changed, rocked. ".repeat(200);
    let (mut acknowledged, mut in_a_row, mut attempted) = (1, 0, 0);
    while in_a_row < 5 && attempted < 600 {
        attempted += 1;
        let run = home.run(&["--db", db_arg, "note", "--mood", "2", &long]);
        if run.code == Some(0) {
            acknowledged += 1;
            in_a_row = 0;
        } else {
            in_a_row += 1;
            assert!(run.stderr.contains("device is full"), "{}", run.stderr);
            assert!(run.stderr.contains("wasn't saved"), "{}", run.stderr);
            for raw in ["database or disk is full", "the database failed", "SQLITE"] {
                assert!(!run.stderr.contains(raw), "{}", run.stderr);
            }
        }
    }
    assert_eq!(in_a_row, 5, "the disk never filled in {attempted} notes");
    assert!(acknowledged > 10, "{acknowledged}");
    let kept = notes_in(&db);
    assert_eq!(kept, acknowledged);
    eprintln!(
        "village-cli on a full disk: {attempted} attempted, {acknowledged} acknowledged, {kept} kept"
    );

    std::fs::remove_file(disk.path("photos.bin")).expect("space freed");
    home.run(&["--db", db_arg, "note", "--mood", "4", "room again"])
        .ok();
    assert_eq!(notes_in(&db), kept + 1);
    home.run(&["--db", db_arg, "doctor"]).ok();
}

#[test]
fn four_village_clis_writing_at_once_all_land() {
    let home = Home::new();
    home.run(&["note", "--mood", "3", "first"]).ok();
    let runs: Vec<Run> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..4)
            .map(|w| {
                let home = &home;
                scope.spawn(move || {
                    (0..10)
                        .map(|i| {
                            home.run(&["note", "--mood", "4", &format!("writer {w}, note {i}")])
                        })
                        .collect::<Vec<Run>>()
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().expect("a writer thread"))
            .collect()
    });
    for run in runs {
        assert!(!run.stderr.contains("locked"), "{}", run.stderr);
        run.ok();
    }
    assert_eq!(notes_in(&home.db()), 41);
}

/// The notes the file holds, read through the store as the app reads them.
fn notes_in(db: &Path) -> usize {
    tokio::runtime::Runtime::new()
        .expect("a runtime")
        .block_on(snapshot_of(db))
        .mood_notes
        .len()
}

#[test]
fn doctor_names_the_backups_that_open_and_recover_opens_the_journal_from_one() {
    let home = Home::new();
    for words in ["one", "two", "three"] {
        home.run(&["note", "--mood", "3", words]).ok();
    }
    let backup = home.path("backups").join("mine.db");
    std::fs::create_dir_all(home.path("backups")).expect("a backups folder");
    home.run(&["backup", backup.to_str().expect("UTF-8")]).ok();
    let damaged = b"Overwritten by a sync program.\n".repeat(100);
    std::fs::write(home.db(), &damaged).expect("the damage");

    let doctor = home.run(&["doctor"]).failed();
    assert!(
        doctor
            .stderr
            .contains("is not a Village database or is damaged. Village left it untouched."),
        "{}",
        doctor.stderr
    );
    assert!(
        doctor.stdout.contains("mine.db: 3 notes"),
        "{}",
        doctor.stdout
    );
    assert!(
        doctor.stdout.contains("village-cli recover mine.db"),
        "{}",
        doctor.stdout
    );
    assert_eq!(std::fs::read(home.db()).expect("still there"), damaged);

    let recovered = home.run(&["recover", "mine.db"]).ok();
    assert!(
        recovered.stdout.contains("Your journal is open again"),
        "{}",
        recovered.stdout
    );
    let kept = recovered
        .stdout
        .trim()
        .rsplit(" at ")
        .next()
        .map(|p| p.trim_end_matches('.'))
        .expect("where the damaged file is");
    assert_eq!(std::fs::read(kept).expect("kept"), damaged);
    let doctor = home.run(&["doctor"]).ok();
    assert!(doctor.stdout.contains("Mood notes: 3"), "{}", doctor.stdout);
    // Open now: nothing to recover, and nothing replaced.
    let again = home.run(&["recover", "mine.db"]).failed();
    assert!(again.stderr.contains("opens as it is"), "{}", again.stderr);
}
