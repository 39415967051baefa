//! Store benchmarks: each operation through village-core and, in the same run and on the same
//! file, its SQL through rusqlite. Runs alternate between the two so a noisy moment hurts both.

use std::future::Future;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{DateTime, Datelike, Days, NaiveDate, SecondsFormat, Utc};
use rusqlite::types::Value;
use rusqlite::{Connection, params};
use tokio::runtime::Runtime;
use village_core::Store;
use village_core::catalog::Language;
use village_core::cipher::{Key, Passphrase};
use village_core::journal::{Cursor, JournalFilter, MoodNoteInput, SearchTerms};
use village_core::seed::{COMMON_WORD, RARE_WORD};
use village_core::time::day_of;
use village_core::transfer::{ImportFormat, Incoming, MoodMap};

use crate::report::{Goal, Row};
use crate::sql;

type Error = Box<dyn std::error::Error>;

const RUNS: usize = 31;
const WARM_UP: usize = 5;
/// How many notes each search asks for: a page, as the journal asks.
const PAGE: u32 = 50;

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1_000.0
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

/// Medians of `ours` and `floor`, run in turn.
fn compare<F: Future>(
    rt: &Runtime,
    mut ours: impl FnMut() -> F,
    mut floor: impl FnMut() -> usize,
) -> (f64, f64) {
    for _ in 0..WARM_UP {
        rt.block_on(ours());
        floor();
    }
    let mut a = Vec::with_capacity(RUNS);
    let mut b = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let began = Instant::now();
        rt.block_on(ours());
        a.push(began.elapsed());
        let began = Instant::now();
        floor();
        b.push(began.elapsed());
    }
    (ms(median(a)), ms(median(b)))
}

fn time<F: Future>(rt: &Runtime, mut run: impl FnMut() -> F) -> f64 {
    for _ in 0..WARM_UP {
        rt.block_on(run());
    }
    ms(median(
        (0..RUNS)
            .map(|_| {
                let began = Instant::now();
                rt.block_on(run());
                began.elapsed()
            })
            .collect(),
    ))
}

/// A connection set up as core sets up its own: the key first, WAL, full sync, its cache.
fn floor_connection(path: &Path, key: Option<&str>) -> Result<Connection, Error> {
    let conn = Connection::open(path)?;
    if let Some(key) = key {
        conn.pragma_update(None, "key", key)?;
    }
    conn.busy_timeout(Duration::from_secs(5))?;
    conn.pragma_update(None, "cache_size", -64_000)?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    Ok(conn)
}

/// Runs `sql` and reads every value of every row, as a caller must: the floor does the work
/// of handing the rows over, not just of finding them.
fn read(conn: &Connection, sql: &str, params: &[&dyn rusqlite::ToSql]) -> usize {
    let Ok(mut stmt) = conn.prepare_cached(sql) else {
        return 0;
    };
    let columns = stmt.column_count();
    let Ok(mut rows) = stmt.query(params) else {
        return 0;
    };
    let mut n = 0;
    while let Ok(Some(row)) = rows.next() {
        for i in 0..columns {
            let value: Value = row.get(i).unwrap_or(Value::Null);
            std::hint::black_box(value);
        }
        n += 1;
    }
    n
}

/// An instant as sqlx binds it.
fn bound(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::AutoSi, false)
}

fn date(d: NaiveDate) -> String {
    d.format("%F").to_string()
}

/// The bound past any note that a first page starts below (`keyset` in core).
fn top() -> String {
    "9999-12-31T23:59:59+00:00".to_owned()
}

pub struct Stores<'a> {
    pub five_years: &'a Path,
    pub heavy: &'a Path,
    pub work: &'a Path,
    pub now: DateTime<Utc>,
}

pub fn run(rt: &Runtime, stores: &Stores<'_>) -> Result<Vec<Row>, Error> {
    let stale = sql::stale();
    if !stale.is_empty() {
        return Err(format!("the floor's SQL no longer matches core: {stale:?}").into());
    }
    let mut rows = Vec::new();
    for (label, path) in [("heavy", stores.heavy), ("five-years", stores.five_years)] {
        rows.extend(reads(rt, path, label, stores.now)?);
    }
    rows.push(write_one_note(rt, stores)?);
    rows.push(daylio_import(rt, stores)?);
    rows.extend(encryption(rt, stores)?);
    Ok(rows)
}

