//! Daylio's CSV export in every layout its versions have written, read by the header's names:
//! `full_date,date,weekday,time,mood,activities,note_title,note` and the same without
//! `note_title`, the older year-first `year,date,weekday,time,mood,activities,note` (the date
//! as "June 22" in the phone's language), and newer files with columns such as `scales`.
//! One row per entry, activities joined by " | ", notes quoted over several lines.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone, Utc};
use serde::Serialize;

use super::{MoodNoteRecord, Snapshot};
use crate::catalog::{Language, Message, say};
use crate::error::{Error, Reason, Result};
use crate::journal::{MoodNoteId, MoodNoteInput, NOTE_MAX, TAGS_PER_NOTE_MAX, clean_tag, fold_tag};
use crate::time::resolve_local;
use crate::words;

/// The layout most Daylio versions write; named in the sentence that refuses a foreign file.
pub const DAYLIO_HEADER: [&str; 8] = [
    "full_date",
    "date",
    "weekday",
    "time",
    "mood",
    "activities",
    "note_title",
    "note",
];

/// Daylio's five moods as it ships them, from best to worst.
pub const DEFAULT_MOODS: [(&str, u8); 5] = [
    ("rad", 5),
    ("good", 4),
    ("meh", 3),
    ("bad", 2),
    ("awful", 1),
];

/// Makes an entry's id from its own content, so the same file imported twice adds nothing.
const NAMESPACE: uuid::Uuid = uuid::Uuid::from_u128(0x8f0e_3c3a_5d8e_4b9a_9a57_d4f1_0c2b_7e61);

/// How many line numbers a notice lists before it says how many more there are.
const LINES_SHOWN: usize = 10;

/// Her mood names and the 1–5 each stands for; Daylio's defaults fill in the rest.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MoodMap(HashMap<String, u8>);

impl MoodMap {
    /// "rad=5,good=4,sleepy=3": the form the command line takes.
    pub fn parse(text: &str) -> Result<MoodMap> {
        let mut map = MoodMap::default();
        for pair in text.split(',').filter(|p| !p.trim().is_empty()) {
            let (name, mood) = pair.rsplit_once('=').ok_or_else(|| {
                Error::invalid(
                    "mood_map",
                    Message::new("error-mood-map-pair").with("pair", pair.trim()),
                )
            })?;
            let mood = mood.trim().parse::<u8>().unwrap_or(0);
            map.set(name, i64::from(mood))?;
        }
        Ok(map)
    }

    pub fn set(&mut self, name: &str, mood: i64) -> Result<()> {
        let name = name.trim();
        let mood = u8::try_from(mood)
            .ok()
            .filter(|m| (1..=5).contains(m))
            .ok_or_else(|| {
                Error::invalid(
                    "mood_map",
                    Message::new("error-mood-map-number").with("name", name),
                )
            })?;
        if name.is_empty() || name.chars().count() > 100 {
            return Err(Error::invalid("mood_map", "error-mood-map-name"));
        }
        self.0.insert(fold_tag(name), mood);
        Ok(())
    }

    /// Hers first, then Daylio's own.
    pub fn mood(&self, name: &str) -> Option<u8> {
        let folded = fold_tag(name.trim());
        self.0.get(&folded).copied().or_else(|| {
            DEFAULT_MOODS
                .iter()
                .find(|(n, _)| *n == folded)
                .map(|(_, m)| *m)
        })
    }
}

/// A mood name found in the file, how many entries have it, and what it maps to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MoodName {
    pub name: String,
    pub entries: u64,
    pub mood: Option<u8>,
}

/// What a Daylio file brings: the entries as mood notes, every mood name in it, and what she
/// should know about how it was read.
pub(super) struct DaylioFile {
    pub snapshot: Snapshot,
    pub moods: Vec<MoodName>,
    pub notices: Vec<String>,
}

