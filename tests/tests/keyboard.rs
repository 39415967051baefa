//! Village with the keyboard alone: no pointer event at all, only Tab, Shift+Tab, Enter, Space
//! and typing. She logs a mood, logs a check-in, adds a person, adds a group, takes a
//! self-check and opens Need help now; after each step the test asserts where the focus is,
//! including on the field a refusal is about.

use chrono::{Duration, Local, Utc};
use fantoccini::key::Key;
use village_core::circle::PersonInput;
use village_e2e::{Result, Village, Window};

/// Presses Shift+Tab until the focus is on `css`: for what sits above the focus, such as the
/// top bar.
async fn back_tab_to(window: &Window, css: &str) -> Result {
    for _ in 0..80 {
        if window.focus_is(css).await? {
            return Ok(());
        }
        window.press(format!("{}{}", Key::Shift, Key::Tab)).await?;
    }
    Err(format!(
        "Shift+Tab never reached {css}; the focus is on {}",
        window.focused().await?
    )
    .into())
}

async fn count(village: &Village, what: &str) -> Result<i64> {
    let mut db = village.database().await?;
    let n = match what {
        "good moods" => {
            sqlx::query_scalar!("SELECT COUNT(*) FROM mood_note WHERE mood = 4")
                .fetch_one(&mut db)
                .await?
        }
        "text check-ins" => {
            sqlx::query_scalar!("SELECT COUNT(*) FROM check_in WHERE kind = 'text'")
                .fetch_one(&mut db)
                .await?
        }
        "people" => {
            sqlx::query_scalar!("SELECT COUNT(*) FROM person")
                .fetch_one(&mut db)
                .await?
        }
        "groups" => {
            sqlx::query_scalar!("SELECT COUNT(*) FROM saved_group")
                .fetch_one(&mut db)
                .await?
        }
        "self-checks" => {
            sqlx::query_scalar!("SELECT COUNT(*) FROM self_check")
                .fetch_one(&mut db)
                .await?
        }
        other => return Err(format!("no count for {other}").into()),
    };
    Ok(n)
}

