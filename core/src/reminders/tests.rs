//! What is due to be sent, and when to wake, at fixed instants in real time zones.

use chrono::{NaiveDate, NaiveTime, TimeZone, Utc, Weekday};
use chrono_tz::America::New_York;
use chrono_tz::Europe::London;

use super::*;
use crate::catalog::Language::{En, Es};
use crate::circle::{Birthday, Relationship};
use crate::error::Error;
use crate::groups::minutes_before;
use crate::groups::{GroupKind, Recurrence, Schedule, Timed, WeekdaySet};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn time(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).unwrap()
}

/// An instant named by London's wall clock (UTC in winter, UTC+1 in summer).
fn london(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
    London
        .with_ymd_and_hms(y, mo, d, h, mi, 0)
        .unwrap()
        .with_timezone(&Utc)
}

/// Someone she added at `added`, to check in with every `cadence` days.
fn member(name: &str, cadence: Option<u32>, added: DateTime<Utc>) -> CircleMember {
    CircleMember {
        person: Person {
            id: PersonId::new(),
            name: name.to_owned(),
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
            created_at: added,
            updated_at: added,
        },
        last_contact: None,
        last_logged: None,
    }
}

/// A group that meets every weekday at `h:m` for an hour.
fn daily_group(name: &str, h: u32, m: u32, minutes_before: u32) -> Group {
    let added = utc(2026, 1, 1, 9, 0);
    Group {
        id: GroupId::new(),
        name: name.to_owned(),
        kind: GroupKind::MomAndBaby,
        place: String::new(),
        link: String::new(),
        contact: String::new(),
        notes: String::new(),
        schedule: Schedule::Timed(Timed {
            recurrence: Recurrence::Weekly {
                days: WeekdaySet::of(&[
                    Weekday::Mon,
                    Weekday::Tue,
                    Weekday::Wed,
                    Weekday::Thu,
                    Weekday::Fri,
                ]),
                from: day(2026, 1, 1),
            },
            at: time(h, m),
            duration_minutes: 60,
        }),
        remind_minutes_before: minutes_before,
        muted: false,
        revision: 0,
        archived_at: None,
        created_at: added,
        updated_at: added,
    }
}

fn outlook(people: Vec<CircleMember>, groups: Vec<Group>) -> Outlook {
    Outlook {
        people,
        groups,
        ..Outlook::default()
    }
}

fn titles(reminders: &[Reminder]) -> Vec<String> {
    reminders.iter().map(|r| r.title(En)).collect()
}

// Ana was added on Sunday 1 November 2026 and is due a week later, on Sunday 8 November.
fn ana() -> CircleMember {
    member("Ana", Some(7), london(2026, 11, 1, 9, 0))
}

#[test]
fn a_check_in_comes_at_her_time_of_day_on_the_day_it_falls_due_never_at_midnight() {
    let ana = ana();
    let id = ana.person.id.clone();
    let view = outlook(vec![ana], vec![]);
    assert!(
        view.due_reminders(london(2026, 11, 8, 0, 0), &London)
            .is_empty()
    );
    assert!(
        view.due_reminders(london(2026, 11, 8, 9, 59), &London)
            .is_empty()
    );
    let sent = view.due_reminders(london(2026, 11, 8, 10, 0), &London);
    assert_eq!(titles(&sent), ["Time to check in with Ana"]);
    assert_eq!(sent[0].opens, Opens::Person(id.clone()));
    assert_eq!(sent[0].keys, [ReminderKey::check_in(&id, day(2026, 11, 8))]);
    assert!(!sent[0].body(En).is_empty());
    // She asked for 18:30 instead.
    let evening = Outlook {
        settings: ReminderSettings {
            enabled: true,
            time_of_day: time(18, 30),
        },
        ..view
    };
    assert!(
        evening
            .due_reminders(london(2026, 11, 8, 18, 29), &London)
            .is_empty()
    );
    assert_eq!(
        evening
            .due_reminders(london(2026, 11, 8, 18, 30), &London)
            .len(),
        1
    );
}

