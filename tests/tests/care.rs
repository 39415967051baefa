//! Today, Insight and Help in the real window: the first-run welcome, insight numbers from a
//! seeded month, PHQ-9 item 9 going to Need help now first, a safety plan kept across a restart,
//! support lines exactly as DESIGN.md gives them, and words that never shame or diagnose.

use chrono::{DateTime, Duration, Local, Utc};
use village_core::Store;
use village_core::circle::{BirthdayInput, NewCheckIn, PersonId, PersonInput};
use village_core::groups::{GroupInput, ScheduleInput};
use village_core::journal::MoodNoteInput;
use village_core::safety_plan::{SafetyPlanInput, StepInput};
use village_core::self_check::SelfCheckInput;
use village_e2e::{Result, THEMES, Village, WIDTHS, Window};

/// The support-line facts exactly as `shared/DESIGN.md` ("Facts the app carries") gives them.
/// Change them there first; this test then holds the app to the new text.
const DESIGN_FACTS: &str = "\
- US National Maternal Mental Health Hotline: call or text 1-833-TLC-MAMA (1-833-852-6262),
  24/7, free, English and Spanish. It is not a crisis line: for a suicidal crisis, 988
  (call or text); for immediate danger, 911.
- Postpartum Support International HelpLine: 1-800-944-4773 (call); text in English to
  800-944-4773, in Spanish to 971-203-7773. PSI has volunteer coordinators in every US state
  and over 30 other countries, and free online support groups.
- 988 Suicide & Crisis Lifeline: call or text 988. Crisis Text Line: text HOME to 741741.";

/// Words that shame or diagnose; none may appear in any view, error messages included.
const BANNED: [&str; 4] = ["streak", "diagnos", "you should", "failed"];

/// Phone numbers and short codes in `text`: words with at least three digits.
fn numbers(text: &str) -> std::collections::BTreeSet<String> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .map(|w| w.trim_matches('-'))
        .filter(|w| w.chars().filter(char::is_ascii_digit).count() >= 3)
        .map(str::to_owned)
        .collect()
}

/// The digits a number dials, without the US country code.
fn dialled(number: &str) -> String {
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    match digits.strip_prefix('1') {
        Some(rest) if digits.len() == 11 => rest.to_owned(),
        _ => digits,
    }
}

async fn person(store: &Store, name: &str, cadence: i64, now: DateTime<Utc>) -> Result<PersonId> {
    let mut input = PersonInput::named(name).every_days(cadence);
    input.phone = "+1 555 010 2030".into();
    Ok(store
        .add_person(&input, now - Duration::days(120), &Local)
        .await?
        .id)
}

/// A mood note `days` before `now` (a minute before it for today).
async fn note(store: &Store, now: DateTime<Utc>, days: i64, mood: i64, tags: &[&str]) -> Result {
    let at = now - Duration::days(days) - Duration::minutes(1);
    store
        .add_mood_note(&MoodNoteInput::new(mood, at).with_tags(tags), now, &Local)
        .await?;
    Ok(())
}

