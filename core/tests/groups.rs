//! Groups on a real SQLite file: saving, the overview, "I went" with a mood after, the calendar,
//! what is refused, and the upgrade that made check-ins able to belong to a group.

// A test that cannot unwrap has failed; the panic names what was missing.
#![allow(clippy::unwrap_used)]

mod support;

use chrono::{DateTime, TimeZone, Utc};
use chrono_tz::Europe::London;
use support::{count, store};
use village_core::catalog::Language;
use village_core::circle::CheckInKind;
use village_core::groups::{AttendInput, GroupInput, GroupKind, Schedule, ScheduleInput};
use village_core::journal::JournalFilter;
use village_core::{Error, ErrorCode, Store};

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap()
}

/// Saturday 21 November 2026, 09:00 in London (GMT, so UTC too).
fn now() -> DateTime<Utc> {
    at(2026, 11, 21, 9, 0)
}

/// Tuesdays and Saturdays at 10:00 for 90 minutes, since January.
fn tuesday_mums() -> GroupInput {
    let mut input = GroupInput::named(
        "Tuesday Mums",
        ScheduleInput::weekly(&["tue", "sat"], "10:00", 90).starting("2026-01-06"),
    );
    input.place = "St Mary's Hall, 4 Church Lane".into();
    input
}

fn went(group_id: &str, start: Option<DateTime<Utc>>, mood: Option<i64>) -> AttendInput {
    AttendInput {
        group_id: group_id.to_owned(),
        meeting_start: start,
        mood_after: mood,
        note: String::new(),
    }
}

#[tokio::test]
async fn a_saved_group_comes_back_with_its_schedule_and_next_meeting() {
    let (store, _dir) = store().await;
    let group = store
        .add_group(&tuesday_mums(), now(), &London)
        .await
        .unwrap();
    let again = store.group(&group.id).await.unwrap();
    assert_eq!(again, group);
    assert_eq!(again.kind, GroupKind::MomAndBaby);
    assert_eq!(
        ScheduleInput::from(&again.schedule),
        ScheduleInput::weekly(&["tue", "sat"], "10:00", 90).starting("2026-01-06")
    );
    let overview = store.groups_overview(now(), &London, false).await.unwrap();
    let entry = &overview.groups[0];
    assert_eq!(entry.next.unwrap().start, at(2026, 11, 21, 10, 0));
    // Today's, then Tuesday 24, Saturday 28, Tuesday 1 December: four in the next 14 days;
    // Saturday 5 December at 10:00 is just past them.
    let starts: Vec<_> = overview.upcoming.iter().map(|m| m.meeting.start).collect();
    assert_eq!(
        starts,
        [
            at(2026, 11, 21, 10, 0),
            at(2026, 11, 24, 10, 0),
            at(2026, 11, 28, 10, 0),
            at(2026, 12, 1, 10, 0),
        ]
    );
    // Last Tuesday's and Saturday's are waiting to be marked, newest first.
    let recent: Vec<_> = overview.recent.iter().map(|m| m.meeting.start).collect();
    assert_eq!(
        recent,
        [
            at(2026, 11, 17, 10, 0),
            at(2026, 11, 14, 10, 0),
            at(2026, 11, 10, 10, 0),
            at(2026, 11, 7, 10, 0)
        ]
    );
}

#[tokio::test]
async fn edits_count_up_the_revision_and_archiving_hides_the_meetings() {
    let (store, _dir) = store().await;
    let group = store
        .add_group(&tuesday_mums(), now(), &London)
        .await
        .unwrap();
    assert_eq!(group.revision, 0);
    let mut changed = tuesday_mums();
    changed.name = "Tuesday Mums & Bubs".into();
    changed.schedule = ScheduleInput {
        repeats: "monthly".into(),
        weekdays: vec!["tue".into()],
        nth: Some(2),
        date: None,
        time: Some("10:30".into()),
        duration_minutes: Some(60),
    };
    let edited = store
        .update_group(&group.id, &changed, now(), &London)
        .await
        .unwrap();
    assert_eq!(edited.revision, 1);
    assert_eq!(edited.name, "Tuesday Mums & Bubs");
    assert_eq!(
        edited.schedule.words(Language::En),
        "The 2nd Tuesday of each month at 10:30 AM, for 1 hour"
    );
    let archived = store
        .set_group_archived(&group.id, true, now())
        .await
        .unwrap();
    assert!(archived.archived_at.is_some());
    let overview = store.groups_overview(now(), &London, false).await.unwrap();
    assert!(overview.groups.is_empty());
    assert!(overview.upcoming.is_empty());
    let with_archived = store.groups_overview(now(), &London, true).await.unwrap();
    assert_eq!(with_archived.groups.len(), 1);
    assert_eq!(with_archived.groups[0].next, None);
    assert!(with_archived.upcoming.is_empty());
    let err = store
        .calendar(
            Some(&group.id),
            now(),
            &London,
            "Europe/London",
            Language::En,
        )
        .await
        .unwrap_err();
    assert!(err.public_message(Language::En).contains("archived"));
    store
        .set_group_archived(&group.id, false, now())
        .await
        .unwrap();
    assert_eq!(
        store
            .groups_overview(now(), &London, false)
            .await
            .unwrap()
            .groups
            .len(),
        1
    );
}

