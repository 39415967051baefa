//! Reaching out on a real SQLite file: a hello logs a check-in only on her yes, her own ready
//! messages are kept or refused whole, found groups are saved once, and one meeting becomes a
//! calendar file of its own.

// A test that cannot unwrap has failed; the panic names what was missing.
#![allow(clippy::unwrap_used)]

mod support;

use chrono::{DateTime, TimeZone, Utc};
use chrono_tz::America::New_York;
use support::{count, raw_count, store};
use village_core::catalog::Language;
use village_core::circle::{CheckIn, CheckInKind, PersonInput};
use village_core::finder::{FOUND_GROUPS, FoundGroup, group_finder, save_found_group};
use village_core::groups::{GroupInput, ScheduleInput, meeting_calendar};
use village_core::reach::{self, How, PendingHello, PendingHellos, READY_MAX, ReadyMessageId};
use village_core::{ErrorCode, Result, Store};

/// Her answer as the app keeps it: only a yes gives a check-in to log.
async fn answer_hello(
    store: &Store,
    hello: &PendingHello,
    reached: bool,
    now: DateTime<Utc>,
    tz: &chrono_tz::Tz,
) -> Result<Option<CheckIn>> {
    match hello.answer(reached, now, tz) {
        Some(new) => Ok(Some(store.log_check_in(&new, now).await?)),
        None => Ok(None),
    }
}

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap()
}

fn now() -> DateTime<Utc> {
    at(2026, 3, 6, 17, 0)
}

async fn ana(store: &Store) -> village_core::circle::Person {
    let mut input = PersonInput::named("Ana López");
    input.phone = "+1 555 010 2030".into();
    input.email = "ana@example.org".into();
    store.add_person(&input, now(), &New_York).await.unwrap()
}

#[tokio::test]
async fn not_yet_logs_nothing_and_yes_logs_one_check_in_of_the_hellos_kind() {
    let (store, _dir) = store().await;
    let ana = ana(&store).await;
    let mut waiting = PendingHellos::default();

    let uri = reach::hello_link(&ana, How::Text, &ana.phone, "Hi Ana! 🌷", Language::En).unwrap();
    assert_eq!(uri, "sms:+15550102030?body=Hi%20Ana%21%20%F0%9F%8C%B7");
    let pending = waiting.add(PendingHello::new(ana.id.clone(), How::Text));
    let before = count(&store, "check_in").await;
    let hello = waiting.take(&pending).unwrap();
    let logged = answer_hello(&store, &hello, false, now(), &New_York)
        .await
        .unwrap();
    assert_eq!(logged, None);
    assert_eq!(count(&store, "check_in").await, before, "not yet: nothing");
    assert_eq!(
        raw_count(
            &store,
            "SELECT COUNT(*) FROM person WHERE updated_at > created_at"
        )
        .await,
        0,
        "and nothing else changed"
    );
    // Answered once: a second answer finds nothing to log.
    assert_eq!(
        waiting.take(&pending).unwrap_err().code(),
        ErrorCode::NotFound
    );

    for (how, kind) in [
        (How::Text, CheckInKind::Text),
        (How::Call, CheckInKind::Call),
        (How::Email, CheckInKind::Other),
    ] {
        let pending = waiting.add(PendingHello::new(ana.id.clone(), how));
        let hello = waiting.take(&pending).unwrap();
        let logged = answer_hello(&store, &hello, true, now(), &New_York)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(logged.kind, kind);
        assert_eq!(logged.person_id.as_ref(), Some(&ana.id));
        assert_eq!(logged.happened_at, now());
    }
    assert_eq!(count(&store, "check_in").await, before + 3);
    assert_eq!(store.count_check_ins(&ana.id).await.unwrap(), 3);

    // A person deleted while the hello was open: her yes finds no one and logs nothing.
    store.delete_person(&ana.id).await.unwrap();
    let gone = answer_hello(
        &store,
        &PendingHello::new(ana.id.clone(), How::Call),
        true,
        now(),
        &New_York,
    )
    .await
    .unwrap_err();
    assert_eq!(gone.code(), ErrorCode::NotFound);
    assert_eq!(count(&store, "check_in").await, 0);
}

async fn ready_count(store: &Store) -> i64 {
    raw_count(store, "SELECT COUNT(*) FROM ready_message").await
}

