//! Her data in and out: the Village export file (documented in `docs/export-format.md`), the
//! other formats it is written as, and the files it is read from (Village JSON, Daylio CSV,
//! vCard). Every reader produces the same `Snapshot`, so one store method applies them all.

mod daylio;
mod text_formats;
mod vcard;

#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};
use serde::{Deserialize, Serialize};

pub use daylio::{DAYLIO_HEADER, DEFAULT_MOODS, MoodMap, MoodName};
pub use text_formats::{journal_csv, journal_markdown};

use crate::catalog::{self, Language, Message, say, word};
use crate::circle::{
    Birthday, BirthdayInput, CheckInId, CheckInKind, NewCheckIn, PersonId, PersonInput,
    Relationship,
};
use crate::error::{Error, Reason, Result};
use crate::groups::{Group, GroupId, GroupInput, GroupKind, Schedule, ScheduleInput};
use crate::journal::{self, MoodNoteId, MoodNoteInput, TagId};
use crate::reach::{ReadyMessageId, check_ready_text};
use crate::safety_plan::{SafetyPlanInput, StepInput};
use crate::self_check::{SelfCheckId, SelfCheckInput};
use crate::time::day_of;
use crate::words;

/// The `format` every Village export names, so a stray JSON file is never taken for one.
pub const FORMAT: &str = "village-export";
/// The export format's version; an import refuses a newer one rather than guess at it.
pub const VERSION: u32 = 1;
/// The largest file an import reads: far beyond 100,000 notes, short of filling memory.
pub const IMPORT_MAX_BYTES: usize = 256 * 1024 * 1024;
/// How many rows an import's preview shows.
pub const PREVIEW_ROWS: usize = 5;