fn reads(rt: &Runtime, path: &Path, label: &str, now: DateTime<Utc>) -> Result<Vec<Row>, Error> {
    let heavy = label == "heavy";
    let store = rt.block_on(Store::open(path))?;
    let conn = floor_connection(path, None)?;
    let all = JournalFilter::default();
    let mut rows = Vec::new();
    let tz = Utc;
    let today = day_of(now, &tz);
    let none: Option<String> = None;

    let (ours, floor) = compare(
        rt,
        || store.timeline(&all, None, PAGE),
        || {
            read(
                &conn,
                sql::TIMELINE,
                params![top(), "", none, none, none, none, i64::from(PAGE) + 1],
            )
        },
    );
    rows.push(
        Row::new(format!("Page of 50 newest notes ({label})"), "ms", ours)
            .against("rusqlite", floor)
            .goal(if heavy {
                Goal::both(3.0, 2.0)
            } else {
                Goal::ratio(3.0)
            }),
    );

    if heavy {
        let deep = rt.block_on(deep_cursor(&store, &all))?;
        let (ours, floor) = compare(
            rt,
            || store.timeline(&all, Some(&deep), PAGE),
            || {
                read(
                    &conn,
                    sql::TIMELINE,
                    params![
                        bound(deep.written_at),
                        deep.id.as_str(),
                        none,
                        none,
                        none,
                        none,
                        i64::from(PAGE) + 1
                    ],
                )
            },
        );
        rows.push(
            Row::new("Page of 50, 50,000 notes deep (heavy)", "ms", ours)
                .against("rusqlite", floor)
                .goal(Goal::both(3.0, 2.0)),
        );

        for (word, which) in [(COMMON_WORD, "common"), (RARE_WORD, "rare")] {
            let terms = SearchTerms::parse(word).ok_or("a word")?;
            let fts = terms.fts();
            let (ours, floor) = compare(
                rt,
                || store.search_notes(word, None, PAGE),
                || search_floor(&conn, &fts),
            );
            rows.push(
                Row::new(format!("Search, {which} word “{word}” (heavy)"), "ms", ours)
                    .against("rusqlite", floor)
                    .goal(Goal::both(3.0, 20.0)),
            );
            let pattern = format!("%{word}%");
            let like = time(rt, || async {
                read(
                    &conn,
                    sql::LIKE_SEARCH,
                    params![pattern, top(), "", i64::from(PAGE) + 1],
                )
            });
            // The goal is for a search that must read the whole journal: a word in most notes
            // is found by LIKE within the first page's worth of rows, with no index at all.
            let row = Row::new(
                format!("Search vs LIKE scan, {which} word (heavy)"),
                "ms",
                ours,
            )
            .against("LIKE scan", like);
            rows.push(if which == "rare" {
                row.goal(Goal::ratio(0.1))
            } else {
                row
            });
        }

        let month = now.date_naive() - Days::new(40);
        let (first, last) = month_bounds(month);
        let (ours, floor) = compare(
            rt,
            || store.month(month.year(), month.month()),
            || read(&conn, sql::DAYS, params![date(first), date(last)]),
        );
        rows.push(
            Row::new("Month view (heavy)", "ms", ours)
                .against("rusqlite", floor)
                .goal(Goal::ratio(3.0)),
        );

        let (ours, floor) = compare(
            rt,
            || store.circle(now, &tz, false),
            || read(&conn, sql::PEOPLE, params![false]),
        );
        rows.push(
            Row::new("Circle list, 2,000 people (heavy)", "ms", ours)
                .against("rusqlite", floor)
                .goal(Goal::ratio(3.0)),
        );

        let from = village_core::insight::window_start(today, 90);
        let start = bound(
            (from - Days::new(1))
                .and_time(chrono::NaiveTime::MIN)
                .and_utc(),
        );
        let end = bound(
            (today + Days::new(2))
                .and_time(chrono::NaiveTime::MIN)
                .and_utc(),
        );
        let (ours, floor) = compare(
            rt,
            || store.insight(now, &tz),
            || {
                read(&conn, sql::DAYS, params![date(from), date(today)])
                    + read(&conn, sql::CONNECTED_DAYS, params![start, end])
                    + read(&conn, sql::TAG_MOODS, params![date(from), date(today)])
            },
        );
        rows.push(
            Row::new("Insight (heavy)", "ms", ours)
                .against("rusqlite", floor)
                .goal(Goal::ratio(3.0)),
        );
    }

    let week = today - Days::new(6);
    let (ours, floor) = compare(
        rt,
        || store.today(now, &tz),
        || {
            read(&conn, sql::PEOPLE, params![false])
                + read(&conn, sql::GROUPS, params![false])
                + read(&conn, sql::DAYS, params![date(week), date(today)])
                + read(&conn, sql::SELF_CHECKS, params!["phq9", 1])
                + read(
                    &conn,
                    sql::TODAY_SETTINGS,
                    params![
                        "baby.birth_date",
                        "care.dismissed_until",
                        "care.self_check_prompt_dismissed_week"
                    ],
                )
                + read(&conn, sql::LAST_SELF_CHECK_DAY, params![])
                + read(&conn, sql::LAST_CONNECTION, params![])
        },
    );
    rows.push(
        Row::new(format!("Today ({label})"), "ms", ours)
            .against("rusqlite", floor)
            .goal(if heavy {
                Goal::both(3.0, 5.0)
            } else {
                Goal::ratio(3.0)
            }),
    );
    rt.block_on(store.close());
    Ok(rows)
}