#[test]
fn a_reminder_already_sent_is_not_due_again() {
    let ana = ana();
    let key = ReminderKey::check_in(&ana.person.id, day(2026, 11, 8));
    let mut view = outlook(vec![ana], vec![]);
    view.sent.insert(key);
    assert!(
        view.due_reminders(london(2026, 11, 9, 12, 0), &London)
            .is_empty()
    );
}

#[test]
fn quiet_hours_across_midnight_hold_reminders_until_they_end() {
    let ana = ana();
    let view = Outlook {
        settings: ReminderSettings {
            enabled: true,
            time_of_day: time(7, 0),
        },
        ..outlook(vec![ana], vec![daily_group("Late circle", 21, 30, 60)])
    };
    // Quiet 21:00 to 08:00 by default: her 07:00 check-in waits for 08:00.
    assert!(
        view.due_reminders(london(2026, 11, 8, 7, 0), &London)
            .is_empty()
    );
    assert!(
        view.due_reminders(london(2026, 11, 8, 7, 59), &London)
            .is_empty()
    );
    assert_eq!(
        view.next_wake(london(2026, 11, 8, 7, 30), &London),
        Some(london(2026, 11, 8, 8, 0))
    );
    assert_eq!(
        titles(&view.due_reminders(london(2026, 11, 8, 8, 0), &London)),
        ["Time to check in with Ana"]
    );
    // The 21:30 meeting's reminder would be at 20:30: before quiet hours, so it comes.
    assert_eq!(
        titles(&view.due_reminders(london(2026, 11, 9, 20, 30), &London))
            .into_iter()
            .filter(|t| t.starts_with("Late circle"))
            .count(),
        1
    );
    // Past midnight it is still quiet.
    let late = Outlook {
        quiet_hours: QuietHours {
            enabled: true,
            start: time(20, 0),
            end: time(8, 0),
        },
        ..view.clone()
    };
    assert!(
        late.due_reminders(london(2026, 11, 9, 20, 30), &London)
            .is_empty()
    );
    assert!(
        late.due_reminders(london(2026, 11, 10, 0, 30), &London)
            .is_empty()
    );
    assert!(
        late.due_reminders(london(2026, 11, 10, 3, 0), &London)
            .is_empty()
    );
    // Quiet hours off for night feeds: it comes at once.
    let night_feeds = Outlook {
        quiet_hours: QuietHours {
            enabled: false,
            ..QuietHours::default()
        },
        ..view
    };
    assert_eq!(
        night_feeds
            .due_reminders(london(2026, 11, 9, 3, 0), &London)
            .len(),
        1
    );
}

#[test]
fn on_the_day_the_clocks_change_her_10_00_stays_10_00() {
    // New York springs forward on Sunday 8 March 2026: 10:00 is 14:00 UTC that day, not 15:00.
    let sam = member("Sam", Some(7), utc(2026, 3, 1, 15, 0));
    let view = outlook(vec![sam.clone()], vec![]);
    assert!(
        view.due_reminders(utc(2026, 3, 8, 13, 59), &New_York)
            .is_empty()
    );
    assert_eq!(
        view.due_reminders(utc(2026, 3, 8, 14, 0), &New_York).len(),
        1
    );
    // From midnight it wakes when quiet hours end at 08:00 EDT, then at 10:00 EDT.
    assert_eq!(
        view.next_wake(utc(2026, 3, 8, 5, 0), &New_York),
        Some(utc(2026, 3, 8, 12, 0))
    );
    assert_eq!(
        view.next_wake(utc(2026, 3, 8, 12, 0), &New_York),
        Some(utc(2026, 3, 8, 14, 0))
    );
    // And falls back on Sunday 1 November 2026: 10:00 is 15:00 UTC.
    let fall = member("Sam", Some(7), utc(2026, 10, 25, 14, 0));
    let view = outlook(vec![fall], vec![]);
    assert!(
        view.due_reminders(utc(2026, 11, 1, 14, 59), &New_York)
            .is_empty()
    );
    assert_eq!(
        view.due_reminders(utc(2026, 11, 1, 15, 0), &New_York).len(),
        1
    );
}

