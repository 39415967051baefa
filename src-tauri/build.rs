//! Builds the Tauri context from the root `tauri.conf.json`; finds every command in
//! `src/commands/` and from that one list makes Tauri's handler (included by `lib.rs`), one
//! permission per command, and the window's capability; and lists the open-source libraries
//! the app is built from (for the About page), from `cargo metadata` rather than by hand.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

fn main() {
    libraries();
    // The UI is embedded into the binary at compile time; an edit there must rebuild it.
    println!("cargo:rerun-if-changed=../ui");
    println!("cargo:rerun-if-changed=src/commands");
    let commands = village_commands();
    handler(&commands);
    capability(&commands);
    // tauri-build keeps the names for the whole build; a build script may leak them.
    let names: Vec<&'static str> = commands
        .iter()
        .map(|(_, name)| &*Box::leak(name.clone().into_boxed_str()))
        .collect();
    let manifest = tauri_build::AppManifest::new().commands(Box::leak(names.into_boxed_slice()));
    let attributes = tauri_build::Attributes::new()
        .config_path("../tauri.conf.json")
        .app_manifest(manifest);
    if let Err(error) = tauri_build::try_build(attributes) {
        panic!("tauri build step failed: {error:#}");
    }
}

/// Every `#[tauri::command]` function in `src/commands/`, as (module, name), by file then in
/// the order written. This is the one list of what the window may call.
fn village_commands() -> Vec<(String, String)> {
    let mut files: Vec<_> = std::fs::read_dir("src/commands")
        .expect("src/commands is there")
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|x| x == "rs"))
        .collect();
    files.sort();
    let mut commands = Vec::new();
    for file in files {
        let module = file
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("a file name")
            .to_owned();
        let source = std::fs::read_to_string(&file).expect("a command file reads");
        let mut marked = false;
        for line in source.lines().map(str::trim) {
            if line == "#[tauri::command]" {
                marked = true;
            } else if marked && !line.starts_with("#[") && !line.starts_with("//") {
                let name = line
                    .split("fn ")
                    .nth(1)
                    .and_then(|rest| rest.split(['<', '(']).next())
                    .unwrap_or_else(|| {
                        panic!("{}: no fn after #[tauri::command]: {line}", file.display())
                    });
                commands.push((module.clone(), name.trim().to_owned()));
                marked = false;
            }
        }
    }
    assert!(!commands.is_empty(), "no commands found in src/commands");
    commands
}

/// `$OUT_DIR/commands.rs`: the names, and Tauri's handler for them, for `lib.rs` to include.
fn handler(commands: &[(String, String)]) {
    let names: Vec<String> = commands.iter().map(|(_, n)| format!("{n:?}")).collect();
    let paths: Vec<String> = commands
        .iter()
        .map(|(m, n)| format!("crate::commands::{m}::{n}"))
        .collect();
    let text = format!(
        "/// Every command the window may call, as build.rs found them in `src/commands/`.\n\
         pub const COMMANDS: &[&str] = &[{}];\n\n\
         /// Tauri's handler for exactly those commands.\n\
         macro_rules! village_handler {{\n    () => {{\n        tauri::generate_handler![{}]\n    }};\n}}\n",
        names.join(", "),
        paths.join(", ")
    );
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(format!("{out}/commands.rs"), text).expect("OUT_DIR is writable");
}

/// `capabilities/main.json`, written from the command list: the main window may call each of
/// Village's commands, hear which view a clicked reminder opens, and hand tel:, sms:, mailto:
/// and https: links to the system; nothing else. Written only when it changes, so the build
/// settles; `tests/boundary.rs` audits the file.
fn capability(commands: &[(String, String)]) {
    let mut permissions: Vec<serde_json::Value> = commands
        .iter()
        .map(|(_, name)| serde_json::json!(format!("allow-{}", name.replace('_', "-"))))
        .collect();
    permissions.push(serde_json::json!("core:event:allow-listen"));
    permissions.push(serde_json::json!("core:event:allow-unlisten"));
    permissions.push(serde_json::json!({
        "identifier": "opener:allow-open-url",
        "allow": [{ "url": "tel:*" }, { "url": "sms:*" }, { "url": "mailto:*" }, { "url": "https://*" }]
    }));
    let capability = serde_json::json!({
        "$schema": "../gen/schemas/desktop-schema.json",
        "identifier": "main",
        "description": "Written by build.rs from the commands in src/commands/ (do not edit by hand). The main window may call Village's own commands and open tel:, sms:, mailto: and https: links, and hear which view a clicked reminder opens; nothing else.",
        "windows": ["main"],
        "permissions": permissions,
    });
    let text = serde_json::to_string_pretty(&capability).expect("the capability is JSON") + "\n";
    let path = Path::new("capabilities/main.json");
    if std::fs::read_to_string(path).ok().as_deref() != Some(text.as_str()) {
        std::fs::create_dir_all("capabilities").expect("capabilities/ can be made");
        std::fs::write(path, text).expect("capabilities/main.json is writable");
    }
}

/// Writes `$OUT_DIR/libraries.json`: every crate the app links on this target (normal
/// dependencies, followed from this package), with its version, licence and home, by name.
fn libraries() {
    println!("cargo:rerun-if-changed=../Cargo.lock");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let target = std::env::var("TARGET").expect("cargo sets TARGET");
    let output = std::process::Command::new(cargo)
        .args([
            "metadata",
            "--format-version",
            "1",
            "--offline",
            "--filter-platform",
            &target,
        ])
        .arg("--manifest-path")
        .arg(format!("{manifest}/Cargo.toml"))
        .output()
        .expect("cargo metadata runs");
    if !output.status.success() {
        panic!(
            "cargo metadata failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let metadata: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("cargo metadata gives JSON");
    let packages: BTreeMap<&str, &serde_json::Value> = metadata["packages"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| Some((p["id"].as_str()?, p)))
        .collect();
    let nodes: BTreeMap<&str, &serde_json::Value> = metadata["resolve"]["nodes"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|n| Some((n["id"].as_str()?, n)))
        .collect();
    let members: BTreeSet<&str> = metadata["workspace_members"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|m| m.as_str())
        .collect();
    let root = packages
        .iter()
        .find(|(id, p)| members.contains(*id) && p["name"] == "village")
        .map(|(id, _)| *id)
        .expect("the village package");
    // Normal dependencies only: build tools and test crates are not part of what she runs.
    let mut seen = BTreeSet::from([root]);
    let mut queue = vec![root];
    while let Some(id) = queue.pop() {
        for dep in nodes
            .get(id)
            .and_then(|n| n["deps"].as_array())
            .into_iter()
            .flatten()
        {
            let normal = dep["dep_kinds"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|k| k["kind"].is_null());
            if let Some(next) = dep["pkg"].as_str().filter(|_| normal)
                && seen.insert(next)
            {
                queue.push(next);
            }
        }
    }
    let mut list: Vec<serde_json::Value> = seen
        .iter()
        .filter(|id| !members.contains(*id))
        .filter_map(|id| packages.get(id))
        .map(|p| {
            serde_json::json!({
                "name": p["name"],
                "version": p["version"],
                "license": p["license"].as_str().unwrap_or("see its repository"),
                "repository": p["repository"],
            })
        })
        .collect();
    list.sort_by(|a, b| a["name"].as_str().cmp(&b["name"].as_str()));
    list.dedup_by(|a, b| a["name"] == b["name"] && a["version"] == b["version"]);
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(
        format!("{out}/libraries.json"),
        serde_json::to_string(&list).expect("the list is JSON"),
    )
    .expect("OUT_DIR is writable");
}
