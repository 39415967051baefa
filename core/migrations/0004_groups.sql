-- Saved groups, and attendance as a check-in: a check-in now belongs to a person or a group.

CREATE TABLE saved_group (
    id               TEXT    NOT NULL PRIMARY KEY,
    name             TEXT    NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 100),
    kind             TEXT    NOT NULL CHECK (kind IN ('support_group', 'mom_and_baby', 'class', 'online_community', 'virtual_meetup', 'other')),
    place            TEXT    NOT NULL DEFAULT '',
    link             TEXT    NOT NULL DEFAULT '' CHECK (link = '' OR link LIKE 'https://%'),
    contact          TEXT    NOT NULL DEFAULT '',
    notes            TEXT    NOT NULL DEFAULT '',
    -- The schedule in parts (village_core::groups::Schedule); 'none' has no time.
    repeats          TEXT    NOT NULL CHECK (repeats IN ('weekly', 'every_other_week', 'monthly', 'once', 'none')),
    -- Bits from Monday (1) to Sunday (64).
    weekdays         INTEGER CHECK (weekdays BETWEEN 1 AND 127),
    -- 1 to 5, or -1 for the last of the month.
    nth              INTEGER CHECK (nth IN (1, 2, 3, 4, 5, -1)),
    -- A local YYYY-MM-DD: the one date, the first of every other week, or where weekly and
    -- monthly schedules start.
    on_date          TEXT,
    -- A local HH:MM.
    start_time       TEXT,
    duration_minutes INTEGER CHECK (duration_minutes BETWEEN 1 AND 1440),
    -- Counts edits: a calendar's SEQUENCE.
    revision         INTEGER NOT NULL DEFAULT 0,
    archived_at      TEXT,
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL,
    CHECK ((repeats = 'none') = (start_time IS NULL)),
    CHECK ((repeats = 'none') = (duration_minutes IS NULL))
) STRICT;

-- SQLite cannot drop NOT NULL from a column, so check_in is rebuilt with the same rows.
CREATE TABLE check_in_v4 (
    id            TEXT NOT NULL PRIMARY KEY,
    person_id     TEXT REFERENCES person (id) ON DELETE CASCADE,
    group_id      TEXT REFERENCES saved_group (id) ON DELETE CASCADE,
    -- The scheduled start of the meeting she went to; NULL for a group with no fixed time.
    meeting_start TEXT,
    -- "How I felt after": a mood note tagged with the group.
    mood_note_id  TEXT REFERENCES mood_note (id) ON DELETE SET NULL,
    happened_at   TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('text', 'call', 'video', 'visit', 'met_at_group', 'other')),
    note          TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    CHECK (person_id IS NOT NULL OR group_id IS NOT NULL),
    CHECK (meeting_start IS NULL OR group_id IS NOT NULL)
) STRICT;

INSERT INTO check_in_v4 (id, person_id, happened_at, kind, note, created_at, updated_at)
SELECT id, person_id, happened_at, kind, note, created_at, updated_at FROM check_in;

DROP TABLE check_in;
ALTER TABLE check_in_v4 RENAME TO check_in;

CREATE INDEX check_in_by_person ON check_in (person_id, happened_at DESC);
CREATE INDEX check_in_by_group ON check_in (group_id, happened_at DESC);
-- One "I went" per meeting.
CREATE UNIQUE INDEX attendance_once ON check_in (group_id, meeting_start) WHERE meeting_start IS NOT NULL;
