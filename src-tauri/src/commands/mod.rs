//! The app's commands: each takes state, calls village-core, and maps the result to a DTO.

pub mod app;
pub mod background;
pub mod care;
pub mod circle;
pub mod data;
pub mod files;
pub mod groups;
pub mod journal;
pub mod privacy;
pub mod reach;
pub mod recovery;
pub mod settings;
