//! Where "now" comes from, so that logic can be tested at any instant.

use chrono::{DateTime, Utc};

/// The source of the current instant. Logic takes `now` as a parameter; only the edges ask a clock.
pub trait Clock: Send + Sync {
    fn now(&self) -> DateTime<Utc>;
}

/// The real time of the machine.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}
