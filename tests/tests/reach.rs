//! Reaching out in the real window: "Say hello" from Today with a ready message, the exact
//! `sms:` address her messaging app is handed, and a check-in only on her yes; her own words
//! kept, changed and sent by email; "Ask someone to call me" from the calm card, Need help now
//! and her safety plan; an invite to a group's next meeting with its day and time, and that one
//! meeting in a calendar file; and Find a group, saved into her groups.
//!
//! Links are caught at `xdg-open` (`Village::start_capturing_links`), so each test reads the URI
//! the system was given, not what the page meant to give it.

use chrono::{Duration, Local, NaiveTime, TimeZone, Utc};
use fantoccini::Locator;
use village_core::Store;
use village_core::catalog::{self, Language};
use village_core::circle::{NewCheckIn, PersonId, PersonInput};
use village_core::groups::{GroupInput, ScheduleInput};
use village_core::journal::MoodNoteInput;
use village_core::safety_plan::{SafetyPlanInput, StepInput};
use village_core::words;
use village_e2e::{Result, Village, Window, answer_save_dialog, wait_for_links};

/// RFC 3986 percent-encoding of every byte outside the unreserved set (`A–Z a–z 0–9 - . _ ~`),
/// as the contract asks; written again here so the test does not take the app's word for it.
fn pct(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// The words an encoded body carries.
fn unpct(encoded: &str) -> Result<String> {
    let bytes = encoded.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3])?;
            out.push(u8::from_str_radix(hex, 16)?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    Ok(String::from_utf8(out)?)
}

async fn person(
    store: &Store,
    name: &str,
    phone: &str,
    email: &str,
    now: chrono::DateTime<Utc>,
) -> Result<PersonId> {
    let mut input = PersonInput::named(name).every_days(7);
    input.phone = phone.into();
    input.email = email.into();
    Ok(store
        .add_person(&input, now - Duration::days(30), &Local)
        .await?
        .id)
}

async fn check_ins(
    village: &Village,
    person: &PersonId,
) -> Result<Vec<(String, chrono::DateTime<Utc>)>> {
    let mut db = village.database().await?;
    let id = person.to_string();
    Ok(
        sqlx::query_as("SELECT kind, happened_at FROM check_in WHERE person_id = ?")
            .bind(id)
            .fetch_all(&mut db)
            .await?,
    )
}

/// What the page does wrong at phone width, with her text at 100 % and at 200 %, as it is now
/// (a panel open), with `what` naming it; the window goes back to 1280 px and 100 % after.
async fn phone_layout(window: &Window, what: &str) -> Result<Vec<String>> {
    let mut problems = Vec::new();
    window.set_width(360).await?;
    for percent in ["100", "200"] {
        window
            .client
            .execute(
                "document.documentElement.dataset.textSize = arguments[0];",
                vec![percent.into()],
            )
            .await?;
        for problem in window.layout_problems(true).await? {
            problems.push(format!("{what} at 360 px, {percent} %: {problem}"));
        }
    }
    window
        .client
        .execute("document.documentElement.dataset.textSize = '100';", vec![])
        .await?;
    window.set_width(1280).await?;
    for violation in window.accessibility_violations().await? {
        problems.push(format!("{what}: {violation}"));
    }
    Ok(problems)
}

