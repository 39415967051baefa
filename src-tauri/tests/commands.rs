//! The real commands through Tauri's IPC on the mock runtime, with the app's own capabilities
//! and a real SQLite file: what the UI gets back, and what is refused.

// A test that cannot unwrap has failed; the panic names what was missing.
#![allow(clippy::unwrap_used)]

mod support;

use serde_json::{Value, json};
use support::{TestApp, app, app_in};
use village_core::catalog::{Language, word};

fn assert_invalid(result: Result<Value, Value>) -> String {
    let error = result.expect_err("the command refuses the input");
    assert_eq!(error["code"], "invalid", "{error}");
    let message = error["message"].as_str().unwrap().to_owned();
    assert!(!message.is_empty());
    message
}

#[test]
fn settings_start_at_their_defaults() {
    let app = app();
    let settings = app.invoke("get_settings", json!({})).unwrap();
    assert_eq!(
        settings,
        json!({
            "theme": "system",
            "quiet_hours": {"enabled": true, "start": "21:00", "end": "08:00"},
            "reminders": {"enabled": true, "time_of_day": "10:00"},
            "nudge": {"enabled": false, "time_of_day": "19:00", "skip_if_noted": true},
            "baby_birth_date": null,
            "idle_lock_minutes": 15,
            "text_size_percent": 100,
            "language": "system",
        })
    );
}

#[test]
fn a_text_size_is_one_of_the_offered_ones_and_a_refusal_names_its_field() {
    let app = app();
    let saved = app
        .invoke("set_text_size", json!({"percent": 150}))
        .unwrap();
    assert_eq!(saved["text_size_percent"], 150);
    for bad in [0, 99, 110, 300] {
        let error = app
            .invoke("set_text_size", json!({"percent": bad}))
            .expect_err("refused");
        assert_eq!(error["code"], "invalid", "{error}");
        assert_eq!(error["field"], "text_size", "{error}");
        assert_eq!(
            error["message"],
            "Choose a text size from 100 to 200 percent."
        );
    }
    assert_eq!(
        app.invoke("get_settings", json!({})).unwrap()["text_size_percent"],
        150
    );
    // Errors that are not about one input carry no field.
    let error = app
        .invoke(
            "get_person",
            json!({"id": "7d4c0d1e-8a8e-4a51-9a55-7a0c2e6d1b11"}),
        )
        .expect_err("refused");
    assert_eq!(error["code"], "not_found", "{error}");
    assert!(error.get("field").is_none(), "{error}");
}

#[test]
fn a_theme_is_saved_and_read_back() {
    let app = app();
    let saved = app.invoke("set_theme", json!({"theme": "dark"})).unwrap();
    assert_eq!(saved["theme"], "dark");
    assert_eq!(
        app.invoke("get_settings", json!({})).unwrap()["theme"],
        "dark"
    );
}

#[test]
fn an_unknown_theme_gets_a_sentence_and_changes_nothing() {
    let app = app();
    app.invoke("set_theme", json!({"theme": "light"})).unwrap();
    for bad in [
        "",
        "purple",
        "DARK",
        "<script>alert(1)</script>",
        "dark\u{0}",
        "ダーク",
    ] {
        let message = assert_invalid(app.invoke("set_theme", json!({ "theme": bad })));
        assert_eq!(message, "Choose light, dark, or match your device.");
    }
    let huge = "d".repeat(1_000_000);
    assert_invalid(app.invoke("set_theme", json!({ "theme": huge })));
    assert_eq!(
        app.invoke("get_settings", json!({})).unwrap()["theme"],
        "light"
    );
}

#[test]
fn quiet_hours_are_saved_and_bad_ones_change_nothing() {
    let app = app();
    let night_feeds = json!({"enabled": false, "start": "22:30", "end": "06:00"});
    let saved = app
        .invoke("set_quiet_hours", json!({ "input": night_feeds }))
        .unwrap();
    assert_eq!(saved["quiet_hours"], night_feeds);

    let bad_inputs = [
        json!({"enabled": true, "start": "07:00", "end": "07:00"}),
        json!({"enabled": true, "start": "25:00", "end": "07:00"}),
        json!({"enabled": true, "start": "21:00", "end": ""}),
        json!({"enabled": true, "start": "<b>9</b>", "end": "07:00"}),
        json!({"enabled": true, "start": "21:00'; DROP TABLE settings; --", "end": "07:00"}),
    ];
    for input in bad_inputs {
        assert_invalid(app.invoke("set_quiet_hours", json!({ "input": input })));
    }
    assert_eq!(
        app.invoke("get_settings", json!({})).unwrap()["quiet_hours"],
        night_feeds
    );
}

#[test]
fn reminder_settings_are_saved_and_bad_ones_change_nothing() {
    let app = app();
    let evening = json!({"enabled": false, "time_of_day": "18:30"});
    let saved = app
        .invoke("set_reminders", json!({ "input": evening }))
        .unwrap();
    assert_eq!(saved["reminders"], evening);
    for input in [
        json!({"enabled": true, "time_of_day": "00:00"}),
        json!({"enabled": true, "time_of_day": "05:59"}),
        json!({"enabled": true, "time_of_day": "22:01"}),
        json!({"enabled": true, "time_of_day": "24:00"}),
        json!({"enabled": true, "time_of_day": ""}),
        json!({"enabled": true, "time_of_day": "<script>alert(1)</script>"}),
        json!({"enabled": true, "time_of_day": "10:00'; DROP TABLE settings; --"}),
        json!({"enabled": true, "time_of_day": "١٠:٠٠"}),
    ] {
        assert_invalid(app.invoke("set_reminders", json!({ "input": input })));
    }
    // Wrong types never reach the store.
    assert!(
        app.invoke(
            "set_reminders",
            json!({"input": {"enabled": "yes", "time_of_day": "10:00"}})
        )
        .is_err()
    );
    assert!(
        app.invoke("set_reminders", json!({"input": {"enabled": true}}))
            .is_err()
    );
    assert_eq!(
        app.invoke("get_settings", json!({})).unwrap()["reminders"],
        evening
    );
}

