//! Builds the Tauri context from the root `tauri.conf.json`, generates one permission per app
//! command, and lists the open-source libraries the app is built from (for the About page),
//! from `cargo metadata` rather than by hand.

use std::collections::{BTreeMap, BTreeSet};

fn main() {
    libraries();
    // The UI is embedded into the binary at compile time; an edit there must rebuild it.
    println!("cargo:rerun-if-changed=../ui");
    println!("cargo:rerun-if-changed=capabilities");
    let manifest = tauri_build::AppManifest::new().commands(village_commands());
    let attributes = tauri_build::Attributes::new()
        .config_path("../tauri.conf.json")
        .app_manifest(manifest);
    if let Err(error) = tauri_build::try_build(attributes) {
        panic!("tauri build step failed: {error:#}");
    }
}

/// Every `#[tauri::command]` in `src/commands/`; the capability in `capabilities/` grants these and nothing else.
fn village_commands() -> &'static [&'static str] {
    &[
        "about",
        "mark_ready",
        "get_settings",
        "set_theme",
        "set_quiet_hours",
        "set_reminders",
        "set_baby_birth_date",
        "set_idle_lock",
        "set_nudge",
        "background_status",
        "set_start_at_login",
        "quit",
        "privacy_status",
        "passphrase_strength",
        "unlock",
        "lock_now",
        "set_passphrase",
        "remove_passphrase",
        "today",
        "insight",
        "dismiss_care",
        "dismiss_self_check_prompt",
        "self_check_form",
        "take_self_check",
        "get_self_check",
        "self_check_history",
        "delete_self_check",
        "get_safety_plan",
        "save_safety_plan",
        "export_data",
        "choose_import",
        "preview_import",
        "apply_import",
        "list_backups",
        "backup_now",
        "restore_backup",
        "list_circle",
        "get_person",
        "add_person",
        "update_person",
        "archive_person",
        "delete_person",
        "snooze_person",
        "clear_snooze",
        "log_check_in",
        "delete_check_in",
        "set_person_muted",
        "add_mood_note",
        "update_mood_note",
        "delete_mood_note",
        "undo_delete_mood_note",
        "journal_page",
        "day_notes",
        "search_journal",
        "month_view",
        "journal_trends",
        "list_tags",
        "rename_tag",
        "merge_tags",
        "groups_overview",
        "get_group",
        "add_group",
        "update_group",
        "archive_group",
        "delete_group",
        "attend_meeting",
        "set_group_muted",
        "export_calendar",
    ]
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