/// Everything in Village, or the part a file brings, in the export file's shape.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    pub format: String,
    pub version: u32,
    pub exported_at: DateTime<Utc>,
    #[serde(default)]
    pub people: Vec<PersonRecord>,
    #[serde(default)]
    pub check_ins: Vec<CheckInRecord>,
    #[serde(default)]
    pub mood_notes: Vec<MoodNoteRecord>,
    #[serde(default)]
    pub tags: Vec<TagRecord>,
    #[serde(default)]
    pub groups: Vec<GroupRecord>,
    #[serde(default)]
    pub self_checks: Vec<SelfCheckRecord>,
    #[serde(default)]
    pub safety_plan: Vec<SafetyPlanStepRecord>,
    /// Her own ready messages (Village's are in the catalog and never exported).
    #[serde(default)]
    pub ready_messages: Vec<ReadyMessageRecord>,
    #[serde(default)]
    pub settings: BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonRecord {
    pub id: PersonId,
    pub name: String,
    pub relationship: Relationship,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub reach: String,
    #[serde(default)]
    pub cadence_days: Option<u32>,
    #[serde(default)]
    pub birthday: Option<Birthday>,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub pinned: bool,
    #[serde(default)]
    pub paused: bool,
    #[serde(default)]
    pub reminders_muted: bool,
    #[serde(default)]
    pub snoozed_until: Option<NaiveDate>,
    #[serde(default)]
    pub archived_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckInRecord {
    pub id: CheckInId,
    #[serde(default)]
    pub person_id: Option<PersonId>,
    #[serde(default)]
    pub group_id: Option<GroupId>,
    #[serde(default)]
    pub meeting_start: Option<DateTime<Utc>>,
    #[serde(default)]
    pub mood_note_id: Option<MoodNoteId>,
    pub happened_at: DateTime<Utc>,
    pub kind: CheckInKind,
    #[serde(default)]
    pub note: String,
    /// The time on her clock when it happened, where she was; absent when not known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_at: Option<NaiveDateTime>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MoodNoteRecord {
    pub id: MoodNoteId,
    /// 1 (very hard) to 5 (great).
    pub mood: u8,
    #[serde(default)]
    pub note: String,
    /// Tag names, as she sees them.
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub energy: Option<u8>,
    #[serde(default)]
    pub sleep_hours: Option<f64>,
    pub written_at: DateTime<Utc>,
    /// The day it belongs to in her calendar when she wrote it.
    pub local_date: NaiveDate,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TagRecord {
    pub id: TagId,
    pub name: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupRecord {
    pub id: GroupId,
    pub name: String,
    pub kind: GroupKind,
    #[serde(default)]
    pub place: String,
    #[serde(default)]
    pub link: String,
    #[serde(default)]
    pub contact: String,
    #[serde(default)]
    pub notes: String,
    pub schedule: ScheduleRecord,
    #[serde(default)]
    pub revision: i64,
    #[serde(default)]
    pub reminders_muted: bool,
    pub remind_minutes_before: u32,
    #[serde(default)]
    pub archived_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A group's schedule as it is stored: `repeats` is weekly, every_other_week, monthly, once or
/// none; the other fields are those that kind of schedule uses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScheduleRecord {
    pub repeats: String,
    #[serde(default)]
    pub weekdays: Option<Vec<String>>,
    #[serde(default)]
    pub nth: Option<i64>,
    #[serde(default)]
    pub on_date: Option<NaiveDate>,
    #[serde(default)]
    pub start_time: Option<String>,
    #[serde(default)]
    pub duration_minutes: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SelfCheckRecord {
    pub id: SelfCheckId,
    /// "phq9" or "gad7".
    pub kind: String,
    /// One answer per item, 0 to 3, in the form's order.
    pub answers: Vec<u8>,
    #[serde(default)]
    pub difficulty: Option<u8>,
    pub score: u8,
    pub taken_at: DateTime<Utc>,
    pub local_date: NaiveDate,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SafetyPlanStepRecord {
    pub step: u8,
    #[serde(default)]
    pub text: String,
    /// People from `people`, in the order she listed them.
    #[serde(default)]
    pub people: Vec<PersonId>,
    pub updated_at: DateTime<Utc>,
}

/// One of her own ready messages: 1 to 500 characters, line breaks kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReadyMessageRecord {
    pub id: ReadyMessageId,
    pub text: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// The file formats Village writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    Json,
    Csv,
    Markdown,
    Ics,
}

impl ExportFormat {
    pub const ALL: [ExportFormat; 4] = [
        ExportFormat::Json,
        ExportFormat::Csv,
        ExportFormat::Markdown,
        ExportFormat::Ics,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ExportFormat::Json => "json",
            ExportFormat::Csv => "csv",
            ExportFormat::Markdown => "markdown",
            ExportFormat::Ics => "ics",
        }
    }

    pub fn parse(text: &str) -> Result<Self> {
        Self::ALL
            .into_iter()
            .find(|f| f.as_str() == text.trim())
            .ok_or_else(|| Error::invalid("format", "error-export-format"))
    }

    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Json => "json",
            ExportFormat::Csv => "csv",
            ExportFormat::Markdown => "md",
            ExportFormat::Ics => "ics",
        }
    }

    /// The file name a save dialog suggests, dated so exports never overwrite each other.
    pub fn file_name(self, today: NaiveDate) -> String {
        let what = match self {
            ExportFormat::Json => "village",
            ExportFormat::Csv => "village-mood-notes",
            ExportFormat::Markdown => "village-journal",
            ExportFormat::Ics => "village-groups",
        };
        format!("{what}-{today}.{}", self.extension())
    }
}

/// The files Village reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ImportFormat {
    /// A Village export (JSON).
    Json,
    Daylio,
    Vcard,
}

impl ImportFormat {
    pub const ALL: [ImportFormat; 3] = [
        ImportFormat::Json,
        ImportFormat::Daylio,
        ImportFormat::Vcard,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ImportFormat::Json => "json",
            ImportFormat::Daylio => "daylio",
            ImportFormat::Vcard => "vcard",
        }
    }

    pub fn parse(text: &str) -> Result<Self> {
        Self::ALL
            .into_iter()
            .find(|f| f.as_str() == text.trim())
            .ok_or_else(|| Error::invalid("format", "error-import-format"))
    }

    /// What a file of this format is, as a file dialog's filter names it.
    pub fn words(self) -> Message {
        match self {
            ImportFormat::Json => Message::new("import-format-json"),
            ImportFormat::Daylio => Message::new("import-format-daylio"),
            ImportFormat::Vcard => Message::new("import-format-vcard"),
        }
    }

    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            ImportFormat::Json => &["json"],
            ImportFormat::Daylio => &["csv"],
            ImportFormat::Vcard => &["vcf", "vcard"],
        }
    }
}

/// A file read and checked, ready to preview or apply.
#[derive(Debug, Clone, PartialEq)]
pub struct Incoming {
    pub format: ImportFormat,
    pub snapshot: Snapshot,
    /// Daylio's mood names, with the number each maps to (None until she says).
    pub moods: Vec<MoodName>,
    /// Parts of the file that could not be read and are left out (a broken contact card).
    pub skipped: Vec<String>,
    /// What she should know about how the file was read, though nothing was left out (an
    /// entry's activities past the tag limit kept in its note).
    pub notices: Vec<String>,
}