#[tokio::test]
async fn a_hello_from_today_opens_her_words_in_messages_and_is_logged_only_on_her_yes() -> Result {
    let (village, links) = Village::start_capturing_links().await?;
    let store = village.seed_store().await?;
    let now = Utc::now();
    let ana = person(&store, "Ana Lima", "+1 555 010 2030", "", now).await?;
    store.close().await;
    let window = village.open().await?;
    window.set_width(1280).await?;
    let row = format!("#today-due .person-row[data-person='{ana}']");

    // One calm line with one action; the ways to log a hello that already happened fold away.
    window
        .wait_for_text(&format!("{row} button.say-hello"), "Say hello")
        .await?;
    window
        .wait_for(&format!(
            "{row} details.other-ways:not([open]) button[data-kind='call']"
        ))
        .await?;
    let line = window.text(&format!("{row} .person-line")).await?;
    assert!(!line.contains("overdue"), "{line}");

    let words = "Hi Ana! Thinking of you. How are you doing?";
    let sms = format!("sms:+15550102030?body={}", pct(words));
    let mut problems = Vec::new();

    // "Not yet": her messaging app had the words, and nothing is stored.
    window.click(&format!("{row} button.say-hello")).await?;
    window
        .click(&format!("{row} .hello-how input[value='text']"))
        .await?;
    window
        .click(&format!("{row} .hello-ready-list input[data-key='hello']"))
        .await?;
    let typed = window
        .wait_for(&format!("{row} textarea.hello-words"))
        .await?
        .prop("value")
        .await?;
    assert_eq!(typed.as_deref(), Some(words));
    assert_eq!(
        window.text(&format!("{row} .hello-send")).await?,
        "Open Messages"
    );
    window.screenshots_in_place("hello", &row).await?;
    problems.extend(phone_layout(&window, "the hello panel").await?);
    window.click(&format!("{row} .hello-send")).await?;
    assert_eq!(wait_for_links(&links, 1).await?, [sms.as_str()]);
    window
        .wait_for_text(&format!("{row} .hello-question"), "Did you reach Ana Lima?")
        .await?;
    window.screenshots_in_place("hello-question", &row).await?;
    problems.extend(phone_layout(&window, "the hello question").await?);
    window.click(&format!("{row} .hello-not-yet")).await?;
    window
        .wait_for(&format!("{row} .hello-panel[hidden]"))
        .await?;
    window.wait_for_text("#status", "Nothing was saved").await?;
    window
        .wait_for_focus(&format!("{row} button.say-hello"))
        .await?;
    assert!(check_ins(&village, &ana).await?.is_empty());

    // "Yes": the same words again, and a text check-in is stored.
    window.click(&format!("{row} button.say-hello")).await?;
    window
        .click(&format!("{row} .hello-how input[value='text']"))
        .await?;
    window
        .click(&format!("{row} .hello-ready-list input[data-key='hello']"))
        .await?;
    window.click(&format!("{row} .hello-send")).await?;
    assert_eq!(wait_for_links(&links, 2).await?, [sms.clone(), sms]);
    window.click(&format!("{row} .hello-yes")).await?;
    // She leaves the list of people who might love a hello.
    window.wait_gone(&row).await?;
    window
        .wait_for_text("#status", "Logged: text with Ana Lima")
        .await?;
    let stored = check_ins(&village, &ana).await?;
    assert_eq!(stored.len(), 1, "{stored:?}");
    assert_eq!(stored[0].0, "text");
    let at = stored[0].1;
    assert!(Utc::now() - at < Duration::minutes(2), "{at}");
    window.close().await?;
    assert!(problems.is_empty(), "found:\n{}", problems.join("\n"));
    Ok(())
}

#[tokio::test]
async fn her_own_words_are_kept_changed_and_sent_exactly_by_email() -> Result {
    let (village, links) = Village::start_capturing_links().await?;
    let store = village.seed_store().await?;
    let now = Utc::now();
    let bea = person(&store, "Bea", "+1 555 010 3030", "bea@example.org", now).await?;
    store.close().await;
    let window = village.open().await?;
    window.set_width(1280).await?;
    window.visit(&format!("#person/{bea}")).await?;
    let panel = "#person-contact .hello-panel";
    window.click("#person-contact button.say-hello").await?;
    window
        .click(&format!("{panel} .hello-how input[value='email']"))
        .await?;
    assert_eq!(
        window.text(&format!("{panel} .hello-send")).await?,
        "Open email"
    );
    // Her own words, with the characters a link could trip on, over two lines.
    window
        .fill(&format!("{panel} textarea.hello-words"), "Café & cake? #2")
        .await?;
    window.press(fantoccini::key::Key::Enter).await?;
    window.press("Sábado a las 10").await?;
    let own = "Café & cake? #2\nSábado a las 10";
    window.click(&format!("{panel} .hello-keep")).await?;
    window
        .wait_for_text("#status", "Kept in your messages")
        .await?;
    window
        .wait_for_text(&format!("{panel} .hello-mine-list"), "Sábado a las 10")
        .await?;
    let mut db = village.database().await?;
    let kept: Vec<String> = sqlx::query_scalar("SELECT text FROM ready_message")
        .fetch_all(&mut db)
        .await?;
    assert_eq!(kept, [own]);
    // Kept, it is one of the words she can pick, and picked now.
    let picked = window
        .wait_for(&format!("{panel} .hello-ready-list input[data-key='own']"))
        .await?;
    assert!(picked.is_selected().await?);

    window.click(&format!("{panel} .hello-send")).await?;
    let opened = wait_for_links(&links, 1).await?;
    let mailto = &opened[0];
    assert!(
        mailto.starts_with("mailto:bea@example.org?subject="),
        "{mailto}"
    );
    // RFC 6068: a line break in a mail body is CRLF.
    let body = format!(
        "&body={}%0D%0A{}",
        pct("Café & cake? #2"),
        pct("Sábado a las 10")
    );
    assert!(mailto.ends_with(&body), "{mailto} should end {body}");
    assert_eq!(mailto.matches('#').count(), 0, "{mailto}");
    window
        .wait_for_text(&format!("{panel} .hello-question"), "Did you reach Bea?")
        .await?;
    window.click(&format!("{panel} .hello-not-yet")).await?;
    window.wait_for(&format!("{panel}[hidden]")).await?;
    assert!(check_ins(&village, &bea).await?.is_empty());

    // My messages: change the words, then let them go.
    window.click("#person-contact button.say-hello").await?;
    // "My messages" stayed open from keeping the words.
    window
        .wait_for(&format!("{panel} details.hello-mine[open]"))
        .await?;
    window
        .click(&format!("{panel} .hello-mine-item button"))
        .await?;
    window
        .fill(
            &format!("{panel} .hello-mine-item textarea"),
            "See you Saturday",
        )
        .await?;
    window
        .click(&format!("{panel} .hello-mine-item .actions button"))
        .await?;
    window.wait_for_text("#status", "Message saved").await?;
    let kept: Vec<String> = sqlx::query_scalar("SELECT text FROM ready_message")
        .fetch_all(&mut db)
        .await?;
    assert_eq!(kept, ["See you Saturday"]);
    window
        .wait_for_text(&format!("{panel} .hello-ready-list"), "See you Saturday")
        .await?;
    window
        .click(&format!(
            "{panel} .hello-mine-item .actions button:last-child"
        ))
        .await?;
    window.wait_for_text("#status", "Message deleted").await?;
    window
        .wait_for_text(
            &format!("{panel} .hello-mine-list"),
            "Words you keep show here",
        )
        .await?;
    let kept: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM ready_message")
        .fetch_one(&mut db)
        .await?;
    assert_eq!(kept, 0);
    window.close().await
}

