//! Her data in and out, on real SQLite files: the export round trip, merging, Daylio and vCard
//! imports, and backup and restore.

#![allow(clippy::unwrap_used)]

mod support;

use chrono::{Duration, NaiveDate, TimeZone, Utc};
use chrono_tz::Europe::London;
use sqlx::Connection;
use support::full::{HOSTILE, export_json, full_store, now, without_time};
use support::{count, store};
use village_core::catalog::Language;
use village_core::journal::MoodNoteInput;
use village_core::store::{BackupKind, DailyBackup};
use village_core::transfer::{ExportFormat, ImportFormat, Incoming, MoodMap, Snapshot};
use village_core::{Error, Store};

fn read(format: ImportFormat, text: &str) -> village_core::Result<Incoming> {
    Incoming::read(
        format,
        text.as_bytes(),
        &MoodMap::default(),
        now(),
        &London,
        Language::En,
    )
}

#[tokio::test]
async fn an_export_imported_into_an_empty_store_exports_the_same() {
    let (full, _dir) = full_store().await;
    let first = export_json(&full).await;

    let snapshot: serde_json::Value = serde_json::from_str(&first).unwrap();
    for key in [
        "format",
        "version",
        "exported_at",
        "people",
        "check_ins",
        "mood_notes",
        "tags",
        "groups",
        "self_checks",
        "safety_plan",
        "settings",
    ] {
        assert!(snapshot.get(key).is_some(), "{key} missing");
    }
    assert_eq!(snapshot["format"], "village-export");
    assert_eq!(snapshot["people"].as_array().unwrap().len(), 3);
    assert_eq!(snapshot["check_ins"].as_array().unwrap().len(), 3);
    // Four notes and the one written with "I went".
    assert_eq!(snapshot["mood_notes"].as_array().unwrap().len(), 5);
    assert_eq!(snapshot["groups"].as_array().unwrap().len(), 3);
    assert_eq!(
        snapshot["safety_plan"].as_array().unwrap().len(),
        6,
        "every step, written or not"
    );
    assert_eq!(snapshot["settings"]["theme"], "dark");
    assert_eq!(snapshot["settings"]["appearance.text_size"], "150");
    assert!(first.contains("🌙"), "emoji kept as text");
    let note = snapshot["mood_notes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["note"] == HOSTILE)
        .expect("the hostile note, byte for byte");
    assert_eq!(note["tags"], serde_json::json!(["Nächte 🌙", "tired"]));
    assert_eq!(note["mood"], 2);
    assert_eq!(note["sleep_hours"], 6.5);

    let (empty, _dir2) = store().await;
    let incoming = read(ImportFormat::Json, &first).unwrap();
    let report = empty.import(&incoming, true, now(), &London).await.unwrap();
    assert!(report.applied);
    assert_eq!(report.added.people, 3);
    assert_eq!(report.added.mood_notes, 5);
    assert_eq!(report.added.check_ins, 3);
    assert_eq!(report.added.groups, 3);
    assert_eq!(report.added.self_checks, 1);
    assert_eq!(report.added.safety_plan_steps, 6);

    let second = export_json(&empty).await;
    assert_eq!(without_time(&first), without_time(&second));

    // The app reads it the same way too: Today and the safety plan agree.
    let a = full.today(now(), &London).await.unwrap();
    let b = empty.today(now(), &London).await.unwrap();
    assert_eq!(a.due, b.due);
    assert_eq!(a.pulse, b.pulse);
    assert_eq!(
        full.safety_plan().await.unwrap(),
        empty.safety_plan().await.unwrap()
    );
}

#[tokio::test]
async fn importing_into_a_store_with_data_merges_by_id_and_never_doubles() {
    let (full, _dir) = full_store().await;
    let json = export_json(&full).await;
    let incoming = read(ImportFormat::Json, &json).unwrap();

    // Into the same store: everything is already here.
    let report = full.import(&incoming, true, now(), &London).await.unwrap();
    assert_eq!(report.added.total(), 0, "{report:?}");
    assert_eq!(report.updated.total(), 0, "{report:?}");
    assert_eq!(without_time(&export_json(&full).await), without_time(&json));

    // A newer copy of one note wins; an older one does not.
    let mut snapshot = Snapshot::from_json(&json).unwrap();
    snapshot.mood_notes[0].note = "Edited on the phone".into();
    snapshot.mood_notes[0].updated_at = now() + Duration::minutes(1);
    snapshot.mood_notes[1].note = "An older copy".into();
    snapshot.mood_notes[1].updated_at -= Duration::days(1);
    let incoming = read(ImportFormat::Json, &snapshot.to_json()).unwrap();
    let report = full.import(&incoming, true, now(), &London).await.unwrap();
    assert_eq!(report.updated.mood_notes, 1);
    assert_eq!(count(&full, "mood_note").await, 5);
    let after = full.snapshot(now()).await.unwrap();
    assert_eq!(after.mood_notes[0].note, "Edited on the phone");
    assert_ne!(after.mood_notes[1].note, "An older copy");
}

#[tokio::test]
async fn a_preview_counts_what_applying_would_do_and_changes_nothing() {
    let (full, _dir) = full_store().await;
    let json = export_json(&full).await;
    let (empty, _dir2) = store().await;
    let incoming = read(ImportFormat::Json, &json).unwrap();
    let preview = empty
        .import(&incoming, false, now(), &London)
        .await
        .unwrap();
    assert!(!preview.applied);
    assert_eq!(preview.added.mood_notes, 5);
    assert!(
        preview
            .words(Language::En)
            .starts_with("This will add 5 mood notes, 3 people"),
        "{}",
        preview.words(Language::En)
    );
    assert!(
        preview
            .words(Language::Es)
            .starts_with("Esto agregará 5 notas de ánimo, 3 personas"),
        "{}",
        preview.words(Language::Es)
    );
    assert_eq!(preview.first.len(), 5);
    assert_eq!(count(&empty, "mood_note").await, 0);
    assert_eq!(count(&empty, "person").await, 0);
    let applied = empty.import(&incoming, true, now(), &London).await.unwrap();
    assert_eq!(applied.added, preview.added);
}

#[tokio::test]
async fn a_broken_or_foreign_export_is_refused_with_where_and_changes_nothing() {
    let (full, _dir) = full_store().await;
    let json = export_json(&full).await;
    let (target, _dir2) = store().await;
    let before = export_json(&target).await;

    let cut = &json[..json.len() / 2];
    let refusal = |text: &str| match read(ImportFormat::Json, text) {
        Err(Error::Invalid { reason, .. }) => reason.to_string(),
        other => panic!("{other:?}"),
    };
    assert!(refusal(cut).contains("line"), "{}", refusal(cut));
    assert!(refusal("").contains("not readable JSON"));
    assert!(refusal("{\"people\": []}").contains("not a Village export"));
    let newer = json.replacen("\"version\": 1", "\"version\": 99", 1);
    assert!(refusal(&newer).contains("newer Village"));
    let bad_mood = json.replacen("\"mood\": 2", "\"mood\": 9", 1);
    assert!(
        refusal(&bad_mood).contains("mood_notes, number"),
        "{}",
        refusal(&bad_mood)
    );
    let bad_date = json.replacen(
        "\"local_date\": \"2026-",
        "\"local_date\": \"2026-02-30x",
        1,
    );
    assert!(refusal(&bad_date).contains("line"));
    let empty_name = {
        let mut snapshot = Snapshot::from_json(&json).unwrap();
        snapshot.people[1].name = "   ".into();
        snapshot.to_json()
    };
    assert!(
        refusal(&empty_name).contains("In people, number 2"),
        "{}",
        refusal(&empty_name)
    );
    assert!(refusal("\u{0}\u{1}garbage").contains("not readable JSON"));

    // A check-in that names a person neither side has: the whole file rolls back.
    let mut snapshot = Snapshot::from_json(&json).unwrap();
    snapshot.people.retain(|p| !p.name.starts_with("Sam"));
    snapshot.safety_plan.clear();
    let incoming = read(ImportFormat::Json, &snapshot.to_json()).unwrap();
    match target.import(&incoming, true, now(), &London).await {
        Err(Error::Invalid { reason, .. }) => {
            assert!(reason.contains("check_ins"), "{reason}");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        without_time(&export_json(&target).await),
        without_time(&before)
    );
    assert_eq!(count(&target, "person").await, 0);
}

const DAYLIO: &str = "\u{feff}full_date,date,weekday,time,mood,activities,note_title,note\r\n\
2026-11-20,November 20,Friday,8:15 PM,super,friends | walk,A title,\"Went out, with \"\"Ana\"\"\nand the baby\"\r\n\
2026-11-19,November 19,Thursday,07:05,meh,,,\r\n\
2026-11-18,November 18,Wednesday,10:00 AM,awful,tired | Tired,,<script>alert(1)</script>\r\n\
2026-11-17,November 17,Tuesday,12:00,rad,,Just a title,\r\n";

#[tokio::test]
async fn a_daylio_export_comes_in_once_with_her_renamed_moods() {
    let (store, _dir) = store().await;
    let incoming = read(ImportFormat::Daylio, DAYLIO).unwrap();
    assert_eq!(incoming.unmapped_moods(), vec!["super"]);
    // The preview shows every mood; the one she renamed waits for a number.
    let preview = store
        .import(&incoming, false, now(), &London)
        .await
        .unwrap();
    assert_eq!(preview.added.mood_notes, 3);
    let super_mood = preview.moods.iter().find(|m| m.name == "super").unwrap();
    assert_eq!((super_mood.entries, super_mood.mood), (1, None));
    match store.import(&incoming, true, now(), &London).await {
        Err(Error::Invalid { reason, .. }) => assert!(reason.contains("\u{201c}super\u{201d}")),
        other => panic!("{other:?}"),
    }
    assert_eq!(count(&store, "mood_note").await, 0);

    let map = MoodMap::parse("super=5").unwrap();
    let incoming = Incoming::read(
        ImportFormat::Daylio,
        DAYLIO.as_bytes(),
        &map,
        now(),
        &London,
        Language::En,
    )
    .unwrap();
    let report = store.import(&incoming, true, now(), &London).await.unwrap();
    assert_eq!(report.added.mood_notes, 4);
    let snapshot = store.snapshot(now()).await.unwrap();
    let first = snapshot
        .mood_notes
        .iter()
        .find(|n| n.local_date == NaiveDate::from_ymd_opt(2026, 11, 20).unwrap())
        .unwrap();
    assert_eq!(first.mood, 5);
    assert_eq!(
        first.note,
        "A title\n\nWent out, with \"Ana\"\nand the baby"
    );
    assert_eq!(first.tags, vec!["friends", "walk"]);
    // 8:15 PM in London in November is 20:15 UTC.
    assert_eq!(
        first.written_at,
        Utc.with_ymd_and_hms(2026, 11, 20, 20, 15, 0).unwrap()
    );
    let script = snapshot.mood_notes.iter().find(|n| n.mood == 1).unwrap();
    assert_eq!(script.note, "<script>alert(1)</script>");
    assert_eq!(script.tags, vec!["tired"], "one tag, whatever its case");
    let title_only = snapshot
        .mood_notes
        .iter()
        .find(|n| n.local_date.to_string() == "2026-11-17")
        .unwrap();
    assert_eq!(
        (title_only.mood, title_only.note.as_str()),
        (5, "Just a title")
    );

    // The same file again adds nothing.
    let again = store.import(&incoming, true, now(), &London).await.unwrap();
    assert_eq!(again.added.total(), 0, "{again:?}");
    assert_eq!(again.unchanged.mood_notes, 4);
    assert_eq!(count(&store, "mood_note").await, 4);
}

#[tokio::test]
async fn a_cut_short_or_foreign_daylio_file_says_which_line_and_changes_nothing() {
    let (store, _dir) = store().await;
    let refusal = |text: &str| match read(ImportFormat::Daylio, text) {
        Err(Error::Invalid { reason, .. }) => reason.to_string(),
        other => panic!("{other:?}"),
    };
    // Cut in the middle of a row.
    let cut = &DAYLIO[..DAYLIO.find("2026-11-18").unwrap() + 30];
    assert!(refusal(cut).starts_with("Line 5:"), "{}", refusal(cut));
    // Cut inside a quoted note: the note would come in half.
    let cut = &DAYLIO[..DAYLIO.find("and the baby").unwrap()];
    assert!(
        refusal(cut).starts_with("Line 2: a quoted note is never closed"),
        "{}",
        refusal(cut)
    );
    let wrong = DAYLIO.replace("full_date", "day");
    assert!(
        refusal(&wrong).starts_with("Line 1 is not Daylio's header"),
        "{}",
        refusal(&wrong)
    );
    assert!(refusal("").contains("Line 1"));
    let bad_date = DAYLIO.replace("2026-11-19,", "2026-02-30,");
    assert!(
        refusal(&bad_date).starts_with("Line 4:"),
        "{}",
        refusal(&bad_date)
    );
    let bad_time = DAYLIO.replace("07:05", "7 o'clock");
    assert!(refusal(&bad_time).starts_with("Line 4:"));
    let future = DAYLIO.replace("2026-11-19,", "2027-01-01,");
    assert!(refusal(&future).contains("future"));
    let long = format!(
        "full_date,date,weekday,time,mood,activities,note_title,note\n2026-11-01,x,x,10:00,good,,,{}\n",
        "a".repeat(20_001)
    );
    assert!(refusal(&long).starts_with("Line 2:"), "{}", refusal(&long));
    match Incoming::read(
        ImportFormat::Daylio,
        b"full_date\xff\xfe",
        &MoodMap::default(),
        now(),
        &London,
        Language::En,
    ) {
        Err(Error::Invalid { reason, .. }) => assert!(reason.contains("UTF-8")),
        other => panic!("{other:?}"),
    }
    assert!(MoodMap::parse("super=9").is_err());
    assert!(MoodMap::parse("super").is_err());
    assert_eq!(count(&store, "mood_note").await, 0);
}

const VCARDS: &str = "BEGIN:VCARD\r\n\
VERSION:3.0\r\n\
FN:Priya Shah\r\n\
N:Shah;Priya;;;\r\n\
TEL;TYPE=CELL:+44 7700 900001\r\n\
TEL;TYPE=HOME,PREF:+44 20 7946 0002\r\n\
EMAIL;TYPE=INTERNET:priya@example.com\r\n\
BDAY:1990-04-12\r\n\
NOTE:Met at NCT\\, lovely. This note is long enough that the card folds it o\r\n ver two lines.\r\n\
END:VCARD\r\n\
BEGIN:VCARD\r\n\
VERSION:4.0\r\n\
UID:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1\r\n\
N:Okafor;Ngozi;;;\r\n\
TEL;VALUE=uri;PREF=1;TYPE=\"voice,cell\":tel:+1-555-555-0101\r\n\
TEL;VALUE=uri;TYPE=work:tel:+1-555-555-0102\r\n\
BDAY:--0229\r\n\
END:VCARD\r\n\
BEGIN:VCARD\r\n\
VERSION:4.0\r\n\
EMAIL:nobody@example.com\r\n\
END:VCARD\r\n\
BEGIN:VCARD\r\n\
VERSION:3.0\r\n\
this line has no colon\r\n\
END:VCARD\r\n\
BEGIN:VCARD\r\n\
VERSION:3.0\r\n\
FN:Cut Short\r\n";

#[tokio::test]
async fn vcards_come_in_with_phones_emails_and_birthdays_and_broken_cards_are_named() {
    let (store, _dir) = store().await;
    let incoming = read(ImportFormat::Vcard, VCARDS).unwrap();
    // The card on line 20 has only an email, and is named by it.
    assert_eq!(incoming.snapshot.people.len(), 3);
    assert_eq!(incoming.snapshot.people[2].name, "nobody@example.com");
    assert_eq!(incoming.skipped.len(), 2, "{:?}", incoming.skipped);
    assert!(incoming.skipped[0].contains("line 24") && incoming.skipped[0].contains("no name"));
    assert!(incoming.skipped[1].contains("line 28") && incoming.skipped[1].contains("END:VCARD"));

    let report = store.import(&incoming, true, now(), &London).await.unwrap();
    assert_eq!(report.added.people, 3);
    assert_eq!(report.skipped.len(), 2);
    let snapshot = store.snapshot(now()).await.unwrap();
    let priya = snapshot
        .people
        .iter()
        .find(|p| p.name == "Priya Shah")
        .unwrap();
    assert_eq!(
        priya.phone, "+44 20 7946 0002",
        "the preferred number first"
    );
    assert!(
        priya.notes.contains("Other phones: +44 7700 900001"),
        "{}",
        priya.notes
    );
    assert!(
        priya.notes.contains(
            "Met at NCT, lovely. This note is long enough that the card folds it over two lines."
        ),
        "{}",
        priya.notes
    );
    assert_eq!(priya.email, "priya@example.com");
    let birthday = priya.birthday.unwrap();
    assert_eq!(
        (birthday.month, birthday.day, birthday.year),
        (4, 12, Some(1990))
    );
    let ngozi = snapshot
        .people
        .iter()
        .find(|p| p.name == "Ngozi Okafor")
        .unwrap();
    assert_eq!(ngozi.phone, "+1-555-555-0101");
    let birthday = ngozi.birthday.unwrap();
    assert_eq!((birthday.month, birthday.day, birthday.year), (2, 29, None));

    // The same cards again add nobody, and leave her edits alone.
    let again = store.import(&incoming, true, now(), &London).await.unwrap();
    assert_eq!(again.added.total(), 0);
    assert_eq!(count(&store, "person").await, 3);

    match read(ImportFormat::Vcard, "hello\nthere\n") {
        Err(Error::Invalid { reason, .. }) => assert!(reason.contains("no contact cards")),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn the_journal_exports_as_csv_and_markdown_and_groups_as_ics() {
    let (full, _dir) = full_store().await;
    let csv = full
        .export(
            ExportFormat::Csv,
            now(),
            &London,
            "Europe/London",
            Language::En,
        )
        .await
        .unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(
        header[..5],
        ["date", "time", "written_at", "mood", "mood_word"]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 5);
    let hostile = rows
        .iter()
        .find(|r| &r[8] == HOSTILE)
        .expect("the note, quoted intact");
    assert_eq!(&hostile[3], "2");
    assert_eq!(&hostile[7], "Nächte 🌙 | tired");

    let markdown = full
        .export(
            ExportFormat::Markdown,
            now(),
            &London,
            "Europe/London",
            Language::En,
        )
        .await
        .unwrap();
    assert!(markdown.starts_with("# My Village journal\n"));
    let spanish = full
        .export(
            ExportFormat::Markdown,
            now(),
            &London,
            "Europe/London",
            Language::Es,
        )
        .await
        .unwrap();
    assert!(spanish.starts_with("# Mi diario de Village\n"), "{spanish}");
    assert!(spanish.contains(" de 5)"), "{spanish}");
    let days = markdown.lines().filter(|l| l.starts_with("## ")).count();
    assert_eq!(days, 5, "one heading per day:\n{markdown}");
    assert!(!markdown.contains("<script>"), "{markdown}");
    assert!(markdown.contains("\\<script\\>alert(1)\\</script\\>"));
    assert!(
        markdown.contains("\n\\# not a heading\\\n1\\. not a list\n"),
        "{markdown}"
    );
    assert!(!markdown.lines().any(|l| l.starts_with("# not")));

    let ics = full
        .export(
            ExportFormat::Ics,
            now(),
            &London,
            "Europe/London",
            Language::En,
        )
        .await
        .unwrap();
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
    assert_eq!(
        ics.matches("BEGIN:VEVENT").count(),
        2,
        "the two timed groups"
    );
}

#[tokio::test]
async fn a_backup_restores_to_the_same_export_and_keeps_what_it_replaced() {
    let (full, dir) = full_store().await;
    let exported = export_json(&full).await;
    let backup = dir.path().join("my backup.db");
    let check = full.backup_to(&backup).await.unwrap();
    assert_eq!(check.mood_notes, 5);
    assert_eq!(check.people, 3);

    // She writes more, then restores the backup.
    full.add_mood_note(&MoodNoteInput::new(3, now()), now(), &London)
        .await
        .unwrap();
    let (restored, kept) = full.restore_from(&backup, now()).await.unwrap();
    assert_eq!(
        without_time(&export_json(&restored).await),
        without_time(&exported)
    );
    // What it replaced is kept, with the note written after the backup.
    let kept_check = village_core::store::check_file(&kept, true, None)
        .await
        .unwrap();
    assert_eq!(kept_check.mood_notes, 6);
    // And the restored store is open and writable.
    restored
        .add_mood_note(&MoodNoteInput::new(4, now()), now(), &London)
        .await
        .unwrap();
}

#[tokio::test]
async fn a_corrupt_foreign_or_newer_file_is_refused_and_nothing_changes() {
    let (full, dir) = full_store().await;
    let exported = export_json(&full).await;

    let garbage = dir.path().join("garbage.db");
    std::fs::write(&garbage, b"this is not a database at all").unwrap();
    let other_sqlite = dir.path().join("other.db");
    {
        use sqlx::Connection;
        let url = format!("sqlite://{}?mode=rwc", other_sqlite.display());
        let mut conn = sqlx::SqliteConnection::connect(&url).await.unwrap();
        sqlx::query("CREATE TABLE t (x)")
            .execute(&mut conn)
            .await
            .unwrap();
        conn.close().await.unwrap();
    }
    // A real backup with pages overwritten in the middle.
    let damaged = dir.path().join("damaged.db");
    full.backup_to(&damaged).await.unwrap();
    let mut bytes = std::fs::read(&damaged).unwrap();
    let len = bytes.len();
    for b in &mut bytes[4096..len - 1] {
        *b = 0x5a;
    }
    std::fs::write(&damaged, &bytes).unwrap();
    // A backup from a Village with a schema this build does not know.
    let newer = dir.path().join("newer.db");
    full.backup_to(&newer).await.unwrap();
    {
        use sqlx::Connection;
        let url = format!("sqlite://{}", newer.display());
        let mut conn = sqlx::SqliteConnection::connect(&url).await.unwrap();
        sqlx::query(
            "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time)
             VALUES (999, 'future', 1, x'00', 0)",
        )
        .execute(&mut conn)
        .await
        .unwrap();
        conn.close().await.unwrap();
    }

    let mut store = full;
    for (file, expect) in [
        (garbage, "Corrupt"),
        (other_sqlite, "Invalid"),
        (damaged, "Corrupt"),
        (newer, "TooNew"),
        (dir.path().join("missing.db"), "Invalid"),
    ] {
        let refused = store.clone().restore_from(&file, now()).await;
        let error = refused
            .err()
            .unwrap_or_else(|| panic!("{} was restored", file.display()));
        assert!(
            format!("{error:?}").starts_with(expect),
            "{file:?}: {error:?}"
        );
        // The store was not closed or touched.
        assert_eq!(
            without_time(&export_json(&store).await),
            without_time(&exported)
        );
        store = Store::open(store.path()).await.unwrap();
    }
    assert!(
        store
            .backups()
            .unwrap()
            .iter()
            .all(|b| !b.name.contains("before-restore"))
    );
}

#[tokio::test]
async fn automatic_backups_are_daily_and_only_the_last_seven_stay() {
    let (store, _dir) = store().await;
    let first = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
    let written = store.automatic_backup(first).await.unwrap();
    assert!(matches!(written, DailyBackup::Made(_)), "{written:?}");
    assert_eq!(
        store.automatic_backup(first).await.unwrap(),
        DailyBackup::AlreadyMade,
        "once a day"
    );
    for day in 1..10 {
        store
            .add_mood_note(&MoodNoteInput::new(3, now()), now(), &London)
            .await
            .unwrap();
        // Modification times order the backups; a pause keeps them apart on coarse clocks.
        std::thread::sleep(std::time::Duration::from_millis(20));
        store
            .automatic_backup(first + chrono::Days::new(day))
            .await
            .unwrap();
    }
    let backups = store.backups().unwrap();
    assert_eq!(backups.len(), 7, "{backups:?}");
    assert_eq!(backups[0].name, "village-2026-11-10.db");
    assert!(!backups.iter().any(|b| b.name == "village-2026-11-01.db"));
    let newest = village_core::store::check_file(&backups[0].path, false, None)
        .await
        .unwrap();
    assert_eq!(newest.mood_notes, 9);
}

#[tokio::test]
async fn an_upgrade_backs_up_the_old_file_first() {
    let dir = tempfile::tempdir().unwrap();
    let (path, pool) = support::database_at_version(&dir, 5).await;
    sqlx::query(
        "INSERT INTO person (id, name, relationship, created_at, updated_at)
         VALUES ('4fbe8971-0bc3-424c-9c26-36c3e1eff6b1', 'Ana', 'friend', '2026-01-01 00:00:00+00:00', '2026-01-01 00:00:00+00:00')",
    )
    .execute(&pool)
    .await
    .unwrap();
    pool.close().await;
    let store = Store::open(&path).await.unwrap();
    assert_eq!(
        store.schema_version().await.unwrap(),
        Store::latest_schema_version()
    );
    let backup = dir.path().join("backups").join("village-schema-5.db");
    assert!(backup.is_file());
    let old = village_core::store::check_file(&backup, true, None)
        .await
        .unwrap();
    assert_eq!((old.schema_version, old.people), (5, 1));
}

#[tokio::test]
async fn a_restore_is_refused_while_another_program_has_the_data_open() {
    let (full, dir) = full_store().await;
    let exported = export_json(&full).await;
    let backup = dir.path().join("backup.db");
    full.backup_to(&backup).await.unwrap();
    full.add_mood_note(&MoodNoteInput::new(3, now()), now(), &London)
        .await
        .unwrap();
    let after = export_json(&full).await;
    assert_ne!(without_time(&after), without_time(&exported));

    // A second window or the CLI, open on the same file.
    let other = Store::open(full.path()).await.unwrap();
    other.snapshot(now()).await.unwrap();
    match full.clone().restore_from(&backup, now()).await {
        Err(error @ Error::Conflict(_)) => {
            let words = error.public_message(Language::En);
            assert!(words.contains("Close it"), "{words}");
        }
        other => panic!("{:?}", other.map(|_| ())),
    }
    // The other program's data is untouched and it goes on writing.
    assert_eq!(
        without_time(&export_json(&other).await),
        without_time(&after)
    );
    other
        .add_mood_note(&MoodNoteInput::new(4, now()), now(), &London)
        .await
        .unwrap();
    assert_eq!(count(&other, "mood_note").await, 7);
    assert!(
        !other
            .backups()
            .unwrap()
            .iter()
            .any(|b| b.name.contains("before-restore"))
    );
    other.close().await;

    // Once it is closed, the restore goes through.
    let store = Store::open(full.path()).await.unwrap();
    let (restored, _kept) = store.restore_from(&backup, now()).await.unwrap();
    assert_eq!(
        without_time(&export_json(&restored).await),
        without_time(&exported)
    );
}

#[tokio::test]
async fn nothing_is_written_over_the_database_itself() {
    let (full, _dir) = full_store().await;
    let exported = export_json(&full).await;
    let path = full.path().to_path_buf();
    let mut wal = path.clone().into_os_string();
    wal.push("-wal");
    for target in [path.clone(), std::path::PathBuf::from(wal)] {
        assert!(full.is_own_file(&target));
        match full.backup_to(&target).await {
            Err(Error::Invalid { reason, .. }) => assert!(reason.contains("own database")),
            other => panic!("{other:?}"),
        }
    }
    assert!(!full.is_own_file(&path.with_file_name("village-copy.db")));
    match full.clone().restore_from(&path, now()).await {
        Err(Error::Invalid { .. }) => {}
        other => panic!("{:?}", other.map(|_| ())),
    }
    assert_eq!(
        without_time(&export_json(&full).await),
        without_time(&exported)
    );
}

#[tokio::test]
async fn a_check_in_whose_note_is_being_deleted_still_exports_and_imports() {
    let (full, _dir) = full_store().await;
    let attended = full.snapshot(now()).await.unwrap();
    let note = attended
        .check_ins
        .iter()
        .find_map(|c| c.mood_note_id.clone())
        .unwrap();
    full.delete_mood_note(&note, now()).await.unwrap();
    let json = export_json(&full).await;
    let (empty, _dir2) = store().await;
    let report = empty
        .import(
            &read(ImportFormat::Json, &json).unwrap(),
            true,
            now(),
            &London,
        )
        .await
        .unwrap();
    assert_eq!(report.added.check_ins, 3);
    assert_eq!(report.added.mood_notes, 4);
}

#[tokio::test]
async fn a_daylio_export_made_again_after_renaming_adds_nothing_twice() {
    let (store, _dir) = store().await;
    let map = MoodMap::parse("super=5").unwrap();
    let first = Incoming::read(
        ImportFormat::Daylio,
        DAYLIO.as_bytes(),
        &map,
        now(),
        &London,
        Language::En,
    )
    .unwrap();
    store.import(&first, true, now(), &London).await.unwrap();
    // She renamed an activity and a mood in Daylio and edited a note, then exported again.
    let renamed = DAYLIO
        .replace("friends | walk", "friends | stroll")
        .replace(",super,", ",amazing,")
        .replace("<script>", "<b>");
    let map = MoodMap::parse("amazing=5").unwrap();
    let again = Incoming::read(
        ImportFormat::Daylio,
        renamed.as_bytes(),
        &map,
        now(),
        &London,
        Language::En,
    )
    .unwrap();
    let report = store.import(&again, true, now(), &London).await.unwrap();
    assert_eq!(report.added.mood_notes, 0, "{report:?}");
    assert_eq!(count(&store, "mood_note").await, 4);
}

/// A change to one record of an export that the app's own forms would refuse; it says where
/// the refusal must point.
type Drift = fn(&mut Snapshot) -> String;

fn person(s: &Snapshot, name: &str) -> usize {
    s.people
        .iter()
        .position(|p| p.name.starts_with(name))
        .unwrap()
}

fn group(s: &Snapshot, repeats: &str) -> usize {
    s.groups
        .iter()
        .position(|g| g.schedule.repeats == repeats)
        .unwrap()
}

/// Each value the old import let through, and where it is refused.
const DRIFTS: [(&str, Drift); 16] = [
    ("a note in the future", |s| {
        s.mood_notes[1].written_at = now() + Duration::days(365 * 5);
        "In mood_notes, number 2".into()
    }),
    ("a one-off meeting in 2999", |s| {
        let i = group(s, "none");
        let schedule = &mut s.groups[i].schedule;
        schedule.repeats = "once".into();
        schedule.on_date = NaiveDate::from_ymd_opt(2999, 1, 1);
        schedule.start_time = Some("10:00".into());
        schedule.duration_minutes = Some(60);
        format!("In groups, number {}", i + 1)
    }),
    ("a weekly schedule from 1999", |s| {
        let i = group(s, "weekly");
        s.groups[i].schedule.on_date = NaiveDate::from_ymd_opt(1999, 12, 31);
        format!("In groups, number {}", i + 1)
    }),
    ("a person born in 1850", |s| {
        let i = person(s, "Ana");
        if let Some(b) = s.people[i].birthday.as_mut() {
            b.year = Some(1850);
        }
        format!("In people, number {}", i + 1)
    }),
    ("a baby born in 1850", |s| {
        s.settings
            .insert("baby.birth_date".into(), "1850-06-01".into());
        "baby.birth_date".into()
    }),
    ("a baby born next year", |s| {
        s.settings
            .insert("baby.birth_date".into(), "2027-06-01".into());
        "baby.birth_date".into()
    }),
    ("reminders at 03:00", |s| {
        s.settings
            .insert("reminders.time_of_day".into(), "03:00".into());
        "reminders.time_of_day".into()
    }),
    ("the daily question at 23:30", |s| {
        s.settings
            .insert("nudge.time_of_day".into(), "23:30".into());
        "nudge.time_of_day".into()
    }),
    ("a reminder two days before", |s| {
        let i = group(s, "monthly");
        s.groups[i].remind_minutes_before = 2 * 24 * 60;
        format!("In groups, number {}", i + 1)
    }),
    ("a reminder one minute before", |s| {
        let i = group(s, "monthly");
        s.groups[i].remind_minutes_before = 1;
        format!("In groups, number {}", i + 1)
    }),
    ("an email without a domain", |s| {
        let i = person(s, "Sam");
        s.people[i].email = "sam@".into();
        format!("In people, number {}", i + 1)
    }),
    ("a phone number of letters", |s| {
        let i = person(s, "Sam");
        s.people[i].phone = "call me maybe".into();
        format!("In people, number {}", i + 1)
    }),
    ("a check-in in the future", |s| {
        s.check_ins[0].happened_at = now() + Duration::days(2);
        "In check_ins, number 1".into()
    }),
    ("a theme Village does not have", |s| {
        s.settings.insert("theme".into(), "purple".into());
        "theme".into()
    }),
    ("a text size Village does not offer", |s| {
        s.settings
            .insert("appearance.text_size".into(), "300".into());
        "appearance.text_size".into()
    }),
    ("a text size that is not a number", |s| {
        s.settings
            .insert("appearance.text_size".into(), "big".into());
        "appearance.text_size".into()
    }),
];

async fn data_version(conn: &mut sqlx::SqliteConnection) -> i64 {
    sqlx::query_scalar("PRAGMA data_version")
        .fetch_one(conn)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_file_can_bring_nothing_her_own_forms_would_refuse_and_a_refusal_changes_nothing() {
    let (full, _dir) = full_store().await;
    let json = export_json(&full).await;
    let (target, _dir2) = store().await;
    let incoming = read(ImportFormat::Json, &json).unwrap();
    target
        .import(&incoming, true, now(), &London)
        .await
        .unwrap();
    let before = export_json(&target).await;
    // data_version moves whenever another connection commits to the file.
    let mut watcher =
        sqlx::SqliteConnection::connect(&format!("sqlite://{}", target.path().display()))
            .await
            .unwrap();
    let at_start = data_version(&mut watcher).await;

    for (what, drift) in DRIFTS {
        let mut snapshot = Snapshot::from_json(&json).unwrap();
        let place = drift(&mut snapshot);
        assert_ne!(
            snapshot,
            Snapshot::from_json(&json).unwrap(),
            "{what}: the drift changed nothing"
        );
        let text = snapshot.to_json();
        // Refused when read, or at the latest when previewed or applied: never stored.
        let refusal = match read(ImportFormat::Json, &text) {
            Err(error) => error,
            Ok(incoming) => {
                let preview = target.import(&incoming, false, now(), &London).await;
                let applied = target.import(&incoming, true, now(), &London).await;
                assert!(preview.is_err(), "{what}: previewed as {preview:?}");
                applied.expect_err(what)
            }
        };
        match refusal {
            Error::Invalid { reason, .. } => {
                assert!(reason.contains(&place), "{what}: {reason}");
            }
            other => panic!("{what}: {other:?}"),
        }
    }
    assert_eq!(data_version(&mut watcher).await, at_start);
    assert_eq!(
        without_time(&export_json(&target).await),
        without_time(&before)
    );
}

#[tokio::test]
async fn the_copy_before_an_update_and_her_own_files_outlive_the_daily_pruning() {
    let (store, dir) = store().await;
    let folder = dir.path().join("backups");
    std::fs::create_dir_all(&folder).unwrap();
    for name in [
        "village-schema-5.db",
        "village-backup-2026-11-01.db",
        "mine.db",
    ] {
        store.backup_to(&folder.join(name)).await.unwrap();
    }
    let first = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
    for day in 0..9 {
        store
            .automatic_backup(first + chrono::Days::new(day))
            .await
            .unwrap();
    }
    let backups = store.backups().unwrap();
    let names: Vec<&str> = backups.iter().map(|b| b.name.as_str()).collect();
    assert_eq!(names.len(), 10, "{names:?}");
    for (kept, kind) in [
        ("village-schema-5.db", BackupKind::BeforeUpdate),
        ("village-backup-2026-11-01.db", BackupKind::Other),
        ("mine.db", BackupKind::Other),
    ] {
        let file = backups.iter().find(|b| b.name == kept);
        assert_eq!(file.map(|b| b.kind), Some(kind), "{kept} pruned: {names:?}");
    }
    let daily = backups
        .iter()
        .filter(|b| b.kind == BackupKind::Daily)
        .count();
    assert_eq!(daily, 7);
}

#[tokio::test]
async fn a_note_the_file_holds_twice_comes_in_once_as_its_newer_copy() {
    let (full, _dir) = full_store().await;
    let mut file: serde_json::Value = serde_json::from_str(&export_json(&full).await).unwrap();
    let notes = file["mood_notes"].as_array_mut().unwrap();
    notes[0]["tags"] = serde_json::json!(["first copy"]);
    let mut newer = notes[0].clone();
    newer["tags"] = serde_json::json!(["second copy"]);
    newer["note"] = serde_json::json!("The newer words");
    newer["updated_at"] = serde_json::json!("2026-11-21T21:00:00Z");
    notes.push(newer.clone());
    let id = newer["id"].as_str().unwrap().to_owned();

    let (store, _other) = support::store().await;
    let incoming = read(ImportFormat::Json, &file.to_string()).unwrap();
    store.import(&incoming, true, now(), &London).await.unwrap();
    let note = store
        .mood_note(&village_core::journal::MoodNoteId::parse(&id).unwrap())
        .await
        .unwrap();
    assert_eq!(note.note, "The newer words");
    assert_eq!(
        note.tags,
        ["second copy"],
        "only the copy that won keeps its tags"
    );
}