#[test]
fn the_daily_nudge_is_off_by_default_saved_whole_and_refused_at_night() {
    let app = app();
    let start = app.invoke("get_settings", json!({})).unwrap();
    assert_eq!(
        start["nudge"],
        json!({"enabled": false, "time_of_day": "19:00", "skip_if_noted": true})
    );
    let evening = json!({"enabled": true, "time_of_day": "20:15", "skip_if_noted": false});
    let saved = app
        .invoke("set_nudge", json!({ "input": evening }))
        .unwrap();
    assert_eq!(saved["nudge"], evening);
    for time in ["03:00", "22:30", "", "25:00", "<b>9</b>", "20:15:00"] {
        let input = json!({"enabled": true, "time_of_day": time, "skip_if_noted": true});
        assert_invalid(app.invoke("set_nudge", json!({ "input": input })));
    }
    assert!(
        app.invoke(
            "set_nudge",
            json!({"input": {"enabled": "yes", "time_of_day": "20:00", "skip_if_noted": true}})
        )
        .is_err()
    );
    assert_eq!(
        app.invoke("get_settings", json!({})).unwrap()["nudge"],
        evening
    );
}

#[test]
fn where_reminders_work_is_read_from_the_system() {
    let app = app();
    let status = app.invoke("background_status", json!({})).unwrap();
    assert_eq!(status["start_at_login_supported"], true);
    assert_eq!(status["encrypted"], false);
    // The mock runtime makes no tray.
    assert_eq!(status["tray"], false);
    assert!(status["start_at_login"].is_boolean());
}

#[test]
fn people_and_groups_are_muted_and_unknown_ones_are_not_found() {
    let app = app();
    let person = app
        .invoke(
            "add_person",
            json!({"input": {"name": "Ada", "relationship": "friend", "cadence_days": 7}}),
        )
        .unwrap();
    assert_eq!(person["muted"], false);
    let muted = app
        .invoke(
            "set_person_muted",
            json!({"id": person["id"], "muted": true}),
        )
        .unwrap();
    assert_eq!(muted["muted"], true);
    let page = app
        .invoke("get_person", json!({"id": person["id"]}))
        .unwrap();
    assert_eq!(page["entry"]["person"]["muted"], true);
    let group = app
        .invoke("add_group", json!({ "input": always_on() }))
        .unwrap();
    assert_eq!(group["muted"], false);
    assert_eq!(group["remind_minutes_before"], 60);
    let muted = app
        .invoke("set_group_muted", json!({"id": group["id"], "muted": true}))
        .unwrap();
    assert_eq!(muted["muted"], true);
    for id in ["", "nope", "7a1f3c7e-0000-4000-8000-000000000000"] {
        for cmd in ["set_person_muted", "set_group_muted"] {
            let error = app
                .invoke(cmd, json!({ "id": id, "muted": true }))
                .unwrap_err();
            assert_eq!(error["code"], "not_found", "{cmd} {id}");
        }
    }
    assert!(
        app.invoke(
            "set_person_muted",
            json!({"id": person["id"], "muted": "yes"})
        )
        .is_err()
    );
}

#[test]
fn about_says_where_her_journal_lives() {
    let data = tempfile::tempdir().unwrap();
    let folder = data.path().to_path_buf();
    let app = app_in(data);
    let info = app.invoke("about", json!({})).unwrap();
    assert_eq!(info["data_dir"], folder.display().to_string());
    assert_eq!(
        info["database"],
        folder.join("village.db").display().to_string()
    );
    assert_eq!(
        info["schema_version"],
        village_core::Store::latest_schema_version()
    );
    assert!(folder.join("village.db").is_file());

    // The libraries, as cargo resolved them for this build: what the app links, not what
    // tests or benchmarks use, and not Village's own crates.
    assert_eq!(info["license"], "AGPL-3.0-or-later");
    let libraries = info["libraries"].as_array().unwrap();
    let named = |name: &str| libraries.iter().find(|l| l["name"] == name);
    assert!(libraries.len() > 100, "{}", libraries.len());
    for (name, licence) in [("tauri", "MIT"), ("sqlx", "MIT"), ("libsqlite3-sys", "MIT")] {
        let library = named(name).unwrap_or_else(|| panic!("{name} is not listed"));
        assert!(
            library["license"].as_str().unwrap().contains(licence),
            "{library}"
        );
        assert!(!library["version"].as_str().unwrap().is_empty());
    }
    for absent in ["village-core", "proptest", "fantoccini", "rusqlite"] {
        assert!(named(absent).is_none(), "{absent} is listed");
    }
}

#[test]
fn a_damaged_database_is_reported_by_every_command_as_storage() {
    let data = tempfile::tempdir().unwrap();
    let garbage = b"definitely not sqlite".repeat(50);
    std::fs::write(data.path().join("village.db"), &garbage).unwrap();
    let path = data.path().join("village.db");
    let app = app_in(data);
    for (cmd, args) in [
        ("get_settings", json!({})),
        ("set_theme", json!({"theme": "dark"})),
        ("about", json!({})),
    ] {
        let error = app.invoke(cmd, args).expect_err(cmd);
        assert_eq!(error["code"], "storage", "{cmd}: {error}");
        assert!(
            error["message"].as_str().unwrap().contains("untouched"),
            "{cmd}: {error}"
        );
    }
    assert_eq!(std::fs::read(path).unwrap(), garbage);
}

#[test]
fn the_window_may_open_phone_mail_and_https_links_but_nothing_else() {
    let app = app();
    for url in [
        "http://example.com",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "ftp://example.com/file",
    ] {
        let refused = app
            .invoke("plugin:opener|open_url", json!({ "url": url }))
            .expect_err(url);
        assert!(
            refused.to_string().contains("Not allowed"),
            "{url}: {refused}"
        );
    }
    let refused = app.invoke("plugin:opener|open_path", json!({ "path": "/etc/passwd" }));
    assert!(refused.is_err(), "open_path was allowed");
    // The dialog plugin serves the Rust side only: the window cannot open a dialog and so can
    // never name a path to write.
    for cmd in [
        "plugin:dialog|save",
        "plugin:dialog|open",
        "plugin:dialog|message",
    ] {
        let refused = app.invoke(cmd, json!({ "options": {} })).expect_err(cmd);
        assert!(
            refused.to_string().contains("not allowed"),
            "{cmd}: {refused}"
        );
    }
    // What the capability allows gets past the scope; here no phone app may answer, but the
    // refusal, if any, is not the scope's.
    for url in ["tel:+15550102030", "sms:988", "mailto:ana@example.org"] {
        if let Err(error) = app.invoke("plugin:opener|open_url", json!({ "url": url })) {
            let text = error.to_string().to_lowercase();
            assert!(!text.contains("not allowed"), "{url}: {error}");
        }
    }
}

