//! Reminder rounds on a real SQLite file: once only across restarts and instances, the summary
//! after days away, mutes, settings, and what happens when the device shows nothing.

// A test that cannot unwrap has failed; the panic names what was missing.
#![allow(clippy::unwrap_used)]

mod support;

use std::sync::Mutex;

use chrono::{DateTime, Duration, NaiveTime, TimeZone, Utc};
use chrono_tz::Europe::London;
use support::{raw_count, store};
use village_core::catalog::Language;
use village_core::circle::{BirthdayInput, PersonInput};
use village_core::groups::{GroupInput, ScheduleInput};
use village_core::reminders::{
    About, Notifier, Opens, Reminder, ReminderKey, ReminderSettings, Undelivered,
};
use village_core::{Error, QuietHours, Store};

/// Saturday 21 November 2026 in London (GMT, so UTC too).
fn at(h: u32, m: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 21, h, m, 0).unwrap()
}

/// What a notifier was asked to show, in order.
#[derive(Default)]
struct Shown(Mutex<Vec<Reminder>>);

impl Shown {
    fn titles(&self) -> Vec<String> {
        self.0
            .lock()
            .unwrap()
            .iter()
            .map(|r| r.title(Language::En))
            .collect()
    }
}

impl Notifier for Shown {
    fn notify(&self, reminder: &Reminder) -> Result<(), Undelivered> {
        self.0.lock().unwrap().push(reminder.clone());
        Ok(())
    }
}

/// A device with no notification service.
struct NoService;

impl Notifier for NoService {
    fn notify(&self, _: &Reminder) -> Result<(), Undelivered> {
        Err(Undelivered("no notification service".into()))
    }
}

/// A reminder standing for `keys`, as a round would claim it.
fn about(keys: Vec<ReminderKey>) -> Reminder {
    Reminder {
        keys,
        about: About::Nudge,
        opens: Opens::Circle,
    }
}

async fn sent_rows(store: &Store) -> i64 {
    raw_count(store, "SELECT COUNT(*) FROM sent_reminder").await
}

/// Someone added `days_ago`, to check in with every `cadence` days.
async fn add(store: &Store, name: &str, cadence: i64, days_ago: i64) -> String {
    let added = at(9, 0) - Duration::days(days_ago);
    let person = store
        .add_person(
            &PersonInput::named(name).every_days(cadence),
            added,
            &London,
        )
        .await
        .unwrap();
    person.id.to_string()
}