/// Where each column Village reads sits in this file. Only a date, the time and the mood are
/// needed; every other column Daylio has written is optional, and unknown ones are left out.
struct Layout {
    full_date: Option<usize>,
    year: Option<usize>,
    date: Option<usize>,
    time: usize,
    mood: usize,
    activities: Option<usize>,
    note_title: Option<usize>,
    note: Option<usize>,
    /// Columns Village does not read (such as `scales`), by position and name.
    unknown: Vec<(usize, String)>,
}

impl Layout {
    fn of(header: &csv::StringRecord) -> Result<Layout> {
        let names: Vec<String> = header
            .iter()
            .map(|h| h.trim_start_matches('\u{feff}').trim().to_lowercase())
            .collect();
        // The first column of a name wins; a second of the same name is left out like any
        // column Village does not read.
        let find = |name: &str| names.iter().position(|n| n == name);
        let known = [
            "full_date",
            "year",
            "date",
            "weekday",
            "time",
            "mood",
            "activities",
            "note_title",
            "note",
        ];
        let unknown = names
            .iter()
            .enumerate()
            .filter(|(i, n)| !known.contains(&n.as_str()) || find(n) != Some(*i))
            .filter(|(_, n)| !n.is_empty())
            .map(|(i, n)| (i, n.clone()))
            .collect();
        let full_date = find("full_date");
        let (year, date) = (find("year"), find("date"));
        let dated = full_date.is_some() || (year.is_some() && date.is_some());
        match (dated, find("time"), find("mood")) {
            (true, Some(time), Some(mood)) => Ok(Layout {
                full_date,
                year,
                date,
                time,
                mood,
                activities: find("activities"),
                note_title: find("note_title"),
                note: find("note"),
                unknown,
            }),
            _ => Err(Error::invalid(
                "file",
                if names.join("").is_empty() {
                    Message::new("error-daylio-header-empty")
                } else {
                    Message::new("error-daylio-header").with("found", names.join(","))
                }
                .with("expected", DAYLIO_HEADER.join(",")),
            )),
        }
    }

    /// The day an entry belongs to: `full_date` where the file has it, else `year` with the
    /// day and month of `date`.
    fn day(&self, field: &dyn Fn(Option<usize>) -> String) -> Result<NaiveDate> {
        let bad = |why: Message| Error::invalid("date", why);
        if self.full_date.is_some() {
            let text = field(self.full_date);
            return NaiveDate::parse_from_str(&text, "%Y-%m-%d")
                .map_err(|_| bad(Message::new("error-daylio-full-date").with("text", text)));
        }
        let (year_text, date_text) = (field(self.year), field(self.date));
        let year = year_text
            .parse::<i32>()
            .ok()
            .filter(|y| (1000..=9999).contains(y) && year_text.chars().all(|c| c.is_ascii_digit()))
            .ok_or_else(|| bad(Message::new("error-daylio-year").with("text", &year_text)))?;
        let (month, day) = month_day(&date_text)
            .ok_or_else(|| bad(Message::new("error-daylio-day").with("text", &date_text)))?;
        NaiveDate::from_ymd_opt(year, month, day).ok_or_else(|| {
            bad(Message::new("error-daylio-no-such-day")
                .with("text", &date_text)
                .with("year", year_text.clone()))
        })
    }
}

