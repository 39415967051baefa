//! App benchmarks on the release build under Xvfb: from starting the process to Today painted
//! with her data (the app logs `village: ready` when the UI says so), the memory of the whole
//! process tree once it is up, and the size of the binary. Each store is measured against the
//! empty one and against the floor, a bare Tauri window on the same WebKit (`village-bare`),
//! starts alternating in the same run. Then both are kept running without a window, side by
//! side, for the background figures: memory, CPU time and wake-ups over idle minutes.

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
/// In the background, time for start-up work (the backup, the first reminder round) to end
/// before the idle minutes are counted.
const BACKGROUND_SETTLE: Duration = Duration::from_secs(30);
/// The idle minutes counted in the background; `VILLAGE_BENCH_IDLE_SECS` shortens them for a
/// quick look.
const IDLE: Duration = Duration::from_secs(600);

pub struct Profiles<'a> {
    pub empty: &'a Path,
    pub five_years: &'a Path,
    pub heavy: &'a Path,
}

/// The two programs: Village and the floor.
pub struct Binaries<'a> {
    pub village: &'a Path,
    pub bare: &'a Path,
}

struct Started {
    millis: f64,
    memory_mb: f64,
}

pub fn run(
    binaries: &Binaries<'_>,
    work: &Path,
    profiles: &Profiles<'_>,
) -> Result<Vec<Row>, Error> {
    if std::env::var_os("DISPLAY").is_none() {
        return Err(
            "the app benchmarks need a display: run them under xvfb-run (make bench)".into(),
        );
    }
    let size_mb = std::fs::metadata(binaries.village)?.len() as f64 / 1_000_000.0;
    let mut folders = Vec::new();
    // Spanish is the same journal with Spanish as the system's language: every word through
    // the other catalog, the same first paint.
    for (label, database, language) in [
        ("empty", Some(profiles.empty), "en"),
        ("five-years", Some(profiles.five_years), "en"),
        ("five-years-es", Some(profiles.five_years), "es"),
        ("heavy", Some(profiles.heavy), "en"),
        ("bare", None, "en"),
    ] {
        let folder = work.join(format!("app-{label}"));
        let _ = std::fs::remove_dir_all(&folder);
        std::fs::create_dir_all(folder.join("data"))?;
        if let Some(database) = database {
            std::fs::copy(database, folder.join("data").join("village.db"))?;
        }
        let binary = if database.is_some() {
            binaries.village
        } else {
            binaries.bare
        };
        folders.push((label, binary, folder, language));
    }
    // Round by round, each program and store in turn, so a noisy minute touches all alike.
    let mut measured: Vec<(&str, Vec<Started>)> = folders
        .iter()
        .map(|(label, _, _, _)| (*label, Vec::new()))
        .collect();
    for n in 0..STARTS {
        for (i, (_, binary, folder, language)) in folders.iter().enumerate() {
            let started = start(binary, folder, language)?;
            if n > 0 {
                measured[i].1.push(started);
            }
        }
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
    let bare_start = start_of("bare");
    let bare_memory = memory_of("bare");
    Ok(vec![
        Row::new(
            "Cold start to painted, a bare Tauri window",
            "ms",
            bare_start,
        ),
        Row::new(
            "Cold start to Today painted, five-years, against the bare window",
            "ms",
            start_of("five-years"),
        )
        .against("bare Tauri window", bare_start)
        .goal(Goal::ratio(1.25)),
        Row::new(
            "Memory of the process tree, a bare Tauri window",
            "MB",
            bare_memory,
        ),
        Row::new(
            "Memory of the process tree, five-years, against the bare window",
            "MB",
            memory_of("five-years"),
        )
        .against("bare Tauri window", bare_memory)
        .goal(Goal::ratio(1.15)),
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
            "Cold start to Today painted, five-years, in Spanish",
            "ms",
            start_of("five-years-es"),
        )
        .against("the same in English", start_of("five-years"))
        .goal(Goal::ratio(1.05)),
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
fn start(binary: &Path, folder: &Path, language: &str) -> Result<Started, Error> {
    let began = Instant::now();
    let mut child = launch(binary, folder, &[], Stdio::piped(), language)?;
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

/// The program on a private copy of the folders it uses.
fn launch(
    binary: &Path,
    folder: &Path,
    args: &[&str],
    stderr: Stdio,
    language: &str,
) -> Result<Child, Error> {
    let private = |name: &str| -> std::io::Result<PathBuf> {
        let path = folder.join(name);
        std::fs::create_dir_all(&path)?;
        Ok(path)
    };
    Ok(Command::new(binary)
        .args(args)
        .env("VILLAGE_DATA_DIR", folder.join("data"))
        .env("XDG_DATA_HOME", private("xdg-data")?)
        .env("XDG_CONFIG_HOME", private("xdg-config")?)
        .env("XDG_CACHE_HOME", private("xdg-cache")?)
        .env("VILLAGE_LANG", language)
        .stdout(Stdio::null())
        .stderr(stderr)
        .spawn()?)
}

/// What a process tree has used so far: CPU seconds (user and system, every thread) and
/// context switches, voluntary and not, summed over every thread. A thread that wakes to do
/// something and sleeps again is switched in and out, so switches count wake-ups.
struct Used {
    cpu_seconds: f64,
    switches: u64,
}

fn used(root: u32) -> Used {
    // USER_HZ: 100 on Linux for every architecture Village ships on.
    const TICKS: f64 = 100.0;
    let mut cpu_ticks = 0u64;
    let mut switches = 0u64;
    for pid in tree(root) {
        if let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat"))
            && let Some(close) = stat.rfind(')')
        {
            // After the name: state is field 3, utime 14 and stime 15.
            let fields: Vec<&str> = stat[close + 2..].split_whitespace().collect();
            for at in [11, 12] {
                cpu_ticks += fields
                    .get(at)
                    .and_then(|f| f.parse::<u64>().ok())
                    .unwrap_or(0);
            }
        }
        for task in std::fs::read_dir(format!("/proc/{pid}/task"))
            .into_iter()
            .flatten()
            .flatten()
        {
            let status = std::fs::read_to_string(task.path().join("status")).unwrap_or_default();
            switches += status
                .lines()
                .filter(|l| {
                    l.starts_with("voluntary_ctxt_switches:")
                        || l.starts_with("nonvoluntary_ctxt_switches:")
                })
                .filter_map(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok())
                .sum::<u64>();
        }
    }
    Used {
        cpu_seconds: cpu_ticks as f64 / TICKS,
        switches,
    }
}

/// Village with its window closed (`--background`, on the five-years store) and the bare app
/// kept alive without a window, side by side over the same idle minutes: the memory of what
/// remains, the CPU time and the wake-ups in those minutes.
pub fn background(
    binaries: &Binaries<'_>,
    work: &Path,
    five_years: &Path,
) -> Result<Vec<Row>, Error> {
    let idle = std::env::var("VILLAGE_BENCH_IDLE_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .map_or(IDLE, Duration::from_secs);
    let village_folder = work.join("background-village");
    let bare_folder = work.join("background-bare");
    for folder in [&village_folder, &bare_folder] {
        let _ = std::fs::remove_dir_all(folder);
        std::fs::create_dir_all(folder.join("data"))?;
    }
    std::fs::copy(five_years, village_folder.join("data").join("village.db"))?;
    let mut village = launch(
        binaries.village,
        &village_folder,
        &["--background"],
        Stdio::null(),
        "en",
    )?;
    let mut bare = launch(
        binaries.bare,
        &bare_folder,
        &["--background"],
        Stdio::null(),
        "en",
    )?;
    std::thread::sleep(BACKGROUND_SETTLE);
    let before = (used(village.id()), used(bare.id()));
    std::thread::sleep(idle);
    let after = (used(village.id()), used(bare.id()));
    let memory = |root: u32| {
        tree(root)
            .iter()
            .map(|pid| proportional_kib(*pid))
            .sum::<u64>() as f64
            * 1_024.0
            / 1_000_000.0
    };
    let (village_memory, bare_memory) = (memory(village.id()), memory(bare.id()));
    let alive = village.try_wait()?.is_none() && bare.try_wait()?.is_none();
    stop(&mut village);
    stop(&mut bare);
    if !alive {
        return Err("a program in the background ended by itself".into());
    }
    let minutes = idle.as_secs_f64() / 60.0;
    let per_ten = |value: f64| value / minutes * 10.0;
    let village_cpu = per_ten(after.0.cpu_seconds - before.0.cpu_seconds);
    let bare_cpu = per_ten(after.1.cpu_seconds - before.1.cpu_seconds);
    let village_wakes = per_ten((after.0.switches - before.0.switches) as f64);
    let bare_wakes = per_ten((after.1.switches - before.1.switches) as f64);
    Ok(vec![
        Row::new(
            "Background: memory, window closed (five-years)",
            "MB",
            village_memory,
        )
        .against("bare app, no window", bare_memory)
        .goal(Goal::ratio(1.2)),
        Row::new("Background: CPU per 10 idle minutes", "s", village_cpu)
            .against("bare app, no window", bare_cpu)
            .goal(Goal::ratio(1.2)),
        Row::new(
            "Background: wake-ups per 10 idle minutes",
            "",
            village_wakes,
        )
        .against("bare app, no window", bare_wakes),
    ])
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
