//! Every command the window can call, fed what a broken or hostile page could send: huge and
//! empty text, NUL bytes, markup, SQL, odd unicode, negative and huge numbers, wrong types,
//! missing fields and unknown ids. Each call is refused with a code from the closed set and a
//! sentence (or, for a shape serde refuses before the command runs, Tauri's own refusal,
//! which `ui/api.js` words as "Please check what you entered"), nothing panics, and a refusal
//! changes nothing in the database. What is accepted is stored as text, never run.

// A test that cannot unwrap has failed; the panic names what was missing.
#![allow(clippy::unwrap_used)]

mod support;

use serde_json::{Value, json};
use sqlx::{Connection, SqliteConnection};

/// The codes `ui/api.js` knows, from the core's one list.
fn codes() -> Vec<&'static str> {
    village_core::ErrorCode::ALL
        .iter()
        .map(|c| c.as_str())
        .collect()
}

/// Words that would mean an internal error reached her.
const LEAKS: [&str; 8] = [
    "panicked",
    "SQLITE",
    "sqlite3",
    "syntax error",
    "constraint failed",
    "sqlx",
    "unwrap",
    "RUST_BACKTRACE",
];

/// What each value is put in place of every field in turn.
fn hostile_values() -> Vec<Value> {
    vec![
        json!(""),
        json!("   "),
        json!("\t\n\r"),
        json!("x".repeat(100_000)),
        json!("a\u{0}b"),
        json!("'; DROP TABLE person; --"),
        json!("\" OR 1=1 --"),
        json!("<script>window.__pwned = 1</script>"),
        json!("<img src=x onerror=alert(1)>"),
        json!("\u{202e}gnp.exe"),
        json!("Z\u{335}\u{321}a\u{334}l\u{336}g\u{335}o\u{338}"),
        json!("🌙".repeat(2_000)),
        json!("../../../etc/passwd"),
        json!("2026-02-30"),
        json!("9999-99-99T99:99"),
        json!("NaN"),
        json!("00000000-0000-4000-8000-000000000000"),
        json!(0),
        json!(-1),
        json!(i64::MIN),
        json!(i64::MAX),
        json!(u64::MAX),
        json!(1e308),
        json!(3.5),
        json!(true),
        Value::Null,
        json!([]),
        json!({}),
        json!(["a", 1, null]),
    ]
}

