//! The journal in the real window: a note with two tags, found by search, edited, marked on the
//! month, deleted and brought back; checked in the DOM and in the SQLite file.

use chrono::{Duration, Utc};
use fantoccini::Locator;
use fantoccini::key::Key;
use village_core::journal::MoodNoteInput;
use village_e2e::{Result, THEMES, Village, WIDTHS, Window};

async fn journal_tab(window: &Window, tab: &str) -> Result {
    window.click(&format!(".tabs a[data-tab='{tab}']")).await?;
    window
        .wait_for(&format!("main[data-rendered='journal'][data-sub='{tab}']"))
        .await?;
    Ok(())
}

struct Stored {
    note: String,
    mood: i64,
    sleep: Option<i64>,
    deleted: bool,
    tags: String,
    local_date: String,
}

async fn stored(village: &Village) -> Result<Vec<Stored>> {
    let mut db = village.database().await?;
    let rows = sqlx::query!(
        r#"SELECT m.note, m.mood, m.sleep_half_hours, m.deleted_at IS NOT NULL AS "deleted!: bool",
                  m.local_date,
                  COALESCE((SELECT group_concat(t.name, ',') FROM (SELECT t.name FROM mood_note_tag nt
                     JOIN tag t ON t.id = nt.tag_id WHERE nt.note_id = m.id ORDER BY t.folded) t), '')
                     AS "tags!: String"
           FROM mood_note m ORDER BY m.written_at"#
    )
    .fetch_all(&mut db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| Stored {
            note: r.note,
            mood: r.mood,
            sleep: r.sleep_half_hours,
            deleted: r.deleted,
            tags: r.tags,
            local_date: r.local_date,
        })
        .collect())
}

#[tokio::test]
async fn a_note_is_written_found_edited_marked_on_the_month_deleted_and_restored() -> Result {
    let village = Village::start().await?;
    let window = village.open().await?;
    window.go("journal").await?;

    // One tap saves the mood; words and tags follow.
    window.click("#quick-mood-4").await?;
    window.wait_for("#quick-editor textarea").await?;
    assert_eq!(stored(&village).await?.len(), 1, "saved on the tap");
    window.assert_accessible("the note editor").await?;
    window
        .fill(
            "#quick-editor textarea",
            "Walked to the library with the pram",
        )
        .await?;
    let tag_input = "#quick-editor input[list]";
    window.fill(tag_input, "outside").await?;
    window
        .wait_for(tag_input)
        .await?
        .send_keys(&Key::Enter.to_string())
        .await?;
    window.fill(tag_input, "Library").await?;
    window
        .wait_for(tag_input)
        .await?
        .send_keys(&Key::Enter.to_string())
        .await?;
    window
        .wait_for_text("#quick-editor .chips", "Library")
        .await?;
    window.click("#quick-editor button[type='submit']").await?;
    window
        .wait_for_text("#timeline", "Walked to the library")
        .await?;

    let notes = stored(&village).await?;
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].note, "Walked to the library with the pram");
    assert_eq!(notes[0].mood, 4);
    assert_eq!(notes[0].tags, "Library,outside");
    let day = notes[0].local_date.clone();

    // Search finds it while she is still typing, and marks the match.
    journal_tab(&window, "search").await?;
    window.fill("#search-text", "librar").await?;
    window.wait_for_text("#search-results", "pram").await?;
    assert_eq!(window.text("#search-results mark").await?, "library");

    // Edit from the result: a bad sleep figure is refused and changes nothing; then a real edit.
    window
        .click("#search-results .note-item button.quiet")
        .await?;
    window.wait_for("#search-results form.note-editor").await?;
    window
        .fill("#search-results form.note-editor input[name='sleep']", "25")
        .await?;
    window
        .click("#search-results form.note-editor button[type='submit']")
        .await?;
    window
        .wait_for_text("#search-results .form-error", "Hours slept go from 0 to 24")
        .await?;
    assert_eq!(stored(&village).await?[0].sleep, None);
    window
        .fill(
            "#search-results form.note-editor textarea",
            "Coffee with Sam at the library",
        )
        .await?;
    window
        .fill(
            "#search-results form.note-editor input[name='sleep']",
            "6.5",
        )
        .await?;
    window
        .click("#search-results form.note-editor button[type='submit']")
        .await?;
    window
        .wait_for_text("#search-results", "Coffee with Sam")
        .await?;
    let notes = stored(&village).await?;
    assert_eq!(notes[0].note, "Coffee with Sam at the library");
    assert_eq!(notes[0].sleep, Some(13));
    window.fill("#search-text", "pram").await?;
    window
        .wait_for_text("#search-status", "No notes match")
        .await?;

    // The month marks the day; the day opens its note.
    journal_tab(&window, "month").await?;
    let cell = format!("#month-grid button[data-date='{day}']");
    assert_eq!(
        window.attribute(&cell, "class").await?.as_deref(),
        Some("day has-notes")
    );
    window.click(&cell).await?;
    window
        .wait_for_text("#month-day", "Coffee with Sam")
        .await?;

    // Delete, then undo.
    journal_tab(&window, "timeline").await?;
    window.wait_for_text("#timeline", "Coffee with Sam").await?;
    let delete = window
        .client
        .find(Locator::Css(
            "#timeline .note-item .actions button:last-child",
        ))
        .await?;
    delete.click().await?;
    window.wait_for("#undo:not([hidden])").await?;
    window.wait_for("#timeline-empty:not([hidden])").await?;
    assert!(stored(&village).await?[0].deleted);
    window.click("#undo-delete").await?;
    window.wait_for_text("#timeline", "Coffee with Sam").await?;
    let notes = stored(&village).await?;
    assert!(!notes[0].deleted);
    assert_eq!(notes[0].tags, "Library,outside");
    window.close().await?;
    Ok(())
}