#[test]
fn a_person_is_added_checked_in_with_and_listed() {
    let app = app();
    let ana = app
        .invoke(
            "add_person",
            json!({"input": {"name": "  Ana  ", "relationship": "mom_friend", "cadence_days": 7}}),
        )
        .unwrap();
    assert_eq!(ana["name"], "Ana");
    let id = ana["id"].as_str().unwrap().to_owned();
    let logged = app
        .invoke(
            "log_check_in",
            json!({"input": {"person_id": id, "kind": "call", "note": "Talked about sleep"}}),
        )
        .unwrap();
    assert_eq!(logged["kind"], "call");
    let list = app
        .invoke("list_circle", json!({"includeArchived": false}))
        .unwrap();
    assert_eq!(list[0]["person"]["id"], id.as_str());
    assert_eq!(list[0]["words"], "in 7 days");
    assert_eq!(list[0]["status"], json!({"state": "in_days", "days": 7}));
    let page = app.invoke("get_person", json!({"id": id})).unwrap();
    assert_eq!(page["total_check_ins"], 1);
    assert_eq!(page["check_ins"][0]["note"], "Talked about sleep");
}

#[test]
fn circle_commands_refuse_bad_input_with_a_code_and_store_nothing() {
    let app = app();
    let bad_people = [
        json!({"name": "", "relationship": "friend"}),
        json!({"name": "   ", "relationship": "friend"}),
        json!({"name": "n".repeat(200), "relationship": "friend"}),
        json!({"name": "Ana", "relationship": "friend", "cadence_days": 0}),
        json!({"name": "Ana", "relationship": "friend", "cadence_days": -1}),
        json!({"name": "Ana", "relationship": "friend", "cadence_days": 10000}),
        json!({"name": "Ana", "relationship": "nemesis"}),
        json!({"name": "Ana", "relationship": "friend", "birthday": {"month": 2, "day": 30}}),
    ];
    for input in bad_people {
        assert_invalid(app.invoke("add_person", json!({ "input": input })));
    }
    let list = app
        .invoke("list_circle", json!({"includeArchived": true}))
        .unwrap();
    assert_eq!(list, json!([]));

    let ana = app
        .invoke(
            "add_person",
            json!({"input": {"name": "Ana", "relationship": "friend"}}),
        )
        .unwrap();
    let id = ana["id"].as_str().unwrap();
    assert_invalid(app.invoke(
        "log_check_in",
        json!({"input": {"person_id": id, "kind": "call", "happened_at": "2999-01-01T10:00"}}),
    ));
    assert_invalid(app.invoke(
        "log_check_in",
        json!({"input": {"person_id": id, "kind": "call", "happened_at": "2026-02-30T10:00"}}),
    ));
    assert_invalid(app.invoke(
        "log_check_in",
        json!({"input": {"person_id": id, "kind": "carrier pigeon"}}),
    ));
    assert_invalid(app.invoke("snooze_person", json!({"id": id, "days": 0})));
    assert_invalid(app.invoke("snooze_person", json!({"id": id, "until": "yesterday"})));
    assert_invalid(app.invoke("snooze_person", json!({"id": id})));
    let page = app.invoke("get_person", json!({"id": id})).unwrap();
    assert_eq!(page["total_check_ins"], 0);
    assert_eq!(page["entry"]["person"]["snoozed_until"], Value::Null);

    for ghost in [
        "00000000-0000-4000-8000-000000000000",
        "not-an-id",
        "'; DROP TABLE person; --",
    ] {
        let error = app
            .invoke("get_person", json!({ "id": ghost }))
            .unwrap_err();
        assert_eq!(error["code"], "not_found", "{ghost}: {error}");
        let error = app
            .invoke(
                "log_check_in",
                json!({"input": {"person_id": ghost, "kind": "call"}}),
            )
            .unwrap_err();
        assert_eq!(error["code"], "not_found", "{ghost}: {error}");
        let error = app
            .invoke("delete_person", json!({ "id": ghost }))
            .unwrap_err();
        assert_eq!(error["code"], "not_found", "{ghost}: {error}");
    }
}

#[test]
fn journal_commands_refuse_bad_input_and_search_never_fails() {
    let app = app();
    let long_note = "x".repeat(20_001);
    let bad_notes = [
        json!({"mood": 0}),
        json!({"mood": 6}),
        json!({"mood": 3, "note": long_note}),
        json!({"mood": 3, "sleep_hours": 25}),
        json!({"mood": 3, "sleep_hours": 7.25}),
        json!({"mood": 3, "tags": ["fine", "  "]}),
        json!({"mood": 3, "energy": 9}),
        json!({"mood": 3, "written_at": "2999-01-01T10:00"}),
        json!({"mood": 3, "written_at": "2026-02-30T10:00"}),
    ];
    for input in bad_notes {
        assert_invalid(app.invoke("add_mood_note", json!({ "input": input })));
    }
    let page = app.invoke("journal_page", json!({})).unwrap();
    assert_eq!(page["items"], json!([]));

    let saved = app
        .invoke(
            "add_mood_note",
            json!({"input": {"mood": 2, "note": "שלום <script>alert(1)</script> 😴", "tags": ["Tired"]}}),
        )
        .unwrap();
    assert_eq!(saved["note"], "שלום <script>alert(1)</script> 😴");
    assert_eq!(saved["mood_word"], "Hard");
    for query in ["\"", "*", "NEAR(", "AND", "\"unbalanced", "", "script"] {
        let result = app.invoke("search_journal", json!({ "query": query }));
        assert!(result.is_ok(), "{query:?}: {result:?}");
    }
    let hits = app
        .invoke("search_journal", json!({"query": "script"}))
        .unwrap();
    assert_eq!(
        hits["items"][0]["snippet"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|s| s["hit"] == true)
            .count(),
        2
    );

    assert_invalid(app.invoke("month_view", json!({"year": 2026, "month": 13})));
    assert_invalid(app.invoke("journal_trends", json!({"days": 0})));
    assert_invalid(app.invoke("journal_page", json!({"filter": {"mood": 9}})));
    assert_invalid(app.invoke("day_notes", json!({"date": "2026-02-30"})));
    for ghost in ["00000000-0000-4000-8000-000000000000", "nope"] {
        let error = app
            .invoke("delete_mood_note", json!({ "id": ghost }))
            .unwrap_err();
        assert_eq!(error["code"], "not_found");
        let error = app
            .invoke("undo_delete_mood_note", json!({ "id": ghost }))
            .unwrap_err();
        assert_eq!(error["code"], "not_found");
    }
    let id = saved["id"].as_str().unwrap();
    app.invoke("delete_mood_note", json!({ "id": id })).unwrap();
    assert_eq!(
        app.invoke("journal_page", json!({})).unwrap()["items"],
        json!([])
    );
    app.invoke("undo_delete_mood_note", json!({ "id": id }))
        .unwrap();
    assert_eq!(
        app.invoke("journal_page", json!({})).unwrap()["items"][0]["id"],
        id
    );
}