/// Every command with arguments that would work, after `seed` put ids in place.
fn commands(ids: &Ids) -> Vec<(&'static str, Value)> {
    let person = json!({"name": "Ana", "relationship": "friend", "phone": "+44 7700 900123",
                        "email": "ana@example.com", "cadence_days": 7, "notes": "Met at group",
                        "birthday": {"month": 4, "day": 12, "year": 1990}});
    let group = json!({"name": "Tuesday group", "kind": "support_group", "place": "Library",
                       "link": "https://example.org", "notes": "Bring snacks",
                       "schedule": {"repeats": "weekly", "weekdays": ["tue"], "time": "10:30",
                                    "duration_minutes": 90, "date": "2026-01-06"},
                       "remind_minutes_before": 60});
    let note = json!({"mood": 4, "note": "A walk", "tags": ["walk"], "energy": 3,
                      "sleep_hours": 6.5});
    vec![
        ("set_theme", json!({"theme": "dark"})),
        (
            "set_quiet_hours",
            json!({"input": {"enabled": true, "start": "21:00", "end": "07:00"}}),
        ),
        (
            "set_reminders",
            json!({"input": {"enabled": true, "time_of_day": "10:00"}}),
        ),
        ("set_baby_birth_date", json!({"date": "2026-09-30"})),
        ("set_idle_lock", json!({"minutes": 5})),
        (
            "set_nudge",
            json!({"input": {"enabled": true, "time_of_day": "19:00", "skip_if_noted": true}}),
        ),
        ("mark_ready", json!({"route": "#today"})),
        (
            "passphrase_strength",
            json!({"passphrase": "pear tree lantern"}),
        ),
        ("unlock", json!({"passphrase": "pear tree lantern"})),
        // Never accepted here: the two new passphrases differ, so the file stays plain.
        (
            "set_passphrase",
            json!({"current": "", "passphrase": "pear tree lantern",
                                  "confirm": "moon over the bay"}),
        ),
        ("remove_passphrase", json!({"current": "pear tree lantern"})),
        ("dismiss_self_check_prompt", json!({"week": 6})),
        ("self_check_form", json!({"kind": "phq9"})),
        (
            "take_self_check",
            json!({"input": {"kind": "gad7", "answers": [0, 1, 0, 0, 1, 0, 0],
                                             "difficulty": 1}}),
        ),
        ("get_self_check", json!({"id": ids.self_check})),
        ("delete_self_check", json!({"id": ids.self_check})),
        (
            "save_safety_plan",
            json!({"input": {"steps": [
            {"number": 1, "text": "Not sleeping", "people": []},
            {"number": 4, "text": "Call them", "people": [ids.person]}]}}),
        ),
        ("list_circle", json!({"includeArchived": false})),
        ("get_person", json!({"id": ids.person})),
        ("add_person", json!({"input": person})),
        ("update_person", json!({"id": ids.person, "input": person})),
        (
            "archive_person",
            json!({"id": ids.person, "archived": false}),
        ),
        ("delete_person", json!({"id": ids.person})),
        ("snooze_person", json!({"id": ids.person, "days": 3})),
        ("clear_snooze", json!({"id": ids.person})),
        (
            "log_check_in",
            json!({"input": {"person_id": ids.person, "kind": "call",
                                          "happened_at": "2026-11-20T10:00", "note": "Hi"}}),
        ),
        ("delete_check_in", json!({"id": ids.check_in})),
        (
            "set_person_muted",
            json!({"id": ids.person, "muted": false}),
        ),
        (
            "journal_page",
            json!({"filter": {"tag": "walk", "mood": 4, "from": "2026-01-01",
                                           "to": "2026-12-31"}, "after": null, "limit": 50}),
        ),
        ("day_notes", json!({"date": "2026-11-20"})),
        ("search_journal", json!({"query": "walk", "after": null})),
        ("month_view", json!({"year": 2026, "month": 11})),
        ("journal_trends", json!({"days": 30})),
        ("rename_tag", json!({"id": ids.tag, "name": "walks"})),
        (
            "merge_tags",
            json!({"from": ids.tag, "into": ids.other_tag}),
        ),
        ("add_mood_note", json!({"input": note})),
        ("update_mood_note", json!({"id": ids.note, "input": note})),
        ("delete_mood_note", json!({"id": ids.note})),
        ("undo_delete_mood_note", json!({"id": ids.note})),
        ("groups_overview", json!({"includeArchived": false})),
        ("get_group", json!({"id": ids.group})),
        ("add_group", json!({"input": group})),
        ("update_group", json!({"id": ids.group, "input": group})),
        ("archive_group", json!({"id": ids.group, "archived": false})),
        ("delete_group", json!({"id": ids.group})),
        (
            "attend_meeting",
            json!({"input": {"group_id": ids.group, "meeting_start": null,
                                            "mood_after": 4, "note": "Good"}}),
        ),
        ("set_group_muted", json!({"id": ids.group, "muted": false})),
        (
            "preview_import",
            json!({"moods": [{"name": "rad", "mood": 5}]}),
        ),
        (
            "apply_import",
            json!({"moods": [{"name": "rad", "mood": 5}]}),
        ),
        // These open the system's file dialog when their arguments are right; the sweep
        // gives them only wrong ones (see `opens_a_dialog`).
        ("export_data", json!({"format": "json"})),
        ("choose_import", json!({"format": "daylio"})),
        ("restore_backup", json!({"name": "village-2026-11-20.db"})),
        ("export_calendar", json!({"groupId": ids.group})),
        // Reaching out: her own words, the links her apps open, and the group finder.
        ("ready_messages", json!({"personId": ids.person})),
        ("save_ready_message", json!({"text": "Coffee this week?"})),
        (
            "update_ready_message",
            json!({"id": ids.ready_message, "text": "Tea this week?"}),
        ),
        ("delete_ready_message", json!({"id": ids.ready_message})),
        (
            "hello_link",
            json!({"input": {"person_id": ids.person, "how": "text", "to": SEED_PHONE,
                             "body": "Hi!"}}),
        ),
        (
            "answer_hello",
            json!({"pending": ids.pending_hello, "reached": false}),
        ),
        (
            "invite_text",
            json!({"groupId": ids.group, "personId": ids.person}),
        ),
        (
            "invite_link",
            json!({"input": {"group_id": ids.group, "person_id": ids.person, "how": "text",
                             "to": SEED_PHONE, "body": "Come along?"}}),
        ),
        // Opens the save dialog when both are right (see `opens_a_dialog`).
        (
            "save_meeting_calendar",
            json!({"groupId": ids.group, "startsAt": SEED_MEETING}),
        ),
        ("group_finder", json!({})),
        ("save_found_group", json!({"key": "psi-online"})),
        // Her journal opens, so there is nothing to recover: every name is refused in words.
        ("recovery_offer", json!({})),
        (
            "recover_from_backup",
            json!({"name": "village-2026-11-20.db"}),
        ),
    ]
}

