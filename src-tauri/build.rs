//! Builds the Tauri context from the root `tauri.conf.json` and generates one permission per app command.

fn main() {
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
        "get_settings",
        "set_theme",
        "set_quiet_hours",
        "set_reminders",
        "set_baby_birth_date",
        "set_idle_lock",
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