/// Every day at midnight for 24 hours: whenever the test runs, one meeting is under way.
fn always_on() -> Value {
    json!({
        "name": "Round-the-clock chat",
        "kind": "support_group",
        "place": "Community room",
        "schedule": {
            "repeats": "weekly",
            "weekdays": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
            "time": "00:00",
            "duration_minutes": 1440,
            "date": "2026-01-01"
        }
    })
}

#[test]
fn a_group_is_saved_met_and_marked_as_attended_with_a_mood() {
    let app = app();
    let group = app
        .invoke("add_group", json!({"input": always_on()}))
        .unwrap();
    assert_eq!(group["kind_words"], "Support group");
    assert_eq!(group["schedule"]["repeats"], "weekly");
    assert_eq!(group["schedule"]["time"], "00:00");
    assert!(
        group["schedule_words"]
            .as_str()
            .unwrap()
            .starts_with("Every day at 12:00 AM")
    );
    let id = group["id"].as_str().unwrap();

    let overview = app
        .invoke("groups_overview", json!({"includeArchived": false}))
        .unwrap();
    let now = &overview["upcoming"][0];
    assert_eq!(now["group_id"], id);
    assert_eq!(now["meeting"]["started"], true);
    assert!(
        now["meeting"]["words"]
            .as_str()
            .unwrap()
            .starts_with("Now, until")
    );
    let start = now["meeting"]["start"].clone();

    let went = app
        .invoke(
            "attend_meeting",
            json!({"input": {"group_id": id, "meeting_start": start, "mood_after": 5, "note": "Lovely"}}),
        )
        .unwrap();
    assert_eq!(went["mood_after"], 5);
    assert_eq!(went["mood_words"], "Great");
    assert_eq!(went["group_id"], id);

    let page = app.invoke("get_group", json!({"id": id})).unwrap();
    assert_eq!(page["total_attendance"], 1);
    assert_eq!(page["attendance"][0]["note"], "Lovely");
    assert_eq!(page["entry"]["group"]["name"], "Round-the-clock chat");
    let notes = app
        .invoke(
            "journal_page",
            json!({"filter": {}, "after": null, "limit": 10}),
        )
        .unwrap();
    assert_eq!(notes["items"][0]["tags"], json!(["Round-the-clock chat"]));

    let again = app
        .invoke(
            "attend_meeting",
            json!({"input": {"group_id": id, "meeting_start": start}}),
        )
        .expect_err("a meeting is marked once");
    assert_eq!(again["code"], "conflict");
}

#[test]
fn bad_groups_get_a_clear_message_from_the_commands() {
    let app = app();
    let with = |change: &dyn Fn(&mut Value)| {
        let mut input = always_on();
        change(&mut input);
        app.invoke("add_group", json!({ "input": input }))
    };
    type Change = Box<dyn Fn(&mut Value)>;
    let cases: Vec<(&str, Change)> = vec![
        (
            "no weekday",
            Box::new(|v| v["schedule"]["weekdays"] = json!([])),
        ),
        (
            "25:00",
            Box::new(|v| v["schedule"]["time"] = json!("25:00")),
        ),
        ("no time", Box::new(|v| v["schedule"]["time"] = Value::Null)),
        (
            "0 minutes",
            Box::new(|v| v["schedule"]["duration_minutes"] = json!(0)),
        ),
        (
            "25 hours",
            Box::new(|v| v["schedule"]["duration_minutes"] = json!(1500)),
        ),
        (
            "javascript link",
            Box::new(|v| v["link"] = json!("javascript:alert(1)")),
        ),
        (
            "file link",
            Box::new(|v| v["link"] = json!("file:///etc/passwd")),
        ),
        (
            "html name",
            Box::new(|v| v["name"] = json!("<script>alert(1)</script>")),
        ),
        (
            "html place",
            Box::new(|v| v["place"] = json!("<img src=x onerror=alert(1)>")),
        ),
        ("empty name", Box::new(|v| v["name"] = json!("  "))),
        (
            "huge notes",
            Box::new(|v| v["notes"] = json!("a".repeat(100_000))),
        ),
        ("bad kind", Box::new(|v| v["kind"] = json!("party"))),
        (
            "impossible date",
            Box::new(|v| v["schedule"]["date"] = json!("2026-02-30")),
        ),
        (
            "nth 0",
            Box::new(|v| {
                v["schedule"]["repeats"] = json!("monthly");
                v["schedule"]["weekdays"] = json!(["tue"]);
                v["schedule"]["nth"] = json!(0);
            }),
        ),
        (
            "nth 6",
            Box::new(|v| {
                v["schedule"]["repeats"] = json!("monthly");
                v["schedule"]["weekdays"] = json!(["tue"]);
                v["schedule"]["nth"] = json!(6);
            }),
        ),
        (
            "reminder 4 minutes before",
            Box::new(|v| v["remind_minutes_before"] = json!(4)),
        ),
        (
            "reminder 2 days before",
            Box::new(|v| v["remind_minutes_before"] = json!(2880)),
        ),
        (
            "reminder after it starts",
            Box::new(|v| v["remind_minutes_before"] = json!(-30)),
        ),
    ];
    for (what, change) in cases {
        let message = assert_invalid(with(change.as_ref()));
        assert!(!message.contains("SQL"), "{what}: {message}");
    }
    // Wrong types never reach the store.
    assert!(with(&|v| v["schedule"]["duration_minutes"] = json!("an hour")).is_err());
    assert!(with(&|v| v["name"] = json!(42)).is_err());
    let overview = app
        .invoke("groups_overview", json!({"includeArchived": true}))
        .unwrap();
    assert_eq!(overview["groups"], json!([]));
    for id in ["", "nope", "7a1f3c7e-0000-4000-8000-000000000000"] {
        let error = app.invoke("get_group", json!({ "id": id })).unwrap_err();
        assert_eq!(error["code"], "not_found", "{id}");
    }
}

