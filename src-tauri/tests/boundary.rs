//! The webview's boundary, read from the files that draw it: the CSP in `tauri.conf.json`, the
//! capabilities the window is granted, and the plugins the app links. Any loosening (inline
//! script, eval, a remote origin, a shell or file-system plugin, an opener that reaches past
//! tel:, sms:, mailto: and https:) fails here before it ships.

// A test that cannot unwrap has failed; the panic names what was missing.
#![allow(clippy::unwrap_used)]

use std::path::Path;

use serde_json::{Value, json};

/// Origins the window may talk to that are not remote: Tauri's own IPC.
const LOCAL_SOURCES: [&str; 3] = ["'self'", "ipc:", "http://ipc.localhost"];

/// The only links the window may hand to the system.
const OPENER_SCOPE: [&str; 4] = ["tel:*", "sms:*", "mailto:*", "https://*"];

/// Plugins that would let the page reach the machine.
const FORBIDDEN_PLUGINS: [&str; 4] = [
    "tauri-plugin-shell",
    "tauri-plugin-fs",
    "tauri-plugin-http",
    "tauri-plugin-process",
];

/// The app's own commands, as build.rs found them in `src/commands/` (the one list the
/// handler and the capability are made from), each granted as `allow-<name>`.
fn village_commands() -> Vec<String> {
    village_lib::COMMANDS
        .iter()
        .map(|name| (*name).to_owned())
        .collect()
}

/// What is wrong with a config, its capabilities and the app's Cargo.toml; empty when nothing is.
fn audit(
    conf: &Value,
    capabilities: &[Value],
    cargo_toml: &str,
    commands: &[String],
) -> Vec<String> {
    let mut problems = Vec::new();
    let security = &conf["app"]["security"];

    // The CSP, as directives of sources.
    let csp: Vec<(String, Vec<String>)> = match &security["csp"] {
        Value::Object(map) => map
            .iter()
            .map(|(k, v)| {
                let sources = v.as_str().unwrap_or_default();
                (
                    k.clone(),
                    sources.split_whitespace().map(str::to_owned).collect(),
                )
            })
            .collect(),
        Value::String(text) => text
            .split(';')
            .filter_map(|d| {
                let mut words = d.split_whitespace();
                let name = words.next()?.to_owned();
                Some((name, words.map(str::to_owned).collect()))
            })
            .collect(),
        _ => {
            problems.push("there is no CSP".to_owned());
            Vec::new()
        }
    };
    let directive = |name: &str| csp.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
    let script = directive("script-src").or_else(|| directive("default-src"));
    if script.as_deref() != Some(&["'self'".to_owned()][..]) {
        problems.push(format!("script-src must be 'self' alone, not {script:?}"));
    }
    if directive("default-src").as_deref() != Some(&["'self'".to_owned()][..]) {
        problems.push("default-src must be 'self'".to_owned());
    }
    if directive("object-src").as_deref() != Some(&["'none'".to_owned()][..]) {
        problems.push("object-src must be 'none'".to_owned());
    }
    for (name, sources) in &csp {
        for source in sources {
            let unsafe_keyword = source.starts_with("'unsafe-") || source == "'wasm-unsafe-eval'";
            let remote = source.contains("://") && !LOCAL_SOURCES.contains(&source.as_str())
                || ["*", "http:", "https:", "ws:", "wss:", "blob:"].contains(&source.as_str())
                || (source == "data:" && name != "img-src");
            if unsafe_keyword || remote {
                problems.push(format!("{name} allows {source}"));
            }
        }
    }
    if security["dangerousDisableAssetCspModification"] != Value::Null {
        problems.push("the CSP's nonces are switched off".to_owned());
    }
    if security["freezePrototype"] != json!(true) {
        problems.push("freezePrototype is off".to_owned());
    }
    if let Some(plugins) = conf["plugins"].as_object() {
        for name in plugins
            .keys()
            .filter(|k| ["shell", "fs", "http"].contains(&k.as_str()))
        {
            problems.push(format!("the {name} plugin is configured"));
        }
    }

    for plugin in FORBIDDEN_PLUGINS {
        if cargo_toml.contains(plugin) {
            problems.push(format!("the app links {plugin}"));
        }
    }

    // Every permission is one of the app's own commands, the two event calls, or the opener
    // with exactly its four schemes.
    for capability in capabilities {
        if capability["remote"] != Value::Null {
            problems.push("a capability is granted to remote pages".to_owned());
        }
        for permission in capability["permissions"].as_array().into_iter().flatten() {
            match permission {
                Value::String(name) => {
                    let own = name
                        .strip_prefix("allow-")
                        .is_some_and(|c| commands.iter().any(|k| k.replace('_', "-") == c));
                    let event = ["core:event:allow-listen", "core:event:allow-unlisten"]
                        .contains(&name.as_str());
                    if !own && !event {
                        problems.push(format!("the window is granted {name}"));
                    }
                }
                Value::Object(_) => {
                    let scoped = permission;
                    if scoped["identifier"] != json!("opener:allow-open-url") {
                        problems.push(format!("the window is granted {}", scoped["identifier"]));
                        continue;
                    }
                    if scoped["deny"] != Value::Null {
                        problems.push("the opener has a deny list to get wrong".to_owned());
                    }
                    for url in scoped["allow"].as_array().into_iter().flatten() {
                        let url = url["url"].as_str().unwrap_or_default();
                        if !OPENER_SCOPE.contains(&url) {
                            problems.push(format!("the opener may open {url}"));
                        }
                    }
                }
                other => problems.push(format!("an unknown permission {other}")),
            }
        }
    }
    problems
}

