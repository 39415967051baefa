//! Groups as an iCalendar (RFC 5545) file: one event per group, repeating by RRULE in her
//! time zone, with a UID that stays the same so a second import updates instead of doubling.

use chrono::{
    DateTime, Datelike, Duration, FixedOffset, NaiveDate, NaiveDateTime, Offset, TimeZone, Utc,
    Weekday,
};

use super::schedule::weekday_code;
use super::{Group, Meeting, Nth, Recurrence, Schedule};
use crate::catalog::{Language, say, word};

/// The domain UIDs are made unique in; it names the app, not a server.
const UID_DOMAIN: &str = "village.app";

/// An .ics file with every timed, active group in `groups`. `tzid` names her zone (an IANA
/// name such as "Europe/London"); the VTIMEZONE written with it is worked out from `tz` itself,
/// so the file is right even for a calendar that does not know the name. The words a calendar
/// shows beside her own (the calendar's name, the kind of group) are in `language`.
pub fn calendar<Tz: TimeZone>(
    groups: &[Group],
    tz: &Tz,
    tzid: &str,
    now: DateTime<Utc>,
    language: Language,
) -> String {
    let tzid = clean_tzid(tzid);
    let mut out = Lines::default();
    begin_calendar(&mut out);
    out.line(&format!(
        "X-WR-CALNAME:{}",
        escape(&word(language, "calendar-name"))
    ));
    vtimezone(&mut out, tz, &tzid, now.year());
    for group in groups.iter().filter(|g| g.archived_at.is_none()) {
        vevent(&mut out, group, &tzid, now, language);
    }
    out.line("END:VCALENDAR");
    out.text
}

/// The stem of a calendar file's name, from a group's name: letters, digits, spaces and dashes,
/// at most 60 characters, so no name can reach outside the folder she picked. None when
/// nothing of the name is left.
pub fn file_stem(name: &str) -> Option<String> {
    let stem: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == ' ' || c == '-' {
                c
            } else {
                '-'
            }
        })
        .take(60)
        .collect();
    let stem = stem.trim().trim_matches('-');
    (!stem.is_empty()).then(|| stem.to_owned())
}

/// The stable UID of a group's event.
pub fn uid(group: &Group) -> String {
    format!("{}@{UID_DOMAIN}", group.id)
}

fn vevent(out: &mut Lines, group: &Group, tzid: &str, now: DateTime<Utc>, language: Language) {
    let Schedule::Timed(timed) = group.schedule else {
        return;
    };
    let Some(first) = timed.recurrence.first_date() else {
        return;
    };
    out.line("BEGIN:VEVENT");
    out.line(&format!("UID:{}", uid(group)));
    out.line(&format!("DTSTAMP:{}", utc_stamp(now)));
    out.line(&format!("CREATED:{}", utc_stamp(group.created_at)));
    out.line(&format!("LAST-MODIFIED:{}", utc_stamp(group.updated_at)));
    out.line(&format!("SEQUENCE:{}", group.revision.max(0)));
    out.line(&format!("SUMMARY:{}", escape(&group.name)));
    out.line(&format!(
        "DTSTART;TZID={tzid}:{}",
        local_stamp(first.and_time(timed.at))
    ));
    out.line(&format!(
        "DURATION:{}",
        ics_duration(timed.duration_minutes)
    ));
    if let Some(rule) = rrule(&timed.recurrence) {
        out.line(&format!("RRULE:{rule}"));
    }
    where_and_what(out, group, language);
    out.line(&format!(
        "CATEGORIES:{}",
        escape(&group.kind.words().render(language))
    ));
    out.line("TRANSP:OPAQUE");
    out.line("END:VEVENT");
}

/// The lines every Village calendar file starts with.
fn begin_calendar(out: &mut Lines) {
    out.line("BEGIN:VCALENDAR");
    out.line("VERSION:2.0");
    out.line("PRODID:-//Village//Village groups//EN");
    out.line("CALSCALE:GREGORIAN");
    out.line("METHOD:PUBLISH");
}

/// An event's place (or, for one online, its link), its link, and the description under it.
fn where_and_what(out: &mut Lines, group: &Group, language: Language) {
    if !group.place.is_empty() {
        out.line(&format!("LOCATION:{}", escape(&group.place)));
    } else if !group.link.is_empty() {
        out.line(&format!("LOCATION:{}", escape(&group.link)));
    }
    if !group.link.is_empty() {
        out.line(&format!("URL:{}", group.link));
    }
    out.line(&format!(
        "DESCRIPTION:{}",
        escape(&description(group, language).join("\n"))
    ));
}