/// The search's two statements as core runs them: the capped count, then one plan or the
/// other.
fn search_floor(conn: &Connection, fts: &str) -> usize {
    let dense = 1_000i64;
    let count: i64 = conn
        .prepare_cached(sql::SEARCH_COUNT)
        .and_then(|mut s| s.query_row(params![fts, dense], |r| r.get(0)))
        .unwrap_or(0);
    let plan = if count < dense {
        sql::SEARCH_SPARSE
    } else {
        sql::SEARCH_DENSE
    };
    read(conn, plan, params![fts, top(), "", i64::from(PAGE) + 1])
}

fn month_bounds(day: NaiveDate) -> (NaiveDate, NaiveDate) {
    let first = NaiveDate::from_ymd_opt(day.year(), day.month(), 1).unwrap_or(day);
    let last = first
        .checked_add_months(chrono::Months::new(1))
        .and_then(|d| d.pred_opt())
        .unwrap_or(first);
    (first, last)
}

async fn deep_cursor(store: &Store, all: &JournalFilter) -> Result<Cursor, Error> {
    let mut cursor = None;
    for _ in 0..250 {
        cursor = store.timeline(all, cursor.as_ref(), 200).await?.next;
    }
    Ok(cursor.ok_or("a cursor 50,000 notes deep")?)
}

/// One note with two tags, as the one-tap mood and the note form write it: core's add, and
/// the floor's transaction of the same statements.
fn write_one_note(rt: &Runtime, stores: &Stores<'_>) -> Result<Row, Error> {
    let path = stores.work.join("write-one.db");
    std::fs::copy(stores.five_years, &path)?;
    let store = rt.block_on(Store::open(&path))?;
    let conn = floor_connection(&path, None)?;
    let now = stores.now;
    let mut n = 0u64;
    let (ours, floor) = compare(
        rt,
        || {
            let input = MoodNoteInput::new(4, now)
                .with_note("Out with the pram, then coffee with Sam.")
                .with_tags(&["walk", "saw a friend"]);
            let store = &store;
            async move {
                let _ = store.add_mood_note(&input, now, &Utc).await;
            }
        },
        || {
            n += 1;
            floor_write(&conn, n, now).unwrap_or(0)
        },
    );
    rt.block_on(store.close());
    Ok(
        Row::new("Write one note with two tags (five-years)", "ms", ours)
            .against("rusqlite", floor)
            .goal(Goal::ratio(3.0)),
    )
}