#[tokio::test]
async fn i_went_logs_a_check_in_at_the_group_and_a_mood_note_tagged_with_it() {
    let (store, _dir) = store().await;
    let group = store
        .add_group(&tuesday_mums(), now(), &London)
        .await
        .unwrap();
    let tuesday = at(2026, 11, 17, 10, 0);
    let mut input = went(group.id.as_str(), Some(tuesday), Some(4));
    input.note = "Met Priya, whose baby is the same age".into();
    let attendance = store.attend_meeting(&input, now(), &London).await.unwrap();
    assert_eq!(attendance.check_in.kind, CheckInKind::MetAtGroup);
    assert_eq!(attendance.check_in.group_id.as_ref(), Some(&group.id));
    assert_eq!(attendance.check_in.person_id, None);
    assert_eq!(attendance.check_in.happened_at, tuesday);
    assert_eq!(attendance.meeting_start, Some(tuesday));
    assert_eq!(attendance.mood_after, Some(4));

    let notes = store
        .timeline(&JournalFilter::default(), None, 10)
        .await
        .unwrap();
    assert_eq!(notes.items.len(), 1);
    assert_eq!(notes.items[0].mood, 4);
    assert_eq!(notes.items[0].tags, ["Tuesday Mums"]);
    assert_eq!(notes.items[0].note, "Met Priya, whose baby is the same age");

    let page = store.group_page(&group.id, now(), &London).await.unwrap();
    assert_eq!(page.total_attendance, 1);
    assert_eq!(page.attendance[0].mood_after, Some(4));
    assert_eq!(page.entry.last_attended, Some(tuesday));
    let marked = page
        .recent
        .iter()
        .find(|m| m.meeting.start == tuesday)
        .unwrap();
    assert!(marked.attended);
    let overview = store.groups_overview(now(), &London, false).await.unwrap();
    assert!(overview.recent.iter().all(|m| m.meeting.start != tuesday));

    // Once only.
    let again = store
        .attend_meeting(
            &went(group.id.as_str(), Some(tuesday), None),
            now(),
            &London,
        )
        .await
        .unwrap_err();
    assert_eq!(again.code(), ErrorCode::Conflict);
    assert_eq!(count(&store, "check_in").await, 1);
    assert_eq!(count(&store, "mood_note").await, 1);
}

#[tokio::test]
async fn i_went_without_a_mood_writes_no_note() {
    let (store, _dir) = store().await;
    let group = store
        .add_group(&tuesday_mums(), now(), &London)
        .await
        .unwrap();
    let attendance = store
        .attend_meeting(
            &went(group.id.as_str(), Some(at(2026, 11, 14, 10, 0)), None),
            now(),
            &London,
        )
        .await
        .unwrap();
    assert_eq!(attendance.mood_after, None);
    assert_eq!(count(&store, "mood_note").await, 0);
}

