//! The journal at 100,000 notes (about 27 years of four a day): how long her everyday reads
//! take on a real SQLite file, and then the same file encrypted with a passphrase (opening,
//! a page, a search). Generated here, never committed.

use std::time::{Duration, Instant};

use chrono::{Duration as Span, TimeZone, Utc};
use village_core::Store;
use village_core::cipher::{Key, Passphrase};
use village_core::journal::{Cursor, JournalFilter, MoodNoteInput};

const NOTES: i64 = 100_000;
const BATCH: i64 = 10_000;
const RUNS: usize = 30;

const WORDS: [&str; 24] = [
    "baby", "slept", "walk", "park", "tired", "coffee", "friend", "cried", "laughed", "feed",
    "night", "morning", "rain", "sun", "nap", "class", "library", "mum", "sister", "call", "bath",
    "pram", "lunch", "quiet",
];

/// A deterministic stream of numbers, so every run writes the same journal.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> usize {
        usize::try_from(self.next() % n).unwrap_or(0)
    }
}

async fn time<T, F: std::future::Future<Output = T>>(label: &str, mut run: impl FnMut() -> F) {
    for _ in 0..3 {
        run().await;
    }
    let mut times: Vec<Duration> = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let began = Instant::now();
        run().await;
        times.push(began.elapsed());
    }
    times.sort();
    println!(
        "{label:<40} median {:>10.3?}   p90 {:>10.3?}",
        times[RUNS / 2],
        times[RUNS * 9 / 10]
    );
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let store = Store::open(dir.path().join("village.db")).await?;
    let now = Utc
        .with_ymd_and_hms(2026, 11, 1, 12, 0, 0)
        .single()
        .ok_or("a valid instant")?;
    let mut rng = Lcg(42);
    let began = Instant::now();
    for batch in 0..NOTES / BATCH {
        let inputs: Vec<MoodNoteInput> = (0..BATCH)
            .map(|i| {
                let n = batch * BATCH + i;
                let length = 6 + rng.below(40);
                let mut words: Vec<&str> = (0..length)
                    .map(|_| WORDS[rng.below(WORDS.len() as u64)])
                    .collect();
                if n % 10_000 == 0 {
                    words.push("zeppelin");
                }
                let tags = ["tired", "hopeful", "got outside", "lonely", "slept well"];
                MoodNoteInput::new(1 + (rng.below(5) as i64), now - Span::minutes(n * 137))
                    .with_note(&words.join(" "))
                    .with_tags(&[tags[rng.below(5)], tags[rng.below(5)]])
            })
            .collect();
        store.add_mood_notes(&inputs, now, &Utc).await?;
    }
    println!("wrote {NOTES} notes in {:.1?}", began.elapsed());

    let path = dir.path().join("village.db");
    let all = JournalFilter::default();
    let deep = deep_cursor(&store, &all).await?;
    reads(&store, &deep, now, "").await;
    let hits = store.search_notes("zeppelin", None, 50).await?.items.len();
    println!("the rare word is in {hits} notes");
    store.close().await;
    time("open (plain)", || async {
        if let Ok(store) = Store::open(&path).await {
            store.close().await;
        }
    })
    .await;
    // Her first search after opening, before SQLite's cache holds anything.
    time("open, then search common word (plain)", || async {
        if let Ok(store) = Store::open(&path).await {
            let _ = store.search_notes("baby", None, 50).await;
            store.close().await;
        }
    })
    .await;

    // The same journal under a passphrase.
    let passphrase = Passphrase::new("pear tree lantern".into())?;
    let store = Store::open(&path).await?;
    let began = Instant::now();
    let (store, _) = store.set_passphrase(&passphrase).await?;
    println!("turning encryption on took {:.1?}", began.elapsed());
    let deep = deep_cursor(&store, &all).await?;
    reads(&store, &deep, now, " (encrypted)").await;
    store.close().await;
    let key = std::sync::Arc::new(Key::for_file(&passphrase, &path)?);
    time("open (encrypted, key known)", || async {
        if let Ok(store) = Store::open_with(&path, Some(key.clone())).await {
            store.close().await;
        }
    })
    .await;
    time("open, then search common word (encrypted)", || async {
        if let Ok(store) = Store::open_with(&path, Some(key.clone())).await {
            let _ = store.search_notes("baby", None, 50).await;
            store.close().await;
        }
    })
    .await;
    time("passphrase to key (Argon2id)", || async {
        Key::for_file(&passphrase, &path).is_ok()
    })
    .await;
    Ok(())
}

/// A cursor 50,000 notes into the timeline.
async fn deep_cursor(
    store: &Store,
    all: &JournalFilter,
) -> Result<Cursor, Box<dyn std::error::Error>> {
    let mut cursor = None;
    for _ in 0..250 {
        cursor = store.timeline(all, cursor.as_ref(), 200).await?.next;
    }
    Ok(cursor.ok_or("a cursor 50,000 notes deep")?)
}

async fn reads(store: &Store, deep: &Cursor, now: chrono::DateTime<Utc>, label: &str) {
    let all = JournalFilter::default();
    time(&format!("page of 50 newest{label}"), || {
        store.timeline(&all, None, 50)
    })
    .await;
    time(&format!("page of 50 after 50,000{label}"), || {
        store.timeline(&all, Some(deep), 50)
    })
    .await;
    time(&format!("search common word (first 50){label}"), || {
        store.search_notes("baby", None, 50)
    })
    .await;
    time(&format!("search rare word{label}"), || {
        store.search_notes("zeppelin", None, 50)
    })
    .await;
    time(&format!("month view{label}"), || store.month(2026, 10)).await;
    time(&format!("trends over a year{label}"), || {
        store.trends(365, now.date_naive())
    })
    .await;
}