/// Every day at 10:30, reminded `minutes` before.
async fn add_daily_group(store: &Store, name: &str, minutes: Option<i64>) -> String {
    let mut input = GroupInput::named(
        name,
        ScheduleInput::weekly(
            &["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
            "10:30",
            60,
        )
        .starting("2026-10-01"),
    );
    input.remind_minutes_before = minutes;
    let group = store
        .add_group(&input, at(9, 0) - Duration::days(60), &London)
        .await
        .unwrap();
    group.id.to_string()
}

#[tokio::test]
async fn a_reminder_is_sent_once_across_two_runs_on_the_same_file() {
    let (store, dir) = store().await;
    // Due today.
    add(&store, "Ana", 7, 7).await;
    add_daily_group(&store, "Baby Café", None).await;
    let shown = Shown::default();
    let round = store
        .send_due_reminders(&shown, at(9, 30), &London)
        .await
        .unwrap();
    assert_eq!(shown.titles(), ["Baby Café starts at 10:30 AM"]);
    assert_eq!(
        round.next_wake,
        Some(at(10, 0)),
        "her time of day comes next"
    );
    let round = store
        .send_due_reminders(&shown, at(10, 0), &London)
        .await
        .unwrap();
    assert_eq!(round.sent.len(), 1);
    assert_eq!(
        shown.titles(),
        ["Baby Café starts at 10:30 AM", "Time to check in with Ana"]
    );
    store.close().await;

    // The app restarts a minute later on the same file.
    let reopened = Store::open(dir.path().join("village.db")).await.unwrap();
    let again = Shown::default();
    let round = reopened
        .send_due_reminders(&again, at(10, 1), &London)
        .await
        .unwrap();
    assert!(round.sent.is_empty());
    assert!(again.titles().is_empty());
    assert_eq!(sent_rows(&reopened).await, 2);
}

#[tokio::test]
async fn after_ten_days_closed_she_gets_one_summary_and_no_past_meetings() {
    let (store, _dir) = store().await;
    // Each fell due while the app was closed: 9, 6 and 2 days ago.
    add(&store, "Ana", 7, 16).await;
    add(&store, "Ben", 10, 16).await;
    add(&store, "Cleo", 14, 16).await;
    add_daily_group(&store, "Baby Café", None).await;
    let lee = PersonInput {
        birthday: Some(BirthdayInput {
            month: 11,
            day: 15,
            year: None,
        }),
        ..PersonInput::named("Lee")
    };
    store
        .add_person(&lee, at(9, 0) - Duration::days(60), &London)
        .await
        .unwrap();
    let shown = Shown::default();
    // Last open on 11 November at 07:00, before anything was due; back at noon today.
    store
        .send_due_reminders(&shown, at(7, 0) - Duration::days(10), &London)
        .await
        .unwrap();
    assert!(shown.titles().is_empty());
    let round = store
        .send_due_reminders(&shown, at(12, 0), &London)
        .await
        .unwrap();
    assert_eq!(shown.titles(), ["3 people might love a hello"]);
    let summary = &round.sent[0];
    assert!(
        summary.body(Language::En).starts_with("Ana, Ben and Cleo."),
        "{}",
        summary.body(Language::En)
    );
    assert_eq!(summary.opens, Opens::Circle);
    assert_eq!(summary.keys.len(), 3);
    assert_eq!(sent_rows(&store).await, 3);
    // Tomorrow's 10:30 meeting is the next thing to wait for, at 09:30.
    assert_eq!(round.next_wake, Some(at(9, 30) + Duration::days(1)));
}

#[tokio::test]
async fn two_instances_claiming_the_same_reminder_show_it_once() {
    let (first, dir) = store().await;
    add(&first, "Ana", 7, 10).await;
    let second = Store::open(dir.path().join("village.db")).await.unwrap();
    let (a, b) = (Shown::default(), Shown::default());
    let (one, two) = tokio::join!(
        first.send_due_reminders(&a, at(10, 0), &London),
        second.send_due_reminders(&b, at(10, 0), &London),
    );
    let shown = one.unwrap().sent.len() + two.unwrap().sent.len();
    assert_eq!(shown, 1);
    assert_eq!(a.titles().len() + b.titles().len(), 1);
    assert_eq!(sent_rows(&first).await, 1);
}

#[tokio::test]
async fn a_reminder_the_device_would_not_show_is_tried_again() {
    let (store, _dir) = store().await;
    add(&store, "Ana", 7, 10).await;
    let round = store
        .send_due_reminders(&NoService, at(10, 0), &London)
        .await
        .unwrap();
    assert_eq!(round.undelivered.len(), 1);
    assert!(round.sent.is_empty());
    assert_eq!(sent_rows(&store).await, 0);
    let shown = Shown::default();
    store
        .send_due_reminders(&shown, at(10, 15), &London)
        .await
        .unwrap();
    assert_eq!(shown.titles(), ["Time to check in with Ana"]);
}

#[tokio::test]
async fn muted_people_and_groups_and_reminders_off_send_nothing() {
    let (store, _dir) = store().await;
    let ana = add(&store, "Ana", 7, 10).await;
    let cafe = add_daily_group(&store, "Baby Café", Some(120)).await;
    let ana = village_core::circle::PersonId::parse(&ana).unwrap();
    let cafe = village_core::groups::GroupId::parse(&cafe).unwrap();
    assert!(
        store
            .set_person_muted(&ana, true, at(9, 0))
            .await
            .unwrap()
            .muted
    );
    assert!(
        store
            .set_group_muted(&cafe, true, at(9, 0))
            .await
            .unwrap()
            .muted
    );
    let shown = Shown::default();
    store
        .send_due_reminders(&shown, at(10, 0), &London)
        .await
        .unwrap();
    assert!(shown.titles().is_empty());

    store.set_person_muted(&ana, false, at(9, 0)).await.unwrap();
    store.set_group_muted(&cafe, false, at(9, 0)).await.unwrap();
    let off = ReminderSettings {
        enabled: false,
        ..ReminderSettings::default()
    };
    store.set_reminder_settings(&off, at(9, 0)).await.unwrap();
    let round = store
        .send_due_reminders(&shown, at(10, 0), &London)
        .await
        .unwrap();
    assert!(shown.titles().is_empty());
    assert_eq!(round.next_wake, None);

    store
        .set_reminder_settings(&ReminderSettings::default(), at(9, 0))
        .await
        .unwrap();
    store
        .send_due_reminders(&shown, at(10, 0), &London)
        .await
        .unwrap();
    assert_eq!(
        shown.titles(),
        ["Time to check in with Ana", "Baby Café starts at 10:30 AM"]
    );
}

#[tokio::test]
async fn reminder_settings_are_stored_and_bad_ones_change_nothing() {
    let (store, _dir) = store().await;
    assert_eq!(
        store.reminder_settings().await.unwrap(),
        ReminderSettings::default()
    );
    let evening = ReminderSettings {
        enabled: true,
        time_of_day: NaiveTime::from_hms_opt(18, 30, 0).unwrap(),
    };
    store
        .set_reminder_settings(&evening, at(9, 0))
        .await
        .unwrap();
    let midnight = ReminderSettings {
        enabled: false,
        time_of_day: NaiveTime::MIN,
    };
    let err = store
        .set_reminder_settings(&midnight, at(9, 0))
        .await
        .unwrap_err();
    assert!(matches!(
        err,
        Error::Invalid {
            field: "time_of_day",
            ..
        }
    ));
    assert_eq!(store.settings().await.unwrap().reminders, evening);
    let off = QuietHours {
        enabled: false,
        ..QuietHours::default()
    };
    store.set_quiet_hours(&off, at(9, 0)).await.unwrap();
    assert!(!store.settings().await.unwrap().quiet_hours.enabled);
}

#[tokio::test]
async fn a_group_keeps_its_minutes_before_and_refuses_impossible_ones() {
    let (store, _dir) = store().await;
    let id = add_daily_group(&store, "Walk", Some(15)).await;
    let id = village_core::groups::GroupId::parse(&id).unwrap();
    assert_eq!(store.group(&id).await.unwrap().remind_minutes_before, 15);
    let mut input = GroupInput::named("Walk", ScheduleInput::weekly(&["mon"], "10:30", 60));
    for bad in [0, 4, 1441, -15] {
        input.remind_minutes_before = Some(bad);
        let err = store.update_group(&id, &input, at(9, 0), &London).await;
        assert!(
            matches!(
                err,
                Err(Error::Invalid {
                    field: "remind_minutes_before",
                    ..
                })
            ),
            "{bad}"
        );
    }
    assert_eq!(store.group(&id).await.unwrap().remind_minutes_before, 15);
    input.remind_minutes_before = None;
    let saved = store
        .update_group(&id, &input, at(9, 0), &London)
        .await
        .unwrap();
    assert_eq!(saved.remind_minutes_before, 60);
}

#[tokio::test]
async fn deleting_someone_forgets_the_reminders_sent_about_them() {
    let (store, _dir) = store().await;
    let ana = add(&store, "Ana", 7, 10).await;
    let cafe = add_daily_group(&store, "Baby Café", None).await;
    let shown = Shown::default();
    store
        .send_due_reminders(&shown, at(10, 0), &London)
        .await
        .unwrap();
    assert_eq!(sent_rows(&store).await, 2);
    let ana = village_core::circle::PersonId::parse(&ana).unwrap();
    store.delete_person(&ana).await.unwrap();
    assert_eq!(sent_rows(&store).await, 1);
    let cafe = village_core::groups::GroupId::parse(&cafe).unwrap();
    store.delete_group(&cafe).await.unwrap();
    assert_eq!(sent_rows(&store).await, 0);
}

#[tokio::test]
async fn the_upgrade_gives_existing_people_and_groups_reminders_an_hour_ahead() {
    let dir = tempfile::tempdir().unwrap();
    let path = {
        // The schema as it was before reminders: migrations 1 to 4.
        let (path, pool) = support::database_at_version(&dir, 4).await;
        sqlx::query(
            "INSERT INTO person (id, name, relationship, cadence_days, created_at, updated_at)
             VALUES ('0b5f0f7e-1111-4000-8000-000000000001', 'Ana', 'friend', 7,
                     '2026-11-01T09:00:00+00:00', '2026-11-01T09:00:00+00:00')",
        )
        .execute(&pool)
        .await
        .unwrap();
        sqlx::query(
            "INSERT INTO saved_group (id, name, kind, repeats, weekdays, on_date, start_time,
                                      duration_minutes, created_at, updated_at)
             VALUES ('0b5f0f7e-3333-4000-8000-000000000003', 'Baby Café', 'mom_and_baby',
                     'weekly', 127, '2026-10-01', '10:30', 60,
                     '2026-10-01T09:00:00+00:00', '2026-10-01T09:00:00+00:00')",
        )
        .execute(&pool)
        .await
        .unwrap();
        pool.close().await;
        path
    };
    let store = Store::open(&path).await.unwrap();
    assert!(store.schema_version().await.unwrap() >= 5);
    let people = store.circle_members().await.unwrap();
    assert!(!people[0].person.muted);
    let groups = store.groups(false).await.unwrap();
    assert_eq!(groups[0].remind_minutes_before, 60);
    assert!(!groups[0].muted);
    let shown = Shown::default();
    store
        .send_due_reminders(&shown, at(10, 0), &London)
        .await
        .unwrap();
    assert_eq!(
        shown.titles(),
        ["Time to check in with Ana", "Baby Café starts at 10:30 AM"]
    );
}