#[tokio::test]
async fn a_first_run_welcomes_her_and_offers_a_first_person_and_group() -> Result {
    let village = Village::start().await?;
    let window = village.open().await?;
    assert_eq!(
        window.attribute("main", "data-rendered").await?.as_deref(),
        Some("today")
    );
    window
        .wait_for_text("#today-welcome", "Welcome to Village")
        .await?;
    for (link, to) in [
        ("#welcome-add-person", "#circle"),
        ("#welcome-add-group", "#groups"),
    ] {
        let href = window.attribute(link, "href").await?.unwrap_or_default();
        assert!(href.ends_with(to), "{link} goes to {href}");
    }
    // No screen of zeros: no due list, no pulse, and no "0" anywhere in the view.
    let main = window.text("main").await?;
    assert!(!main.contains('0'), "{main}");
    assert!(
        window
            .client
            .find(fantoccini::Locator::Css("#today-due, #today-pulse"))
            .await
            .is_err()
    );
    // The mood is one tap, even on the first day.
    window.click("#today-mood-3").await?;
    window.wait_for_text("#today-mood-saved", "Saved").await?;
    let mut db = village.database().await?;
    let moods: Vec<i64> = sqlx::query_scalar!("SELECT mood FROM mood_note")
        .fetch_all(&mut db)
        .await?;
    assert_eq!(moods, [3]);

    // Insight has too little to compare, and says so instead of showing a number.
    window.go("journal").await?;
    window.click("#journal-insight").await?;
    window.wait_for("main[data-rendered='insight']").await?;
    window
        .wait_for_text("#insight-30 .not-enough", "Not enough yet")
        .await?;
    assert!(
        window
            .client
            .find(fantoccini::Locator::Css("#insight-30 .average"))
            .await
            .is_err()
    );

    window.go("today").await?;
    window.click("#welcome-add-person").await?;
    window.wait_for("main[data-rendered='circle']").await?;
    window.close().await?;
    Ok(())
}

#[tokio::test]
async fn insight_shows_the_numbers_behind_a_seeded_month() -> Result {
    let village = Village::start().await?;
    let store = village.seed_store().await?;
    let now = Utc::now();
    let sam = person(&store, "Sam", 7, now).await?;
    // Even days ago: a call with Sam and a "Good" day (today: "Okay" then "Great").
    // Odd days ago: no one, and a "Hard" day. Then four "Okay" days 40 to 43 days ago.
    for day in 0..30 {
        if day % 2 == 0 {
            let at = now - Duration::days(day) - Duration::minutes(1);
            store
                .log_check_in(&NewCheckIn::call(sam.clone(), at), now)
                .await?;
            if day == 0 {
                note(&store, now, 0, 3, &["saw a friend"]).await?;
                note(&store, now, 0, 5, &["saw a friend"]).await?;
            } else {
                note(&store, now, day, 4, &["saw a friend"]).await?;
            }
        } else {
            note(&store, now, day, 2, &["tired"]).await?;
        }
    }
    for day in 40..44 {
        note(&store, now, day, 3, &[]).await?;
    }
    store.close().await;

    let window = village.open().await?;
    window
        .wait_for_text("#today-pulse-words", "You connected today, with Sam.")
        .await?;
    window.click("#today-pulse a[href='#insight']").await?;
    window.wait_for("main[data-rendered='insight']").await?;
    let row = |id: &str| format!("#insight-{id}");
    let text = window.text(&row("30-connected")).await?;
    assert!(text.contains("4.0 (good)"), "{text}");
    assert!(text.contains("15 days, 16 notes"), "{text}");
    let text = window.text(&row("30-apart")).await?;
    assert!(text.contains("2.0 (hard)"), "{text}");
    assert!(text.contains("15 days, 15 notes"), "{text}");
    let text = window.text(&row("90-apart")).await?;
    assert!(text.contains("2.2 (hard)"), "{text}");
    assert!(text.contains("19 days, 19 notes"), "{text}");
    let tags = window.text("#insight-tags").await?;
    assert!(tags.contains("saw a friend"), "{tags}");
    assert!(tags.contains("4.0 (good) · 16 notes"), "{tags}");
    assert!(tags.contains("2.0 (hard) · 15 notes"), "{tags}");
    window.close().await?;
    Ok(())
}

async fn answer(window: &Window, item: usize, value: u8) -> Result {
    window
        .click(&format!("label[for='item-{item}-{value}']"))
        .await
}

