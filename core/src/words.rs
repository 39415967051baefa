//! Phrases core puts together in the language it is given, each part a catalog message: lists,
//! lengths of time, times of day and the days of the week as a sentence names them. The
//! grammar stays in the catalog; this only says which parts go into which message.

use chrono::{NaiveTime, Timelike, Weekday};

use crate::catalog::{Language, say, word};

/// "Ana, Ben and Cleo"; one item alone; nothing for none.
pub fn and_list(language: Language, items: &[impl AsRef<str>]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_owned(),
        [rest @ .., last] => {
            let rest: Vec<&str> = rest.iter().map(AsRef::as_ref).collect();
            say(
                language,
                "list-and",
                &[
                    ("first", rest.join(", ").into()),
                    ("last", last.as_ref().into()),
                ],
            )
        }
    }
}

/// "1 hour 30 minutes", "45 minutes", "2 hours".
pub fn duration(language: Language, minutes: u32) -> String {
    let (hours, minutes) = (minutes / 60, minutes % 60);
    match (hours, minutes) {
        (0, m) => say(language, "duration-minutes", &[("minutes", m.into())]),
        (h, 0) => say(language, "duration-hours", &[("hours", h.into())]),
        (h, m) => say(
            language,
            "duration-hours-minutes",
            &[("hours", h.into()), ("minutes", m.into())],
        ),
    }
}

/// A time of day as her clock shows it: "6:30 PM", "6:30 p. m.". A message rather than a
/// chrono pattern: chrono's Spanish (US) locale has no words for AM and PM.
pub fn time(language: Language, at: NaiveTime) -> String {
    let (pm, hour) = at.hour12();
    say(
        language,
        "time-of-day",
        &[
            ("hour", hour.into()),
            ("minutes", format!("{:02}", at.minute()).into()),
            ("half", if pm { "pm" } else { "am" }.into()),
        ],
    )
}

/// "at 6:30 PM"; Spanish says "a la 1:00" but "a las 6:30", so the hour goes along.
pub fn at_time(language: Language, at: NaiveTime) -> String {
    say(
        language,
        "time-at",
        &[
            ("time", time(language, at).into()),
            ("hour", at.hour12().1.into()),
        ],
    )
}

/// "until 11:30 AM", with the hour for the same reason as `at_time`.
pub fn until_time(language: Language, at: NaiveTime) -> String {
    say(
        language,
        "time-until",
        &[
            ("time", time(language, at).into()),
            ("hour", at.hour12().1.into()),
        ],
    )
}

/// A weekday inside a sentence: "Friday" ("viernes"), from the locale's own names.
pub fn weekday(language: Language, day: Weekday) -> String {
    // Any date on that weekday; 5 January 2026 is a Monday.
    let monday = chrono::NaiveDate::from_ymd_opt(2026, 1, 5).unwrap_or_default();
    let date = monday + chrono::Duration::days(i64::from(day.num_days_from_monday()));
    crate::catalog::date(language, "date-weekday", date)
}

/// A weekday as "every …" names it: "Saturday" in English, plural "sábados" in Spanish. The
/// locale's data has no plural names, so these are the catalog's.
pub fn every_weekday(language: Language, day: Weekday) -> String {
    match day {
        Weekday::Mon => word(language, "day-every-mon"),
        Weekday::Tue => word(language, "day-every-tue"),
        Weekday::Wed => word(language, "day-every-wed"),
        Weekday::Thu => word(language, "day-every-thu"),
        Weekday::Fri => word(language, "day-every-fri"),
        Weekday::Sat => word(language, "day-every-sat"),
        Weekday::Sun => word(language, "day-every-sun"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(hour: u32, minute: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(hour, minute, 0).unwrap_or_default()
    }

    #[test]
    fn lists_join_with_the_languages_and() {
        assert_eq!(and_list(Language::En, &["Ana"]), "Ana");
        assert_eq!(and_list(Language::En, &["Ana", "Ben"]), "Ana and Ben");
        assert_eq!(
            and_list(Language::En, &["Ana", "Ben", "Cleo"]),
            "Ana, Ben and Cleo"
        );
        assert_eq!(
            and_list(Language::Es, &["Ana", "Ben", "Cleo"]),
            "Ana, Ben y Cleo"
        );
        let none: [&str; 0] = [];
        assert_eq!(and_list(Language::Es, &none), "");
    }

    #[test]
    fn durations_count_one_and_many_in_both_languages() {
        assert_eq!(duration(Language::En, 1), "1 minute");
        assert_eq!(duration(Language::En, 45), "45 minutes");
        assert_eq!(duration(Language::En, 60), "1 hour");
        assert_eq!(duration(Language::En, 120), "2 hours");
        assert_eq!(duration(Language::En, 61), "1 hour 1 minute");
        assert_eq!(duration(Language::En, 90), "1 hour 30 minutes");
        assert_eq!(duration(Language::Es, 1), "1 minuto");
        assert_eq!(duration(Language::Es, 45), "45 minutos");
        assert_eq!(duration(Language::Es, 60), "1 hora");
        assert_eq!(duration(Language::Es, 120), "2 horas");
        assert_eq!(duration(Language::Es, 90), "1 hora y 30 minutos");
    }

    #[test]
    fn times_follow_her_clock_and_spanish_says_a_la_una() {
        assert_eq!(at_time(Language::En, at(18, 30)), "at 6:30 PM");
        assert_eq!(at_time(Language::En, at(0, 15)), "at 12:15 AM");
        assert_eq!(until_time(Language::En, at(11, 30)), "until 11:30 AM");
        assert_eq!(time(Language::En, at(9, 5)), "9:05 AM");
        assert_eq!(time(Language::En, at(12, 0)), "12:00 PM");
        assert_eq!(at_time(Language::Es, at(18, 30)), "a las 6:30 p. m.");
        assert_eq!(at_time(Language::Es, at(13, 0)), "a la 1:00 p. m.");
        assert_eq!(at_time(Language::Es, at(9, 5)), "a las 9:05 a. m.");
        assert_eq!(until_time(Language::Es, at(13, 0)), "hasta la 1:00 p. m.");
    }

    #[test]
    fn weekdays_are_named_as_a_sentence_needs_them() {
        assert_eq!(weekday(Language::En, Weekday::Sat), "Saturday");
        assert_eq!(weekday(Language::Es, Weekday::Sat), "sábado");
        assert_eq!(every_weekday(Language::En, Weekday::Sat), "Saturday");
        assert_eq!(every_weekday(Language::Es, Weekday::Sat), "sábados");
        assert_eq!(every_weekday(Language::Es, Weekday::Tue), "martes");
    }
}
