//! Journal: mood notes with tags, energy and sleep; the calendar day each belongs to; search,
//! month and trend summaries.

mod search;
mod trends;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use serde::{Deserialize, Serialize};

pub use search::{SearchTerms, Segment, fts_query, segments};
pub use trends::{DayMood, Trends, WeekMood, week_buckets};

use crate::catalog::Message;
use crate::error::{Error, Result};
pub use crate::id::{MoodNoteId, TagId};
use crate::text;
use crate::time::day_of;

pub const NOTE_MAX: usize = 20_000;
pub const TAG_MAX: usize = 40;
pub const TAGS_PER_NOTE_MAX: usize = 20;
/// How many notes a page of the timeline or of search results holds at most.
pub const PAGE_MAX: u32 = 200;
/// How long a deleted note can be brought back before it is purged, text and all.
pub const UNDO_GRACE: chrono::Duration = chrono::Duration::minutes(2);

/// The five moods' English words, from the hardest to the best, as the CSV export's data
/// column writes them in every language; what she reads comes from `mood_word`.
pub const MOOD_WORDS: [&str; 5] = ["Very hard", "Hard", "Okay", "Good", "Great"];

/// A mood's word (and the UI adds a face), never a colour alone; the same catalog messages as
/// the mood choices. Anything out of range reads as the middle one.
pub fn mood_word(mood: u8) -> Message {
    match mood {
        1 => Message::new("mood-1"),
        2 => Message::new("mood-2"),
        4 => Message::new("mood-4"),
        5 => Message::new("mood-5"),
        _ => Message::new("mood-3"),
    }
}

/// A tag name as she typed it, tidied: trimmed, inner spaces collapsed, 1 to 40 characters.
pub fn clean_tag(name: &str) -> Result<String> {
    let collapsed = name.split_whitespace().collect::<Vec<_>>().join(" ");
    let label = Message::new("error-label-tag");
    let clean = text::required_line("tag", label.clone(), &collapsed, TAG_MAX)?;
    if name.chars().any(char::is_control) {
        return Err(text::hidden_character("tag", label.into()));
    }
    Ok(clean)
}

/// Tags match ignoring case in any script: "Tired" and "TIRED" are one tag.
pub fn fold_tag(name: &str) -> String {
    name.to_lowercase()
}

/// A mood note as she enters it, before checking.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct MoodNoteInput {
    pub mood: i64,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub energy: Option<i64>,
    /// Hours slept, in steps of half an hour.
    #[serde(default)]
    pub sleep_hours: Option<f64>,
    /// When it was written. Absent means now for a new note, and unchanged for an edit, so an
    /// edit never moves a note in time by accident.
    #[serde(default)]
    pub written_at: Option<DateTime<Utc>>,
}

impl MoodNoteInput {
    pub fn new(mood: i64, written_at: DateTime<Utc>) -> Self {
        Self {
            mood,
            note: String::new(),
            tags: Vec::new(),
            energy: None,
            sleep_hours: None,
            written_at: Some(written_at),
        }
    }

    pub fn with_note(mut self, note: &str) -> Self {
        self.note = note.to_owned();
        self
    }

    pub fn with_tags(mut self, tags: &[&str]) -> Self {
        self.tags = tags.iter().map(|t| (*t).to_owned()).collect();
        self
    }

    /// Checks every field against the rules; nothing is stored when one fails.
    pub fn validate<Tz: TimeZone>(&self, now: DateTime<Utc>, tz: &Tz) -> Result<MoodNoteDetails> {
        let mood = u8::try_from(self.mood)
            .ok()
            .filter(|m| (1..=5).contains(m))
            .ok_or_else(|| Error::invalid("mood", "error-mood"))?;
        let note = text::optional_text(
            "note",
            Message::new("error-label-note"),
            &self.note,
            NOTE_MAX,
        )?;
        let energy = match self.energy {
            None => None,
            Some(e) => Some(
                u8::try_from(e)
                    .ok()
                    .filter(|e| (1..=5).contains(e))
                    .ok_or_else(|| Error::invalid("energy", "error-energy"))?,
            ),
        };
        let sleep_half_hours = match self.sleep_hours {
            None => None,
            Some(hours) => {
                let halves = hours * 2.0;
                if !(0.0..=48.0).contains(&halves) || halves.fract() != 0.0 {
                    return Err(Error::invalid("sleep_hours", "error-sleep-hours"));
                }
                // In range and whole, so the cast is exact.
                Some(halves as u8)
            }
        };
        if self.written_at.is_some_and(|at| at > now) {
            return Err(Error::invalid("written_at", "error-note-future"));
        }
        if self.tags.len() > TAGS_PER_NOTE_MAX {
            return Err(Error::invalid(
                "tags",
                Message::new("error-too-many-tags").with("max", TAGS_PER_NOTE_MAX),
            ));
        }
        let mut tags: Vec<String> = Vec::with_capacity(self.tags.len());
        for tag in &self.tags {
            let clean = clean_tag(tag)?;
            if !tags.iter().any(|t| fold_tag(t) == fold_tag(&clean)) {
                tags.push(clean);
            }
        }
        Ok(MoodNoteDetails {
            mood,
            note,
            tags,
            energy,
            sleep_half_hours,
            when: self.written_at.map(|at| (at, day_of(at, tz))),
        })
    }
}

/// A mood note after checking: what the store writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MoodNoteDetails {
    pub mood: u8,
    pub note: String,
    pub tags: Vec<String>,
    pub energy: Option<u8>,
    pub sleep_half_hours: Option<u8>,
    /// The instant and her day then; None when she did not say (see `MoodNoteInput`).
    pub when: Option<(DateTime<Utc>, NaiveDate)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MoodNote {
    pub id: MoodNoteId,
    pub mood: u8,
    pub note: String,
    pub tags: Vec<String>,
    pub energy: Option<u8>,
    pub sleep_half_hours: Option<u8>,
    pub written_at: DateTime<Utc>,
    pub local_date: NaiveDate,
    pub updated_at: DateTime<Utc>,
}

/// Where the next page of the timeline starts: after this note, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cursor {
    pub written_at: DateTime<Utc>,
    pub id: MoodNoteId,
}

/// Which notes the timeline shows; every part is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct JournalFilter {
    pub tag: Option<String>,
    pub mood: Option<u8>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

impl JournalFilter {
    pub fn validate(&self) -> Result<()> {
        if self.mood.is_some_and(|m| !(1..=5).contains(&m)) {
            return Err(Error::invalid("mood", "error-mood"));
        }
        Ok(())
    }

    pub fn day(date: NaiveDate) -> Self {
        Self {
            from: Some(date),
            to: Some(date),
            ..Self::default()
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Page<T> {
    pub items: Vec<T>,
    /// Present when there may be more.
    pub next: Option<Cursor>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Tag {
    pub id: TagId,
    pub name: String,
    /// How many notes carry it.
    pub count: i64,
}

#[cfg(test)]
mod tests;
