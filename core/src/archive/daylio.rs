//! Daylio's CSV export: `full_date,date,weekday,time,mood,activities,note_title,note`, one row
//! per entry, activities joined by " | ", notes quoted over several lines.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone, Utc};
use serde::Serialize;

use super::{Archive, MoodNoteRecord, check_mood_note};
use crate::error::{Error, Result};
use crate::groups::resolve_local;
use crate::journal::{MoodNoteId, clean_tag, fold_tag};

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
                    format!(
                        "\u{201c}{}\u{201d} needs a mood number: name=1 to 5.",
                        pair.trim()
                    ),
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
                    format!("\u{201c}{name}\u{201d} needs a mood from 1 to 5."),
                )
            })?;
        if name.is_empty() || name.chars().count() > 100 {
            return Err(Error::invalid(
                "mood_map",
                "A mood name is 1 to 100 characters.",
            ));
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

/// The entries as mood notes, and every mood name in the file. Entries whose mood has no
/// number yet are left out until she gives one.
pub(super) fn read<Tz: TimeZone>(
    text: &str,
    moods: &MoodMap,
    now: DateTime<Utc>,
    tz: &Tz,
) -> Result<(Archive, Vec<MoodName>)> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(text.as_bytes());
    let header = reader.headers().map_err(|e| csv_problem(text, &e))?.clone();
    let found: Vec<String> = header.iter().map(|h| h.trim().to_lowercase()).collect();
    if found != DAYLIO_HEADER {
        return Err(Error::invalid(
            "file",
            format!(
                "Line 1 is not Daylio's header. Village expects {}; this file has {}.",
                DAYLIO_HEADER.join(","),
                if found.join("").is_empty() {
                    "nothing".to_owned()
                } else {
                    found.join(",")
                }
            ),
        ));
    }
    let mut archive = Archive::empty(now);
    let mut names: Vec<MoodName> = Vec::new();
    let mut last_line = 1;
    // Entries already seen at each date and time, for the ids of entries that share a minute.
    let mut seen: HashMap<(NaiveDate, NaiveTime), u32> = HashMap::new();
    let mut lines = Lines::new(text);
    for record in reader.records() {
        let record = record.map_err(|e| csv_problem(text, &e))?;
        let line = record.position().map_or(0, |p| lines.at(p));
        last_line = line;
        let field = |i: usize| record.get(i).unwrap_or_default().trim();
        let problem = |why: String| Error::invalid("file", format!("Line {line}: {why}"));

        let date = NaiveDate::parse_from_str(field(0), "%Y-%m-%d").map_err(|_| {
            problem(format!(
                "\u{201c}{}\u{201d} is not a date (Daylio writes 2024-03-05).",
                field(0)
            ))
        })?;
        let time = parse_time(field(3)).ok_or_else(|| {
            problem(format!(
                "\u{201c}{}\u{201d} is not a time (Daylio writes 20:15 or 8:15 PM).",
                field(3)
            ))
        })?;
        let mood_name = field(4);
        if mood_name.is_empty() {
            return Err(problem("the mood is empty.".to_owned()));
        }
        let mood = moods.mood(mood_name);
        match names
            .iter_mut()
            .find(|n| fold_tag(&n.name) == fold_tag(mood_name))
        {
            Some(known) => known.entries += 1,
            None => names.push(MoodName {
                name: mood_name.to_owned(),
                entries: 1,
                mood,
            }),
        }
        let Some(mood) = mood else {
            continue;
        };
        let mut tags: Vec<String> = Vec::new();
        for activity in field(5).split('|').map(str::trim).filter(|a| !a.is_empty()) {
            let tag = clean_tag(activity).map_err(|e| problem(e.public_message()))?;
            if !tags.iter().any(|t| fold_tag(t) == fold_tag(&tag)) {
                tags.push(tag);
            }
        }
        let note = match (field(6), field(7)) {
            ("", note) => note.to_owned(),
            (title, "") => title.to_owned(),
            (title, note) => format!("{title}\n\n{note}"),
        };
        let written_at = resolve_local(date.and_time(time), tz);
        if written_at > now {
            return Err(problem(format!(
                "the entry is dated {date}, in the future."
            )));
        }
        // The id comes from when the entry was, not what it says: renaming a mood or an
        // activity in Daylio, or editing a note, and exporting again adds nothing twice.
        let nth = seen.entry((date, time)).or_insert(0);
        *nth += 1;
        let key = format!("{date}T{time}#{nth}");
        let id = MoodNoteId::parse(&uuid::Uuid::new_v5(&NAMESPACE, key.as_bytes()).to_string())?;
        let note = MoodNoteRecord {
            id,
            mood,
            note,
            tags,
            energy: None,
            sleep_hours: None,
            written_at,
            local_date: date,
            // Daylio keeps no edit times; the entry's own time makes a second import a no-op.
            created_at: written_at,
            updated_at: written_at,
        };
        check_mood_note(&note).map_err(|e| problem(e.public_message()))?;
        archive.mood_notes.push(note);
    }
    // Quotes come in pairs (a quote inside a note is doubled); one left open means the file
    // stops inside a note, and that note would come in cut short.
    if text.matches('"').count() % 2 == 1 {
        return Err(Error::invalid(
            "file",
            format!(
                "Line {last_line}: a quoted note is never closed. The file may be cut short; export it from Daylio again."
            ),
        ));
    }
    Ok((archive, names))
}

pub(super) fn parse_time(text: &str) -> Option<NaiveTime> {
    let upper = text.to_uppercase();
    ["%H:%M", "%I:%M %p", "%I:%M%p", "%H:%M:%S"]
        .iter()
        .find_map(|f| NaiveTime::parse_from_str(&upper, f).ok())
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
        } => format!(
            "it has {len} columns where Daylio's export has {expected_len}. The file may be cut short or not from Daylio."
        ),
        csv::ErrorKind::Utf8 { .. } => "it is not UTF-8 text.".to_owned(),
        _ => "Village could not read it as CSV.".to_owned(),
    };
    Error::invalid("file", format!("Line {line}: {why}"))
}