#[tokio::test]
async fn a_summary_with_one_reminder_already_claimed_is_refused_whole() {
    let (store, _dir) = store().await;
    let ana = village_core::circle::PersonId::new();
    let ben = village_core::circle::PersonId::new();
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
    let ana_key = ReminderKey::check_in(&ana, day);
    let ben_key = ReminderKey::check_in(&ben, day);
    assert!(
        store
            .claim_reminder(&about(vec![ana_key.clone()]), at(10, 0))
            .await
            .unwrap()
    );
    let summary = about(vec![ben_key, ana_key]);
    assert!(!store.claim_reminder(&summary, at(10, 0)).await.unwrap());
    assert_eq!(sent_rows(&store).await, 1, "no half of the summary is kept");
}

#[tokio::test]
async fn meeting_and_birthday_reminders_are_forgotten_once_past_but_check_ins_are_kept() {
    let (store, _dir) = store().await;
    let person = village_core::circle::PersonId::new();
    let group = village_core::groups::GroupId::new();
    let day = |d| chrono::NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
    for key in [
        ReminderKey::check_in(&person, day(1)),
        ReminderKey::birthday(&person, day(1)),
        ReminderKey::meeting(&group, at(10, 30) - Duration::days(5)),
        ReminderKey::meeting(&group, at(10, 30)),
    ] {
        assert!(
            store
                .claim_reminder(&about(vec![key]), at(9, 0))
                .await
                .unwrap()
        );
    }
    assert_eq!(store.forget_past_reminders(day(19)).await.unwrap(), 2);
    let left = store.reminder_outlook().await.unwrap().sent;
    assert!(left.contains(&ReminderKey::check_in(&person, day(1))));
    assert!(left.contains(&ReminderKey::meeting(&group, at(10, 30))));
    assert_eq!(left.len(), 2);
}

