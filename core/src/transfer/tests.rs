//! The pure parts of reading and writing files: mood names, times, vCard values, Markdown.

#![allow(clippy::unwrap_used)]

use chrono::NaiveDate;

use super::*;

#[test]
fn her_mood_names_come_first_and_daylio_defaults_fill_in() {
    let map = MoodMap::parse("Rad=4, sleepy=3,").unwrap();
    assert_eq!(map.mood("RAD"), Some(4));
    assert_eq!(map.mood("sleepy"), Some(3));
    assert_eq!(map.mood("awful"), Some(1));
    assert_eq!(map.mood("unknown"), None);
    for bad in ["rad=0", "rad=6", "rad", "=3", "rad=x"] {
        assert!(MoodMap::parse(bad).is_err(), "{bad}");
    }
}

#[test]
fn daylio_times_in_either_clock_are_read() {
    for (text, hm) in [
        ("20:15", (20, 15)),
        ("8:15 PM", (20, 15)),
        ("8:15 pm", (20, 15)),
        ("12:05 AM", (0, 5)),
        ("07:05", (7, 5)),
        ("17:01", (17, 1)),
        ("5:01 PM", (17, 1)),
        ("05:01 p.m.", (17, 1)),
        ("5:01 p. m.", (17, 1)),
        ("9:15 a. m.", (9, 15)),
        ("12:30 p. m.", (12, 30)),
        // Newer Android writes a narrow no-break space before the half of the day.
        ("5:01\u{202f}PM", (17, 1)),
        ("17:01:00", (17, 1)),
    ] {
        let time = daylio::parse_time(text).unwrap_or_else(|| panic!("{text}"));
        assert_eq!(
            time,
            chrono::NaiveTime::from_hms_opt(hm.0, hm.1, 0).unwrap()
        );
    }
    for bad in [
        "", "25:00", "8 PM", "noon", "13:00 PM", "0:30 AM", "7:5", "+7:05", "7:05 xm", "7:05:",
    ] {
        assert!(daylio::parse_time(bad).is_none(), "{bad}");
    }
}

#[test]
fn daylio_day_and_month_in_english_or_spanish_in_any_order() {
    for (text, expected) in [
        ("June 22", (6, 22)),
        ("22 June", (6, 22)),
        ("jun. 22", (6, 22)),
        ("JUN 22", (6, 22)),
        ("June 22nd", (6, 22)),
        ("22 de junio", (6, 22)),
        ("3 de Septiembre", (9, 3)),
        ("3 de setiembre", (9, 3)),
        ("sept. 3", (9, 3)),
        ("1 de ENERO", (1, 1)),
        ("ene. 1", (1, 1)),
        ("15 de dic.", (12, 15)),
        ("4 de abr", (4, 4)),
        ("ago 9", (8, 9)),
        // Accents, as a phone might add them, are read past.
        ("2 de agósto", (8, 2)),
        ("May 5", (5, 5)),
        ("5 de mayo", (5, 5)),
    ] {
        assert_eq!(daylio::month_day(text), Some(expected), "{text}");
    }
    for bad in [
        "",
        "June",
        "22",
        "June 22 23",
        "June July 1",
        "Juni 22",
        "22 of june",
        "June 2x",
    ] {
        assert_eq!(daylio::month_day(bad), None, "{bad}");
    }
}

#[test]
fn vcard_birthdays_in_every_form_and_impossible_ones_refused() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 21).unwrap();
    let read = |text: &str| vcard::birthday(text, today).map(|b| (b.month, b.day, b.year));
    assert_eq!(read("1985-04-12"), Some((4, 12, Some(1985))));
    assert_eq!(read("19850412"), Some((4, 12, Some(1985))));
    assert_eq!(read("1985-04-12T00:00:00Z"), Some((4, 12, Some(1985))));
    assert_eq!(read("--0412"), Some((4, 12, None)));
    assert_eq!(read("--04-12"), Some((4, 12, None)));
    assert_eq!(read("--0229"), Some((2, 29, None)));
    for bad in ["1985-02-30", "2030-01-01", "1985", "tomorrow", "--1301", ""] {
        assert_eq!(read(bad), None, "{bad}");
    }
}

#[test]
fn markdown_never_turns_her_words_into_markup() {
    let at = chrono::TimeZone::with_ymd_and_hms(&chrono::Utc, 2026, 11, 21, 9, 30, 0).unwrap();
    let note = |text: &str| MoodNoteRecord {
        id: crate::journal::MoodNoteId::new(),
        mood: 3,
        note: text.into(),
        tags: vec!["*bold*".into()],
        energy: None,
        sleep_hours: None,
        written_at: at,
        local_date: NaiveDate::from_ymd_opt(2026, 11, 21).unwrap(),
        created_at: at,
        updated_at: at,
    };
    let md = journal_markdown(
        &[note(
            "## two\n- item\n[link](javascript:alert(1))\n<img src=x onerror=alert(1)>\n10. ten",
        )],
        &chrono::Utc,
    );
    assert!(md.contains("\\## two\\\n\\- item\\\n\\[link\\](javascript:alert(1))\\\n\\<img src=x onerror=alert(1)\\>\\\n10\\. ten\n"), "{md}");
    assert!(md.contains("*Tags: \\*bold\\**"), "{md}");
    assert!(
        md.contains("\n## Saturday 21 November 2026\n\n### 09:30 \u{b7} Okay (3 of 5)\n"),
        "{md}"
    );
}