#[tokio::test]
async fn a_phq9_with_item_nine_above_zero_lands_on_need_help_now_before_the_score() -> Result {
    let village = Village::start().await?;
    let window = village.open().await?;
    window.go("help").await?;
    window.click("#help-self-check a").await?;
    window.wait_for("main[data-rendered='self-check']").await?;
    window.click("#start-phq9").await?;
    window
        .wait_for_text("#self-check-form", "Over the last 2 weeks")
        .await?;
    window
        .wait_for_text(
            "[data-question='item-9'] legend",
            "9. Thoughts that you would be better off dead or of hurting yourself in some way",
        )
        .await?;

    // Unanswered questions are named, and nothing is stored.
    for item in 1..=4 {
        answer(&window, item, 0).await?;
    }
    window
        .click("#self-check-form button[type='submit']")
        .await?;
    window
        .wait_for_text("#self-check-error", "Question 5 has no answer yet.")
        .await?;
    let mut db = village.database().await?;
    let stored = sqlx::query_scalar!("SELECT COUNT(*) FROM self_check")
        .fetch_one(&mut db)
        .await?;
    assert_eq!(stored, 0);

    for item in 5..=8 {
        answer(&window, item, 0).await?;
    }
    answer(&window, 9, 1).await?;
    window
        .click("#self-check-form button[type='submit']")
        .await?;
    window.wait_for("main[data-rendered='help-now']").await?;
    window
        .wait_for_text("#help-now-after", "Before your score")
        .await?;
    let first = window.attribute("main [data-line]", "data-line").await?;
    assert_eq!(first.as_deref(), Some("988"));
    let page = window.text("main").await?;
    assert!(!page.contains("out of 27"), "the score waits: {page}");

    let row = sqlx::query!("SELECT id, kind, answers, score FROM self_check")
        .fetch_one(&mut db)
        .await?;
    assert_eq!(
        (row.kind.as_str(), row.answers.as_str(), row.score),
        ("phq9", "000000001", 1)
    );

    // Her answer is named only for a result that had it.
    window
        .visit("#help-now/0b5f0f7e-1111-4000-8000-000000000009")
        .await?;
    window
        .wait_for_text("main .lead", "You are not alone")
        .await?;
    window.visit(&format!("#help-now/{}", row.id)).await?;
    window.click("#help-now-result").await?;
    window
        .wait_for_text("#result-words", "You scored 1 out of 27.")
        .await?;
    window.wait_for("#result-help").await?;
    window
        .wait_for_text("#result-share", "doctor or midwife")
        .await?;

    // Today offers the calm card, which never repeats her answer to anyone glancing at the
    // screen; she can put it away for a week.
    window.go("today").await?;
    window
        .wait_for_text(
            "#today-care[data-reason='self_harm']",
            "Your last self-check suggested reaching out.",
        )
        .await?;
    let card = window.text("#today-care").await?;
    for answer in ["dead", "hurting", "harm"] {
        assert!(!card.contains(answer), "the card names her answer: {card}");
    }
    window.wait_for("#today-care a[href='#help-now']").await?;
    window.click("#today-care-hide").await?;
    window.wait_for("main[data-rendered='today']").await?;
    window.wait_for_text("#status", "Hidden for a week").await?;
    window.wait_gone("#today-care").await?;
    let until =
        sqlx::query_scalar!("SELECT value FROM settings WHERE key = 'care.dismissed_until'")
            .fetch_one(&mut db)
            .await?;
    let until = DateTime::parse_from_rfc3339(&until)?;
    let days = (until.to_utc() - Utc::now()).num_hours();
    assert!((24 * 7 - 1..=24 * 7).contains(&days), "{days} hours");
    window.close().await?;
    Ok(())
}

