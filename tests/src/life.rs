//! A life with something on every view (people due, a month of notes with tags, a group, two
//! self-checks and a safety plan) and the address of every view, for the tests that visit them all.

use chrono::{DateTime, Duration, Local, Utc};
use village_core::Store;
use village_core::circle::{NewCheckIn, PersonId, PersonInput};
use village_core::groups::{GroupInput, ScheduleInput};
use village_core::journal::MoodNoteInput;
use village_core::safety_plan::{SafetyPlanInput, StepInput};
use village_core::self_check::SelfCheckInput;

use crate::{Result, Village};

async fn person(store: &Store, name: &str, now: DateTime<Utc>) -> Result<PersonId> {
    let mut input = PersonInput::named(name).every_days(7);
    input.phone = "+1 555 010 2030".into();
    // Marks and accents stay out of the address, which is checked as an address.
    let first: String = name
        .split(' ')
        .next()
        .unwrap_or(name)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_lowercase();
    input.email = format!("{first}@example.org");
    Ok(store
        .add_person(&input, now - Duration::days(120), &Local)
        .await?
        .id)
}

/// Ids of what the views show: a person, a group and a self-check result.
pub struct Seeded {
    pub person: String,
    pub group: String,
    pub result: String,
}

/// A life with something on every view: people due, a month of notes with tags, a group, two
/// self-checks and a safety plan.
pub async fn seed(village: &Village) -> Result<Seeded> {
    seed_in_words(village, str::to_owned).await
}

/// The same life with every word she typed passed through `words` (the pseudo-locale test
/// marks them, so only the app's own words are left unmarked).
pub async fn seed_in_words(village: &Village, words: impl Fn(&str) -> String) -> Result<Seeded> {
    let store = village.seed_store().await?;
    let now = Utc::now();
    let ana = person(&store, &words("Ana María de la Cruz"), now).await?;
    person(&store, &words("Bea"), now).await?;
    person(&store, &words("Cleo"), now).await?;
    for day in 0..40 {
        let at = now - Duration::days(day) - Duration::minutes(1);
        let tags: Vec<String> = if day % 2 == 0 {
            vec![words("got outside"), words("slept a little")]
        } else {
            vec![words("tired")]
        };
        let tags: Vec<&str> = tags.iter().map(String::as_str).collect();
        let input = MoodNoteInput::new(day % 5 + 1, at)
            .with_tags(&tags)
            .with_note(&words(
                "A long walk with the baby, then coffee with a friend from the group.",
            ));
        store.add_mood_note(&input, now, &Local).await?;
        if day % 9 == 5 {
            store
                .log_check_in(&NewCheckIn::call(ana.clone(), at), now)
                .await?;
        }
    }
    let group = store
        .add_group(
            &GroupInput::named(
                &words("Tuesday Mums and Babies"),
                ScheduleInput::weekly(&["tue", "thu"], "10:00", 90),
            ),
            now,
            &Local,
        )
        .await?;
    let mut result = String::new();
    for (days, answers) in [
        (40, [1, 1, 0, 1, 1, 0, 0, 0, 0]),
        (10, [2, 1, 1, 1, 1, 1, 0, 1, 0]),
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
        result = taken.id.to_string();
    }
    store
        .save_safety_plan(
            &SafetyPlanInput {
                steps: vec![
                    StepInput {
                        number: 1,
                        text: words("Not sleeping even when the baby sleeps."),
                        people: vec![],
                    },
                    StepInput {
                        number: 4,
                        text: words("Tell them it's a hard day."),
                        people: vec![ana.to_string()],
                    },
                ],
            },
            now,
        )
        .await?;
    store.close().await;
    Ok(Seeded {
        person: ana.to_string(),
        group: group.id.to_string(),
        result,
    })
}

/// Every view, by the address a link or the navigation gives it.
pub fn views(seeded: &Seeded) -> Vec<(String, String)> {
    let mut views: Vec<(String, String)> = [
        "today",
        "circle",
        "journal",
        "journal/search",
        "journal/month",
        "journal/trends",
        "journal/tags",
        "groups",
        "help",
        "help-now",
        "settings",
        "insight",
        "self-check",
        "safety-plan",
        "data",
        "privacy",
        "about",
        "find",
    ]
    .iter()
    .map(|v| (v.replace('/', "-"), format!("#{v}")))
    .collect();
    views.push(("person".into(), format!("#person/{}", seeded.person)));
    views.push(("group".into(), format!("#group/{}", seeded.group)));
    views.push((
        "self-check-result".into(),
        format!("#self-check-result/{}", seeded.result),
    ));
    views
}