#[tokio::test]
async fn a_meeting_can_be_marked_once_it_starts_and_only_if_the_group_meets_then() {
    let (store, _dir) = store().await;
    let group = store
        .add_group(&tuesday_mums(), now(), &London)
        .await
        .unwrap();
    let id = group.id.as_str();
    let cases = [
        // Today's starts at 10:00; it is 09:00.
        (Some(at(2026, 11, 21, 10, 0)), "hasn't started"),
        (Some(at(2026, 11, 24, 10, 0)), "hasn't started"),
        // A Wednesday, and a Tuesday at the wrong time.
        (Some(at(2026, 11, 18, 10, 0)), "doesn't meet"),
        (Some(at(2026, 11, 17, 11, 0)), "doesn't meet"),
        // Before the schedule began, and too long ago.
        (Some(at(2025, 12, 30, 10, 0)), "doesn't meet"),
        // 10:00 in London in September is 09:00 UTC.
        (Some(at(2026, 9, 1, 9, 0)), "too long ago"),
    ];
    for (start, words) in cases {
        let err = store
            .attend_meeting(&went(id, start, Some(3)), now(), &London)
            .await
            .unwrap_err();
        assert_eq!(err.code(), ErrorCode::Invalid, "{start:?}");
        assert!(
            err.public_message(Language::En).contains(words),
            "{start:?}: {err}"
        );
    }
    for mood in [0, 6, -1, i64::MAX] {
        let err = store
            .attend_meeting(
                &went(id, Some(at(2026, 11, 17, 10, 0)), Some(mood)),
                now(),
                &London,
            )
            .await
            .unwrap_err();
        assert!(
            matches!(
                err,
                Error::Invalid {
                    field: "mood_after",
                    ..
                }
            ),
            "{mood}"
        );
    }
    let mut nul = went(id, Some(at(2026, 11, 17, 10, 0)), Some(3));
    nul.note = "fine\0".into();
    assert_eq!(
        store
            .attend_meeting(&nul, now(), &London)
            .await
            .unwrap_err()
            .code(),
        ErrorCode::Invalid
    );
    for ghost in ["not-an-id", "7a1f3c7e-0000-4000-8000-000000000000"] {
        let err = store
            .attend_meeting(&went(ghost, None, None), now(), &London)
            .await
            .unwrap_err();
        assert_eq!(err.code(), ErrorCode::NotFound, "{ghost}");
    }
    // Nothing was written by any of them.
    assert_eq!(count(&store, "check_in").await, 0);
    assert_eq!(count(&store, "mood_note").await, 0);
}

#[tokio::test]
async fn a_group_with_no_fixed_time_is_marked_for_now() {
    let (store, _dir) = store().await;
    let mut input = GroupInput::named(
        "Night-feed chat",
        ScheduleInput {
            repeats: "none".into(),
            ..ScheduleInput::default()
        },
    );
    input.kind = "online_community".into();
    input.link = "https://example.org/night-feeds".into();
    let group = store.add_group(&input, now(), &London).await.unwrap();
    assert_eq!(group.schedule, Schedule::NoFixedTime);
    let attendance = store
        .attend_meeting(&went(group.id.as_str(), None, Some(5)), now(), &London)
        .await
        .unwrap();
    assert_eq!(attendance.check_in.happened_at, now());
    assert_eq!(attendance.meeting_start, None);
    let err = store
        .attend_meeting(&went(group.id.as_str(), Some(now()), None), now(), &London)
        .await
        .unwrap_err();
    assert!(
        err.public_message(Language::En)
            .contains("no set meeting times")
    );
    let calendar = store
        .calendar(
            Some(&group.id),
            now(),
            &London,
            "Europe/London",
            Language::En,
        )
        .await
        .unwrap_err();
    assert!(
        calendar
            .public_message(Language::En)
            .contains("no meeting times")
    );
}

#[tokio::test]
async fn deleting_a_group_takes_its_attendance_but_leaves_her_journal() {
    let (store, _dir) = store().await;
    let group = store
        .add_group(&tuesday_mums(), now(), &London)
        .await
        .unwrap();
    store
        .attend_meeting(
            &went(group.id.as_str(), Some(at(2026, 11, 17, 10, 0)), Some(2)),
            now(),
            &London,
        )
        .await
        .unwrap();
    store.delete_group(&group.id).await.unwrap();
    assert_eq!(count(&store, "saved_group").await, 0);
    assert_eq!(count(&store, "check_in").await, 0);
    assert_eq!(count(&store, "mood_note").await, 1);
    assert_eq!(
        store.group(&group.id).await.unwrap_err().code(),
        ErrorCode::NotFound
    );
    assert_eq!(
        store.delete_group(&group.id).await.unwrap_err().code(),
        ErrorCode::NotFound
    );
}