#[test]
fn a_snoozed_person_is_reminded_when_the_snooze_ends() {
    let mut ana = ana();
    ana.person.snoozed_until = Some(day(2026, 11, 11));
    let id = ana.person.id.clone();
    let view = outlook(vec![ana], vec![]);
    assert!(
        view.due_reminders(london(2026, 11, 8, 12, 0), &London)
            .is_empty()
    );
    assert!(
        view.due_reminders(london(2026, 11, 10, 12, 0), &London)
            .is_empty()
    );
    let sent = view.due_reminders(london(2026, 11, 11, 10, 0), &London);
    assert_eq!(
        sent[0].keys,
        [ReminderKey::check_in(&id, day(2026, 11, 11))]
    );
}

#[test]
fn muted_paused_and_archived_people_send_nothing() {
    let mut muted = member("Muted", Some(7), london(2026, 11, 1, 9, 0));
    muted.person.muted = true;
    muted.person.birthday = Some(Birthday {
        month: 11,
        day: 8,
        year: None,
    });
    let mut paused = member("Paused", Some(7), london(2026, 11, 1, 9, 0));
    paused.person.paused = true;
    paused.person.birthday = Some(Birthday {
        month: 11,
        day: 8,
        year: None,
    });
    let mut gone = member("Gone", Some(7), london(2026, 11, 1, 9, 0));
    gone.person.archived_at = Some(london(2026, 11, 2, 9, 0));
    let no_cadence = member("Kept", None, london(2026, 1, 1, 9, 0));
    let view = outlook(vec![muted, paused, gone, no_cadence], vec![]);
    assert!(
        view.due_reminders(london(2026, 11, 8, 12, 0), &London)
            .is_empty()
    );
}

#[test]
fn a_meeting_is_announced_its_own_minutes_before_and_never_once_begun() {
    let mut cafe = daily_group("Baby Café", 10, 30, 60);
    cafe.place = "St Mary's Hall\nHigh Street".to_owned();
    let id = cafe.id.clone();
    let view = outlook(vec![], vec![cafe, daily_group("Walk", 13, 0, 15)]);
    // Monday 9 November 2026.
    assert!(
        view.due_reminders(london(2026, 11, 9, 9, 29), &London)
            .is_empty()
    );
    let sent = view.due_reminders(london(2026, 11, 9, 9, 30), &London);
    assert_eq!(titles(&sent), ["Baby Café starts at 10:30 AM"]);
    assert_eq!(sent[0].body(En), "It starts in 1 hour. At St Mary's Hall.");
    assert_eq!(sent[0].title(Es), "Baby Café empieza hoy a las 10:30 a. m.");
    assert_eq!(sent[0].body(Es), "Empieza en 1 hora. En St Mary's Hall.");
    assert_eq!(sent[0].opens, Opens::Group(id.clone()));
    assert_eq!(
        sent[0].keys,
        [ReminderKey::meeting(&id, london(2026, 11, 9, 10, 30))]
    );
    assert_eq!(sent[0].keys[0].occasion, "2026-11-09T10:30:00Z");
    // Still due a minute later if it was not sent, and not once the meeting has begun.
    assert_eq!(
        view.due_reminders(london(2026, 11, 9, 10, 29), &London)
            .len(),
        1
    );
    assert!(
        view.due_reminders(london(2026, 11, 9, 10, 30), &London)
            .is_empty()
    );
    // The walk wants 15 minutes.
    assert!(
        view.due_reminders(london(2026, 11, 9, 12, 44), &London)
            .is_empty()
    );
    assert_eq!(
        titles(&view.due_reminders(london(2026, 11, 9, 12, 45), &London)),
        ["Walk starts at 1:00 PM"]
    );
    assert_eq!(
        view.next_wake(london(2026, 11, 9, 9, 31), &London),
        Some(london(2026, 11, 9, 10, 0)),
        "her 10:00 time of day comes before the walk's 12:45"
    );
    assert_eq!(
        view.next_wake(london(2026, 11, 9, 10, 1), &London),
        Some(london(2026, 11, 9, 12, 45))
    );
}

#[test]
fn a_reminder_a_day_ahead_says_tomorrow() {
    let view = outlook(vec![], vec![daily_group("Baby Café", 10, 30, 24 * 60)]);
    let sent = view.due_reminders(london(2026, 11, 9, 10, 30), &London);
    assert_eq!(titles(&sent), ["Baby Café meets tomorrow at 10:30 AM"]);
    assert_eq!(sent[0].body(En), "It starts in 24 hours.");
    assert_eq!(
        sent[0].title(Es),
        "Baby Café se reúne mañana a las 10:30 a. m."
    );
}

