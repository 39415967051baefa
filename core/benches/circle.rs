//! How long the Circle list takes to read from a real SQLite file with 200 people, each with
//! 20 check-ins: the median and the slowest of many runs after a warm-up.

use std::time::{Duration, Instant};

use chrono::{Duration as Days, TimeZone, Utc};
use village_core::Store;
use village_core::circle::{NewCheckIn, PersonInput};

const PEOPLE: i64 = 200;
const CHECK_INS_EACH: i64 = 20;
const RUNS: usize = 200;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let store = Store::open(dir.path().join("village.db")).await?;
    let start = Utc
        .with_ymd_and_hms(2025, 1, 1, 9, 0, 0)
        .single()
        .ok_or("a valid start")?;
    for i in 0..PEOPLE {
        let input = PersonInput::named(&format!("Person {i:03}")).every_days(i % 30 + 1);
        let person = store.add_person(&input, start, &Utc).await?;
        for k in 0..CHECK_INS_EACH {
            let when = start + Days::days(k * 9 + i % 7);
            store
                .log_check_in(&NewCheckIn::call(person.id.clone(), when), when)
                .await?;
        }
    }
    let now = start + Days::days(400);
    for _ in 0..20 {
        store.circle(now, &Utc, false).await?;
    }
    let mut times: Vec<Duration> = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let began = Instant::now();
        let list = store.circle(now, &Utc, false).await?;
        times.push(began.elapsed());
        assert_eq!(list.len() as i64, PEOPLE);
    }
    times.sort();
    println!(
        "circle list, {PEOPLE} people x {CHECK_INS_EACH} check-ins: median {:?}, p95 {:?}, max {:?} over {RUNS} runs",
        times[RUNS / 2],
        times[RUNS * 95 / 100],
        times[RUNS - 1]
    );
    store.close().await;
    Ok(())
}