fn floor_write(conn: &Connection, n: u64, now: DateTime<Utc>) -> Result<usize, Error> {
    let id = format!("00000000-0000-4000-8000-{n:012x}");
    let at = bound(now);
    let day = date(now.date_naive());
    conn.execute_batch("BEGIN IMMEDIATE")?;
    conn.prepare_cached(sql::INSERT_NOTE)?.execute(params![
        id,
        4,
        "Out with the pram, then coffee with Sam.",
        None::<i64>,
        None::<i64>,
        at,
        day,
        at,
        at
    ])?;
    for tag in ["walk", "saw a friend"] {
        let tag_id: String = conn
            .prepare_cached(sql::TAG_BY_NAME)?
            .query_row(params![tag], |r| r.get(0))?;
        conn.prepare_cached(sql::LINK_TAG)?
            .execute(params![id, tag_id])?;
    }
    conn.execute_batch("COMMIT")?;
    Ok(read(conn, sql::NOTE_BY_ID, params![id]))
}

/// A Daylio export of 100,000 rows, made from the heavy store's own notes.
fn daylio_file(stores: &Stores<'_>) -> Result<Vec<u8>, Error> {
    let incoming = village_core::seed::generate(
        village_core::seed::Profile::Heavy,
        crate::SEED,
        stores.now,
        &Utc,
    )?;
    let moods = ["awful", "bad", "meh", "good", "rad"];
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record([
        "full_date",
        "date",
        "weekday",
        "time",
        "mood",
        "activities",
        "note_title",
        "note",
    ])?;
    for note in incoming.snapshot.mood_notes.iter().take(100_000) {
        let local = note.written_at;
        out.write_record([
            local.format("%Y-%m-%d").to_string(),
            local.format("%B %-d").to_string(),
            local.format("%A").to_string(),
            local.format("%H:%M").to_string(),
            moods[usize::from(note.mood.clamp(1, 5) - 1)].to_owned(),
            note.tags.join(" | "),
            String::new(),
            note.note.clone(),
        ])?;
    }
    Ok(out.into_inner().map_err(|e| e.to_string())?)
}

fn daylio_import(rt: &Runtime, stores: &Stores<'_>) -> Result<Row, Error> {
    let bytes = daylio_file(stores)?;
    let empty = stores.work.join("daylio-empty.db");
    if !empty.exists() {
        rt.block_on(async {
            let store = Store::open(&empty).await?;
            store.close().await;
            Ok::<_, village_core::Error>(())
        })?;
    }
    let mut ours = Vec::new();
    let mut floor = Vec::new();
    for round in 0..3 {
        let target = stores.work.join(format!("daylio-{round}.db"));
        std::fs::copy(&empty, &target)?;
        let began = Instant::now();
        let imported = rt.block_on(async {
            let incoming = Incoming::read(
                ImportFormat::Daylio,
                &bytes,
                &MoodMap::default(),
                stores.now,
                &Utc,
                Language::En,
            )?;
            let store = Store::open(&target).await?;
            let report = store.import(&incoming, true, stores.now, &Utc).await;
            store.close().await;
            report
        })?;
        ours.push(began.elapsed());
        if imported.added.mood_notes < 99_000 {
            return Err(format!("the import added only {:?}", imported.added).into());
        }
        let target = stores.work.join(format!("daylio-floor-{round}.db"));
        std::fs::copy(&empty, &target)?;
        let began = Instant::now();
        floor_import(&target, &bytes)?;
        floor.push(began.elapsed());
    }
    Ok(Row::new(
        "Import 100,000 Daylio rows",
        "s",
        median(ours).as_secs_f64(),
    )
    .against("rusqlite", median(floor).as_secs_f64())
    .goal(Goal::under(5.0)))
}

