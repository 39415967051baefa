//! village-core: Village's domain rules and its SQLite store, shared by the app and the CLI.

pub mod clock;
pub mod error;
pub mod settings;
pub mod store;

pub use clock::{Clock, FixedClock, SystemClock};
pub use error::{Error, ErrorCode, Result};
pub use settings::{QuietHours, Settings, Theme};
pub use store::{Pragmas, Store};
