//! The circle on a real SQLite file: people, check-ins, the due list and what is refused.

// A test that cannot unwrap has failed; the panic names what was missing.
#![allow(clippy::unwrap_used)]

mod support;

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use support::{count, store};
use village_core::catalog::Language;
use village_core::circle::{
    BirthdayInput, CheckInKind, DueStatus, NewCheckIn, PersonId, PersonInput, Snooze,
};
use village_core::{Error, ErrorCode};

fn at(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, 0, 0).unwrap()
}

#[tokio::test]
async fn a_check_in_restarts_the_cadence() {
    let (store, _dir) = store().await;
    let start = at(2026, 3, 1, 9);
    let ana = store
        .add_person(&PersonInput::named("Ana").every_days(7), start, &Utc)
        .await
        .unwrap();
    let circle = store
        .circle(start + Duration::days(10), &Utc, false)
        .await
        .unwrap();
    assert_eq!(circle[0].status, DueStatus::Overdue(3));

    let later = start + Duration::days(9);
    store
        .log_check_in(&NewCheckIn::call(ana.id.clone(), later), later)
        .await
        .unwrap();
    let circle = store
        .circle(start + Duration::days(10), &Utc, false)
        .await
        .unwrap();
    assert_eq!(circle[0].person.id, ana.id);
    assert_eq!(circle[0].status, DueStatus::InDays(6));
    assert_eq!(circle[0].last_contact, Some(later));
}

#[tokio::test]
async fn a_person_reads_back_exactly_as_entered() {
    let (store, _dir) = store().await;
    let input = PersonInput {
        name: "  Zoë <b>Ö</b> 👩‍👧 ".into(),
        relationship: "mom_friend".into(),
        phone: "+1 (555) 010-2030".into(),
        email: "zoe@example.org".into(),
        reach: "WhatsApp after 8pm".into(),
        cadence_days: Some(14),
        birthday: Some(BirthdayInput {
            month: 2,
            day: 29,
            year: None,
        }),
        notes: "Met at the library baby group.\nHas twins.".into(),
        pinned: true,
        paused: false,
    };
    let zoe = store
        .add_person(&input, at(2026, 3, 1, 9), &Utc)
        .await
        .unwrap();
    let read = store.person(&zoe.id).await.unwrap();
    assert_eq!(read, zoe);
    assert_eq!(read.name, "Zoë <b>Ö</b> 👩‍👧");
    assert_eq!(read.cadence_days, Some(14));
    assert_eq!(read.birthday.unwrap().day, 29);
    assert!(read.pinned);
    assert_eq!(read.created_at, at(2026, 3, 1, 9));
}

#[tokio::test]
async fn deleting_a_person_takes_their_check_ins_with_them() {
    let (store, _dir) = store().await;
    let now = at(2026, 3, 1, 9);
    let ana = store
        .add_person(&PersonInput::named("Ana"), now, &Utc)
        .await
        .unwrap();
    let bea = store
        .add_person(&PersonInput::named("Bea"), now, &Utc)
        .await
        .unwrap();
    for days in 1..=3 {
        let when = now - Duration::days(days);
        store
            .log_check_in(&NewCheckIn::call(ana.id.clone(), when), now)
            .await
            .unwrap();
    }
    store
        .log_check_in(&NewCheckIn::call(bea.id.clone(), now), now)
        .await
        .unwrap();
    assert_eq!(count(&store, "check_in").await, 4);

    store.delete_person(&ana.id).await.unwrap();
    assert_eq!(count(&store, "check_in").await, 1);
    assert_eq!(count(&store, "person").await, 1);
    assert!(matches!(
        store.person(&ana.id).await,
        Err(Error::NotFound { .. })
    ));
    assert_eq!(store.count_check_ins(&bea.id).await.unwrap(), 1);
}

#[tokio::test]
async fn history_is_newest_first_whatever_order_it_was_logged_in() {
    let (store, _dir) = store().await;
    let now = at(2026, 3, 10, 9);
    let ana = store
        .add_person(&PersonInput::named("Ana"), now, &Utc)
        .await
        .unwrap();
    for day in [5, 9, 1, 7] {
        let mut new = NewCheckIn::call(ana.id.clone(), at(2026, 3, day, 12));
        new.kind = CheckInKind::Video;
        store.log_check_in(&new, now).await.unwrap();
    }
    let days: Vec<_> = store
        .check_ins(&ana.id, 10)
        .await
        .unwrap()
        .iter()
        .map(|c| c.happened_at)
        .collect();
    assert_eq!(
        days,
        [
            at(2026, 3, 9, 12),
            at(2026, 3, 7, 12),
            at(2026, 3, 5, 12),
            at(2026, 3, 1, 12)
        ]
    );
    assert_eq!(store.check_ins(&ana.id, 2).await.unwrap().len(), 2);
}

