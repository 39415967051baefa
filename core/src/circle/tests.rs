//! The due rules, at fixed instants in fixed time zones.

use chrono::{Duration, FixedOffset, NaiveDate, TimeZone, Utc};
use proptest::prelude::*;

use super::*;

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap()
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn person(cadence: Option<u32>, created_at: DateTime<Utc>) -> Person {
    Person {
        id: PersonId::new(),
        name: "Ana".into(),
        relationship: Relationship::Friend,
        phone: String::new(),
        email: String::new(),
        reach: String::new(),
        cadence_days: cadence,
        birthday: None,
        notes: String::new(),
        pinned: false,
        paused: false,
        muted: false,
        snoozed_until: None,
        archived_at: None,
        created_at,
        updated_at: created_at,
    }
}

const UTC: Utc = Utc;

#[test]
fn with_no_check_in_it_counts_from_when_she_added_them() {
    let ana = person(Some(7), at(2026, 3, 1, 9, 0));
    assert_eq!(
        due_status(&ana, None, at(2026, 3, 4, 12, 0), &UTC),
        DueStatus::InDays(4)
    );
    assert_eq!(
        due_status(&ana, None, at(2026, 3, 8, 12, 0), &UTC),
        DueStatus::DueToday
    );
    assert_eq!(
        due_status(&ana, None, at(2026, 3, 11, 12, 0), &UTC),
        DueStatus::Overdue(3)
    );
}

#[test]
fn a_check_in_restarts_the_cadence() {
    let ana = person(Some(7), at(2026, 3, 1, 9, 0));
    let call = at(2026, 3, 10, 9, 0);
    assert_eq!(
        due_status(&ana, Some(call), at(2026, 3, 11, 9, 0), &UTC),
        DueStatus::InDays(6)
    );
}

#[test]
fn without_a_cadence_nobody_is_ever_due() {
    let ana = person(None, at(2020, 1, 1, 0, 0));
    assert_eq!(
        due_status(&ana, None, at(2026, 3, 1, 9, 0), &UTC),
        DueStatus::NoCadence
    );
    assert!(!DueStatus::NoCadence.is_due());
}

#[test]
fn the_latest_check_in_counts_even_when_an_older_one_is_logged_later() {
    let recent = at(2026, 3, 10, 9, 0);
    let back_dated = at(2026, 2, 1, 9, 0);
    assert_eq!(last_contact([&recent, &back_dated]), Some(recent));
    let ana = person(Some(7), at(2026, 1, 1, 9, 0));
    assert_eq!(
        due_status(
            &ana,
            last_contact([&recent, &back_dated]),
            at(2026, 3, 12, 9, 0),
            &UTC
        ),
        DueStatus::InDays(5)
    );
}

#[test]
fn a_back_dated_check_in_can_leave_someone_still_due() {
    let ana = person(Some(7), at(2026, 1, 1, 9, 0));
    let long_ago = at(2026, 2, 1, 9, 0);
    assert_eq!(
        due_status(&ana, Some(long_ago), at(2026, 3, 1, 9, 0), &UTC),
        DueStatus::Overdue(21)
    );
}

#[test]
fn a_snooze_pushes_the_due_date_but_never_pulls_it_earlier() {
    let mut ana = person(Some(7), at(2026, 3, 1, 9, 0));
    let now = at(2026, 3, 12, 9, 0);
    ana.snoozed_until = Some(date(2026, 3, 15));
    assert_eq!(due_status(&ana, None, now, &UTC), DueStatus::InDays(3));
    ana.snoozed_until = Some(date(2026, 3, 5));
    assert_eq!(due_status(&ana, None, now, &UTC), DueStatus::Overdue(4));
}

#[test]
fn paused_and_archived_people_are_never_due() {
    let mut ana = person(Some(1), at(2025, 1, 1, 9, 0));
    let now = at(2026, 3, 1, 9, 0);
    ana.paused = true;
    assert_eq!(due_status(&ana, None, now, &UTC), DueStatus::Paused);
    ana.paused = false;
    ana.archived_at = Some(now);
    assert_eq!(due_status(&ana, None, now, &UTC), DueStatus::Archived);
}

