//! The end-to-end harness: starts tauri-driver, opens the real Village window with a private
//! data folder, and gives tests a WebDriver client, screenshots, axe-core and the SQLite file.
//!
//! Tests share fixed driver ports (4444 and 4445), so they run one at a time
//! (`--test-threads=1`, as `make e2e` does).

use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};
use sqlx::Connection;
use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection};

pub use fantoccini;

pub mod desktop;
pub mod life;

const DRIVER_PORT: u16 = 4444;
const NATIVE_PORT: u16 = 4445;
const WAIT: Duration = Duration::from_secs(20);

/// The desktop width and the phone width every view is checked at.
pub const WIDTHS: [u32; 2] = [1280, 360];
pub const THEMES: [&str; 2] = ["light", "dark"];

pub type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error + Send + Sync>>;

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("target"))
}

/// The app binary under test: `VILLAGE_APP` if set, else the debug build `make e2e` makes.
pub fn app_binary() -> PathBuf {
    std::env::var_os("VILLAGE_APP")
        .map(PathBuf::from)
        .unwrap_or_else(|| target_dir().join("debug").join("village"))
}

/// village-cli, built beside the app by `make e2e`.
pub fn cli_binary() -> PathBuf {
    target_dir().join("debug").join("village-cli")
}

pub fn screenshot_dir() -> PathBuf {
    target_dir().join("screenshots")
}

/// The environment that gives the app its data folder and every XDG folder under `data`,
/// so a test never touches the real ones. The folders are created.
pub fn private_folders(data: &Path) -> std::io::Result<Vec<(&'static str, PathBuf)>> {
    let xdg = data.join("xdg");
    let mut env = vec![("VILLAGE_DATA_DIR", data.join("village"))];
    for (var, sub) in [
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ] {
        std::fs::create_dir_all(xdg.join(sub))?;
        env.push((var, xdg.join(sub)));
    }
    Ok(env)
}

fn find_on_path(name: &str) -> Option<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect())
        .unwrap_or_default();
    if let Some(home) = std::env::var_os("CARGO_HOME") {
        dirs.push(PathBuf::from(home).join("bin"));
    }
    if let Some(home) = std::env::var_os("HOME") {
        dirs.push(PathBuf::from(home).join(".cargo").join("bin"));
    }
    dirs.into_iter().map(|d| d.join(name)).find(|p| p.is_file())
}

/// One tauri-driver with a private data folder. Every window opened through it is a fresh
/// start of the app on the same data, so closing and opening again is a restart.
pub struct Village {
    driver: Child,
    data: tempfile::TempDir,
}

impl Village {
    pub async fn start() -> Result<Village> {
        let data = tempfile::tempdir()?;
        Self::start_in(data).await
    }

    /// Starts on a data folder the test prepared (for example, with a damaged database).
    pub async fn start_in(data: tempfile::TempDir) -> Result<Village> {
        Self::start_speaking(data, "en").await
    }

    /// Starts with `language` as the system's ("en", "es", "x-pseudo"): what the app follows
    /// until she picks one in Settings. Every other test has English, whatever this machine's
    /// LANG is.
    pub async fn start_speaking(data: tempfile::TempDir, language: &str) -> Result<Village> {
        Self::start_with(data, language, Vec::new()).await
    }

