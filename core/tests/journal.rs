//! The journal on a real SQLite file: notes, tags, the FTS index, paging, undo and summaries.

// A test that cannot unwrap has failed; the panic names what was missing.
#![allow(clippy::unwrap_used)]

mod support;

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use chrono_tz::America::New_York;
use support::{raw_count, store};
use village_core::catalog::Language;
use village_core::journal::{Cursor, JournalFilter, MoodNote, MoodNoteInput, TagId};
use village_core::{Error, ErrorCode, Store};

fn at(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, 0, 0).unwrap()
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

async fn found(store: &Store, text: &str) -> Vec<String> {
    store
        .search_notes(text, None, 50)
        .await
        .unwrap()
        .items
        .into_iter()
        .map(|h| h.note.note)
        .collect()
}

#[tokio::test]
async fn a_note_is_stored_with_its_tags_and_its_local_day() {
    let (store, _dir) = store().await;
    let now = at(2026, 3, 2, 3);
    let input = MoodNoteInput::new(2, now)
        .with_note("Up all night. שלום 😴 <script>alert(1)</script>")
        .with_tags(&["Tired", "night feeds"]);
    let note = store.add_mood_note(&input, now, &New_York).await.unwrap();
    assert_eq!(
        note.local_date,
        date(2026, 3, 1),
        "22:00 in New York on the 1st"
    );
    assert_eq!(
        note.tags,
        vec!["night feeds".to_owned(), "tired".to_owned()]
    );
    assert_eq!(note.note, "Up all night. שלום 😴 <script>alert(1)</script>");
    assert_eq!(store.mood_note(&note.id).await.unwrap(), note);
    // "Tired" found the default tag "tired" instead of making a second one.
    let tags = store.tags().await.unwrap();
    assert_eq!(
        tags.iter()
            .filter(|t| t.name.eq_ignore_ascii_case("tired"))
            .count(),
        1
    );
}

#[tokio::test]
async fn editing_keeps_the_search_index_right() {
    let (store, _dir) = store().await;
    let now = at(2026, 3, 1, 9);
    let note = store
        .add_mood_note(
            &MoodNoteInput::new(3, now).with_note("A long walk by the river"),
            now,
            &Utc,
        )
        .await
        .unwrap();
    assert_eq!(found(&store, "river").await.len(), 1);

    let edited = MoodNoteInput::new(4, now).with_note("Coffee with Sam at the library");
    store
        .update_mood_note(&note.id, &edited, now, &Utc)
        .await
        .unwrap();
    assert!(
        found(&store, "river").await.is_empty(),
        "the old words are gone from the index"
    );
    assert_eq!(
        found(&store, "library").await,
        vec!["Coffee with Sam at the library".to_owned()]
    );
    assert_eq!(
        found(&store, "libr").await.len(),
        1,
        "a word still being typed matches"
    );
}

#[tokio::test]
async fn a_delete_can_be_undone_until_it_is_purged() {
    let (store, _dir) = store().await;
    let now = at(2026, 3, 1, 9);
    let note = store
        .add_mood_note(
            &MoodNoteInput::new(1, now)
                .with_note("hard day")
                .with_tags(&["lonely"]),
            now,
            &Utc,
        )
        .await
        .unwrap();
    store.delete_mood_note(&note.id, now).await.unwrap();
    assert!(matches!(
        store.mood_note(&note.id).await,
        Err(Error::NotFound { .. })
    ));
    assert!(
        store
            .timeline(&JournalFilter::default(), None, 50)
            .await
            .unwrap()
            .items
            .is_empty()
    );
    assert!(found(&store, "hard").await.is_empty());
    assert!(store.month(2026, 3).await.unwrap().is_empty());

    let back = store.restore_mood_note(&note.id, now).await.unwrap();
    assert_eq!(back.tags, vec!["lonely".to_owned()]);
    assert_eq!(found(&store, "hard").await.len(), 1);

    store.delete_mood_note(&note.id, now).await.unwrap();
    assert_eq!(
        store
            .purge_deleted_notes(now + Duration::minutes(1))
            .await
            .unwrap(),
        1
    );
    assert_eq!(raw_count(&store, "SELECT COUNT(*) FROM mood_note").await, 0);
    assert_eq!(
        raw_count(&store, "SELECT COUNT(*) FROM mood_note_tag").await,
        0
    );
    assert!(store.restore_mood_note(&note.id, now).await.is_err());
    assert_eq!(
        raw_count(
            &store,
            "SELECT COUNT(*) FROM mood_note_fts WHERE mood_note_fts MATCH 'hard'"
        )
        .await,
        0,
        "the purged text is gone from the index too"
    );
}

