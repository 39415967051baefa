//! The Circle in the real window: add a friend, see her fall due, check in with two taps, and
//! see it in the DOM and in the SQLite file.

use chrono::{Duration, SubsecRound, Utc};
use fantoccini::Locator;
use village_core::circle::{NewCheckIn, PersonInput};
use village_e2e::{Result, THEMES, Village, WIDTHS};

async fn person_id(village: &Village, name: &str) -> Result<String> {
    let mut db = village.database().await?;
    Ok(
        sqlx::query_scalar!("SELECT id FROM person WHERE name = ?", name)
            .fetch_one(&mut db)
            .await?,
    )
}

#[tokio::test]
async fn a_friend_falls_due_and_a_two_tap_check_in_restarts_her_cadence() -> Result {
    let village = Village::start().await?;
    let window = village.open().await?;
    window.go("circle").await?;
    window.wait_for("#circle-empty:not([hidden])").await?;

    window.click("#add-person-button").await?;
    window.assert_accessible("the add-person form").await?;
    window
        .fill("#add-person input[name='name']", "Maya")
        .await?;
    window
        .fill("#add-person input[name='cadence']", "7")
        .await?;
    window.click("#add-person button[type='submit']").await?;
    window.wait_for_text("#circle-list", "Maya").await?;
    let id = person_id(&village, "Maya").await?;
    let row = format!(".person-row[data-person='{id}']");
    window.wait_for_text(&row, "in 7 days").await?;

    // Test-only seed: she added Maya ten days ago.
    let ten_days_ago = (Utc::now() - Duration::days(10)).trunc_subsecs(0);
    let mut db = village.database().await?;
    sqlx::query!(
        "UPDATE person SET created_at = ? WHERE id = ?",
        ten_days_ago,
        id
    )
    .execute(&mut db)
    .await?;

    window.go("today").await?;
    window.go("circle").await?;
    // Due three days ago, and never in touch yet: an invitation, never a count of days late.
    window.wait_for_text(&row, "might love a hello").await?;
    assert_eq!(
        window.attribute(&row, "data-status").await?.as_deref(),
        Some("overdue")
    );

    // Two taps: "Check in", then how.
    window.click(&format!("{row} button.check-in")).await?;
    window
        .click(&format!("{row} button[data-kind='call']"))
        .await?;
    window.wait_for_text(&row, "in 7 days").await?;
    assert_eq!(
        window.attribute(&row, "data-status").await?.as_deref(),
        Some("in_days")
    );

    let (kind, happened_at): (String, chrono::DateTime<Utc>) =
        sqlx::query_as("SELECT kind, happened_at FROM check_in WHERE person_id = ?")
            .bind(&id)
            .fetch_one(&mut db)
            .await?;
    assert_eq!(kind, "call");
    assert!(
        Utc::now() - happened_at < Duration::minutes(2),
        "{happened_at}"
    );

    // Her page shows the check-in, newest first.
    window.click(&format!("{row} a.person-link")).await?;
    window.wait_for("main[data-rendered='person']").await?;
    window.wait_for_text("#person-due", "in 7 days").await?;
    window.wait_for_text("#history", "Call").await?;
    window.close().await?;
    Ok(())
}

#[tokio::test]
async fn markup_in_a_name_is_stored_and_shown_as_text() -> Result {
    let village = Village::start().await?;
    let window = village.open().await?;
    let name = "<img src=x onerror=alert(1)>";
    window.go("circle").await?;
    window.click("#add-person-button").await?;
    window.fill("#add-person input[name='name']", name).await?;
    window.click("#add-person button[type='submit']").await?;
    window.wait_for_text("#circle-list", name).await?;
    assert_eq!(window.text(".person-name").await?, name);
    let images = window
        .client
        .find_all(Locator::Css("#circle-list img"))
        .await?;
    assert!(images.is_empty(), "the name became an element");
    let id = person_id(&village, name).await?;
    assert!(!id.is_empty());
    window.close().await?;
    Ok(())
}

