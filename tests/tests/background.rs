//! Village with its window closed, as her desktop runs it: the real binary under Xvfb on a
//! private D-Bus session (dunst answers notifications; no tray host is on the bus, as on most
//! CI machines and on GNOME without its extension). Closing the window leaves the reminders
//! running; a second launch shows the first Village; `--background` starts with no window;
//! the login entry is written and removed; Quit ends it all.

// A test that cannot unwrap has failed; the panic names what was missing.
#![allow(clippy::unwrap_used)]

use std::time::Duration;

use chrono::Utc;
use tokio::process::Command;
use village_core::Store;
use village_e2e::desktop::{
    App, app_pids, clear_notifications, click_newest_notification, close_windows, holders,
    is_alive, launch, mapped_windows, notify_summaries, seed_meeting_at, seed_overdue_ada,
    wait_for_windows, watch_notifications,
};
use village_e2e::{Result, THEMES, Village, WIDTHS};

fn database(data: &std::path::Path) -> std::path::PathBuf {
    data.join("village").join("village.db")
}

/// Whether anything owns a name on the session bus.
async fn bus_has(name: &str) -> Result<bool> {
    let out = Command::new("dbus-send")
        .args([
            "--session",
            "--print-reply",
            "--dest=org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus.NameHasOwner",
            &format!("string:{name}"),
        ])
        .output()
        .await?;
    let reply = String::from_utf8_lossy(&out.stdout);
    Ok(reply.contains("boolean true"))
}

#[tokio::test]
async fn closing_the_window_keeps_reminders_coming_and_a_click_opens_the_group() -> Result {
    // The usual state of a CI machine: nothing on the bus shows tray icons.
    assert!(!bus_has("org.kde.StatusNotifierWatcher").await?);
    let data = tempfile::tempdir()?;
    let store = Store::open(database(data.path())).await?;
    // Its reminder falls due about 30 s after the window is closed, not before.
    let meeting = seed_meeting_at(
        &store,
        "Baby Café",
        Utc::now() + chrono::Duration::minutes(5) + chrono::Duration::seconds(35),
        5,
    )
    .await?;
    store.close().await;
    clear_notifications().await?;
    let (_monitor, calls) = watch_notifications().await?;

    let app = App::start(data.path())?;
    let pid = app.pid()?;
    assert_eq!(app.ready(1).await?, "#today");
    wait_for_windows(pid, 1).await?;
    assert!(
        notify_summaries(&calls.all()).is_empty(),
        "nothing was due yet"
    );

    // She clicks the window's close button: the window manager asks the window to close.
    close_windows(pid).await?;
    // Said once, warmly: the reminders go on, and how to stop them.
    calls
        .wait_until("the first-close notice", |l| {
            notify_summaries(l).contains(&"Village is still here".to_owned())
        })
        .await?;
    assert!(app.is_running(), "closing the window ended Village");
    // The page and its WebKit process are gone, not hidden.
    assert!(mapped_windows(pid)?.is_empty());
    clear_notifications().await?;

    let wait = (meeting.reminded_at - Utc::now())
        .to_std()
        .unwrap_or_default()
        + Duration::from_secs(30);
    calls
        .wait_for("the meeting's reminder", wait, |l| {
            notify_summaries(l).contains(&meeting.title)
        })
        .await?;
    assert!(app.is_running());
    assert!(
        mapped_windows(pid)?.is_empty(),
        "a reminder opened a window"
    );
    assert_eq!(
        notify_summaries(&calls.all()),
        ["Village is still here", meeting.title.as_str()]
    );

    // Her click on the reminder opens a new window, on that group.
    click_newest_notification().await?;
    assert_eq!(app.ready(2).await?, format!("#group/{}", meeting.group.id));
    wait_for_windows(pid, 1).await?;

    // The notice is said once: closing again tells nothing new.
    close_windows(pid).await?;
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(
        notify_summaries(&calls.all())
            .iter()
            .filter(|s| *s == "Village is still here")
            .count(),
        1
    );
    assert!(app.is_running());
    app.stop().await
}

