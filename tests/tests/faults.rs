//! Faults she can meet, in the real window: her disk fills up while she writes, and her
//! journal file is damaged between two runs.

#[path = "../../core/tests/support/disk.rs"]
mod disk;

use village_core::journal::MoodNoteInput;
use village_e2e::{Result, Village};

#[tokio::test]
async fn a_full_disk_keeps_what_she_wrote_on_screen_and_saves_it_once_there_is_room() -> Result {
    let data = tempfile::tempdir()?;
    let folder = data.path().join("village");
    std::fs::create_dir_all(&folder)?;
    // Her data folder, and only it, on a disk of 8 MB.
    let Some(disk) = disk::SmallDisk::mount_at(folder, "8m") else {
        return Ok(());
    };
    let village = Village::start_in(data).await?;
    let window = village.open().await?;
    window.go("journal").await?;
    window.click("#quick-mood-2").await?;
    window.wait_for("#quick-editor textarea").await?;

    // Then her photos fill the disk.
    let photos = disk.fill_up("photos.bin");
    let words = format!(
        "A long night. {}",
        "Fed at one, at three and at five; the house so quiet. ".repeat(120)
    );
    window.fill("#quick-editor textarea", &words).await?;
    window.click("#quick-editor button[type='submit']").await?;
    window
        .wait_for_text("#quick-editor .form-error", "Your device is full")
        .await?;
    let error = window.text("#quick-editor .form-error").await?;
    assert!(error.contains("wasn't saved"), "{error}");
    assert!(!error.to_lowercase().contains("database"), "{error}");
    // What she wrote is still in front of her, and not in the file.
    let on_screen: String = window
        .wait_for("#quick-editor textarea")
        .await?
        .prop("value")
        .await?
        .unwrap_or_default();
    assert_eq!(on_screen, words);
    let mut db = village.database().await?;
    let stored: String = sqlx::query_scalar("SELECT note FROM mood_note")
        .fetch_one(&mut db)
        .await?;
    assert_eq!(stored, "", "only the mood from the tap was saved");
    window
        .screenshots_in_place("full-disk", "#quick-editor .form-error")
        .await?;

    // She deletes the photos and saves again: the same words, kept.
    std::fs::remove_file(photos)?;
    window.click("#quick-editor button[type='submit']").await?;
    window.wait_for_text("#timeline", "A long night.").await?;
    let stored: String = sqlx::query_scalar("SELECT note FROM mood_note")
        .fetch_one(&mut db)
        .await?;
    assert_eq!(stored, words.trim());
    // The daily backup would have filled the disk: it wasn't made, and the backups list says so.
    window.visit("#data").await?;
    window
        .wait_for_text("#backup-skipped", "Today's automatic backup wasn't made")
        .await?;
    window
        .screenshots_in_place("backup-skipped", "#backups")
        .await?;
    window.close().await?;
    drop(village);
    drop(disk);
    Ok(())
}

#[tokio::test]
async fn a_damaged_journal_opens_from_the_newest_good_backup_and_the_damaged_file_is_kept() -> Result
{
    let data = tempfile::tempdir()?;
    let folder = data.path().join("village");
    std::fs::create_dir_all(&folder)?;
    let path = folder.join("village.db");
    {
        let store = village_core::Store::open(&path).await?;
        let now = chrono::Utc::now();
        for i in 0..12 {
            let at = now - chrono::Duration::hours(i);
            store
                .add_mood_note(
                    &MoodNoteInput::new(3, at).with_note(&format!("Before the damage, {i}")),
                    now,
                    &chrono::Local,
                )
                .await?;
        }
        let yesterday = chrono::Local::now().date_naive() - chrono::Days::new(1);
        store.automatic_backup(yesterday).await?;
        store.close().await;
    }
    let damaged = b"Pages a sync program wrote over.\n".repeat(200);
    std::fs::write(&path, &damaged)?;

    let village = Village::start_in(data).await?;
    let window = village.open().await?;
    window
        .wait_for_text(
            "#recover-problem",
            "is not a Village database or is damaged",
        )
        .await?;
    window.wait_for_text("#recover-list", "12 notes").await?;
    window.screenshots_in_place("recover", "#recovery").await?;
    window.assert_accessible("the recovery page").await?;

    // Help is one tap away, and the page is there again after.
    window.click("#recover-help-now").await?;
    window.wait_for_text("main", "988").await?;
    // Any other page she taps brings the recovery page back.
    window.click("a[data-nav='journal']").await?;
    window
        .wait_for("main[data-rendered='recover'] #recover-0")
        .await?;
    assert_eq!(std::fs::read(&path)?, damaged, "looking changed nothing");

    window.click("#recover-0").await?;
    window.wait_for("main[data-rendered='today']").await?;
    let said = window
        .wait_for_text("#problem", "Your journal is open again")
        .await?
        .text()
        .await?;
    let kept = said
        .split(" at ")
        .last()
        .map(|p| p.trim_end_matches('.'))
        .ok_or("no path in the words")?;
    assert_eq!(
        std::fs::read(kept)?,
        damaged,
        "the damaged file is kept whole"
    );
    window.go("journal").await?;
    window
        .wait_for_text("#timeline", "Before the damage, 11")
        .await?;
    let mut db = village.database().await?;
    let notes: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM mood_note")
        .fetch_one(&mut db)
        .await?;
    assert_eq!(notes, 12);
    window.close().await?;
    Ok(())
}

