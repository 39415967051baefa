//! Village for someone tired, one-handed, zoomed in, or on a keyboard: the text size she picks
//! (Settings and Ctrl +/−/0) kept across a restart; every view at 100 % and 200 % text, at
//! phone and desktop width, light and dark, checked by axe-core and for sideways scrolling,
//! clipped or small text and small targets; and status notes that never cover what she used.

use fantoccini::key::Key;
use village_e2e::life::{seed, views};
use village_e2e::{Result, THEMES, Village, WIDTHS, Window};

async fn stored_text_size(village: &Village) -> Result<Option<String>> {
    let mut db = village.database().await?;
    Ok(
        sqlx::query_scalar!("SELECT value FROM settings WHERE key = 'appearance.text_size'")
            .fetch_optional(&mut db)
            .await?,
    )
}

async fn text_size(window: &Window) -> Result<(Option<String>, f64)> {
    let size = window.attribute("html", "data-text-size").await?;
    let body = window
        .client
        .execute(
            "return parseFloat(getComputedStyle(document.body).fontSize)",
            vec![],
        )
        .await?;
    Ok((size, body.as_f64().unwrap_or_default()))
}

#[tokio::test]
async fn the_text_size_she_picks_scales_every_word_and_is_kept() -> Result {
    let village = Village::start().await?;
    let window = village.open().await?;
    assert_eq!(text_size(&window).await?, (Some("100".into()), 17.0));
    assert_eq!(stored_text_size(&village).await?, None);

    window.go("settings").await?;
    window.click("#text-size-200").await?;
    window.wait_for("html[data-text-size='200']").await?;
    assert_eq!(text_size(&window).await?.1, 34.0);
    assert_eq!(stored_text_size(&village).await?.as_deref(), Some("200"));

    // Ctrl − steps down one choice, from any view; the Settings choice follows.
    window.press(format!("{}-", Key::Control)).await?;
    window.wait_for("html[data-text-size='175']").await?;
    assert!(
        window
            .wait_for("#text-size-175")
            .await?
            .is_selected()
            .await?
    );
    window.go("journal").await?;
    window.press(format!("{}-", Key::Control)).await?;
    window.wait_for("html[data-text-size='150']").await?;
    window.wait_for_text("#status", "Text size 150").await?;
    // Ctrl 0 is the standard size; Ctrl + (typed as = on most keyboards) one step up.
    window.press(format!("{}0", Key::Control)).await?;
    window.wait_for("html[data-text-size='100']").await?;
    window.press(format!("{}=", Key::Control)).await?;
    window.wait_for("html[data-text-size='125']").await?;
    assert_eq!(text_size(&window).await?.1, 21.25);
    // A plain "=" or "0" is typing, not a size.
    window.visit("#journal/search").await?;
    window.tab_to("#search-text").await?;
    window.press("=0").await?;
    let typed = window.wait_for("#search-text").await?.prop("value").await?;
    assert_eq!(typed.as_deref(), Some("=0"));
    assert_eq!(text_size(&window).await?.0.as_deref(), Some("125"));
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while stored_text_size(&village).await?.as_deref() != Some("125") {
        assert!(
            std::time::Instant::now() < deadline,
            "125 % was never saved"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    window.close().await?;

    let window = village.open().await?;
    assert_eq!(text_size(&window).await?, (Some("125".into()), 21.25));
    window.go("settings").await?;
    assert!(
        window
            .wait_for("#text-size-125")
            .await?
            .is_selected()
            .await?
    );
    window.close().await
}

#[tokio::test]
async fn a_size_from_a_hand_edited_store_falls_back_and_a_bad_one_is_refused_in_words() -> Result {
    let village = Village::start().await?;
    // A store Village made, then edited by hand.
    village.seed_store().await?.close().await;
    let mut db = village.database().await?;
    sqlx::query!(
        "INSERT INTO settings (key, value, updated_at) VALUES ('appearance.text_size', '900', '2026-01-01T00:00:00Z')"
    )
    .execute(&mut db)
    .await?;
    drop(db);
    let window = village.open().await?;
    assert_eq!(text_size(&window).await?, (Some("100".into()), 17.0));
    // Anything but the offered sizes is refused in words, and nothing changes.
    let refused = window
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             window.__TAURI__.core.invoke('set_text_size', { percent: 300 })
               .then(() => done('accepted'), (e) => done(JSON.stringify(e)));",
            vec![],
        )
        .await?;
    let refused = refused.as_str().unwrap_or_default();
    assert!(
        refused.contains("\"code\":\"invalid\"")
            && refused.contains("Choose a text size from 100 to 200 percent.")
            && refused.contains("\"field\":\"text_size\""),
        "{refused}"
    );
    assert_eq!(stored_text_size(&village).await?.as_deref(), Some("900"));
    window.close().await
}

/// The status note's words, hidden or not ("" once it is cleared).
async fn status_text(window: &Window) -> Result<String> {
    let text = window
        .client
        .execute(
            "return document.getElementById('status').textContent",
            vec![],
        )
        .await?;
    Ok(text.as_str().unwrap_or_default().to_owned())
}

async fn choose_text_size(window: &Window, percent: u32) -> Result {
    window.go("settings").await?;
    window.click(&format!("#text-size-{percent}")).await?;
    window
        .wait_for(&format!("html[data-text-size='{percent}']"))
        .await?;
    Ok(())
}

#[tokio::test]
async fn every_view_at_double_text_and_phone_width_has_nothing_cut_off_and_passes_axe() -> Result {
    let village = Village::start().await?;
    let seeded = seed(&village).await?;
    let window = village.open().await?;
    let mut problems = Vec::new();
    let mut lesser = std::collections::BTreeSet::new();
    let mut shots = 0;
    for percent in [100, 200] {
        choose_text_size(&window, percent)
            .await
            .map_err(|e| format!("choosing {percent} %: {e}"))?;
        for theme in THEMES {
            if let Err(e) = window.choose_theme(theme).await {
                window.screenshot("debug-choose", 0, theme).await?;
                let state = window.client.execute("return [location.hash, JSON.stringify(document.getElementById('main').dataset), document.activeElement.outerHTML.slice(0,200), document.getElementById('problem').textContent]", vec![]).await?;
                return Err(format!("choosing {theme}: {e}; {state}").into());
            }
            for width in WIDTHS {
                window.set_width(width).await?;
                // VILLAGE_VIEW=<name> looks at one view only, for a quicker look while fixing it.
                let only = std::env::var("VILLAGE_VIEW").ok();
                for (name, address) in views(&seeded)
                    .into_iter()
                    .filter(|(name, _)| only.as_deref().is_none_or(|o| o == name))
                {
                    // From Today, so every address is a change of view.
                    if address != "#today" {
                        window.go("today").await?;
                    } else {
                        window.go("circle").await?;
                    }
                    let at = format!("{name} at {width} px, {theme}, {percent} %");
                    window
                        .visit(&address)
                        .await
                        .map_err(|e| format!("{at}: {e}"))?;
                    for problem in window.layout_problems(width < 600).await? {
                        problems.push(format!("{at}: {problem}"));
                    }
                    let found = window.axe_findings().await?;
                    problems.extend(found.serious.iter().map(|v| format!("{at}: {v}")));
                    lesser.extend(found.lesser);
                    if percent == 200 {
                        window
                            .screenshot(&format!("zoom200-{name}"), width, theme)
                            .await?;
                        shots += 1;
                    }
                }
            }
        }
    }
    choose_text_size(&window, 100).await?;
    window.close().await?;
    // For the note: what axe calls moderate or minor is read, not failed on.
    for finding in &lesser {
        eprintln!("axe (moderate or minor): {finding}");
    }
    if std::env::var_os("VILLAGE_VIEW").is_none() {
        assert_eq!(shots, views(&seeded).len() * WIDTHS.len() * THEMES.len());
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
    Ok(())
}

#[tokio::test]
async fn the_saved_note_never_covers_the_mood_she_just_picked_and_stays_to_be_read() -> Result {
    let village = Village::start().await?;
    seed(&village).await?;
    let window = village.open().await?;
    window.set_width(360).await?;
    window.go("journal").await?;
    // The quick mood sits at the bottom of the phone's window, where the note appears.
    let button = window.wait_for("#quick-mood-4").await?;
    window
        .client
        .execute(
            "arguments[0].scrollIntoView({ block: 'end' }); window.scrollBy(0, -4);",
            vec![serde_json::to_value(&button)?],
        )
        .await?;
    window
        .client
        .execute(
            "arguments[0].focus();",
            vec![serde_json::to_value(&button)?],
        )
        .await?;
    window.press(Key::Enter).await?;
    window.wait_for_text("#status", "Saved").await?;
    let overlap = window
        .client
        .execute(
            "const note = document.getElementById('status').getBoundingClientRect();
             return [...document.querySelectorAll('#quick-mood-1, #quick-mood-5, .quick-mood .mood-button')]
               .map((b) => b.getBoundingClientRect())
               .filter((r) => r.right > note.left && r.left < note.right && r.bottom > note.top && r.top < note.bottom)
               .length;",
            vec![],
        )
        .await?;
    assert_eq!(overlap.as_u64(), Some(0), "the note covers a mood button");
    // Still there to read after three seconds (it used to go at 2.5); gone by itself later,
    // or at once on Escape.
    tokio::time::sleep(std::time::Duration::from_secs(3)).await;
    assert!(window.text("#status").await?.starts_with("Saved"));
    window.press(Key::Escape).await?;
    assert_eq!(status_text(&window).await?, "");
    // A note about one page does not follow her to the next, where it would cover other things.
    window.press(format!("{}=", Key::Control)).await?;
    window.wait_for_text("#status", "Text size 125").await?;
    window.go("groups").await?;
    assert_eq!(status_text(&window).await?, "");
    window.close().await
}

/// The checks above can fail: a control with no name, text outside every landmark, a tiny
/// button, a line too wide and two buttons on top of each other are each reported, by
/// axe-core and by the layout check.
#[tokio::test]
async fn the_checks_catch_a_nameless_tiny_control_and_a_line_too_wide() -> Result {
    let village = Village::start().await?;
    let window = village.open().await?;
    window.set_width(360).await?;
    window
        .client
        .execute(
            "const b = document.createElement('button');
             b.id = 'planted'; b.style.minHeight = '10px'; b.style.height = '10px'; b.style.width = '10px';
             b.style.padding = '0';
             const wide = document.createElement('p');
             wide.id = 'planted-wide'; wide.textContent = 'x'.repeat(400); wide.style.whiteSpace = 'nowrap';
             document.getElementById('main').append(b, wide);
             const pile = document.createElement('div');
             pile.style.position = 'relative'; pile.style.height = '60px';
             for (const id of ['planted-a', 'planted-b']) {
               const p = document.createElement('button');
               p.id = id; p.textContent = id;
               Object.assign(p.style, { position: 'absolute', left: '0', top: '0', width: '50px', height: '50px' });
               pile.append(p);
             }
             document.getElementById('main').append(pile);
             const stray = document.createElement('p');
             stray.id = 'planted-stray'; stray.textContent = 'Outside every landmark';
             document.body.append(stray);",
            vec![],
        )
        .await?;
    let axe = window.axe_findings().await?;
    assert!(
        axe.serious
            .iter()
            .any(|v| v.starts_with("button-name") && v.contains("#planted")),
        "{axe:?}"
    );
    // Moderate findings are kept apart, to be read rather than failed on.
    assert!(
        axe.lesser
            .iter()
            .any(|v| v.starts_with("region") && v.contains("#planted-stray")),
        "{axe:?}"
    );
    let layout = window.layout_problems(true).await?.join("\n");
    assert!(
        layout.contains("button#planted \"\" is 10×10 px, under 44×44"),
        "{layout}"
    );
    assert!(layout.contains("the page scrolls sideways"), "{layout}");
    assert!(layout.contains("p#planted-wide"), "{layout}");
    assert!(
        layout
            .contains("button#planted-a \"planted-a\" and button#planted-b \"planted-b\" overlap"),
        "{layout}"
    );
    window.close().await
}

/// The narrowest window Village allows: the top bar still holds the way home, Need help now
/// and Settings, at the standard size and at double text.
#[tokio::test]
async fn at_320_px_the_top_bar_keeps_help_and_settings_in_reach() -> Result {
    let village = Village::start().await?;
    let window = village.open().await?;
    for percent in [100, 200] {
        choose_text_size(&window, percent).await?;
        window.set_width(320).await?;
        for view in ["today", "journal", "help-now"] {
            window.go(view).await?;
            let at = format!("{view} at 320 px, {percent} %");
            let problems = window.layout_problems(true).await?;
            assert!(problems.is_empty(), "{at}:\n{}", problems.join("\n"));
            for part in [".brand", ".top-bar .help-now", ".top-bar .icon-link"] {
                let inside = window
                    .client
                    .execute(
                        "const r = document.querySelector(arguments[0]).getBoundingClientRect();
                         return r.left >= 0 && r.right <= innerWidth && r.width > 0;",
                        vec![part.into()],
                    )
                    .await?;
                assert_eq!(
                    inside,
                    serde_json::Value::Bool(true),
                    "{at}: {part} is not all in the window"
                );
            }
            window
                .screenshot(&format!("top-bar-{view}-{percent}"), 320, "light")
                .await?;
        }
        window.set_width(360).await?;
    }
    window.close().await
}