/// A hard week, Sam reached two days ago (the card suggests him), Dee in her circle and her plan.
async fn seed_hard_week(village: &Village) -> Result<(PersonId, PersonId)> {
    let store = village.seed_store().await?;
    let now = Utc::now();
    let sam = person(&store, "Sam", "+1 555 010 2030", "", now).await?;
    store
        .log_check_in(&NewCheckIn::call(sam.clone(), now - Duration::days(2)), now)
        .await?;
    let dee = person(&store, "Dee Park", "(555) 010-4444", "", now).await?;
    for day in 0..6 {
        let at = now - Duration::days(day) - Duration::minutes(1);
        store
            .add_mood_note(&MoodNoteInput::new(2, at), now, &Local)
            .await?;
    }
    store
        .save_safety_plan(
            &SafetyPlanInput {
                steps: vec![StepInput {
                    number: 4,
                    text: "Tell them it's a hard day.".into(),
                    people: vec![dee.to_string()],
                }],
            },
            now,
        )
        .await?;
    store.close().await;
    Ok((sam, dee))
}

#[tokio::test]
async fn ask_someone_to_call_me_texts_the_person_she_picks_the_call_me_words() -> Result {
    let (village, links) = Village::start_capturing_links().await?;
    let (sam, dee) = seed_hard_week(&village).await?;
    let window = village.open().await?;
    window.set_width(1280).await?;
    window
        .wait_for_text("#today-care", "Maybe reach out to Sam")
        .await?;
    let mut problems = Vec::new();

    // The calm card: she picks Dee, and her messaging app opens with the call-me words to Dee.
    window.click("#today-care button.ask-call").await?;
    let sam_first = window
        .wait_for("#today-care .hello-ask .hello-people input:checked")
        .await?
        .attr("value")
        .await?;
    assert_eq!(
        sam_first,
        Some(sam.to_string()),
        "the suggestion comes first"
    );
    window
        .click(&format!(
            "#today-care .hello-ask .hello-people input[value='{dee}']"
        ))
        .await?;
    let words = "Hi Dee, could you call me today when you have a moment?";
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let typed = window
            .wait_for("#today-care .hello-ask textarea.hello-words")
            .await?
            .prop("value")
            .await?;
        if typed.as_deref() == Some(words) {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the words are {typed:?}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    window.screenshots_in_place("ask", "#today-care").await?;
    problems.extend(phone_layout(&window, "ask on the calm card").await?);
    window.click("#today-care .hello-ask .hello-send").await?;
    let dee_sms = format!("sms:5550104444?body={}", pct(words));
    assert_eq!(wait_for_links(&links, 1).await?, [dee_sms.as_str()]);
    window
        .wait_for_text(
            "#today-care .hello-ask .hello-question",
            "Did you reach Dee Park?",
        )
        .await?;
    window.click("#today-care .hello-ask .hello-yes").await?;
    window
        .wait_for_text("#status", "Logged: text with Dee Park")
        .await?;
    let stored = check_ins(&village, &dee).await?;
    assert_eq!(stored.len(), 1, "{stored:?}");
    assert_eq!(stored[0].0, "text");

    // Need help now: her plan's people first, so Dee is already chosen.
    window.go("help-now").await?;
    window.click("#help-now-ask button.ask-call").await?;
    let first = window
        .wait_for("#help-now-ask .hello-people input:checked")
        .await?
        .attr("value")
        .await?;
    assert_eq!(first, Some(dee.to_string()));
    window
        .wait_for_text("#help-now-ask .hello-send", "Open Messages")
        .await?;
    window
        .screenshots_in_place("ask-help-now", "#help-now-ask")
        .await?;
    problems.extend(phone_layout(&window, "ask on Need help now").await?);
    window.click("#help-now-ask .hello-send").await?;
    assert_eq!(wait_for_links(&links, 2).await?[1], dee_sms);
    window.click("#help-now-ask .hello-not-yet").await?;

    // Her safety plan: the same, and Dee's own "Say hello" under step 4.
    window.visit("#safety-plan").await?;
    window
        .wait_for(&format!(
            "#plan-read-4 .plan-person[data-person='{dee}'] button.say-hello"
        ))
        .await?;
    window.click("#plan-ask button.ask-call").await?;
    window
        .wait_for_text("#plan-ask .hello-send", "Open Messages")
        .await?;
    window
        .screenshots_in_place("ask-safety-plan", "#plan-ask")
        .await?;
    problems.extend(phone_layout(&window, "ask in the safety plan").await?);
    window.click("#plan-ask .hello-send").await?;
    assert_eq!(wait_for_links(&links, 3).await?[2], dee_sms);
    window.click("#plan-ask .hello-not-yet").await?;
    assert_eq!(check_ins(&village, &dee).await?.len(), 1);
    window.close().await?;
    assert!(problems.is_empty(), "found:\n{}", problems.join("\n"));
    Ok(())
}

#[tokio::test]
async fn an_invite_to_the_next_meeting_carries_its_day_and_time_and_it_goes_in_a_calendar() -> Result
{
    let (village, links) = Village::start_capturing_links().await?;
    let store = village.seed_store().await?;
    let now = Utc::now();
    let ana = person(&store, "Ana Lima", "+1 555 010 2030", "", now).await?;
    // Three days from now, at 6:30 PM on her clock: nothing today is under way or passed.
    let day = (Local::now() + Duration::days(3)).date_naive();
    let weekday = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        [chrono::Datelike::weekday(&day).num_days_from_monday() as usize];
    let mut input = GroupInput::named("Baby Café", ScheduleInput::weekly(&[weekday], "18:30", 90));
    input.place = "Library, 2nd floor".into();
    let group = store
        .add_group(&input, now - Duration::days(30), &Local)
        .await?;
    store.close().await;

    let window = village.open().await?;
    window.set_width(1280).await?;
    window.visit(&format!("#group/{}", group.id)).await?;
    window.click("#next-meeting-actions .invite-open").await?;
    let panel = "#meetings .hello-invite";
    let when = catalog::date(Language::En, "invite-date", day);
    let at = words::at_time(
        Language::En,
        NaiveTime::from_hms_opt(18, 30, 0).ok_or("a time")?,
    );
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    let invite = loop {
        let typed = window
            .wait_for(&format!("{panel} textarea.hello-words"))
            .await?
            .prop("value")
            .await?
            .unwrap_or_default();
        if !typed.is_empty() {
            break typed;
        }
        assert!(std::time::Instant::now() < deadline, "no invite words");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    };
    for part in ["Ana", "Baby Café", &when, &at, "Library, 2nd floor"] {
        assert!(invite.contains(part), "{part:?} missing from {invite:?}");
    }
    window.screenshots_in_place("invite", "#meetings").await?;
    let problems = phone_layout(&window, "the invite panel").await?;
    window.click(&format!("{panel} .hello-send")).await?;
    let opened = wait_for_links(&links, 1).await?;
    let body = opened[0]
        .strip_prefix("sms:+15550102030?body=")
        .ok_or_else(|| format!("not a text to Ana: {}", opened[0]))?;
    let sent = unpct(body)?;
    assert_eq!(sent, invite, "the words she saw are the words sent");
    assert!(sent.contains(&when) && sent.contains(&at), "{sent}");
    // An invite logs nothing.
    assert!(check_ins(&village, &ana).await?.is_empty());

    // That one meeting, in a calendar file where she picks.
    let folder = tempfile::tempdir()?;
    let target = folder.path().join("baby cafe.ics");
    window
        .click("#next-meeting-actions .invite-calendar")
        .await?;
    answer_save_dialog("Save this meeting to a calendar file", &target).await?;
    window.wait_for_text("#status", "Saved").await?;
    let ics = std::fs::read_to_string(&target)?;
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 1, "{ics}");
    assert!(!ics.contains("RRULE"), "{ics}");
    assert!(ics.contains("SUMMARY:Baby Café\r\n"), "{ics}");
    let start = Local
        .from_local_datetime(&day.and_hms_opt(18, 30, 0).ok_or("a time")?)
        .single()
        .ok_or("a local time")?
        .to_utc();
    let dtstart = format!("DTSTART:{}\r\n", start.format("%Y%m%dT%H%M%SZ"));
    assert!(ics.contains(&dtstart), "{dtstart:?} missing from {ics}");
    window.close().await?;
    assert!(problems.is_empty(), "found:\n{}", problems.join("\n"));
    Ok(())
}