impl Incoming {
    /// Reads a file in `format`. `tz` is hers: Daylio's times are local. A broken file is an
    /// error that says where; nothing is applied from it. What she is told about how it was
    /// read (and what an import writes into her notes) is in `language`.
    pub fn read<Tz: TimeZone>(
        format: ImportFormat,
        bytes: &[u8],
        moods: &MoodMap,
        now: DateTime<Utc>,
        tz: &Tz,
        language: Language,
    ) -> Result<Incoming> {
        if bytes.len() > IMPORT_MAX_BYTES {
            return Err(Error::invalid(
                "file",
                Message::new("error-file-too-large")
                    .with("megabytes", IMPORT_MAX_BYTES / (1024 * 1024)),
            ));
        }
        let text = std::str::from_utf8(bytes).map_err(|e| {
            Error::invalid(
                "file",
                Message::new("error-file-not-utf8").with("line", line_of(bytes, e.valid_up_to())),
            )
        })?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let today = day_of(now, tz);
        match format {
            ImportFormat::Json => {
                let snapshot = Snapshot::from_json(text)?;
                snapshot.check(now, tz)?;
                Ok(Incoming {
                    format,
                    snapshot,
                    moods: Vec::new(),
                    skipped: Vec::new(),
                    notices: Vec::new(),
                })
            }
            ImportFormat::Daylio => {
                let file = daylio::read(text, moods, now, tz, language)?;
                file.snapshot.check(now, tz)?;
                Ok(Incoming {
                    format,
                    snapshot: file.snapshot,
                    moods: file.moods,
                    skipped: Vec::new(),
                    notices: file.notices,
                })
            }
            ImportFormat::Vcard => {
                let (snapshot, skipped) = vcard::read(text, now, today, language)?;
                snapshot.check(now, tz)?;
                Ok(Incoming {
                    format,
                    snapshot,
                    moods: Vec::new(),
                    skipped,
                    notices: Vec::new(),
                })
            }
        }
    }

    /// Moods in the file that she has not yet given a number; the import waits for them.
    pub fn unmapped_moods(&self) -> Vec<&str> {
        self.moods
            .iter()
            .filter(|m| m.mood.is_none())
            .map(|m| m.name.as_str())
            .collect()
    }

    /// The first rows she will see before saying yes.
    pub fn first_rows(&self) -> Vec<PreviewRow> {
        let notes = self.snapshot.mood_notes.iter().map(|n| PreviewRow {
            what: Previewed::Note {
                date: n.local_date,
                mood: n.mood,
            },
            detail: preview_detail(&n.tags.join(", "), &n.note),
        });
        let people = self.snapshot.people.iter().map(|p| PreviewRow {
            what: Previewed::Person {
                name: p.name.clone(),
            },
            detail: [p.phone.as_str(), p.email.as_str()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" \u{b7} "),
        });
        notes.chain(people).take(PREVIEW_ROWS).collect()
    }
}

fn preview_detail(tags: &str, note: &str) -> String {
    const SHOWN: usize = 120;
    let mut note: String = note.split_whitespace().collect::<Vec<_>>().join(" ");
    if note.chars().count() > SHOWN {
        note = note.chars().take(SHOWN).collect::<String>() + "\u{2026}";
    }
    [tags, note.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" \u{b7} ")
}

/// One row of an import's preview: what it is (its title, in her language from `title`) and
/// her own words from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreviewRow {
    pub what: Previewed,
    pub detail: String,
}

/// What a preview row shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Previewed {
    Note { date: NaiveDate, mood: u8 },
    Person { name: String },
}

impl PreviewRow {
    /// "Sat, Dec 5, 2026 · Good", or the person's name.
    pub fn title(&self, language: Language) -> String {
        match &self.what {
            Previewed::Note { date, mood } => say(
                language,
                "import-preview-note",
                &[
                    ("date", catalog::date(language, "date-medium", *date).into()),
                    ("mood", journal::mood_word(*mood).render(language).into()),
                ],
            ),
            Previewed::Person { name } => name.clone(),
        }
    }
}

/// How many records of each kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub people: u64,
    pub check_ins: u64,
    pub mood_notes: u64,
    pub tags: u64,
    pub groups: u64,
    pub self_checks: u64,
    pub safety_plan_steps: u64,
    pub ready_messages: u64,
    pub settings: u64,
}

