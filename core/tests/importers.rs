//! Files as real programs write them, from `tests/fixtures/`: every Daylio layout (8 and 7
//! columns, the older year-first one in English and Spanish, extra columns such as `scales`)
//! and vCards from Android, Outlook, macOS, Google, iPhone and vCard 4.0. Each is imported
//! into a real store, checked field by field, and imported again to add nothing.

#![allow(clippy::unwrap_used)]

mod support;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use chrono_tz::Europe::London;
use support::full::now;
use support::{count, store};
use village_core::catalog::Language;
use village_core::transfer::{ImportFormat, Incoming, MoodMap, MoodNoteRecord, PersonRecord};
use village_core::{Error, Store};

const EIGHT_COLUMNS: &str = include_str!("fixtures/daylio/eight-columns.csv");
const SEVEN_COLUMNS: &str = include_str!("fixtures/daylio/seven-columns.csv");
const YEAR_FIRST_EN: &str = include_str!("fixtures/daylio/year-first-en.csv");
const YEAR_FIRST_ES: &str = include_str!("fixtures/daylio/year-first-es.csv");
const SCALES_MIDDLE: &str = include_str!("fixtures/daylio/scales-middle.csv");
const SCALES_END: &str = include_str!("fixtures/daylio/scales-end.csv");
const TEN_MOODS: &str = include_str!("fixtures/daylio/ten-moods.csv");
const CROWDED: &str = include_str!("fixtures/daylio/crowded.csv");

const ANDROID: &str = include_str!("fixtures/vcard/android-2.1.vcf");
const OUTLOOK: &str = include_str!("fixtures/vcard/outlook-2.1.vcf");
const MACOS: &str = include_str!("fixtures/vcard/macos-3.0.vcf");
const GOOGLE: &str = include_str!("fixtures/vcard/google-3.0.vcf");
const IPHONE: &str = include_str!("fixtures/vcard/iphone-3.0.vcf");
const V4: &str = include_str!("fixtures/vcard/v4.vcf");
const NAMELESS: &str = include_str!("fixtures/vcard/nameless.vcf");

const SPANISH_MOODS: &str = "genial=5,bien=4,normal=3,mal=2,fatal=1";
const TEN_MOOD_MAP: &str =
    "ecstatic=5,happy=5,content=4,okay-ish=3,tired=3,sleepy=3,anxious=2,sad=2,overwhelmed=1,numb=1";

fn read(format: ImportFormat, text: &str, moods: &str) -> village_core::Result<Incoming> {
    Incoming::read(
        format,
        text.as_bytes(),
        &MoodMap::parse(moods).unwrap(),
        now(),
        &London,
        Language::En,
    )
}

fn daylio(text: &str) -> Incoming {
    read(ImportFormat::Daylio, text, "").unwrap()
}

fn vcard(text: &str) -> Incoming {
    read(ImportFormat::Vcard, text, "").unwrap()
}

fn refusal(format: ImportFormat, text: &str) -> String {
    match read(format, text, "") {
        Err(Error::Invalid { reason, .. }) => reason.to_string(),
        other => panic!("{other:?}"),
    }
}

fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).unwrap()
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Imports it, then imports it again and checks the second time adds and changes nothing.
async fn import_twice(store: &Store, incoming: &Incoming) {
    let first = store.import(incoming, true, now(), &London).await.unwrap();
    assert!(first.added.total() > 0, "{first:?}");
    let again = store.import(incoming, true, now(), &London).await.unwrap();
    assert_eq!(again.added.total(), 0, "{again:?}");
    assert_eq!(again.updated.total(), 0, "{again:?}");
}

async fn notes(store: &Store) -> Vec<MoodNoteRecord> {
    let mut notes = store.snapshot(now()).await.unwrap().mood_notes;
    notes.sort_by_key(|n| n.written_at);
    notes
}