#[test]
fn a_new_cadence_applies_from_the_last_contact() {
    let mut ana = person(Some(30), at(2026, 1, 1, 9, 0));
    let call = at(2026, 3, 1, 9, 0);
    let now = at(2026, 3, 10, 9, 0);
    assert_eq!(
        due_status(&ana, Some(call), now, &UTC),
        DueStatus::InDays(21)
    );
    ana.cadence_days = Some(7);
    assert_eq!(
        due_status(&ana, Some(call), now, &UTC),
        DueStatus::Overdue(2)
    );
}

#[test]
fn at_the_boundary_days_turn_at_her_local_midnight() {
    // She lives at UTC-5: a call at 23:30 local on 1 March is 04:30 UTC on 2 March.
    let tz = FixedOffset::west_opt(5 * 3600).unwrap();
    let ana = person(Some(7), at(2026, 1, 1, 9, 0));
    let call = at(2026, 3, 2, 4, 30);
    assert_eq!(due_on(&ana, Some(call), &tz), Some(date(2026, 3, 8)));
    // One minute before her midnight on the 7th: tomorrow. At midnight: today.
    assert_eq!(
        due_status(&ana, Some(call), at(2026, 3, 8, 4, 59), &tz),
        DueStatus::InDays(1)
    );
    assert_eq!(
        due_status(&ana, Some(call), at(2026, 3, 8, 5, 0), &tz),
        DueStatus::DueToday
    );
    assert_eq!(
        due_status(&ana, Some(call), at(2026, 3, 9, 5, 0), &tz),
        DueStatus::Overdue(1)
    );
}

#[test]
fn a_check_in_logged_exactly_when_due_restarts_the_count() {
    let ana = person(Some(7), at(2026, 3, 1, 0, 0));
    let due_instant = at(2026, 3, 8, 0, 0);
    assert_eq!(
        due_status(&ana, None, due_instant, &UTC),
        DueStatus::DueToday
    );
    assert_eq!(
        due_status(&ana, Some(due_instant), due_instant, &UTC),
        DueStatus::InDays(7)
    );
}

#[test]
fn words_are_plain_and_never_a_debt() {
    use crate::catalog::Language::{En, Es};
    let say = |status: DueStatus, language| status.words().render(language);
    assert_eq!(say(DueStatus::Overdue(3), En), "might love a hello");
    assert_eq!(say(DueStatus::Overdue(1), En), "might love a hello");
    assert_eq!(say(DueStatus::DueToday, En), "a good day to say hello");
    assert_eq!(say(DueStatus::InDays(4), En), "in 4 days");
    assert_eq!(say(DueStatus::InDays(1), En), "tomorrow");
    assert_eq!(say(DueStatus::Overdue(3), Es), "le encantaría saber de ti");
    assert_eq!(say(DueStatus::DueToday, Es), "buen día para saludar");
    assert_eq!(say(DueStatus::InDays(4), Es), "en 4 días");
    assert_eq!(say(DueStatus::InDays(1), Es), "mañana");
}

#[test]
fn someone_overdue_reads_when_she_was_last_in_touch_in_rounder_numbers() {
    use crate::catalog::Language::{En, Es};
    let said = |days: i64, language| last_in_touch(days).render(language);
    assert_eq!(said(1, En), "last in touch yesterday");
    assert_eq!(said(5, En), "last in touch 5 days ago");
    assert_eq!(said(13, En), "last in touch 13 days ago");
    assert_eq!(said(14, En), "last in touch 2 weeks ago");
    assert_eq!(said(59, En), "last in touch 8 weeks ago");
    assert_eq!(said(60, En), "last in touch 2 months ago");
    assert_eq!(said(400, En), "last in touch over a year ago");
    assert_eq!(said(1, Es), "último contacto: ayer");
    assert_eq!(said(5, Es), "último contacto hace 5 días");
    assert_eq!(said(21, Es), "último contacto hace 3 semanas");
    assert_eq!(said(90, Es), "último contacto hace 3 meses");
    assert_eq!(said(400, Es), "último contacto hace más de un año");

    // Ana, weekly, last called ten days ago: overdue by three, and said by the call.
    let now = at(2026, 3, 11, 9, 0);
    let ana = person(Some(7), at(2026, 1, 1, 9, 0));
    let called = at(2026, 3, 1, 18, 0);
    let entry = CircleEntry::new(ana.clone(), Some(called), now, &Utc);
    assert_eq!(entry.status, DueStatus::Overdue(3));
    assert_eq!(
        entry.words(now, &Utc).render(En),
        "last in touch 10 days ago"
    );
    // Never in touch: nothing to count, only an invitation.
    let never = CircleEntry::new(ana, None, now, &Utc);
    assert_eq!(never.words(now, &Utc).render(En), "might love a hello");
}