#[tokio::test]
async fn the_daily_nudge_on_a_real_file_comes_once_off_by_default_and_not_after_a_mood() {
    use village_core::journal::MoodNoteInput;
    use village_core::reminders::NudgeSettings;

    let (store, _dir) = store().await;
    let shown = Shown::default();
    // Off by default: her evening passes with nothing.
    assert!(!store.nudge_settings().await.unwrap().enabled);
    store
        .send_due_reminders(&shown, at(19, 30), &London)
        .await
        .unwrap();
    assert!(shown.titles().is_empty());

    let nudge = NudgeSettings {
        enabled: true,
        time_of_day: NaiveTime::from_hms_opt(19, 0, 0).unwrap(),
        skip_if_noted: true,
    };
    store.set_nudge_settings(&nudge, at(9, 0)).await.unwrap();
    assert_eq!(store.nudge_settings().await.unwrap(), nudge);
    assert_eq!(store.settings().await.unwrap().nudge, nudge);
    let round = store
        .send_due_reminders(&shown, at(18, 0), &London)
        .await
        .unwrap();
    assert!(shown.titles().is_empty());
    assert_eq!(round.next_wake, Some(at(19, 0)));
    for minute in [0, 1, 30] {
        store
            .send_due_reminders(&shown, at(19, minute), &London)
            .await
            .unwrap();
    }
    assert_eq!(shown.titles(), ["How are you today?"]);

    // The next day she notes a mood at lunch: the evening asks nothing.
    let sunday_lunch = at(13, 0) + Duration::days(1);
    store
        .add_mood_note(&MoodNoteInput::new(4, sunday_lunch), sunday_lunch, &London)
        .await
        .unwrap();
    store
        .send_due_reminders(&shown, at(19, 5) + Duration::days(1), &London)
        .await
        .unwrap();
    assert_eq!(shown.titles().len(), 1);

    // A night time is refused in words, and what she had stays.
    let night = NudgeSettings {
        time_of_day: NaiveTime::from_hms_opt(2, 0, 0).unwrap(),
        ..nudge
    };
    let refused = store.set_nudge_settings(&night, at(9, 0)).await;
    assert!(
        matches!(&refused, Err(Error::Invalid { reason, .. }) if reason.contains("06:00 and 22:00")),
        "{refused:?}"
    );
    assert_eq!(store.nudge_settings().await.unwrap(), nudge);
}

