//! Today, Insight, self-checks and the safety plan on a real SQLite file.

// A test that cannot unwrap has failed; the panic names what was missing.
#![allow(clippy::unwrap_used)]

mod support;

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use chrono_tz::Europe::London;
use support::{count, raw_count, store};
use village_core::catalog::Language;
use village_core::circle::{BirthdayInput, NewCheckIn, PersonId, PersonInput};
use village_core::groups::{AttendInput, GroupInput, ScheduleInput};
use village_core::journal::MoodNoteInput;
use village_core::safety_plan::{SafetyPlanInput, StepInput};
use village_core::self_check::{Questionnaire, SelfCheckInput};
use village_core::today::{CareReason, ConnectedWith};
use village_core::{Error, Store};

/// Saturday 21 November 2026, 20:00 in London (GMT, so UTC too).
fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 21, 20, 0, 0).unwrap()
}

fn today() -> NaiveDate {
    now().date_naive()
}

/// Noon, `days` before today.
fn noon(days: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 21, 12, 0, 0).unwrap() - Duration::days(days)
}

async fn add_person(store: &Store, name: &str, cadence: i64) -> PersonId {
    let mut input = PersonInput::named(name).every_days(cadence);
    input.phone = "555-0100".into();
    store
        .add_person(&input, now() - Duration::days(60), &London)
        .await
        .unwrap()
        .id
}

async fn call(store: &Store, person: &PersonId, days_ago: i64) {
    store
        .log_check_in(&NewCheckIn::call(person.clone(), noon(days_ago)), now())
        .await
        .unwrap();
}

async fn note(store: &Store, days_ago: i64, mood: i64, tags: &[&str]) {
    store
        .add_mood_note(
            &MoodNoteInput::new(mood, noon(days_ago)).with_tags(tags),
            now(),
            &London,
        )
        .await
        .unwrap();
}

