//! Killing Village mid-write: a child process writes notes and check-ins through village-core
//! and says each one back on a pipe once its commit returns; it is killed with SIGKILL at a
//! random moment. Afterwards the database must pass `integrity_check` and hold every row the
//! child said was written. `VILLAGE_CRASH_ROUNDS` sets the rounds (20 here, 200 in `make soak`).

#![allow(clippy::unwrap_used)]

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use chrono::Utc;
use village_core::Store;
use village_core::circle::{CheckInId, NewCheckIn, PersonId, PersonInput};
use village_core::journal::{MoodNoteId, MoodNoteInput};

const CHILD: &str = "child_writes_until_it_is_killed";
const FOLDER_VAR: &str = "VILLAGE_CRASH_FOLDER";
const PERSON_VAR: &str = "VILLAGE_CRASH_PERSON";
const ROUNDS_VAR: &str = "VILLAGE_CRASH_ROUNDS";

/// The half that gets killed: writes until it is, one line on stdout per commit.
#[tokio::test]
#[ignore = "started and killed by kills_mid_write_lose_nothing_acknowledged"]
async fn child_writes_until_it_is_killed() {
    use std::io::Write;
    let folder = std::env::var_os(FOLDER_VAR).expect("the folder");
    let person = PersonId::parse(&std::env::var(PERSON_VAR).unwrap()).unwrap();
    let store = Store::open(Path::new(&folder).join("village.db"))
        .await
        .unwrap();
    let mut out = std::io::stdout().lock();
    for n in 0u64.. {
        let now = Utc::now();
        let line = if n % 3 == 2 {
            let check_in = store
                .log_check_in(&NewCheckIn::call(person.clone(), now), now)
                .await
                .unwrap();
            format!("check_in {}", check_in.id)
        } else {
            let input = MoodNoteInput::new(1 + (n % 5) as i64, now)
                .with_note(&format!("Note {n}: fed, rocked, sang the same song twice."))
                .with_tags(&["night", "crash test"]);
            let note = store.add_mood_note(&input, now, &Utc).await.unwrap();
            format!("note {}", note.id)
        };
        // Said only after the commit returned: the parent holds us to it.
        writeln!(out, "{line}").unwrap();
        out.flush().unwrap();
    }
}

/// A small deterministic generator, so a failing round can be run again the same way.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

#[tokio::test]
async fn kills_mid_write_lose_nothing_acknowledged() {
    let rounds: u32 = std::env::var(ROUNDS_VAR)
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(20);
    let mut dice = Lcg(0xc0ffee);
    let (mut acknowledged, mut lost) = (0usize, 0usize);
    for round in 1..=rounds {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("village.db");
        let store = Store::open(&path).await.unwrap();
        let person = store
            .add_person(&PersonInput::named("Ana").every_days(7), Utc::now(), &Utc)
            .await
            .unwrap();
        store.close().await;

        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--ignored",
                "--exact",
                CHILD,
                "--test-threads=1",
                "--nocapture",
            ])
            .env(FOLDER_VAR, dir.path())
            .env(PERSON_VAR, person.id.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if line.starts_with("note ") || line.starts_with("check_in ") {
                    let _ = tx.send(line);
                }
            }
        });
        // Writing has begun; the kill lands anywhere in the next half second.
        let first = rx.recv_timeout(Duration::from_secs(30)).unwrap();
        std::thread::sleep(Duration::from_millis(dice.below(500)));
        child.kill().unwrap();
        child.wait().unwrap();
        reader.join().unwrap();
        let said: Vec<String> = std::iter::once(first).chain(rx.try_iter()).collect();

        let store = Store::open(&path).await.unwrap_or_else(|e| {
            panic!("round {round}: the database would not open after the kill: {e:?}")
        });
        // Integrity (the full check), the schema, and counts.
        let check = store.check().await.unwrap();
        let mut missing = Vec::new();
        for line in &said {
            let found = match line.split_once(' ') {
                Some(("note", id)) => store
                    .mood_note(&MoodNoteId::parse(id).unwrap())
                    .await
                    .is_ok(),
                Some(("check_in", id)) => {
                    store.check_in(&CheckInId::parse(id).unwrap()).await.is_ok()
                }
                _ => unreachable!("only known lines are kept"),
            };
            if !found {
                missing.push(line.clone());
            }
        }
        let notes_said = said.iter().filter(|l| l.starts_with("note ")).count();
        assert!(
            usize::try_from(check.mood_notes).unwrap() >= notes_said,
            "round {round}: {check:?} for {notes_said} notes said"
        );
        store.close().await;
        acknowledged += said.len();
        lost += missing.len();
        assert!(missing.is_empty(), "round {round} lost {missing:?}");
    }
    println!("crash rounds: {rounds}, rows acknowledged: {acknowledged}, rows lost: {lost}");
    assert!(acknowledged >= rounds as usize);
}