#[tokio::test]
async fn a_bad_person_gets_a_message_and_nothing_is_stored() -> Result {
    let village = Village::start().await?;
    let window = village.open().await?;
    window.go("circle").await?;
    window.click("#add-person-button").await?;
    window.fill("#add-person input[name='name']", "   ").await?;
    window.click("#add-person button[type='submit']").await?;
    window
        .wait_for_text("#add-person .form-error", "The name can't be empty.")
        .await?;
    window.fill("#add-person input[name='name']", "Ana").await?;
    window
        .fill("#add-person input[name='cadence']", "10000")
        .await?;
    window.click("#add-person button[type='submit']").await?;
    window
        .wait_for_text("#add-person .form-error", "Check in every 1 to 365 days")
        .await?;
    let mut db = village.database().await?;
    let people: i64 = sqlx::query_scalar!(r#"SELECT COUNT(*) AS "n!: i64" FROM person"#)
        .fetch_one(&mut db)
        .await?;
    assert_eq!(people, 0);
    window.close().await?;
    Ok(())
}

#[tokio::test]
async fn the_list_and_a_person_page_read_well_at_both_widths_in_both_themes() -> Result {
    let village = Village::start().await?;
    let store = village.seed_store().await?;
    let now = Utc::now();
    let mut first = None;
    for (name, cadence, days_ago) in [
        ("Ana (sister)", 7, 12),
        ("Bea from baby yoga", 14, 3),
        ("Dr. Okafor", 30, 40),
        ("Chloé", 7, 7),
    ] {
        let mut input = PersonInput::named(name).every_days(cadence);
        input.phone = "+1 555 010 2030".into();
        input.email = "friend@example.org".into();
        input.notes = "Loves long walks with the pram.".into();
        let person = store
            .add_person(&input, now - Duration::days(days_ago), &chrono::Local)
            .await?;
        let when = now - Duration::days(days_ago / 2);
        store
            .log_check_in(&NewCheckIn::call(person.id.clone(), when), now)
            .await?;
        first.get_or_insert(person.id);
    }
    store.close().await;
    let first = first.ok_or("no person seeded")?;

    let window = village.open().await?;
    for theme in THEMES {
        window.choose_theme(theme).await?;
        for width in WIDTHS {
            window.set_width(width).await?;
            window.go("circle").await?;
            window.wait_for_text("#circle-list", "Ana (sister)").await?;
            window.assert_no_stray_values("the circle").await?;
            window.screenshot("circle-list", width, theme).await?;
            window
                .assert_accessible(&format!("the circle at {width}px, {theme}"))
                .await?;

            window
                .click(&format!(".person-row[data-person='{first}'] a.person-link"))
                .await?;
            window.wait_for("main[data-rendered='person']").await?;
            window.wait_for("#history").await?;
            window.assert_no_stray_values("a person's page").await?;
            window.screenshot("person", width, theme).await?;
            window
                .assert_accessible(&format!("a person at {width}px, {theme}"))
                .await?;
        }
    }
    window.close().await?;
    Ok(())
}

#[tokio::test]
async fn two_hundred_people_all_list_and_the_view_scrolls_to_the_last() -> Result {
    let village = Village::start().await?;
    let store = village.seed_store().await?;
    let now = Utc::now();
    for i in 0..200 {
        let input = PersonInput::named(&format!("Friend {i:03}")).every_days(i % 28 + 1);
        store
            .add_person(&input, now - Duration::days(i % 45), &chrono::Local)
            .await?;
    }
    store.close().await;

    let window = village.open().await?;
    window.set_width(360).await?;
    window.go("circle").await?;
    window.wait_for(".person-row:nth-child(200)").await?;
    let rows = window.client.find_all(Locator::Css(".person-row")).await?;
    assert_eq!(rows.len(), 200);

    let visible = window
        .client
        .execute(
            "const rows = document.querySelectorAll('.person-row');
             const last = rows[rows.length - 1];
             window.scrollTo(0, document.scrollingElement.scrollHeight);
             const nav = document.querySelector('.main-nav').getBoundingClientRect();
             const box = last.getBoundingClientRect();
             return { scrolled: window.scrollY > 0, top: box.top, bottom: box.bottom, navTop: nav.top };",
            vec![],
        )
        .await?;
    assert_eq!(visible["scrolled"], true, "{visible}");
    let bottom = visible["bottom"].as_f64().ok_or("no bottom")?;
    let nav_top = visible["navTop"].as_f64().ok_or("no nav")?;
    assert!(
        bottom <= nav_top,
        "the last person hides under the tab bar: {visible}"
    );
    window.screenshot("circle-200-bottom", 360, "light").await?;
    window.close().await?;
    Ok(())
}

#[tokio::test]
async fn archiving_hides_restoring_returns_and_delete_asks_first_then_takes_the_history() -> Result
{
    let village = Village::start().await?;
    let store = village.seed_store().await?;
    let now = Utc::now();
    let ana = store
        .add_person(
            &PersonInput::named("Ana").every_days(7),
            now - Duration::days(3),
            &chrono::Local,
        )
        .await?;
    for days in 1..=3 {
        let when = now - Duration::days(days);
        store
            .log_check_in(&NewCheckIn::call(ana.id.clone(), when), now)
            .await?;
    }
    store.close().await;
    let id = ana.id.to_string();
    let row = format!(".person-row[data-person='{id}']");

    let window = village.open().await?;
    window.go("circle").await?;
    window.click(&format!("{row} a.person-link")).await?;
    window.wait_for_text("#history", "Call").await?;
    window.click("#archive-person").await?;
    window
        .wait_for_text("#archive-person", "Restore to my circle")
        .await?;
    window.click("a.back").await?;
    window.wait_for("main[data-rendered='circle']").await?;
    window.wait_for("#circle-empty:not([hidden])").await?;
    window.click("#show-archived").await?;
    window.wait_for_text(&row, "archived").await?;

    window.click(&format!("{row} a.person-link")).await?;
    window
        .wait_for_text("#archive-person", "Restore to my circle")
        .await?;
    window.click("#archive-person").await?;
    window.wait_for_text("#archive-person", "Archive").await?;

    // Delete asks first; "Keep" keeps her.
    window.click("#delete-person").await?;
    window
        .wait_for_text("#confirm-delete", "can't be undone")
        .await?;
    let mut db = village.database().await?;
    let count = async |db: &mut sqlx::SqliteConnection| -> Result<(i64, i64)> {
        let people: i64 = sqlx::query_scalar!(r#"SELECT COUNT(*) AS "n!: i64" FROM person"#)
            .fetch_one(&mut *db)
            .await?;
        let check_ins: i64 = sqlx::query_scalar!(r#"SELECT COUNT(*) AS "n!: i64" FROM check_in"#)
            .fetch_one(&mut *db)
            .await?;
        Ok((people, check_ins))
    };
    assert_eq!(count(&mut db).await?, (1, 3));
    window.click("#confirm-delete-yes").await?;
    window.wait_for("main[data-rendered='circle']").await?;
    window.wait_for("#circle-empty:not([hidden])").await?;
    // The words about the deletion are said on the page it returns to, not lost on the way.
    window.wait_for_text("#status", "was deleted").await?;
    assert_eq!(count(&mut db).await?, (0, 0));
    window.close().await?;
    Ok(())
}
