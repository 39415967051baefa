//! Her data in the real window: an export brought into a fresh Village shows the same Today, a
//! Daylio file is previewed with her renamed mood before it comes in (once), and a backup is
//! restored over newer data. Files are picked in the system's own dialogs.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use chrono::{Duration, Local, Utc};
use village_core::circle::{BirthdayInput, NewCheckIn, PersonInput};
use village_core::groups::{GroupInput, ScheduleInput};
use village_core::journal::MoodNoteInput;
use village_e2e::{Result, Village, Window, answer_open_dialog, answer_save_dialog, cli_binary};

async fn rows(village: &Village, sql: &'static str) -> Result<i64> {
    let mut db = village.database().await?;
    Ok(sqlx::query_scalar(sql).fetch_one(&mut db).await?)
}

/// A month of her life: someone due, someone with a birthday this week, a weekly group and notes.
async fn seed(village: &Village) -> Result {
    let store = village.seed_store().await?;
    let now = Utc::now();
    let mut sam = PersonInput::named("Sam <b>O'Neil</b> 🌻").every_days(7);
    sam.phone = "+1 555 0100".into();
    let sam = store
        .add_person(&sam, now - Duration::days(40), &Local)
        .await?;
    store
        .log_check_in(
            &NewCheckIn::call(sam.id.clone(), now - Duration::days(10)),
            now,
        )
        .await?;
    let soon = (Local::now() + Duration::days(2)).date_naive();
    let mut ana = PersonInput::named("Ana").every_days(30);
    ana.birthday = Some(BirthdayInput {
        month: chrono::Datelike::month(&soon).into(),
        day: chrono::Datelike::day(&soon).into(),
        year: None,
    });
    store
        .add_person(&ana, now - Duration::days(40), &Local)
        .await?;
    store
        .add_group(
            &GroupInput::named(
                "Baby Café",
                ScheduleInput::weekly(
                    &["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
                    "23:30",
                    30,
                ),
            ),
            now - Duration::days(40),
            &Local,
        )
        .await?;
    for day in 1..=8 {
        store
            .add_mood_note(
                &MoodNoteInput::new(1 + day % 5, now - Duration::days(day))
                    .with_note("A note with <script>window.pwned = 1</script>, commas\nand lines")
                    .with_tags(&["tired"]),
                now,
                &Local,
            )
            .await?;
    }
    store.close().await;
    Ok(())
}

/// village-cli exports the same store to the same bytes the app saved, both readable by her
/// alone: one writer and one export for both. Only `exported_at`, the moment of each export,
/// may differ.
fn same_file_from_the_cli(village: &Village, from_app: &Path) -> Result {
    let from_cli = from_app.with_file_name("from the cli.json");
    let status = std::process::Command::new(cli_binary())
        .args(["export", "--format", "json", "--out"])
        .arg(&from_cli)
        .env("VILLAGE_DATA_DIR", village.data_dir())
        .status()?;
    assert!(status.success(), "village-cli export: {status}");
    let without_moment = |path: &Path| -> Result<String> {
        Ok(std::fs::read_to_string(path)?
            .lines()
            .filter(|line| !line.trim_start().starts_with("\"exported_at\""))
            .collect::<Vec<_>>()
            .join("\n"))
    };
    let (app, cli) = (without_moment(from_app)?, without_moment(&from_cli)?);
    assert!(app.len() > 1000, "the app's export holds her data: {app}");
    assert_eq!(app, cli, "the app and village-cli wrote different exports");
    for path in [from_app, from_cli.as_path()] {
        let mode = std::fs::metadata(path)?.permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{} is {mode:o}", path.display());
    }
    Ok(())
}

async fn today_text(window: &Window) -> Result<String> {
    window.go("today").await?;
    window.text("main").await
}

#[tokio::test]
async fn an_export_imported_into_a_fresh_village_shows_the_same_today() -> Result {
    let folder = tempfile::tempdir()?;
    let file = folder.path().join("my village.json");

    let before = {
        let village = Village::start().await?;
        seed(&village).await?;
        let window = village.open().await?;
        let expected = today_text(&window).await?;
        window.go("settings").await?;
        window.click("#data-link").await?;
        window.wait_for("main[data-rendered='data']").await?;
        window.click("#export-json").await?;
        answer_save_dialog("Export everything", &file).await?;
        window
            .wait_for_text("#export-done", "Saved my village.json.")
            .await?;
        window.screenshots_in_place("data", "main h1").await?;
        window.assert_accessible("the data page").await?;
        window.close().await?;
        same_file_from_the_cli(&village, &file)?;
        expected
    };
    let json = std::fs::read_to_string(&file)?;
    assert!(json.contains("\"format\": \"village-export\""), "{json}");
    assert!(json.contains("Sam <b>O'Neil</b> 🌻"));

    let village = Village::start().await?;
    let window = village.open().await?;
    assert!(
        window.text("main").await?.contains("Welcome"),
        "a fresh Village"
    );
    window.visit("#data").await?;
    window.click("#import-json").await?;
    window.click("#import-choose").await?;
    answer_open_dialog("Import a Village export", &file).await?;
    let words = window.wait_for("#import-words").await?.text().await?;
    assert!(
        words.starts_with("This will add 8 mood notes, 2 people, 1 check-in and 1 group."),
        "{words}"
    );
    let first = window.text("#import-rows").await?;
    assert!(
        first.contains("<script>window.pwned = 1</script>"),
        "shown as text: {first}"
    );
    // Nothing has changed yet.
    assert_eq!(rows(&village, "SELECT COUNT(*) FROM person").await?, 0);
    window
        .screenshots_in_place("data-import-preview", "#import-preview")
        .await?;
    window.click("#import-apply").await?;
    window
        .wait_for_text("#import-done", "Added 8 mood notes, 2 people")
        .await?;
    assert_eq!(rows(&village, "SELECT COUNT(*) FROM person").await?, 2);
    assert_eq!(rows(&village, "SELECT COUNT(*) FROM mood_note").await?, 8);

    assert_eq!(today_text(&window).await?, before);
    let pwned = window
        .client
        .execute("return window.pwned === undefined;", vec![])
        .await?;
    assert_eq!(pwned, serde_json::Value::Bool(true), "no script ran");
    window.close().await?;
    Ok(())
}

const DAYLIO: &str = "\u{feff}full_date,date,weekday,time,mood,activities,note_title,note\r\n\
2026-11-02,November 2,Monday,8:15 PM,super,friends | walk,Park day,\"Went out, with \"\"Ana\"\"\nand the baby\"\r\n\
2026-11-01,November 1,Sunday,07:05,meh,,,\r\n\
2026-10-31,October 31,Saturday,10:00 AM,awful,tired,,<img src=x onerror=\"window.pwned=1\">\r\n";

#[tokio::test]
async fn a_daylio_file_is_previewed_with_her_moods_and_comes_in_once() -> Result {
    let folder = tempfile::tempdir()?;
    let file = folder.path().join("daylio_export.csv");
    std::fs::write(&file, DAYLIO)?;
    let village = Village::start().await?;
    let window = village.open().await?;
    window.visit("#data").await?;
    window.click("#import-daylio").await?;
    window.click("#import-choose").await?;
    answer_open_dialog("Import from Daylio", &file).await?;

    // Her renamed mood waits for a number; the rest are Daylio's own.
    window
        .wait_for_text("#import-words", "This will add 2 mood notes")
        .await?;
    assert!(window.text("#import-waiting").await?.contains("Give each"));
    assert_eq!(
        window
            .attribute("#import-apply", "disabled")
            .await?
            .as_deref(),
        Some("true")
    );
    let moods = window.text("#import-moods").await?;
    assert!(moods.contains("\u{201c}super\u{201d} (1 entry)"), "{moods}");
    window
        .screenshots_in_place("data-daylio-moods", "#import-preview")
        .await?;
    let super_mood = window.text("label[for='import-mood-0']").await?;
    assert!(super_mood.contains("super"), "{super_mood}");
    window.pick("#import-mood-0", "5").await?;
    window
        .wait_for_text("#import-words", "This will add 3 mood notes")
        .await?;
    window.click("#import-apply").await?;
    window
        .wait_for_text("#import-done", "Added 3 mood notes")
        .await?;

    assert_eq!(rows(&village, "SELECT COUNT(*) FROM mood_note").await?, 3);
    assert_eq!(
        rows(
            &village,
            "SELECT mood FROM mood_note WHERE local_date = '2026-11-02'"
        )
        .await?,
        5
    );
    assert_eq!(
        rows(
            &village,
            "SELECT COUNT(*) FROM mood_note_tag nt JOIN tag t ON t.id = nt.tag_id WHERE t.name IN ('friends', 'walk')"
        )
        .await?,
        2
    );
    window.go("journal").await?;
    let journal = window.text("main").await?;
    assert!(journal.contains("Park day"), "{journal}");
    assert!(
        journal.contains("<img src=x onerror=\"window.pwned=1\">"),
        "as text"
    );

    // The same file again: nothing to add, and Import stays off.
    window.visit("#data").await?;
    window.click("#import-daylio").await?;
    window.click("#import-choose").await?;
    answer_open_dialog("Import from Daylio", &file).await?;
    window.wait_for("#import-mood-0").await?;
    window.pick("#import-mood-0", "5").await?;
    window
        .wait_for_text("#import-words", "This will add nothing")
        .await?;
    assert_eq!(
        window
            .attribute("#import-apply", "disabled")
            .await?
            .as_deref(),
        Some("true")
    );
    window.click("#import-cancel").await?;
    window.wait_gone("#import-words").await?;
    assert_eq!(rows(&village, "SELECT COUNT(*) FROM mood_note").await?, 3);

    // A file that is not Daylio's: a clear message, and nothing changes.
    let broken = folder.path().join("not daylio.csv");
    std::fs::write(&broken, "date,feeling\n2026-11-01,ok\n")?;
    window.click("#import-choose").await?;
    answer_open_dialog("Import from Daylio", &broken).await?;
    window
        .wait_for_text("#import-error", "Line 1 is not Daylio's header")
        .await?;
    assert_eq!(rows(&village, "SELECT COUNT(*) FROM mood_note").await?, 3);
    let pwned = window
        .client
        .execute("return window.pwned === undefined;", vec![])
        .await?;
    assert_eq!(pwned, serde_json::Value::Bool(true), "no script ran");
    window.close().await?;
    Ok(())
}

#[tokio::test]
async fn a_backup_is_checked_and_restored_over_newer_notes() -> Result {
    let folder = tempfile::tempdir()?;
    let file = folder.path().join("backup.db");
    let village = Village::start().await?;
    seed(&village).await?;
    let window = village.open().await?;
    window.visit("#data").await?;
    // The daily backup is made as Village starts.
    window.wait_for_text("#backup-list", "Daily backup").await?;
    window.click("#backup-now").await?;
    answer_save_dialog("Back up Village", &file).await?;
    window
        .wait_for_text("#backup-done", "Backed up to backup.db, and checked.")
        .await?;
    let check = village_core::store::check_file(&file, true, None).await?;
    assert_eq!((check.people, check.mood_notes), (2, 8));

    // A note written after the backup...
    window.go("today").await?;
    window.click("#today-mood-3").await?;
    window.wait_for_text("#status", "Saved").await?;
    assert_eq!(rows(&village, "SELECT COUNT(*) FROM mood_note").await?, 9);

    // ...is gone after the restore, and kept in the copy made first.
    window.visit("#data").await?;
    window.click("#restore-file").await?;
    let asked = window.text("#restore-confirm-text").await?;
    assert!(
        asked.contains("kept in the backups folder first"),
        "{asked}"
    );
    window
        .screenshots_in_place("data-restore-confirm", "#restore-confirm")
        .await?;
    window.click("#restore-yes").await?;
    answer_open_dialog("Restore a backup", &file).await?;
    window
        .wait_for_text("#backup-done", "Restored from backup.db.")
        .await?;
    assert_eq!(rows(&village, "SELECT COUNT(*) FROM mood_note").await?, 8);
    let listed = window.text("#backup-list").await?;
    assert!(listed.contains("Kept before a restore"), "{listed}");
    // The app goes on with the restored data.
    window.go("journal").await?;
    window.go("today").await?;
    window.click("#today-mood-4").await?;
    window.wait_for_text("#status", "Saved").await?;
    assert_eq!(rows(&village, "SELECT COUNT(*) FROM mood_note").await?, 9);

    // A file that is not a backup is refused, and nothing changes.
    let junk = folder.path().join("junk.db");
    std::fs::write(&junk, b"not a database")?;
    window.visit("#data").await?;
    window.click("#restore-file").await?;
    window.click("#restore-yes").await?;
    answer_open_dialog("Restore a backup", &junk).await?;
    window
        .wait_for_text("#backup-error", "is not a Village database or is damaged")
        .await?;
    assert_eq!(rows(&village, "SELECT COUNT(*) FROM mood_note").await?, 9);
    window.close().await?;
    Ok(())
}