#[tokio::test]
async fn paging_by_keyset_never_skips_or_repeats_notes_written_in_the_same_second() {
    let (store, _dir) = store().await;
    let same = at(2026, 3, 1, 9);
    let inputs: Vec<MoodNoteInput> = (0..7)
        .map(|i| MoodNoteInput::new(3, same).with_note(&format!("tie {i}")))
        .chain((0..5).map(|i| {
            MoodNoteInput::new(3, same - Duration::hours(i + 1)).with_note(&format!("earlier {i}"))
        }))
        .collect();
    assert_eq!(store.add_mood_notes(&inputs, same, &Utc).await.unwrap(), 12);

    let mut seen: Vec<MoodNote> = Vec::new();
    let mut cursor: Option<Cursor> = None;
    loop {
        let page = store
            .timeline(&JournalFilter::default(), cursor.as_ref(), 3)
            .await
            .unwrap();
        assert!(page.items.len() <= 3);
        seen.extend(page.items);
        match page.next {
            Some(next) => cursor = Some(next),
            None => break,
        }
    }
    assert_eq!(seen.len(), 12);
    let mut ids: Vec<_> = seen.iter().map(|n| n.id.clone()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 12, "no note twice");
    assert!(
        seen.windows(2)
            .all(|w| (w[0].written_at, &w[0].id) > (w[1].written_at, &w[1].id))
    );
    assert!(seen[..7].iter().all(|n| n.note.starts_with("tie")));
}

#[tokio::test]
async fn the_timeline_filters_by_tag_mood_and_dates() {
    let (store, _dir) = store().await;
    let now = at(2026, 3, 10, 12);
    for (day, mood, tags) in [
        (1, 2, vec!["tired"]),
        (3, 4, vec!["Got Outside"]),
        (5, 4, vec!["tired", "hopeful"]),
        (9, 5, vec![]),
    ] {
        let input = MoodNoteInput::new(mood, at(2026, 3, day, 12)).with_tags(&tags);
        store.add_mood_note(&input, now, &Utc).await.unwrap();
    }
    let days = |notes: Vec<MoodNote>| {
        notes
            .iter()
            .map(|n| n.local_date.format("%d").to_string())
            .collect::<Vec<_>>()
    };
    let by_tag = JournalFilter {
        tag: Some("TIRED".into()),
        ..JournalFilter::default()
    };
    assert_eq!(
        days(store.timeline(&by_tag, None, 50).await.unwrap().items),
        ["05", "01"]
    );
    let by_mood = JournalFilter {
        mood: Some(4),
        ..JournalFilter::default()
    };
    assert_eq!(
        days(store.timeline(&by_mood, None, 50).await.unwrap().items),
        ["05", "03"]
    );
    let range = JournalFilter {
        from: Some(date(2026, 3, 2)),
        to: Some(date(2026, 3, 5)),
        ..JournalFilter::default()
    };
    assert_eq!(
        days(store.timeline(&range, None, 50).await.unwrap().items),
        ["05", "03"]
    );
    assert_eq!(
        days(store.day_notes(date(2026, 3, 9)).await.unwrap()),
        ["09"]
    );
}