#[tokio::test]
async fn her_own_messages_are_saved_edited_and_deleted_and_bad_ones_change_nothing() {
    let (store, _dir) = store().await;
    let saved = store
        .save_ready_message("  Coffee at mine? ☕\r\nBring the baby!  ", now())
        .await
        .unwrap();
    assert_eq!(saved.text, "Coffee at mine? ☕\nBring the baby!");
    let html = store
        .save_ready_message("<b>Hi</b> & <script>alert(1)</script>", now())
        .await
        .unwrap();
    assert_eq!(html.text, "<b>Hi</b> & <script>alert(1)</script>");
    assert_eq!(store.ready_messages().await.unwrap(), [saved.clone(), html]);

    let too_long = "x".repeat(READY_MAX + 1);
    let bad = [
        "",
        "   \n  ",
        too_long.as_str(),
        "nul\0",
        "bell\u{7}",
        "\u{1b}[2J",
    ];
    for text in bad {
        let error = store.save_ready_message(text, now()).await.unwrap_err();
        assert_eq!(error.code(), ErrorCode::Invalid, "{text:?}");
        assert_eq!(error.field(), Some("text"));
        let words = error.public_message(Language::En);
        assert!(words.starts_with("The message "), "{words}");
        let error = store
            .update_ready_message(&saved.id, text, now())
            .await
            .unwrap_err();
        assert_eq!(error.code(), ErrorCode::Invalid, "{text:?}");
    }
    assert_eq!(
        store
            .save_ready_message(&too_long, now())
            .await
            .unwrap_err()
            .public_message(Language::Es),
        "El mensaje puede tener como máximo 500 caracteres; ahora tiene 501."
    );
    assert_eq!(ready_count(&store).await, 2, "nothing was added");
    assert_eq!(store.ready_message(&saved.id).await.unwrap(), saved);

    let later = at(2026, 3, 7, 9, 0);
    let edited = store
        .update_ready_message(&saved.id, "Walk at 3?", later)
        .await
        .unwrap();
    assert_eq!(edited.text, "Walk at 3?");
    assert_eq!(edited.created_at, saved.created_at);
    assert_eq!(edited.updated_at, later);

    store.delete_ready_message(&saved.id).await.unwrap();
    assert_eq!(ready_count(&store).await, 1);
    let ghost = ReadyMessageId::new();
    for error in [
        store.delete_ready_message(&saved.id).await.unwrap_err(),
        store
            .update_ready_message(&ghost, "Hi", now())
            .await
            .unwrap_err(),
        store.ready_message(&ghost).await.unwrap_err(),
        ReadyMessageId::parse("'; DROP TABLE ready_message; --").unwrap_err(),
    ] {
        assert_eq!(error.code(), ErrorCode::NotFound);
    }
    assert_eq!(ready_count(&store).await, 1);
}

#[tokio::test]
async fn a_found_group_is_saved_once_as_a_group_to_try() {
    let (store, _dir) = store().await;
    let list = group_finder(&store).await.unwrap();
    assert_eq!(list.len(), FOUND_GROUPS.len());
    for listed in &list {
        assert!(!listed.saved);
        assert!(listed.found.url.starts_with("https://"));
        assert!(listed.found.source.starts_with("https://"));
        assert_eq!(listed.found.checked_on().to_string(), "2026-12-05");
    }

    let psi = save_found_group(&store, "psi-online", now(), &New_York, Language::En)
        .await
        .unwrap();
    assert_eq!(psi.name, "PSI online support groups");
    assert_eq!(psi.kind.as_str(), "support_group");
    assert_eq!(
        psi.link,
        "https://www.postpartum.net/get-help/psi-online-support-meetings/"
    );
    assert!(psi.schedule.timed().is_none(), "no fixed time");
    assert!(psi.notes.contains("Postpartum Support International"));

    let again = save_found_group(&store, "psi-online", now(), &New_York, Language::Es)
        .await
        .unwrap_err();
    assert_eq!(again.code(), ErrorCode::Conflict);
    assert_eq!(
        again.public_message(Language::En),
        "It's already in your groups."
    );
    assert_eq!(count(&store, "saved_group").await, 1);
    let list = group_finder(&store).await.unwrap();
    let saved: Vec<_> = list
        .iter()
        .filter(|l| l.saved)
        .map(|l| l.found.key)
        .collect();
    assert_eq!(saved, ["psi-online"]);

    // Two taps at once still make one group.
    let (first, second) = tokio::join!(
        save_found_group(&store, "lll-usa", now(), &New_York, Language::Es),
        save_found_group(&store, "lll-usa", now(), &New_York, Language::Es),
    );
    assert!(first.is_ok() != second.is_ok(), "{first:?} / {second:?}");
    assert_eq!(count(&store, "saved_group").await, 2);
    let lll = first.or(second).unwrap();
    assert_eq!(lll.name, "La Leche League USA");
    assert!(
        lll.notes.starts_with("Reuniones gratuitas"),
        "{}",
        lll.notes
    );

    // Archived, it is no longer among her groups, and can be saved again.
    store
        .set_group_archived(&psi.id, true, now())
        .await
        .unwrap();
    assert!(!group_finder(&store).await.unwrap()[0].saved);
    save_found_group(&store, "psi-online", now(), &New_York, Language::En)
        .await
        .unwrap();

    let unknown = save_found_group(&store, "nowhere", now(), &New_York, Language::En)
        .await
        .unwrap_err();
    assert_eq!(unknown.code(), ErrorCode::NotFound);
    assert_eq!(count(&store, "saved_group").await, 3);
    assert!(FoundGroup::find("psi-local").is_ok());
}

