//! Every importer and the calendar writer under random and mangled input: no panic, ever; a
//! file that cannot be read gets a sentence she can act on; whatever is read passes the same
//! checks her own data does; and whatever is written is an iCalendar file a parser reads.

#![allow(clippy::unwrap_used)]

mod support;

use std::sync::OnceLock;

use chrono::{DateTime, TimeZone, Utc};
use chrono_tz::Europe::London;
use proptest::prelude::*;
use village_core::catalog::Language;
use village_core::circle::{BirthdayInput, PersonInput};
use village_core::groups::{Group, GroupId, GroupKind, ScheduleInput, calendar};
use village_core::journal::MoodNoteInput;
use village_core::transfer::{ImportFormat, Incoming, MoodMap};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 21, 20, 0, 0).unwrap()
}

/// A whole Village export of a store holding every kind of record.
fn export() -> &'static str {
    static EXPORT: OnceLock<String> = OnceLock::new();
    EXPORT.get_or_init(|| {
        tokio::runtime::Runtime::new().unwrap().block_on(async {
            let (store, _dir) = support::full::full_store().await;
            support::full::export_json(&store).await
        })
    })
}

const DAYLIO: &str = "full_date,date,weekday,time,mood,activities,note_title,note\n\
2026-11-18,November 18,Wednesday,20:15,good,friends | walk,Nice day,\"A walk, with \"\"Ana\"\"\"\n\
2026-11-19,November 19,Thursday,8:15 PM,awful,,,\"Long night,\nvery long\"\n\
2026-11-20,November 20,Friday,07:00,rad,sleep | baby,,\n";

/// Every other layout Daylio has written, and the shapes phones and mail programs give vCards.
const DAYLIO_SAMPLES: [&str; 5] = [
    DAYLIO,
    include_str!("fixtures/daylio/eight-columns.csv"),
    include_str!("fixtures/daylio/year-first-es.csv"),
    include_str!("fixtures/daylio/scales-middle.csv"),
    include_str!("fixtures/daylio/crowded.csv"),
];
const VCARD_SAMPLES: [&str; 5] = [
    VCARD,
    include_str!("fixtures/vcard/android-2.1.vcf"),
    include_str!("fixtures/vcard/outlook-2.1.vcf"),
    include_str!("fixtures/vcard/macos-3.0.vcf"),
    include_str!("fixtures/vcard/v4.vcf"),
];

/// Her Spanish mood names from the year-first sample, so its entries are read in full.
const MOODS: &str = "genial=5,bien=4,normal=3,mal=2,fatal=1";

const VCARD: &str = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ana Okafor\r\nTEL;TYPE=cell;PREF=1:+44 7700 900123\r\n\
EMAIL:ana@example.com\r\nBDAY:--0412\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nN:Hughes;Sam;;;\r\n\
TEL:tel:+15550102030\r\nNOTE:Met at baby group\\, Tuesdays\r\n folded on\r\nEND:VCARD\r\n";

/// Reading must never panic; a refusal must say something; whatever Daylio or a vCard
/// brings is what the app's own forms would take.
fn read(format: ImportFormat, bytes: &[u8]) -> Result<Incoming, String> {
    let moods = MoodMap::parse(MOODS).unwrap();
    let read = Incoming::read(format, bytes, &moods, now(), &London, Language::En);
    if let Ok(incoming) = &read
        && format != ImportFormat::Json
    {
        obeys_the_app(incoming);
    }
    read.map_err(|e| {
        let message = e.public_message(Language::En);
        assert!(!message.trim().is_empty(), "a refusal without words: {e:?}");
        assert!(
            !message.contains("panicked") && !message.contains("SQL"),
            "{message}"
        );
        message
    })
}