#[tokio::test]
async fn search_text_with_fts_operators_never_fails() {
    let (store, _dir) = store().await;
    let now = at(2026, 3, 1, 9);
    store
        .add_mood_note(
            &MoodNoteInput::new(3, now).with_note("Tired AND hopeful, near the end"),
            now,
            &Utc,
        )
        .await
        .unwrap();
    for text in [
        "\"",
        "*",
        "NEAR(",
        "AND",
        "\"unbalanced",
        "OR NOT",
        "(",
        ")",
        "^",
        "tired*",
        "col:tired",
        "",
        "   ",
        "-tired",
    ] {
        let result = store.search_notes(text, None, 50).await;
        assert!(result.is_ok(), "{text:?}: {result:?}");
    }
    assert_eq!(found(&store, "AND").await.len(), 1, "AND is a word here");
    assert_eq!(found(&store, "NEAR(").await.len(), 1);
    assert_eq!(
        found(&store, "hopeful tired").await.len(),
        1,
        "every word, any order"
    );
    assert!(found(&store, "tired sad").await.is_empty());
    let hit = &store.search_notes("hopeful", None, 5).await.unwrap().items[0];
    let marked: Vec<&str> = hit
        .snippet
        .iter()
        .filter(|s| s.hit)
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(marked, ["hopeful"]);
}

#[tokio::test]
async fn tags_rename_merge_and_refuse_a_clash() {
    let (store, _dir) = store().await;
    let now = at(2026, 3, 1, 9);
    let a = store
        .add_mood_note(&MoodNoteInput::new(3, now).with_tags(&["nap"]), now, &Utc)
        .await
        .unwrap();
    let b = store
        .add_mood_note(
            &MoodNoteInput::new(3, now).with_tags(&["Naps", "nap"]),
            now,
            &Utc,
        )
        .await
        .unwrap();
    let tags = store.tags().await.unwrap();
    let id_of = |name: &str| -> TagId { tags.iter().find(|t| t.name == name).unwrap().id.clone() };
    let (nap, naps, tired) = (id_of("nap"), id_of("Naps"), id_of("tired"));

    let clash = store.rename_tag(&naps, "NAP", now).await.unwrap_err();
    assert_eq!(clash.code(), ErrorCode::Conflict);
    assert!(store.rename_tag(&naps, "", now).await.is_err());
    assert!(
        store
            .rename_tag(&TagId::new(), "anything", now)
            .await
            .is_err()
    );

    let merged = store.merge_tags(&naps, &nap).await.unwrap();
    assert_eq!(merged.count, 2);
    assert!(matches!(
        store.tag(&naps).await,
        Err(Error::NotFound { .. })
    ));
    assert_eq!(
        store.mood_note(&b.id).await.unwrap().tags,
        vec!["nap".to_owned()]
    );

    let renamed = store.rename_tag(&nap, "Daytime nap", now).await.unwrap();
    assert_eq!(renamed.name, "Daytime nap");
    assert_eq!(
        store.mood_note(&a.id).await.unwrap().tags,
        vec!["Daytime nap".to_owned()]
    );
    assert!(store.merge_tags(&tired, &tired).await.is_err());
}

#[tokio::test]
async fn bad_notes_store_nothing() {
    let (store, _dir) = store().await;
    let now = at(2026, 3, 1, 9);
    let tags_before = store.tags().await.unwrap().len();
    let mut bad = vec![
        MoodNoteInput::new(0, now),
        MoodNoteInput::new(6, now),
        MoodNoteInput::new(3, now).with_note(&"x".repeat(20_001)),
        MoodNoteInput::new(3, now).with_tags(&["fine", ""]),
        MoodNoteInput::new(3, now + Duration::days(1)),
    ];
    let mut sleepy = MoodNoteInput::new(3, now);
    sleepy.sleep_hours = Some(25.0);
    bad.push(sleepy);
    for input in &bad {
        let err = store.add_mood_note(input, now, &Utc).await.unwrap_err();
        assert_eq!(err.code(), ErrorCode::Invalid);
    }
    assert!(store.add_mood_notes(&bad, now, &Utc).await.is_err());
    assert_eq!(raw_count(&store, "SELECT COUNT(*) FROM mood_note").await, 0);
    assert_eq!(
        store.tags().await.unwrap().len(),
        tags_before,
        "no tag was created"
    );

    let good = store
        .add_mood_note(&MoodNoteInput::new(3, now).with_note("fine"), now, &Utc)
        .await
        .unwrap();
    for input in &bad {
        assert!(
            store
                .update_mood_note(&good.id, input, now, &Utc)
                .await
                .is_err()
        );
    }
    assert_eq!(store.mood_note(&good.id).await.unwrap(), good);
}