/// A call that would open a file dialog, which the mock runtime cannot answer.
fn opens_a_dialog(command: &str, args: &Value) -> bool {
    let valid_format =
        |v: &Value, formats: &[&str]| v.as_str().is_some_and(|f| formats.contains(&f));
    match command {
        "export_data" => valid_format(&args["format"], &["json", "csv", "markdown", "ics"]),
        "choose_import" => valid_format(&args["format"], &["json", "daylio", "vcard"]),
        "restore_backup" => args.get("name").is_none_or(Value::is_null),
        "save_meeting_calendar" => {
            args["startsAt"] == json!(SEED_MEETING)
                && args["groupId"]
                    .as_str()
                    .is_some_and(|id| id.len() == 36 && !id.starts_with("00000000"))
        }
        "export_calendar" => {
            args.get("groupId").is_none_or(Value::is_null)
                || args["groupId"] == json!("00000000-0000-4000-8000-000000000000")
        }
        _ => false,
    }
}

/// The seeded person's number, the one a hello may be sent to.
const SEED_PHONE: &str = "+1 555 010 2030";
/// A start of the seeded group's meeting (Wednesdays at 10:00 from 7 January 2026) as the
/// window sends it, in UTC: the meeting itself where the machine's zone is UTC.
const SEED_MEETING: &str = "2026-01-07T10:00:00Z";

struct Ids {
    person: String,
    ready_message: String,
    pending_hello: String,
    group: String,
    note: String,
    tag: String,
    other_tag: String,
    check_in: String,
    self_check: String,
}