/// The entries as mood notes, and every mood name in the file. Entries whose mood has no
/// number yet are left out until she gives one, but are read and checked all the same, so a
/// file that previews well does not fail once she has numbered her moods.
pub(super) fn read<Tz: TimeZone>(
    text: &str,
    moods: &MoodMap,
    now: DateTime<Utc>,
    tz: &Tz,
    language: Language,
) -> Result<DaylioFile> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(text.as_bytes());
    let header = reader.headers().map_err(|e| csv_problem(text, &e))?.clone();
    let layout = Layout::of(&header)?;
    let mut snapshot = Snapshot::empty(now);
    let mut names: Vec<MoodName> = Vec::new();
    let mut last_line = 1;
    // Entries already seen at each date and time, for the ids of entries that share a minute.
    let mut seen: HashMap<(NaiveDate, NaiveTime), u32> = HashMap::new();
    // Lines of entries whose activities went past the tag limit, for the notice.
    let mut crowded: Vec<usize> = Vec::new();
    let mut unknown_used = vec![false; layout.unknown.len()];
    let mut lines = Lines::new(text);
    for record in reader.records() {
        let record = record.map_err(|e| csv_problem(text, &e))?;
        let line = record.position().map_or(0, |p| lines.at(p));
        last_line = line;
        let field = |i: Option<usize>| {
            i.and_then(|i| record.get(i))
                .unwrap_or_default()
                .trim()
                .to_owned()
        };
        let problem = |why: Reason| on_line(line, why);
        for (used, (i, _)) in unknown_used.iter_mut().zip(&layout.unknown) {
            *used |= !field(Some(*i)).is_empty();
        }

        let date = layout.day(&field).map_err(|e| problem(e.words()))?;
        let time_text = field(Some(layout.time));
        let time = parse_time(&time_text).ok_or_else(|| {
            problem(
                Message::new("error-daylio-time")
                    .with("text", &time_text)
                    .into(),
            )
        })?;
        let mood_name = field(Some(layout.mood));
        if mood_name.is_empty() {
            return Err(problem("error-daylio-mood-empty".into()));
        }
        let mood = moods.mood(&mood_name);
        match names
            .iter_mut()
            .find(|n| fold_tag(&n.name) == fold_tag(&mood_name))
        {
            Some(known) => known.entries += 1,
            None => names.push(MoodName {
                name: mood_name.clone(),
                entries: 1,
                mood,
            }),
        }

        let mut tags: Vec<String> = Vec::new();
        let mut rest: Vec<String> = Vec::new();
        let activities = field(layout.activities);
        for activity in activities
            .split('|')
            .map(str::trim)
            .filter(|a| !a.is_empty())
        {
            let tag = clean_tag(activity).map_err(|e| problem(e.words()))?;
            if tags
                .iter()
                .chain(&rest)
                .any(|t| fold_tag(t) == fold_tag(&tag))
            {
                continue;
            }
            // The tag limit is the app's own; the file still comes in whole, the rest kept
            // in the note where she can read them.
            if tags.len() < TAGS_PER_NOTE_MAX {
                tags.push(tag);
            } else {
                rest.push(tag);
            }
        }
        // A line break inside a quoted note is the file's own (CRLF on some phones); in the
        // app a note's lines are broken with LF alone.
        let mut parts: Vec<String> = [field(layout.note_title), field(layout.note)]
            .into_iter()
            .filter(|p| !p.is_empty())
            .map(|p| p.replace("\r\n", "\n"))
            .collect();
        if !rest.is_empty() {
            parts.push(say(
                language,
                "import-daylio-also",
                &[("activities", rest.join(", ").into())],
            ));
        }
        let note = parts.join("\n\n");
        if !rest.is_empty() && note.chars().count() > NOTE_MAX {
            return Err(problem(
                Message::new("error-daylio-note-too-long")
                    .with("tags", TAGS_PER_NOTE_MAX)
                    .with("max", NOTE_MAX)
                    .into(),
            ));
        }

        let written_at = resolve_local(date.and_time(time), tz);
        // The same checks as a note she types in the app; an entry still waiting for its
        // mood's number is checked as an okay day, its mood being the one thing not known yet.
        let input = MoodNoteInput {
            mood: i64::from(mood.unwrap_or(3)),
            note,
            tags,
            energy: None,
            sleep_hours: None,
            written_at: Some(written_at),
        };
        let details = input.validate(now, tz).map_err(|e| problem(e.words()))?;
        let Some(mood) = mood else {
            continue;
        };
        if !rest.is_empty() {
            crowded.push(line);
        }
        // The id comes from when the entry was, not what it says: renaming a mood or an
        // activity in Daylio, or editing a note, and exporting again adds nothing twice.
        let nth = seen.entry((date, time)).or_insert(0);
        *nth += 1;
        let key = format!("{date}T{time}#{nth}");
        let id = MoodNoteId::parse(&uuid::Uuid::new_v5(&NAMESPACE, key.as_bytes()).to_string())?;
        snapshot.mood_notes.push(MoodNoteRecord {
            id,
            mood,
            note: details.note,
            tags: details.tags,
            energy: None,
            sleep_hours: None,
            written_at,
            local_date: date,
            // Daylio keeps no edit times; the entry's own time makes a second import a no-op.
            created_at: written_at,
            updated_at: written_at,
        });
    }
    // Quotes come in pairs (a quote inside a note is doubled); one left open means the file
    // stops inside a note, and that note would come in cut short.
    if text.matches('"').count() % 2 == 1 {
        return Err(on_line(last_line, "error-daylio-quote-open".into()));
    }

    let mut notices = Vec::new();
    if !crowded.is_empty() {
        notices.push(say(
            language,
            "import-daylio-crowded",
            &[
                ("count", crowded.len().into()),
                ("max", TAGS_PER_NOTE_MAX.into()),
                ("lines", lines_words(language, &crowded).into()),
            ],
        ));
    }
    let left_out: Vec<String> = layout
        .unknown
        .iter()
        .zip(&unknown_used)
        .filter(|(_, used)| **used)
        .map(|((_, name), _)| {
            let name: String = name.chars().take(40).collect();
            say(language, "import-quoted", &[("text", name.into())])
        })
        .collect();
    if !left_out.is_empty() {
        notices.push(say(
            language,
            "import-daylio-columns-left-out",
            &[
                ("count", left_out.len().into()),
                ("columns", words::and_list(language, &left_out).into()),
            ],
        ));
    }
    Ok(DaylioFile {
        snapshot,
        moods: names,
        notices,
    })
}

