//! Village in her language: Español chosen in Settings changes the open view, the next
//! notification and the dates at once, and is kept across a restart; a system in Spanish is
//! followed until she picks; every view in Spanish at phone and desktop width, light and dark;
//! and a pseudo-locale run that finds any word she reads that did not come from the catalog.

// A test that cannot unwrap has failed; the panic names what was missing.
#![allow(clippy::unwrap_used)]

use std::time::Duration;

use chrono::{Duration as Span, Utc};
use village_core::catalog::{Language, PSEUDO_CLOSE, PSEUDO_OPEN};
use village_core::{LanguageChoice, Store};
use village_e2e::desktop::{
    App, notify_summaries, seed_meeting, seed_meeting_at, watch_notifications,
};
use village_e2e::life::{seed, seed_in_words, views};
use village_e2e::{Result, THEMES, Village, WIDTHS, Window};

async fn stored_language(village: &Village) -> Result<Option<String>> {
    let mut db = village.database().await?;
    Ok(
        sqlx::query_scalar!("SELECT value FROM settings WHERE key = 'appearance.language'")
            .fetch_optional(&mut db)
            .await?,
    )
}

async fn nav_today(window: &Window) -> Result<String> {
    window.text("[data-nav='today'] span").await
}

async fn document_title(window: &Window) -> Result<String> {
    let title = window
        .client
        .execute("return document.title", vec![])
        .await?;
    Ok(title.as_str().unwrap_or_default().to_owned())
}

async fn choose_language(window: &Window, choice: &str, today: &str) -> Result {
    window.go("settings").await?;
    window
        .click(&format!("#settings-language-{choice}"))
        .await?;
    window
        .wait_for_text("[data-nav='today'] span", today)
        .await?;
    Ok(())
}

#[tokio::test]
async fn choosing_espanol_changes_the_view_the_next_notification_and_the_dates_and_is_kept()
-> Result {
    let village = Village::start().await?;
    let seeded = seed(&village).await?;
    // A meeting whose reminder falls due a little after she has switched.
    let store = village.seed_store().await?;
    let meeting = seed_meeting_at(
        &store,
        "Baby Café",
        Utc::now() + Span::seconds(60 + 5 * 60),
        5,
    )
    .await?;
    store.close().await;
    let (_monitor, calls) = watch_notifications().await?;

    let window = village.open().await?;
    assert_eq!(nav_today(&window).await?, "Today");
    choose_language(&window, "es", "Hoy").await?;
    // The open view is drawn again in Spanish, with its place kept.
    window.wait_for("main[data-rendered='settings']").await?;
    assert_eq!(document_title(&window).await?, "Ajustes · Village");
    assert_eq!(
        window.attribute("html", "lang").await?.as_deref(),
        Some("es")
    );
    assert!(
        window
            .wait_for("#settings-language-es")
            .await?
            .is_selected()
            .await?
    );
    assert_eq!(stored_language(&village).await?.as_deref(), Some("es"));

    // Dates in Spanish: the person page's check-ins and the journal's days.
    window.visit(&format!("#person/{}", seeded.person)).await?;
    let page = window.page_text().await?;
    let spanish_month = [
        "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic",
    ];
    assert!(
        spanish_month
            .iter()
            .any(|m| page.contains(&format!(" {m}"))),
        "no Spanish date on the person page: {page}"
    );
    for english in [
        "Jan ", "Feb ", "Mar ", "Apr ", "Jun ", "Jul ", "Aug ", "Sep ", "Oct ", "Nov ", "Dec ",
    ] {
        assert!(
            !page.contains(english),
            "an English date ({english}) in Spanish: {page}"
        );
    }

    // The next notification is in Spanish: the meeting's reminder as the catalog says it. (The
    // people seeded as due were told about at the start, in English.)
    let about_meeting = |lines: &[String]| -> Vec<String> {
        notify_summaries(lines)
            .into_iter()
            .filter(|s| s.starts_with("Baby Café"))
            .collect()
    };
    calls
        .wait_for("the meeting's reminder", Duration::from_secs(180), |l| {
            !about_meeting(l).is_empty()
        })
        .await?;
    let spanish = meeting.title_in(Language::Es);
    assert_eq!(about_meeting(&calls.all()), vec![spanish.clone()]);
    assert_ne!(spanish, meeting.title_in(Language::En));
    window.close().await?;

    // A restart keeps Spanish.
    let window = village.open().await?;
    assert_eq!(nav_today(&window).await?, "Hoy");
    // English comes back the same way, and stays.
    choose_language(&window, "en", "Today").await?;
    assert_eq!(document_title(&window).await?, "Settings · Village");
    assert_eq!(stored_language(&village).await?.as_deref(), Some("en"));
    window.close().await?;
    let window = village.open().await?;
    assert_eq!(nav_today(&window).await?, "Today");
    window.close().await
}

#[tokio::test]
async fn started_at_login_with_no_window_her_reminders_speak_the_language_she_chose() -> Result {
    let data = tempfile::tempdir()?;
    let store = Store::open(data.path().join("village").join("village.db")).await?;
    store.set_language(LanguageChoice::Es, Utc::now()).await?;
    let meeting = seed_meeting(&store, "Baby Café", 30, 60).await?;
    store.close().await;
    let (_monitor, calls) = watch_notifications().await?;
    // The system says English; no window ever asks for a catalog.
    let app = App::start_with(data.path(), &["--background"])?;
    calls
        .wait_until("the meeting's reminder", |l| {
            !notify_summaries(l).is_empty()
        })
        .await?;
    assert_eq!(
        notify_summaries(&calls.all()),
        vec![meeting.title_in(Language::Es)]
    );
    app.stop().await
}