#[tokio::test]
async fn archived_people_leave_the_list_and_come_back_when_restored() {
    let (store, _dir) = store().await;
    let now = at(2026, 3, 1, 9);
    let ana = store
        .add_person(&PersonInput::named("Ana").every_days(1), now, &Utc)
        .await
        .unwrap();
    let later = now + Duration::days(5);
    store.set_archived(&ana.id, true, later).await.unwrap();
    assert!(store.circle(later, &Utc, false).await.unwrap().is_empty());
    let all = store.circle(later, &Utc, true).await.unwrap();
    assert_eq!(all[0].status, DueStatus::Archived);

    store.set_archived(&ana.id, false, later).await.unwrap();
    assert_eq!(
        store.circle(later, &Utc, false).await.unwrap()[0].status,
        DueStatus::Overdue(4)
    );
}

#[tokio::test]
async fn a_snooze_holds_until_the_next_check_in() {
    let (store, _dir) = store().await;
    let now = at(2026, 3, 1, 9);
    let ana = store
        .add_person(&PersonInput::named("Ana").every_days(7), now, &Utc)
        .await
        .unwrap();
    let later = now + Duration::days(10);
    let today = later.date_naive();
    store
        .snooze_person(&ana.id, Snooze::ForDays(3), today, later)
        .await
        .unwrap();
    let entry = &store.circle(later, &Utc, false).await.unwrap()[0];
    assert_eq!(entry.status, DueStatus::InDays(3));
    assert_eq!(entry.due_on, Some(today + Duration::days(3)));

    store
        .log_check_in(&NewCheckIn::call(ana.id.clone(), later), later)
        .await
        .unwrap();
    let ana = store.person(&ana.id).await.unwrap();
    assert_eq!(ana.snoozed_until, None);
}

#[tokio::test]
async fn bad_input_is_refused_with_a_sentence_and_nothing_is_stored() {
    let (store, _dir) = store().await;
    let now = at(2026, 3, 1, 9);
    let mut bad = vec![
        PersonInput::named(""),
        PersonInput::named("   \t "),
        PersonInput::named(&"n".repeat(200)),
        PersonInput::named("Ana").every_days(0),
        PersonInput::named("Ana").every_days(-1),
        PersonInput::named("Ana").every_days(10_000),
        PersonInput::named("Ana\0"),
    ];
    let mut unknown = PersonInput::named("Ana");
    unknown.relationship = "stranger".into();
    bad.push(unknown);
    let mut impossible = PersonInput::named("Ana");
    impossible.birthday = Some(BirthdayInput {
        month: 2,
        day: 31,
        year: Some(1990),
    });
    bad.push(impossible);
    for input in &bad {
        let err = store.add_person(input, now, &Utc).await.unwrap_err();
        assert_eq!(err.code(), ErrorCode::Invalid, "{input:?}");
        assert!(
            err.public_message(Language::En).ends_with('.'),
            "{}",
            err.public_message(Language::En)
        );
    }
    assert_eq!(count(&store, "person").await, 0);

    let ana = store
        .add_person(&PersonInput::named("Ana"), now, &Utc)
        .await
        .unwrap();
    for input in &bad {
        assert!(
            store
                .update_person(&ana.id, input, now, &Utc)
                .await
                .is_err()
        );
    }
    assert_eq!(store.person(&ana.id).await.unwrap(), ana);

    let future = NewCheckIn::call(ana.id.clone(), now + Duration::hours(1));
    assert_eq!(
        store.log_check_in(&future, now).await.unwrap_err().code(),
        ErrorCode::Invalid
    );
    let nobody = NewCheckIn::call(PersonId::new(), now);
    assert_eq!(
        store.log_check_in(&nobody, now).await.unwrap_err().code(),
        ErrorCode::NotFound
    );
    assert_eq!(count(&store, "check_in").await, 0);

    let too_long_note = NewCheckIn {
        note: "x".repeat(501),
        ..NewCheckIn::call(ana.id.clone(), now)
    };
    assert!(store.log_check_in(&too_long_note, now).await.is_err());
    let today = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
    assert!(
        store
            .snooze_person(&ana.id, Snooze::ForDays(0), today, now)
            .await
            .is_err()
    );
    assert_eq!(store.person(&ana.id).await.unwrap(), ana);
    assert_eq!(count(&store, "check_in").await, 0);
}