/// An .ics file with one meeting of `group`: a single event in UTC, so it reads the same in
/// any calendar, with the group's name, place and link, and a description in `language`. Its
/// UID names the group and the meeting, so saving it twice updates rather than doubles it.
pub fn meeting_calendar(
    group: &Group,
    meeting: &Meeting,
    now: DateTime<Utc>,
    language: Language,
) -> String {
    let mut out = Lines::default();
    begin_calendar(&mut out);
    out.line("BEGIN:VEVENT");
    out.line(&format!(
        "UID:{}-{}@{UID_DOMAIN}",
        group.id,
        utc_stamp(meeting.start)
    ));
    out.line(&format!("DTSTAMP:{}", utc_stamp(now)));
    out.line(&format!("DTSTART:{}", utc_stamp(meeting.start)));
    out.line(&format!("DTEND:{}", utc_stamp(meeting.end)));
    out.line(&format!("SUMMARY:{}", escape(&group.name)));
    where_and_what(&mut out, group, language);
    out.line("TRANSP:OPAQUE");
    out.line("END:VEVENT");
    out.line("END:VCALENDAR");
    out.text
}

/// What a calendar shows under the event: the kind of group, who to contact, the link and her
/// notes, in `language` where the words are Village's.
fn description(group: &Group, language: Language) -> Vec<String> {
    [
        Some(group.kind.words().render(language)),
        (!group.contact.is_empty()).then(|| {
            say(
                language,
                "calendar-contact",
                &[("contact", group.contact.as_str().into())],
            )
        }),
        (!group.link.is_empty()).then(|| group.link.clone()),
        (!group.notes.is_empty()).then(|| group.notes.clone()),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// The recurrence rule of a schedule; None for a one-off.
pub(crate) fn rrule(recurrence: &Recurrence) -> Option<String> {
    let day = |d: Weekday| byday_code(d);
    match *recurrence {
        Recurrence::Weekly { days, .. } => {
            let days: Vec<&str> = days.days().into_iter().map(day).collect();
            Some(format!("FREQ=WEEKLY;WKST=MO;BYDAY={}", days.join(",")))
        }
        Recurrence::EveryOtherWeek { anchor } => Some(format!(
            "FREQ=WEEKLY;INTERVAL=2;WKST=MO;BYDAY={}",
            day(anchor.weekday())
        )),
        Recurrence::Monthly { nth, weekday, .. } => Some(format!(
            "FREQ=MONTHLY;BYDAY={}{}",
            nth.number(),
            day(weekday)
        )),
        Recurrence::Once { .. } => None,
    }
}

fn byday_code(day: Weekday) -> &'static str {
    match weekday_code(day) {
        "mon" => "MO",
        "tue" => "TU",
        "wed" => "WE",
        "thu" => "TH",
        "fri" => "FR",
        "sat" => "SA",
        _ => "SU",
    }
}

/// A TZID parameter cannot carry ':', ';' or ',' unquoted; IANA names never do. Anything odd
/// is replaced by a name of our own, which the VTIMEZONE still defines.
fn clean_tzid(tzid: &str) -> String {
    let ok = !tzid.is_empty()
        && tzid.len() <= 64
        && tzid
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '_' | '-' | '+'));
    if ok {
        tzid.to_owned()
    } else {
        "Village-Local".to_owned()
    }
}

/// One observance a year per clock change this year, as a yearly rule; one STANDARD for a
/// zone without changes.
fn vtimezone<Tz: TimeZone>(out: &mut Lines, tz: &Tz, tzid: &str, year: i32) {
    out.line("BEGIN:VTIMEZONE");
    out.line(&format!("TZID:{tzid}"));
    let changes = transitions(tz, year);
    if changes.is_empty() {
        let offset = offset_at(tz, year_start(year));
        out.line("BEGIN:STANDARD");
        out.line("DTSTART:19700101T000000");
        out.line(&format!("TZOFFSETFROM:{}", ics_offset(offset)));
        out.line(&format!("TZOFFSETTO:{}", ics_offset(offset)));
        out.line("END:STANDARD");
    }
    for (at, before, after) in changes {
        // The observance starts at the wall-clock time of the change, read in the old offset.
        let wall = at.naive_utc() + Duration::seconds(i64::from(before.local_minus_utc()));
        let date = wall.date();
        let nth = nth_of(date);
        let name = if after.local_minus_utc() > before.local_minus_utc() {
            "DAYLIGHT"
        } else {
            "STANDARD"
        };
        let start_1970 = nth_weekday(1970, date.month(), nth, date.weekday())
            .map(|d| d.and_time(wall.time()))
            .unwrap_or(wall);
        out.line(&format!("BEGIN:{name}"));
        out.line(&format!("DTSTART:{}", local_stamp(start_1970)));
        out.line(&format!(
            "RRULE:FREQ=YEARLY;BYMONTH={};BYDAY={}{}",
            date.month(),
            nth.number(),
            byday_code(date.weekday())
        ));
        out.line(&format!("TZOFFSETFROM:{}", ics_offset(before)));
        out.line(&format!("TZOFFSETTO:{}", ics_offset(after)));
        out.line(&format!("END:{name}"));
    }
    out.line("END:VTIMEZONE");
}