#[tokio::test]
async fn a_safety_plan_she_writes_is_kept_across_a_restart() -> Result {
    let village = Village::start().await?;
    let store = village.seed_store().await?;
    let now = Utc::now();
    person(&store, "Sam", 7, now).await?;
    person(&store, "Dee", 7, now).await?;
    store.close().await;

    let window = village.open().await?;
    window.go("help").await?;
    window.click("#help-plan a").await?;
    window.wait_for("main[data-rendered='safety-plan']").await?;
    // An empty plan opens ready to write.
    window
        .fill("#plan-step-1", "Not sleeping even when the baby sleeps")
        .await?;
    window
        .fill("#plan-step-4", "Tell them it is a hard day")
        .await?;
    window
        .fill("#plan-step-6", "Ask Sam to keep the pills <b>for now</b>")
        .await?;
    let sam_box = "[data-step='4'] .choice:nth-of-type(2) label";
    let label = window.text(sam_box).await?;
    assert_eq!(label, "Sam", "circle people are listed by name");
    window.click(sam_box).await?;
    window.click("#plan-save").await?;
    window
        .wait_for_text("#status", "Your safety plan is saved")
        .await?;
    window.close().await?;

    let window = village.open().await?;
    window.go("help").await?;
    window.click("#help-plan a").await?;
    window
        .wait_for_text("#plan-read-1", "Not sleeping even when the baby sleeps")
        .await?;
    let helpers = window.text("#plan-read-4").await?;
    assert!(helpers.contains("Tell them it is a hard day"), "{helpers}");
    assert!(helpers.contains("Sam"), "{helpers}");
    let hello = window
        .attribute("#plan-read-4 button.say-hello", "aria-label")
        .await?;
    assert_eq!(hello.as_deref(), Some("Say hello to Sam"));
    assert!(!helpers.contains("Dee"), "{helpers}");
    // Her words are shown as text, never as markup.
    window
        .wait_for_text("#plan-read-6", "Ask Sam to keep the pills <b>for now</b>")
        .await?;
    window.wait_for_text("#plan-read-5", "Call 988").await?;

    let mut db = village.database().await?;
    let steps = sqlx::query_scalar!("SELECT COUNT(*) FROM safety_plan_step WHERE text != ''")
        .fetch_one(&mut db)
        .await?;
    assert_eq!(steps, 3);
    let people = sqlx::query_scalar!(
        "SELECT p.name FROM safety_plan_person s JOIN person p ON p.id = s.person_id WHERE s.step = 4"
    )
    .fetch_all(&mut db)
    .await?;
    assert_eq!(people, ["Sam"]);
    window.close().await?;
    Ok(())
}

#[tokio::test]
async fn the_help_page_shows_every_support_line_exactly_as_design_gives_it() -> Result {
    let village = Village::start().await?;
    let window = village.open().await?;
    window.set_width(360).await?;
    window.go("help").await?;
    let cards = window
        .client
        .find_all(fantoccini::Locator::Css("main [data-line]"))
        .await?;
    assert_eq!(cards.len(), 5);
    let mut shown = String::new();
    for card in &cards {
        let name = card
            .find(fantoccini::Locator::Css("h3"))
            .await?
            .text()
            .await?;
        assert!(
            name == "Emergency services" || DESIGN_FACTS.contains(&name),
            "{name:?} is not a line DESIGN.md names"
        );
        for part in card.find_all(fantoccini::Locator::Css("h3, p, a")).await? {
            shown.push_str(&part.text().await?);
            shown.push('\n');
        }
        for link in card.find_all(fantoccini::Locator::Css("a")).await? {
            let href = link.attr("href").await?.unwrap_or_default();
            let (scheme, rest) = href.split_once(':').ok_or("a link without a scheme")?;
            assert!(matches!(scheme, "tel" | "sms"), "{href}");
            let number = rest.split('?').next().unwrap_or_default();
            assert!(
                numbers(DESIGN_FACTS)
                    .iter()
                    .any(|n| dialled(n) == dialled(number)),
                "{href} dials a number DESIGN.md does not give"
            );
        }
    }
    let on_page = numbers(&shown);
    let in_design = numbers(DESIGN_FACTS);
    assert_eq!(on_page, in_design, "every number, exactly as written");
    for fact in [
        "1-833-TLC-MAMA (1-833-852-6262)",
        "24/7, free",
        "It is not a crisis line",
        "Text HOME to 741741",
        "in Spanish to 971-203-7773",
        "volunteer coordinators in every US state and over 30 other countries",
    ] {
        assert!(shown.contains(fact), "{fact:?} missing from Help");
    }
    let checked = window.text(".checked-on").await?;
    assert!(checked.contains("Last checked"), "{checked}");
    window.close().await?;
    Ok(())
}

