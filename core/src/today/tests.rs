#![allow(clippy::unwrap_used)]

use chrono::TimeZone;

use super::*;
use crate::catalog::Language::{En, Es};
use crate::circle::Birthday;
use crate::self_check::SelfCheckId;

fn date(month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, month, day).unwrap()
}

fn at(month: u32, day: u32, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, month, day, hour, 0, 0).unwrap()
}

fn person(name: &str) -> Person {
    Person {
        id: PersonId::new(),
        name: name.to_owned(),
        relationship: Relationship::Friend,
        phone: "555-0100".to_owned(),
        email: String::new(),
        reach: String::new(),
        cadence_days: Some(7),
        birthday: None,
        notes: String::new(),
        pinned: false,
        paused: false,
        muted: false,
        snoozed_until: None,
        archived_at: None,
        created_at: at(1, 1, 9),
        updated_at: at(1, 1, 9),
    }
}

fn with_person(name: &str, at: DateTime<Utc>, on: NaiveDate) -> Connection {
    Connection {
        at,
        on,
        with: ConnectedWith::Person {
            id: PersonId::new(),
            name: name.to_owned(),
        },
    }
}

#[test]
fn the_pulse_counts_days_in_her_calendar_and_names_who() {
    let today = date(3, 10);
    let sam = with_person("Sam", at(3, 6, 23), date(3, 6));
    let pulse = Pulse::new(Some(sam), today);
    assert_eq!(pulse.days_since, Some(4));
    assert_eq!(
        pulse.words().render(En),
        "You last connected 4 days ago, with Sam."
    );
    assert_eq!(
        pulse.words().render(Es),
        "Tu último contacto fue hace 4 días, con Sam."
    );

    let yesterday = Pulse::new(Some(with_person("Ana", at(3, 9, 8), date(3, 9))), today);
    assert_eq!(
        yesterday.words().render(En),
        "You last connected yesterday, with Ana."
    );
    assert_eq!(
        yesterday.words().render(Es),
        "Tu último contacto fue ayer, con Ana."
    );
    let same_day = Pulse::new(Some(with_person("Ana", at(3, 10, 8), date(3, 10))), today);
    assert_eq!(
        same_day.words().render(En),
        "You connected today, with Ana."
    );
    assert_eq!(same_day.words().render(Es), "Hoy te conectaste con Ana.");
}

#[test]
fn the_pulse_counts_a_group_meeting_and_says_where() {
    let cafe = Connection {
        at: at(3, 8, 10),
        on: date(3, 8),
        with: ConnectedWith::Group {
            id: GroupId::new(),
            name: "Baby Café".to_owned(),
        },
    };
    let pulse = Pulse::new(Some(cafe), date(3, 10));
    assert_eq!(
        pulse.words().render(En),
        "You last connected 2 days ago, at Baby Café."
    );
    assert_eq!(
        pulse.words().render(Es),
        "Tu último contacto fue hace 2 días, en Baby Café."
    );
}

#[test]
fn with_nothing_logged_the_pulse_invites_rather_than_counting_zero() {
    let pulse = Pulse::new(None, date(3, 10));
    assert_eq!(pulse.days_since, None);
    let words = pulse.words().render(En);
    assert!(!words.contains('0'), "{words}");
    assert!(words.starts_with("Nothing logged yet"));
}

#[test]
fn a_connection_dated_after_today_reads_as_today() {
    let pulse = Pulse::new(
        Some(with_person("Sam", at(3, 11, 1), date(3, 11))),
        date(3, 10),
    );
    assert_eq!(pulse.days_since, Some(0));
}

#[test]
fn birthdays_this_week_run_from_today_for_seven_days_with_the_age_when_known() {
    let today = date(3, 10);
    let born = |name: &str, month, day, year| {
        let mut p = person(name);
        p.birthday = Some(Birthday { month, day, year });
        p
    };
    let mut paused = born("Paused", 3, 11, None);
    paused.paused = true;
    let people = [
        born("Lee", 3, 16, Some(1990)),
        born("Ana", 3, 10, None),
        born("Late", 3, 17, None),
        born("Past", 3, 9, None),
        paused,
        person("No birthday"),
    ];
    let soon = birthdays_this_week(&people, today);
    let names: Vec<(&str, i64, Option<i32>)> = soon
        .iter()
        .map(|b| (b.name.as_str(), b.in_days, b.turns))
        .collect();
    assert_eq!(names, [("Ana", 0, None), ("Lee", 6, Some(36))]);
}

fn days_at(moods: &[(u32, f64)]) -> Vec<DayMood> {
    // Each day as two notes, so the day's average is what the rule reads.
    moods
        .iter()
        .map(|(day, average)| DayMood {
            date: date(3, *day),
            mood_sum: (average * 2.0).round() as i64,
            count: 2,
        })
        .collect()
}

#[test]
fn five_low_days_in_the_last_seven_bring_the_card_and_four_do_not() {
    let today = date(3, 10);
    // Days 4–10 are the last seven.
    let five = days_at(&[
        (4, 2.0),
        (5, 1.5),
        (6, 4.0),
        (7, 2.0),
        (8, 3.0),
        (10, 1.0),
        (9, 2.0),
    ]);
    assert_eq!(care_reason(&five, None, today), Some(CareReason::LowDays));
    let four = days_at(&[
        (4, 2.0),
        (5, 1.5),
        (6, 4.0),
        (7, 2.5),
        (8, 3.0),
        (10, 1.0),
        (9, 2.0),
    ]);
    assert_eq!(care_reason(&four, None, today), None);
    // The first day of the week counts; the day before it does not.
    let edge = days_at(&[(4, 1.0), (5, 1.0), (7, 1.0), (9, 1.0), (10, 1.0)]);
    assert_eq!(care_reason(&edge, None, today), Some(CareReason::LowDays));
    let outside = days_at(&[(3, 1.0), (5, 1.0), (7, 1.0), (9, 1.0), (10, 1.0)]);
    assert_eq!(care_reason(&outside, None, today), None);
}