#[tokio::test]
async fn month_and_trends_sum_by_her_days() {
    let (store, _dir) = store().await;
    let now = at(2026, 3, 31, 20);
    let inputs = vec![
        MoodNoteInput::new(2, at(2026, 3, 2, 1)).with_tags(&["tired"]), // 1 March in New York
        MoodNoteInput::new(4, at(2026, 3, 2, 15)).with_tags(&["tired", "got outside"]),
        MoodNoteInput::new(5, at(2026, 3, 2, 18)),
        MoodNoteInput::new(3, at(2026, 2, 27, 18)),
    ];
    store.add_mood_notes(&inputs, now, &New_York).await.unwrap();
    let march = store.month(2026, 3).await.unwrap();
    let summary: Vec<(NaiveDate, i64, i64)> = march
        .iter()
        .map(|d| (d.date, d.mood_sum, d.count))
        .collect();
    assert_eq!(
        summary,
        [(date(2026, 3, 1), 2, 1), (date(2026, 3, 2), 9, 2)]
    );
    assert!(store.month(2026, 13).await.is_err());

    // 31 days back from 31 March starts on 1 March: the February note is outside.
    let trends = store.trends(31, date(2026, 3, 31)).await.unwrap();
    assert_eq!(trends.from, date(2026, 3, 1));
    assert_eq!(trends.notes, 3);
    assert_eq!(trends.tags[0].name, "tired");
    assert_eq!(trends.tags[0].count, 2);
    assert!(store.trends(0, date(2026, 3, 31)).await.is_err());
    let weeks_with_notes: i64 = trends.weeks.iter().map(|w| w.count).sum();
    assert_eq!(weeks_with_notes, 3);
}

#[tokio::test]
async fn an_edit_without_a_new_time_keeps_the_note_where_it_was() {
    let (store, _dir) = store().await;
    let written = Utc.with_ymd_and_hms(2026, 3, 2, 3, 17, 42).unwrap();
    let note = store
        .add_mood_note(
            &MoodNoteInput::new(2, written).with_note("late"),
            written,
            &New_York,
        )
        .await
        .unwrap();
    assert_eq!(note.local_date, date(2026, 3, 1));
    let mut edit = MoodNoteInput::new(4, written).with_note("late, but better");
    edit.written_at = None;
    // Edited later, from another time zone: the instant and the day it was filed under stay.
    let later = written + Duration::days(3);
    let edited = store
        .update_mood_note(&note.id, &edit, later, &Utc)
        .await
        .unwrap();
    assert_eq!(edited.written_at, written);
    assert_eq!(edited.local_date, date(2026, 3, 1));
    assert_eq!(edited.note, "late, but better");
}

#[tokio::test]
async fn search_still_finds_the_right_notes_after_a_vacuum() {
    use sqlx::Connection;
    let (store, _dir) = store().await;
    let now = at(2026, 3, 1, 9);
    let inputs: Vec<MoodNoteInput> = (0..30)
        .map(|i| MoodNoteInput::new(3, now).with_note(&format!("entry {i} filler")))
        .collect();
    store.add_mood_notes(&inputs, now, &Utc).await.unwrap();
    let keep = store
        .add_mood_note(
            &MoodNoteInput::new(5, now).with_note("the zeppelin day"),
            now,
            &Utc,
        )
        .await
        .unwrap();
    for item in store
        .timeline(&JournalFilter::default(), None, 200)
        .await
        .unwrap()
        .items
        .iter()
        .filter(|n| n.id != keep.id)
        .take(20)
    {
        store.delete_mood_note(&item.id, now).await.unwrap();
    }
    store
        .purge_deleted_notes(now + Duration::minutes(5))
        .await
        .unwrap();
    let mut conn = sqlx::SqliteConnection::connect(&format!("sqlite://{}", store.path().display()))
        .await
        .unwrap();
    sqlx::query("VACUUM").execute(&mut conn).await.unwrap();
    conn.close().await.unwrap();
    let hits = store
        .search_notes("zeppelin", None, 10)
        .await
        .unwrap()
        .items;
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].note.id, keep.id);
    assert_eq!(found(&store, "filler").await.len(), 10);
}