fn seed(app: &support::TestApp) -> Ids {
    let ok = |cmd: &str, args: Value| app.invoke(cmd, args).unwrap();
    let person = ok(
        "add_person",
        json!({"input": {"name": "Sam", "relationship": "friend", "cadence_days": 7,
                         "phone": SEED_PHONE}}),
    );
    let group = ok(
        "add_group",
        json!({"input": {"name": "Baby café", "kind": "mom_and_baby",
                         "schedule": {"repeats": "weekly", "weekdays": ["wed"], "time": "10:00",
                                      "duration_minutes": 60, "date": "2026-01-07"}}}),
    );
    let note = ok(
        "add_mood_note",
        json!({"input": {"mood": 3, "note": "Rain", "tags": ["walk", "rain"]}}),
    );
    let tags = ok("list_tags", json!({}));
    let tag_id = |name: &str| {
        tags.as_array()
            .unwrap()
            .iter()
            .find(|t| t["name"] == name)
            .unwrap()["id"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let check_in = ok(
        "log_check_in",
        json!({"input": {"person_id": person["id"], "kind": "text"}}),
    );
    let self_check = ok(
        "take_self_check",
        json!({"input": {"kind": "phq9", "answers": [0, 1, 0, 0, 1, 0, 0, 0, 0]}}),
    );
    let ready_message = ok("save_ready_message", json!({"text": "Walk on Sunday?"}));
    let hello = ok(
        "hello_link",
        json!({"input": {"person_id": person["id"], "how": "text", "to": SEED_PHONE,
                         "body": "Hi"}}),
    );
    Ids {
        person: person["id"].as_str().unwrap().to_owned(),
        ready_message: ready_message["id"].as_str().unwrap().to_owned(),
        pending_hello: hello["pending"].as_str().unwrap().to_owned(),
        group: group["id"].as_str().unwrap().to_owned(),
        note: note["id"].as_str().unwrap().to_owned(),
        tag: tag_id("walk"),
        other_tag: tag_id("rain"),
        check_in: check_in["id"].as_str().unwrap().to_owned(),
        self_check: self_check["id"].as_str().unwrap().to_owned(),
    }
}

/// Every way to break one field of `args`: each hostile value in its place, and the field
/// missing. Nested objects are walked; a list's first item stands for the list.
fn mutations(args: &Value) -> Vec<Value> {
    fn walk(value: &Value, path: &mut Vec<PathStep>, out: &mut Vec<Vec<PathStep>>) {
        match value {
            Value::Object(map) => {
                for (key, child) in map {
                    path.push(PathStep::Key(key.clone()));
                    out.push(path.clone());
                    walk(child, path, out);
                    path.pop();
                }
            }
            Value::Array(items) => {
                if let Some(first) = items.first() {
                    path.push(PathStep::Index(0));
                    out.push(path.clone());
                    walk(first, path, out);
                    path.pop();
                }
            }
            _ => {}
        }
    }
    let mut paths = Vec::new();
    walk(args, &mut Vec::new(), &mut paths);
    let mut out = Vec::new();
    for path in &paths {
        for value in hostile_values() {
            let mut changed = args.clone();
            *locate(&mut changed, path) = value;
            out.push(changed);
        }
        let mut missing = args.clone();
        remove(&mut missing, path);
        out.push(missing);
    }
    out
}

#[derive(Clone)]
enum PathStep {
    Key(String),
    Index(usize),
}

fn locate<'a>(value: &'a mut Value, path: &[PathStep]) -> &'a mut Value {
    path.iter().fold(value, |v, step| match step {
        PathStep::Key(k) => &mut v[k.as_str()],
        PathStep::Index(i) => &mut v[*i],
    })
}

fn remove(value: &mut Value, path: &[PathStep]) {
    let Some((last, parent)) = path.split_last() else {
        return;
    };
    let parent = locate(value, parent);
    match (last, parent) {
        (PathStep::Key(k), Value::Object(map)) => {
            map.remove(k);
        }
        (PathStep::Index(i), Value::Array(items)) => {
            items.remove(*i);
        }
        _ => {}
    }
}

/// SQLite's count of commits by other connections: unchanged means nothing was written.
async fn writes(conn: &mut SqliteConnection) -> i64 {
    sqlx::query_scalar("PRAGMA data_version")
        .fetch_one(&mut *conn)
        .await
        .unwrap()
}