#[test]
fn a_muted_or_archived_group_sends_nothing() {
    let mut muted = daily_group("Muted", 10, 30, 60);
    muted.muted = true;
    let mut archived = daily_group("Archived", 10, 30, 60);
    archived.archived_at = Some(utc(2026, 6, 1, 9, 0));
    let view = outlook(vec![], vec![muted.clone(), archived]);
    assert!(
        view.due_reminders(london(2026, 11, 9, 9, 45), &London)
            .is_empty()
    );
    // Unmuted, the same meeting is announced.
    muted.muted = false;
    let view = outlook(vec![], vec![muted]);
    assert_eq!(
        view.due_reminders(london(2026, 11, 9, 9, 45), &London)
            .len(),
        1
    );
}

#[test]
fn a_birthday_comes_on_the_morning_of_the_day_and_not_after() {
    let mut lee = member("Lee", None, london(2026, 1, 1, 9, 0));
    lee.person.birthday = Some(Birthday {
        month: 11,
        day: 12,
        year: Some(1990),
    });
    let id = lee.person.id.clone();
    let view = outlook(vec![lee], vec![]);
    assert!(
        view.due_reminders(london(2026, 11, 12, 9, 0), &London)
            .is_empty()
    );
    let sent = view.due_reminders(london(2026, 11, 12, 10, 0), &London);
    assert_eq!(titles(&sent), ["It's Lee's birthday today"]);
    assert_eq!(sent[0].title(Es), "Hoy es el cumpleaños de Lee");
    assert_eq!(
        sent[0].keys,
        [ReminderKey::birthday(&id, day(2026, 11, 12))]
    );
    // Opened the next day, a missed birthday is not announced late.
    assert!(
        view.due_reminders(london(2026, 11, 13, 10, 0), &London)
            .is_empty()
    );
}

#[test]
fn several_people_due_at_once_come_as_one_summary() {
    let added = london(2026, 10, 1, 9, 0);
    // Eve fell due first and Ana last, so the order is not the alphabet's.
    let people: Vec<CircleMember> = ["Ana", "Ben", "Cleo", "Dee", "Eve"]
        .iter()
        .enumerate()
        .map(|(i, name)| member(name, Some(11 - u32::try_from(i).unwrap()), added))
        .collect();
    let all_keys: HashSet<ReminderKey> = people
        .iter()
        .map(|m| ReminderKey::check_in(&m.person.id, due_on(&m.person, None, &London).unwrap()))
        .collect();
    let view = outlook(people.clone(), vec![]);
    let sent = view.due_reminders(london(2026, 11, 20, 10, 0), &London);
    assert_eq!(titles(&sent), ["5 people might love a hello"]);
    assert_eq!(sent[0].title(Es), "A 5 personas les encantaría saber de ti");
    // The first to fall due first.
    assert!(
        sent[0].body(En).starts_with("Eve, Dee, Cleo and 2 others."),
        "{}",
        sent[0].body(En)
    );
    assert!(
        sent[0]
            .body(Es)
            .starts_with("Eve, Dee, Cleo y 2 personas más."),
        "{}",
        sent[0].body(Es)
    );
    assert_eq!(sent[0].opens, Opens::Circle);
    assert_eq!(
        sent[0].keys.iter().cloned().collect::<HashSet<_>>(),
        all_keys
    );
    let three = outlook(people[..3].to_vec(), vec![]);
    let sent = three.due_reminders(london(2026, 11, 20, 10, 0), &London);
    assert_eq!(titles(&sent), ["3 people might love a hello"]);
    assert!(
        sent[0].body(En).starts_with("Cleo, Ben and Ana."),
        "{}",
        sent[0].body(En)
    );
    assert!(
        sent[0].body(Es).starts_with("Cleo, Ben y Ana."),
        "{}",
        sent[0].body(Es)
    );
    // Four: the first three named, and one more.
    let four = outlook(people[..4].to_vec(), vec![]);
    let sent = four.due_reminders(london(2026, 11, 20, 10, 0), &London);
    assert!(
        sent[0].body(En).starts_with("Dee, Cleo, Ben and 1 other."),
        "{}",
        sent[0].body(En)
    );
    assert!(
        sent[0]
            .body(Es)
            .starts_with("Dee, Cleo, Ben y 1 persona más."),
        "{}",
        sent[0].body(Es)
    );
}