/// Waits for the store to hold `expected` of `what`: the app saves a moment after the key.
async fn wait_count(village: &Village, what: &str, expected: i64) -> Result {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let n = count(village, what).await?;
        if n == expected {
            return Ok(());
        }
        if std::time::Instant::now() > deadline {
            return Err(format!("{n} {what} stored, not {expected}").into());
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn with_the_keyboard_alone_she_does_each_thing_and_focus_follows() -> Result {
    let village = Village::start().await?;
    let store = village.seed_store().await?;
    let now = Utc::now();
    for name in ["Bea", "Cleo"] {
        store
            .add_person(
                &PersonInput::named(name).every_days(7),
                now - Duration::days(60),
                &Local,
            )
            .await?;
    }
    store.close().await;
    let window = village.open().await?;
    window.set_width(1280).await?;
    window.wait_for("#today-due .person-row").await?;

    // A mood: Tab to "Good", Enter. Saved, and the focus stays on what she pressed.
    window.tab_to("#today-mood-4").await?;
    window.press(Key::Enter).await?;
    wait_count(&village, "good moods", 1).await?;
    window.wait_for_text("#today-mood-saved", "Saved").await?;
    window.wait_for_focus("#today-mood-4").await?;

    // A check-in with the first person due: she leaves the list, and the focus goes to the
    // person now in her place.
    let rows = window
        .client
        .execute(
            "return [...document.querySelectorAll('#today-due .person-row')].map((r) => r.dataset.person)",
            vec![],
        )
        .await?;
    let rows: Vec<String> = serde_json::from_value(rows)?;
    assert_eq!(rows.len(), 2, "{rows:?}");
    // Logging a hello that already happened is folded under "Other ways": Enter opens it.
    window
        .tab_to(&format!(
            "#today-due .person-row[data-person='{}'] details.other-ways > summary",
            rows[0]
        ))
        .await?;
    window.press(Key::Enter).await?;
    window
        .tab_to(&format!(
            "#today-due .person-row[data-person='{}'] button[data-kind='text']",
            rows[0]
        ))
        .await?;
    window.press(Key::Enter).await?;
    wait_count(&village, "text check-ins", 1).await?;
    window
        .wait_for_focus(&format!(
            "#today-due .person-row[data-person='{}'] .person-link",
            rows[1]
        ))
        .await?;

    // A person: to Circle, where the focus is on the page's heading.
    window.tab_to("a[data-nav='circle']").await?;
    window.press(Key::Enter).await?;
    window.wait_for("main[data-rendered='circle']").await?;
    window.wait_for_focus("main h1").await?;
    window.tab_to("#add-person-button").await?;
    window.press(Key::Enter).await?;
    window
        .wait_for_focus("#add-person input[id$='-name']")
        .await?;
    window.press("Dana").await?;
    // A cadence of 0 days is refused, and the focus goes to that field, marked invalid.
    window.tab_to("#add-person input[id$='-cadence']").await?;
    window.press("0").await?;
    window.press(Key::Enter).await?;
    window
        .wait_for_text("#add-person .form-error", "365 days")
        .await?;
    window
        .wait_for_focus("#add-person input[id$='-cadence'][aria-invalid='true']")
        .await?;
    assert_eq!(count(&village, "people").await?, 2);
    window.press(Key::Backspace).await?;
    window.press("14").await?;
    window.press(Key::Enter).await?;
    wait_count(&village, "people", 3).await?;
    // On to Dana, there in the list.
    window.wait_for_focus(".person-row .person-link").await?;
    let focused = window.focused().await?;
    assert!(focused.contains("Dana"), "{focused}");

    // A group: a weekly group with no day picked is refused, and the focus goes to the days.
    window.tab_to("a[data-nav='groups']").await?;
    window.press(Key::Enter).await?;
    window.wait_for("main[data-rendered='groups']").await?;
    window.wait_for_focus("main h1").await?;
    window.tab_to("#add-group-button").await?;
    window.press(Key::Enter).await?;
    window
        .wait_for_focus("#add-group input[id$='-name']")
        .await?;
    window.press("Tuesday Mums").await?;
    window.press(Key::Enter).await?;
    window
        .wait_for_text("#add-group .form-error", "day")
        .await?;
    window
        .wait_for_focus("#add-group .days input[type='checkbox'][aria-invalid='true']")
        .await?;
    assert_eq!(count(&village, "groups").await?, 0);
    window.press(Key::Space).await?;
    window.tab_to("#add-group button[type='submit']").await?;
    window.press(Key::Enter).await?;
    wait_count(&village, "groups", 1).await?;
    window.wait_for_focus(".group-row .group-link").await?;
    let focused = window.focused().await?;
    assert!(focused.contains("Tuesday Mums"), "{focused}");

    // A self-check: from Help. An item left out is refused, and the focus goes to it.
    window.tab_to("a[data-nav='help']").await?;
    window.press(Key::Enter).await?;
    window.wait_for("main[data-rendered='help']").await?;
    window.tab_to("main a[href='#self-check']").await?;
    window.press(Key::Enter).await?;
    window.wait_for("main[data-rendered='self-check']").await?;
    window.wait_for_focus("main h1").await?;
    window.tab_to("#start-phq9").await?;
    window.press(Key::Enter).await?;
    window.wait_for("#self-check-form").await?;
    window.wait_for_focus("main h1").await?;
    for item in (1..=9).filter(|i| *i != 5) {
        // Tab enters each question on its first answer; Space picks it ("Not at all").
        window.tab_to(&format!("input[name='item-{item}']")).await?;
        window.press(Key::Space).await?;
    }
    window
        .tab_to("#self-check-form button[type='submit']")
        .await?;
    window.press(Key::Enter).await?;
    window.wait_for_text("#self-check-error", "5").await?;
    window.wait_for_focus("input[name='item-5']").await?;
    assert_eq!(count(&village, "self-checks").await?, 0);
    window.press(Key::Space).await?;
    window
        .tab_to("#self-check-form button[type='submit']")
        .await?;
    window.press(Key::Enter).await?;
    window
        .wait_for("main[data-rendered='self-check-result']")
        .await?;
    wait_count(&village, "self-checks", 1).await?;
    window.wait_for_focus("main h1").await?;

    // Need help now, from the top bar: back up to it, Enter, and the focus is on its heading.
    back_tab_to(&window, ".top-bar a.help-now").await?;
    window.press(Key::Enter).await?;
    window.wait_for("main[data-rendered='help-now']").await?;
    window.wait_for_focus("main h1").await?;
    window.wait_for_text("[data-line='988']", "988").await?;
    window.close().await
}

#[tokio::test]
async fn after_an_edit_a_delete_and_undo_and_hiding_the_calm_card_the_focus_is_where_she_is()
-> Result {
    let village = Village::start().await?;
    let store = village.seed_store().await?;
    let now = Utc::now();
    // Five hard days: Today opens with the calm card.
    for days in 0..5 {
        store
            .add_mood_note(
                &village_core::journal::MoodNoteInput::new(
                    1,
                    now - Duration::days(days) - Duration::minutes(5),
                )
                .with_note(&format!("day {days}")),
                now,
                &Local,
            )
            .await?;
    }
    store.close().await;
    let window = village.open().await?;
    window.set_width(1280).await?;

    // Hiding the calm card: the focus goes to the card now first, not to the page.
    window.wait_for("#today-care").await?;
    window.tab_to("#today-care-hide").await?;
    window.press(Key::Enter).await?;
    window.wait_gone("#today-care").await?;
    window
        .wait_for_focus("#today section:first-child h2")
        .await?;

    // Editing a note: saved, and the focus is on that note in the list.
    window.tab_to("a[data-nav='journal']").await?;
    window.press(Key::Enter).await?;
    window.wait_for("main[data-rendered='journal']").await?;
    let first = window
        .attribute("#timeline .note-item", "data-note")
        .await?
        .ok_or("no note")?;
    let item = format!("#timeline .note-item[data-note='{first}']");
    window
        .tab_to(&format!("{item} .actions button:first-child"))
        .await?;
    window.press(Key::Enter).await?;
    window.wait_for_focus("#timeline form textarea").await?;
    window.press(" and a walk").await?;
    window
        .tab_to("#timeline form button[type='submit']")
        .await?;
    window.press(Key::Enter).await?;
    window.wait_for_text(&item, "and a walk").await?;
    window.wait_for_focus(&item).await?;

    // Deleting it puts the focus on Undo; Undo brings it back, with the focus on it.
    window
        .tab_to(&format!("{item} .actions button:last-child"))
        .await?;
    window.press(Key::Enter).await?;
    window.wait_for_focus("#undo-delete").await?;
    window.wait_gone(&item).await?;
    window.press(Key::Enter).await?;
    window.wait_for(&item).await?;
    window.wait_for_focus(&item).await?;
    window.close().await
}