fn daily(name: &str) -> GroupInput {
    GroupInput::named(
        name,
        ScheduleInput::weekly(
            &["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
            "10:30",
            60,
        )
        .starting("2026-10-01"),
    )
}

#[tokio::test]
async fn a_new_store_welcomes_her_with_no_counts_of_zero() {
    let (store, _dir) = store().await;
    let today = store.today(now(), &London).await.unwrap();
    assert!(today.welcome());
    assert!(today.due.is_empty());
    assert_eq!(today.next_meeting, None);
    assert_eq!(today.pulse.days_since, None);
    assert!(
        today
            .pulse
            .words()
            .render(Language::En)
            .starts_with("Nothing logged yet")
    );
    assert_eq!(today.care, None);
    assert_eq!(today.self_check_prompt, None);
}

#[tokio::test]
async fn the_pulse_follows_her_latest_check_in_or_group_meeting() {
    let (store, _dir) = store().await;
    let sam = add_person(&store, "Sam", 30).await;
    call(&store, &sam, 9).await;
    call(&store, &sam, 4).await;
    let today = store.today(now(), &London).await.unwrap();
    assert!(!today.welcome());
    assert_eq!(
        today.pulse.words().render(Language::En),
        "You last connected 4 days ago, with Sam."
    );

    let cafe = store
        .add_group(&daily("Baby Café"), now() - Duration::days(60), &London)
        .await
        .unwrap();
    let two_days_ago = Utc.with_ymd_and_hms(2026, 11, 19, 10, 30, 0).unwrap();
    store
        .attend_meeting(
            &AttendInput {
                group_id: cafe.id.to_string(),
                meeting_start: Some(two_days_ago),
                ..AttendInput::default()
            },
            now(),
            &London,
        )
        .await
        .unwrap();
    let today = store.today(now(), &London).await.unwrap();
    assert_eq!(today.pulse.days_since, Some(2));
    assert_eq!(
        today.pulse.words().render(Language::En),
        "You last connected 2 days ago, at Baby Café."
    );
    assert!(matches!(
        today.pulse.last.unwrap().with,
        ConnectedWith::Group { .. }
    ));
    // Tomorrow's 10:30 is the next meeting; today's has passed.
    let next = today.next_meeting.unwrap();
    assert_eq!(next.group_name, "Baby Café");
    assert_eq!(
        next.meeting.start,
        Utc.with_ymd_and_hms(2026, 11, 22, 10, 30, 0).unwrap()
    );
}

#[tokio::test]
async fn today_lists_who_is_due_and_the_birthdays_of_this_week() {
    let (store, _dir) = store().await;
    let ana = add_person(&store, "Ana", 7).await;
    call(&store, &ana, 10).await;
    let ben = add_person(&store, "Ben", 7).await;
    call(&store, &ben, 2).await;
    let mut lee = PersonInput::named("Lee");
    lee.birthday = Some(BirthdayInput {
        month: 11,
        day: 25,
        year: None,
    });
    store
        .add_person(&lee, now() - Duration::days(60), &London)
        .await
        .unwrap();
    let today = store.today(now(), &London).await.unwrap();
    let due: Vec<&str> = today.due.iter().map(|e| e.person.name.as_str()).collect();
    assert_eq!(due, ["Ana"]);
    assert_eq!(today.birthdays.len(), 1);
    assert_eq!(today.birthdays[0].name, "Lee");
    assert_eq!(today.birthdays[0].in_days, 4);
}

#[tokio::test]
async fn insight_compares_connected_days_with_the_rest_from_real_notes() {
    let (store, _dir) = store().await;
    let sam = add_person(&store, "Sam", 7).await;
    // 30 days: even days ago she called Sam and felt "Good" (4); odd days "Hard" (2).
    // Today has two notes (3 and 5) that average 4, and is counted as one day.
    for day in 0..30 {
        if day % 2 == 0 {
            call(&store, &sam, day).await;
            if day == 0 {
                note(&store, 0, 3, &["saw a friend"]).await;
                note(&store, 0, 5, &["saw a friend"]).await;
            } else {
                note(&store, day, 4, &["saw a friend"]).await;
            }
        } else {
            note(&store, day, 2, &["tired"]).await;
        }
    }
    // Outside the 30 days but inside 90: four more "Okay" days without anyone.
    for day in 40..44 {
        note(&store, day, 3, &[]).await;
    }
    let insight = store.insight(now(), &London).await.unwrap();
    let thirty = &insight.comparisons[0];
    assert_eq!(thirty.window_days, 30);
    assert!(thirty.enough);
    assert_eq!((thirty.connected.days, thirty.connected.notes), (15, 16));
    assert_eq!(thirty.connected.average, Some(4.0));
    assert_eq!((thirty.apart.days, thirty.apart.notes), (15, 15));
    assert_eq!(thirty.apart.average, Some(2.0));
    let ninety = &insight.comparisons[1];
    assert_eq!(ninety.window_days, 90);
    assert_eq!(ninety.apart.days, 19);
    // (15 × 2 + 4 × 3) / 19 = 2.2
    assert_eq!(ninety.apart.average, Some(2.2));
    let tags: Vec<(&str, u32, f64)> = insight
        .tags
        .iter()
        .map(|t| (t.tag.as_str(), t.notes, t.average))
        .collect();
    assert_eq!(tags, [("saw a friend", 16, 4.0), ("tired", 15, 2.0)]);
}

#[tokio::test]
async fn insight_says_not_enough_below_seven_days_on_a_side() {
    let (store, _dir) = store().await;
    let sam = add_person(&store, "Sam", 7).await;
    for day in 0..6 {
        call(&store, &sam, day).await;
        note(&store, day, 4, &[]).await;
    }
    for day in 6..20 {
        note(&store, day, 2, &[]).await;
    }
    let insight = store.insight(now(), &London).await.unwrap();
    let thirty = &insight.comparisons[0];
    assert!(!thirty.enough);
    assert_eq!((thirty.connected.days, thirty.apart.days), (6, 14));
    assert_eq!(thirty.connected.average, None);
    assert_eq!(thirty.apart.average, None);
    assert!(insight.tags.is_empty());
}

#[tokio::test]
async fn a_deleted_note_leaves_the_insight() {
    let (store, _dir) = store().await;
    let written = store
        .add_mood_note(&MoodNoteInput::new(1, noon(1)), now(), &London)
        .await
        .unwrap();
    store.delete_mood_note(&written.id, now()).await.unwrap();
    let insight = store.insight(now(), &London).await.unwrap();
    assert_eq!(insight.comparisons[0].apart.days, 0);
}

fn phq9(answers: [i64; 9]) -> SelfCheckInput {
    SelfCheckInput {
        kind: "phq9".into(),
        answers: answers.iter().map(|a| Some(*a)).collect(),
        difficulty: Some(1),
    }
}

#[tokio::test]
async fn self_checks_are_kept_newest_first_and_bad_answers_write_nothing() {
    let (store, _dir) = store().await;
    let first = store
        .take_self_check(
            &phq9([1, 1, 1, 1, 1, 0, 0, 0, 0]),
            now() - Duration::days(14),
            &London,
        )
        .await
        .unwrap();
    let second = store
        .take_self_check(&phq9([0, 0, 0, 0, 0, 0, 0, 0, 2]), now(), &London)
        .await
        .unwrap();
    assert_eq!(first.score, 5);
    assert!(second.needs_help_now());
    assert_eq!(second.items, [0, 0, 0, 0, 0, 0, 0, 0, 2]);
    assert_eq!(second.difficulty, Some(1));
    let history = store.self_checks(Questionnaire::Phq9, 50).await.unwrap();
    assert_eq!(history.iter().map(|c| c.score).collect::<Vec<_>>(), [2, 5]);
    assert!(
        store
            .self_checks(Questionnaire::Gad7, 50)
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(store.self_check(&first.id).await.unwrap(), first);

    for bad in [
        phq9([0, 0, 0, 0, 0, 0, 0, 0, 4]),
        SelfCheckInput {
            kind: "epds".into(),
            ..phq9([0; 9])
        },
        SelfCheckInput {
            answers: vec![Some(0); 8],
            ..phq9([0; 9])
        },
    ] {
        assert!(matches!(
            store.take_self_check(&bad, now(), &London).await,
            Err(Error::Invalid { .. })
        ));
    }
    assert_eq!(
        raw_count(&store, "SELECT COUNT(*) FROM self_check").await,
        2
    );
    store.delete_self_check(&first.id).await.unwrap();
    assert!(matches!(
        store.delete_self_check(&first.id).await,
        Err(Error::NotFound { .. })
    ));
}

#[tokio::test]
async fn a_hard_week_brings_the_calm_card_with_someone_to_reach_until_she_closes_it() {
    let (store, _dir) = store().await;
    let sam = add_person(&store, "Sam", 7).await;
    call(&store, &sam, 12).await;
    for day in 0..4 {
        note(&store, day, 2, &[]).await;
    }
    note(&store, 4, 4, &[]).await;
    let today = store.today(now(), &London).await.unwrap();
    assert_eq!(today.care, None, "four hard days are not yet a run");

    note(&store, 5, 1, &[]).await;
    let today = store.today(now(), &London).await.unwrap();
    let card = today.care.unwrap();
    assert_eq!(card.reason, CareReason::LowDays);
    assert_eq!(card.suggestion.unwrap().name, "Sam");

    let until = now() + Duration::days(7);
    store.dismiss_care(until, now()).await.unwrap();
    assert_eq!(store.today(now(), &London).await.unwrap().care, None);
    let later = until - Duration::minutes(1);
    assert_eq!(store.today(later, &London).await.unwrap().care, None);

    // A PHQ-9 taken after she hid it, that calls for care by itself, brings it back at once.
    let after = now() + Duration::minutes(30);
    store
        .take_self_check(&phq9([2, 2, 1, 1, 1, 1, 1, 1, 0]), after, &London)
        .await
        .unwrap();
    let back = store.today(after, &London).await.unwrap().care.unwrap();
    assert_eq!(
        back.reason,
        CareReason::LowDays,
        "the hard week still leads"
    );
}

#[tokio::test]
async fn a_recent_phq9_of_ten_brings_the_card_even_on_good_days() {
    let (store, _dir) = store().await;
    note(&store, 0, 5, &[]).await;
    store
        .take_self_check(&phq9([2, 2, 1, 1, 1, 1, 1, 1, 0]), now(), &London)
        .await
        .unwrap();
    let card = store.today(now(), &London).await.unwrap().care.unwrap();
    assert_eq!(card.reason, CareReason::SelfCheck);
    assert_eq!(card.suggestion, None, "nobody in her circle yet");
}

#[tokio::test]
async fn the_self_check_prompt_follows_the_birth_date_until_she_takes_one_or_closes_it() {
    let (store, _dir) = store().await;
    // Six weeks ago yesterday.
    let birth = today() - Duration::days(43);
    store.set_baby_birth_date(Some(birth), now()).await.unwrap();
    assert_eq!(store.settings().await.unwrap().baby_birth_date, Some(birth));
    assert_eq!(
        store.today(now(), &London).await.unwrap().self_check_prompt,
        Some(6)
    );
    store.dismiss_self_check_prompt(6, now()).await.unwrap();
    assert_eq!(
        store.today(now(), &London).await.unwrap().self_check_prompt,
        None
    );

    let birth = today() - Duration::days(14);
    store.set_baby_birth_date(Some(birth), now()).await.unwrap();
    assert_eq!(
        store.today(now(), &London).await.unwrap().self_check_prompt,
        Some(2)
    );
    store
        .take_self_check(&phq9([0; 9]), now(), &London)
        .await
        .unwrap();
    assert_eq!(
        store.today(now(), &London).await.unwrap().self_check_prompt,
        None
    );

    store.set_baby_birth_date(None, now()).await.unwrap();
    assert_eq!(store.settings().await.unwrap().baby_birth_date, None);
}

fn plan_step(number: i64, text: &str, people: &[&PersonId]) -> StepInput {
    StepInput {
        number,
        text: text.into(),
        people: people.iter().map(|p| p.to_string()).collect(),
    }
}

#[tokio::test]
async fn the_safety_plan_is_saved_whole_and_survives_a_restart() {
    let (store, dir) = store().await;
    let empty = store.safety_plan().await.unwrap();
    assert!(empty.is_empty());
    assert_eq!(empty.steps.len(), 6);
    let sam = add_person(&store, "Sam", 7).await;
    let ana = add_person(&store, "Ana", 7).await;
    let plan = SafetyPlanInput {
        steps: vec![
            plan_step(1, "Not sleeping even when the baby does", &[]),
            plan_step(4, "Tell them it's a hard day", &[&sam, &ana]),
            plan_step(6, "Ask Sam to keep the pills", &[]),
        ],
    };
    store.save_safety_plan(&plan, now()).await.unwrap();
    store.close().await;

    let store = Store::open(dir.path().join("village.db")).await.unwrap();
    let saved = store.safety_plan().await.unwrap();
    assert_eq!(saved.steps[0].text, "Not sleeping even when the baby does");
    assert_eq!(
        village_core::catalog::word(
            village_core::catalog::Language::En,
            saved.steps[3].step.title
        ),
        "People I can ask for help"
    );
    let names: Vec<&str> = saved.steps[3]
        .people
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(names, ["Sam", "Ana"], "in the order she picked them");
    assert_eq!(saved.steps[3].people[0].phone, "555-0100");
    assert_eq!(saved.steps[5].text, "Ask Sam to keep the pills");

    // Someone unknown, or a step with no people, changes nothing.
    for bad in [
        SafetyPlanInput {
            steps: vec![plan_step(4, "new words", &[&PersonId::new()])],
        },
        SafetyPlanInput {
            steps: vec![plan_step(1, "new words", &[&sam])],
        },
        SafetyPlanInput {
            steps: vec![plan_step(2, &"x".repeat(2001), &[])],
        },
    ] {
        assert!(store.save_safety_plan(&bad, now()).await.is_err());
    }
    assert_eq!(store.safety_plan().await.unwrap(), saved);

    // Deleting someone takes them off the plan and leaves the words.
    store.delete_person(&sam).await.unwrap();
    let after = store.safety_plan().await.unwrap();
    assert_eq!(after.steps[3].people.len(), 1);
    assert_eq!(after.steps[3].text, "Tell them it's a hard day");
    assert_eq!(count(&store, "person").await, 1);
}

#[tokio::test]
async fn the_upgrade_to_migration_six_keeps_every_check_in_for_the_pulse() {
    let dir = tempfile::tempdir().unwrap();
    let path = {
        let (path, pool) = support::database_at_version(&dir, 5).await;
        sqlx::query(
            "INSERT INTO person (id, name, relationship, cadence_days, created_at, updated_at)
             VALUES ('0b5f0f7e-1111-4000-8000-000000000001', 'Ana', 'friend', 7,
                     '2026-11-01T09:00:00+00:00', '2026-11-01T09:00:00+00:00')",
        )
        .execute(&pool)
        .await
        .unwrap();
        sqlx::query(
            "INSERT INTO check_in (id, person_id, happened_at, kind, created_at, updated_at)
             VALUES ('0b5f0f7e-2222-4000-8000-000000000002', '0b5f0f7e-1111-4000-8000-000000000001',
                     '2026-11-18T12:00:00+00:00', 'call',
                     '2026-11-18T12:00:00+00:00', '2026-11-18T12:00:00+00:00')",
        )
        .execute(&pool)
        .await
        .unwrap();
        pool.close().await;
        path
    };
    let store = Store::open(&path).await.unwrap();
    assert!(store.schema_version().await.unwrap() >= 6);
    let today = store.today(now(), &London).await.unwrap();
    assert_eq!(
        today.pulse.words().render(Language::En),
        "You last connected 3 days ago, with Ana."
    );
    assert!(store.safety_plan().await.unwrap().is_empty());
}