#[test]
fn reminders_switched_off_send_nothing_and_never_wake() {
    let view = Outlook {
        settings: ReminderSettings {
            enabled: false,
            ..ReminderSettings::default()
        },
        ..outlook(vec![ana()], vec![daily_group("Baby Café", 10, 30, 60)])
    };
    assert!(
        view.due_reminders(london(2026, 11, 9, 10, 0), &London)
            .is_empty()
    );
    assert_eq!(view.next_wake(london(2026, 11, 9, 10, 0), &London), None);
}

#[test]
fn with_nothing_coming_it_wakes_at_her_next_time_of_day() {
    let view = outlook(vec![], vec![]);
    assert_eq!(
        view.next_wake(london(2026, 11, 9, 9, 0), &London),
        Some(london(2026, 11, 9, 10, 0))
    );
    assert_eq!(
        view.next_wake(london(2026, 11, 9, 10, 0), &London),
        Some(london(2026, 11, 10, 10, 0))
    );
}

#[test]
fn the_time_of_day_is_daytime_and_the_minutes_before_are_in_range() {
    let at = |h, m| ReminderSettings {
        enabled: true,
        time_of_day: time(h, m),
    };
    assert!(at(6, 0).validate().is_ok());
    assert!(at(22, 0).validate().is_ok());
    for (h, m) in [(0, 0), (5, 59), (22, 1), (23, 30)] {
        assert!(
            matches!(
                at(h, m).validate(),
                Err(Error::Invalid {
                    field: "time_of_day",
                    ..
                })
            ),
            "{h}:{m}"
        );
    }
    assert_eq!(minutes_before(None).unwrap(), 60);
    assert_eq!(minutes_before(Some(15)).unwrap(), 15);
    for bad in [-60, 0, 4, 1441, i64::MAX] {
        assert!(minutes_before(Some(bad)).is_err(), "{bad}");
    }
}

#[test]
fn a_birthday_whose_time_is_in_quiet_hours_comes_when_they_end_that_morning() {
    let mut lee = member("Lee", Some(7), london(2026, 11, 5, 12, 0));
    lee.person.birthday = Some(Birthday {
        month: 11,
        day: 12,
        year: None,
    });
    let view = Outlook {
        settings: ReminderSettings {
            enabled: true,
            time_of_day: time(21, 30),
        },
        ..outlook(vec![lee], vec![])
    };
    assert!(
        view.due_reminders(london(2026, 11, 12, 7, 59), &London)
            .is_empty()
    );
    assert_eq!(
        view.next_wake(london(2026, 11, 12, 7, 0), &London),
        Some(london(2026, 11, 12, 8, 0))
    );
    assert_eq!(
        titles(&view.due_reminders(london(2026, 11, 12, 8, 0), &London)),
        ["It's Lee's birthday today"]
    );
    // Her check-in, due the same day at 21:30, waits for the morning after.
    assert!(
        view.due_reminders(london(2026, 11, 12, 21, 30), &London)
            .is_empty()
    );
    assert_eq!(
        titles(&view.due_reminders(london(2026, 11, 13, 8, 0), &London)),
        ["Time to check in with Lee"]
    );
}

#[test]
fn a_29_february_birthday_is_remembered_on_28_february_in_other_years() {
    let mut lee = member("Lee", None, london(2026, 1, 1, 9, 0));
    lee.person.birthday = Some(Birthday {
        month: 2,
        day: 29,
        year: Some(1996),
    });
    let view = outlook(vec![lee], vec![]);
    assert_eq!(
        view.due_reminders(london(2027, 2, 28, 10, 0), &London)
            .len(),
        1
    );
    assert!(
        view.due_reminders(london(2027, 3, 1, 10, 0), &London)
            .is_empty()
    );
}