/// A store with everything the care views show: someone due, a group, a birthday, a hard week,
/// a baby six weeks old, self-check history and a safety plan.
async fn seed_everything(village: &Village) -> Result<String> {
    let store = village.seed_store().await?;
    let now = Utc::now();
    let sam = person(&store, "Sam", 7, now).await?;
    store
        .log_check_in(&NewCheckIn::call(sam.clone(), now - Duration::days(9)), now)
        .await?;
    let ana = person(&store, "Ana (sister)", 14, now).await?;
    store
        .log_check_in(&NewCheckIn::call(ana, now - Duration::days(2)), now)
        .await?;
    let mut lee = PersonInput::named("Lee");
    let soon = (now + Duration::days(3)).with_timezone(&Local).date_naive();
    lee.birthday = Some(BirthdayInput {
        month: i64::from(chrono::Datelike::month(&soon)),
        day: i64::from(chrono::Datelike::day(&soon)),
        year: Some(1990),
    });
    store
        .add_person(&lee, now - Duration::days(30), &Local)
        .await?;
    let group = GroupInput::named(
        "Baby Café",
        ScheduleInput::weekly(
            &["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
            "10:30",
            90,
        ),
    );
    store
        .add_group(&group, now - Duration::days(30), &Local)
        .await?;
    for day in 0..6 {
        note(&store, now, day, if day == 3 { 3 } else { 2 }, &["tired"]).await?;
    }
    for day in 6..40 {
        note(&store, now, day, (day % 4 + 2).min(5), &["got outside"]).await?;
        if day % 3 == 0 && day >= 9 {
            let at = now - Duration::days(day) - Duration::minutes(1);
            store
                .log_check_in(&NewCheckIn::call(sam.clone(), at), now)
                .await?;
        }
    }
    let birth = (now - Duration::days(43))
        .with_timezone(&Local)
        .date_naive();
    store.set_baby_birth_date(Some(birth), now).await?;
    let mut last = None;
    for (days, answers) in [
        (60, [1, 1, 0, 1, 1, 0, 0, 0, 0]),
        (30, [2, 1, 1, 1, 1, 1, 0, 1, 0]),
    ] {
        let taken = store
            .take_self_check(
                &SelfCheckInput {
                    kind: "phq9".into(),
                    answers: answers.iter().map(|a| Some(*a)).collect(),
                    difficulty: Some(1),
                },
                now - Duration::days(days),
                &Local,
            )
            .await?;
        last = Some(taken.id.to_string());
    }
    store
        .save_safety_plan(
            &SafetyPlanInput {
                steps: vec![
                    StepInput {
                        number: 1,
                        text: "Not sleeping even when the baby sleeps.\nSkipping meals.".into(),
                        people: vec![],
                    },
                    StepInput {
                        number: 4,
                        text: "Tell them it's a hard day.".into(),
                        people: vec![sam.to_string()],
                    },
                ],
            },
            now,
        )
        .await?;
    store.close().await;
    last.ok_or_else(|| "no self-check seeded".into())
}

#[tokio::test]
async fn the_care_views_read_well_everywhere_and_never_shame_or_diagnose() -> Result {
    let village = Village::start().await?;
    let result = seed_everything(&village).await?;
    let window = village.open().await?;
    // The person she reached most recently.
    window.wait_for_text("#today-care", "Ana (sister)").await?;
    window
        .wait_for_text("#today-prompt", "6 weeks since your baby arrived")
        .await?;
    window.wait_for_text("#today-birthdays", "Lee").await?;
    window.wait_for_text("#today-due", "Sam").await?;
    // One way to reach out on each line: "Say hello" (reach.rs follows it to the exact
    // address her messaging app is handed, the number dialled as digits).
    let hello = window
        .attribute("#today-due .person-row button.say-hello", "aria-label")
        .await?;
    assert_eq!(hello.as_deref(), Some("Say hello to Sam"));
    window.wait_for_text("#today-next", "Baby Café").await?;

    let views = [
        ("today", "#today"),
        ("insight", "#insight"),
        ("help", "#help"),
        ("help-now", "#help-now"),
        ("self-check", "#self-check"),
        ("self-check-form", "#self-check/phq9"),
        ("self-check-result", &format!("#self-check-result/{result}")),
        ("safety-plan", "#safety-plan"),
    ];
    let mut problems = Vec::new();
    for theme in THEMES {
        window.choose_theme(theme).await?;
        for width in WIDTHS {
            window.set_width(width).await?;
            for (name, address) in &views {
                window.visit(address).await?;
                window.assert_no_stray_values(name).await?;
                window
                    .screenshot(&format!("care-{name}"), width, theme)
                    .await?;
                for violation in window.accessibility_violations().await? {
                    problems.push(format!("{name} at {width}px, {theme}: {violation}"));
                }
                let words = window.page_text().await?.to_lowercase();
                for banned in BANNED {
                    if words.contains(banned) {
                        problems.push(format!("{name} says {banned:?}"));
                    }
                }
            }
            // The plan was the last view: open it for editing.
            window.click("#plan-edit").await?;
            window.wait_for("#plan-form").await?;
            window
                .screenshot("care-safety-plan-edit", width, theme)
                .await?;
            for violation in window.accessibility_violations().await? {
                problems.push(format!(
                    "safety-plan-edit at {width}px, {theme}: {violation}"
                ));
            }
        }
    }

    // The error messages she can meet here are gentle too.
    let mut errors = Vec::new();
    window.visit("#self-check/gad7").await?;
    window
        .click("#self-check-form button[type='submit']")
        .await?;
    errors.push(window.text("#self-check-error").await?);
    window.go("settings").await?;
    window.pick("#baby-birth-date", "2099-01-01").await?;
    window.click("#baby button[type='submit']").await?;
    errors.push(
        window
            .wait_for_text("#baby-error", "can't be in the future")
            .await?
            .text()
            .await?,
    );
    for error in &errors {
        assert!(!error.is_empty());
        let lower = error.to_lowercase();
        for banned in BANNED {
            assert!(!lower.contains(banned), "{error}");
        }
    }
    let mut db = village.database().await?;
    let birth = sqlx::query_scalar!("SELECT value FROM settings WHERE key = 'baby.birth_date'")
        .fetch_one(&mut db)
        .await?;
    assert_ne!(birth, "2099-01-01", "a refused date changes nothing");
    window.close().await?;
    assert!(problems.is_empty(), "found:\n{}", problems.join("\n"));
    Ok(())
}

#[tokio::test]
async fn today_lists_a_few_people_due_and_leaves_the_rest_to_the_circle() -> Result {
    let village = Village::start().await?;
    let store = village.seed_store().await?;
    let month_ago = Utc::now() - Duration::days(30);
    for n in 1..=8 {
        store
            .add_person(
                &PersonInput::named(&format!("Friend {n}")).every_days(7),
                month_ago,
                &Local,
            )
            .await?;
    }
    store.close().await;
    let window = village.open().await?;
    window
        .wait_for_text("#today-due-more", "3 more in your circle")
        .await?;
    let rows = window
        .client
        .find_all(fantoccini::Locator::Css("#today-due .person-row"))
        .await?;
    assert_eq!(rows.len(), 5);
    window.click("#today-due-more").await?;
    window.wait_for("main[data-rendered='circle']").await?;
    window.wait_for_text("main", "Friend 8").await?;
    window.close().await
}