#[test]
fn today_welcomes_a_new_store_and_insight_has_nothing_to_compare() {
    let app = app();
    let today = app.invoke("today", json!({})).unwrap();
    assert_eq!(today["welcome"], true);
    assert_eq!(today["due"], json!([]));
    assert_eq!(today["pulse"]["days_since"], Value::Null);
    // The pulse keeps its shape for the window: its facts and its words side by side.
    assert!(
        today["pulse"]["words"]
            .as_str()
            .unwrap()
            .starts_with("Nothing logged yet"),
        "{today}"
    );
    assert_eq!(today["care"], Value::Null);
    let insight = app.invoke("insight", json!({})).unwrap();
    assert_eq!(insight["comparisons"][0]["window_days"], 30);
    assert_eq!(insight["comparisons"][0]["enough"], false);
    assert_eq!(insight["comparisons"][1]["window_days"], 90);
}

#[test]
fn a_self_check_is_scored_and_bad_answers_are_refused_and_not_kept() {
    let app = app();
    let form = app
        .invoke("self_check_form", json!({"kind": "gad7"}))
        .unwrap();
    assert_eq!(form["items"].as_array().unwrap().len(), 7);
    // Words cross as catalog ids; the window says them in her language.
    let english = |id: &Value| word(Language::En, id.as_str().unwrap());
    assert_eq!(english(&form["answers"][3]), "Nearly every day");
    assert_invalid(app.invoke("self_check_form", json!({"kind": "epds"})));

    let phq9 = |answers: Value| json!({"input": {"kind": "phq9", "answers": answers}});
    let taken = app
        .invoke("take_self_check", phq9(json!([2, 2, 1, 1, 1, 1, 1, 1, 1])))
        .unwrap();
    assert_eq!(taken["score"], 11);
    assert_eq!(english(&taken["band"]["name"]), "moderate");
    assert_eq!(taken["needs_help_now"], true);
    for bad in [
        json!([0, 0, 0]),
        json!([0, 0, 0, 0, 0, 0, 0, 0, 9]),
        json!([0, 0, 0, 0, null, 0, 0, 0, 0]),
        json!([-1, 0, 0, 0, 0, 0, 0, 0, 0]),
    ] {
        assert_invalid(app.invoke("take_self_check", phq9(bad)));
    }
    assert!(
        app.invoke(
            "take_self_check",
            phq9(json!(["0", 0, 0, 0, 0, 0, 0, 0, 0]))
        )
        .is_err()
    );
    let history = app.invoke("self_check_history", json!({})).unwrap();
    assert_eq!(history["phq9"].as_array().unwrap().len(), 1);
    assert_eq!(history["gad7"], json!([]));
    let error = app
        .invoke("get_self_check", json!({"id": "not-an-id"}))
        .unwrap_err();
    assert_eq!(error["code"], "not_found");
}

#[test]
fn the_safety_plan_refuses_strangers_and_bad_steps_and_keeps_what_was_there() {
    let app = app();
    let person = app
        .invoke(
            "add_person",
            json!({"input": {"name": "Sam", "relationship": "friend"}}),
        )
        .unwrap();
    let plan = app
        .invoke(
            "save_safety_plan",
            json!({"input": {"steps": [
                {"number": 1, "text": "<img src=x onerror=alert(1)>"},
                {"number": 4, "text": "Call Sam", "people": [person["id"]]},
            ]}}),
        )
        .unwrap();
    assert_eq!(plan["steps"][0]["text"], "<img src=x onerror=alert(1)>");
    assert_eq!(plan["steps"][3]["people"][0]["name"], "Sam");
    let stranger = app
        .invoke(
            "save_safety_plan",
            json!({"input": {"steps": [{"number": 4, "people": ["0b5f0f7e-1111-4000-8000-000000000009"]}]}}),
        )
        .unwrap_err();
    assert_eq!(stranger["code"], "not_found");
    for steps in [
        json!([{"number": 7, "text": "x"}]),
        json!([{"number": 2, "text": "x".repeat(2001)}]),
        json!([{"number": 2, "text": "bell\u{7}"}]),
        json!([{"number": 1, "people": [person["id"]]}]),
    ] {
        assert_invalid(app.invoke("save_safety_plan", json!({"input": {"steps": steps}})));
    }
    assert_eq!(app.invoke("get_safety_plan", json!({})).unwrap(), plan);
}

#[test]
fn care_settings_refuse_impossible_values() {
    let app = app();
    for bad in ["2999-01-01", "2026-02-30", "1990-01-01", "soon"] {
        assert_invalid(app.invoke("set_baby_birth_date", json!({ "date": bad })));
    }
    assert_eq!(
        app.invoke("get_settings", json!({})).unwrap()["baby_birth_date"],
        Value::Null
    );
    assert_invalid(app.invoke("dismiss_self_check_prompt", json!({"week": 3})));
    app.invoke("dismiss_self_check_prompt", json!({"week": 6}))
        .unwrap();
    app.invoke("dismiss_care", json!({})).unwrap();
}

