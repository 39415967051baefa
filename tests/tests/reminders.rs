//! Reminders from the real app on a real D-Bus session bus: what it sends, once, and what a
//! click on one opens. Runs under `xvfb-run dbus-run-session` (as `make e2e` does), where
//! dunst answers the notifications and `dbus-monitor` watches every Notify call.

// A test that cannot unwrap has failed; the panic names what was missing.
#![allow(clippy::unwrap_used)]

use std::time::Duration;

use chrono::{Duration as Span, Local, Utc};
use village_core::Store;
use village_core::circle::PersonInput;
use village_core::groups::{GroupInput, ScheduleInput};
use village_e2e::desktop::{
    App, clear_notifications, click_newest_notification, notify_summaries, seed_meeting,
    seed_overdue_ada, watch_notifications,
};
use village_e2e::{Result, THEMES, Village, WIDTHS};

/// Ada overdue and Baby Café in 30 minutes, reminded an hour before: both due at once.
async fn seed(store: &Store) -> Result<Vec<String>> {
    seed_overdue_ada(store).await?;
    let meeting = seed_meeting(store, "Baby Café", 30, 60).await?;
    let mut expected = vec!["Time to check in with Ada".to_owned(), meeting.title];
    expected.sort();
    Ok(expected)
}

#[tokio::test]
async fn the_real_app_sends_each_due_reminder_once_across_a_restart() -> Result {
    let data = tempfile::tempdir()?;
    let store = Store::open(data.path().join("village").join("village.db")).await?;
    let expected = seed(&store).await?;
    store.close().await;
    let (_monitor, calls) = watch_notifications().await?;

    let app = App::start(data.path())?;
    let round = app.first_round().await?;
    assert!(round.contains("2 sent"), "{round}");
    calls
        .wait_until("two Notify calls", |l| notify_summaries(l).len() >= 2)
        .await?;
    // A moment longer, so a stray third call would be seen.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let mut summaries = notify_summaries(&calls.all());
    summaries.sort();
    assert_eq!(summaries, expected);
    app.stop().await?;

    // The same data after a restart: the round runs and sends nothing.
    let app = App::start(data.path())?;
    let round = app.first_round().await?;
    assert!(round.contains("0 sent"), "{round}");
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(
        notify_summaries(&calls.all()).len(),
        2,
        "a reminder was sent twice"
    );
    app.stop().await?;

    let store = Store::open(data.path().join("village").join("village.db")).await?;
    assert_eq!(store.reminder_outlook().await?.sent.len(), 2);
    Ok(())
}

#[tokio::test]
async fn a_locked_village_says_only_that_a_reminder_is_due() -> Result {
    let data = tempfile::tempdir()?;
    let folder = data.path().join("village");
    let store = Store::open(folder.join("village.db")).await?;
    seed_overdue_ada(&store).await?;
    let passphrase = village_core::cipher::Passphrase::new("pear tree lantern".into())?;
    let (store, _) = store.set_passphrase(&passphrase).await?;
    store.close().await;
    // What the last unlocked round left beside the file: the moment Ada's reminder was due.
    // `NEXT_REMINDER_FILE` in src-tauri's reminders.rs.
    let next = folder.join("next-reminder");
    std::fs::write(&next, (Utc::now() - Span::minutes(1)).to_rfc3339())?;
    let (_monitor, calls) = watch_notifications().await?;

    let app = App::start(data.path())?;
    calls
        .wait_until("the locked reminder", |l| !notify_summaries(l).is_empty())
        .await?;
    // A moment longer, so a second call would be seen.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let seen = calls.all();
    assert_eq!(notify_summaries(&seen), ["Village"]);
    assert!(
        seen.iter().any(|l| l.contains("You have a reminder")),
        "{seen:?}"
    );
    assert!(
        !seen.iter().any(|l| l.contains("Ada")),
        "a name while locked: {seen:?}"
    );
    // Said once: the next moment is known only after she unlocks.
    assert!(!next.exists());
    app.stop().await
}

