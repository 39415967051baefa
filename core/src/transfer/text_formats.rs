//! Her journal as files other programs open: CSV for a spreadsheet, Markdown to read or print.

use chrono::{NaiveDate, TimeZone};

use super::MoodNoteRecord;
use crate::catalog::{Language, date, say, word};
use crate::journal::{MOOD_WORDS, mood_word};
use crate::words;

pub const CSV_HEADER: [&str; 9] = [
    "date",
    "time",
    "written_at",
    "mood",
    "mood_word",
    "energy",
    "sleep_hours",
    "tags",
    "note",
];

/// The CSV's `mood_word` column is data, the same in every language, for a spreadsheet's
/// formulas and for other programs.
fn csv_mood_word(mood: u8) -> &'static str {
    MOOD_WORDS[usize::from(mood.clamp(1, 5) - 1)]
}

/// One row per note, oldest first, in RFC 4180 CSV; tags are joined by " | " as Daylio does.
pub fn journal_csv<Tz: TimeZone>(notes: &[MoodNoteRecord], tz: &Tz) -> String {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    // Writing to memory cannot fail; a failure would only drop rows, which the tests catch.
    let _ = writer.write_record(CSV_HEADER);
    for n in chronological(notes) {
        let local = n.written_at.with_timezone(tz);
        let _ = writer.write_record([
            n.local_date.to_string(),
            local.naive_local().format("%H:%M").to_string(),
            n.written_at.to_rfc3339(),
            n.mood.to_string(),
            csv_mood_word(n.mood).to_owned(),
            n.energy.map(|e| e.to_string()).unwrap_or_default(),
            n.sleep_hours.map(|h| h.to_string()).unwrap_or_default(),
            n.tags.join(" | "),
            n.note.clone(),
        ]);
    }
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// The journal with one heading per day, oldest first, each note under its time, in her
/// language: it is a file to read or print, not to read back.
pub fn journal_markdown<Tz: TimeZone>(
    notes: &[MoodNoteRecord],
    tz: &Tz,
    language: Language,
) -> String {
    let mut out = format!("# {}\n", word(language, "journal-export-title"));
    let mut day: Option<NaiveDate> = None;
    for n in chronological(notes) {
        if day != Some(n.local_date) {
            day = Some(n.local_date);
            out.push_str(&format!(
                "\n## {}\n",
                date(language, "date-long", n.local_date)
            ));
        }
        let local = n.written_at.with_timezone(tz).naive_local();
        let heading = say(
            language,
            "journal-export-note",
            &[
                ("time", words::time(language, local.time()).into()),
                ("mood", mood_word(n.mood).render(language).into()),
                ("number", n.mood.into()),
            ],
        );
        out.push_str(&format!("\n### {heading}\n"));
        if !n.tags.is_empty() {
            let tags: Vec<String> = n.tags.iter().map(|t| escape(t)).collect();
            let tags = say(
                language,
                "journal-export-tags",
                &[("tags", tags.join(", ").into())],
            );
            out.push_str(&format!("\n*{tags}*\n"));
        }
        if !n.note.is_empty() {
            out.push('\n');
            let lines: Vec<String> = n.note.lines().map(escape).collect();
            // A trailing backslash is CommonMark's hard line break: her line breaks stay.
            out.push_str(&lines.join("\\\n"));
            out.push('\n');
        }
    }
    out
}

fn chronological(notes: &[MoodNoteRecord]) -> Vec<&MoodNoteRecord> {
    let mut sorted: Vec<&MoodNoteRecord> = notes.iter().collect();
    sorted.sort_by(|a, b| (a.written_at, &a.id).cmp(&(b.written_at, &b.id)));
    sorted
}

/// Her text shown as she wrote it: Markdown's marks and any HTML are escaped, so a note
/// can never become a heading, a list, a link or markup in whatever renders the file.
fn escape(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    for (i, c) in line.chars().enumerate() {
        let mark = matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|')
            || (i == 0 && matches!(c, '#' | '-' | '+' | '='));
        if mark {
            out.push('\\');
        }
        out.push(c);
    }
    // "1. " at the start would begin a numbered list.
    let digits = out.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && out[digits..].starts_with(['.', ')']) {
        out.insert(digits, '\\');
    }
    out
}
