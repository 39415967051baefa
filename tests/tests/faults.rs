//! Faults she can meet, in the real window: her disk fills up while she writes.

#[path = "../../core/tests/support/disk.rs"]
mod disk;

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
    window.close().await?;
    drop(village);
    drop(disk);
    Ok(())
}
