//! "Start Village when I log in": off until she turns it on. It starts Village with
//! `--background`, so only reminders run until she opens the window. The state shown is read
//! from the system each time, never remembered.
//!
//! On Linux the entry is an XDG autostart file written here, in `$XDG_CONFIG_HOME/autostart`
//! as the XDG Autostart spec has it, with its `Exec` quoted as the Desktop Entry spec asks
//! (tauri-plugin-autostart's Linux writer, auto-launch 0.6, always uses `~/.config` and leaves
//! the path unquoted). macOS and Windows use tauri-plugin-autostart (a LaunchAgent, the Run key).

use tauri::{AppHandle, Runtime};

/// The flag that starts Village without a window.
pub const BACKGROUND_FLAG: &str = "--background";

/// Whether Village starts when she logs in, read from the system.
#[cfg(target_os = "linux")]
pub fn is_enabled<R: Runtime>(_app: &AppHandle<R>) -> std::io::Result<bool> {
    let entry = linux::entry_path()?;
    match std::fs::read_to_string(&entry) {
        // An entry she (or her desktop's settings) turned off says so with Hidden=true.
        Ok(text) => Ok(!text.lines().any(|l| l.trim() == "Hidden=true")),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(e),
    }
}

#[cfg(target_os = "linux")]
pub fn set_enabled<R: Runtime>(_app: &AppHandle<R>, on: bool) -> std::io::Result<()> {
    let entry = linux::entry_path()?;
    if on {
        let exe = match std::env::var_os("APPIMAGE") {
            // An AppImage runs from a folder that is gone after it quits; start the image.
            Some(image) => std::path::PathBuf::from(image),
            None => std::env::current_exe()?,
        };
        let text = linux::desktop_entry(&exe.to_string_lossy());
        if let Some(folder) = entry.parent() {
            std::fs::create_dir_all(folder)?;
        }
        let partial = entry.with_extension("desktop.partial");
        std::fs::write(&partial, text)?;
        std::fs::rename(&partial, &entry)
    } else {
        match std::fs::remove_file(&entry) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }
}

/// macOS and Windows: the plugin's manager, registered in `crate::builder`.
#[cfg(any(target_os = "macos", target_os = "windows"))]
pub fn is_enabled<R: Runtime>(app: &AppHandle<R>) -> std::io::Result<bool> {
    use tauri_plugin_autostart::ManagerExt;
    app.autolaunch().is_enabled().map_err(std::io::Error::other)
}

#[cfg(any(target_os = "macos", target_os = "windows"))]
pub fn set_enabled<R: Runtime>(app: &AppHandle<R>, on: bool) -> std::io::Result<()> {
    use tauri_plugin_autostart::ManagerExt;
    let manager = app.autolaunch();
    let done = if on {
        manager.enable()
    } else {
        manager.disable()
    };
    done.map_err(std::io::Error::other)
}

/// Phones start apps themselves; there is nothing to turn on.
#[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "windows")))]
pub fn is_enabled<R: Runtime>(_app: &AppHandle<R>) -> std::io::Result<bool> {
    Ok(false)
}

#[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "windows")))]
pub fn set_enabled<R: Runtime>(_app: &AppHandle<R>, _on: bool) -> std::io::Result<()> {
    Err(std::io::Error::new(
        std::io::ErrorKind::Unsupported,
        "starting at login is for computers",
    ))
}

/// Whether this system has a way to start Village at login.
pub const SUPPORTED: bool = cfg!(any(
    target_os = "linux",
    target_os = "macos",
    target_os = "windows"
));

#[cfg(any(target_os = "linux", test))]
mod linux {
    use std::path::PathBuf;

    /// The entry's file name: the app's identifier, so it can never take another app's place.
    const FILE: &str = "app.village.companion.desktop";

    pub fn entry_path() -> std::io::Result<PathBuf> {
        let config = std::env::var_os("XDG_CONFIG_HOME")
            .map(PathBuf::from)
            .filter(|p| p.is_absolute())
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))
            .ok_or_else(|| {
                std::io::Error::new(
                    std::io::ErrorKind::NotFound,
                    "neither XDG_CONFIG_HOME nor HOME is set",
                )
            })?;
        Ok(config.join("autostart").join(FILE))
    }

    pub fn desktop_entry(exe: &str) -> String {
        format!(
            "[Desktop Entry]\n\
             Type=Application\n\
             Name=Village\n\
             Comment=Reminders from Village, with its window closed\n\
             Exec={} {}\n\
             Icon=village\n\
             Terminal=false\n\
             StartupNotify=false\n\
             NoDisplay=true\n\
             X-GNOME-Autostart-enabled=true\n",
            exec_argument(exe),
            super::BACKGROUND_FLAG
        )
    }

    /// One argument of an `Exec` line: quoted when it holds a reserved character, with `"`,
    /// `` ` ``, `$` and `\` escaped inside the quotes, then backslashes escaped again as the
    /// value is a string, and `%` doubled, as the Desktop Entry spec has it.
    pub fn exec_argument(arg: &str) -> String {
        const RESERVED: &[char] = &[
            ' ', '\t', '\n', '"', '\'', '\\', '>', '<', '~', '|', '&', ';', '$', '*', '?', '#',
            '(', ')', '`',
        ];
        let quoted = if arg.contains(RESERVED) {
            let mut inner = String::from("\"");
            for c in arg.chars() {
                if matches!(c, '"' | '`' | '$' | '\\') {
                    inner.push('\\');
                }
                inner.push(c);
            }
            inner.push('"');
            inner
        } else {
            arg.to_owned()
        };
        quoted
            .replace('\\', "\\\\")
            .replace('\n', "\\n")
            .replace('%', "%%")
    }
}

#[cfg(test)]
mod tests {
    use super::linux::{desktop_entry, exec_argument};

    #[test]
    fn the_login_entry_starts_village_in_the_background_with_its_path_quoted() {
        assert_eq!(exec_argument("/usr/bin/village"), "/usr/bin/village");
        assert_eq!(
            exec_argument("/home/ana/My Apps/village"),
            "\"/home/ana/My Apps/village\""
        );
        // A quote inside the quotes is escaped, and the escape is escaped again for the string.
        assert_eq!(
            exec_argument("/opt/a\"b/village"),
            "\"/opt/a\\\\\"b/village\""
        );
        assert_eq!(exec_argument("/opt/100%/village"), "/opt/100%%/village");
        let entry = desktop_entry("/home/ana/My Apps/village");
        assert!(
            entry
                .lines()
                .any(|l| l == "Exec=\"/home/ana/My Apps/village\" --background"),
            "{entry}"
        );
        assert!(entry.starts_with("[Desktop Entry]\n"));
        assert!(entry.ends_with('\n'));
    }
}