#[test]
fn the_list_puts_the_most_overdue_first_then_today_then_soonest() {
    let now = at(2026, 3, 20, 9, 0);
    let make = |name: &str, created: DateTime<Utc>, cadence: Option<u32>, pinned: bool| {
        let mut p = person(cadence, created);
        p.name = name.into();
        p.pinned = pinned;
        CircleEntry::new(p, None, now, &UTC)
    };
    let mut entries = vec![
        make("Upcoming far", at(2026, 3, 19, 9, 0), Some(30), false),
        make("No cadence", at(2026, 1, 1, 9, 0), None, false),
        make("Today", at(2026, 3, 13, 9, 0), Some(7), false),
        make("Overdue 2", at(2026, 3, 11, 9, 0), Some(7), false),
        make("Upcoming soon", at(2026, 3, 19, 9, 0), Some(3), false),
        make("Overdue 10", at(2026, 3, 3, 9, 0), Some(7), false),
        make("Bea pinned today", at(2026, 3, 13, 9, 0), Some(7), true),
    ];
    sort_circle(&mut entries);
    let names: Vec<&str> = entries.iter().map(|e| e.person.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Overdue 10",
            "Overdue 2",
            "Bea pinned today",
            "Today",
            "Upcoming soon",
            "Upcoming far",
            "No cadence"
        ]
    );
}

#[test]
fn snoozing_needs_a_day_after_today_within_a_year() {
    let today = date(2026, 3, 1);
    assert_eq!(Snooze::ForDays(3).until(today).unwrap(), date(2026, 3, 4));
    assert_eq!(
        Snooze::Until(date(2026, 3, 9)).until(today).unwrap(),
        date(2026, 3, 9)
    );
    for bad in [
        Snooze::ForDays(0),
        Snooze::ForDays(-1),
        Snooze::ForDays(400),
        Snooze::Until(today),
        Snooze::Until(date(2026, 2, 1)),
        Snooze::Until(date(2028, 1, 1)),
    ] {
        assert!(bad.until(today).is_err(), "{bad:?}");
    }
}

#[test]
fn person_input_is_checked_field_by_field() {
    let today = date(2026, 3, 1);
    let ok = PersonInput::named("  Ana  ")
        .every_days(7)
        .validate(today)
        .unwrap();
    assert_eq!(ok.name, "Ana");
    assert_eq!(ok.cadence_days, Some(7));

    let field_of = |input: PersonInput| match input.validate(today) {
        Err(Error::Invalid { field, .. }) => field,
        other => panic!("expected a refusal, got {other:?}"),
    };
    assert_eq!(field_of(PersonInput::named("")), "name");
    assert_eq!(field_of(PersonInput::named("   ")), "name");
    assert_eq!(field_of(PersonInput::named(&"a".repeat(200))), "name");
    for days in [0, -1, 366, 10_000] {
        assert_eq!(
            field_of(PersonInput::named("Ana").every_days(days)),
            "cadence_days"
        );
    }
    let mut input = PersonInput::named("Ana");
    input.relationship = "frenemy".into();
    assert_eq!(field_of(input), "relationship");
    let mut input = PersonInput::named("Ana");
    input.phone = "call me".into();
    assert_eq!(field_of(input), "phone");
    let mut input = PersonInput::named("Ana");
    input.email = "ana@".into();
    assert_eq!(field_of(input), "email");
    for (month, day, year) in [
        (2, 30, None),
        (13, 1, None),
        (2, 29, Some(2026)),
        (1, 1, Some(2030)),
        (0, 0, None),
    ] {
        let mut input = PersonInput::named("Ana");
        input.birthday = Some(BirthdayInput { month, day, year });
        assert_eq!(field_of(input), "birthday", "{month}/{day}/{year:?}");
    }
    let mut input = PersonInput::named("Ana");
    input.birthday = Some(BirthdayInput {
        month: 2,
        day: 29,
        year: None,
    });
    assert!(input.validate(today).is_ok());
}