impl Counts {
    pub fn total(&self) -> u64 {
        self.people
            + self.check_ins
            + self.mood_notes
            + self.tags
            + self.groups
            + self.self_checks
            + self.safety_plan_steps
            + self.ready_messages
            + self.settings
    }

    /// "12 mood notes and 3 tags", or "nothing".
    pub fn words(&self, language: Language) -> String {
        let count = |id: &str, n: u64| say(language, id, &[("count", n.into())]);
        let parts: Vec<String> = [
            (
                self.mood_notes,
                count("import-count-mood-notes", self.mood_notes),
            ),
            (self.people, count("import-count-people", self.people)),
            (
                self.check_ins,
                count("import-count-check-ins", self.check_ins),
            ),
            (self.groups, count("import-count-groups", self.groups)),
            (self.tags, count("import-count-tags", self.tags)),
            (
                self.self_checks,
                count("import-count-self-checks", self.self_checks),
            ),
            (
                self.safety_plan_steps,
                count("import-count-safety-plan-steps", self.safety_plan_steps),
            ),
            (
                self.ready_messages,
                count("reach-import-count-messages", self.ready_messages),
            ),
            (self.settings, count("import-count-settings", self.settings)),
        ]
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(_, words)| words)
        .collect();
        if parts.is_empty() {
            return word(language, "import-count-nothing");
        }
        words::and_list(language, &parts)
    }
}

/// What an import did, or would do: a preview is the same work, rolled back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ImportReport {
    pub format: ImportFormat,
    pub applied: bool,
    /// New records.
    pub added: Counts,
    /// Records already here that the file has a newer copy of.
    pub updated: Counts,
    /// Records already here, as the file has them or newer.
    pub unchanged: Counts,
    /// Shown with their titles in her language (`PreviewRow::title`), so not serialized here.
    #[serde(skip)]
    pub first: Vec<PreviewRow>,
    pub moods: Vec<MoodName>,
    pub skipped: Vec<String>,
    /// How parts of the file were kept, said in full (see `Incoming::notices`).
    pub notices: Vec<String>,
}

impl ImportReport {
    /// One sentence for the preview or the result: what it adds (or added), what it updates,
    /// and what was already here.
    pub fn words(&self, language: Language) -> String {
        let count = self.added.total();
        let added = self.added.words(language);
        let updated = self.updated.words(language);
        let mut sentence = match (self.applied, self.updated.total() > 0) {
            (true, false) => say(
                language,
                "import-added",
                &[("count", count.into()), ("added", added.into())],
            ),
            (true, true) => say(
                language,
                "import-added-and-updated",
                &[
                    ("count", count.into()),
                    ("added", added.into()),
                    ("updated", updated.into()),
                ],
            ),
            (false, false) => say(
                language,
                "import-will-add",
                &[("count", count.into()), ("added", added.into())],
            ),
            (false, true) => say(
                language,
                "import-will-add-and-update",
                &[
                    ("count", count.into()),
                    ("added", added.into()),
                    ("updated", updated.into()),
                ],
            ),
        };
        if self.unchanged.total() > 0 {
            sentence.push(' ');
            sentence.push_str(&say(
                language,
                "import-unchanged",
                &[
                    ("count", self.unchanged.total().into()),
                    ("unchanged", self.unchanged.words(language).into()),
                ],
            ));
        }
        sentence
    }
}

impl Snapshot {
    pub fn empty(now: DateTime<Utc>) -> Snapshot {
        Snapshot {
            format: FORMAT.to_owned(),
            version: VERSION,
            exported_at: now,
            people: Vec::new(),
            check_ins: Vec::new(),
            mood_notes: Vec::new(),
            tags: Vec::new(),
            groups: Vec::new(),
            self_checks: Vec::new(),
            safety_plan: Vec::new(),
            ready_messages: Vec::new(),
            settings: BTreeMap::new(),
        }
    }

    pub fn to_json(&self) -> String {
        // Every field is a string, number, bool, list or map of those: this cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default() + "\n"
    }