async fn person(store: &Store, name: &str) -> PersonRecord {
    let people = store.snapshot(now()).await.unwrap().people;
    people
        .iter()
        .find(|p| p.name == name)
        .cloned()
        .unwrap_or_else(|| {
            let names: Vec<&str> = people.iter().map(|p| p.name.as_str()).collect();
            panic!("no {name} among {names:?}")
        })
}

fn birthday(p: &PersonRecord) -> Option<(u32, u32, Option<i32>)> {
    p.birthday.map(|b| (b.month, b.day, b.year))
}

// --- Daylio ---

#[tokio::test]
async fn an_eight_column_export_with_a_bom_crlf_and_12_hour_times_comes_in_whole() {
    // As Daylio wrote it (fixtures/.gitattributes keeps git from changing it).
    assert!(EIGHT_COLUMNS.starts_with('\u{feff}') && EIGHT_COLUMNS.contains("note\r\n2026-11-20"));
    let (store, _dir) = store().await;
    let incoming = daylio(EIGHT_COLUMNS);
    assert!(incoming.unmapped_moods().is_empty());
    assert!(incoming.notices.is_empty(), "{:?}", incoming.notices);
    import_twice(&store, &incoming).await;

    let notes = notes(&store).await;
    assert_eq!(notes.len(), 4);
    let night = &notes[0];
    assert_eq!(
        (night.written_at, night.local_date, night.mood),
        (utc(2026, 11, 18, 0, 30), day(2026, 11, 18), 1),
        "12:30 AM is just after midnight"
    );
    assert_eq!(
        (night.note.as_str(), night.tags.as_slice()),
        ("Up three times.", &["night feed".to_owned()][..])
    );
    let grandma = &notes[1];
    assert_eq!(
        grandma.written_at,
        utc(2026, 11, 19, 12, 0),
        "12:00 PM is noon"
    );
    assert_eq!(
        grandma.tags,
        ["family", "nap"],
        "one tag, whatever its case"
    );
    assert_eq!((grandma.mood, grandma.note.as_str()), (5, "Grandma came"));
    assert_eq!(notes[2].written_at, utc(2026, 11, 20, 7, 5));
    assert_eq!((notes[2].mood, notes[2].note.as_str()), (3, ""));
    let park = &notes[3];
    assert_eq!(park.written_at, utc(2026, 11, 20, 20, 15));
    // The journal keeps a note's tags in its own (alphabetical) order.
    assert_eq!(park.tags, ["friends", "park", "walk"]);
    assert_eq!(
        park.note,
        "Out at last\n\nWalked to the park with \"Ana\",\nand the baby slept the whole way."
    );
}

