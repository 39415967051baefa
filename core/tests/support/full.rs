//! A store holding every kind of record Village keeps, and its export, for the tests that
//! must prove all of it survives (export and import, backup and restore, encryption).

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use chrono_tz::Europe::London;
use village_core::Store;
use village_core::catalog::Language;
use village_core::circle::{BirthdayInput, NewCheckIn, PersonInput, Snooze};
use village_core::groups::{AttendInput, GroupInput, ScheduleInput};
use village_core::journal::MoodNoteInput;
use village_core::safety_plan::{SafetyPlanInput, StepInput};
use village_core::self_check::SelfCheckInput;
use village_core::settings::{QuietHours, TextSize, Theme};
use village_core::transfer::ExportFormat;

use super::store;

pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 21, 20, 0, 0).unwrap()
}

pub fn days_ago(days: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 21, 9, 30, 0).unwrap() - Duration::days(days)
}

/// Text with everything an export must carry unharmed: other scripts, emoji, markup, quotes,
/// commas and line breaks.
pub const HOSTILE: &str =
    "Zoë 🌙 \"quoted\", <script>alert(1)</script> & <b>bold</b>\nline two, 日本語";

/// A store holding every kind of record Village keeps.
pub async fn full_store() -> (Store, tempfile::TempDir) {
    let (store, dir) = store().await;
    let t0 = now() - Duration::days(90);

    let mut ana = PersonInput::named("Ana 🌻 <img src=x onerror=alert(1)>").every_days(7);
    ana.phone = "+44 7700 900123".into();
    ana.email = "ana@example.com".into();
    ana.notes = HOSTILE.into();
    ana.birthday = Some(BirthdayInput {
        month: 2,
        day: 29,
        year: Some(1992),
    });
    ana.pinned = true;
    let ana = store.add_person(&ana, t0, &London).await.unwrap();
    let mut sam = PersonInput::named("Sam O'Neil").every_days(14);
    sam.relationship = "family".into();
    sam.birthday = Some(BirthdayInput {
        month: 12,
        day: 1,
        year: None,
    });
    let sam = store.add_person(&sam, t0, &London).await.unwrap();
    let old = store
        .add_person(&PersonInput::named("Old friend"), t0, &London)
        .await
        .unwrap();
    store.set_archived(&old.id, true, t0).await.unwrap();
    store
        .snooze_person(&sam.id, Snooze::ForDays(3), now().date_naive(), now())
        .await
        .unwrap();
    store.set_person_muted(&ana.id, true, t0).await.unwrap();

    let mut call = NewCheckIn::call(ana.id.clone(), days_ago(2));
    call.note = "Talked for an hour,\n\"she gets it\" <3".into();
    store.log_check_in(&call, now()).await.unwrap();
    store
        .log_check_in(&NewCheckIn::call(sam.id.clone(), days_ago(9)), now())
        .await
        .unwrap();

    for (i, (mood, text, tags)) in [
        (2, HOSTILE, vec!["tired", "Nächte 🌙"]),
        (4, "A good walk.\n\nSecond paragraph.", vec!["got outside"]),
        (5, "", vec![]),
        (
            1,
            "# not a heading\n1. not a list",
            vec!["lonely", "anxious"],
        ),
    ]
    .into_iter()
    .enumerate()
    {
        let mut input = MoodNoteInput::new(mood, days_ago(i as i64 + 1))
            .with_note(text)
            .with_tags(&tags);
        input.energy = Some(3);
        input.sleep_hours = Some(6.5);
        store.add_mood_note(&input, now(), &London).await.unwrap();
    }

    let mut weekly = GroupInput::named(
        "Tuesday Mums & \"Co\" <3 🍼",
        ScheduleInput::weekly(&["tue", "thu"], "10:30", 90).starting("2026-09-01"),
    );
    weekly.kind = "mom_and_baby".into();
    weekly.place = "Library, Room 2".into();
    weekly.link = "https://example.org/mums?a=1&b=2".into();
    weekly.notes = "Bring snacks, & a blanket\n<3 日本語".into();
    let weekly = store.add_group(&weekly, t0, &London).await.unwrap();
    let mut monthly = ScheduleInput::weekly(&["wed"], "19:00", 60).starting("2026-09-01");
    monthly.repeats = "monthly".into();
    monthly.nth = Some(-1);
    store
        .add_group(&GroupInput::named("PND support", monthly), t0, &London)
        .await
        .unwrap();
    let none = ScheduleInput {
        repeats: "none".into(),
        ..ScheduleInput::default()
    };
    store
        .add_group(&GroupInput::named("Forum", none), t0, &London)
        .await
        .unwrap();
    let meeting = Utc.with_ymd_and_hms(2026, 11, 17, 10, 30, 0).unwrap();
    store
        .attend_meeting(
            &AttendInput {
                group_id: weekly.id.to_string(),
                meeting_start: Some(meeting),
                mood_after: Some(4),
                note: "Met Priya".into(),
            },
            now(),
            &London,
        )
        .await
        .unwrap();

    store
        .take_self_check(
            &SelfCheckInput {
                kind: "phq9".into(),
                answers: [1, 2, 1, 0, 1, 1, 0, 0, 0].map(Some).to_vec(),
                difficulty: Some(1),
            },
            days_ago(3),
            &London,
        )
        .await
        .unwrap();
    store
        .save_safety_plan(
            &SafetyPlanInput {
                steps: vec![
                    StepInput {
                        number: 1,
                        text: HOSTILE.into(),
                        people: vec![],
                    },
                    StepInput {
                        number: 4,
                        text: "Call them".into(),
                        people: vec![sam.id.to_string(), ana.id.to_string()],
                    },
                ],
            },
            now(),
        )
        .await
        .unwrap();
    store.set_theme(Theme::Dark, now()).await.unwrap();
    store
        .set_text_size(TextSize::percent(150).unwrap(), now())
        .await
        .unwrap();
    store
        .set_quiet_hours(
            &QuietHours {
                enabled: true,
                start: chrono::NaiveTime::from_hms_opt(21, 0, 0).unwrap(),
                end: chrono::NaiveTime::from_hms_opt(7, 30, 0).unwrap(),
            },
            now(),
        )
        .await
        .unwrap();
    store
        .set_baby_birth_date(NaiveDate::from_ymd_opt(2026, 9, 30), now())
        .await
        .unwrap();
    (store, dir)
}

/// The export without the moment it was made.
pub fn without_time(json: &str) -> serde_json::Value {
    let mut value: serde_json::Value = serde_json::from_str(json).unwrap();
    value.as_object_mut().unwrap().remove("exported_at");
    value
}

pub async fn export_json(store: &Store) -> String {
    store
        .export(
            ExportFormat::Json,
            now(),
            &London,
            "Europe/London",
            Language::En,
        )
        .await
        .unwrap()
}
