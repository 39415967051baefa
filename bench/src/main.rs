//! `make bench`: Village measured against SQLite itself (the same SQL through rusqlite) and
//! against an empty journal, in one run and as ratios, because machines are noisy and absolute
//! times drift. Prints one markdown table and writes `target/bench/report.json`.
//!
//! `village-bench [--store-only] [--app-only]`; the app part needs the release builds
//! (`cargo build --release -p village -p village-bare`) and a display (Xvfb).

mod app;
mod report;
mod sql;
mod store;

use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::Utc;
use village_core::Store;
use village_core::seed::{Profile, generate};

use crate::report::{Machine, Report, Row, RowJson};

type Error = Box<dyn std::error::Error>;

/// Every run generates the same stores.
pub const SEED: u64 = 2026;

fn main() {
    if let Err(error) = run() {
        eprintln!("village-bench: {error}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), Error> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let store_part = !args.iter().any(|a| a == "--app-only");
    let app_part = !args.iter().any(|a| a == "--store-only");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .ok_or("the workspace")?
        .to_path_buf();
    let out = root.join("target").join("bench");
    let work = out.join("work");
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work)?;
    // The bench is the edge of the program: the one place that reads the clock.
    let now = Utc::now();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;

    let empty = work.join("empty.db");
    let five_years = work.join("five-years.db");
    let heavy = work.join("heavy.db");
    rt.block_on(async {
        Store::open(&empty).await?.close().await;
        for (profile, path) in [(Profile::FiveYears, &five_years), (Profile::Heavy, &heavy)] {
            let began = Instant::now();
            let incoming = generate(profile, SEED, now, &Utc)?;
            let store = Store::open(path).await?;
            store.import(&incoming, true, now, &Utc).await?;
            store.close().await;
            eprintln!(
                "village-bench: generated {} in {:.1?}",
                profile.as_str(),
                began.elapsed()
            );
        }
        Ok::<_, village_core::Error>(())
    })?;

    let mut rows: Vec<Row> = Vec::new();
    if store_part {
        eprintln!("village-bench: store benchmarks…");
        rows.extend(store::run(
            &rt,
            &store::Stores {
                five_years: &five_years,
                heavy: &heavy,
                work: &work,
                now,
            },
        )?);
    }
    if app_part {
        eprintln!("village-bench: app benchmarks…");
        let release = root.join("target").join("release");
        let (village, bare): (PathBuf, PathBuf) =
            (release.join("village"), release.join("village-bare"));
        let binaries = app::Binaries {
            village: &village,
            bare: &bare,
        };
        rows.extend(app::run(
            &binaries,
            &work,
            &app::Profiles {
                empty: &empty,
                five_years: &five_years,
                heavy: &heavy,
            },
        )?);
        eprintln!("village-bench: in the background, side by side…");
        rows.extend(app::background(&binaries, &work, &five_years)?);
    }

    let machine = Machine::here(now.format("%Y-%m-%d").to_string());
    println!("Machine: {}\n", machine.words());
    println!("{}", report::table(&rows));
    let report = Report {
        machine: &machine,
        rows: rows
            .iter()
            .map(|row| RowJson {
                row,
                ratio: row.ratio(),
                met: row.met(),
            })
            .collect(),
    };
    std::fs::write(
        out.join("report.json"),
        serde_json::to_string_pretty(&report)?,
    )?;
    let _ = std::fs::remove_dir_all(&work);
    eprintln!("village-bench: wrote {}", out.join("report.json").display());
    Ok(())
}
