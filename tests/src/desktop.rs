//! The app as the desktop sees it, without WebDriver: the binary started on its own, what it
//! logs, the Notify calls on the session bus, its X11 windows (found, and asked to close as a
//! window manager asks), and which processes hold the database.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{Duration as Span, Local, Utc};
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};
use village_core::catalog::Language;
use village_core::circle::{Person, PersonInput};
use village_core::groups::{Group, GroupInput, ScheduleInput};
use village_core::reminders::{About, Opens, Reminder};
use village_core::{QuietHours, Store};
use x11rb::connection::Connection;
use x11rb::protocol::xproto::{
    AtomEnum, ClientMessageEvent, ConnectionExt, EventMask, InputFocus, MapState, Window as XWindow,
};

use crate::{Result, app_binary, private_folders};

/// How long a test waits for something the app does by itself.
pub const WAIT: Duration = Duration::from_secs(30);

/// Lines a child process writes, gathered as it writes them.
#[derive(Clone, Default)]
pub struct Lines(Arc<Mutex<Vec<String>>>);

impl Lines {
    pub fn follow(&self, stream: impl tokio::io::AsyncRead + Unpin + Send + 'static) {
        let lines = self.0.clone();
        tokio::spawn(async move {
            let mut reader = BufReader::new(stream).lines();
            while let Ok(Some(line)) = reader.next_line().await {
                lines.lock().unwrap_or_else(|p| p.into_inner()).push(line);
            }
        });
    }