fn obeys_the_app(incoming: &Incoming) {
    for n in &incoming.snapshot.mood_notes {
        let input = MoodNoteInput {
            mood: i64::from(n.mood),
            note: n.note.clone(),
            tags: n.tags.clone(),
            energy: None,
            sleep_hours: None,
            written_at: Some(n.written_at),
        };
        if let Err(e) = input.validate(now(), &London) {
            panic!("a note the app would refuse: {e:?} {n:?}");
        }
    }
    for p in &incoming.snapshot.people {
        let input = PersonInput {
            name: p.name.clone(),
            relationship: p.relationship.as_str().to_owned(),
            phone: p.phone.clone(),
            email: p.email.clone(),
            reach: p.reach.clone(),
            cadence_days: p.cadence_days.map(i64::from),
            birthday: p.birthday.map(|b| BirthdayInput {
                month: i64::from(b.month),
                day: i64::from(b.day),
                year: b.year.map(i64::from),
            }),
            notes: p.notes.clone(),
            pinned: p.pinned,
            paused: p.paused,
        };
        if let Err(e) = input.validate(now().date_naive()) {
            panic!("a person the app would refuse: {e:?} {p:?}");
        }
    }
}

/// The mangling a file suffers: a cut, a flipped byte, a stray quote or line break, a NUL,
/// another script, a duplicate or lost piece.
#[derive(Debug, Clone)]
enum Mangle {
    Cut(usize),
    Flip(usize, u8),
    Insert(usize, &'static str),
    Repeat(usize, usize),
    Drop(usize, usize),
}

fn mangle() -> impl Strategy<Value = Mangle> {
    let stray = prop::sample::select(vec![
        "\"",
        "\n",
        "\r\n",
        "\0",
        ",",
        "|",
        "{",
        "}",
        "[",
        "]",
        ":",
        "\\",
        "\u{feff}",
        "🌙",
        "\u{202e}",
        "שלום",
        "\u{fffd}",
        "END:VCARD\r\n",
        "BEGIN:VCARD\r\n",
        "null",
        "-1",
        "99999999999999999999",
        "\"mood\":9",
        "<script>",
        "'; DROP TABLE mood_note; --",
    ]);
    prop_oneof![
        any::<usize>().prop_map(Mangle::Cut),
        (any::<usize>(), any::<u8>()).prop_map(|(at, b)| Mangle::Flip(at, b)),
        (any::<usize>(), stray).prop_map(|(at, s)| Mangle::Insert(at, s)),
        (any::<usize>(), 1usize..200).prop_map(|(at, n)| Mangle::Repeat(at, n)),
        (any::<usize>(), 1usize..200).prop_map(|(at, n)| Mangle::Drop(at, n)),
    ]
}

fn apply(text: &str, mangles: &[Mangle]) -> Vec<u8> {
    let mut bytes = text.as_bytes().to_vec();
    for m in mangles {
        let len = bytes.len().max(1);
        match *m {
            Mangle::Cut(at) => bytes.truncate(at % len),
            Mangle::Flip(at, b) => {
                if !bytes.is_empty() {
                    bytes[at % len] ^= b | 1;
                }
            }
            Mangle::Insert(at, s) => {
                let at = (at % len).min(bytes.len());
                bytes.splice(at..at, s.bytes());
            }
            Mangle::Repeat(at, n) => {
                let at = (at % len).min(bytes.len());
                let end = (at + n).min(bytes.len());
                let piece = bytes[at..end].to_vec();
                bytes.splice(at..at, piece);
            }
            Mangle::Drop(at, n) => {
                let at = (at % len).min(bytes.len());
                let end = (at + n).min(bytes.len());
                bytes.drain(at..end);
            }
        }
    }
    bytes
}

const FORMATS: [ImportFormat; 3] = [
    ImportFormat::Json,
    ImportFormat::Daylio,
    ImportFormat::Vcard,
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_are_refused_with_words_or_read(bytes in prop::collection::vec(any::<u8>(), 0..2_000)) {
        for format in FORMATS {
            let _ = read(format, &bytes);
        }
    }

    #[test]
    fn random_text_is_refused_with_words_or_read(text in "\\PC{0,600}") {
        for format in FORMATS {
            let _ = read(format, text.as_bytes());
        }
    }

    #[test]
    fn a_mangled_village_export_never_panics(mangles in prop::collection::vec(mangle(), 1..6)) {
        let _ = read(ImportFormat::Json, &apply(export(), &mangles));
    }

    #[test]
    fn a_mangled_daylio_file_never_panics(
        sample in prop::sample::select(DAYLIO_SAMPLES.to_vec()),
        mangles in prop::collection::vec(mangle(), 1..6),
    ) {
        let _ = read(ImportFormat::Daylio, &apply(sample, &mangles));
    }

    #[test]
    fn a_mangled_vcard_never_panics(
        sample in prop::sample::select(VCARD_SAMPLES.to_vec()),
        mangles in prop::collection::vec(mangle(), 1..6),
    ) {
        let _ = read(ImportFormat::Vcard, &apply(sample, &mangles));
    }
}

#[test]
fn the_unmangled_samples_are_read_whole() {
    let json = read(ImportFormat::Json, export().as_bytes()).unwrap();
    assert!(json.snapshot.mood_notes.len() >= 4);
    for (sample, notes) in DAYLIO_SAMPLES.into_iter().zip([3, 4, 6, 2, 3]) {
        let daylio = read(ImportFormat::Daylio, sample.as_bytes()).unwrap();
        assert_eq!(daylio.snapshot.mood_notes.len(), notes, "{sample}");
    }
    for (sample, people) in VCARD_SAMPLES.into_iter().zip([2, 3, 2, 2, 1]) {
        let vcard = read(ImportFormat::Vcard, sample.as_bytes()).unwrap();
        assert_eq!(vcard.snapshot.people.len(), people, "{sample}");
        assert!(vcard.skipped.is_empty(), "{:?}", vcard.skipped);
    }
}

fn schedule() -> impl Strategy<Value = ScheduleInput> {
    let day = prop::sample::select(vec!["mon", "tue", "wed", "thu", "fri", "sat", "sun"]);
    (
        prop::sample::select(vec![
            "weekly",
            "every_other_week",
            "monthly",
            "once",
            "none",
        ]),
        prop::collection::vec(day, 1..3),
        prop::option::of(prop::sample::select(vec![-1i64, 1, 2, 3, 4, 5])),
        0u32..(365 * 3),
        (0u32..24, 0u32..60),
        1i64..=1440,
    )
        .prop_map(|(repeats, days, nth, offset, (h, m), minutes)| {
            let date = chrono::NaiveDate::from_ymd_opt(2025, 1, 1).unwrap()
                + chrono::Days::new(u64::from(offset));
            ScheduleInput {
                repeats: repeats.to_owned(),
                weekdays: if repeats == "monthly" {
                    vec![days[0].to_owned()]
                } else {
                    days.iter().map(|d| (*d).to_owned()).collect()
                },
                nth: if repeats == "monthly" {
                    nth.or(Some(1))
                } else {
                    None
                },
                date: Some(date.to_string()),
                time: Some(format!("{h:02}:{m:02}")),
                duration_minutes: Some(minutes),
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// The calendar writer takes what a group holds (any text the form lets through, any
    /// schedule) and always writes lines a calendar reads: folded at 75 octets, CRLF, escaped.
    #[test]
    fn any_group_becomes_a_calendar_a_parser_reads(
        name in "\\PC{1,120}",
        place in "\\PC{0,200}",
        notes in "[\\PC\n]{0,400}",
        schedule in schedule(),
    ) {
        let Ok(schedule) = schedule.validate(now().date_naive()) else {
            return Ok(());
        };
        let group = Group {
            id: GroupId::new(),
            name,
            kind: GroupKind::SupportGroup,
            place,
            link: "https://example.org/a?b=1&c=2".to_owned(),
            contact: String::new(),
            notes,
            schedule,
            remind_minutes_before: 60,
            muted: false,
            revision: 0,
            archived_at: None,
            created_at: now(),
            updated_at: now(),
        };
        let timed = group.schedule.timed().is_some();
        let ics = calendar(&[group], &London, "Europe/London", now(), Language::En);
        prop_assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
        prop_assert!(ics.ends_with("END:VCALENDAR\r\n"));
        for line in ics.split("\r\n") {
            prop_assert!(line.len() <= 75, "a line of {} octets: {line:?}", line.len());
            prop_assert!(!line.chars().any(|c| c.is_control()), "{line:?}");
        }
        let parsed: Vec<_> = ical::IcalParser::new(ics.as_bytes()).collect();
        prop_assert_eq!(parsed.len(), 1);
        let calendar = parsed.into_iter().next().unwrap().unwrap();
        prop_assert_eq!(calendar.events.len(), usize::from(timed));
    }
}