#[tokio::test]
async fn a_system_in_spanish_is_followed_until_she_picks_another() -> Result {
    let village = Village::start_speaking(tempfile::tempdir()?, "es").await?;
    let window = village.open().await?;
    assert_eq!(nav_today(&window).await?, "Hoy");
    window.go("settings").await?;
    assert!(
        window
            .wait_for("#settings-language-system")
            .await?
            .is_selected()
            .await?
    );
    choose_language(&window, "en", "Today").await?;
    window.close().await?;
    let window = village.open().await?;
    assert_eq!(nav_today(&window).await?, "Today");
    // Back to the device's language: Spanish again, at once.
    window.go("settings").await?;
    window.click("#settings-language-system").await?;
    window
        .wait_for_text("[data-nav='today'] span", "Hoy")
        .await?;
    assert_eq!(stored_language(&village).await?.as_deref(), Some("system"));
    window.close().await
}

#[tokio::test]
async fn every_view_in_spanish_fits_at_phone_and_desktop_width_in_both_themes() -> Result {
    let village = Village::start_speaking(tempfile::tempdir()?, "es").await?;
    let seeded = seed(&village).await?;
    let window = village.open().await?;
    let mut problems = Vec::new();
    let only = std::env::var("VILLAGE_VIEW").ok();
    for theme in THEMES {
        window.choose_theme(theme).await?;
        for width in WIDTHS {
            window.set_width(width).await?;
            for (name, address) in views(&seeded)
                .into_iter()
                .filter(|(name, _)| only.as_deref().is_none_or(|o| o == name))
            {
                if address != "#today" {
                    window.go("today").await?;
                } else {
                    window.go("circle").await?;
                }
                let at = format!("{name} in Spanish at {width} px, {theme}");
                window
                    .visit(&address)
                    .await
                    .map_err(|e| format!("{at}: {e}"))?;
                for problem in window.layout_problems(width < 600).await? {
                    problems.push(format!("{at}: {problem}"));
                }
                window
                    .screenshot(&format!("{name}-es"), width, theme)
                    .await?;
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    window.close().await
}

/// Every visible text (and every label a screen reader says) that is neither marked as the
/// catalog's, nor only digits and punctuation.
const UNMARKED: &str = r#"
const open = arguments[0], close = arguments[1];
const plain = /^[\s\d\p{P}\p{S}]*$/u;
const found = [];
const visible = (el) => {
  for (let e = el; e; e = e.parentElement) {
    const style = getComputedStyle(e);
    if (style.display === 'none' || style.visibility === 'hidden' || e.hidden) return false;
  }
  return true;
};
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
  const text = node.textContent.trim();
  if (!text || plain.test(text) || text.includes(open) || text.includes(close)) continue;
  const parent = node.parentElement;
  if (!parent || ['SCRIPT', 'STYLE', 'TEMPLATE'].includes(parent.tagName)) continue;
  if (!visible(parent)) continue;
  found.push(`${parent.tagName.toLowerCase()}${parent.id ? '#' + parent.id : ''}: ${text.slice(0, 80)}`);
}
for (const el of document.querySelectorAll('[aria-label], [placeholder], [title], [alt]')) {
  for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
    const value = (el.getAttribute(name) ?? '').trim();
    if (!value || plain.test(value) || value.includes(open) || value.includes(close)) continue;
    if (!visible(el)) continue;
    found.push(`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} [${name}]: ${value.slice(0, 80)}`);
  }
}
const title = document.title;
if (!title.includes(open)) found.push(`title: ${title}`);
return found;
"#;

#[tokio::test]
async fn in_the_pseudo_locale_every_word_on_every_view_comes_from_the_catalog() -> Result {
    let village = Village::start_speaking(tempfile::tempdir()?, "x-pseudo").await?;
    // Her own words, marked twice so they never take a name the catalog's marked words have
    // (a starter tag "⟦tired⟧" beside her own "⟦⟦tired⟧⟧").
    let mark = |text: &str| format!("{PSEUDO_OPEN}{PSEUDO_OPEN}{text}{PSEUDO_CLOSE}{PSEUDO_CLOSE}");
    let seeded = seed_in_words(&village, mark).await?;
    let window = village.open().await?;
    let marks = vec![
        PSEUDO_OPEN.to_string().into(),
        PSEUDO_CLOSE.to_string().into(),
    ];
    let mut unmarked = Vec::new();
    let mut seen = 0;
    for (name, address) in views(&seeded) {
        if address != "#today" {
            window.go("today").await?;
        } else {
            window.go("circle").await?;
        }
        window.visit(&address).await?;
        // Opened parts count too: every <details> on the page, unfolded.
        window
            .client
            .execute(
                "for (const d of document.querySelectorAll('details')) d.open = true;",
                vec![],
            )
            .await?;
        let found = window.client.execute(UNMARKED, marks.clone()).await?;
        for text in found.as_array().cloned().unwrap_or_default() {
            unmarked.push(format!("{name}: {}", text.as_str().unwrap_or_default()));
        }
        // The run must see the catalog's words to mean anything.
        let page = window.page_text().await?;
        assert!(page.contains(PSEUDO_OPEN), "{name}: nothing marked: {page}");
        seen += 1;
    }
    assert!(seen >= 20, "{seen} views");
    assert!(
        unmarked.is_empty(),
        "words that bypass the catalog:\n{}",
        unmarked.join("\n")
    );
    // A word a test plants outside the catalog is found: the check can fail.
    window
        .client
        .execute(
            "document.getElementById('main').append(Object.assign(document.createElement('p'), {textContent: 'Planted words'}));",
            vec![],
        )
        .await?;
    let found = window.client.execute(UNMARKED, marks).await?;
    assert!(
        found.to_string().contains("Planted words"),
        "the planted words were not found: {found}"
    );
    window.close().await
}