#[tokio::test]
async fn clicking_a_reminder_opens_the_app_on_that_person() -> Result {
    let village = Village::start().await?;
    let store = village.seed_store().await?;
    let ada = seed_overdue_ada(&store).await?;
    store.close().await;
    // Notifications an earlier test left on screen would take the click below.
    clear_notifications().await?;
    let (_monitor, calls) = watch_notifications().await?;
    let window = village.open().await?;
    calls
        .wait_until("the reminder about Ada", |l| {
            notify_summaries(l) == ["Time to check in with Ada"]
        })
        .await?;
    click_newest_notification().await?;
    window.wait_for("main[data-rendered='person']").await?;
    let hash: String = window
        .client
        .execute("return location.hash", vec![])
        .await?
        .as_str()
        .unwrap_or_default()
        .to_owned();
    assert_eq!(hash, format!("#person/{}", ada.id));
    window.wait_for_text("h1", "Ada").await?;
    window.close().await
}

async fn setting(village: &Village, key: &str) -> Result<Option<String>> {
    let mut db = village.database().await?;
    let value = sqlx::query_scalar!("SELECT value FROM settings WHERE key = ?", key)
        .fetch_optional(&mut db)
        .await?;
    Ok(value)
}

#[tokio::test]
async fn she_turns_reminders_off_sets_their_time_and_turns_quiet_hours_off() -> Result {
    let village = Village::start().await?;
    let window = village.open().await?;
    window.go("settings").await?;
    assert!(
        window
            .wait_for("#reminders-enabled")
            .await?
            .is_selected()
            .await?
    );
    assert_eq!(
        window
            .attribute("#reminders-time", "value")
            .await?
            .as_deref(),
        Some("10:00")
    );
    for theme in THEMES {
        window.choose_theme(theme).await?;
        for width in WIDTHS {
            window.set_width(width).await?;
            window
                .screenshot("settings-reminders", width, theme)
                .await?;
        }
    }
    window.set_width(WIDTHS[0]).await?;
    window.choose_theme("system").await?;

    window.click("#reminders-enabled").await?;
    window.pick("#reminders-time", "18:30").await?;
    window.click("#reminders button[type='submit']").await?;
    window.wait_for_text("#status", "Reminders are off").await?;
    assert_eq!(
        setting(&village, "reminders.enabled").await?.as_deref(),
        Some("false")
    );
    assert_eq!(
        setting(&village, "reminders.time_of_day").await?.as_deref(),
        Some("18:30")
    );

    window.click("#quiet-enabled").await?;
    window.click("#quiet-hours button[type='submit']").await?;
    window.wait_for_text("#status", "Quiet hours saved").await?;
    assert_eq!(
        setting(&village, "quiet_hours.enabled").await?.as_deref(),
        Some("false")
    );

    // The middle of the night is refused in words, and nothing changes.
    window.pick("#reminders-time", "03:00").await?;
    window.click("#reminders button[type='submit']").await?;
    window
        .wait_for_text("#reminders-error", "Pick a time between 06:00 and 22:00")
        .await?;
    assert_eq!(
        setting(&village, "reminders.time_of_day").await?.as_deref(),
        Some("18:30")
    );
    window.set_width(360).await?;
    window
        .screenshot("settings-reminders-error", 360, "light")
        .await?;
    window.close().await?;

    // After a restart the form shows what she saved.
    let window = village.open().await?;
    window.go("settings").await?;
    assert!(
        !window
            .wait_for("#reminders-enabled")
            .await?
            .is_selected()
            .await?
    );
    assert!(
        !window
            .wait_for("#quiet-enabled")
            .await?
            .is_selected()
            .await?
    );
    assert_eq!(
        window
            .attribute("#reminders-time", "value")
            .await?
            .as_deref(),
        Some("18:30")
    );
    window.assert_accessible("settings with reminders").await?;
    window.close().await
}