#[tokio::test]
async fn unknown_ids_are_not_found_for_every_operation() {
    let (store, _dir) = store().await;
    let now = at(2026, 3, 1, 9);
    let ghost = PersonId::new();
    let today = now.date_naive();
    let codes = [
        store.person(&ghost).await.unwrap_err().code(),
        store
            .update_person(&ghost, &PersonInput::named("Ana"), now, &Utc)
            .await
            .unwrap_err()
            .code(),
        store
            .set_archived(&ghost, true, now)
            .await
            .unwrap_err()
            .code(),
        store.delete_person(&ghost).await.unwrap_err().code(),
        store
            .snooze_person(&ghost, Snooze::ForDays(1), today, now)
            .await
            .unwrap_err()
            .code(),
    ];
    assert!(codes.iter().all(|c| *c == ErrorCode::NotFound), "{codes:?}");
    assert!(matches!(
        PersonId::parse("not-a-uuid"),
        Err(Error::NotFound { .. })
    ));
    assert!(matches!(
        PersonId::parse("1; DROP TABLE person"),
        Err(Error::NotFound { .. })
    ));
}

#[tokio::test]
async fn the_list_of_two_hundred_comes_from_one_query_in_due_order() {
    let (store, _dir) = store().await;
    let start = at(2026, 1, 1, 9);
    for i in 0..200 {
        let input = PersonInput::named(&format!("Person {i:03}")).every_days(i % 30 + 1);
        let person = store.add_person(&input, start, &Utc).await.unwrap();
        for k in 0..(i % 5) {
            let when = start + Duration::days(i % 60 + k);
            store
                .log_check_in(&NewCheckIn::call(person.id.clone(), when), when)
                .await
                .unwrap();
        }
    }
    let now = at(2026, 6, 1, 9);
    let circle = store.circle(now, &Utc, false).await.unwrap();
    assert_eq!(circle.len(), 200);
    let overdue: Vec<i64> = circle
        .iter()
        .map(|e| match e.status {
            DueStatus::Overdue(d) => d,
            other => panic!("everyone is overdue by June, got {other:?}"),
        })
        .collect();
    assert!(
        overdue.windows(2).all(|w| w[0] >= w[1]),
        "most overdue first"
    );
}

#[tokio::test]
async fn a_back_dated_check_in_leaves_a_snooze_in_place() {
    let (store, _dir) = store().await;
    let start = at(2026, 3, 1, 9);
    let ana = store
        .add_person(&PersonInput::named("Ana").every_days(7), start, &Utc)
        .await
        .unwrap();
    let now = start + Duration::days(10);
    store
        .log_check_in(
            &NewCheckIn::call(ana.id.clone(), now - Duration::days(2)),
            now,
        )
        .await
        .unwrap();
    store
        .snooze_person(&ana.id, Snooze::ForDays(7), now.date_naive(), now)
        .await
        .unwrap();
    // Last month's coffee, logged now: older than the latest contact, so the snooze stays.
    store
        .log_check_in(
            &NewCheckIn::call(ana.id.clone(), now - Duration::days(20)),
            now,
        )
        .await
        .unwrap();
    assert!(store.person(&ana.id).await.unwrap().snoozed_until.is_some());
    store
        .log_check_in(&NewCheckIn::call(ana.id.clone(), now), now)
        .await
        .unwrap();
    assert_eq!(store.person(&ana.id).await.unwrap().snoozed_until, None);
}

#[tokio::test]
async fn a_birthday_today_is_today_in_her_time_zone() {
    let (store, _dir) = store().await;
    // 07:00 on 5 March in Auckland is still 4 March in UTC.
    let now = at(2026, 3, 4, 18);
    let auckland = chrono::FixedOffset::east_opt(13 * 3600).unwrap();
    let mut input = PersonInput::named("Baby Aroha");
    input.birthday = Some(BirthdayInput {
        month: 3,
        day: 5,
        year: Some(2026),
    });
    assert!(
        store.add_person(&input, now, &Utc).await.is_err(),
        "tomorrow in UTC"
    );
    assert!(
        store.add_person(&input, now, &auckland).await.is_ok(),
        "today in Auckland"
    );
}