#[test]
fn data_commands_refuse_what_they_cannot_do_and_change_nothing() {
    let app = app();
    let message = assert_invalid(app.invoke("export_data", json!({ "format": "pdf" })));
    assert!(message.contains("json, csv, markdown or ics"), "{message}");
    let message = assert_invalid(app.invoke("choose_import", json!({ "format": "excel" })));
    assert!(message.contains("daylio"), "{message}");
    // Nothing picked yet: there is nothing to preview or apply.
    for command in ["preview_import", "apply_import"] {
        let message = assert_invalid(app.invoke(command, json!({ "moods": [] })));
        assert_eq!(message, "Choose a file to import first.");
    }
    // A restore names only a backup the list showed, never a path.
    for name in ["../village.db", "/etc/passwd", "village-2020-01-01.db"] {
        let message = assert_invalid(app.invoke("restore_backup", json!({ "name": name })));
        assert!(
            message.contains("no longer in the backups folder"),
            "{message}"
        );
    }
    let backups = app.invoke("list_backups", json!({})).unwrap();
    assert!(backups["folder"].as_str().unwrap().ends_with("backups"));
    assert_eq!(backups["files"], json!([]));
    let circle = app
        .invoke("list_circle", json!({ "includeArchived": true }))
        .unwrap();
    assert_eq!(circle, json!([]));
}

fn journal_len(app: &TestApp) -> Result<usize, Value> {
    app.invoke(
        "journal_page",
        json!({"filter": {}, "after": null, "limit": 50}),
    )
    .map(|page| page["items"].as_array().unwrap().len())
}

#[test]
fn the_passphrase_turns_on_locks_unlocks_after_a_wait_changes_and_turns_off() {
    let app = app();
    let status = |app: &TestApp| app.invoke("privacy_status", json!({})).unwrap();
    assert_eq!(
        status(&app),
        json!({"encrypted": false, "locked": false, "read_only": null})
    );
    app.invoke(
        "add_mood_note",
        json!({"input": {"mood": 4, "note": "A kind nurse", "tags": []}}),
    )
    .unwrap();

    // Refused, and nothing changes.
    let set = |current: &str, new: &str, confirm: &str| {
        app.invoke(
            "set_passphrase",
            json!({"current": current, "passphrase": new, "confirm": confirm}),
        )
    };
    assert!(
        assert_invalid(set("", "pear tree lantern", "pear tree lanter")).contains("not the same")
    );
    assert!(assert_invalid(set("", "short", "short")).contains("at least 8"));
    assert!(assert_invalid(set("", "line\nbreak here", "line\nbreak here")).contains("control"));
    assert_eq!(
        status(&app),
        json!({"encrypted": false, "locked": false, "read_only": null})
    );
    assert!(
        assert_invalid(app.invoke("remove_passphrase", json!({"current": ""})))
            .contains("no passphrase")
    );

    // On: the journal reads as before.
    assert_eq!(
        set("", "pear tree lantern", "pear tree lantern").unwrap(),
        json!({"encrypted": true, "locked": false, "read_only": null})
    );
    assert_eq!(journal_len(&app), Ok(1));
    // Open, but the window shows its lock screen (a lock that came mid-swap): only the right
    // passphrase lets her back, and a wrong one counts.
    let unlock_open = |text: &str| app.invoke("unlock", json!({"passphrase": text})).unwrap();
    assert_eq!(
        unlock_open("anyone at all"),
        json!({"unlocked": false, "wait_seconds": 0})
    );
    assert_eq!(
        unlock_open("pear tree lantern"),
        json!({"unlocked": true, "wait_seconds": 0})
    );
    assert_eq!(
        app.invoke("passphrase_strength", json!({"passphrase": "abc"}))
            .unwrap()["level"],
        "too_short"
    );

    // Locked: every command that reads her data says so, with the code the UI watches for.
    assert_eq!(
        app.invoke("lock_now", json!({})).unwrap(),
        json!({"encrypted": true, "locked": true, "read_only": null})
    );
    let locked = journal_len(&app).unwrap_err();
    assert_eq!(locked["code"], "locked", "{locked}");
    assert_eq!(
        app.invoke("today", json!({})).unwrap_err()["code"],
        "locked"
    );

    // Wrong twice: the second asks for a wait, and a try sent at once is held for it.
    let unlock = |text: &str| app.invoke("unlock", json!({"passphrase": text})).unwrap();
    assert_eq!(
        unlock("pear tree"),
        json!({"unlocked": false, "wait_seconds": 0})
    );
    assert_eq!(
        unlock("pear tree lamp"),
        json!({"unlocked": false, "wait_seconds": 2})
    );
    assert_invalid(app.invoke("unlock", json!({"passphrase": ""})));
    let started = std::time::Instant::now();
    assert_eq!(
        unlock("pear tree lantern"),
        json!({"unlocked": true, "wait_seconds": 0})
    );
    assert!(started.elapsed() >= std::time::Duration::from_millis(1_500));
    assert_eq!(journal_len(&app), Ok(1));

    // Changing needs the current passphrase.
    assert!(
        assert_invalid(set("pear tree", "moon over the bay", "moon over the bay"))
            .contains("current passphrase")
    );
    set(
        "pear tree lantern",
        "moon over the bay",
        "moon over the bay",
    )
    .unwrap();
    app.invoke("lock_now", json!({})).unwrap();
    assert_eq!(unlock("pear tree lantern")["unlocked"], false);
    assert_eq!(unlock("moon over the bay")["unlocked"], true);

    // The idle lock takes only the times offered.
    assert_invalid(app.invoke("set_idle_lock", json!({"minutes": 7})));
    assert_eq!(
        app.invoke("set_idle_lock", json!({"minutes": 5})).unwrap()["idle_lock_minutes"],
        5
    );

    // Off, with the current passphrase only.
    assert!(
        assert_invalid(app.invoke("remove_passphrase", json!({"current": "pear tree lantern"})))
            .contains("current passphrase")
    );
    assert_eq!(
        app.invoke("remove_passphrase", json!({"current": "moon over the bay"}))
            .unwrap(),
        json!({"encrypted": false, "locked": false, "read_only": null})
    );
    assert_eq!(
        app.invoke("lock_now", json!({})).unwrap(),
        json!({"encrypted": false, "locked": false, "read_only": null})
    );
    assert_eq!(journal_len(&app), Ok(1));
}

