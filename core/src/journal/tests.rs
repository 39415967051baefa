//! Journal rules at fixed instants: the day a note belongs to, and what is refused.

use chrono::{Duration, FixedOffset, TimeZone, Utc};
use chrono_tz::America::New_York;
use chrono_tz::Pacific::Auckland;

use super::*;

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap()
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn a_note_belongs_to_her_day_not_the_utc_day() {
    // 02:30 UTC on 2 March is still the evening of 1 March in New York.
    assert_eq!(day_of(at(2026, 3, 2, 2, 30), &New_York), date(2026, 3, 1));
    // ...and already the afternoon of 2 March in Auckland.
    assert_eq!(day_of(at(2026, 3, 2, 2, 30), &Auckland), date(2026, 3, 2));
    assert_eq!(day_of(at(2026, 3, 1, 11, 30), &Auckland), date(2026, 3, 2));
}

#[test]
fn midnight_is_the_first_moment_of_the_new_day() {
    let tz = FixedOffset::east_opt(2 * 3600).unwrap();
    assert_eq!(day_of(at(2026, 5, 31, 21, 59), &tz), date(2026, 5, 31));
    assert_eq!(day_of(at(2026, 5, 31, 22, 0), &tz), date(2026, 6, 1));
}

#[test]
fn days_stay_right_across_daylight_saving_changes() {
    // New York springs forward on 8 March 2026 (02:00 -> 03:00) and falls back on 1 November.
    assert_eq!(day_of(at(2026, 3, 8, 4, 59), &New_York), date(2026, 3, 7));
    assert_eq!(day_of(at(2026, 3, 8, 5, 0), &New_York), date(2026, 3, 8));
    // After the change, midnight is 04:00 UTC, not 05:00.
    assert_eq!(day_of(at(2026, 3, 9, 3, 59), &New_York), date(2026, 3, 8));
    assert_eq!(day_of(at(2026, 3, 9, 4, 0), &New_York), date(2026, 3, 9));
    // The repeated hour on 1 November belongs to 1 November both times.
    assert_eq!(day_of(at(2026, 11, 1, 5, 30), &New_York), date(2026, 11, 1));
    assert_eq!(day_of(at(2026, 11, 1, 6, 30), &New_York), date(2026, 11, 1));
    assert_eq!(day_of(at(2026, 11, 2, 4, 59), &New_York), date(2026, 11, 1));
}

#[test]
fn a_valid_note_is_tidied() {
    let now = at(2026, 3, 1, 9, 0);
    let input = MoodNoteInput {
        mood: 4,
        note: "  Walked to the park  ".into(),
        tags: vec![
            "  got   outside ".into(),
            "Got Outside".into(),
            "hopeful".into(),
        ],
        energy: Some(3),
        sleep_hours: Some(5.5),
        written_at: Some(now),
    };
    let details = input.validate(now, &Utc).unwrap();
    assert_eq!(details.note, "Walked to the park");
    assert_eq!(
        details.tags,
        vec!["got outside".to_owned(), "hopeful".to_owned()]
    );
    assert_eq!(details.sleep_half_hours, Some(11));
    assert_eq!(details.when, Some((now, date(2026, 3, 1))));
}

#[test]
fn bad_notes_are_refused_field_by_field() {
    let now = at(2026, 3, 1, 9, 0);
    let field = |input: MoodNoteInput| match input.validate(now, &Utc) {
        Err(Error::Invalid { field, .. }) => field,
        other => panic!("expected a refusal, got {other:?}"),
    };
    assert_eq!(field(MoodNoteInput::new(0, now)), "mood");
    assert_eq!(field(MoodNoteInput::new(6, now)), "mood");
    assert_eq!(field(MoodNoteInput::new(-1, now)), "mood");
    assert_eq!(
        field(MoodNoteInput::new(3, now).with_note(&"x".repeat(20_001))),
        "note"
    );
    assert_eq!(field(MoodNoteInput::new(3, now).with_note("a\0b")), "note");
    assert_eq!(field(MoodNoteInput::new(3, now).with_tags(&[""])), "tag");
    assert_eq!(field(MoodNoteInput::new(3, now).with_tags(&["   "])), "tag");
    assert_eq!(
        field(MoodNoteInput::new(3, now).with_tags(&[&"t".repeat(41)])),
        "tag"
    );
    assert_eq!(
        field(MoodNoteInput::new(3, now + Duration::minutes(5))),
        "written_at"
    );
    for sleep in [25.0, -0.5, 7.25, f64::NAN, f64::INFINITY] {
        let mut input = MoodNoteInput::new(3, now);
        input.sleep_hours = Some(sleep);
        assert_eq!(field(input), "sleep_hours", "{sleep}");
    }
    for energy in [0, 6] {
        let mut input = MoodNoteInput::new(3, now);
        input.energy = Some(energy);
        assert_eq!(field(input), "energy");
    }
    assert!(
        MoodNoteInput::new(3, now)
            .with_note(&"x".repeat(20_000))
            .validate(now, &Utc)
            .is_ok()
    );
}

#[test]
fn right_to_left_text_emoji_and_markup_are_kept_as_written() {
    let now = at(2026, 3, 1, 9, 0);
    for note in [
        "שלום, יום קשה",
        "😴🍼 long night",
        "<script>alert(1)</script>",
        "a\nb\tc",
    ] {
        let details = MoodNoteInput::new(2, now)
            .with_note(note)
            .validate(now, &Utc)
            .unwrap();
        assert_eq!(details.note, note);
    }
}

#[test]
fn weeks_end_on_the_last_day_and_average_over_notes() {
    let to = date(2026, 3, 28);
    let from = to - Duration::days(27);
    let days = [
        DayMood {
            date: date(2026, 3, 28),
            mood_sum: 4,
            count: 1,
        },
        DayMood {
            date: date(2026, 3, 22),
            mood_sum: 6,
            count: 3,
        },
        DayMood {
            date: date(2026, 3, 21),
            mood_sum: 5,
            count: 1,
        },
        DayMood {
            date: date(2026, 3, 1),
            mood_sum: 3,
            count: 1,
        },
        DayMood {
            date: date(2026, 2, 28),
            mood_sum: 5,
            count: 1,
        },
    ];
    let weeks = week_buckets(&days, from, to);
    assert_eq!(weeks.len(), 4);
    assert_eq!(weeks[3].start, date(2026, 3, 22));
    assert_eq!(weeks[3].count, 4);
    assert_eq!(weeks[3].average, Some(2.5));
    assert_eq!(weeks[2].start, date(2026, 3, 15));
    assert_eq!(weeks[2].count, 1);
    assert_eq!(weeks[0].start, date(2026, 3, 1));
    assert_eq!(weeks[0].count, 1, "the day before `from` is left out");
    assert_eq!(weeks[1].average, None);
}
