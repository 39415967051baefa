//! village-core: Village's domain rules and its SQLite store, shared by the app and the CLI.

pub mod catalog;
pub mod cipher;
pub mod circle;
pub mod clock;
pub mod contract;
pub mod error;
pub mod files;
pub mod finder;
pub mod groups;
mod id;
pub mod insight;
pub mod journal;
pub mod reach;
pub mod reminders;
pub mod safety_plan;
pub mod seed;
pub mod self_check;
pub mod session;
pub mod settings;
pub mod store;
pub mod text;
pub mod time;
pub mod today;
pub mod transfer;
pub mod words;

pub use clock::{Clock, SystemClock};
pub use error::{Error, ErrorCode, Result};
pub use settings::{IdleLock, LanguageChoice, QuietHours, Settings, TextSize, Theme};
pub use store::{GroupEntry, GroupPage, GroupsOverview, PersonPage, Pragmas, SearchHit, Store};