    /// Reads a Village export; a file that is not one says so, with the line at fault.
    pub fn from_json(text: &str) -> Result<Snapshot> {
        let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
            Error::invalid(
                "file",
                Message::new("error-json-unreadable")
                    .with("detail", json_problem(&e))
                    .with("line", e.line())
                    .with("column", e.column()),
            )
        })?;
        if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
            return Err(Error::invalid("file", "error-not-village-export"));
        }
        match value.get("version").and_then(serde_json::Value::as_u64) {
            Some(v) if (1..=u64::from(VERSION)).contains(&v) => {}
            Some(v) if v > u64::from(VERSION) => {
                return Err(Error::invalid(
                    "file",
                    Message::new("error-export-too-new")
                        .with("version", v)
                        .with("known", VERSION),
                ));
            }
            _ => {
                return Err(Error::invalid("file", "error-export-no-version"));
            }
        }
        serde_json::from_str(text).map_err(|e| {
            Error::invalid(
                "file",
                Message::new("error-export-field")
                    .with("detail", json_problem(&e))
                    .with("line", e.line())
                    .with("column", e.column()),
            )
        })
    }

    /// Checks every record with the same `validate` the app's own forms go through, so a
    /// file can bring in nothing she could not have typed; the first record that breaks a
    /// rule is named, and nothing is applied.
    pub fn check<Tz: TimeZone>(&self, now: DateTime<Utc>, tz: &Tz) -> Result<()> {
        let today = day_of(now, tz);
        for (i, p) in self.people.iter().enumerate() {
            p.input()
                .validate(today)
                .map_err(|e| at("people", i, &p.name, e))?;
        }
        for (i, c) in self.check_ins.iter().enumerate() {
            c.check(now).map_err(|e| at("check_ins", i, "", e))?;
        }
        for (i, n) in self.mood_notes.iter().enumerate() {
            n.input()
                .validate(now, tz)
                .map_err(|e| at("mood_notes", i, "", e))?;
        }
        for (i, t) in self.tags.iter().enumerate() {
            journal::clean_tag(&t.name).map_err(|e| at("tags", i, &t.name, e))?;
        }
        for (i, g) in self.groups.iter().enumerate() {
            g.input()
                .validate(today)
                .map_err(|e| at("groups", i, &g.name, e))?;
        }
        for (i, s) in self.self_checks.iter().enumerate() {
            s.check(now).map_err(|e| at("self_checks", i, "", e))?;
        }
        let plan = SafetyPlanInput {
            steps: self
                .safety_plan
                .iter()
                .map(|s| StepInput {
                    number: i64::from(s.step),
                    text: s.text.clone(),
                    people: s.people.iter().map(|p| p.to_string()).collect(),
                })
                .collect(),
        };
        plan.validate().map_err(|e| at("safety_plan", 0, "", e))?;
        for (i, m) in self.ready_messages.iter().enumerate() {
            check_ready_text(&m.text).map_err(|e| at("ready_messages", i, "", e))?;
        }
        // Settings are checked by the store, which owns their keys (`Store::import`).
        Ok(())
    }
}

/// Names the record a problem is in: "In people, number 3 (“Ana”): …".
fn at(list: &str, index: usize, name: &str, error: Error) -> Error {
    let record = if name.trim().is_empty() {
        Message::new("error-in-record")
    } else {
        Message::new("error-in-named-record")
            .with("name", name.chars().take(40).collect::<String>())
    };
    let record = record.with("list", list).with("number", index + 1);
    Error::invalid(
        "file",
        Reason::from(record).with_part("reason", error.words()),
    )
}

/// Names the setting a problem is in: "In settings, reminders.time_of_day: …".
pub(crate) fn in_setting(key: &str, error: Error) -> Error {
    Error::invalid(
        "file",
        Reason::from(Message::new("error-in-setting").with("key", key))
            .with_part("reason", error.words()),
    )
}

impl PersonRecord {
    /// The person as her form would send it.
    pub fn input(&self) -> PersonInput {
        PersonInput {
            name: self.name.clone(),
            relationship: self.relationship.as_str().to_owned(),
            phone: self.phone.clone(),
            email: self.email.clone(),
            reach: self.reach.clone(),
            cadence_days: self.cadence_days.map(i64::from),
            birthday: self.birthday.map(|b| BirthdayInput {
                month: i64::from(b.month),
                day: i64::from(b.day),
                year: b.year.map(i64::from),
            }),
            notes: self.notes.clone(),
            pinned: self.pinned,
            paused: self.paused,
        }
    }
}