#[tokio::test]
async fn a_second_launch_shows_the_first_village_and_exits() -> Result {
    let data = tempfile::tempdir()?;
    let first = App::start(data.path())?;
    let pid = first.pid()?;
    first.ready(1).await?;
    wait_for_windows(pid, 1).await?;

    // With the window open: the second launch hands over and ends; still one window.
    let mut second = launch(data.path(), &[])?;
    let status = tokio::time::timeout(Duration::from_secs(20), second.wait()).await??;
    assert_eq!(status.code(), Some(0));
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert_eq!(mapped_windows(pid)?.len(), 1);

    // With the window closed: the second launch makes it again, on Today.
    close_windows(pid).await?;
    let mut third = launch(data.path(), &[])?;
    let status = tokio::time::timeout(Duration::from_secs(20), third.wait()).await??;
    assert_eq!(status.code(), Some(0));
    assert_eq!(first.ready(2).await?, "#today");
    wait_for_windows(pid, 1).await?;

    // One process holds her database: the first.
    assert_eq!(holders(&database(data.path())), [pid]);
    assert!(first.is_running());
    first.stop().await
}

#[tokio::test]
async fn started_in_the_background_it_reminds_without_a_window_until_she_opens_it() -> Result {
    let data = tempfile::tempdir()?;
    let store = Store::open(database(data.path())).await?;
    seed_overdue_ada(&store).await?;
    store.close().await;
    clear_notifications().await?;
    let (_monitor, calls) = watch_notifications().await?;

    let app = App::start_with(data.path(), &["--background"])?;
    let pid = app.pid()?;
    let round = app.first_round().await?;
    assert!(round.contains("1 sent"), "{round}");
    calls
        .wait_until("the reminder about Ada", |l| {
            notify_summaries(l) == ["Time to check in with Ada"]
        })
        .await?;
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert!(mapped_windows(pid)?.is_empty(), "a window opened");
    assert_eq!(app.log.count("village: ready"), 0);

    // She opens Village from the menu: Today, in the Village already running.
    let mut second = launch(data.path(), &[])?;
    let status = tokio::time::timeout(Duration::from_secs(20), second.wait()).await??;
    assert_eq!(status.code(), Some(0));
    assert_eq!(app.ready(1).await?, "#today");
    wait_for_windows(pid, 1).await?;

    // The login entry starting a second time while she has it open changes nothing.
    let mut login = launch(data.path(), &["--background"])?;
    let status = tokio::time::timeout(Duration::from_secs(20), login.wait()).await??;
    assert_eq!(status.code(), Some(0));
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert_eq!(mapped_windows(pid)?.len(), 1);
    assert_eq!(app.log.count("village: ready"), 1);
    assert_eq!(holders(&database(data.path())), [pid]);
    app.stop().await
}

#[tokio::test]
async fn locked_in_the_background_a_reminder_says_only_that_and_opens_the_lock_screen() -> Result {
    let data = tempfile::tempdir()?;
    let folder = data.path().join("village");
    let store = Store::open(folder.join("village.db")).await?;
    seed_overdue_ada(&store).await?;
    let passphrase = village_core::cipher::Passphrase::new("pear tree lantern".into())?;
    let (store, _) = store.set_passphrase(&passphrase).await?;
    store.close().await;
    // What the last unlocked round left beside the file: the moment Ada's reminder was due.
    std::fs::write(
        folder.join("next-reminder"),
        (Utc::now() - chrono::Duration::minutes(1)).to_rfc3339(),
    )?;
    clear_notifications().await?;
    let (_monitor, calls) = watch_notifications().await?;

    let app = App::start_with(data.path(), &["--background"])?;
    let pid = app.pid()?;
    calls
        .wait_until("the locked reminder", |l| !notify_summaries(l).is_empty())
        .await?;
    let seen = calls.all();
    assert!(seen.iter().any(|l| l.contains("You have a reminder")));
    assert!(!seen.iter().any(|l| l.contains("Ada")), "{seen:?}");
    assert!(mapped_windows(pid)?.is_empty());

    click_newest_notification().await?;
    assert_eq!(app.ready(1).await?, "#lock");
    wait_for_windows(pid, 1).await?;
    app.stop().await
}

/// The login entry under the test's private config folder.
fn login_entry(village: &Village) -> std::path::PathBuf {
    village
        .config_dir()
        .join("autostart")
        .join("app.village.companion.desktop")
}

async fn validate_desktop_file(path: &std::path::Path) -> Result<String> {
    let out = Command::new("desktop-file-validate")
        .arg(path)
        .output()
        .await
        .map_err(|e| {
            format!("desktop-file-validate would not run ({e}); `make test` installs it")
        })?;
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    if out.status.success() {
        Ok(said)
    } else {
        Err(format!("{} does not validate: {said}", path.display()).into())
    }
}