/// This process's resident memory in kB, from /proc (Linux); None elsewhere.
fn resident_kb() -> Option<u64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4)
}

#[tokio::test]
async fn sixty_days_of_rounds_announce_each_occasion_once_and_memory_stays_flat() {
    // From 09:00 in London: no clock change, the autumn one (25 October 2026), and the
    // spring one (28 March 2027).
    for (y, m, d) in [(2026, 11, 21), (2026, 10, 1), (2027, 3, 1)] {
        let start = London
            .with_ymd_and_hms(y, m, d, 9, 0, 0)
            .unwrap()
            .with_timezone(&Utc);
        sixty_days_from(start).await;
    }
}

async fn sixty_days_from(start: DateTime<Utc>) {
    use std::collections::HashMap;
    use village_core::circle::{NewCheckIn, PersonId};
    use village_core::reminders::ReminderKind;

    let (store, _dir) = store().await;
    let mut ids = Vec::new();
    for (name, cadence) in [("Cai", 1), ("Ana", 3), ("Ben", 7)] {
        let input = PersonInput::named(name).every_days(cadence);
        let person = store.add_person(&input, start, &London).await.unwrap();
        ids.push(person.id.to_string());
    }
    let [cai, ana, ben] = [&ids[0], &ids[1], &ids[2]];
    let cafe = add_daily_group(&store, "Baby Café", None).await;
    let shown = Shown::default();
    // Ends before 09:30 on day 60 by her clock, whichever side of a clock change it is.
    let end = start + Duration::days(60) - Duration::hours(2);
    let (mut now, mut rounds, mut memory) = (start, 0u32, Vec::new());
    while now < end {
        let round = store
            .send_due_reminders(&shown, now, &London)
            .await
            .unwrap();
        rounds += 1;
        // She calls everyone a check-in reminder names, there and then.
        for key in round.sent.iter().flat_map(|r| &r.keys) {
            if key.kind == ReminderKind::CheckIn {
                let person = PersonId::parse(&key.subject).unwrap();
                store
                    .log_check_in(&NewCheckIn::call(person, now), now)
                    .await
                    .unwrap();
            }
        }
        if rounds % 25 == 0 {
            memory.extend(resident_kb());
        }
        // As the app's task sleeps: until the next wake, never longer than 15 minutes.
        let longest = now + Duration::minutes(15);
        now = round
            .next_wake
            .map_or(longest, |wake| wake.min(longest))
            .max(now + Duration::seconds(1));
    }

    let mut times: HashMap<ReminderKey, u32> = HashMap::new();
    for reminder in shown.0.lock().unwrap().iter() {
        for key in &reminder.keys {
            *times.entry(key.clone()).or_default() += 1;
        }
    }
    let twice: Vec<_> = times.iter().filter(|(_, n)| **n > 1).collect();
    assert!(
        twice.is_empty(),
        "{start}: announced more than once: {twice:?}"
    );
    let count = |kind: ReminderKind, subject: &str| {
        times
            .keys()
            .filter(|k| k.kind == kind && k.subject == subject)
            .count()
    };
    // Her reminders come at 10:00 and the run ends before 09:30 on day 60: Cai on days 1 to
    // 59, Ana every third day to 57, Ben every seventh to 56; the café's 10:30 meeting every
    // day from day 0 to 59, each announced at 09:30.
    assert_eq!(count(ReminderKind::CheckIn, cai), 59, "{start}");
    assert_eq!(count(ReminderKind::CheckIn, ana), 19, "{start}");
    assert_eq!(count(ReminderKind::CheckIn, ben), 8, "{start}");
    assert_eq!(count(ReminderKind::Meeting, &cafe), 60, "{start}");
    assert!(rounds > 60 * 2, "{rounds} rounds");

    // Memory: the last samples no more than 8 MB above the first (SQLite's cache fills as the
    // file grows; a leak of a round's worth of reminders would climb past that in 5,000 rounds).
    if let (Some(first), Some(last)) = (memory.first(), memory.last()) {
        assert!(last.saturating_sub(*first) < 8 * 1024, "{memory:?}");
        eprintln!(
            "60 days from {start}: {rounds} rounds, {} reminders, resident memory {first} kB to {last} kB",
            shown.0.lock().unwrap().len()
        );
    }
    // Past meetings leave the table; what stays is one row per check-in occasion.
    assert!(sent_rows(&store).await < 100, "{}", sent_rows(&store).await);
    store.close().await;
}