fn real() -> (Value, Vec<Value>, String) {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let read = |path: &Path| std::fs::read_to_string(path).unwrap();
    let conf: Value = serde_json::from_str(&read(&crate_dir.join("../tauri.conf.json"))).unwrap();
    let mut capabilities = Vec::new();
    for entry in std::fs::read_dir(crate_dir.join("capabilities")).unwrap() {
        let path = entry.unwrap().path();
        capabilities.push(serde_json::from_str(&read(&path)).unwrap());
    }
    (conf, capabilities, read(&crate_dir.join("Cargo.toml")))
}

#[test]
fn the_window_may_run_only_our_script_and_reach_only_our_commands() {
    let (conf, capabilities, cargo_toml) = real();
    let commands = village_commands();
    assert!(commands.len() > 40, "{commands:?}");
    assert_eq!(
        audit(&conf, &capabilities, &cargo_toml, &commands),
        Vec::<String>::new()
    );
    // Every command the app has is granted, and nothing else of ours, so the audit above
    // covered all of them.
    let granted: Vec<&str> = capabilities[0]["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let mut ours: Vec<&str> = granted
        .iter()
        .copied()
        .filter(|p| p.starts_with("allow-"))
        .collect();
    let mut expected: Vec<String> = commands
        .iter()
        .map(|c| format!("allow-{}", c.replace('_', "-")))
        .collect();
    ours.sort_unstable();
    expected.sort();
    assert_eq!(ours, expected);
}

/// The handler, the permissions and the capability come from one list: every command file's
/// `#[tauri::command]` functions are in it, and the UI calls nothing outside it.
#[test]
fn one_list_of_commands_reaches_the_handler_the_capability_and_the_ui() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut written = 0;
    for entry in std::fs::read_dir(dir.join("src").join("commands")).unwrap() {
        let source = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        written += source.matches("#[tauri::command]").count();
    }
    assert_eq!(village_lib::COMMANDS.len(), written);
    // ui/api.js, the window's one door, calls only commands the app has.
    let api = std::fs::read_to_string(dir.join("../ui/api.js")).unwrap();
    let called: Vec<&str> = api
        .split("call(\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        // A plugin's commands are its own; the audit of the capability holds them.
        .filter(|command| !command.starts_with("plugin:"))
        .collect();
    assert!(called.len() > 40, "{called:?}");
    for command in &called {
        assert!(
            village_lib::COMMANDS.contains(command),
            "ui/api.js calls {command}, which the app does not have"
        );
    }
    for command in village_lib::COMMANDS {
        assert!(
            called.contains(command),
            "{command} is a command ui/api.js never calls"
        );
    }
}

#[test]
fn the_audit_catches_each_way_the_boundary_could_loosen() {
    let (conf, capabilities, cargo_toml) = real();
    let commands = village_commands();
    let with = |change: &dyn Fn(&mut Value, &mut Vec<Value>, &mut String)| {
        let (mut conf, mut caps, mut toml) =
            (conf.clone(), capabilities.clone(), cargo_toml.clone());
        change(&mut conf, &mut caps, &mut toml);
        audit(&conf, &caps, &toml, &commands)
    };
    let csp = |conf: &mut Value, key: &str, value: &str| {
        conf["app"]["security"]["csp"][key] = json!(value);
    };
    let cases: Vec<(&str, Vec<String>)> = vec![
        (
            "inline script",
            with(&|c, _, _| csp(c, "script-src", "'self' 'unsafe-inline'")),
        ),
        (
            "eval",
            with(&|c, _, _| csp(c, "script-src", "'self' 'unsafe-eval'")),
        ),
        (
            "a remote script",
            with(&|c, _, _| csp(c, "script-src", "'self' https://cdn.example.com")),
        ),
        (
            "a remote fetch",
            with(&|c, _, _| csp(c, "connect-src", "ipc: https://api.example.com")),
        ),
        (
            "remote images",
            with(&|c, _, _| csp(c, "img-src", "'self' https:")),
        ),
        (
            "no CSP",
            with(&|c, _, _| c["app"]["security"]["csp"] = Value::Null),
        ),
        (
            "the shell plugin",
            with(&|_, _, t| t.push_str("\ntauri-plugin-shell = \"2\"\n")),
        ),
        (
            "fs permissions",
            with(&|_, caps, _| {
                caps[0]["permissions"]
                    .as_array_mut()
                    .unwrap()
                    .push(json!("fs:default"));
            }),
        ),
        (
            "an http opener",
            with(&|_, caps, _| {
                let opener = caps[0]["permissions"]
                    .as_array_mut()
                    .unwrap()
                    .last_mut()
                    .unwrap();
                opener["allow"]
                    .as_array_mut()
                    .unwrap()
                    .push(json!({"url": "http://*"}));
            }),
        ),
        (
            "a file opener",
            with(&|_, caps, _| {
                caps[0]["permissions"]
                    .as_array_mut()
                    .unwrap()
                    .push(json!("opener:default"));
            }),
        ),
        (
            "remote pages",
            with(&|_, caps, _| caps[0]["remote"] = json!({"urls": ["https://*"]})),
        ),
    ];
    for (what, problems) in cases {
        assert!(!problems.is_empty(), "{what} went unnoticed");
    }
}