#[tokio::test]
async fn start_at_login_writes_a_valid_entry_and_settings_reads_the_real_state() -> Result {
    let village = Village::start().await?;
    let entry = login_entry(&village);
    let window = village.open().await?;
    window.go("settings").await?;
    let login = window.wait_for("#start-at-login").await?;
    assert!(!login.is_selected().await?, "on by default");
    assert_eq!(
        window
            .attribute("#works-login", "data-works")
            .await?
            .as_deref(),
        Some("false")
    );
    window
        .wait_for_text("#works-closed", "With the window closed")
        .await?;
    window
        .wait_for_text("#works-quit", "After you quit")
        .await?;
    assert!(!entry.exists());

    window.click("#start-at-login").await?;
    window
        .wait_for_text("#status", "Village will start when you log in")
        .await?;
    let text = std::fs::read_to_string(&entry)?;
    let said = validate_desktop_file(&entry).await?;
    assert!(
        said.trim().is_empty(),
        "desktop-file-validate warned: {said}"
    );
    let exec = text
        .lines()
        .find_map(|l| l.strip_prefix("Exec="))
        .ok_or("no Exec line")?;
    assert!(exec.ends_with(" --background"), "{exec}");
    assert!(
        exec.starts_with(&village_e2e::app_binary().display().to_string()),
        "{exec}"
    );
    assert_eq!(
        window
            .attribute("#works-login", "data-works")
            .await?
            .as_deref(),
        Some("true")
    );
    window
        .assert_accessible("settings, started at login")
        .await?;
    for theme in THEMES {
        window.choose_theme(theme).await?;
        for width in WIDTHS {
            window.set_width(width).await?;
            window
                .client
                .execute(
                    "document.getElementById('background').scrollIntoView({ block: 'start' });",
                    vec![],
                )
                .await?;
            window
                .screenshot("settings-background", width, theme)
                .await?;
        }
    }
    window.set_width(WIDTHS[0]).await?;
    window.choose_theme("system").await?;

    window.click("#start-at-login").await?;
    window
        .wait_for_text("#status", "Village won't start when you log in")
        .await?;
    assert!(!entry.exists(), "turning it off left the entry");
    assert_eq!(
        window
            .attribute("#works-login", "data-works")
            .await?
            .as_deref(),
        Some("false")
    );

    // Turned on elsewhere (her desktop's settings, or by hand): Settings reads the system.
    std::fs::create_dir_all(entry.parent().unwrap())?;
    std::fs::write(
        &entry,
        "[Desktop Entry]\nType=Application\nName=Village\nExec=village --background\n",
    )?;
    window.go("today").await?;
    window.go("settings").await?;
    assert!(
        window
            .wait_for("#start-at-login")
            .await?
            .is_selected()
            .await?
    );
    // And turned off there, with Hidden=true, as GNOME's settings do.
    std::fs::write(
        &entry,
        "[Desktop Entry]\nType=Application\nName=Village\nExec=village --background\nHidden=true\n",
    )?;
    window.go("today").await?;
    window.go("settings").await?;
    assert!(
        !window
            .wait_for("#start-at-login")
            .await?
            .is_selected()
            .await?
    );
    window.close().await
}