#[tokio::test]
async fn bad_groups_are_refused_and_nothing_is_stored() {
    let (store, _dir) = store().await;
    let mut bad = Vec::new();
    let mut no_day = tuesday_mums();
    no_day.schedule.weekdays.clear();
    bad.push(no_day);
    let mut late = tuesday_mums();
    late.schedule.time = Some("25:00".into());
    bad.push(late);
    let mut long = tuesday_mums();
    long.schedule.duration_minutes = Some(24 * 60 + 1);
    bad.push(long);
    for link in ["javascript:alert(1)", "file:///home"] {
        let mut input = tuesday_mums();
        input.link = link.into();
        bad.push(input);
    }
    let mut html = tuesday_mums();
    html.notes = "<img src=x onerror=alert(1)>".into();
    bad.push(html);
    for input in &bad {
        let err = store.add_group(input, now(), &London).await.unwrap_err();
        assert_eq!(err.code(), ErrorCode::Invalid, "{input:?}");
    }
    assert_eq!(count(&store, "saved_group").await, 0);
    // An edit that fails leaves the group as it was.
    let group = store
        .add_group(&tuesday_mums(), now(), &London)
        .await
        .unwrap();
    for input in &bad {
        store
            .update_group(&group.id, input, now(), &London)
            .await
            .unwrap_err();
    }
    assert_eq!(store.group(&group.id).await.unwrap(), group);
}

#[tokio::test]
async fn the_calendar_holds_every_active_group_with_a_time() {
    let (store, _dir) = store().await;
    let tuesday = store
        .add_group(&tuesday_mums(), now(), &London)
        .await
        .unwrap();
    let mut class = GroupInput::named(
        "Baby massage",
        ScheduleInput {
            repeats: "once".into(),
            date: Some("2026-12-05".into()),
            time: Some("14:00".into()),
            duration_minutes: Some(60),
            ..ScheduleInput::default()
        },
    );
    class.kind = "class".into();
    let class = store.add_group(&class, now(), &London).await.unwrap();
    let old = store
        .add_group(
            &GroupInput::named("Old group", ScheduleInput::weekly(&["mon"], "10:00", 60)),
            now(),
            &London,
        )
        .await
        .unwrap();
    store
        .set_group_archived(&old.id, true, now())
        .await
        .unwrap();
    let ics = store
        .calendar(None, now(), &London, "Europe/London", Language::En)
        .await
        .unwrap();
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 2);
    assert!(ics.contains(&format!("UID:{}@village.app", tuesday.id)));
    assert!(ics.contains(&format!("UID:{}@village.app", class.id)));
    assert!(!ics.contains(&old.id.to_string()));
    assert!(ics.contains("DTSTART;TZID=Europe/London:20260106T100000"));
    let one = store
        .calendar(
            Some(&class.id),
            now(),
            &London,
            "Europe/London",
            Language::En,
        )
        .await
        .unwrap();
    assert_eq!(one.matches("BEGIN:VEVENT").count(), 1);
    assert!(one.contains("SUMMARY:Baby massage"));
}

#[tokio::test]
async fn the_upgrade_keeps_every_check_in_from_before_groups() {
    let dir = tempfile::tempdir().unwrap();
    let path = {
        // The schema as it was before groups: migrations 1 to 3.
        let (path, pool) = support::database_at_version(&dir, 3).await;
        sqlx::query(
            "INSERT INTO person (id, name, relationship, created_at, updated_at)
             VALUES ('0b5f0f7e-1111-4000-8000-000000000001', 'Ana', 'friend',
                     '2026-01-01T09:00:00+00:00', '2026-01-01T09:00:00+00:00')",
        )
        .execute(&pool)
        .await
        .unwrap();
        sqlx::query(
            "INSERT INTO check_in (id, person_id, happened_at, kind, note, created_at, updated_at)
             VALUES ('0b5f0f7e-2222-4000-8000-000000000002', '0b5f0f7e-1111-4000-8000-000000000001',
                     '2026-02-01T09:00:00+00:00', 'call', 'Long chat', '2026-02-01T09:00:00+00:00',
                     '2026-02-01T09:00:00+00:00')",
        )
        .execute(&pool)
        .await
        .unwrap();
        pool.close().await;
        path
    };
    let store = Store::open(&path).await.unwrap();
    assert!(store.schema_version().await.unwrap() >= 4);
    let person =
        village_core::circle::PersonId::parse("0b5f0f7e-1111-4000-8000-000000000001").unwrap();
    let check_ins = store.check_ins(&person, 10).await.unwrap();
    assert_eq!(check_ins.len(), 1);
    assert_eq!(check_ins[0].note, "Long chat");
    assert_eq!(check_ins[0].kind, CheckInKind::Call);
    assert_eq!(check_ins[0].person_id.as_ref(), Some(&person));
    assert_eq!(check_ins[0].group_id, None);
    // The person still cascades to their check-ins through the rebuilt table.
    store.delete_person(&person).await.unwrap();
    assert_eq!(count(&store, "check_in").await, 0);
    // And a person's check-in still needs its person.
    let err = store
        .log_check_in(
            &village_core::circle::NewCheckIn::call(person, now()),
            now(),
        )
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound);
}