/// "line 14" or "lines 14, 88", and how many more past the first few.
fn lines_words(language: Language, lines: &[usize]) -> String {
    let shown: Vec<String> = lines
        .iter()
        .take(LINES_SHOWN)
        .map(usize::to_string)
        .collect();
    let more = lines.len().saturating_sub(LINES_SHOWN);
    if more > 0 {
        say(
            language,
            "import-lines-and-more",
            &[("numbers", shown.join(", ").into()), ("more", more.into())],
        )
    } else {
        say(
            language,
            "import-lines",
            &[
                ("count", lines.len().into()),
                ("numbers", shown.join(", ").into()),
            ],
        )
    }
}

/// A time as Daylio writes it in any language Village speaks: "17:01", "5:01 PM",
/// "05:01 p.m.", Spanish "5:01 p. m.", with any kind of space before the half of the day.
pub(super) fn parse_time(text: &str) -> Option<NaiveTime> {
    let compact: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '.')
        .flat_map(char::to_lowercase)
        .collect();
    let (clock, afternoon) = match compact.strip_suffix("pm") {
        Some(clock) => (clock, Some(true)),
        None => match compact.strip_suffix("am") {
            Some(clock) => (clock, Some(false)),
            None => (compact.as_str(), None),
        },
    };
    let parts: Vec<&str> = clock.split(':').collect();
    let number = |part: &str, widths: std::ops::RangeInclusive<usize>| {
        if widths.contains(&part.len()) && part.chars().all(|c| c.is_ascii_digit()) {
            part.parse::<u32>().ok()
        } else {
            None
        }
    };
    let (hour, minute, second) = match parts.as_slice() {
        [h, m] => (number(h, 1..=2)?, number(m, 2..=2)?, 0),
        [h, m, s] => (number(h, 1..=2)?, number(m, 2..=2)?, number(s, 2..=2)?),
        _ => return None,
    };
    let hour = match afternoon {
        None => hour,
        Some(_) if !(1..=12).contains(&hour) => return None,
        Some(afternoon) => hour % 12 + if afternoon { 12 } else { 0 },
    };
    NaiveTime::from_hms_opt(hour, minute, second)
}