fn phq9(score_items: [u8; 9], on: NaiveDate) -> SelfCheck {
    SelfCheck {
        id: SelfCheckId::new(),
        kind: Questionnaire::Phq9,
        score: score_items.iter().sum(),
        items: score_items.to_vec(),
        difficulty: None,
        taken_at: on.and_hms_opt(9, 0, 0).unwrap().and_utc(),
        local_date: on,
    }
}

#[test]
fn a_recent_phq9_of_ten_brings_the_card_nine_does_not_and_an_old_one_stops_counting() {
    let today = date(3, 20);
    let ten = phq9([2, 2, 1, 1, 1, 1, 1, 1, 0], date(3, 7));
    assert_eq!(ten.score, 10);
    assert_eq!(
        care_reason(&[], Some(&ten), today),
        Some(CareReason::SelfCheck)
    );
    let nine = phq9([2, 2, 1, 1, 1, 1, 1, 0, 0], date(3, 20));
    assert_eq!(care_reason(&[], Some(&nine), today), None);
    // 6 March is fourteen days before 20 March: outside the two weeks it speaks for.
    let old = phq9([3, 3, 3, 3, 3, 3, 3, 3, 0], date(3, 6));
    assert_eq!(care_reason(&[], Some(&old), today), None);
}

#[test]
fn any_answer_above_zero_on_item_nine_brings_the_crisis_card_whatever_the_score() {
    let one = phq9([0, 0, 0, 0, 0, 0, 0, 0, 1], date(3, 20));
    assert_eq!(
        care_reason(&[], Some(&one), date(3, 20)),
        Some(CareReason::SelfHarm)
    );
    // It leads even when the week was also hard.
    let hard = days_at(&[(14, 1.0), (15, 1.0), (16, 1.0), (17, 1.0), (18, 1.0)]);
    assert_eq!(
        care_reason(&hard, Some(&one), date(3, 20)),
        Some(CareReason::SelfHarm)
    );
}

#[test]
fn a_hidden_card_stays_hidden_for_the_week_unless_a_newer_phq9_calls_for_care() {
    let hidden_at = at(3, 10, 9);
    let until = hidden_at + chrono::Duration::days(CARE_DISMISS_DAYS);
    assert!(!care_hidden(None, None, at(3, 10, 10)));
    assert!(care_hidden(Some(until), None, at(3, 16, 23)));
    assert!(!care_hidden(Some(until), None, until));
    let mut before = phq9([2, 2, 2, 2, 2, 0, 0, 0, 0], date(3, 9));
    assert!(care_hidden(Some(until), Some(&before), at(3, 12, 9)));
    before.taken_at = at(3, 11, 9);
    assert!(
        !care_hidden(Some(until), Some(&before), at(3, 12, 9)),
        "taken after she hid it"
    );
    let calm = phq9([1, 1, 0, 0, 0, 0, 0, 0, 0], date(3, 11));
    assert!(
        care_hidden(Some(until), Some(&calm), at(3, 12, 9)),
        "a calm result keeps it hidden"
    );
}

#[test]
fn the_card_suggests_the_person_she_reached_most_recently_and_professionals_last() {
    let mut doctor = person("Dr Rao");
    doctor.relationship = Relationship::Professional;
    let mut paused = person("Paused");
    paused.paused = true;
    let mut no_way = person("No number");
    no_way.phone.clear();
    let people = [
        (doctor.clone(), Some(at(3, 9, 9))),
        (paused, Some(at(3, 9, 10))),
        (no_way, Some(at(3, 9, 11))),
        (person("Ana"), Some(at(2, 1, 9))),
        (person("Sam"), Some(at(3, 1, 9))),
        (person("Zoe"), None),
    ];
    let pairs = people.iter().map(|(p, last)| (p, *last));
    assert_eq!(someone_to_reach(pairs).unwrap().name, "Sam");
    assert_eq!(someone_to_reach([(&doctor, None)]).unwrap().name, "Dr Rao");
    assert_eq!(someone_to_reach([]), None);
}

#[test]
fn self_check_prompts_come_at_two_six_and_twelve_weeks_for_a_week_each() {
    let birth = date(1, 1);
    let prompt = |today, taken, dismissed| self_check_prompt(Some(birth), today, taken, dismissed);
    assert_eq!(prompt(date(1, 14), None, None), None);
    assert_eq!(prompt(date(1, 15), None, None), Some(2));
    assert_eq!(prompt(date(1, 21), None, None), Some(2));
    assert_eq!(prompt(date(1, 22), None, None), None);
    assert_eq!(prompt(date(2, 12), None, None), Some(6));
    assert_eq!(prompt(date(3, 26), None, None), Some(12));
    assert_eq!(prompt(date(4, 2), None, None), None);
    // Taken since the mark, or closed for this mark: gone; taken before the mark: still shown.
    assert_eq!(prompt(date(2, 13), Some(date(2, 12)), None), None);
    assert_eq!(prompt(date(2, 13), Some(date(2, 11)), None), Some(6));
    assert_eq!(prompt(date(2, 13), None, Some(6)), None);
    assert_eq!(prompt(date(2, 13), None, Some(2)), Some(6));
    assert_eq!(self_check_prompt(None, date(2, 13), None, None), None);
}