#[tokio::test]
async fn quit_ends_village_and_nothing_is_sent_afterwards() -> Result {
    let village = Village::start().await?;
    let store = village.seed_store().await?;
    // A meeting whose reminder would come about 40 s from now, after she quits.
    let meeting = seed_meeting_at(
        &store,
        "Baby Café",
        Utc::now() + chrono::Duration::minutes(5) + chrono::Duration::seconds(40),
        5,
    )
    .await?;
    store.close().await;
    let (_monitor, calls) = watch_notifications().await?;
    let window = village.open().await?;
    let pids = app_pids(village.folders());
    assert_eq!(pids.len(), 1, "{pids:?}");
    let pid = pids[0];
    window.go("settings").await?;
    window
        .wait_for_text("#quit-hint", "Quitting stops every reminder")
        .await?;
    // The last thing the window does: the app ends under it.
    let _ = window.click("#quit").await;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    while is_alive(pid) {
        assert!(
            tokio::time::Instant::now() < deadline,
            "Village still runs after Quit"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let wait = (meeting.reminded_at - Utc::now())
        .to_std()
        .unwrap_or_default()
        + Duration::from_secs(10);
    tokio::time::sleep(wait).await;
    assert!(
        !notify_summaries(&calls.all()).contains(&meeting.title),
        "a reminder came after Quit"
    );
    assert!(app_pids(village.folders()).is_empty());
    Ok(())
}

/// A bus of the test's own, standing for the system bus, on which the test plays logind.
struct SystemBus {
    _daemon: tokio::process::Child,
    address: String,
}

impl SystemBus {
    async fn start() -> Result<SystemBus> {
        use tokio::io::AsyncBufReadExt;
        let mut daemon = Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--print-address=1"])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .kill_on_drop(true)
            .spawn()?;
        let stdout = daemon.stdout.take().ok_or("no stdout")?;
        let mut lines = tokio::io::BufReader::new(stdout).lines();
        let address = tokio::time::timeout(Duration::from_secs(10), lines.next_line())
            .await??
            .ok_or("dbus-daemon gave no address")?;
        Ok(SystemBus {
            _daemon: daemon,
            address,
        })
    }

    /// Owns logind's name there, as logind does.
    async fn logind(&self) -> Result<zbus::Connection> {
        Ok(zbus::connection::Builder::address(self.address.as_str())?
            .name("org.freedesktop.login1")?
            .build()
            .await?)
    }
}

async fn say_sleep(logind: &zbus::Connection, going_to_sleep: bool) -> Result {
    logind
        .emit_signal(
            None::<()>,
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            &(going_to_sleep),
        )
        .await?;
    Ok(())
}

#[tokio::test]
async fn what_fell_due_while_the_computer_slept_comes_once_when_it_wakes() -> Result {
    let system = SystemBus::start().await?;
    let logind = system.logind().await?;
    let data = tempfile::tempdir()?;
    let store = Store::open(database(data.path())).await?;
    village_e2e::desktop::quiet_hours_off(&store).await?;
    store.close().await;
    clear_notifications().await?;
    let (_monitor, calls) = watch_notifications().await?;

    let app = App::start_in_env(
        data.path(),
        &["--background"],
        &[("DBUS_SYSTEM_BUS_ADDRESS", system.address.as_str())],
    )?;
    let round = app.first_round().await?;
    assert!(round.contains("0 sent"), "{round}");
    app.log
        .wait_until("the app to listen for wakes", |l| {
            l.iter()
                .any(|l| l.contains("listening for the computer waking"))
        })
        .await?;

    // While it "slept", Ada fell due (written here, as the lid-closed hours would have made
    // her); the app's own timer would not look for many minutes yet.
    let store = Store::open(database(data.path())).await?;
    seed_overdue_ada(&store).await?;
    store.close().await;
    say_sleep(&logind, true).await?;
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert!(notify_summaries(&calls.all()).is_empty());

    say_sleep(&logind, false).await?;
    calls
        .wait_for("the reminder after waking", Duration::from_secs(10), |l| {
            notify_summaries(l) == ["Time to check in with Ada"]
        })
        .await?;
    // Another wake later sends nothing twice.
    say_sleep(&logind, false).await?;
    app.round(3).await?;
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert_eq!(notify_summaries(&calls.all()).len(), 1);
    app.stop().await
}

/// The app's connections on the session bus.
async fn bus_names_of(pid: u32) -> Result<Vec<String>> {
    let out = Command::new("dbus-send")
        .args([
            "--session",
            "--print-reply",
            "--dest=org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus.ListNames",
        ])
        .output()
        .await?;
    let listing = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut names = Vec::new();
    for name in listing
        .lines()
        .filter_map(|l| l.trim().strip_prefix("string \""))
        .map(|l| l.trim_end_matches('"'))
        .filter(|n| n.starts_with(':'))
    {
        let owner = Command::new("dbus-send")
            .args([
                "--session",
                "--print-reply",
                "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus.GetConnectionUnixProcessID",
                &format!("string:{name}"),
            ])
            .output()
            .await?;
        if String::from_utf8_lossy(&owner.stdout).contains(&format!("uint32 {pid}")) {
            names.push(name.to_owned());
        }
    }
    Ok(names)
}

/// The tray's menu as a tray host reads it (com.canonical.dbusmenu, which AppIndicator
/// exports whether or not a host is on the bus): the connection that serves it, and its text.
const TRAY_MENU: &str = "/org/ayatana/NotificationItem/tray_icon_tray_app_village/Menu";

async fn tray_menu(pid: u32) -> Result<(String, String)> {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    loop {
        for name in bus_names_of(pid).await? {
            let out = Command::new("gdbus")
                .args(["call", "--session", "--timeout", "5", "--dest", &name])
                .args(["--object-path", TRAY_MENU])
                .args(["--method", "com.canonical.dbusmenu.GetLayout", "--"])
                .args(["0", "-1", "@as []"])
                .output()
                .await?;
            if out.status.success() {
                return Ok((name, String::from_utf8_lossy(&out.stdout).into_owned()));
            }
        }
        if tokio::time::Instant::now() > deadline {
            return Err("no tray menu on the bus".into());
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

/// The id of the item labelled `label` in a GetLayout reply: `(4, {'label': <'Quit Village'>}`.
fn item_id(layout: &str, label: &str) -> Option<String> {
    let at = layout.find(&format!("'label': <'{label}'>"))?;
    let before = &layout[..at];
    let open = before.rfind('(')?;
    before[open + 1..]
        .split(',')
        .next()
        .map(|id| id.trim().to_owned())
}

async fn click_tray_item(pid: u32, label: &str) -> Result {
    let (name, layout) = tray_menu(pid).await?;
    let id = item_id(&layout, label).ok_or_else(|| format!("no {label:?} in {layout}"))?;
    let out = Command::new("gdbus")
        .args(["call", "--session", "--dest", &name])
        .args(["--object-path", TRAY_MENU])
        .args(["--method", "com.canonical.dbusmenu.Event", "--"])
        .args([id.as_str(), "clicked", "<0>", "0"])
        .output()
        .await?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!("clicking {label}: {}", String::from_utf8_lossy(&out.stderr)).into())
    }
}

#[tokio::test]
async fn the_tray_menu_opens_village_asks_how_she_is_and_quits() -> Result {
    // No tray host here; a host reads the menu over D-Bus, as this test does.
    assert!(!bus_has("org.kde.StatusNotifierWatcher").await?);
    let data = tempfile::tempdir()?;
    let mut app = App::start_with(data.path(), &["--background"])?;
    let pid = app.pid()?;
    app.first_round().await?;
    let (_, layout) = tray_menu(pid).await?;
    for label in ["Open Village", "How are you?", "Quit Village"] {
        assert!(item_id(&layout, label).is_some(), "{label} in {layout}");
    }

    click_tray_item(pid, "How are you?").await?;
    assert_eq!(app.ready(1).await?, "#today/mood");
    wait_for_windows(pid, 1).await?;
    close_windows(pid).await?;
    click_tray_item(pid, "Open Village").await?;
    assert_eq!(app.ready(2).await?, "#today");
    wait_for_windows(pid, 1).await?;

    click_tray_item(pid, "Quit Village").await?;
    assert_eq!(app.ended(Duration::from_secs(20)).await?, Some(0));
    assert!(holders(&database(data.path())).is_empty());
    Ok(())
}

async fn setting(village: &Village, key: &str) -> Result<Option<String>> {
    let mut db = village.database().await?;
    let value = sqlx::query_scalar!("SELECT value FROM settings WHERE key = ?", key)
        .fetch_optional(&mut db)
        .await?;
    Ok(value)
}

#[tokio::test]
async fn she_turns_on_the_daily_question_at_her_time_and_a_night_time_is_refused() -> Result {
    let village = Village::start().await?;
    let window = village.open().await?;
    window.go("settings").await?;
    assert!(
        !window
            .wait_for("#nudge-enabled")
            .await?
            .is_selected()
            .await?
    );
    assert!(window.wait_for("#nudge-skip").await?.is_selected().await?);
    assert_eq!(
        window.attribute("#nudge-time", "value").await?.as_deref(),
        Some("19:00")
    );

    window.click("#nudge-enabled").await?;
    window.pick("#nudge-time", "20:30").await?;
    window.click("#nudge button[type='submit']").await?;
    window
        .wait_for_text("#status", "Village will ask once a day")
        .await?;
    assert_eq!(
        setting(&village, "nudge.enabled").await?.as_deref(),
        Some("true")
    );
    assert_eq!(
        setting(&village, "nudge.time_of_day").await?.as_deref(),
        Some("20:30")
    );

    // The middle of the night is refused in words, the time field has the focus, and
    // nothing changes.
    window.pick("#nudge-time", "02:00").await?;
    window.click("#nudge button[type='submit']").await?;
    window
        .wait_for_text("#nudge-error", "Pick a time between 06:00 and 22:00")
        .await?;
    let focused = window
        .client
        .execute("return document.activeElement.id", vec![])
        .await?;
    assert_eq!(focused.as_str(), Some("nudge-time"));
    assert_eq!(
        setting(&village, "nudge.time_of_day").await?.as_deref(),
        Some("20:30")
    );
    for theme in THEMES {
        window.choose_theme(theme).await?;
        for width in WIDTHS {
            window.set_width(width).await?;
            window
                .client
                .execute(
                    "document.getElementById('nudge').scrollIntoView({ block: 'start' });",
                    vec![],
                )
                .await?;
            window.screenshot("settings-nudge", width, theme).await?;
        }
    }
    window.set_width(WIDTHS[0]).await?;
    window
        .assert_accessible("settings with the daily question")
        .await?;
    window.close().await
}
