//! The floor: the SQL village-core runs, copied here to run through rusqlite with nothing of
//! ours around it. `check` proves each copy is still in core's source, so the floor can never
//! drift from what it is the floor of.

pub const TIMELINE: &str = r#"SELECT json_group_array(json_object(
                      'id', m.id, 'mood', m.mood, 'note', m.note, 'energy', m.energy,
                      'sleep_half_hours', m.sleep_half_hours, 'written_at', m.written_at,
                      'local_date', m.local_date, 'updated_at', m.updated_at,
                      'tags', (SELECT group_concat(t.name, char(31)) FROM mood_note_tag nt
                                 JOIN tag t ON t.id = nt.tag_id WHERE nt.note_id = m.id))
                      ORDER BY m.written_at DESC, m.id DESC) AS "notes!: String"
               FROM (SELECT * FROM mood_note m
                     WHERE m.deleted_at IS NULL
                       AND m.written_at <= ?1 AND (m.written_at < ?1 OR m.id < ?2)
                       AND (?3 IS NULL OR m.mood = ?3)
                       AND (?4 IS NULL OR m.local_date >= ?4)
                       AND (?5 IS NULL OR m.local_date <= ?5)
                       AND (?6 IS NULL OR EXISTS (SELECT 1 FROM mood_note_tag nt JOIN tag t ON t.id = nt.tag_id
                                                  WHERE nt.note_id = m.id AND t.folded = ?6))
                     ORDER BY m.written_at DESC, m.id DESC
                     LIMIT ?7) AS m"#;

pub const SEARCH_COUNT: &str = r#"SELECT COUNT(*) AS "n!: i64"
               FROM (SELECT 1 FROM mood_note_fts WHERE mood_note_fts MATCH ? LIMIT ?)"#;

pub const SEARCH_SPARSE: &str = r#"SELECT json_group_array(json_object(
                          'id', m.id, 'mood', m.mood, 'note', m.note, 'energy', m.energy,
                          'sleep_half_hours', m.sleep_half_hours, 'written_at', m.written_at,
                          'local_date', m.local_date, 'updated_at', m.updated_at,
                          'tags', (SELECT group_concat(t.name, char(31)) FROM mood_note_tag nt
                                     JOIN tag t ON t.id = nt.tag_id WHERE nt.note_id = m.id))
                          ORDER BY m.written_at DESC, m.id DESC) AS "notes!: String"
                   FROM (SELECT m.* FROM mood_note_fts
                         JOIN mood_note m ON m.seq = mood_note_fts.rowid
                         WHERE mood_note_fts MATCH ?1 AND m.deleted_at IS NULL
                           AND m.written_at <= ?2 AND (m.written_at < ?2 OR m.id < ?3)
                         ORDER BY m.written_at DESC, m.id DESC
                         LIMIT ?4) AS m"#;

pub const SEARCH_DENSE: &str = r#"SELECT json_group_array(json_object(
                          'id', m.id, 'mood', m.mood, 'note', m.note, 'energy', m.energy,
                          'sleep_half_hours', m.sleep_half_hours, 'written_at', m.written_at,
                          'local_date', m.local_date, 'updated_at', m.updated_at,
                          'tags', (SELECT group_concat(t.name, char(31)) FROM mood_note_tag nt
                                     JOIN tag t ON t.id = nt.tag_id WHERE nt.note_id = m.id))
                          ORDER BY m.written_at DESC, m.id DESC) AS "notes!: String"
                   FROM (SELECT * FROM mood_note m
                         WHERE +m.seq IN (SELECT rowid FROM mood_note_fts WHERE mood_note_fts MATCH ?1)
                           AND m.deleted_at IS NULL
                           AND m.written_at <= ?2 AND (m.written_at < ?2 OR m.id < ?3)
                         ORDER BY m.written_at DESC, m.id DESC
                         LIMIT ?4) AS m"#;

pub const DAYS: &str = r#"SELECT local_date AS "date!: NaiveDate", SUM(mood) AS "mood_sum!: i64",
                      COUNT(*) AS "count!: i64"
               FROM mood_note
               WHERE deleted_at IS NULL AND local_date BETWEEN ? AND ?
               GROUP BY local_date ORDER BY local_date"#;

pub const PEOPLE: &str = r#"SELECT json_group_array(json_object(
                      'id', p.id, 'name', p.name, 'relationship', p.relationship,
                      'phone', p.phone, 'email', p.email, 'reach', p.reach,
                      'cadence_days', p.cadence_days, 'birthday_month', p.birthday_month,
                      'birthday_day', p.birthday_day, 'birthday_year', p.birthday_year,
                      'notes', p.notes, 'pinned', p.pinned, 'paused', p.paused,
                      'muted', p.reminders_muted, 'snoozed_until', p.snoozed_until,
                      'archived_at', p.archived_at, 'created_at', p.created_at,
                      'updated_at', p.updated_at,
                      'last_contact', (SELECT MAX(c.happened_at) FROM check_in c
                                       WHERE c.person_id = p.id))) AS "people!: String"
               FROM person p
               WHERE ? OR p.archived_at IS NULL"#;

pub const GROUPS: &str = r#"SELECT id AS "id: GroupId", name, kind AS "kind: GroupKind", place, link, contact,
                      notes, repeats, weekdays, nth, on_date AS "on_date: NaiveDate", start_time,
                      duration_minutes, remind_minutes_before,
                      reminders_muted AS "muted: bool", revision,
                      archived_at AS "archived_at: DateTime<Utc>",
                      created_at AS "created_at: DateTime<Utc>",
                      updated_at AS "updated_at: DateTime<Utc>"
               FROM saved_group
               WHERE ? OR archived_at IS NULL
               ORDER BY archived_at IS NOT NULL, lower(name), id"#;