#[tokio::test]
async fn a_journal_on_a_read_only_disk_is_shown_and_a_save_says_why_it_cannot_be_made() -> Result {
    let data = tempfile::tempdir()?;
    let folder = data.path().join("village");
    std::fs::create_dir_all(&folder)?;
    let Some(disk) = disk::SmallDisk::mount_at(folder.clone(), "8m") else {
        return Ok(());
    };
    {
        let store = village_core::Store::open(folder.join("village.db")).await?;
        let now = chrono::Utc::now();
        store
            .add_mood_note(
                &MoodNoteInput::new(4, now).with_note("Written before the disk went read-only"),
                now,
                &chrono::Local,
            )
            .await?;
        store.close().await;
    }
    disk.remount("ro");

    let village = Village::start_in(data).await?;
    let window = village.open().await?;
    window
        .wait_for_text("#problem", "the disk its data is on can only be read")
        .await?;
    window.go("journal").await?;
    window
        .wait_for_text("#timeline", "Written before the disk went read-only")
        .await?;
    // A tap on a mood is refused in the same words, and the app goes on.
    window.click("#quick-mood-3").await?;
    window
        .wait_for_text("#problem", "Village can't save right now")
        .await?;
    window.wait_for_text("#timeline", "Written before").await?;
    window.screenshots_in_place("read-only", "main").await?;
    window.close().await?;
    drop(village);
    disk.remount("rw");
    let store = village_core::Store::open(disk.path("village.db")).await?;
    assert_eq!(store.check().await?.mood_notes, 1, "nothing was written");
    store.close().await;
    Ok(())
}

#[tokio::test]
async fn the_app_and_village_cli_writing_at_the_same_moment_both_land() -> Result {
    let village = Village::start().await?;
    let window = village.open().await?;
    window.go("journal").await?;
    let folder = village.data_dir();
    // village-cli writes fifteen notes while she taps five moods in the window.
    let cli = std::thread::spawn(move || {
        (0..15)
            .map(|i| {
                std::process::Command::new(village_e2e::cli_binary())
                    .args(["note", "--mood", "4", &format!("From the terminal, {i}")])
                    .env("VILLAGE_DATA_DIR", &folder)
                    .output()
            })
            .collect::<Vec<_>>()
    });
    for mood in [1, 2, 3, 4, 5] {
        window.click(&format!("#quick-mood-{mood}")).await?;
        window.wait_for("#quick-editor textarea").await?;
    }
    for run in cli.join().map_err(|_| "the CLI thread panicked")? {
        let run = run?;
        let stderr = String::from_utf8_lossy(&run.stderr);
        assert!(run.status.success(), "{stderr}");
        assert!(!stderr.contains("locked"), "{stderr}");
    }
    let problem = window.text("#problem").await?;
    assert!(problem.is_empty(), "the window said: {problem}");
    let mut db = village.database().await?;
    let notes: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM mood_note")
        .fetch_one(&mut db)
        .await?;
    assert_eq!(notes, 20);
    window.close().await?;
    Ok(())
}