#[test]
fn a_meeting_reminder_held_by_quiet_hours_comes_when_they_end_if_the_meeting_is_still_ahead() {
    let view = outlook(
        vec![],
        vec![
            daily_group("Early swim", 8, 30, 60),
            daily_group("Dawn walk", 7, 0, 60),
        ],
    );
    // Both reminders fall in quiet hours (until 08:00). The walk has begun by then: dropped.
    assert!(
        view.due_reminders(london(2026, 11, 9, 7, 30), &London)
            .is_empty()
    );
    let sent = view.due_reminders(london(2026, 11, 9, 8, 0), &London);
    assert_eq!(titles(&sent), ["Early swim starts at 8:30 AM"]);
    assert_eq!(sent[0].body(En), "It starts in 30 minutes.");
    assert_eq!(sent[0].body(Es), "Empieza en 30 minutos.");
}

#[test]
fn a_check_in_logged_now_but_dated_back_does_not_bring_a_reminder_at_once() {
    // She logs, on 20 November at 15:00, a call from 5 November: weekly, so due since the 12th.
    let mut ana = member("Ana", Some(7), london(2026, 10, 1, 9, 0));
    ana.last_contact = Some(london(2026, 11, 5, 12, 0));
    ana.last_logged = Some(london(2026, 11, 20, 15, 0));
    let view = outlook(vec![ana], vec![]);
    assert!(
        view.due_reminders(london(2026, 11, 20, 15, 1), &London)
            .is_empty()
    );
    assert!(
        view.due_reminders(london(2026, 11, 21, 9, 59), &London)
            .is_empty()
    );
    let sent = view.due_reminders(london(2026, 11, 21, 10, 0), &London);
    assert_eq!(titles(&sent), ["Time to check in with Ana"]);
}

/// The nudge turned on at 19:00, with nobody in her circle and no groups.
fn nudged() -> Outlook {
    Outlook {
        nudge: NudgeSettings {
            enabled: true,
            time_of_day: time(19, 0),
            skip_if_noted: true,
        },
        ..outlook(vec![], vec![])
    }
}

#[test]
fn the_daily_nudge_is_off_until_she_turns_it_on() {
    let view = outlook(vec![], vec![]);
    assert!(!view.nudge.enabled);
    assert!(
        view.due_reminders(london(2026, 11, 8, 19, 0), &London)
            .is_empty()
    );
    assert!(
        view.due_reminders(london(2026, 11, 8, 20, 59), &London)
            .is_empty()
    );
    // Off, it never sets a wake of its own: the check-in time of day (10:00) is the next one.
    assert_eq!(
        view.next_wake(london(2026, 11, 8, 18, 0), &London),
        Some(london(2026, 11, 9, 10, 0))
    );
}

#[test]
fn the_daily_nudge_comes_at_her_time_once_a_day_and_opens_the_mood_picker() {
    let view = nudged();
    assert!(
        view.due_reminders(london(2026, 11, 8, 18, 59), &London)
            .is_empty()
    );
    assert_eq!(
        view.next_wake(london(2026, 11, 8, 18, 0), &London),
        Some(london(2026, 11, 8, 19, 0))
    );
    let sent = view.due_reminders(london(2026, 11, 8, 19, 0), &London);
    assert_eq!(titles(&sent), ["How are you today?"]);
    assert_eq!(sent[0].opens, Opens::Mood);
    assert_eq!(sent[0].opens.route(), "#today/mood");
    assert_eq!(sent[0].keys, [ReminderKey::nudge(day(2026, 11, 8))]);
    // Nothing counts the days she let it pass, or asks her to keep a streak.
    assert_eq!(sent[0].title(Es), "¿Cómo estás hoy?");
    for words in [sent[0].title(En), sent[0].body(En)] {
        let lower = words.to_lowercase();
        for guilt in ["streak", "missed", "days", "don't forget", "overdue"] {
            assert!(!lower.contains(guilt), "{words}");
        }
    }
    // Once a day: sent, it is not due again that day, and comes again the next evening.
    let mut after = view.clone();
    after.sent.insert(ReminderKey::nudge(day(2026, 11, 8)));
    assert!(
        after
            .due_reminders(london(2026, 11, 8, 20, 30), &London)
            .is_empty()
    );
    assert!(
        after
            .due_reminders(london(2026, 11, 9, 18, 0), &London)
            .is_empty()
    );
    assert_eq!(
        titles(&after.due_reminders(london(2026, 11, 9, 19, 0), &London)),
        ["How are you today?"]
    );
}