#[test]
fn an_encrypted_journal_starts_locked() {
    let data = tempfile::tempdir().unwrap();
    let path = village_lib::database_file(data.path());
    tauri::async_runtime::block_on(async {
        let pass = village_core::cipher::Passphrase::new("pear tree lantern".into()).unwrap();
        let key = village_core::cipher::Key::fresh(&pass).unwrap();
        let store = village_core::Store::open_with(&path, Some(std::sync::Arc::new(key)))
            .await
            .unwrap();
        store.close().await;
    });
    let app = app_in(data);
    assert_eq!(
        app.invoke("privacy_status", json!({})).unwrap(),
        json!({"encrypted": true, "locked": true, "read_only": null})
    );
    assert_eq!(
        app.invoke("get_settings", json!({})).unwrap_err()["code"],
        "locked"
    );
    assert_eq!(
        app.invoke("unlock", json!({"passphrase": "pear tree lantern"}))
            .unwrap()["unlocked"],
        true
    );
    assert_eq!(journal_len(&app), Ok(0));
}

// Reaching out (issue 24).

fn ana(app: &TestApp) -> String {
    let ana = app
        .invoke(
            "add_person",
            json!({"input": {"name": "Ana María", "relationship": "friend",
                             "phone": "+1 (555) 010-2030", "email": "ana@example.org"}}),
        )
        .unwrap();
    ana["id"].as_str().unwrap().to_owned()
}

fn check_in_count(app: &TestApp, person: &str) -> i64 {
    app.invoke("get_person", json!({ "id": person })).unwrap()["total_check_ins"]
        .as_i64()
        .unwrap()
}