#[tokio::test]
async fn a_seven_column_export_without_note_titles_comes_in() {
    let (store, _dir) = store().await;
    import_twice(&store, &daylio(SEVEN_COLUMNS)).await;
    let notes = notes(&store).await;
    let found: Vec<_> = notes
        .iter()
        .map(|n| {
            (
                n.written_at,
                n.local_date,
                n.mood,
                n.note.as_str(),
                n.tags.clone(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            // London is an hour ahead of UTC until the end of October.
            (
                utc(2026, 9, 30, 22, 59),
                day(2026, 9, 30),
                3,
                "Quiet day",
                vec![]
            ),
            (
                utc(2026, 10, 1, 5, 45),
                day(2026, 10, 1),
                2,
                "",
                vec!["tired".to_owned()]
            ),
            (
                utc(2026, 10, 2, 16, 1),
                day(2026, 10, 2),
                4,
                "First class, she loved the bubbles.",
                vec!["baby class".to_owned(), "coffee".to_owned()]
            ),
        ]
    );
}

#[tokio::test]
async fn the_year_first_layout_reads_english_months_in_any_order_and_case() {
    let (store, _dir) = store().await;
    import_twice(&store, &daylio(YEAR_FIRST_EN)).await;
    let found: Vec<(DateTime<Utc>, u8, String)> = notes(&store)
        .await
        .into_iter()
        .map(|n| (n.written_at, n.mood, n.note))
        .collect();
    assert_eq!(
        found,
        [
            // "SEPT 3", "05:01 p.m."
            (utc(2019, 9, 3, 16, 1), 2, String::new()),
            // "december 31"
            (utc(2019, 12, 31, 23, 30), 4, "New year".to_owned()),
            // "22 June", 24-hour
            (utc(2020, 6, 22, 8, 10), 4, "Same day again".to_owned()),
            // "June 22", "5:01 PM"
            (utc(2020, 6, 22, 16, 1), 5, "Longest walk yet".to_owned()),
            // "Jun. 23", "5:01 pm"
            (utc(2020, 6, 23, 16, 1), 3, String::new()),
        ]
    );
}

#[tokio::test]
async fn the_year_first_layout_reads_spanish_dates_times_and_moods() {
    let (store, _dir) = store().await;
    let waiting = daylio(YEAR_FIRST_ES);
    let moods: Vec<(&str, u64)> = waiting
        .moods
        .iter()
        .map(|m| (m.name.as_str(), m.entries))
        .collect();
    assert_eq!(
        moods,
        [
            ("genial", 2),
            ("bien", 1),
            ("normal", 1),
            ("mal", 1),
            ("fatal", 1)
        ]
    );
    assert_eq!(waiting.unmapped_moods().len(), 5);
    assert!(waiting.snapshot.mood_notes.is_empty());

    let incoming = read(ImportFormat::Daylio, YEAR_FIRST_ES, SPANISH_MOODS).unwrap();
    import_twice(&store, &incoming).await;
    let found: Vec<(DateTime<Utc>, NaiveDate, u8)> = notes(&store)
        .await
        .into_iter()
        .map(|n| (n.written_at, n.local_date, n.mood))
        .collect();
    assert_eq!(
        found,
        [
            // "22 de junio", "5:01 p. m."
            (utc(2021, 6, 22, 16, 1), day(2021, 6, 22), 5),
            // "jun. 23", "9:15 a. m."
            (utc(2021, 6, 23, 8, 15), day(2021, 6, 23), 4),
            // "3 de Septiembre", "12:30 p. m."
            (utc(2021, 9, 3, 11, 30), day(2021, 9, 3), 3),
            // "1 de ENERO", "12:05 a. m."
            (utc(2022, 1, 1, 0, 5), day(2022, 1, 1), 2),
            // "2 de agosto", "7:00 a.m."
            (utc(2022, 8, 2, 6, 0), day(2022, 8, 2), 5),
            // "15 de diciembre", 24-hour
            (utc(2022, 12, 15, 21, 40), day(2022, 12, 15), 1),
        ]
    );
    let new_year = notes(&store).await.into_iter().nth(3).unwrap();
    assert_eq!(new_year.note, "Año nuevo sin dormir");
    assert_eq!(new_year.tags, ["cansancio"]);
}

#[tokio::test]
async fn columns_such_as_scales_are_left_out_wherever_they_stand_and_she_is_told() {
    let (store, _dir) = store().await;
    for file in [SCALES_MIDDLE, SCALES_END] {
        let incoming = daylio(file);
        assert_eq!(
            incoming.notices,
            ["Village does not keep the column \u{201c}scales\u{201d}, so it was left out."],
            "an empty column (mood_color) is not worth a word"
        );
        let preview = store
            .import(&incoming, false, now(), &London)
            .await
            .unwrap();
        assert_eq!(preview.notices, incoming.notices, "the preview carries it");
        import_twice(&store, &incoming).await;
    }
    let found: Vec<(NaiveDate, u8, String, Vec<String>)> = notes(&store)
        .await
        .into_iter()
        .map(|n| (n.local_date, n.mood, n.note, n.tags))
        .collect();
    assert_eq!(
        found,
        [
            (
                day(2026, 11, 1),
                4,
                "Stretch\n\nFelt better after".to_owned(),
                vec!["yoga".to_owned()]
            ),
            (day(2026, 11, 2), 3, String::new(), vec![]),
            (day(2026, 11, 3), 2, "Long evening".to_owned(), vec![]),
            (day(2026, 11, 4), 5, String::new(), vec!["music".to_owned()]),
        ]
    );
}

#[tokio::test]
async fn ten_renamed_moods_are_all_listed_each_waiting_for_her_number() {
    let (store, _dir) = store().await;
    let incoming = daylio(TEN_MOODS);
    let preview = store
        .import(&incoming, false, now(), &London)
        .await
        .unwrap();
    let listed: Vec<(&str, u64, Option<u8>)> = preview
        .moods
        .iter()
        .map(|m| (m.name.as_str(), m.entries, m.mood))
        .collect();
    assert_eq!(
        listed,
        [
            ("ecstatic", 1, None),
            ("happy", 2, None),
            ("content", 3, None),
            ("okay-ish", 1, None),
            ("tired", 2, None),
            ("sleepy", 3, None),
            ("anxious", 1, None),
            ("sad", 2, None),
            ("overwhelmed", 3, None),
            ("numb", 1, None),
        ]
    );
    assert_eq!(incoming.unmapped_moods().len(), 10);
    assert_eq!(preview.added.mood_notes, 0);
    match store.import(&incoming, true, now(), &London).await {
        Err(Error::Invalid { reason, .. }) => {
            assert!(reason.contains("\u{201c}overwhelmed\u{201d}"), "{reason}");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(count(&store, "mood_note").await, 0);

    // Nine numbered, one still waiting: the preview names it, and only it.
    let nine = TEN_MOOD_MAP.replace(",numb=1", "");
    let almost = read(ImportFormat::Daylio, TEN_MOODS, &nine).unwrap();
    assert_eq!(almost.unmapped_moods(), ["numb"]);
    assert_eq!(almost.snapshot.mood_notes.len(), 18);

    let all = read(ImportFormat::Daylio, TEN_MOODS, TEN_MOOD_MAP).unwrap();
    import_twice(&store, &all).await;
    let notes = notes(&store).await;
    assert_eq!(notes.len(), 19);
    let moods: Vec<u8> = notes.iter().map(|n| n.mood).collect();
    assert_eq!(
        moods,
        [5, 5, 5, 4, 4, 4, 3, 3, 3, 3, 3, 3, 2, 2, 2, 1, 1, 1, 1]
    );
}

#[tokio::test]
async fn an_entry_with_more_activities_than_tags_keeps_the_rest_in_its_note() {
    let (store, _dir) = store().await;
    let incoming = daylio(CROWDED);
    let expected = "2 entries had more than 20 activities: the first 20 became tags and the rest were added to the end of the note (lines 2, 5).";
    assert_eq!(incoming.notices, [expected]);
    let preview = store
        .import(&incoming, false, now(), &London)
        .await
        .unwrap();
    assert_eq!(preview.notices, [expected]);
    assert_eq!(preview.added.mood_notes, 3);
    import_twice(&store, &incoming).await;

    let notes = notes(&store).await;
    let sorted = |tags: &[&str]| {
        let mut tags: Vec<String> = tags.iter().map(|t| (*t).to_owned()).collect();
        tags.sort();
        tags
    };
    let first_twenty = [
        "walk", "nap", "friends", "coffee", "reading", "baking", "yoga", "music", "family", "park",
        "bath", "laundry", "cooking", "tv", "shopping", "doctor", "swim", "garden", "call mum",
        "podcast",
    ];
    let busy = &notes[0];
    assert_eq!(busy.tags, sorted(&first_twenty));
    assert_eq!(
        busy.note,
        "Busy day\n\nEverything at once,\nand it was fine.\n\nAlso: journal"
    );
    assert_eq!(
        (notes[1].tags.as_slice(), notes[1].note.as_str()),
        (&["walk".to_owned()][..], "")
    );
    let fuller = &notes[2];
    let mut kept = first_twenty[..18].to_vec();
    // "Walk" and "NAP" repeat earlier ones and are not counted twice.
    kept.extend(["stretch", "sunshine"]);
    assert_eq!(fuller.tags, sorted(&kept));
    assert_eq!(
        fuller.note,
        "Also: tea, painting, knitting, dancing, puzzle"
    );

    // One entry alone is said as one.
    let one = CROWDED.lines().take(4).collect::<Vec<_>>().join("\n") + "\n";
    assert_eq!(
        daylio(&one).notices,
        [
            "1 entry had more than 20 activities: the first 20 became tags and the rest were added to the end of the note (line 2)."
        ]
    );
}

#[test]
fn an_entry_whose_note_would_overflow_with_its_extra_activities_is_refused_with_its_line() {
    let activities: Vec<String> = (1..=22).map(|i| format!("activity {i}")).collect();
    let file = format!(
        "full_date,date,weekday,time,mood,activities,note_title,note\n\
         2026-11-01,November 1,Sunday,10:00,good,walk,,fine\n\
         2026-11-02,November 2,Monday,10:00,good,{},,{}\n",
        activities.join(" | "),
        "a".repeat(19_990)
    );
    let why = refusal(ImportFormat::Daylio, &file);
    assert!(
        why.starts_with("Line 3: this entry has more than 20 activities"),
        "{why}"
    );
    assert!(why.contains("20000 characters"), "{why}");
    // The same note with 20 activities fits, and comes in whole.
    let fits = file.replace(" | activity 21 | activity 22", "");
    assert_eq!(daylio(&fits).snapshot.mood_notes[1].note.len(), 19_990);
}

#[test]
fn a_file_with_none_of_daylios_headers_is_refused_naming_line_1_and_what_was_expected() {
    for foreign in [
        "date,amount,payee\n2026-01-01,12.50,Shop\n",
        "full_date,date,weekday,mood,activities\n2026-01-01,x,x,good,\n",
        "year,weekday,time,mood\n2026,x,10:00,good\n",
        "",
    ] {
        let why = refusal(ImportFormat::Daylio, foreign);
        assert!(why.starts_with("Line 1 is not Daylio's header."), "{why}");
        assert!(
            why.contains("full_date (or year and date), time and mood"),
            "{why}"
        );
    }
}

#[test]
fn a_broken_row_in_any_layout_is_refused_with_its_line_in_words() {
    let cases = [
        (
            YEAR_FIRST_EN.replace("Jun. 23", "Junk 23"),
            "Line 4: \u{201c}Junk 23\u{201d} is not a day and month",
        ),
        (
            YEAR_FIRST_EN.replace("2019,SEPT 3", "2019,Feb 30"),
            "Line 5: \u{201c}Feb 30\u{201d} 2019 is not a date on the calendar.",
        ),
        (
            YEAR_FIRST_EN.replace("2020,22 June", "20x0,22 June"),
            "Line 3: \u{201c}20x0\u{201d} is not a year.",
        ),
        (
            SEVEN_COLUMNS.replace("06:45", "6.45 in the morning"),
            "Line 3: \u{201c}6.45 in the morning\u{201d} is not a time",
        ),
        (
            SEVEN_COLUMNS.replace("2026-10-01,", "2026-10-41,"),
            "Line 3: \u{201c}2026-10-41\u{201d} is not a date",
        ),
        (
            SEVEN_COLUMNS.replace(",bad,", ",,"),
            "Line 3: the mood is empty.",
        ),
        (
            SEVEN_COLUMNS.replace("2026-10-01,", "2027-10-01,"),
            "Line 3: A note can't be dated in the future.",
        ),
        (
            EIGHT_COLUMNS.replace("night feed", "night\u{7}feed"),
            "Line 6: A tag has a hidden control character",
        ),
        (
            SCALES_END.replace(",sleep: 2,", ",sleep: 2,,"),
            "Line 2: it has 11 columns where this file's header has 10.",
        ),
        (
            EIGHT_COLUMNS[..EIGHT_COLUMNS.find("and the baby").unwrap()].to_owned(),
            "Line 2: a quoted note is never closed.",
        ),
    ];
    for (file, expected) in cases {
        let why = refusal(ImportFormat::Daylio, &file);
        assert!(
            why.starts_with(expected),
            "expected {expected:?}, got {why:?}"
        );
    }
}

#[test]
fn a_spanish_mood_waiting_for_its_number_does_not_hide_a_broken_row() {
    // The entry is checked even though her mood has no number yet: the file that previews
    // well is the file that imports.
    let broken = YEAR_FIRST_ES.replace("9:15 a. m.", "9:75 a. m.");
    let why = refusal(ImportFormat::Daylio, &broken);
    assert!(why.starts_with("Line 3:"), "{why}");
}

#[tokio::test]
async fn the_same_diary_from_an_older_and_a_newer_daylio_comes_in_once() {
    let (store, _dir) = store().await;
    let newer = "full_date,date,weekday,time,mood,activities,scales,note_title,note\n\
                 2020-06-22,June 22,Monday,17:01,rad,sunshine,energy: 5,,Longest walk yet\n";
    let older = "year,date,weekday,time,mood,activities,note\n\
                 2020,June 22,Monday,5:01 PM,rad,sunshine,Longest walk yet\n";
    store
        .import(&daylio(newer), true, now(), &London)
        .await
        .unwrap();
    let again = store
        .import(&daylio(older), true, now(), &London)
        .await
        .unwrap();
    assert_eq!(again.added.total(), 0, "{again:?}");
    assert_eq!(count(&store, "mood_note").await, 1);
}

// --- vCard ---

#[tokio::test]
async fn android_2_1_cards_with_quoted_printable_names_and_a_photo_come_in() {
    assert!(
        ANDROID.contains("=\r\n=C3=A9=20"),
        "a soft line break, as Android writes it"
    );
    let (store, _dir) = store().await;
    let incoming = vcard(ANDROID);
    assert!(incoming.skipped.is_empty(), "{:?}", incoming.skipped);
    import_twice(&store, &incoming).await;

    let maria = person(&store, "María José García").await;
    assert_eq!(maria.phone, "+1 555 555 0101", "the PREF one");
    assert_eq!(maria.email, "maria.jose@example.com");
    assert_eq!(maria.notes, "Other phones: +1 555 555 0102 (home)");
    assert_eq!(birthday(&maria), Some((7, 9, Some(1988))));
    let yui = person(&store, "Yui Nakamura").await;
    assert_eq!(yui.phone, "+81 90 5555 0103");
    assert_eq!(yui.notes, "Met at the baby café, Tuesdays.");
    // No FN: the quoted-printable N, broken over two lines, read as given name then family.
    let sigga = person(&store, "Sigríður Ólafsdóttir").await;
    assert_eq!(sigga.phone, "+354 555 0104");
    assert_eq!(count(&store, "person").await, 3);
}

#[tokio::test]
async fn outlook_2_1_cards_with_a_quoted_printable_label_and_a_preferred_email_come_in() {
    let (store, _dir) = store().await;
    let incoming = vcard(OUTLOOK);
    assert!(incoming.skipped.is_empty(), "{:?}", incoming.skipped);
    import_twice(&store, &incoming).await;
    let ana = person(&store, "Ana Pérez").await;
    assert_eq!(ana.email, "ana@example.com", "EMAIL;PREF;INTERNET");
    assert_eq!(ana.phone, "(555) 555-0110", "none preferred: the first");
    assert_eq!(birthday(&ana), Some((4, 12, Some(1985))), "BDAY:19850412");
    assert_eq!(
        ana.notes,
        "Call after 10.\nShe runs the Thursday feeding club.\n\
         Other phones: (555) 555-0111 (mobile)\n\
         Other emails: ana.perez@example.org"
    );
    // Outlook's own charset, quoted-printable.
    let zoe = person(&store, "Zoë Müller").await;
    assert_eq!(zoe.phone, "+49 30 5555 0112");
}

#[tokio::test]
async fn macos_cards_with_grouped_labels_and_folded_photos_come_in() {
    let (store, _dir) = store().await;
    let incoming = vcard(MACOS);
    assert!(incoming.skipped.is_empty(), "{:?}", incoming.skipped);
    import_twice(&store, &incoming).await;
    let ngozi = person(&store, "Ngozi Okafor").await;
    assert_eq!(ngozi.phone, "+1 (555) 555-0120");
    assert_eq!(ngozi.email, "ngozi@example.com");
    assert_eq!(
        ngozi.notes,
        "Other phones: +1 (555) 555-0121 (Nanny share)\n\
         Other emails: ngozi@work.example.com (work)"
    );
    assert_eq!(
        birthday(&ngozi),
        Some((4, 12, Some(1985))),
        "BDAY;value=date"
    );
    let sofia = person(&store, "Sofia Lindqvist").await;
    assert_eq!(sofia.phone, "070-555 01 22");
    assert_eq!(
        birthday(&sofia),
        Some((11, 3, None)),
        "X-APPLE-OMIT-YEAR: no year"
    );
}

#[tokio::test]
async fn google_and_iphone_3_0_cards_come_in() {
    let (store, _dir) = store().await;
    for file in [GOOGLE, IPHONE] {
        let incoming = vcard(file);
        assert!(incoming.skipped.is_empty(), "{:?}", incoming.skipped);
        import_twice(&store, &incoming).await;
    }
    let lee = person(&store, "Lee Chen").await;
    assert_eq!(lee.phone, "+1 555-555-0130");
    assert_eq!(lee.email, "lee.chen@example.com");
    assert_eq!(birthday(&lee), Some((9, 1, Some(1990))));
    assert_eq!(
        lee.notes,
        "From the NCT group, due the same week. Brings the best banana bread; a keeper.\n\
         Other phones: +1 555-555-0131 (work)"
    );
    let hughes = person(&store, "Dr. Hughes").await;
    assert_eq!(hughes.phone, "0161 555 0132");
    let giulia = person(&store, "Giulia Rossi").await;
    assert_eq!(
        giulia.phone, "+39 333 555 0140",
        "type=pref among several types"
    );
    assert_eq!(giulia.email, "giulia@example.com");
    assert_eq!(giulia.notes, "Other phones: +39 06 5555 0141 (home)");
    assert_eq!(birthday(&giulia), Some((2, 29, Some(1992))));
    assert_eq!(count(&store, "person").await, 3);
}

#[tokio::test]
async fn vcard_4_tel_uris_pref_numbers_and_a_yearless_birthday_come_in() {
    let (store, _dir) = store().await;
    let incoming = vcard(V4);
    assert!(incoming.skipped.is_empty(), "{:?}", incoming.skipped);
    import_twice(&store, &incoming).await;
    let priya = person(&store, "Dr. Priya Anne Shah PhD").await;
    assert_eq!(priya.phone, "+1-555-555-0150", "PREF=1 before PREF=2");
    assert_eq!(priya.notes, "Other phones: +1-555-555-0151 (work)");
    assert_eq!(priya.email, "priya@clinic.example.com");
    assert_eq!(birthday(&priya), Some((4, 12, None)), "BDAY:--0412");
}

#[tokio::test]
async fn cards_without_a_name_are_named_from_nickname_org_or_email_or_listed_as_left_out() {
    let (store, _dir) = store().await;
    let incoming = vcard(NAMELESS);
    let names: Vec<&str> = incoming
        .snapshot
        .people
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(
        names,
        ["Bea", "Little Acorns Playgroup", "doula.sam@example.com"]
    );
    assert_eq!(incoming.snapshot.people[2].email, "doula.sam@example.com");
    assert_eq!(incoming.skipped.len(), 3, "{:?}", incoming.skipped);
    assert!(
        incoming.skipped[0].starts_with("The card on line 15 has no name"),
        "{}",
        incoming.skipped[0]
    );
    assert!(
        incoming.skipped[1].starts_with(
            "The card on line 19 was left out: The name can be at most 100 characters"
        ),
        "{}",
        incoming.skipped[1]
    );
    assert!(
        incoming.skipped[2].starts_with("The card on line 23 has no END:VCARD"),
        "{}",
        incoming.skipped[2]
    );
    let report = store
        .import(&incoming, false, now(), &London)
        .await
        .unwrap();
    assert_eq!(report.skipped, incoming.skipped, "the preview lists them");
    import_twice(&store, &incoming).await;
    assert_eq!(count(&store, "person").await, 3);
}

#[test]
fn a_number_or_address_the_person_form_refuses_is_kept_in_the_notes_not_lost() {
    let card = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ama\r\n\
                TEL;VALUE=uri;PREF=1:tel:+1-555-555-0170;ext=12\r\n\
                TEL;TYPE=home:+1 555 555 0171\r\n\
                EMAIL;PREF=1:ama at example\r\nEND:VCARD\r\n";
    let incoming = vcard(card);
    let ama = &incoming.snapshot.people[0];
    assert_eq!(ama.phone, "+1 555 555 0171");
    assert_eq!(ama.email, "");
    assert_eq!(
        ama.notes,
        "Other phones: +1-555-555-0170;ext=12\nOther emails: ama at example"
    );
}

#[test]
fn every_fixture_is_read_as_the_app_would_take_it() {
    // Each imported record passes the app's own form rules (PersonInput and MoodNoteInput).
    use village_core::circle::{BirthdayInput, PersonInput};
    use village_core::journal::MoodNoteInput;
    for file in [ANDROID, OUTLOOK, MACOS, GOOGLE, IPHONE, V4, NAMELESS] {
        for p in vcard(file).snapshot.people {
            let input = PersonInput {
                name: p.name.clone(),
                relationship: p.relationship.as_str().to_owned(),
                phone: p.phone.clone(),
                email: p.email.clone(),
                reach: p.reach.clone(),
                cadence_days: None,
                birthday: p.birthday.map(|b| BirthdayInput {
                    month: i64::from(b.month),
                    day: i64::from(b.day),
                    year: b.year.map(i64::from),
                }),
                notes: p.notes.clone(),
                pinned: false,
                paused: false,
            };
            input.validate(now().date_naive()).unwrap();
        }
    }
    for (file, moods) in [
        (EIGHT_COLUMNS, ""),
        (SEVEN_COLUMNS, ""),
        (YEAR_FIRST_EN, ""),
        (YEAR_FIRST_ES, SPANISH_MOODS),
        (SCALES_MIDDLE, ""),
        (SCALES_END, ""),
        (TEN_MOODS, TEN_MOOD_MAP),
        (CROWDED, ""),
    ] {
        let incoming = read(ImportFormat::Daylio, file, moods).unwrap();
        assert!(!incoming.snapshot.mood_notes.is_empty());
        for n in incoming.snapshot.mood_notes {
            let input = MoodNoteInput {
                mood: i64::from(n.mood),
                note: n.note.clone(),
                tags: n.tags.clone(),
                energy: None,
                sleep_hours: None,
                written_at: Some(n.written_at),
            };
            let details = input.validate(now(), &London).unwrap();
            assert_eq!((details.note, details.tags), (n.note, n.tags));
        }
    }
}