    /// Starts with the links she opens caught instead of opened: on Linux the opener
    /// (tauri-plugin-opener, through the `open` crate) runs `xdg-open URI` for every tel:, sms:,
    /// mailto: and https: link, found on PATH. Here the first directory on PATH holds an
    /// `xdg-open` that writes its argument, one line per link, to the file returned, so a test
    /// reads exactly the URI the system was given. Read it with [`wait_for_links`].
    pub async fn start_capturing_links() -> Result<(Village, PathBuf)> {
        use std::os::unix::fs::PermissionsExt;
        let data = tempfile::tempdir()?;
        let bin = data.path().join("opener");
        std::fs::create_dir_all(&bin)?;
        let links = data.path().join("opened-links.txt");
        std::fs::write(&links, "")?;
        let quoted = links.display().to_string().replace('\'', "'\\''");
        let script = bin.join("xdg-open");
        std::fs::write(
            &script,
            format!("#!/bin/sh\nprintf '%s\\n' \"$1\" >> '{quoted}'\n"),
        )?;
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755))?;
        let path = std::env::var_os("PATH").unwrap_or_default();
        let mut dirs = vec![bin];
        dirs.extend(std::env::split_paths(&path));
        let path = std::env::join_paths(dirs)?;
        let village = Self::start_with(data, "en", vec![("PATH", path)]).await?;
        Ok((village, links))
    }

    async fn start_with(
        data: tempfile::TempDir,
        language: &str,
        env: Vec<(&str, std::ffi::OsString)>,
    ) -> Result<Village> {
        let app = app_binary();
        if !app.is_file() {
            return Err(format!(
                "the app is not built at {}; run `make e2e` (it builds it first)",
                app.display()
            )
            .into());
        }
        let driver_bin = find_on_path("tauri-driver")
            .ok_or("tauri-driver is not installed; `make test` installs it (scripts/setup.sh)")?;
        if TcpStream::connect(("127.0.0.1", DRIVER_PORT)).is_ok() {
            return Err(format!(
                "port {DRIVER_PORT} is taken; is another e2e run or tauri-driver still going?"
            )
            .into());
        }
        let mut command = Command::new(driver_bin);
        command
            .args(["--port", &DRIVER_PORT.to_string()])
            .args(["--native-port", &NATIVE_PORT.to_string()])
            // WebKitWebDriver and the app inherit these: nothing touches her real folders.
            .envs(private_folders(data.path())?)
            .env("VILLAGE_LANG", language)
            .envs(env)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit());
        {
            use std::os::unix::process::CommandExt;
            // Its own process group, so the driver, WebKitWebDriver and the app end together.
            command.process_group(0);
        }
        let driver = command.spawn()?;
        let village = Village { driver, data };
        let deadline = Instant::now() + WAIT;
        while TcpStream::connect(("127.0.0.1", DRIVER_PORT)).is_err() {
            if Instant::now() > deadline {
                return Err("tauri-driver did not start listening within 20 s".into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Ok(village)
    }

    /// Starts the app and waits until its first view is ready.
    pub async fn open(&self) -> Result<Window> {
        let capabilities = json!({
            "browserName": "wry",
            "tauri:options": { "application": app_binary() }
        });
        let Value::Object(capabilities) = capabilities else {
            unreachable!("a json! object literal is an object")
        };
        let client = ClientBuilder::native()
            .capabilities(capabilities)
            .connect(&format!("http://127.0.0.1:{DRIVER_PORT}"))
            .await?;
        let window = Window { client };
        window.wait_for("html[data-ready='true']").await?;
        Ok(window)
    }

    /// The folder `private_folders` was given: the data folder and the XDG folders under it.
    pub fn folders(&self) -> &Path {
        self.data.path()
    }

    /// The private `XDG_CONFIG_HOME` the app runs with.
    pub fn config_dir(&self) -> PathBuf {
        self.data.path().join("xdg").join("config")
    }

    pub fn data_dir(&self) -> PathBuf {
        self.data.path().join("village")
    }

    pub fn database_path(&self) -> PathBuf {
        self.data_dir().join("village.db")
    }

    /// The app's store, opened through village-core before the window starts, for tests that
    /// need data in place first (a test-only seed).
    pub async fn seed_store(&self) -> Result<village_core::Store> {
        Ok(village_core::Store::open(self.database_path()).await?)
    }

    /// A connection to the app's own SQLite file, to check what was really stored.
    pub async fn database(&self) -> Result<SqliteConnection> {
        let options = SqliteConnectOptions::new()
            .filename(self.database_path())
            .create_if_missing(false);
        Ok(SqliteConnection::connect_with(&options).await?)
    }
}

impl Drop for Village {
    fn drop(&mut self) {
        let group = format!("-{}", self.driver.id());
        for signal in ["-TERM", "-KILL"] {
            let _ = Command::new("kill")
                .args([signal, "--", &group])
                .stderr(Stdio::null())
                .status();
            std::thread::sleep(Duration::from_millis(300));
        }
        let _ = self.driver.wait();
    }
}

/// The links caught so far in `file` (from [`Village::start_capturing_links`]), waiting until
/// there are at least `count`; each is the URI exactly as the opener handed it to the system.
pub async fn wait_for_links(file: &Path, count: usize) -> Result<Vec<String>> {
    let deadline = Instant::now() + WAIT;
    loop {
        let text = std::fs::read_to_string(file)?;
        let links: Vec<String> = text.lines().map(str::to_owned).collect();
        if links.len() >= count {
            return Ok(links);
        }
        if Instant::now() > deadline {
            return Err(format!("{} links opened, not {count}: {links:?}", links.len()).into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Runs xdotool against the app's dialogs on the test display; fails with what it said.
async fn xdotool(args: &[&str]) -> Result<String> {
    let output = tokio::process::Command::new("timeout")
        .arg("30")
        .arg("xdotool")
        .args(args)
        .output()
        .await?;
    if !output.status.success() {
        return Err(format!(
            "xdotool {args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        )
        .into());
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

/// Answers the system's own save dialog titled `title`, as she would: types the whole path
/// into its name box and presses Enter.
pub async fn answer_save_dialog(title: &str, path: &Path) -> Result {
    answer_file_dialog(title, path, &[]).await
}

/// Answers the system's own open dialog titled `title`: ctrl+L shows its location box, she
/// types the whole path and presses Enter.
pub async fn answer_open_dialog(title: &str, path: &Path) -> Result {
    answer_file_dialog(title, path, &["ctrl+l"]).await
}

async fn answer_file_dialog(title: &str, path: &Path, first: &[&str]) -> Result {
    let found = xdotool(&["search", "--sync", "--onlyvisible", "--name", title]).await?;
    let dialog = found.lines().next().unwrap_or_default().to_owned();
    xdotool(&["windowfocus", "--sync", &dialog]).await?;
    // A dialog is mapped a moment before GTK takes keys in it; keys sent sooner are lost.
    tokio::time::sleep(Duration::from_millis(500)).await;
    for key in first {
        xdotool(&["key", "--clearmodifiers", key]).await?;
        // The location box slides in before it takes text.
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    xdotool(&["key", "--clearmodifiers", "ctrl+a"]).await?;
    xdotool(&["type", "--delay", "15", &path.display().to_string()]).await?;
    // Let the box's completion settle, or Return picks the suggestion instead of the path.
    tokio::time::sleep(Duration::from_millis(500)).await;
    xdotool(&["key", "Return"]).await?;
    Ok(())
}

/// What axe-core found on a page, by weight.
#[derive(Debug, Default)]
pub struct AxeFindings {
    /// Serious and critical: a test fails on any.
    pub serious: Vec<String>,
    /// Moderate and minor: written down, and named in the note.
    pub lesser: Vec<String>,
}

/// The app's window, seen through WebDriver.
pub struct Window {
    pub client: Client,
}

impl Window {
    /// Waits for an element matching `css` to be present.
    pub async fn wait_for(&self, css: &str) -> Result<Element> {
        Ok(self
            .client
            .wait()
            .at_most(WAIT)
            .for_element(Locator::Css(css))
            .await
            .map_err(|e| format!("waiting for {css}: {e}"))?)
    }

    /// Waits until the element matching `css` has `text` in its visible text.
    pub async fn wait_for_text(&self, css: &str, text: &str) -> Result<Element> {
        let deadline = Instant::now() + WAIT;
        loop {
            if let Ok(element) = self.client.find(Locator::Css(css)).await
                && element.text().await.unwrap_or_default().contains(text)
            {
                return Ok(element);
            }
            if Instant::now() > deadline {
                let seen = match self.client.find(Locator::Css(css)).await {
                    Ok(element) => element.text().await.unwrap_or_default(),
                    Err(_) => "(no such element)".to_owned(),
                };
                return Err(format!("waiting for {text:?} in {css}; it shows {seen:?}").into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until nothing matches `css` (a card she closed, a row she removed).
    pub async fn wait_gone(&self, css: &str) -> Result {
        let deadline = Instant::now() + WAIT;
        while self.client.find(Locator::Css(css)).await.is_ok() {
            if Instant::now() > deadline {
                return Err(format!("{css} is still there").into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Ok(())
    }

    pub async fn click(&self, css: &str) -> Result {
        let element = self.wait_for(css).await?;
        // She scrolls to what she taps. WebKitWebDriver's own scrolling misjudges pages with
        // scroll-padding (which keeps focus clear of the sticky bars), so scroll first.
        self.client
            .execute(
                "arguments[0].scrollIntoView({ block: 'center', inline: 'nearest' });",
                vec![serde_json::to_value(&element)?],
            )
            .await?;
        if let Err(error) = element.click().await {
            // Say what stood in the way, so a failure can be read without a rerun.
            let covering = self
                .client
                .execute(
                    "const r = arguments[0].getBoundingClientRect();
                     const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                     return `${at ? at.outerHTML.slice(0, 160) : 'nothing'} at ${JSON.stringify(r)} in ${innerWidth}x${innerHeight}`;",
                    vec![serde_json::to_value(&element)?],
                )
                .await
                .unwrap_or_default();
            return Err(format!("clicking {css}: {error}; at its centre is {covering}").into());
        }
        Ok(())
    }

    /// Follows a navigation link as she would, and waits for the view to finish rendering.
    pub async fn go(&self, view: &str) -> Result {
        let link = format!("a[data-nav='{view}']");
        let visible = self.visible_element(&link).await?;
        visible.click().await?;
        self.wait_for(&format!("main[data-rendered='{view}']"))
            .await?;
        Ok(())
    }

    /// Opens a view by its address, as a link inside the app does (for views the navigation
    /// does not list), and waits for it to render. The address must differ from the current one.
    pub async fn visit(&self, address: &str) -> Result {
        let view = address
            .trim_start_matches('#')
            .split('/')
            .next()
            .unwrap_or_default()
            .to_owned();
        self.client
            .execute(
                "delete document.getElementById('main').dataset.rendered; location.hash = arguments[0];",
                vec![address.into()],
            )
            .await?;
        self.wait_for(&format!("main[data-rendered='{view}']"))
            .await?;
        Ok(())
    }

    /// Every word the page shows, as she reads it.
    pub async fn page_text(&self) -> Result<String> {
        let text = self
            .client
            .execute("return document.body.innerText", vec![])
            .await?;
        Ok(text.as_str().unwrap_or_default().to_owned())
    }

    /// The first displayed element matching `css` (the nav has one link per view, the header
    /// one more for help and settings).
    async fn visible_element(&self, css: &str) -> Result<Element> {
        let deadline = Instant::now() + WAIT;
        loop {
            for element in self.client.find_all(Locator::Css(css)).await? {
                if element.is_displayed().await.unwrap_or(false) {
                    return Ok(element);
                }
            }
            if Instant::now() > deadline {
                return Err(format!("no visible {css}").into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Picks a theme in Settings as she would, and waits until the page wears it.
    pub async fn choose_theme(&self, theme: &str) -> Result {
        self.go("settings").await?;
        self.click(&format!("#theme-{theme}")).await?;
        self.wait_for(&format!("html[data-theme='{theme}']"))
            .await?;
        Ok(())
    }

    /// Types into the field matching `css`, replacing what was there.
    pub async fn fill(&self, css: &str, text: &str) -> Result {
        let field = self.wait_for(css).await?;
        // As for clicks: she scrolls to the field first, clear of the sticky bars.
        self.client
            .execute(
                "arguments[0].scrollIntoView({ block: 'center', inline: 'nearest' });",
                vec![serde_json::to_value(&field)?],
            )
            .await?;
        field.clear().await?;
        // WebKitWebDriver refuses to type nothing; clearing was all there was to do.
        if !text.is_empty() {
            field.send_keys(text).await?;
        }
        Ok(())
    }

    /// Sets a date or time field the way its picker does, with the events a picker sends:
    /// WebKitWebDriver cannot type into the platform's date and time controls.
    pub async fn pick(&self, css: &str, value: &str) -> Result {
        let field = self.wait_for(css).await?;
        self.client
            .execute(
                "const f = arguments[0]; f.value = arguments[1];
                 f.dispatchEvent(new Event('input', { bubbles: true }));
                 f.dispatchEvent(new Event('change', { bubbles: true }));",
                vec![serde_json::to_value(&field)?, value.into()],
            )
            .await?;
        Ok(())
    }

    pub async fn text(&self, css: &str) -> Result<String> {
        Ok(self.wait_for(css).await?.text().await?)
    }

    /// Fails when the page shows a value that leaked from code instead of words: "null",
    /// "undefined", "NaN" or "[object …]".
    pub async fn assert_no_stray_values(&self, what: &str) -> Result {
        let text = self
            .client
            .execute("return document.body.innerText", vec![])
            .await?;
        let text = text.as_str().unwrap_or_default();
        let lines: Vec<&str> = text.lines().map(str::trim).collect();
        let stray = lines.iter().position(|line| {
            *line == "null"
                || line.contains("undefined")
                || line.contains("NaN")
                || line.contains("[object ")
        });
        match stray {
            // With the lines around it, to say where on the page it is.
            Some(at) => Err(format!(
                "{what} shows {:?}, after {:?}",
                lines[at],
                &lines[at.saturating_sub(3)..at]
            )
            .into()),
            None => Ok(()),
        }
    }

    /// Runs axe-core and fails the test on any serious or critical violation.
    pub async fn assert_accessible(&self, what: &str) -> Result {
        let violations = self.accessibility_violations().await?;
        if violations.is_empty() {
            Ok(())
        } else {
            Err(format!("axe found on {what}:\n{}", violations.join("\n")).into())
        }
    }

    pub async fn attribute(&self, css: &str, name: &str) -> Result<Option<String>> {
        Ok(self.wait_for(css).await?.attr(name).await?)
    }

    /// Resizes the window and waits until the page itself is that wide.
    pub async fn set_width(&self, width: u32) -> Result {
        let height = if width < 600 { 780 } else { 860 };
        self.client.set_window_size(width, height).await?;
        let deadline = Instant::now() + WAIT;
        loop {
            let inner = self
                .client
                .execute("return window.innerWidth", vec![])
                .await?;
            if inner.as_u64() == Some(u64::from(width)) {
                return Ok(());
            }
            if Instant::now() > deadline {
                return Err(format!("the window is {inner} px wide, not {width}").into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Screenshots of the view as it is now (a preview open, a question asked) at every width
    /// and theme, with `css` scrolled into view. The theme is applied as her choice would
    /// apply it, without leaving the view; the first width and "light" are put back after.
    pub async fn screenshots_in_place(&self, name: &str, css: &str) -> Result {
        for theme in THEMES {
            self.client
                .execute(
                    "document.documentElement.dataset.theme = arguments[0];",
                    vec![theme.into()],
                )
                .await?;
            for width in WIDTHS {
                self.set_width(width).await?;
                self.client
                    .execute(
                        "document.querySelector(arguments[0]).scrollIntoView({ block: 'start' });",
                        vec![css.into()],
                    )
                    .await?;
                self.screenshot(name, width, theme).await?;
            }
        }
        self.client
            .execute("document.documentElement.dataset.theme = 'light';", vec![])
            .await?;
        self.set_width(WIDTHS[0]).await
    }

    /// Waits for two frames: what the page last changed is then on screen, not only in the DOM.
    async fn two_frames(&self) -> Result {
        self.client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 requestAnimationFrame(() => requestAnimationFrame(() => done(true)));",
                vec![],
            )
            .await?;
        Ok(())
    }

    /// Saves `target/screenshots/<name>-<width>-<theme>.png` and returns its path.
    pub async fn screenshot(&self, name: &str, width: u32, theme: &str) -> Result<PathBuf> {
        // Let fonts and layout settle after a view change or resize, and wait for two frames
        // so the picture is of this view at this width, not the last one painted.
        tokio::time::sleep(Duration::from_millis(250)).await;
        self.two_frames().await?;
        let png = self.client.screenshot().await?;
        let dir = screenshot_dir();
        std::fs::create_dir_all(&dir)?;
        let path = dir.join(format!("{name}-{width}-{theme}.png"));
        std::fs::write(&path, png)?;
        Ok(path)
    }

    /// Runs axe-core on the page and returns the serious and critical violations, described.
    pub async fn accessibility_violations(&self) -> Result<Vec<String>> {
        // WebKitWebDriver now and then cannot read a script's result back ("Could not parse
        // script result", seen once in a full run); axe only reads the page, so asking again
        // is safe. Any other error is the test's answer.
        let mut tries = 0;
        loop {
            match self.axe_violations().await {
                Err(error)
                    if tries < 2 && error.to_string().contains("Could not parse script result") =>
                {
                    tries += 1;
                }
                answer => return answer,
            }
        }
    }

    async fn axe_violations(&self) -> Result<Vec<String>> {
        Ok(self.axe_findings().await?.serious)
    }

    /// Runs axe-core with the WCAG 2.0 A and AA, 2.1 AA and best-practice rules, and returns
    /// its findings sorted by weight: serious and critical ones fail a test, moderate and minor
    /// ones are written down.
    pub async fn axe_findings(&self) -> Result<AxeFindings> {
        let loaded = self
            .client
            .execute("return typeof window.axe === 'object'", vec![])
            .await?;
        if loaded != Value::Bool(true) {
            let source = std::fs::read_to_string(axe_source()).map_err(|e| {
                format!("axe-core is not installed ({e}); `make test` runs npm ci for it")
            })?;
            self.client
                .execute(&format!("{source}\nreturn true;"), vec![])
                .await?;
        }
        let result = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, {
                     resultTypes: ['violations'],
                     runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] },
                 })
                    .then(r => done(JSON.stringify(r.violations)))
                    .catch(e => done(JSON.stringify([{ id: 'axe-failed', impact: 'critical', help: String(e), nodes: [] }])));",
                vec![],
            )
            .await?;
        let text = result.as_str().ok_or("axe returned no result")?;
        let violations: Vec<Value> = serde_json::from_str(text)?;
        let describe = |v: &Value| {
            let targets: Vec<String> = v["nodes"]
                .as_array()
                .map(|nodes| nodes.iter().map(|n| n["target"].to_string()).collect())
                .unwrap_or_default();
            format!(
                "{} ({}): {} at {}",
                v["id"].as_str().unwrap_or("?"),
                v["impact"].as_str().unwrap_or("?"),
                v["help"].as_str().unwrap_or("?"),
                targets.join(", ")
            )
        };
        let (serious, lesser): (Vec<&Value>, Vec<&Value>) = violations
            .iter()
            .partition(|v| matches!(v["impact"].as_str(), Some("serious" | "critical")));
        Ok(AxeFindings {
            serious: serious.into_iter().map(describe).collect(),
            lesser: lesser.into_iter().map(describe).collect(),
        })
    }

    /// Presses `key` (a `fantoccini::key::Key` or text) in whatever has the focus, as her
    /// keyboard would: no pointer is involved.
    ///
    /// Sent as WebDriver key actions, not to an element: sending keys to an element focuses it
    /// first, which would put a date field's cursor back on its first part at every Tab.
    /// Modifiers (Shift, Control, Alt, Meta) are held down until the rest has been typed.
    pub async fn press(&self, key: impl std::fmt::Display) -> Result {
        use fantoccini::actions::{InputSource, KeyAction, KeyActions};
        const MODIFIERS: [char; 4] = ['\u{e008}', '\u{e009}', '\u{e00a}', '\u{e03d}'];
        let text = key.to_string();
        let mut actions = KeyActions::new("keyboard".into());
        let mut held = Vec::new();
        for value in text.chars() {
            actions = actions.then(KeyAction::Down { value });
            if MODIFIERS.contains(&value) {
                held.push(value);
            } else {
                actions = actions.then(KeyAction::Up { value });
            }
        }
        for value in held.into_iter().rev() {
            actions = actions.then(KeyAction::Up { value });
        }
        self.client.perform_actions(actions).await?;
        Ok(())
    }

    /// What has the focus, as `tag#id.class "text"`, for asserts and failure messages.
    pub async fn focused(&self) -> Result<String> {
        let described = self
            .client
            .execute(
                "const e = document.activeElement;
                 if (!e) return 'nothing';
                 const id = e.id ? '#' + e.id : '';
                 const cls = e.classList.length ? '.' + [...e.classList].join('.') : '';
                 return `${e.tagName.toLowerCase()}${id}${cls} \"${(e.getAttribute('aria-label') || e.textContent || '').trim().slice(0, 60)}\"`;",
                vec![],
            )
            .await?;
        Ok(described.as_str().unwrap_or_default().to_owned())
    }

    /// Whether the focused element matches `css`.
    pub async fn focus_is(&self, css: &str) -> Result<bool> {
        let matches = self
            .client
            .execute(
                "return !!document.activeElement && document.activeElement.matches(arguments[0]);",
                vec![css.into()],
            )
            .await?;
        Ok(matches == Value::Bool(true))
    }

    /// Presses Tab until the focus is on an element matching `css`, as she would, and fails
    /// if it never gets there: what the keyboard cannot reach, she cannot use.
    pub async fn tab_to(&self, css: &str) -> Result {
        for _ in 0..120 {
            if self.focus_is(css).await? {
                return Ok(());
            }
            self.press(fantoccini::key::Key::Tab).await?;
        }
        Err(format!(
            "Tab never reached {css}; the focus is on {}",
            self.focused().await?
        )
        .into())
    }

    /// Waits until the focus is on an element matching `css`, and says where it is if not.
    pub async fn wait_for_focus(&self, css: &str) -> Result {
        let deadline = Instant::now() + WAIT;
        while !self.focus_is(css).await? {
            if Instant::now() > deadline {
                return Err(format!(
                    "the focus should be on {css}, it is on {}",
                    self.focused().await?
                )
                .into());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        Ok(())
    }

    /// What a page does wrong for someone with large text or a small screen: sideways
    /// scrolling, anything past the window's edge, text below 14 px at her text size, text
    /// cut off, controls on top of each other, and (with `targets`) controls smaller than
    /// 44×44 px. Each problem is one line.
    pub async fn layout_problems(&self, targets: bool) -> Result<Vec<String>> {
        // Measured once the view is on screen, not while its last parts are still laid out.
        self.two_frames().await?;
        let found = self
            .client
            .execute(include_str!("layout.js"), vec![targets.into()])
            .await?;
        Ok(found
            .as_array()
            .map(|lines| {
                lines
                    .iter()
                    .filter_map(|l| l.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default())
    }

    /// Ends the WebDriver session, which closes the app.
    pub async fn close(self) -> Result {
        self.client.close().await?;
        Ok(())
    }
}

fn axe_source() -> PathBuf {
    workspace_root()
        .join("node_modules")
        .join("axe-core")
        .join("axe.min.js")
}