#[test]
fn the_daily_nudge_is_held_through_quiet_hours_and_a_missed_one_is_never_sent_late() {
    // Quiet 18:00 to 08:00: her 19:00 nudge is held until 08:00 that same day.
    let view = Outlook {
        quiet_hours: QuietHours {
            enabled: true,
            start: time(18, 0),
            end: time(8, 0),
        },
        ..nudged()
    };
    assert!(
        view.due_reminders(london(2026, 11, 8, 7, 59), &London)
            .is_empty()
    );
    assert_eq!(
        view.next_wake(london(2026, 11, 8, 6, 0), &London),
        Some(london(2026, 11, 8, 8, 0))
    );
    assert_eq!(
        titles(&view.due_reminders(london(2026, 11, 8, 8, 0), &London)),
        ["How are you today?"]
    );
    // In quiet hours nothing comes, whatever the time she chose.
    assert!(
        view.due_reminders(london(2026, 11, 8, 19, 0), &London)
            .is_empty()
    );
    // Asleep through yesterday's 19:00: the next morning asks about today, only once.
    let default_quiet = nudged();
    let yesterday = ReminderKey::nudge(day(2026, 11, 7));
    let morning = default_quiet.due_reminders(london(2026, 11, 8, 9, 0), &London);
    assert!(morning.is_empty(), "{morning:?}");
    assert!(!default_quiet.sent.contains(&yesterday));
}

#[test]
fn the_daily_nudge_skips_a_day_she_already_noted_a_mood_if_she_chose_that() {
    let noted = Outlook {
        last_mood_day: Some(day(2026, 11, 8)),
        ..nudged()
    };
    assert!(
        noted
            .due_reminders(london(2026, 11, 8, 19, 0), &London)
            .is_empty()
    );
    // The next day, the note of yesterday does not count.
    assert_eq!(
        titles(&noted.due_reminders(london(2026, 11, 9, 19, 0), &London)),
        ["How are you today?"]
    );
    // She asked to be asked anyway.
    let anyway = Outlook {
        nudge: NudgeSettings {
            skip_if_noted: false,
            ..noted.nudge
        },
        ..noted
    };
    assert_eq!(
        titles(&anyway.due_reminders(london(2026, 11, 8, 19, 0), &London)),
        ["How are you today?"]
    );
}

#[test]
fn the_daily_nudge_follows_the_master_switch_and_keeps_to_the_daytime() {
    let off = Outlook {
        settings: ReminderSettings {
            enabled: false,
            ..ReminderSettings::default()
        },
        ..nudged()
    };
    assert!(
        off.due_reminders(london(2026, 11, 8, 19, 0), &London)
            .is_empty()
    );
    assert_eq!(off.next_wake(london(2026, 11, 8, 18, 0), &London), None);
    for (h, m) in [(5, 59), (22, 1), (3, 0)] {
        let night = NudgeSettings {
            time_of_day: time(h, m),
            ..NudgeSettings::default()
        };
        assert!(night.validate().is_err(), "{h}:{m}");
    }
    assert!(NudgeSettings::default().validate().is_ok());
}

/// Sends what is due at `now` in `tz`, as the store does: each key once.
fn round(view: &mut Outlook, now: DateTime<Utc>, tz: &impl TimeZone) -> Vec<String> {
    let sent = view.due_reminders(now, tz);
    for reminder in &sent {
        view.sent.extend(reminder.keys.iter().cloned());
    }
    sent.into_iter().map(|r| r.title(En)).collect()
}

