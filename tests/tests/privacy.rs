//! The passphrase in the real window: she turns it on, Village restarts on the lock screen,
//! a wrong passphrase gets a calm answer and a growing wait, the right one opens her journal,
//! and "Lock now" clears it from the screen. The file on disk is checked between steps.

// A test that cannot unwrap has failed; the panic names what was missing.
#![allow(clippy::unwrap_used)]

use std::sync::Arc;

use chrono::{Duration, Local, Utc};
use village_core::Store;
use village_core::cipher::{FileKind, Key, Passphrase, file_kind};
use village_core::circle::PersonInput;
use village_core::journal::MoodNoteInput;
use village_e2e::{Result, Village, Window};

const NOTE: &str = "Lighthouse at dusk, she slept on my chest";
const NAME: &str = "Marguerite";
const PASSPHRASE: &str = "pear tree lantern";

async fn seed(village: &Village) -> Result {
    let store = village.seed_store().await?;
    let now = Utc::now();
    store
        .add_mood_note(
            &MoodNoteInput::new(4, now - Duration::hours(2)).with_note(NOTE),
            now,
            &Local,
        )
        .await?;
    store
        .add_person(&PersonInput::named(NAME).every_days(7), now, &Local)
        .await?;
    store.close().await;
    Ok(())
}

fn holds(path: &std::path::Path, text: &str) -> bool {
    let bytes = std::fs::read(path).unwrap_or_default();
    bytes.windows(text.len()).any(|w| w == text.as_bytes())
}

async fn lock_screen(window: &Window) -> Result {
    window
        .wait_for("main[data-rendered='lock'] #unlock-passphrase")
        .await?;
    let text = window.page_text().await?;
    assert!(
        !text.contains("Lighthouse"),
        "the journal shows while locked: {text}"
    );
    assert!(
        !text.contains(NAME),
        "her circle shows while locked: {text}"
    );
    // Nothing to navigate to but help.
    let nav = window
        .client
        .find(fantoccini::Locator::Css(".main-nav"))
        .await?;
    assert!(!nav.is_displayed().await?);
    Ok(())
}

