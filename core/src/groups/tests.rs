//! Schedules, meetings, checking and the calendar file, with fixed instants and real zones.

use chrono::{NaiveDate, NaiveTime, TimeZone, Utc, Weekday};
use chrono_tz::America::New_York;
use chrono_tz::Asia::Kolkata;
use chrono_tz::Europe::London;

use super::*;
use crate::catalog::Language::{En, Es};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn time(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

fn timed(recurrence: Recurrence, h: u32, m: u32, minutes: u32) -> Schedule {
    Schedule::Timed(Timed {
        recurrence,
        at: time(h, m),
        duration_minutes: minutes,
    })
}

fn weekly(days: &[Weekday], from: NaiveDate) -> Recurrence {
    Recurrence::Weekly {
        days: WeekdaySet::of(days),
        from,
    }
}

/// Local wall-clock starts, to compare with what she sees.
fn local_starts<Tz: TimeZone>(meetings: &[Meeting], tz: &Tz) -> Vec<String> {
    meetings
        .iter()
        .map(|m| {
            m.start
                .with_timezone(tz)
                .naive_local()
                .format("%Y-%m-%d %H:%M")
                .to_string()
        })
        .collect()
}

fn group(name: &str, schedule: Schedule) -> Group {
    let at = Utc.with_ymd_and_hms(2026, 1, 1, 9, 0, 0).unwrap();
    Group {
        id: GroupId::new(),
        name: name.to_owned(),
        kind: GroupKind::MomAndBaby,
        place: String::new(),
        link: String::new(),
        contact: String::new(),
        notes: String::new(),
        schedule,
        remind_minutes_before: 60,
        muted: false,
        revision: 0,
        archived_at: None,
        created_at: at,
        updated_at: at,
    }
}

#[test]
fn weekly_on_two_days_gives_the_next_meetings_in_order() {
    let schedule = timed(
        weekly(&[Weekday::Tue, Weekday::Thu], day(2026, 1, 1)),
        10,
        0,
        90,
    );
    // Wednesday 18 November 2026, noon in London.
    let now = Utc.with_ymd_and_hms(2026, 11, 18, 12, 0, 0).unwrap();
    let next = schedule.next_meetings(now, 3, &London);
    assert_eq!(
        local_starts(&next, &London),
        ["2026-11-19 10:00", "2026-11-24 10:00", "2026-11-26 10:00"]
    );
    assert_eq!(next[0].end - next[0].start, chrono::Duration::minutes(90));
    assert_eq!(next[0].local_date, day(2026, 11, 19));
}

#[test]
fn a_weekly_schedule_waits_for_its_first_day() {
    let schedule = timed(weekly(&[Weekday::Mon], day(2027, 2, 1)), 9, 30, 60);
    let now = Utc.with_ymd_and_hms(2026, 11, 18, 12, 0, 0).unwrap();
    let next = schedule.next_meetings(now, 1, &London);
    assert_eq!(local_starts(&next, &London), ["2027-02-01 09:30"]);
}

#[test]
fn a_ten_oclock_group_stays_at_ten_across_both_clock_changes() {
    let schedule = timed(weekly(&[Weekday::Sat], day(2026, 1, 1)), 10, 0, 60);
    let from = Utc.with_ymd_and_hms(2026, 2, 28, 0, 0, 0).unwrap();
    let spring = schedule.meetings_between(from, from + chrono::Duration::days(14), &New_York);
    assert_eq!(
        local_starts(&spring, &New_York),
        ["2026-02-28 10:00", "2026-03-07 10:00"]
    );
    // Clocks spring forward on Sunday 8 March 2026: the next Saturday is an hour earlier in UTC.
    let next = schedule.meetings_between(
        Utc.with_ymd_and_hms(2026, 3, 7, 0, 0, 0).unwrap(),
        Utc.with_ymd_and_hms(2026, 3, 15, 0, 0, 0).unwrap(),
        &New_York,
    );
    assert_eq!(
        next.iter().map(|m| m.start).collect::<Vec<_>>(),
        [
            Utc.with_ymd_and_hms(2026, 3, 7, 15, 0, 0).unwrap(),
            Utc.with_ymd_and_hms(2026, 3, 14, 14, 0, 0).unwrap(),
        ]
    );
    // And back on Sunday 1 November.
    let autumn = schedule.meetings_between(
        Utc.with_ymd_and_hms(2026, 10, 31, 0, 0, 0).unwrap(),
        Utc.with_ymd_and_hms(2026, 11, 8, 0, 0, 0).unwrap(),
        &New_York,
    );
    assert_eq!(
        autumn.iter().map(|m| m.start).collect::<Vec<_>>(),
        [
            Utc.with_ymd_and_hms(2026, 10, 31, 14, 0, 0).unwrap(),
            Utc.with_ymd_and_hms(2026, 11, 7, 15, 0, 0).unwrap(),
        ]
    );
    assert_eq!(
        local_starts(&autumn, &New_York),
        ["2026-10-31 10:00", "2026-11-07 10:00"]
    );
}

#[test]
fn a_meeting_at_half_past_two_on_the_night_clocks_spring_forward_moves_to_half_past_three() {
    // 02:30 does not exist in New York on 8 March 2026; RFC 5545 reads it with the offset
    // from before the gap, which is 03:30 daylight time.
    let schedule = timed(weekly(&[Weekday::Sun], day(2026, 1, 1)), 2, 30, 60);
    let meetings = schedule.meetings_between(
        Utc.with_ymd_and_hms(2026, 3, 1, 0, 0, 0).unwrap(),
        Utc.with_ymd_and_hms(2026, 3, 16, 0, 0, 0).unwrap(),
        &New_York,
    );
    assert_eq!(
        local_starts(&meetings, &New_York),
        ["2026-03-01 02:30", "2026-03-08 03:30", "2026-03-15 02:30"]
    );
    assert_eq!(
        meetings[1].start,
        Utc.with_ymd_and_hms(2026, 3, 8, 7, 30, 0).unwrap()
    );
    assert_eq!(meetings[1].local_date, day(2026, 3, 8));
    // The time that happens twice when clocks fall back is the first of the two.
    let twice = timed(weekly(&[Weekday::Sun], day(2026, 1, 1)), 1, 30, 30);
    let fall = twice.meetings_between(
        Utc.with_ymd_and_hms(2026, 11, 1, 0, 0, 0).unwrap(),
        Utc.with_ymd_and_hms(2026, 11, 2, 0, 0, 0).unwrap(),
        &New_York,
    );
    assert_eq!(
        fall.iter().map(|m| m.start).collect::<Vec<_>>(),
        [Utc.with_ymd_and_hms(2026, 11, 1, 5, 30, 0).unwrap()]
    );
}

#[test]
fn every_other_week_runs_across_the_new_year() {
    let schedule = timed(
        Recurrence::EveryOtherWeek {
            anchor: day(2026, 12, 16),
        },
        18,
        30,
        60,
    );
    let now = Utc.with_ymd_and_hms(2026, 12, 1, 0, 0, 0).unwrap();
    let next = schedule.next_meetings(now, 4, &London);
    assert_eq!(
        local_starts(&next, &London),
        [
            "2026-12-16 18:30",
            "2026-12-30 18:30",
            "2027-01-13 18:30",
            "2027-01-27 18:30"
        ]
    );
}

#[test]
fn monthly_on_the_second_tuesday_and_the_last_friday() {
    let second_tuesday = timed(
        Recurrence::Monthly {
            nth: Nth::Ordinal(2),
            weekday: Weekday::Tue,
            from: day(2026, 1, 1),
        },
        10,
        0,
        60,
    );
    let now = Utc.with_ymd_and_hms(2026, 11, 21, 9, 0, 0).unwrap();
    assert_eq!(
        local_starts(&second_tuesday.next_meetings(now, 3, &London), &London),
        ["2026-12-08 10:00", "2027-01-12 10:00", "2027-02-09 10:00"]
    );
    let last_friday = timed(
        Recurrence::Monthly {
            nth: Nth::Last,
            weekday: Weekday::Fri,
            from: day(2026, 1, 1),
        },
        19,
        0,
        120,
    );
    assert_eq!(
        local_starts(&last_friday.next_meetings(now, 4, &London), &London),
        [
            "2026-11-27 19:00",
            "2026-12-25 19:00",
            "2027-01-29 19:00",
            "2027-02-26 19:00"
        ]
    );
}

#[test]
fn the_fifth_weekday_skips_months_that_have_none() {
    let fifth_tuesday = timed(
        Recurrence::Monthly {
            nth: Nth::Ordinal(5),
            weekday: Weekday::Tue,
            from: day(2026, 1, 1),
        },
        10,
        0,
        60,
    );
    let now = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
    assert_eq!(
        local_starts(&fifth_tuesday.next_meetings(now, 5, &London), &London),
        [
            "2026-03-31 10:00",
            "2026-06-30 10:00",
            "2026-09-29 10:00",
            "2026-12-29 10:00",
            "2027-03-30 10:00"
        ]
    );
}

#[test]
fn a_one_off_meets_once_and_then_never_again() {
    let once = timed(
        Recurrence::Once {
            on: day(2026, 12, 5),
        },
        14,
        0,
        120,
    );
    let before = Utc.with_ymd_and_hms(2026, 11, 21, 9, 0, 0).unwrap();
    assert_eq!(
        local_starts(&once.next_meetings(before, 5, &London), &London),
        ["2026-12-05 14:00"]
    );
    let after = Utc.with_ymd_and_hms(2026, 12, 5, 16, 0, 0).unwrap();
    assert!(once.next_meetings(after, 5, &London).is_empty());
    assert!(
        Schedule::NoFixedTime
            .next_meetings(before, 5, &London)
            .is_empty()
    );
}

#[test]
fn a_meeting_under_way_is_still_the_next_one_and_says_so() {
    let schedule = timed(weekly(&[Weekday::Sat], day(2026, 1, 1)), 10, 0, 90);
    let during = Utc.with_ymd_and_hms(2026, 11, 21, 10, 30, 0).unwrap();
    let next = schedule.next_meetings(during, 1, &London);
    assert_eq!(local_starts(&next, &London), ["2026-11-21 10:00"]);
    assert_eq!(
        meeting_words(&next[0], during, &London, En),
        "Now, until 11:30 AM"
    );
    assert_eq!(
        meeting_words(&next[0], during, &London, Es),
        "Ahora, hasta las 11:30 a. m."
    );
}

#[test]
fn meetings_are_said_from_where_she_stands() {
    let schedule = timed(
        weekly(
            &[Weekday::Mon, Weekday::Fri, Weekday::Sat, Weekday::Sun],
            day(2026, 1, 1),
        ),
        10,
        0,
        60,
    );
    // Saturday 21 November 2026, 08:00 in London.
    let now = Utc.with_ymd_and_hms(2026, 11, 21, 8, 0, 0).unwrap();
    let words: Vec<String> = schedule
        .next_meetings(now, 5, &London)
        .iter()
        .map(|m| meeting_words(m, now, &London, En))
        .collect();
    assert_eq!(
        words,
        [
            "Today at 10:00 AM",
            "Tomorrow at 10:00 AM",
            "Monday at 10:00 AM",
            "Friday at 10:00 AM",
            "Sat, Nov 28 at 10:00 AM"
        ]
    );
    let spanish: Vec<String> = schedule
        .next_meetings(now, 5, &London)
        .iter()
        .map(|m| meeting_words(m, now, &London, Es))
        .collect();
    assert_eq!(
        spanish,
        [
            "Hoy a las 10:00 a. m.",
            "Mañana a las 10:00 a. m.",
            "El lunes a las 10:00 a. m.",
            "El viernes a las 10:00 a. m.",
            "sáb, 28 de nov a las 10:00 a. m."
        ]
    );
    let past = schedule.meetings_between(now - chrono::Duration::days(2), now, &London);
    assert_eq!(
        past.iter()
            .map(|m| meeting_words(m, now, &London, En))
            .collect::<Vec<_>>(),
        ["Yesterday at 10:00 AM"]
    );
}

#[test]
fn a_meeting_is_found_by_its_start_and_nothing_else_is() {
    let schedule = timed(weekly(&[Weekday::Tue], day(2026, 1, 1)), 10, 0, 60);
    let Schedule::Timed(t) = schedule else {
        unreachable!()
    };
    let start = Utc.with_ymd_and_hms(2026, 11, 17, 10, 0, 0).unwrap();
    assert_eq!(t.meeting_at(start, &London).map(|m| m.start), Some(start));
    for wrong in [
        start + chrono::Duration::minutes(1),
        start + chrono::Duration::days(1),
        Utc.with_ymd_and_hms(2025, 12, 30, 10, 0, 0).unwrap(),
    ] {
        assert_eq!(t.meeting_at(wrong, &London), None, "{wrong}");
    }
}

#[test]
fn archived_groups_have_no_meetings_to_come() {
    let now = Utc.with_ymd_and_hms(2026, 11, 21, 8, 0, 0).unwrap();
    let mut archived = group(
        "Old class",
        timed(weekly(&[Weekday::Mon], day(2026, 1, 1)), 10, 0, 60),
    );
    archived.archived_at = Some(now);
    let active = group(
        "Tuesday group",
        timed(weekly(&[Weekday::Tue], day(2026, 1, 1)), 10, 0, 60),
    );
    assert!(archived.next_meetings(now, 3, &London).is_empty());
    let both = [archived, active];
    let upcoming = meetings_between(
        &both,
        now,
        now + chrono::Duration::days(14),
        &London,
        |_, _| false,
    );
    assert_eq!(upcoming.len(), 2);
    assert!(upcoming.iter().all(|m| m.group_name == "Tuesday group"));
}

fn valid_input() -> GroupInput {
    GroupInput::named("Tuesday Mums", ScheduleInput::weekly(&["tue"], "10:00", 90))
}

fn problem(input: &GroupInput) -> (String, String) {
    match input.validate(day(2026, 11, 21)) {
        Err(Error::Invalid { field, reason }) => (field.to_owned(), reason.to_string()),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn every_schedule_kind_is_checked_and_kept_as_entered() {
    let today = day(2026, 11, 21);
    let inputs = [
        ScheduleInput::weekly(&["tue", "thu"], "10:00", 90),
        ScheduleInput {
            repeats: "every_other_week".into(),
            date: Some("2026-12-16".into()),
            time: Some("18:30".into()),
            duration_minutes: Some(60),
            ..ScheduleInput::default()
        },
        ScheduleInput {
            repeats: "monthly".into(),
            weekdays: vec!["fri".into()],
            nth: Some(-1),
            date: Some("2026-11-01".into()),
            time: Some("19:00".into()),
            duration_minutes: Some(120),
        },
        ScheduleInput {
            repeats: "once".into(),
            date: Some("2026-12-05".into()),
            time: Some("14:00".into()),
            duration_minutes: Some(1440),
            ..ScheduleInput::default()
        },
        ScheduleInput {
            repeats: "none".into(),
            ..ScheduleInput::default()
        },
    ];
    for input in inputs {
        let schedule = input.validate(today).unwrap();
        let again = ScheduleInput::from(&schedule);
        assert_eq!(again.validate(today).unwrap(), schedule, "{input:?}");
    }
    // A weekly schedule without a start date starts today.
    let weekly = ScheduleInput::weekly(&["sat"], "09:00", 60)
        .validate(today)
        .unwrap();
    assert_eq!(
        ScheduleInput::from(&weekly).date.as_deref(),
        Some("2026-11-21")
    );
}

#[test]
fn bad_schedules_are_refused_with_a_reason() {
    type Change = Box<dyn Fn(&mut ScheduleInput)>;
    let cases: Vec<(&str, Change)> = vec![
        ("weekdays", Box::new(|s| s.weekdays.clear())),
        ("weekdays", Box::new(|s| s.weekdays = vec!["funday".into()])),
        ("time", Box::new(|s| s.time = Some("25:00".into()))),
        ("time", Box::new(|s| s.time = Some("10:60".into()))),
        ("time", Box::new(|s| s.time = Some("ten".into()))),
        ("time", Box::new(|s| s.time = None)),
        (
            "duration_minutes",
            Box::new(|s| s.duration_minutes = Some(0)),
        ),
        (
            "duration_minutes",
            Box::new(|s| s.duration_minutes = Some(24 * 60 + 1)),
        ),
        (
            "duration_minutes",
            Box::new(|s| s.duration_minutes = Some(-30)),
        ),
        ("duration_minutes", Box::new(|s| s.duration_minutes = None)),
        ("repeats", Box::new(|s| s.repeats = "daily-ish".into())),
        ("date", Box::new(|s| s.date = Some("2026-02-30".into()))),
        ("date", Box::new(|s| s.date = Some("1999-12-31".into()))),
        ("date", Box::new(|s| s.date = Some("2101-01-01".into()))),
        (
            "date",
            Box::new(|s| {
                s.repeats = "once".into();
                s.date = None;
            }),
        ),
        (
            "date",
            Box::new(|s| {
                s.repeats = "every_other_week".into();
                s.date = Some(String::new());
            }),
        ),
    ];
    for (field, change) in cases {
        let mut input = valid_input();
        change(&mut input.schedule);
        let (got, reason) = problem(&input);
        assert_eq!(got, field, "{:?}: {reason}", input.schedule);
        assert!(!reason.is_empty());
    }
    for nth in [0, 6, -2, 99] {
        let mut input = valid_input();
        input.schedule.repeats = "monthly".into();
        input.schedule.nth = Some(nth);
        let (field, reason) = problem(&input);
        assert_eq!(field, "nth", "{nth}");
        assert_eq!(
            reason,
            "Pick the 1st, 2nd, 3rd, 4th, 5th or last of the month."
        );
    }
    let mut two_days = valid_input();
    two_days.schedule.repeats = "monthly".into();
    two_days.schedule.nth = Some(2);
    two_days.schedule.weekdays = vec!["tue".into(), "wed".into()];
    assert_eq!(problem(&two_days).0, "weekdays");
    let mut none = valid_input();
    none.schedule.weekdays.clear();
    assert_eq!(
        problem(&none).1,
        "Pick at least one day of the week it meets on."
    );
}

#[test]
fn links_must_be_https_and_nothing_else() {
    for bad in [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "file:///etc/passwd",
        "http://example.org/group",
        "https://",
        "https://user:secret@example.org/",
        "https://exa mple.org",
        "data:text/html,<script>alert(1)</script>",
        "example.org",
        "tel:988",
    ] {
        let mut input = valid_input();
        input.link = bad.into();
        let (field, reason) = problem(&input);
        assert_eq!(field, "link", "{bad}");
        assert!(reason.contains("https://"), "{reason}");
    }
    let mut input = valid_input();
    input.link = "  https://Example.org/Meet?id=1  ".into();
    let details = input.validate(day(2026, 11, 21)).unwrap();
    assert_eq!(details.link, "https://example.org/Meet?id=1");
}

#[test]
fn html_is_refused_in_every_text_field_but_a_heart_is_not() {
    type Set = fn(&mut GroupInput, &str);
    let fields: [(&str, Set); 4] = [
        ("name", |g, v| g.name = v.into()),
        ("place", |g, v| g.place = v.into()),
        ("contact", |g, v| g.contact = v.into()),
        ("notes", |g, v| g.notes = v.into()),
    ];
    for (field, set) in fields {
        for html in [
            "<b>Mums</b>",
            "<script>alert(1)</script>",
            "Hi <img src=x onerror=alert(1)>",
            "<svg onload=alert(1)>",
            "</p>",
            "<!-- hidden -->",
        ] {
            let mut input = valid_input();
            set(&mut input, html);
            let (got, reason) = problem(&input);
            assert_eq!(got, field, "{html}");
            assert!(reason.contains("HTML"), "{reason}");
        }
        let mut input = valid_input();
        set(&mut input, "Mums & bubs <3 (2 < 3)");
        assert!(input.validate(day(2026, 11, 21)).is_ok(), "{field}");
    }
    for (bad, field) in [("", "name"), ("   ", "name"), ("Tea\0time", "name")] {
        let mut input = valid_input();
        input.name = bad.into();
        assert_eq!(problem(&input).0, field);
    }
    let mut long = valid_input();
    long.name = "a".repeat(NAME_MAX + 1);
    assert_eq!(
        problem(&long).1,
        "The name can be at most 100 characters; this is 101."
    );
    let mut kind = valid_input();
    kind.kind = "cult".into();
    assert_eq!(problem(&kind).0, "kind");
}

#[test]
fn schedules_are_said_in_plain_words() {
    let cases = [
        (
            timed(
                weekly(&[Weekday::Tue, Weekday::Thu], day(2026, 1, 1)),
                10,
                0,
                90,
            ),
            "Every Tuesday and Thursday at 10:00 AM, for 1 hour 30 minutes",
            "Todos los martes y jueves a las 10:00 a. m., durante 1 hora y 30 minutos",
        ),
        (
            timed(
                Recurrence::EveryOtherWeek {
                    anchor: day(2026, 12, 16),
                },
                18,
                30,
                60,
            ),
            "Every other Wednesday at 6:30 PM, for 1 hour",
            "Cada dos semanas, los miércoles a las 6:30 p. m., durante 1 hora",
        ),
        (
            timed(
                Recurrence::Monthly {
                    nth: Nth::Last,
                    weekday: Weekday::Fri,
                    from: day(2026, 1, 1),
                },
                19,
                0,
                45,
            ),
            "The last Friday of each month at 7:00 PM, for 45 minutes",
            "El último viernes de cada mes a las 7:00 p. m., durante 45 minutos",
        ),
        (
            timed(
                Recurrence::Once {
                    on: day(2026, 12, 5),
                },
                14,
                0,
                120,
            ),
            "Once, on Sat, Dec 5, 2026 at 2:00 PM, for 2 hours",
            "Una vez, el sáb, 5 de dic de 2026 a las 2:00 p. m., durante 2 horas",
        ),
        (Schedule::NoFixedTime, "No fixed time", "Sin horario fijo"),
    ];
    for (schedule, english, spanish) in cases {
        assert_eq!(schedule.words(En), english);
        assert_eq!(schedule.words(Es), spanish);
    }
}

#[test]
fn the_felt_after_tag_is_the_group_name_cut_to_a_tag() {
    assert_eq!(group_tag("Tuesday Mums").unwrap(), "Tuesday Mums");
    let long = "Bumps and Babies at the Community Centre on Tuesday mornings";
    let tag = group_tag(long).unwrap();
    assert_eq!(tag.chars().count(), crate::journal::TAG_MAX);
    assert!(long.starts_with(&tag));
}

mod calendar_file {
    //! The .ics is read back by two crates that are not ours: `ical` parses the file, `rrule`
    //! expands its rules, and both must agree with the meetings Village computes.

    use std::collections::HashMap;

    use ical::parser::ical::component::IcalEvent;
    use ical::property::Property;
    use rrule::RRuleSet;

    use super::*;

    fn parse(ics: &str) -> ical::parser::ical::component::IcalCalendar {
        let mut calendars = ical::IcalParser::new(std::io::BufReader::new(ics.as_bytes()));
        let calendar = calendars.next().expect("one calendar").expect("it parses");
        assert!(calendars.next().is_none());
        calendar
    }

    fn props(properties: &[Property]) -> HashMap<String, &Property> {
        properties.iter().map(|p| (p.name.clone(), p)).collect()
    }

    fn value<'a>(event: &'a IcalEvent, name: &str) -> Option<&'a str> {
        event
            .properties
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.as_deref())
    }

    fn param(event: &IcalEvent, name: &str, param: &str) -> Option<String> {
        let property = event.properties.iter().find(|p| p.name == name)?;
        property
            .params
            .as_ref()?
            .iter()
            .find(|(n, _)| n == param)
            .and_then(|(_, v)| v.first().cloned())
    }

    /// The first `count` starts the event's own DTSTART and RRULE give, expanded by `rrule`.
    fn expanded(event: &IcalEvent, count: u16) -> Vec<chrono::DateTime<Utc>> {
        let tzid = param(event, "DTSTART", "TZID").expect("DTSTART has a TZID");
        let start = value(event, "DTSTART").expect("DTSTART");
        let mut text = format!("DTSTART;TZID={tzid}:{start}");
        match value(event, "RRULE") {
            Some(rule) => text.push_str(&format!("\nRRULE:{rule}")),
            // A one-off is its start alone.
            None => text.push_str(&format!("\nRDATE;TZID={tzid}:{start}")),
        }
        let set: RRuleSet = text.parse().expect("rrule reads it");
        set.all(count)
            .dates
            .into_iter()
            .map(|d| d.with_timezone(&Utc))
            .collect()
    }

    fn schedules() -> Vec<(&'static str, Schedule)> {
        vec![
            (
                "Weekly",
                timed(
                    weekly(&[Weekday::Tue, Weekday::Thu], day(2026, 1, 7)),
                    10,
                    0,
                    90,
                ),
            ),
            (
                "Fortnightly",
                timed(
                    Recurrence::EveryOtherWeek {
                        anchor: day(2026, 12, 16),
                    },
                    18,
                    30,
                    60,
                ),
            ),
            (
                "Second Tuesday",
                timed(
                    Recurrence::Monthly {
                        nth: Nth::Ordinal(2),
                        weekday: Weekday::Tue,
                        from: day(2026, 1, 1),
                    },
                    10,
                    0,
                    60,
                ),
            ),
            (
                "Fifth Sunday",
                timed(
                    Recurrence::Monthly {
                        nth: Nth::Ordinal(5),
                        weekday: Weekday::Sun,
                        from: day(2026, 1, 1),
                    },
                    2,
                    30,
                    60,
                ),
            ),
            (
                "Last Friday",
                timed(
                    Recurrence::Monthly {
                        nth: Nth::Last,
                        weekday: Weekday::Fri,
                        from: day(2026, 2, 1),
                    },
                    19,
                    0,
                    120,
                ),
            ),
            (
                "Sunday nights",
                timed(weekly(&[Weekday::Sun], day(2026, 1, 1)), 2, 30, 60),
            ),
            (
                "Picnic",
                timed(
                    Recurrence::Once {
                        on: day(2026, 12, 5),
                    },
                    14,
                    0,
                    120,
                ),
            ),
        ]
    }

    #[test]
    fn every_event_and_rule_matches_the_schedule_village_computes() {
        let now = Utc.with_ymd_and_hms(2026, 11, 21, 9, 0, 0).unwrap();
        let groups: Vec<Group> = schedules()
            .into_iter()
            .map(|(name, s)| group(name, s))
            .chain([group("Online chat", Schedule::NoFixedTime)])
            .collect();
        let ics = calendar(&groups, &New_York, "America/New_York", now, En);
        let parsed = parse(&ics);
        assert_eq!(
            props(&parsed.properties)["VERSION"].value.as_deref(),
            Some("2.0")
        );
        // The group with no fixed time has nothing to put in a calendar.
        assert_eq!(parsed.events.len(), groups.len() - 1);
        for g in groups.iter().filter(|g| g.schedule.timed().is_some()) {
            let event = parsed
                .events
                .iter()
                .find(|e| value(e, "SUMMARY") == Some(g.name.as_str()))
                .unwrap_or_else(|| panic!("no event for {}", g.name));
            assert_eq!(
                value(event, "UID"),
                Some(format!("{}@village.app", g.id).as_str())
            );
            assert_eq!(
                param(event, "DTSTART", "TZID").as_deref(),
                Some("America/New_York")
            );
            let Schedule::Timed(t) = g.schedule else {
                unreachable!()
            };
            let duration = match t.duration_minutes {
                60 => "PT1H",
                90 => "PT1H30M",
                120 => "PT2H",
                other => panic!("no expected duration for {other}"),
            };
            assert_eq!(value(event, "DURATION"), Some(duration), "{}", g.name);
            let theirs = expanded(event, 40);
            let (first, last) = (theirs[0], theirs[theirs.len() - 1]);
            let ours: Vec<_> = g
                .schedule
                .meetings_between(first, last + chrono::Duration::minutes(1), &New_York)
                .into_iter()
                .map(|m| m.start)
                .collect();
            assert_eq!(ours, theirs, "{}", g.name);
            // The first meeting Village knows of is the event's start, not a day before it.
            let from = t.recurrence.first_date().unwrap();
            assert_eq!(
                ours[0].with_timezone(&New_York).date_naive(),
                from,
                "{}",
                g.name
            );
        }
        let picnic = parsed
            .events
            .iter()
            .find(|e| value(e, "SUMMARY") == Some("Picnic"))
            .unwrap();
        assert_eq!(value(picnic, "RRULE"), None);
        assert_eq!(expanded(picnic, 5).len(), 1);
    }

    #[test]
    fn the_rules_are_the_ones_a_calendar_expects() {
        let now = Utc.with_ymd_and_hms(2026, 11, 21, 9, 0, 0).unwrap();
        let groups: Vec<Group> = schedules()
            .into_iter()
            .map(|(name, s)| group(name, s))
            .collect();
        let parsed = parse(&calendar(&groups, &London, "Europe/London", now, En));
        let rule = |name: &str| {
            let event = parsed
                .events
                .iter()
                .find(|e| value(e, "SUMMARY") == Some(name))
                .unwrap();
            value(event, "RRULE").map(str::to_owned)
        };
        assert_eq!(
            rule("Weekly").as_deref(),
            Some("FREQ=WEEKLY;WKST=MO;BYDAY=TU,TH")
        );
        assert_eq!(
            rule("Fortnightly").as_deref(),
            Some("FREQ=WEEKLY;INTERVAL=2;WKST=MO;BYDAY=WE")
        );
        assert_eq!(
            rule("Second Tuesday").as_deref(),
            Some("FREQ=MONTHLY;BYDAY=2TU")
        );
        assert_eq!(
            rule("Last Friday").as_deref(),
            Some("FREQ=MONTHLY;BYDAY=-1FR")
        );
        assert_eq!(
            rule("Fifth Sunday").as_deref(),
            Some("FREQ=MONTHLY;BYDAY=5SU")
        );
    }

    #[test]
    fn uids_stay_the_same_so_a_second_import_updates() {
        let now = Utc.with_ymd_and_hms(2026, 11, 21, 9, 0, 0).unwrap();
        let mut g = group(
            "Tuesday Mums",
            timed(weekly(&[Weekday::Tue], day(2026, 1, 1)), 10, 0, 60),
        );
        let first = parse(&calendar(
            std::slice::from_ref(&g),
            &London,
            "Europe/London",
            now,
            En,
        ));
        g.name = "Tuesday Mums & Bubs".into();
        g.revision = 1;
        g.schedule = timed(weekly(&[Weekday::Wed], day(2026, 1, 1)), 10, 0, 60);
        let later = now + chrono::Duration::days(3);
        let second = parse(&calendar(
            std::slice::from_ref(&g),
            &London,
            "Europe/London",
            later,
            En,
        ));
        assert_eq!(
            value(&first.events[0], "UID"),
            value(&second.events[0], "UID")
        );
        assert_eq!(value(&first.events[0], "SEQUENCE"), Some("0"));
        assert_eq!(value(&second.events[0], "SEQUENCE"), Some("1"));
        // Text values are escaped, and the parser keeps them as written.
        assert_eq!(
            value(&second.events[0], "SUMMARY"),
            Some("Tuesday Mums & Bubs")
        );
    }

    #[test]
    fn place_link_and_notes_travel_with_the_event() {
        let now = Utc.with_ymd_and_hms(2026, 11, 21, 9, 0, 0).unwrap();
        let mut g = group(
            "Bumps, Babies; and Tea",
            timed(weekly(&[Weekday::Tue], day(2026, 1, 1)), 10, 0, 60),
        );
        g.place = "St Mary's Hall, 4 Church Lane".into();
        g.link = "https://example.org/bumps".into();
        g.notes = "Bring a blanket.\nParking at the back.".into();
        g.contact = "Jo, 07700 900123".into();
        let ics = calendar(&[g], &London, "Europe/London", now, En);
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert!(
            ics.lines().all(|l| l.len() <= 76),
            "lines fold at 75 octets"
        );
        let parsed = parse(&ics);
        let event = &parsed.events[0];
        assert_eq!(value(event, "SUMMARY"), Some("Bumps\\, Babies\\; and Tea"));
        assert_eq!(
            value(event, "LOCATION"),
            Some("St Mary's Hall\\, 4 Church Lane")
        );
        assert_eq!(value(event, "URL"), Some("https://example.org/bumps"));
        let description = value(event, "DESCRIPTION").unwrap();
        assert!(description.contains("Bring a blanket.\\nParking at the back."));
        assert!(description.contains("Contact: Jo\\, 07700 900123"));
    }

    #[test]
    fn the_time_zone_is_described_for_calendars_that_do_not_know_its_name() {
        let now = Utc.with_ymd_and_hms(2026, 11, 21, 9, 0, 0).unwrap();
        let g = group(
            "Tuesday Mums",
            timed(weekly(&[Weekday::Tue], day(2026, 1, 1)), 10, 0, 60),
        );
        let zone = |tz_ics: &str| {
            let parsed = parse(tz_ics);
            assert_eq!(parsed.timezones.len(), 1);
            let tz = &parsed.timezones[0];
            let mut rules: Vec<(String, String, String, String)> = tz
                .transitions
                .iter()
                .map(|t| {
                    let p = props(&t.properties);
                    let get = |n: &str| p.get(n).and_then(|p| p.value.clone()).unwrap_or_default();
                    (
                        get("RRULE"),
                        get("TZOFFSETFROM"),
                        get("TZOFFSETTO"),
                        get("DTSTART"),
                    )
                })
                .collect();
            rules.sort();
            rules
        };
        let new_york = zone(&calendar(
            std::slice::from_ref(&g),
            &New_York,
            "America/New_York",
            now,
            En,
        ));
        assert_eq!(
            new_york,
            [
                (
                    "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU".to_owned(),
                    "-0400".to_owned(),
                    "-0500".to_owned(),
                    "19701101T020000".to_owned()
                ),
                (
                    "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU".to_owned(),
                    "-0500".to_owned(),
                    "-0400".to_owned(),
                    "19700308T020000".to_owned()
                ),
            ]
        );
        let london = zone(&calendar(
            std::slice::from_ref(&g),
            &London,
            "Europe/London",
            now,
            En,
        ));
        assert_eq!(
            london.iter().map(|r| r.0.as_str()).collect::<Vec<_>>(),
            [
                "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
                "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"
            ]
        );
        let kolkata = zone(&calendar(
            std::slice::from_ref(&g),
            &Kolkata,
            "Asia/Kolkata",
            now,
            En,
        ));
        assert_eq!(
            kolkata,
            [(
                String::new(),
                "+0530".to_owned(),
                "+0530".to_owned(),
                "19700101T000000".to_owned()
            )]
        );
    }
}

#[test]
fn calendar_file_names_come_from_the_group_name_safely() {
    assert_eq!(file_stem("Tuesday Mums").as_deref(), Some("Tuesday Mums"));
    assert_eq!(file_stem("../../etc/passwd").as_deref(), Some("etc-passwd"));
    assert_eq!(file_stem("///"), None);
    assert_eq!(file_stem("Café Bébé").as_deref(), Some("Café Bébé"));
    assert_eq!(
        file_stem(&"a".repeat(80)).map(|s| s.chars().count()),
        Some(60)
    );
}
