//! Builds the bare window's context from `tauri.conf.json` beside this file.

fn main() {
    tauri_build::build();
}