#[tokio::test]
async fn she_encrypts_her_journal_and_unlocks_it_after_a_restart() -> Result {
    let village = Village::start().await?;
    seed(&village).await?;
    let window = village.open().await?;
    window.go("settings").await?;
    window.click("#privacy-link").await?;
    window.wait_for("#passphrase-on").await?;
    window.screenshots_in_place("privacy-off", "main").await?;
    window.assert_accessible("the privacy page").await?;

    // The warning comes before the button, and the strength hint follows her typing.
    let warning = window.text("#passphrase-warning").await?;
    assert!(
        warning.contains("no one can open your journal again"),
        "{warning}"
    );
    window.fill("#new-passphrase", "abc").await?;
    window
        .wait_for_text("#new-passphrase-strength", "Too short")
        .await?;
    window.fill("#new-passphrase", PASSPHRASE).await?;
    window
        .wait_for_text("#new-passphrase-strength", "Fair")
        .await?;
    // Two different entries: refused, and the file stays plain.
    window
        .fill("#confirm-passphrase", "pear tree lanter")
        .await?;
    window.click("#passphrase-on-submit").await?;
    window
        .wait_for_text("#passphrase-on-error", "not the same")
        .await?;
    assert_eq!(file_kind(&village.database_path())?, FileKind::Plain);

    window.fill("#confirm-passphrase", PASSPHRASE).await?;
    window.click("#passphrase-on-submit").await?;
    window
        .wait_for_text("#passphrase-done", "Your journal is encrypted")
        .await?;
    window.screenshots_in_place("privacy-on", "main").await?;
    assert_eq!(file_kind(&village.database_path())?, FileKind::Encrypted);
    for file in std::fs::read_dir(village.data_dir())? {
        let path = file?.path();
        if path.is_file() {
            assert!(
                !holds(&path, "Lighthouse"),
                "{} holds her note",
                path.display()
            );
            assert!(!holds(&path, NAME), "{} holds a name", path.display());
        }
    }
    window.close().await?;

    // A restart opens on the lock screen, with help one tap away.
    let window = village.open().await?;
    lock_screen(&window).await?;
    window.screenshots_in_place("lock", "main").await?;
    window.assert_accessible("the lock screen").await?;
    window.click("#lock-help-now").await?;
    window.wait_for("main[data-rendered='help-now']").await?;
    assert!(window.page_text().await?.contains("Reach someone now"));
    // Any other address (a link she kept, a reminder) leads back to the lock screen.
    window
        .client
        .execute("location.hash = '#journal';", vec![])
        .await?;
    lock_screen(&window).await?;

    // Wrong, then wrong again: a calm answer, then a wait with the button resting.
    window.fill("#unlock-passphrase", "pear tree").await?;
    window.click("#unlock-button").await?;
    window
        .wait_for_text("#unlock-message", "didn't open it. Take your time")
        .await?;
    window.fill("#unlock-passphrase", "pear tree lamp").await?;
    window.click("#unlock-button").await?;
    window
        .wait_for_text("#unlock-message", "try again in 2 seconds")
        .await?;
    assert!(
        window
            .attribute("#unlock-button", "disabled")
            .await?
            .is_some()
    );
    window.screenshots_in_place("lock-wait", "main").await?;
    window.wait_for("#unlock-button:not([disabled])").await?;

    window.fill("#unlock-passphrase", PASSPHRASE).await?;
    window.click("#unlock-button").await?;
    // Back where she was going, with her journal.
    window.wait_for("main[data-rendered='journal']").await?;
    window.wait_for_text("main", "Lighthouse at dusk").await?;
    window.wait_gone("#unlock-passphrase").await?;

    // Lock now clears it from the screen at once.
    window.visit("#privacy").await?;
    window.click("#lock-now").await?;
    lock_screen(&window).await?;
    window.close().await?;

    // What is on disk opens only with her passphrase, whole.
    let path = village.database_path();
    let key = Key::for_file(&Passphrase::typed(PASSPHRASE.into())?, &path)?;
    let store = Store::open_with(&path, Some(Arc::new(key))).await?;
    assert_eq!(store.check().await?.mood_notes, 1);
    store.close().await;
    Ok(())
}

#[tokio::test]
async fn she_changes_the_passphrase_and_then_turns_it_off() -> Result {
    let village = Village::start().await?;
    seed(&village).await?;
    let store = Store::open(village.database_path()).await?;
    let (store, _) = store
        .set_passphrase(&Passphrase::new(PASSPHRASE.into())?)
        .await?;
    store.close().await;

    let window = village.open().await?;
    lock_screen(&window).await?;
    window.fill("#unlock-passphrase", PASSPHRASE).await?;
    window.click("#unlock-button").await?;
    window.wait_for("main[data-rendered='today']").await?;
    window.visit("#privacy").await?;

    // The wrong current passphrase changes nothing.
    window.fill("#change-current", "pear tree").await?;
    window
        .fill("#change-passphrase", "moon over the quiet bay")
        .await?;
    window
        .fill("#change-confirm", "moon over the quiet bay")
        .await?;
    window.click("#passphrase-change-submit").await?;
    window
        .wait_for_text("#passphrase-change-error", "isn't your current passphrase")
        .await?;
    window.fill("#change-current", PASSPHRASE).await?;
    window.click("#passphrase-change-submit").await?;
    window.wait_for_text("#passphrase-done", "changed").await?;

    window.pick("#idle-lock", "5").await?;
    window.wait_for_text("#status", "Saved").await?;

    window
        .fill("#off-current", "moon over the quiet bay")
        .await?;
    window.click("#passphrase-off-submit").await?;
    window
        .wait_for_text("#passphrase-done", "Encryption is off")
        .await?;
    assert_eq!(file_kind(&village.database_path())?, FileKind::Plain);
    window.close().await?;

    // Plain again: it opens straight to Today.
    let window = village.open().await?;
    window.wait_for("main[data-rendered='today']").await?;
    window.go("journal").await?;
    window.wait_for_text("main", "Lighthouse at dusk").await?;
    window.close().await
}
