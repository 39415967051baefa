//! App benchmarks on the release build under Xvfb: from starting the process to Today painted
//! with her data (the app logs `village: ready` when the UI says so), the memory of the whole
//! process tree once it is up, and the size of the binary. Each store is measured against the
//! empty one, in the same run.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::report::{Goal, Row};

type Error = Box<dyn std::error::Error>;

/// Starts per store; the first, which also writes the day's backup, is not counted.
const STARTS: usize = 7;
/// Long enough for a slow machine, short enough that a hung start is noticed.
const READY_WITHIN: Duration = Duration::from_secs(60);
/// After "ready", time for the webview to finish what it does after the first paint.
const SETTLE: Duration = Duration::from_secs(3);

pub struct Profiles<'a> {
    pub empty: &'a Path,
    pub five_years: &'a Path,
    pub heavy: &'a Path,
}

struct Started {
    millis: f64,
    memory_mb: f64,
}

pub fn run(binary: &Path, work: &Path, profiles: &Profiles<'_>) -> Result<Vec<Row>, Error> {
    if std::env::var_os("DISPLAY").is_none() {
        return Err(
            "the app benchmarks need a display: run them under xvfb-run (make bench)".into(),
        );
    }
    let size_mb = std::fs::metadata(binary)?.len() as f64 / 1_000_000.0;
    let mut measured = Vec::new();
    for (label, database) in [
        ("empty", profiles.empty),
        ("five-years", profiles.five_years),
        ("heavy", profiles.heavy),
    ] {
        let folder = work.join(format!("app-{label}"));
        let _ = std::fs::remove_dir_all(&folder);
        std::fs::create_dir_all(folder.join("data"))?;
        std::fs::copy(database, folder.join("data").join("village.db"))?;
        let mut starts = Vec::new();
        for n in 0..STARTS {
            let started = start(binary, &folder)?;
            if n > 0 {
                starts.push(started);
            }
        }
        measured.push((label, starts));
    }
    let median = |values: Vec<f64>| -> f64 {
        let mut values = values;
        values.sort_by(f64::total_cmp);
        values[values.len() / 2]
    };
    let start_of = |label: &str| {
        measured
            .iter()
            .find(|(l, _)| *l == label)
            .map_or(0.0, |(_, s)| median(s.iter().map(|s| s.millis).collect()))
    };
    let memory_of = |label: &str| {
        measured
            .iter()
            .find(|(l, _)| *l == label)
            .map_or(0.0, |(_, s)| {
                median(s.iter().map(|s| s.memory_mb).collect())
            })
    };
    let empty_start = start_of("empty");
    let empty_memory = memory_of("empty");
    Ok(vec![
        Row::new(
            "Cold start to Today painted, empty store",
            "ms",
            empty_start,
        ),
        Row::new(
            "Cold start to Today painted, five-years",
            "ms",
            start_of("five-years"),
        )
        .against("empty store", empty_start)
        .goal(Goal::ratio(1.10)),
        Row::new(
            "Cold start to Today painted, heavy",
            "ms",
            start_of("heavy"),
        )
        .against("empty store", empty_start)
        .goal(Goal::ratio(1.25)),
        Row::new(
            "Memory of the process tree, empty store",
            "MB",
            empty_memory,
        ),
        Row::new(
            "Memory of the process tree, five-years",
            "MB",
            memory_of("five-years"),
        )
        .against("empty store", empty_memory)
        .goal(Goal::ratio(1.10)),
        Row::new(
            "Memory of the process tree, heavy",
            "MB",
            memory_of("heavy"),
        )
        .against("empty store", empty_memory),
        Row::new("Release binary", "MB", size_mb).goal(Goal::under(15.0)),
    ])
}

/// One start: the app on a private copy of the folders it uses, until it says it is ready;
/// then its memory; then it is stopped, with every process it started.
fn start(binary: &Path, folder: &Path) -> Result<Started, Error> {
    let private = |name: &str| -> std::io::Result<PathBuf> {
        let path = folder.join(name);
        std::fs::create_dir_all(&path)?;
        Ok(path)
    };
    let began = Instant::now();
    let mut child = Command::new(binary)
        .env("VILLAGE_DATA_DIR", folder.join("data"))
        .env("XDG_DATA_HOME", private("xdg-data")?)
        .env("XDG_CONFIG_HOME", private("xdg-config")?)
        .env("XDG_CACHE_HOME", private("xdg-cache")?)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()?;
    let stderr = child.stderr.take().ok_or("the app's log")?;
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if line.starts_with("village: ready") {
                let _ = tx.send(Instant::now());
            }
        }
    });
    let ready = match rx.recv_timeout(READY_WITHIN) {
        Ok(at) => at,
        Err(_) => {
            stop(&mut child);
            return Err(format!("{} did not say it was ready", binary.display()).into());
        }
    };
    let millis = (ready - began).as_secs_f64() * 1_000.0;
    std::thread::sleep(SETTLE);
    let memory_mb = tree(child.id())
        .iter()
        .map(|pid| proportional_kib(*pid))
        .sum::<u64>() as f64
        * 1_024.0
        / 1_000_000.0;
    stop(&mut child);
    Ok(Started { millis, memory_mb })
}

/// The app and every process below it (WebKit's web and network processes).
fn tree(root: u32) -> Vec<u32> {
    let parents: Vec<(u32, u32)> = std::fs::read_dir("/proc")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| entry.file_name().to_str()?.parse::<u32>().ok())
        .filter_map(|pid| {
            let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
            // The command name may hold spaces and parentheses: fields start after the last ')'.
            let after = &stat[stat.rfind(')')? + 2..];
            let ppid = after.split_whitespace().nth(1)?.parse().ok()?;
            Some((pid, ppid))
        })
        .collect();
    let mut found = vec![root];
    let mut i = 0;
    while i < found.len() {
        let parent = found[i];
        found.extend(
            parents
                .iter()
                .filter(|(_, p)| *p == parent)
                .map(|(pid, _)| *pid),
        );
        i += 1;
    }
    found
}

/// Proportional set size: shared libraries counted once across the tree, not once per process.
fn proportional_kib(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup"))
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("Pss:"))
        .and_then(|l| l.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

fn stop(child: &mut Child) {
    let pids = tree(child.id());
    for pid in pids.iter().rev() {
        let _ = Command::new("kill")
            .args(["-KILL", &pid.to_string()])
            .status();
    }
    let _ = child.wait();
}
