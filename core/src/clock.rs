//! Where "now" comes from, so that logic can be tested at any instant.

use std::sync::Mutex;

use chrono::{DateTime, Duration, Utc};

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

/// A clock that stands still until a test moves it.
#[derive(Debug)]
pub struct FixedClock {
    at: Mutex<DateTime<Utc>>,
}

impl FixedClock {
    pub fn new(at: DateTime<Utc>) -> Self {
        Self { at: Mutex::new(at) }
    }

    pub fn set(&self, at: DateTime<Utc>) {
        *self
            .at
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = at;
    }

    pub fn advance(&self, by: Duration) {
        let mut at = self
            .at
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        *at += by;
    }
}

impl Clock for FixedClock {
    fn now(&self) -> DateTime<Utc> {
        *self
            .at
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    #[test]
    fn a_fixed_clock_moves_only_when_told() {
        let start = Utc.with_ymd_and_hms(2026, 3, 1, 9, 0, 0).unwrap();
        let clock = FixedClock::new(start);
        assert_eq!(clock.now(), start);
        clock.advance(Duration::minutes(90));
        assert_eq!(
            clock.now(),
            Utc.with_ymd_and_hms(2026, 3, 1, 10, 30, 0).unwrap()
        );
        clock.set(start);
        assert_eq!(clock.now(), start);
    }
}
