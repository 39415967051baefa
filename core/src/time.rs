//! Her time zone's days and hours: the day an instant falls on, the instant a local time names,
//! and the dates and times she types.

use chrono::{DateTime, Duration, LocalResult, NaiveDate, NaiveDateTime, Offset, TimeZone, Utc};

use crate::error::{Error, Result};

/// "2026-03-01T09:30" (what a datetime-local field gives) in `tz`, as a UTC instant.
/// A time skipped by a clock change is refused; a repeated one takes the earlier instant.
pub fn local_instant<Tz: TimeZone>(
    field: &'static str,
    text: &str,
    tz: &Tz,
) -> Result<DateTime<Utc>> {
    let text = text.trim();
    let naive = ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S"]
        .iter()
        .find_map(|format| NaiveDateTime::parse_from_str(text, format).ok())
        .ok_or_else(|| Error::invalid(field, "error-date-time"))?;
    match tz.from_local_datetime(&naive) {
        LocalResult::Single(at) | LocalResult::Ambiguous(at, _) => Ok(at.with_timezone(&Utc)),
        LocalResult::None => Err(Error::invalid(field, "error-time-skipped")),
    }
}

/// The calendar day an instant belongs to where she is.
pub fn day_of<Tz: TimeZone>(at: DateTime<Utc>, tz: &Tz) -> NaiveDate {
    at.with_timezone(tz).date_naive()
}

/// The instant a local date and time names in `tz`. A time skipped by the clocks springing
/// forward is read with the offset from before the gap, so 02:30 becomes 03:30; a time that
/// happens twice is the first. Both follow RFC 5545, so calendars agree with us.
pub fn resolve_local<Tz: TimeZone>(naive: NaiveDateTime, tz: &Tz) -> DateTime<Utc> {
    match tz.from_local_datetime(&naive) {
        LocalResult::Single(at) | LocalResult::Ambiguous(at, _) => at.with_timezone(&Utc),
        LocalResult::None => {
            // Gaps are at most a few hours; the offset a day earlier is the one before it.
            let before = tz
                .offset_from_utc_datetime(&(naive - Duration::days(1)))
                .fix();
            let utc = naive - Duration::seconds(i64::from(before.local_minus_utc()));
            Utc.from_utc_datetime(&utc)
        }
    }
}

/// "2026-03-01" as a calendar date.
pub fn parse_date(field: &'static str, text: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| Error::invalid(field, "error-date"))
}

#[cfg(test)]
mod tests {
    use chrono::FixedOffset;

    use super::*;

    #[test]
    fn a_local_time_becomes_the_right_instant() {
        let tz = FixedOffset::west_opt(5 * 3600).unwrap();
        let at = local_instant("when", "2026-03-01T21:30", &tz).unwrap();
        assert_eq!(at, Utc.with_ymd_and_hms(2026, 3, 2, 2, 30, 0).unwrap());
    }

    #[test]
    fn impossible_dates_are_refused() {
        for bad in [
            "",
            "2026-02-30T10:00",
            "2026-13-01T10:00",
            "2026-03-01T25:00",
            "yesterday",
            "2026-03-01",
        ] {
            assert!(local_instant("when", bad, &Utc).is_err(), "{bad:?}");
        }
        for bad in ["", "2026-02-29", "2026-00-10", "01/03/2026"] {
            assert!(parse_date("until", bad).is_err(), "{bad:?}");
        }
        assert!(parse_date("until", "2028-02-29").is_ok());
    }
}
