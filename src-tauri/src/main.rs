//! The desktop entry point; everything else lives in the library so mobile builds share it.

// No console window beside the app in Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    village_lib::run();
}
