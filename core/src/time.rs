//! Reading the dates and times she types, in her time zone, into instants and calendar days.

use chrono::{DateTime, LocalResult, NaiveDate, NaiveDateTime, TimeZone, Utc};

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
        .ok_or_else(|| Error::invalid(field, "That is not a date and time on the calendar."))?;
    match tz.from_local_datetime(&naive) {
        LocalResult::Single(at) | LocalResult::Ambiguous(at, _) => Ok(at.with_timezone(&Utc)),
        LocalResult::None => Err(Error::invalid(
            field,
            "That time was skipped when the clocks changed; pick another.",
        )),
    }
}

/// "2026-03-01" as a calendar date.
pub fn local_date(field: &'static str, text: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| Error::invalid(field, "That is not a date on the calendar."))
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
            assert!(local_date("until", bad).is_err(), "{bad:?}");
        }
        assert!(local_date("until", "2028-02-29").is_ok());
    }
}