#[test]
fn ready_messages_greet_the_person_and_hers_are_kept_or_refused_whole() {
    let app = app();
    let id = ana(&app);
    let list = app
        .invoke("ready_messages", json!({ "personId": id }))
        .unwrap();
    let keys: Vec<_> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["key"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(keys, ["hello", "call-me", "walk", "meal", "hour"]);
    assert_eq!(
        list[0],
        json!({"id": null, "key": "hello", "text": "Hi Ana! Thinking of you. How are you doing?"})
    );
    let nameless = app
        .invoke("ready_messages", json!({ "personId": null }))
        .unwrap();
    assert_eq!(
        nameless[1]["text"],
        "Hi, could you call me today when you have a moment?"
    );

    let saved = app
        .invoke(
            "save_ready_message",
            json!({"text": "<b>Coffee</b> & cake? 🍰"}),
        )
        .unwrap();
    assert_eq!(saved["key"], "own");
    assert_eq!(saved["text"], "<b>Coffee</b> & cake? 🍰");
    let mine = saved["id"].as_str().unwrap().to_owned();
    for bad in [
        json!(""),
        json!("   "),
        json!("x".repeat(501)),
        json!("bell\u{7}"),
    ] {
        let message = assert_invalid(app.invoke("save_ready_message", json!({ "text": bad })));
        assert!(message.starts_with("The message "), "{message}");
        assert_invalid(app.invoke("update_ready_message", json!({ "id": mine, "text": bad })));
    }
    let list = app
        .invoke("ready_messages", json!({ "personId": null }))
        .unwrap();
    assert_eq!(list.as_array().unwrap().len(), 6);
    assert_eq!(list[5]["text"], "<b>Coffee</b> & cake? 🍰");

    let edited = app
        .invoke(
            "update_ready_message",
            json!({"id": mine, "text": "Walk later?"}),
        )
        .unwrap();
    assert_eq!(edited["text"], "Walk later?");
    assert_eq!(
        app.invoke("delete_ready_message", json!({ "id": mine }))
            .unwrap(),
        Value::Null
    );
    for ghost in [mine.as_str(), "not-an-id"] {
        let error = app
            .invoke("delete_ready_message", json!({ "id": ghost }))
            .unwrap_err();
        assert_eq!(error["code"], "not_found", "{error}");
    }
    let error = app
        .invoke(
            "ready_messages",
            json!({"personId": "00000000-0000-4000-8000-000000000000"}),
        )
        .unwrap_err();
    assert_eq!(error["code"], "not_found");
}

#[test]
fn a_hello_is_logged_only_when_she_says_yes_and_answered_once() {
    let app = app();
    let id = ana(&app);
    let hello = |how: &str, to: &str, body: &str| {
        app.invoke(
            "hello_link",
            json!({"input": {"person_id": id, "how": how, "to": to, "body": body}}),
        )
    };
    let text = hello(
        "text",
        "+1 (555) 010-2030",
        "Hi Ana!\nFree at 3? #walk & 🌷",
    )
    .unwrap();
    assert_eq!(
        text["uri"],
        "sms:+15550102030?body=Hi%20Ana%21%0AFree%20at%203%3F%20%23walk%20%26%20%F0%9F%8C%B7"
    );
    let pending = text["pending"].as_str().unwrap().to_owned();
    assert_eq!(check_in_count(&app, &id), 0, "nothing logged on opening");
    // The opener's scope lets the encoded address through; no phone app answers here.
    if let Err(error) = app.invoke("plugin:opener|open_url", json!({ "url": text["uri"] })) {
        let said = error.to_string().to_lowercase();
        assert!(!said.contains("not allowed"), "{error}");
    }
    let answer = app
        .invoke(
            "answer_hello",
            json!({"pending": pending, "reached": false}),
        )
        .unwrap();
    assert_eq!(answer, Value::Null);
    assert_eq!(check_in_count(&app, &id), 0, "not yet logs nothing");
    let again = app
        .invoke("answer_hello", json!({"pending": pending, "reached": true}))
        .unwrap_err();
    assert_eq!(again["code"], "not_found", "{again}");
    assert_eq!(check_in_count(&app, &id), 0);

    for (how, to, kind) in [
        ("text", "+15550102030", "text"),
        ("call", "555 010 2030", "call"),
        ("email", "ANA@example.org", "other"),
    ] {
        let link = hello(
            how,
            if how == "call" { "+1 555 010 2030" } else { to },
            "Hi",
        )
        .unwrap();
        let logged = app
            .invoke(
                "answer_hello",
                json!({"pending": link["pending"], "reached": true}),
            )
            .unwrap();
        assert_eq!(logged["kind"], kind, "{how}");
        assert_eq!(logged["person_id"], id.as_str());
        assert!(logged["local_at"].is_string());
    }
    assert_eq!(check_in_count(&app, &id), 3);
    let email = hello("email", "ana@example.org", "Line 1\nLine 2").unwrap();
    assert_eq!(
        email["uri"],
        "mailto:ana@example.org?subject=A%20quick%20hello&body=Line%201%0D%0ALine%202"
    );
    if let Err(error) = app.invoke("plugin:opener|open_url", json!({ "url": email["uri"] })) {
        let said = error.to_string().to_lowercase();
        assert!(!said.contains("not allowed"), "{error}");
    }

    for (how, to) in [
        ("text", "+1 555 999 0000"),
        ("email", "someone@else.org"),
        ("fax", "+15550102030"),
    ] {
        assert_invalid(hello(how, to, "Hi"));
    }
    assert_invalid(hello("text", "+15550102030", &"a".repeat(2001)));
    let error = app
        .invoke(
            "hello_link",
            json!({"input": {"person_id": "00000000-0000-4000-8000-000000000000",
                             "how": "text", "to": "1", "body": ""}}),
        )
        .unwrap_err();
    assert_eq!(error["code"], "not_found");
    assert_eq!(check_in_count(&app, &id), 3);
}

#[test]
fn an_invite_names_the_next_meeting_and_opens_as_a_text_or_an_email() {
    let app = app();
    let id = ana(&app);
    let mut input = always_on();
    input["name"] = json!("Round the clock");
    let group = app.invoke("add_group", json!({ "input": input })).unwrap();
    let group_id = group["id"].as_str().unwrap().to_owned();
    let invite = app
        .invoke("invite_text", json!({"groupId": group_id, "personId": id}))
        .unwrap();
    let text = invite["text"].as_str().unwrap();
    assert!(
        text.starts_with("Hi Ana! Would you like to come with me to Round the clock? It's on "),
        "{text}"
    );
    assert!(text.contains(" at 12:00 AM."), "{text}");
    assert!(text.ends_with("\nWhere: Community room"), "{text}");
    let starts_at = invite["starts_at"].as_str().unwrap().to_owned();
    assert!(starts_at.ends_with('Z'), "{starts_at}");
    let nameless = app
        .invoke(
            "invite_text",
            json!({"groupId": group_id, "personId": null}),
        )
        .unwrap();
    assert!(nameless["text"].as_str().unwrap().starts_with("Hi! "));

    let sms = app
        .invoke(
            "invite_link",
            json!({"input": {"group_id": group_id, "person_id": id, "how": "text",
                             "to": "+1 (555) 010-2030", "body": text}}),
        )
        .unwrap();
    let uri = sms["uri"].as_str().unwrap();
    assert!(
        uri.starts_with("sms:+15550102030?body=Hi%20Ana%21%20Would"),
        "{uri}"
    );
    assert!(uri.contains("%0AWhere%3A%20Community%20room"), "{uri}");
    let mail = app
        .invoke(
            "invite_link",
            json!({"input": {"group_id": group_id, "person_id": id, "how": "email",
                             "to": "ana@example.org", "body": "Come?"}}),
        )
        .unwrap();
    assert_eq!(
        mail["uri"],
        "mailto:ana@example.org?subject=Round%20the%20clock%3A%20would%20you%20come%20with%20me%3F&body=Come%3F"
    );
    assert_invalid(app.invoke(
        "invite_link",
        json!({"input": {"group_id": group_id, "person_id": id, "how": "call",
                         "to": "+15550102030", "body": ""}}),
    ));
    assert_eq!(check_in_count(&app, &id), 0, "an invite logs nothing");

    // A start the group has no meeting at is refused before any dialog opens.
    for bad in ["2026-02-30T10:00:00Z", "soon", "2001-01-01T00:00:30Z"] {
        assert_invalid(app.invoke(
            "save_meeting_calendar",
            json!({"groupId": group_id, "startsAt": bad}),
        ));
    }
    let forum = app
        .invoke(
            "add_group",
            json!({"input": {"name": "Forum", "kind": "online_community",
                             "schedule": {"repeats": "none"}}}),
        )
        .unwrap();
    assert_invalid(app.invoke(
        "invite_text",
        json!({"groupId": forum["id"], "personId": null}),
    ));
}

#[test]
fn a_found_group_is_listed_with_its_source_and_saved_once() {
    let app = app();
    let list = app.invoke("group_finder", json!({})).unwrap();
    let list = list.as_array().unwrap();
    assert!(list.len() >= 3);
    for found in list {
        for field in ["url", "source"] {
            assert!(
                found[field].as_str().unwrap().starts_with("https://"),
                "{found}"
            );
        }
        assert_eq!(found["checked_on"], "2026-12-05");
        assert_eq!(found["saved"], false);
        assert!(!found["name"].as_str().unwrap().is_empty());
        assert!(!found["about"].as_str().unwrap().is_empty());
    }
    assert_eq!(list[0]["key"], "psi-online");
    assert_eq!(list[0]["kind"], "support_group");

    let group = app
        .invoke("save_found_group", json!({"key": "psi-online"}))
        .unwrap();
    assert_eq!(group["name"], "PSI online support groups");
    assert_eq!(group["schedule_words"], "No fixed time");
    assert_eq!(group["link"], list[0]["url"]);
    let again = app
        .invoke("save_found_group", json!({"key": "psi-online"}))
        .unwrap_err();
    assert_eq!(again["code"], "conflict");
    assert_eq!(again["message"], "It's already in your groups.");
    let unknown = app
        .invoke("save_found_group", json!({"key": "<script>"}))
        .unwrap_err();
    assert_eq!(unknown["code"], "not_found");
    let overview = app
        .invoke("groups_overview", json!({"includeArchived": true}))
        .unwrap();
    assert_eq!(overview["groups"].as_array().unwrap().len(), 1);
    let list = app.invoke("group_finder", json!({})).unwrap();
    assert_eq!(list[0]["saved"], true);
    assert_eq!(list[1]["saved"], false);
}