    pub fn all(&self) -> Vec<String> {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    pub async fn wait_until(&self, what: &str, done: impl Fn(&[String]) -> bool) -> Result {
        self.wait_for(what, WAIT, done).await
    }

    pub async fn wait_for(
        &self,
        what: &str,
        within: Duration,
        done: impl Fn(&[String]) -> bool,
    ) -> Result {
        let deadline = tokio::time::Instant::now() + within;
        while !done(&self.all()) {
            if tokio::time::Instant::now() > deadline {
                return Err(format!(
                    "timed out waiting for {what}; saw:\n{}",
                    self.all().join("\n")
                )
                .into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Ok(())
    }

    /// How many lines contain `text`.
    pub fn count(&self, text: &str) -> usize {
        self.all().iter().filter(|l| l.contains(text)).count()
    }
}

/// The summaries of the Notify calls in dbus-monitor's output: the third string of each call
/// (after the app name and the icon).
pub fn notify_summaries(lines: &[String]) -> Vec<String> {
    notify_strings(lines)
        .into_iter()
        .filter_map(|strings| strings.get(2).cloned())
        .collect()
}

/// The string arguments of each Notify call, in order: app name, icon, summary, body, then
/// the action keys and names.
pub fn notify_strings(lines: &[String]) -> Vec<Vec<String>> {
    let mut calls = Vec::new();
    let mut strings: Option<Vec<String>> = None;
    for line in lines {
        if line.starts_with("method call")
            || line.starts_with("signal")
            || line.starts_with("method return")
        {
            calls.extend(strings.take());
            if line.contains("member=Notify") {
                strings = Some(Vec::new());
            }
        } else if let (Some(found), Some(text)) =
            (strings.as_mut(), line.trim().strip_prefix("string "))
        {
            found.push(text.trim_matches('"').to_owned());
        }
    }
    calls.extend(strings);
    calls
}

/// `dbus-monitor` on the session bus, for Notify calls only, ready once it says so.
pub async fn watch_notifications() -> Result<(Child, Lines)> {
    let mut monitor = Command::new("dbus-monitor")
        .args([
            "--session",
            "type='method_call',interface='org.freedesktop.Notifications',member='Notify'",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .map_err(|e| format!("dbus-monitor would not start ({e}); run under `make e2e`"))?;
    let lines = Lines::default();
    lines.follow(monitor.stdout.take().ok_or("no stdout")?);
    // It reports losing its own name when it turns into a monitor.
    lines
        .wait_until("dbus-monitor to start", |l| {
            l.iter().any(|l| l.contains("member=NameLost"))
        })
        .await?;
    Ok((monitor, lines))
}

/// Closes every notification on screen, so a click goes to the one a test means.
pub async fn clear_notifications() -> Result {
    let cleared = Command::new("dunstctl").arg("close-all").status().await?;
    if cleared.success() {
        Ok(())
    } else {
        Err("dunstctl close-all failed".into())
    }
}

/// A click on the newest notification, by the notification server's own command.
pub async fn click_newest_notification() -> Result {
    let clicked = Command::new("dunstctl")
        .args(["action", "0"])
        .status()
        .await?;
    if clicked.success() {
        Ok(())
    } else {
        Err("dunstctl action 0 failed".into())
    }
}

/// The real app binary on its own, with a private data folder, its log gathered.
pub struct App {
    pub child: Child,
    pub log: Lines,
}

impl App {
    pub fn start(data: &Path) -> Result<App> {
        Self::start_with(data, &[])
    }

    pub fn start_with(data: &Path, args: &[&str]) -> Result<App> {
        Self::start_in_env(data, args, &[])
    }

    /// With more of the environment set (another system bus, say).
    pub fn start_in_env(data: &Path, args: &[&str], env: &[(&str, &str)]) -> Result<App> {
        let mut child = launch_in_env(data, args, env)?;
        let log = Lines::default();
        log.follow(child.stderr.take().ok_or("no stderr")?);
        Ok(App { child, log })
    }

    pub fn pid(&self) -> Result<u32> {
        Ok(self.child.id().ok_or("the app has already ended")?)
    }

    /// Waits for the first reminder round to finish and returns its log line.
    pub async fn first_round(&self) -> Result<String> {
        self.round(1).await
    }

    /// Waits for the `n`th reminder round (from 1) and returns its log line.
    pub async fn round(&self, n: usize) -> Result<String> {
        let marker = "village: reminder round:";
        self.log
            .wait_until("a reminder round", |l| {
                l.iter().filter(|l| l.contains(marker)).count() >= n
            })
            .await?;
        Ok(self
            .log
            .all()
            .into_iter()
            .filter(|l| l.contains(marker))
            .nth(n - 1)
            .unwrap_or_default())
    }

    /// Waits until a window has painted its first view `n` times in this run, and returns the
    /// address the last one opened on (`#today`, `#group/<id>`, `#lock` …).
    pub async fn ready(&self, n: usize) -> Result<String> {
        let marker = "village: ready";
        self.log
            .wait_until("a window to be ready", |l| {
                l.iter().filter(|l| l.starts_with(marker)).count() >= n
            })
            .await?;
        let line = self
            .log
            .all()
            .into_iter()
            .filter(|l| l.starts_with(marker))
            .nth(n - 1)
            .unwrap_or_default();
        Ok(line.rsplit(" on ").next().unwrap_or_default().to_owned())
    }

    /// Whether the process is still running (not ended, not a zombie).
    pub fn is_running(&self) -> bool {
        self.child.id().is_some_and(is_alive)
    }

    /// Waits for the process to end by itself, and returns its exit code.
    pub async fn ended(&mut self, within: Duration) -> Result<Option<i32>> {
        let status = tokio::time::timeout(within, self.child.wait())
            .await
            .map_err(|_| format!("the app still runs after {within:?}"))??;
        Ok(status.code())
    }

    pub async fn stop(mut self) -> Result {
        if let Some(id) = self.child.id() {
            let _ = Command::new("kill")
                .args(["-TERM", "--", &format!("-{id}")])
                .status()
                .await;
        }
        let _ = tokio::time::timeout(Duration::from_secs(10), self.child.wait()).await;
        let _ = self.child.kill().await;
        Ok(())
    }
}

/// Starts the binary as her desktop would, with private folders and its log piped.
pub fn launch(data: &Path, args: &[&str]) -> Result<Child> {
    launch_in_env(data, args, &[])
}

fn launch_in_env(data: &Path, args: &[&str], env: &[(&str, &str)]) -> Result<Child> {
    let mut command = Command::new(app_binary());
    command
        .args(args)
        .envs(private_folders(data)?)
        // English as the system's language, whatever this machine's LANG, unless a test says.
        .env("VILLAGE_LANG", "en")
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        // Its own process group, so its WebKit helpers stop with it.
        .process_group(0);
    Ok(command.spawn()?)
}

/// Whether a process runs: it exists and is not a zombie waiting to be reaped.
pub fn is_alive(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .ok()
        .and_then(|stat| {
            stat.rsplit_once(')')
                .and_then(|(_, rest)| rest.split_whitespace().next().map(str::to_owned))
        })
        .is_some_and(|state| state != "Z" && state != "X")
}

/// The processes that have `file` open (the database, say), by pid.
pub fn holders(file: &Path) -> Vec<u32> {
    let Ok(file) = file.canonicalize() else {
        return Vec::new();
    };
    let mut pids = Vec::new();
    for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|n| n.parse::<u32>().ok())
        else {
            continue;
        };
        let fds = std::fs::read_dir(entry.path().join("fd"));
        let holds = fds
            .into_iter()
            .flatten()
            .flatten()
            .any(|fd| std::fs::read_link(fd.path()).is_ok_and(|target| target == file));
        if holds {
            pids.push(pid);
        }
    }
    pids
}

/// The pids of the app binary running with `data` as its private folder (one started through
/// tauri-driver, whose pid the test does not get).
pub fn app_pids(data: &Path) -> Vec<u32> {
    let binary = app_binary().canonicalize().unwrap_or_else(|_| app_binary());
    let folder = data.join("village");
    let wanted = format!("VILLAGE_DATA_DIR={}", folder.display());
    let mut pids = Vec::new();
    for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|n| n.parse::<u32>().ok())
        else {
            continue;
        };
        let exe: Option<PathBuf> = std::fs::read_link(entry.path().join("exe")).ok();
        if exe.as_deref() != Some(binary.as_path()) || !is_alive(pid) {
            continue;
        }
        let environ = std::fs::read(entry.path().join("environ")).unwrap_or_default();
        if environ
            .split(|b| *b == 0)
            .any(|var| var == wanted.as_bytes())
        {
            pids.push(pid);
        }
    }
    pids
}

/// The app's top-level X11 windows that are on screen, found by the pid GTK records on them.
pub fn mapped_windows(pid: u32) -> Result<Vec<u32>> {
    let (conn, screen) = x11rb::connect(None)?;
    let root = conn.setup().roots[screen].root;
    let pid_atom = conn.intern_atom(false, b"_NET_WM_PID")?.reply()?.atom;
    let mut found = Vec::new();
    let mut queue: Vec<XWindow> = vec![root];
    while let Some(window) = queue.pop() {
        // A window may be gone between two questions about it: it is then simply not there.
        let Ok(tree) = conn.query_tree(window)?.reply() else {
            continue;
        };
        for child in tree.children {
            let Ok(owner) = conn
                .get_property(false, child, pid_atom, AtomEnum::CARDINAL, 0, 1)?
                .reply()
            else {
                continue;
            };
            let owner = owner.value32().and_then(|mut v| v.next());
            if owner == Some(pid) {
                let viewable = conn
                    .get_window_attributes(child)?
                    .reply()
                    .is_ok_and(|a| a.map_state == MapState::VIEWABLE);
                if viewable {
                    found.push(child);
                }
            } else {
                queue.push(child);
            }
        }
    }
    Ok(found)
}

/// Waits until the app has `count` windows on screen.
pub async fn wait_for_windows(pid: u32, count: usize) -> Result<Vec<u32>> {
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let windows = mapped_windows(pid)?;
        if windows.len() == count {
            return Ok(windows);
        }
        if tokio::time::Instant::now() > deadline {
            return Err(format!(
                "the app has {} windows on screen, not {count}",
                windows.len()
            )
            .into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Asks a window to close as a window manager does when she clicks its close button: the
/// click gives it the focus, then a WM_DELETE_WINDOW client message asks it to close, which
/// the app may handle as it likes (not a kill). GTK heeds the message only in a window that
/// has had the focus.
pub fn request_close(window: u32) -> Result {
    let (conn, _) = x11rb::connect(None)?;
    conn.set_input_focus(InputFocus::PARENT, window, x11rb::CURRENT_TIME)?
        .check()?;
    let protocols = conn.intern_atom(false, b"WM_PROTOCOLS")?.reply()?.atom;
    let delete = conn.intern_atom(false, b"WM_DELETE_WINDOW")?.reply()?.atom;
    let event = ClientMessageEvent::new(32, window, protocols, [delete, 0, 0, 0, 0]);
    conn.send_event(false, window, EventMask::NO_EVENT, event)?;
    conn.flush()?;
    Ok(())
}

/// Closes the app's windows as a window manager does when she clicks the close button, and
/// waits until none is on screen. The request goes again every 3 s: a window still settling
/// under load (its focus, its first paint) can miss one, as a click can, and she would click
/// again.
pub async fn close_windows(pid: u32) -> Result {
    let deadline = tokio::time::Instant::now() + WAIT;
    let mut next_request = tokio::time::Instant::now();
    loop {
        let windows = mapped_windows(pid)?;
        if windows.is_empty() {
            return Ok(());
        }
        let now = tokio::time::Instant::now();
        if now > deadline {
            return Err(format!("the app still has {} windows on screen", windows.len()).into());
        }
        if now >= next_request {
            for window in &windows {
                request_close(*window)?;
            }
            next_request = now + Duration::from_secs(3);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Ada, added ten days ago to check in with weekly, so overdue; quiet hours off, so her
/// reminder is due whatever the hour.
pub async fn seed_overdue_ada(store: &Store) -> Result<Person> {
    let now = Utc::now();
    quiet_hours_off(store).await?;
    let ada = PersonInput::named("Ada").every_days(7);
    Ok(store.add_person(&ada, now - Span::days(10), &Local).await?)
}

/// Night feeds: reminders at any hour, so a test holds whatever time it runs.
pub async fn quiet_hours_off(store: &Store) -> Result {
    let night_feeds = QuietHours {
        enabled: false,
        ..QuietHours::default()
    };
    store.set_quiet_hours(&night_feeds, Utc::now()).await?;
    Ok(())
}

/// A group seeded to meet once, and the title its reminder will carry.
pub struct SeededMeeting {
    pub group: Group,
    /// The reminder's title in English.
    pub title: String,
    /// When its reminder falls due.
    pub reminded_at: chrono::DateTime<Utc>,
    /// The reminder's facts, as core words them in any language.
    about: About,
}

impl SeededMeeting {
    /// The reminder's title in `language`, as the catalog says it.
    pub fn title_in(&self, language: Language) -> String {
        Reminder {
            keys: Vec::new(),
            about: self.about.clone(),
            opens: Opens::Circle,
        }
        .title(language)
    }
}

/// `name` meets once, at the first whole minute at least `in_minutes` from now, reminded
/// `lead` minutes before; quiet hours are turned off so this holds at any hour.
pub async fn seed_meeting(
    store: &Store,
    name: &str,
    in_minutes: i64,
    lead: i64,
) -> Result<SeededMeeting> {
    seed_meeting_at(store, name, Utc::now() + Span::minutes(in_minutes), lead).await
}

/// `name` meets once at the first whole minute from `at` (as she enters times), reminded
/// `lead` minutes before.
pub async fn seed_meeting_at(
    store: &Store,
    name: &str,
    at: chrono::DateTime<Utc>,
    lead: i64,
) -> Result<SeededMeeting> {
    let now = Utc::now();
    quiet_hours_off(store).await?;
    let whole = at + Span::seconds(59);
    let start = whole.with_timezone(&Local);
    let mut group = GroupInput::named(
        name,
        ScheduleInput {
            repeats: "once".into(),
            date: Some(start.format("%Y-%m-%d").to_string()),
            time: Some(start.format("%H:%M").to_string()),
            duration_minutes: Some(60),
            ..ScheduleInput::default()
        },
    );
    group.remind_minutes_before = Some(lead);
    let group = store.add_group(&group, now, &Local).await?;
    let start_minute = start
        .date_naive()
        .and_hms_opt(
            chrono::Timelike::hour(&start),
            chrono::Timelike::minute(&start),
            0,
        )
        .and_then(|t| t.and_local_timezone(Local).single())
        .ok_or("the meeting's minute is not on the local clock")?
        .with_timezone(&Utc);
    let reminded_at = start_minute - Span::minutes(lead);
    // The words are chosen when it is sent: at once if its time has already come.
    let today = reminded_at.max(now).with_timezone(&Local).date_naive();
    let about = About::Meeting {
        group: name.to_owned(),
        at: start_minute.with_timezone(&Local).time(),
        today: start.date_naive() == today,
        minutes: 0,
        place: None,
        online: false,
    };
    let mut seeded = SeededMeeting {
        group,
        title: String::new(),
        reminded_at,
        about,
    };
    // English, on the 12-hour clock the US reads: "Baby Café starts at 10:30 AM".
    seeded.title = seeded.title_in(Language::En);
    Ok(seeded)
}