#[test]
fn a_check_in_is_announced_once_when_she_flies_across_zones_or_her_clock_jumps() {
    use chrono_tz::Asia::Tokyo;
    // Her last call with Ana was late on 20 November in London: already the 21st in Tokyo.
    let mut ana = member("Ana", Some(7), london(2026, 11, 1, 9, 0));
    ana.last_contact = Some(london(2026, 11, 20, 23, 30));
    let mut view = outlook(vec![ana], vec![]);
    assert_eq!(
        round(&mut view, london(2026, 11, 27, 10, 0), &London),
        ["Time to check in with Ana"]
    );
    // She flies to Tokyo, where the same week since that call ends on the 28th.
    for at in [
        utc(2026, 11, 28, 1, 0),
        utc(2026, 11, 28, 3, 0),
        utc(2026, 11, 29, 3, 0),
    ] {
        assert!(round(&mut view, at, &Tokyo).is_empty(), "{at}");
    }
    // And on to New York, and home; the clock jumps back a day and forward a week.
    for (at, zone) in [
        (utc(2026, 11, 30, 16, 0), "ny"),
        (utc(2026, 11, 29, 16, 0), "ny"),
        (utc(2026, 12, 6, 16, 0), "london"),
    ] {
        let sent = if zone == "ny" {
            round(&mut view, at, &New_York)
        } else {
            round(&mut view, at, &London)
        };
        assert!(sent.is_empty(), "{at} {zone}: {sent:?}");
    }
    // A new call starts a new week: the next one is announced, once.
    view.people[0].last_contact = Some(london(2026, 12, 6, 18, 0));
    assert_eq!(
        round(&mut view, london(2026, 12, 13, 10, 0), &London),
        ["Time to check in with Ana"]
    );
    assert!(round(&mut view, london(2026, 12, 13, 11, 0), &Tokyo).is_empty());
}

#[test]
fn a_key_written_by_an_older_village_still_counts_as_sent() {
    let mut ana = member("Ana", Some(7), london(2026, 11, 1, 9, 0));
    // 20 November at 19:30 in New York is already the 21st in UTC.
    ana.last_contact = Some(
        New_York
            .with_ymd_and_hms(2026, 11, 20, 19, 30, 0)
            .unwrap()
            .with_timezone(&Utc),
    );
    let id = ana.person.id.clone();
    let mut view = outlook(vec![ana], vec![]);
    view.sent
        .insert(ReminderKey::check_in(&id, day(2026, 11, 27)));
    let at = New_York
        .with_ymd_and_hms(2026, 11, 27, 10, 0, 0)
        .unwrap()
        .with_timezone(&Utc);
    assert!(round(&mut view, at, &New_York).is_empty());
}

#[test]
fn a_summary_counts_one_and_many_in_both_languages() {
    let summary = |names: &[&str]| Reminder {
        keys: Vec::new(),
        about: About::CheckIns {
            names: names.iter().map(|n| (*n).to_owned()).collect(),
        },
        opens: Opens::Circle,
    };
    let one = summary(&["Ana"]);
    assert_eq!(one.title(En), "1 person might love a hello");
    assert_eq!(one.title(Es), "A 1 persona le encantaría saber de ti");
    let two = summary(&["Ana", "Ben"]);
    assert_eq!(two.title(En), "2 people might love a hello");
    assert_eq!(two.title(Es), "A 2 personas les encantaría saber de ti");
    assert!(
        two.body(En).starts_with("Ana and Ben. A quick hello"),
        "{}",
        two.body(En)
    );
    assert!(
        two.body(Es).starts_with("Ana y Ben. Con un saludo basta"),
        "{}",
        two.body(Es)
    );
}

#[test]
fn a_notification_is_said_in_the_language_asked_for_when_it_is_shown() {
    let ana = ana();
    let view = outlook(vec![ana], vec![]);
    let sent = view.due_reminders(london(2026, 11, 8, 10, 0), &London);
    // The same reminder, shown after she switched to Spanish.
    assert_eq!(sent[0].title(Es), "Es un buen momento para saludar a Ana");
    assert_eq!(
        sent[0].body(Es),
        "Con un saludo basta: un mensaje, una llamada o una nota de voz."
    );
    let online = Reminder {
        keys: Vec::new(),
        about: About::Meeting {
            group: "Círculo".to_owned(),
            at: time(13, 0),
            today: true,
            minutes: 90,
            place: None,
            online: true,
        },
        opens: Opens::Circle,
    };
    assert_eq!(online.title(Es), "Círculo empieza hoy a la 1:00 p. m.");
    assert_eq!(online.body(Es), "Empieza en 1 hora y 30 minutos. En línea.");
    assert_eq!(online.title(En), "Círculo starts at 1:00 PM");
    assert_eq!(online.body(En), "It starts in 1 hour 30 minutes. Online.");
}