#[test]
fn markup_in_a_name_is_kept_as_plain_text() {
    let name = "<img src=x onerror=alert(1)>";
    let ok = PersonInput::named(name).validate(date(2026, 3, 1)).unwrap();
    assert_eq!(ok.name, name);
}

#[test]
fn a_birthday_on_29_february_falls_on_28_february_in_other_years() {
    let b = Birthday::new(2, 29, None, date(2026, 1, 1)).unwrap();
    assert_eq!(b.next_on_or_after(date(2026, 1, 1)), date(2026, 2, 28));
    assert_eq!(b.next_on_or_after(date(2027, 3, 1)), date(2028, 2, 29));
}

#[test]
fn a_future_check_in_is_refused() {
    let now = at(2026, 3, 1, 9, 0);
    let id = PersonId::new();
    let future = NewCheckIn::call(id.clone(), now + Duration::minutes(1));
    assert!(matches!(
        future.validate(now),
        Err(Error::Invalid {
            field: "happened_at",
            ..
        })
    ));
    assert!(NewCheckIn::call(id, now).validate(now).is_ok());
}

proptest! {
    /// Whatever her cadence, history, snooze and time zone, logging a check-in now means the
    /// person is not due.
    #[test]
    fn a_check_in_logged_now_always_makes_the_person_not_due(
        cadence in proptest::option::of(1u32..=365),
        added_days_ago in 0i64..3_000,
        snooze_in in proptest::option::of(-400i64..400),
        paused: bool,
        offset_minutes in -12 * 60i32..=14 * 60,
        now_secs in 1_600_000_000i64..2_100_000_000,
    ) {
        let now = DateTime::from_timestamp(now_secs, 0).unwrap();
        let tz = FixedOffset::east_opt(offset_minutes * 60).unwrap();
        let mut p = person(cadence, now - Duration::days(added_days_ago));
        p.paused = paused;
        let today = now.with_timezone(&tz).date_naive();
        p.snoozed_until = snooze_in.map(|d| today + Duration::days(d));
        let status = due_status(&p, Some(now), now, &tz);
        prop_assert!(!status.is_due(), "{status:?}");
    }
}

#[test]
fn every_count_in_due_words_says_one_and_many_in_both_languages() {
    use crate::catalog::{Language::En, Language::Es, Message};
    let say = |id: &'static str, name: &'static str, n: i64, language| {
        Message::new(id).with(name, n).render(language)
    };
    let cases = [
        (
            "due-in-days",
            "days",
            ["in 1 day", "in 3 days", "en 1 día", "en 3 días"],
        ),
        (
            "due-last-in-touch-weeks",
            "count",
            [
                "last in touch a week ago",
                "last in touch 3 weeks ago",
                "último contacto hace una semana",
                "último contacto hace 3 semanas",
            ],
        ),
        (
            "due-last-in-touch-months",
            "count",
            [
                "last in touch a month ago",
                "last in touch 3 months ago",
                "último contacto hace un mes",
                "último contacto hace 3 meses",
            ],
        ),
    ];
    for (id, name, [en_one, en_many, es_one, es_many]) in cases {
        assert_eq!(say(id, name, 1, En), en_one);
        assert_eq!(say(id, name, 3, En), en_many);
        assert_eq!(say(id, name, 1, Es), es_one);
        assert_eq!(say(id, name, 3, Es), es_many);
    }
}
