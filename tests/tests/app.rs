//! The real Village window, driven as she would use it: settings that last, every view at
//! phone and desktop width in both themes, help one tap away, and a damaged store.

use village_e2e::{Result, THEMES, Village, WIDTHS};

/// Every view and how to reach it: the five in the navigation, then the header's two.
const VIEWS: [&str; 7] = [
    "today", "circle", "journal", "groups", "help", "help-now", "settings",
];

async fn stored_theme(village: &Village) -> Result<Option<String>> {
    let mut db = village.database().await?;
    let theme = sqlx::query_scalar!("SELECT value FROM settings WHERE key = 'theme'")
        .fetch_optional(&mut db)
        .await?;
    Ok(theme)
}

#[tokio::test]
async fn the_theme_she_picks_is_kept_across_a_restart() -> Result {
    let village = Village::start().await?;
    let window = village.open().await?;
    assert_eq!(
        window.attribute("html", "data-theme").await?.as_deref(),
        Some("system")
    );
    assert_eq!(stored_theme(&village).await?, None);

    window.choose_theme("dark").await?;
    window.wait_for_text("#status", "Saved").await?;
    assert_eq!(stored_theme(&village).await?.as_deref(), Some("dark"));
    window.close().await?;

    let window = village.open().await?;
    assert_eq!(
        window.attribute("html", "data-theme").await?.as_deref(),
        Some("dark")
    );
    window.go("settings").await?;
    let dark = window.wait_for("#theme-dark").await?;
    assert!(
        dark.is_selected().await?,
        "the Dark choice is selected after a restart"
    );
    assert!(
        !window
            .wait_for("#theme-system")
            .await?
            .is_selected()
            .await?
    );
    assert_eq!(stored_theme(&village).await?.as_deref(), Some("dark"));
    window.close().await?;
    Ok(())
}

#[tokio::test]
async fn every_view_reads_well_at_both_widths_in_both_themes() -> Result {
    let village = Village::start().await?;
    let window = village.open().await?;
    let mut problems = Vec::new();
    let mut shots = 0;
    for theme in THEMES {
        window.choose_theme(theme).await?;
        for width in WIDTHS {
            window.set_width(width).await?;
            for view in VIEWS {
                window.go(view).await?;
                assert_eq!(
                    window.attribute("main", "data-rendered").await?.as_deref(),
                    Some(view)
                );
                // "Need help now" is in reach on every view.
                let help_now = window.wait_for(".top-bar a[href='#help-now']").await?;
                assert!(
                    help_now.is_displayed().await?,
                    "{view} at {width}px hides Need help now"
                );
                window.assert_no_stray_values(view).await?;
                window.screenshot(view, width, theme).await?;
                shots += 1;
                for violation in window.accessibility_violations().await? {
                    problems.push(format!("{view} at {width}px, {theme}: {violation}"));
                }
            }
        }
    }
    window.close().await?;
    assert_eq!(shots, VIEWS.len() * WIDTHS.len() * THEMES.len());
    assert!(problems.is_empty(), "axe found:\n{}", problems.join("\n"));
    Ok(())
}

#[tokio::test]
async fn need_help_now_puts_988_and_emergency_first_with_links_to_call() -> Result {
    let village = Village::start().await?;
    let window = village.open().await?;
    window.set_width(360).await?;
    window.go("journal").await?;
    window.go("help-now").await?;

    let cards = window
        .client
        .find_all(fantoccini::Locator::Css("main [data-line]"))
        .await?;
    let mut order = Vec::new();
    for card in &cards {
        order.push(card.attr("data-line").await?.unwrap_or_default());
    }
    assert_eq!(
        order,
        ["988", "emergency", "crisis-text-line", "nmmh", "psi"]
    );

    let first = window.wait_for("[data-line='988']").await?;
    let text = first.text().await?;
    assert!(text.contains("Call or text 988"), "{text}");
    assert_eq!(
        window
            .attribute("[data-line='988'] a", "href")
            .await?
            .as_deref(),
        Some("tel:988")
    );
    let nmmh = window.wait_for("[data-line='nmmh']").await?.text().await?;
    assert!(nmmh.contains("1-833-TLC-MAMA (1-833-852-6262)"), "{nmmh}");
    assert!(nmmh.contains("It is not a crisis line"), "{nmmh}");
    let psi = window.wait_for("[data-line='psi']").await?.text().await?;
    assert!(
        psi.contains("1-800-944-4773") && psi.contains("971-203-7773"),
        "{psi}"
    );
    let ctl = window
        .wait_for("[data-line='crisis-text-line']")
        .await?
        .text()
        .await?;
    assert!(ctl.contains("Text HOME to 741741"), "{ctl}");
    window.close().await?;
    Ok(())
}

#[tokio::test]
async fn a_damaged_database_is_explained_left_alone_and_help_still_works() -> Result {
    let data = tempfile::tempdir()?;
    let folder = data.path().join("village");
    std::fs::create_dir_all(&folder)?;
    let garbage = b"not a database, just words\n".repeat(100);
    std::fs::write(folder.join("village.db"), &garbage)?;

    let village = Village::start_in(data).await?;
    let window = village.open().await?;
    window
        .wait_for_text(
            "#recover-problem",
            "is not a Village database or is damaged",
        )
        .await?;
    // No backup beside it: she is told so, and nothing is offered that could not work.
    window
        .wait_for_text("#recover-none", "no backup beside it that opens whole")
        .await?;
    window.go("help").await?;
    window
        .wait_for_text("[data-line='nmmh']", "1-833-852-6262")
        .await?;
    window.close().await?;
    assert_eq!(std::fs::read(village.database_path())?, garbage);
    Ok(())
}

#[tokio::test]
async fn the_skip_link_moves_focus_to_the_view_without_leaving_it() -> Result {
    let village = Village::start().await?;
    let window = village.open().await?;
    window.go("journal").await?;
    window
        .client
        .execute("document.querySelector('.skip-link').focus()", vec![])
        .await?;
    window
        .client
        .active_element()
        .await?
        .send_keys(&fantoccini::key::Key::Enter.to_string())
        .await?;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let focused = window
        .client
        .execute("return document.activeElement.id", vec![])
        .await?;
    assert_eq!(focused, "main");
    assert_eq!(
        window.attribute("main", "data-rendered").await?.as_deref(),
        Some("journal")
    );
    window.close().await?;
    Ok(())
}

#[tokio::test]
async fn about_names_the_version_her_folder_the_licence_and_every_library() -> Result {
    let village = Village::start().await?;
    let window = village.open().await?;
    window.go("settings").await?;
    window.click("#about-link").await?;
    window.wait_for("main[data-rendered='about']").await?;
    assert_eq!(
        window.text("#about-version").await?,
        env!("CARGO_PKG_VERSION")
    );
    assert_eq!(
        window.text("#about-data-dir").await?,
        village.data_dir().display().to_string()
    );
    let licence = window.text("#about-licence").await?;
    assert!(licence.contains("AGPL-3.0-or-later"), "{licence}");
    let rows = window
        .client
        .find_all(fantoccini::Locator::Css("#about-libraries tbody tr"))
        .await?;
    assert!(rows.len() > 100, "{} libraries", rows.len());
    let table = window.text("#about-libraries").await?;
    for library in ["tauri", "sqlx", "libsqlite3-sys", "chrono"] {
        assert!(table.contains(library), "{library} is missing");
    }
    window.assert_accessible("the about page").await?;
    window.screenshots_in_place("about", "main").await?;
    window.close().await
}