#[tokio::test]
async fn find_a_group_shows_checked_free_groups_and_saves_one_into_her_groups() -> Result {
    let (village, links) = Village::start_capturing_links().await?;
    let window = village.open().await?;
    window.set_width(1280).await?;
    window.go("groups").await?;
    window.click("#find-group-link").await?;
    window.wait_for("main[data-rendered='find']").await?;
    let cards = window.client.find_all(Locator::Css(".find-entry")).await?;
    assert!(cards.len() >= 3, "{} groups", cards.len());
    for card in &cards {
        let text = card.text().await?;
        assert!(text.contains("as of December 5, 2026"), "{text}");
    }
    let psi = ".find-entry[data-key='psi-online']";
    let name = window.text(&format!("{psi} h2")).await?;

    // Its page opens through the opener, at the address checked.
    window.click(&format!("{psi} .actions a.button")).await?;
    assert_eq!(
        wait_for_links(&links, 1).await?,
        ["https://www.postpartum.net/get-help/psi-online-support-meetings/"]
    );

    window.click(&format!("{psi} .find-save")).await?;
    window
        .wait_for_text(&format!("{psi} .find-saved"), "In your groups")
        .await?;
    window
        .wait_for_text("#status", "is in your groups now")
        .await?;
    window.screenshots_in_place("find", "main h1").await?;
    let problems = phone_layout(&window, "Find a group").await?;
    let mut db = village.database().await?;
    let (kind, link): (String, String) =
        sqlx::query_as("SELECT kind, link FROM saved_group WHERE name = ?")
            .bind(&name)
            .fetch_one(&mut db)
            .await?;
    assert_eq!(kind, "support_group");
    assert_eq!(
        link,
        "https://www.postpartum.net/get-help/psi-online-support-meetings/"
    );

    // In her groups, and shown as saved when she looks again; a second save is refused.
    window.click(&format!("{psi} .find-saved a")).await?;
    window.wait_for("main[data-rendered='group']").await?;
    window.wait_for_text("#group-name", &name).await?;
    window.go("groups").await?;
    window.wait_for_text("#group-list", &name).await?;
    window.click("#find-group-link").await?;
    window.wait_for(&format!("{psi} .find-saved")).await?;
    assert!(
        window
            .client
            .find(Locator::Css(&format!("{psi} .find-save")))
            .await
            .is_err()
    );
    let again = window
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             window.__TAURI__.core.invoke('save_found_group', { key: 'psi-online' })
               .then(() => done('saved twice'), (e) => done(JSON.stringify(e)));",
            vec![],
        )
        .await?;
    let again = again.as_str().unwrap_or_default();
    assert!(again.contains("\"code\":\"conflict\""), "{again}");
    let saved: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM saved_group")
        .fetch_one(&mut db)
        .await?;
    assert_eq!(saved, 1);
    window.close().await?;
    assert!(problems.is_empty(), "found:\n{}", problems.join("\n"));
    Ok(())
}