/// The month and day of the older layout's `date`, written in the phone's language: "June 22",
/// "22 June", "jun. 22", "22 de junio", "22 de Septiembre", in English or Spanish, full or
/// short, in any case, with or without accents and periods.
pub(super) fn month_day(text: &str) -> Option<(u32, u32)> {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    let folded: String = text
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect();
    let mut month = None;
    let mut day = None;
    let words = folded
        .split(|c: char| c.is_whitespace() || matches!(c, '.' | ','))
        .filter(|w| !w.is_empty() && *w != "de");
    for word in words {
        // "22nd" as well as "22".
        let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let number = if !digits.is_empty()
            && digits.len() <= 2
            && digits.chars().all(|c| c.is_ascii_digit())
            && ["", "st", "nd", "rd", "th"].contains(&&word[digits.len()..])
        {
            digits.parse::<u32>().ok()
        } else {
            None
        };
        match number {
            Some(n) if day.is_none() => day = Some(n),
            Some(_) => return None,
            None if month.is_none() => month = Some(month_number(word)?),
            None => return None,
        }
    }
    Some((month?, day?))
}

/// A month's number from its English or Spanish name, full or short, folded to lower case
/// without accents.
fn month_number(word: &str) -> Option<u32> {
    const MONTHS: [&[&str]; 12] = [
        &["january", "jan", "enero", "ene"],
        &["february", "feb", "febrero"],
        &["march", "mar", "marzo"],
        &["april", "apr", "abril", "abr"],
        &["may", "mayo"],
        &["june", "jun", "junio"],
        &["july", "jul", "julio"],
        &["august", "aug", "agosto", "ago"],
        &["september", "sep", "sept", "septiembre", "setiembre", "set"],
        &["october", "oct", "octubre"],
        &["november", "nov", "noviembre"],
        &["december", "dec", "diciembre", "dic"],
    ];
    MONTHS
        .iter()
        .position(|names| names.contains(&word))
        .and_then(|i| u32::try_from(i + 1).ok())
}

/// The line a record starts on. The csv crate's own count lags by one after a CRLF, so the
/// line is counted from the byte offset, past the line break the record follows. Records come
/// in order, so the count goes on from the last one: a file is read once, not once per row.
struct Lines<'a> {
    bytes: &'a [u8],
    offset: usize,
    line: usize,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Lines<'a> {
        Lines {
            bytes: text.as_bytes(),
            offset: 0,
            line: 1,
        }
    }

    fn at(&mut self, position: &csv::Position) -> usize {
        let mut offset = usize::try_from(position.byte())
            .unwrap_or(self.bytes.len())
            .min(self.bytes.len());
        while offset < self.bytes.len() && matches!(self.bytes[offset], b'\r' | b'\n') {
            offset += 1;
        }
        if offset < self.offset {
            self.offset = 0;
            self.line = 1;
        }
        self.line += self.bytes[self.offset..offset]
            .iter()
            .filter(|b| **b == b'\n')
            .count();
        self.offset = offset;
        self.line
    }
}

/// The csv crate's errors in her words, with the line.
fn csv_problem(text: &str, error: &csv::Error) -> Error {
    let line = error.position().map_or(1, |p| Lines::new(text).at(p));
    let why = match error.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => Message::new("error-csv-columns")
            .with("columns", *len)
            .with("expected", *expected_len),
        csv::ErrorKind::Utf8 { .. } => Message::new("error-csv-not-utf8"),
        _ => Message::new("error-csv-unreadable"),
    };
    on_line(line, why.into())
}

/// A problem on one line of the file: "Line 14: …".
fn on_line(line: usize, why: Reason) -> Error {
    Error::invalid(
        "file",
        Reason::from(Message::new("error-on-line").with("line", line)).with_part("reason", why),
    )
}