fn year_start(year: i32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(year, 1, 1)
        .unwrap_or(NaiveDate::MIN)
        .and_hms_opt(0, 0, 0)
        .unwrap_or_default()
}

fn offset_at<Tz: TimeZone>(tz: &Tz, utc: NaiveDateTime) -> FixedOffset {
    tz.offset_from_utc_datetime(&utc).fix()
}

/// The instants in `year` where the offset changes, to the minute, with the offsets either side.
fn transitions<Tz: TimeZone>(tz: &Tz, year: i32) -> Vec<(DateTime<Utc>, FixedOffset, FixedOffset)> {
    let start = year_start(year);
    let end = year_start(year + 1);
    let mut found = Vec::new();
    let mut at = start;
    let mut offset = offset_at(tz, at);
    while at < end {
        let next = at + Duration::hours(1);
        let next_offset = offset_at(tz, next);
        if next_offset != offset {
            // The change lies in (at, next]: narrow it to the minute.
            let (mut low, mut high) = (at, next);
            while high - low > Duration::minutes(1) {
                let mid = low + (high - low) / 2;
                if offset_at(tz, mid) == offset {
                    low = mid;
                } else {
                    high = mid;
                }
            }
            found.push((Utc.from_utc_datetime(&high), offset, next_offset));
        }
        at = next;
        offset = next_offset;
    }
    found
}

/// Which of its weekday in the month a date is, "last" when no later one fits.
fn nth_of(date: NaiveDate) -> Nth {
    if (date + chrono::Days::new(7)).month() != date.month() {
        Nth::Last
    } else {
        Nth::Ordinal(((date.day() - 1) / 7 + 1) as u8)
    }
}

fn nth_weekday(year: i32, month: u32, nth: Nth, weekday: Weekday) -> Option<NaiveDate> {
    match nth {
        Nth::Ordinal(n) => NaiveDate::from_weekday_of_month_opt(year, month, weekday, n),
        Nth::Last => (1..=5)
            .rev()
            .find_map(|n| NaiveDate::from_weekday_of_month_opt(year, month, weekday, n)),
    }
}

fn utc_stamp(at: DateTime<Utc>) -> String {
    at.format("%Y%m%dT%H%M%SZ").to_string()
}

fn local_stamp(at: NaiveDateTime) -> String {
    at.format("%Y%m%dT%H%M%S").to_string()
}

fn ics_offset(offset: FixedOffset) -> String {
    let seconds = offset.local_minus_utc();
    let sign = if seconds < 0 { '-' } else { '+' };
    let seconds = seconds.unsigned_abs();
    let (hours, minutes, rest) = (seconds / 3600, seconds % 3600 / 60, seconds % 60);
    if rest == 0 {
        format!("{sign}{hours:02}{minutes:02}")
    } else {
        format!("{sign}{hours:02}{minutes:02}{rest:02}")
    }
}

fn ics_duration(minutes: u32) -> String {
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("PT{m}M"),
        (h, 0) => format!("PT{h}H"),
        (h, m) => format!("PT{h}H{m}M"),
    }
}

/// TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push_str("\\n");
                }
            }
            '\n' => out.push_str("\\n"),
            c if c.is_control() && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// Content lines end in CRLF and fold at 75 octets, never inside a character.
#[derive(Default)]
struct Lines {
    text: String,
}

impl Lines {
    fn line(&mut self, line: &str) {
        let mut room = 75;
        let mut used = 0;
        for c in line.chars() {
            if used + c.len_utf8() > room {
                self.text.push_str("\r\n ");
                // The leading space of a continuation line counts toward its 75.
                room = 74;
                used = 0;
            }
            self.text.push(c);
            used += c.len_utf8();
        }
        self.text.push_str("\r\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_a_character() {
        let mut out = Lines::default();
        let text = format!("SUMMARY:{}", "é".repeat(100));
        out.line(&text);
        for line in out.text.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        let unfolded = out.text.replace("\r\n ", "");
        assert_eq!(unfolded, format!("{text}\r\n"));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            escape("a;b,c\\d\ne\r\nf"),
            "a\\;b\\,c\\\\d\\ne\\nf".to_owned()
        );
    }

    #[test]
    fn offsets_and_durations_are_written_as_the_rfc_asks() {
        let west = FixedOffset::west_opt(5 * 3600).unwrap();
        assert_eq!(ics_offset(west), "-0500");
        let india = FixedOffset::east_opt(5 * 3600 + 1800).unwrap();
        assert_eq!(ics_offset(india), "+0530");
        assert_eq!(ics_duration(90), "PT1H30M");
        assert_eq!(ics_duration(60), "PT1H");
        assert_eq!(ics_duration(45), "PT45M");
        assert_eq!(clean_tzid("Europe/London"), "Europe/London");
        assert_eq!(clean_tzid("Bad:Zone;x"), "Village-Local");
        assert_eq!(clean_tzid(""), "Village-Local");
    }
}