#[tokio::test]
async fn one_meeting_becomes_a_calendar_file_of_its_own_in_utc() {
    let (store, _dir) = store().await;
    let mut input = GroupInput::named(
        "Tuesday Moms, \"and babies\"",
        ScheduleInput::weekly(&["tue"], "10:00", 90).starting("2026-01-06"),
    );
    input.place = "Library; Room 2".into();
    input.link = "https://example.org/moms".into();
    input.contact = "Priya".into();
    input.notes = "Bring snacks\nand a blanket".into();
    let group = store.add_group(&input, now(), &New_York).await.unwrap();
    let invite = reach::invite(&group, Some("Ana"), now(), &New_York, Language::Es).unwrap();
    let meeting = reach::meeting_at(&group, invite.meeting.start, &New_York).unwrap();
    assert_eq!(meeting, invite.meeting);
    let ics = meeting_calendar(&group, &meeting, now(), Language::Es);

    let mut calendars = ical::IcalParser::new(std::io::BufReader::new(ics.as_bytes()));
    let calendar = calendars.next().unwrap().unwrap();
    assert!(calendars.next().is_none());
    assert_eq!(calendar.events.len(), 1, "one meeting, no rule");
    let event = &calendar.events[0];
    let value = |name: &str| {
        event
            .properties
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.clone())
            .unwrap_or_default()
    };
    // Tuesday 10 March, 10:00 in New York after the clocks went forward: 14:00 UTC.
    assert_eq!(value("DTSTART"), "20260310T140000Z");
    assert_eq!(value("DTEND"), "20260310T153000Z");
    assert_eq!(value("DTSTAMP"), "20260306T170000Z");
    assert_eq!(
        value("UID"),
        format!("{}-20260310T140000Z@village.app", group.id)
    );
    assert_eq!(value("SUMMARY"), "Tuesday Moms\\, \"and babies\"");
    assert_eq!(value("LOCATION"), "Library\\; Room 2");
    assert_eq!(value("URL"), "https://example.org/moms");
    assert_eq!(
        value("DESCRIPTION"),
        "Grupo de mamás y bebés\\nContacto: Priya\\nhttps://example.org/moms\\nBring snacks\\nand a blanket"
    );
    assert!(event.properties.iter().all(|p| p.name != "RRULE"));
    assert!(ics.lines().all(|l| l.len() <= 76), "folded lines");
}

#[tokio::test]
async fn her_own_messages_go_out_in_an_export_and_come_back_once() {
    use village_core::transfer::{ExportFormat, ImportFormat, Incoming, MoodMap};

    let (store, _dir) = store().await;
    let first = store
        .save_ready_message("Coffee? ☕\n<b>Soon</b> & \"quoted\"", now())
        .await
        .unwrap();
    let second = store.save_ready_message("Walk at 3?", now()).await.unwrap();
    let json = store
        .export(
            ExportFormat::Json,
            now(),
            &New_York,
            "America/New_York",
            Language::En,
        )
        .await
        .unwrap();
    let read = |text: &str| {
        Incoming::read(
            ImportFormat::Json,
            text.as_bytes(),
            &MoodMap::default(),
            now(),
            &New_York,
            Language::En,
        )
    };

    let (empty, _dir2) = support::store().await;
    let report = empty
        .import(&read(&json).unwrap(), true, now(), &New_York)
        .await
        .unwrap();
    assert_eq!(report.added.ready_messages, 2);
    assert!(report.words(Language::En).contains("2 saved messages"));
    assert_eq!(empty.ready_messages().await.unwrap(), [first, second]);
    // Again: nothing doubled.
    let report = empty
        .import(&read(&json).unwrap(), true, now(), &New_York)
        .await
        .unwrap();
    assert_eq!(report.added.ready_messages, 0);
    assert_eq!(report.unchanged.ready_messages, 2);
    assert_eq!(ready_count(&empty).await, 2);

    // A file that brings words she could not have typed is refused whole.
    let mut value: serde_json::Value = serde_json::from_str(&json).unwrap();
    value["ready_messages"][1]["text"] = serde_json::json!("x".repeat(501));
    let error = read(&value.to_string()).unwrap_err();
    assert_eq!(
        error.public_message(Language::En),
        "In ready_messages, number 2: The message can be at most 500 characters; this is 501."
    );
    value["ready_messages"][1]["text"] = serde_json::json!("bell\u{7}");
    assert!(read(&value.to_string()).is_err());
    // An export from before ready messages reads as having none.
    value.as_object_mut().unwrap().remove("ready_messages");
    let older = read(&value.to_string()).unwrap();
    assert!(older.snapshot.ready_messages.is_empty());
}