impl CheckInRecord {
    /// A check-in with a person is checked as she logs one; a group's attendance has the same
    /// rules for its time and note.
    fn check(&self, now: DateTime<Utc>) -> Result<()> {
        if self.person_id.is_none() && self.group_id.is_none() {
            return Err(Error::invalid("check_in", "error-check-in-needs-owner"));
        }
        if self.meeting_start.is_some() && self.group_id.is_none() {
            return Err(Error::invalid(
                "check_in",
                "error-meeting-start-without-group",
            ));
        }
        NewCheckIn {
            // Attendance has no person; any id stands in, as only the time and note are checked.
            person_id: self.person_id.clone().unwrap_or_else(PersonId::new),
            happened_at: self.happened_at,
            kind: self.kind,
            note: self.note.clone(),
            local_at: self.local_at,
        }
        .validate(now)
        .map(|_| ())
    }
}

impl MoodNoteRecord {
    /// The note as the editor would send it, dated when it was written.
    pub fn input(&self) -> MoodNoteInput {
        MoodNoteInput {
            mood: i64::from(self.mood),
            note: self.note.clone(),
            tags: self.tags.clone(),
            energy: self.energy.map(i64::from),
            sleep_hours: self.sleep_hours,
            written_at: Some(self.written_at),
        }
    }
}

impl GroupRecord {
    /// The group as her form would send it.
    pub fn input(&self) -> GroupInput {
        GroupInput {
            name: self.name.clone(),
            kind: self.kind.as_str().to_owned(),
            place: self.place.clone(),
            link: self.link.clone(),
            contact: self.contact.clone(),
            notes: self.notes.clone(),
            schedule: self.schedule.input(),
            remind_minutes_before: Some(i64::from(self.remind_minutes_before)),
        }
    }

    /// The group as the file holds it.
    pub fn of(group: &Group) -> GroupRecord {
        GroupRecord {
            id: group.id.clone(),
            name: group.name.clone(),
            kind: group.kind,
            place: group.place.clone(),
            link: group.link.clone(),
            contact: group.contact.clone(),
            notes: group.notes.clone(),
            schedule: ScheduleRecord::of(&group.schedule),
            revision: group.revision,
            reminders_muted: group.muted,
            remind_minutes_before: group.remind_minutes_before,
            archived_at: group.archived_at,
            created_at: group.created_at,
            updated_at: group.updated_at,
        }
    }
}

impl ScheduleRecord {
    /// The schedule as the group form would send it; `ScheduleInput::validate` makes it a
    /// `Schedule`, and the store alone turns that into columns.
    pub fn input(&self) -> ScheduleInput {
        ScheduleInput {
            repeats: self.repeats.clone(),
            weekdays: self.weekdays.clone().unwrap_or_default(),
            nth: self.nth,
            date: self.on_date.map(|d| d.format("%Y-%m-%d").to_string()),
            time: self.start_time.clone(),
            duration_minutes: self.duration_minutes.map(i64::from),
        }
    }

    /// The schedule as the file holds it. An every-other-week schedule's weekday is its first
    /// date's, so the file does not repeat it.
    pub fn of(schedule: &Schedule) -> ScheduleRecord {
        let input = ScheduleInput::from(schedule);
        let weekdays = match input.repeats.as_str() {
            "weekly" | "monthly" => Some(input.weekdays),
            _ => None,
        };
        ScheduleRecord {
            repeats: input.repeats,
            weekdays,
            nth: input.nth,
            on_date: input
                .date
                .and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()),
            start_time: input.time,
            duration_minutes: input.duration_minutes.and_then(|m| u32::try_from(m).ok()),
        }
    }
}

impl SelfCheckRecord {
    /// The answers as the form would send them, and a score that is theirs.
    fn check(&self, now: DateTime<Utc>) -> Result<()> {
        if self.taken_at > now {
            return Err(Error::invalid("taken_at", "error-self-check-future"));
        }
        let answers = SelfCheckInput {
            kind: self.kind.clone(),
            answers: self.answers.iter().map(|a| Some(i64::from(*a))).collect(),
            difficulty: self.difficulty.map(i64::from),
        }
        .validate()?;
        if answers.score() != self.score {
            return Err(Error::invalid(
                "score",
                Message::new("error-score-mismatch")
                    .with("score", self.score)
                    .with("sum", answers.score()),
            ));
        }
        Ok(())
    }
}

/// serde_json's own words, without the position it repeats at the end.
fn json_problem(error: &serde_json::Error) -> String {
    let text = error.to_string();
    match text.rfind(" at line ") {
        Some(i) => text[..i].to_owned(),
        None => text,
    }
}

/// The 1-based line of a byte offset.
pub(crate) fn line_of(bytes: &[u8], offset: usize) -> usize {
    bytes[..offset.min(bytes.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}