#[test]
fn every_command_refuses_hostile_input_clearly_and_changes_nothing() {
    let app = support::app();
    let ids = seed(&app);
    let db = village_lib::database_file(app.data.path());
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let mut conn = runtime
        .block_on(SqliteConnection::connect(&format!(
            "sqlite://{}",
            db.display()
        )))
        .unwrap();

    let (mut tried, mut refused, mut accepted) = (0usize, 0usize, 0usize);
    for (command, base) in commands(&ids) {
        for args in mutations(&base) {
            if opens_a_dialog(command, &args) {
                continue;
            }
            tried += 1;
            let before = runtime.block_on(writes(&mut conn));
            let result = app.invoke(command, args.clone());
            let after = runtime.block_on(writes(&mut conn));
            let shown = |args: &Value| {
                let text = args.to_string();
                text.chars().take(200).collect::<String>()
            };
            match result {
                Ok(_) => {
                    accepted += 1;
                    if std::env::var_os("HOSTILE_SHOW").is_some() {
                        eprintln!("accepted {command} {}", shown(&args));
                    }
                }
                Err(error) => {
                    refused += 1;
                    match &error {
                        Value::Object(e) => {
                            let code = e["code"].as_str().unwrap_or_default();
                            let message = e["message"].as_str().unwrap_or_default();
                            assert!(
                                codes().contains(&code),
                                "{command} {}: {error}",
                                shown(&args)
                            );
                            assert!(
                                message.trim().len() > 8 && message.len() < 400,
                                "{command} {}: {error}",
                                shown(&args)
                            );
                            for leak in LEAKS {
                                assert!(!message.contains(leak), "{command}: {message}");
                            }
                        }
                        // Serde refused the shape before the command ran.
                        Value::String(text) => assert!(
                            text.contains("invalid args") || text.contains("invalid type"),
                            "{command} {}: {text}",
                            shown(&args)
                        ),
                        other => panic!("{command}: an error that is neither: {other}"),
                    }
                    assert_eq!(
                        before,
                        after,
                        "{command} refused {} but wrote to the database",
                        shown(&args)
                    );
                }
            }
        }
    }
    println!("hostile inputs tried: {tried} (refused {refused}, accepted {accepted})");
    assert!(tried > 3_000, "{tried}");

    // What was accepted was kept as text: every table is still there, and whole.
    let tables: Vec<String> = runtime
        .block_on(
            sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
                .fetch_all(&mut conn),
        )
        .unwrap();
    for table in [
        "person",
        "check_in",
        "mood_note",
        "tag",
        "saved_group",
        "settings",
    ] {
        assert!(
            tables.iter().any(|t| t == table),
            "{table} is gone: {tables:?}"
        );
    }
    let integrity: String = runtime
        .block_on(sqlx::query_scalar("PRAGMA integrity_check").fetch_one(&mut conn))
        .unwrap();
    assert_eq!(integrity, "ok");
    let injected: i64 = runtime
        .block_on(
            sqlx::query_scalar("SELECT COUNT(*) FROM person WHERE name = ?")
                .bind("'; DROP TABLE person; --")
                .fetch_one(&mut conn),
        )
        .unwrap();
    assert!(injected >= 1, "an SQL fragment is a name like any other");
}

#[test]
fn a_lone_surrogate_never_reaches_a_command() {
    // The window's JSON is parsed by serde_json before any command sees it; a lone UTF-16
    // surrogate cannot become a Rust string, so the call is refused at the door.
    for text in [
        r#"{"name":"\ud800"}"#,
        r#"{"name":"\udfff x"}"#,
        r#"{"name":"a\ud83d"}"#,
    ] {
        assert!(serde_json::from_str::<Value>(text).is_err(), "{text}");
    }
    // The same bytes as WTF-8 are not UTF-8 either.
    assert!(serde_json::from_slice::<Value>(b"{\"name\":\"\xed\xa0\x80\"}").is_err());
    // A surrogate pair, written properly, is a character like any other.
    let pair: Value = serde_json::from_str(r#"{"name":"\ud83c\udf19"}"#).unwrap();
    let app = support::app();
    let person = app
        .invoke(
            "add_person",
            json!({"input": {"name": pair["name"], "relationship": "friend"}}),
        )
        .unwrap();
    assert_eq!(person["name"], "🌙");
}