/// The same rows through rusqlite, as plainly as SQLite allows: the file parsed, one
/// transaction, prepared statements, the tags looked up once each.
fn floor_import(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let conn = floor_connection(path, None)?;
    let mut reader = csv::Reader::from_reader(bytes);
    let moods = ["awful", "bad", "meh", "good", "rad"];
    conn.execute_batch("BEGIN IMMEDIATE")?;
    // The tags a new store starts with.
    let mut tags: std::collections::HashMap<String, String> = conn
        .prepare("SELECT folded, id FROM tag")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    {
        let mut insert = conn.prepare_cached(sql::INSERT_NOTE)?;
        let mut link = conn.prepare_cached(sql::LINK_TAG)?;
        let mut new_tag = conn.prepare_cached(
            "INSERT INTO tag (id, name, folded, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
        )?;
        for (n, record) in reader.records().enumerate() {
            let record = record?;
            let id = format!("00000000-0000-4000-9000-{n:012x}");
            let at = format!("{}T{}:00+00:00", &record[0], &record[3]);
            let mood = moods.iter().position(|m| *m == &record[4]).unwrap_or(2) as i64 + 1;
            insert.execute(params![
                id,
                mood,
                &record[7],
                None::<i64>,
                None::<i64>,
                at,
                &record[0],
                at,
                at
            ])?;
            for name in record[5].split(" | ").filter(|t| !t.is_empty()) {
                let folded = name.to_lowercase();
                let tag_id = match tags.get(&folded) {
                    Some(id) => id.clone(),
                    None => {
                        let id = format!("00000000-0000-4000-a000-{:012x}", tags.len());
                        new_tag.execute(params![id, name, folded, at, at])?;
                        tags.insert(folded, id.clone());
                        id
                    }
                };
                link.execute(params![id, tag_id])?;
            }
        }
    }
    conn.execute_batch("COMMIT")?;
    Ok(())
}

/// What the passphrase costs on the heavy store: opening, a page and a search, against the
/// same file unencrypted.
fn encryption(rt: &Runtime, stores: &Stores<'_>) -> Result<Vec<Row>, Error> {
    let plain = stores.work.join("plain").join("village.db");
    let locked = stores.work.join("encrypted").join("village.db");
    for path in [&plain, &locked] {
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder)?;
        }
        std::fs::copy(stores.heavy, path)?;
    }
    let passphrase = Passphrase::new("pear tree lantern".to_owned())?;
    let began = Instant::now();
    rt.block_on(async {
        let store = Store::open(&locked).await?;
        let (store, _) = store.set_passphrase(&passphrase).await?;
        store.close().await;
        Ok::<_, village_core::Error>(())
    })?;
    let turning_on = began.elapsed().as_secs_f64();
    let derive = time(rt, || async { Key::for_file(&passphrase, &locked).is_ok() });
    let key = Arc::new(Key::for_file(&passphrase, &locked)?);

    let open_plain = time(rt, || async {
        if let Ok(store) = Store::open(&plain).await {
            store.close().await;
        }
    });
    let open_locked = time(rt, || async {
        if let Ok(store) = Store::open_with(&locked, Some(key.clone())).await {
            store.close().await;
        }
    });
    // Her first search after opening: nothing of the journal is in SQLite's cache yet.
    let first_search_plain = time(rt, || async {
        if let Ok(store) = Store::open(&plain).await {
            let _ = store.search_notes(COMMON_WORD, None, PAGE).await;
            store.close().await;
        }
    });
    let first_search_locked = time(rt, || async {
        if let Ok(store) = Store::open_with(&locked, Some(key.clone())).await {
            let _ = store.search_notes(COMMON_WORD, None, PAGE).await;
            store.close().await;
        }
    });
    let all = JournalFilter::default();
    let plain_store = rt.block_on(Store::open(&plain))?;
    let locked_store = rt.block_on(Store::open_with(&locked, Some(key.clone())))?;
    let page_plain = time(rt, || plain_store.timeline(&all, None, PAGE));
    let page_locked = time(rt, || locked_store.timeline(&all, None, PAGE));
    let search_plain = time(rt, || plain_store.search_notes(COMMON_WORD, None, PAGE));
    let search_locked = time(rt, || locked_store.search_notes(COMMON_WORD, None, PAGE));
    rt.block_on(plain_store.close());
    rt.block_on(locked_store.close());
    Ok(vec![
        Row::new("Encrypted: open the store (heavy)", "ms", open_locked)
            .against("unencrypted", open_plain),
        Row::new("Encrypted: page of 50 newest (heavy)", "ms", page_locked)
            .against("unencrypted", page_plain),
        Row::new(
            "Encrypted: search, common word (heavy)",
            "ms",
            search_locked,
        )
        .against("unencrypted", search_plain),
        Row::new(
            "Encrypted: open, then first search (heavy)",
            "ms",
            first_search_locked,
        )
        .against("unencrypted", first_search_plain),
        Row::new("Encrypted: passphrase to key (Argon2id)", "ms", derive),
        Row::new("Encrypted: turning it on (heavy)", "s", turning_on),
    ])
}