#[tokio::test]
async fn she_mutes_a_person_and_a_group_and_sets_how_early_a_group_reminds_her() -> Result {
    let village = Village::start().await?;
    let store = village.seed_store().await?;
    let now = Utc::now();
    let ada = store
        .add_person(&PersonInput::named("Ada").every_days(7), now, &Local)
        .await?;
    let group = store
        .add_group(
            &GroupInput::named(
                "Baby Café",
                ScheduleInput::weekly(&["mon", "thu"], "10:30", 60),
            ),
            now,
            &Local,
        )
        .await?;
    store.close().await;
    let window = village.open().await?;

    window.go("circle").await?;
    window
        .click(&format!(
            ".person-row[data-person='{}'] a.person-link",
            ada.id
        ))
        .await?;
    window.wait_for("main[data-rendered='person']").await?;
    let switch = window.wait_for("#person-reminders-on").await?;
    assert!(switch.is_selected().await?);
    window.click("#person-reminders-on").await?;
    window
        .wait_for_text("#status", "Reminders about Ada are off")
        .await?;
    let mut db = village.database().await?;
    let muted = sqlx::query_scalar!("SELECT reminders_muted FROM person WHERE id = ?", ada.id)
        .fetch_one(&mut db)
        .await?;
    assert_eq!(muted, 1);

    window.go("groups").await?;
    window
        .click(&format!("a.group-link[href='#group/{}']", group.id))
        .await?;
    window.wait_for("main[data-rendered='group']").await?;
    window
        .wait_for_text(
            "#group-reminders-on-detail",
            "A notification 1 hour before each meeting",
        )
        .await?;
    window.click("#group-reminders-on").await?;
    window
        .wait_for_text("#status", "Reminders about Baby Café are off")
        .await?;
    // And how early, in the group's form.
    window.click("#edit-group summary").await?;
    let remind = window.wait_for("#edit-group select[id$='-remind']").await?;
    remind.select_by_value("15").await?;
    window.click("#edit-group button[type='submit']").await?;
    window.wait_for_text("#status", "Saved").await?;
    window
        .wait_for_text(
            "#group-reminders-on-detail",
            "A notification 15 minutes before each meeting",
        )
        .await?;
    let row = sqlx::query!(
        "SELECT reminders_muted, remind_minutes_before FROM saved_group WHERE id = ?",
        group.id
    )
    .fetch_one(&mut db)
    .await?;
    assert_eq!((row.reminders_muted, row.remind_minutes_before), (1, 15));
    assert!(
        !window
            .wait_for("#group-reminders-on")
            .await?
            .is_selected()
            .await?
    );
    window
        .assert_accessible("a group page with its reminder switch")
        .await?;

    let person_row = format!(".person-row[data-person='{}'] a.person-link", ada.id);
    let group_link = format!("a.group-link[href='#group/{}']", group.id);
    for theme in THEMES {
        window.choose_theme(theme).await?;
        for width in WIDTHS {
            window.set_width(width).await?;
            window.go("circle").await?;
            window.click(&person_row).await?;
            window.click("#person-reminders-on").await?;
            window
                .wait_for_text("#status", "Reminders about Ada are on")
                .await?;
            window.screenshot("person-reminders", width, theme).await?;
            window.go("groups").await?;
            window.click(&group_link).await?;
            window.click("#group-reminders-on").await?;
            window
                .wait_for_text("#status", "Reminders about Baby Café are on")
                .await?;
            window.screenshot("group-reminders", width, theme).await?;
            // Back to muted, for the next round of pictures.
            window.click("#group-reminders-on").await?;
            window.wait_for_text("#status", "are off").await?;
            window.go("circle").await?;
            window.click(&person_row).await?;
            window.click("#person-reminders-on").await?;
            window
                .wait_for_text("#status", "Reminders about Ada are off")
                .await?;
        }
    }
    window.close().await
}