pub const SELF_CHECKS: &str = r#"SELECT id AS "id: SelfCheckId", kind AS "kind: Questionnaire", answers, difficulty,
                      score, taken_at AS "taken_at: DateTime<Utc>", local_date AS "local_date: NaiveDate"
               FROM self_check WHERE kind = ? ORDER BY taken_at DESC, id DESC LIMIT ?"#;

pub const LAST_SELF_CHECK_DAY: &str =
    r#"SELECT MAX(local_date) AS "day?: NaiveDate" FROM self_check"#;

pub const LAST_CONNECTION: &str = r#"SELECT c.happened_at AS "at: DateTime<Utc>",
                      p.id AS "person_id?: PersonId", p.name AS "person_name?",
                      g.id AS "group_id?: GroupId", g.name AS "group_name?"
               FROM check_in c
               LEFT JOIN person p ON p.id = c.person_id
               LEFT JOIN saved_group g ON g.id = c.group_id
               ORDER BY c.happened_at DESC, c.id DESC LIMIT 1"#;

pub const CONNECTED_DAYS: &str = r#"SELECT happened_at AS "at: DateTime<Utc>" FROM check_in
               WHERE happened_at >= ? AND happened_at < ?"#;

pub const TAG_MOODS: &str = r#"SELECT t.name, COUNT(*) AS "notes!: i64", SUM(n.mood) AS "mood_sum!: i64"
               FROM mood_note n
               JOIN mood_note_tag nt ON nt.note_id = n.id
               JOIN tag t ON t.id = nt.tag_id
               WHERE n.deleted_at IS NULL AND n.local_date BETWEEN ? AND ?
               GROUP BY t.id"#;

pub const TODAY_SETTINGS: &str = "SELECT key, value FROM settings WHERE key IN (?1, ?2, ?3)";

pub const NOTE_BY_ID: &str = r#"SELECT m.id AS "id: MoodNoteId", m.mood, m.note, m.energy, m.sleep_half_hours,
                      m.written_at AS "written_at: DateTime<Utc>",
                      m.local_date AS "local_date: NaiveDate",
                      m.updated_at AS "updated_at: DateTime<Utc>",
                      (SELECT group_concat(t.name, char(31)) FROM mood_note_tag nt
                         JOIN tag t ON t.id = nt.tag_id WHERE nt.note_id = m.id) AS "tags?: String"
               FROM mood_note m WHERE m.id = ? AND m.deleted_at IS NULL"#;

pub const INSERT_NOTE: &str =
    "INSERT INTO mood_note (id, mood, note, energy, sleep_half_hours, written_at, local_date,
                                created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

pub const TAG_BY_NAME: &str = r#"SELECT id AS "id: TagId" FROM tag WHERE folded = ?"#;

pub const LINK_TAG: &str = "INSERT OR IGNORE INTO mood_note_tag (note_id, tag_id) VALUES (?, ?)";

/// What full-text search replaced: the search page's query with LIKE in place of MATCH. Not
/// in core (it is the road not taken), so it is not checked.
pub const LIKE_SEARCH: &str = r#"SELECT m.id, m.mood, m.note, m.energy, m.sleep_half_hours, m.written_at,
                      m.local_date, m.updated_at,
                      (SELECT group_concat(t.name, char(31)) FROM mood_note_tag nt
                         JOIN tag t ON t.id = nt.tag_id WHERE nt.note_id = m.id)
               FROM mood_note m
               WHERE m.note LIKE ?1 AND m.deleted_at IS NULL
                 AND m.written_at <= ?2 AND (m.written_at < ?2 OR m.id < ?3)
               ORDER BY m.written_at DESC, m.id DESC
               LIMIT ?4"#;

const CORE: [&str; 8] = [
    include_str!("../../core/src/store/mood_note.rs"),
    include_str!("../../core/src/store/person.rs"),
    include_str!("../../core/src/store/group.rs"),
    include_str!("../../core/src/store/self_check.rs"),
    include_str!("../../core/src/store/settings.rs"),
    include_str!("../../core/src/store/today.rs"),
    include_str!("../../core/src/store/tag.rs"),
    include_str!("../../core/src/store/check_in.rs"),
];

/// Every copied statement, by name.
pub const COPIED: [(&str, &str); 17] = [
    ("TIMELINE", TIMELINE),
    ("SEARCH_COUNT", SEARCH_COUNT),
    ("SEARCH_SPARSE", SEARCH_SPARSE),
    ("SEARCH_DENSE", SEARCH_DENSE),
    ("DAYS", DAYS),
    ("PEOPLE", PEOPLE),
    ("GROUPS", GROUPS),
    ("SELF_CHECKS", SELF_CHECKS),
    ("LAST_SELF_CHECK_DAY", LAST_SELF_CHECK_DAY),
    ("LAST_CONNECTION", LAST_CONNECTION),
    ("CONNECTED_DAYS", CONNECTED_DAYS),
    ("TAG_MOODS", TAG_MOODS),
    ("TODAY_SETTINGS", TODAY_SETTINGS),
    ("NOTE_BY_ID", NOTE_BY_ID),
    ("INSERT_NOTE", INSERT_NOTE),
    ("TAG_BY_NAME", TAG_BY_NAME),
    ("LINK_TAG", LINK_TAG),
];

fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The names of copies no longer found, word for word, in core's store.
pub fn stale() -> Vec<&'static str> {
    let core = words(&CORE.concat());
    COPIED
        .iter()
        .filter(|(_, sql)| !core.contains(&words(sql)))
        .map(|(name, _)| *name)
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_floor_statement_is_still_the_one_core_runs() {
        assert_eq!(super::stale(), Vec::<&str>::new());
    }
}