#[tokio::test]
async fn markup_and_search_operators_stay_plain_text() -> Result {
    let village = Village::start().await?;
    let store = village.seed_store().await?;
    let now = Utc::now();
    let note = "<script>alert(1)</script> <img src=x onerror=alert(2)> שלום 😴";
    store
        .add_mood_note(
            &MoodNoteInput::new(2, now).with_note(note),
            now,
            &chrono::Local,
        )
        .await?;
    store.close().await;

    let window = village.open().await?;
    window.go("journal").await?;
    window
        .wait_for_text("#timeline", "<script>alert(1)</script>")
        .await?;
    assert!(
        window
            .client
            .find_all(Locator::Css("#timeline img, #timeline script"))
            .await?
            .is_empty()
    );
    journal_tab(&window, "search").await?;
    for query in ["\"", "*", "NEAR(", "AND", "\"unbalanced", "script"] {
        window.fill("#search-text", query).await?;
        tokio::time::sleep(std::time::Duration::from_millis(400)).await;
        assert!(
            window
                .client
                .find(Locator::Css("#problem:not([hidden])"))
                .await
                .is_err(),
            "{query:?} showed a problem"
        );
    }
    window.wait_for_text("#search-results", "שלום").await?;
    assert_eq!(window.text("#search-results mark").await?, "script");
    window.close().await?;
    Ok(())
}

#[tokio::test]
async fn timeline_search_month_and_trends_read_well_at_both_widths_in_both_themes() -> Result {
    let village = Village::start().await?;
    let store = village.seed_store().await?;
    let now = Utc::now();
    let words = [
        "Long night, the baby woke four times.",
        "Walked to the park with Sam and the pram.",
        "Felt a bit lonely after lunch.",
        "Baby yoga class; met two other moms.",
        "Slept five hours in a row!",
    ];
    let tags = [
        vec!["tired"],
        vec!["got outside", "saw a friend"],
        vec!["lonely"],
        vec!["hopeful", "saw a friend"],
        vec!["slept well"],
    ];
    let inputs: Vec<MoodNoteInput> = (0..60)
        .map(|i: i64| {
            let k = usize::try_from(i).unwrap_or(0) % 5;
            MoodNoteInput::new(1 + (i * 7 + i / 3) % 5, now - Duration::hours(i * 13))
                .with_note(words[k])
                .with_tags(&tags[k])
        })
        .collect();
    store.add_mood_notes(&inputs, now, &chrono::Local).await?;
    store.close().await;

    let window = village.open().await?;
    for theme in THEMES {
        window.choose_theme(theme).await?;
        for width in WIDTHS {
            window.set_width(width).await?;
            window.go("journal").await?;
            window.wait_for("#timeline .note-item").await?;
            window.screenshot("journal-timeline", width, theme).await?;
            window
                .assert_accessible(&format!("the timeline at {width}px, {theme}"))
                .await?;

            journal_tab(&window, "search").await?;
            window.fill("#search-text", "baby").await?;
            window.wait_for("#search-results mark").await?;
            window.screenshot("journal-search", width, theme).await?;
            window
                .assert_accessible(&format!("search at {width}px, {theme}"))
                .await?;

            journal_tab(&window, "month").await?;
            window.wait_for("#month-grid .has-notes").await?;
            window.screenshot("journal-month", width, theme).await?;
            window
                .assert_accessible(&format!("the month at {width}px, {theme}"))
                .await?;

            journal_tab(&window, "trends").await?;
            window.wait_for(".trend-chart .mood-line").await?;
            window.assert_no_stray_values("trends").await?;
            window.screenshot("journal-trends", width, theme).await?;
            window
                .assert_accessible(&format!("trends at {width}px, {theme}"))
                .await?;
        }
    }
    window.close().await?;
    Ok(())
}