/// All search results, page by page.
async fn every_hit(store: &Store, text: &str) -> Vec<String> {
    let mut seen = Vec::new();
    let mut cursor: Option<Cursor> = None;
    loop {
        let page = store.search_notes(text, cursor.as_ref(), 37).await.unwrap();
        seen.extend(page.items.iter().map(|h| h.note.id.to_string()));
        match page.next {
            Some(next) => cursor = Some(next),
            None => return seen,
        }
    }
}

#[tokio::test]
async fn a_word_in_many_notes_pages_newest_first_like_a_word_in_few() {
    let (store, _dir) = store().await;
    let now = at(2026, 3, 1, 9);
    // Written out of order (an import's newest first), some in the same second.
    let inputs: Vec<MoodNoteInput> = (0..1_500i64)
        .map(|i| {
            let when = now - Duration::minutes((i * 7919) % 1_500) - Duration::seconds(i % 2);
            let text = if i % 500 == 1 {
                "walk by the lighthouse"
            } else {
                "a walk"
            };
            MoodNoteInput::new(3, when).with_note(text)
        })
        .collect();
    store.add_mood_notes(&inputs, now, &Utc).await.unwrap();
    let newest = store
        .timeline(&JournalFilter::default(), None, 1)
        .await
        .unwrap();
    store
        .delete_mood_note(&newest.items[0].id, now)
        .await
        .unwrap();

    // "walk" is in every note: the timeline is walked. "lighthouse" in three: sorted.
    let many = every_hit(&store, "walk").await;
    let timeline: Vec<String> = {
        let mut ids = Vec::new();
        let mut cursor: Option<Cursor> = None;
        loop {
            let page = store
                .timeline(&JournalFilter::default(), cursor.as_ref(), 200)
                .await
                .unwrap();
            ids.extend(page.items.iter().map(|n| n.id.to_string()));
            match page.next {
                Some(next) => cursor = Some(next),
                None => break ids,
            }
        }
    };
    assert_eq!(many.len(), 1_499, "every note but the deleted one, once");
    assert_eq!(many, timeline, "the same order as the timeline");
    let few = every_hit(&store, "lighthouse").await;
    assert_eq!(few.len(), 3);
    let order: Vec<&String> = timeline.iter().filter(|id| few.contains(id)).collect();
    assert_eq!(few.iter().collect::<Vec<_>>(), order);
    let first = &store.search_notes("walk", None, 1).await.unwrap().items[0];
    assert!(first.snippet.iter().any(|s| s.hit && s.text == "walk"));
}

#[tokio::test]
async fn starter_tags_follow_her_language_until_she_names_one_herself() {
    let (store, _dir) = store().await;
    let now = at(2026, 3, 1, 9);
    let names = |tags: Vec<village_core::journal::Tag>| {
        let mut names: Vec<String> = tags.into_iter().map(|t| t.name).collect();
        names.sort();
        names
    };
    let english = names(store.tags().await.unwrap());
    assert!(english.contains(&"tired".to_owned()), "{english:?}");

    store.speak_starter_tags(Language::Es).await.unwrap();
    let spanish = names(store.tags().await.unwrap());
    assert!(spanish.contains(&"cansada".to_owned()), "{spanish:?}");
    assert!(!spanish.contains(&"tired".to_owned()), "{spanish:?}");
    // Asked again in the same language (every start asks): nothing moves.
    store.speak_starter_tags(Language::Es).await.unwrap();
    assert_eq!(names(store.tags().await.unwrap()), spanish);

    let tags = store.tags().await.unwrap();
    let lonely = tags.iter().find(|t| t.name == "sola").unwrap().id.clone();
    store.rename_tag(&lonely, "on my own", now).await.unwrap();
    store.speak_starter_tags(Language::En).await.unwrap();
    let back = names(store.tags().await.unwrap());
    assert!(back.contains(&"tired".to_owned()), "{back:?}");
    assert!(back.contains(&"on my own".to_owned()), "{back:?}");
    assert!(!back.contains(&"lonely".to_owned()), "{back:?}");
}
