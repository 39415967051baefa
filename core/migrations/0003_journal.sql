-- Her journal: mood notes, their tags, and a full-text index over the notes.
CREATE TABLE mood_note (
    -- An explicit integer key: the full-text index points at rows by it, and VACUUM keeps it.
    seq              INTEGER PRIMARY KEY,
    id               TEXT    NOT NULL UNIQUE,
    mood             INTEGER NOT NULL CHECK (mood BETWEEN 1 AND 5),
    note             TEXT    NOT NULL DEFAULT '' CHECK (length(note) <= 20000),
    energy           INTEGER CHECK (energy BETWEEN 1 AND 5),
    -- Hours slept, counted in half hours (0 to 48).
    sleep_half_hours INTEGER CHECK (sleep_half_hours BETWEEN 0 AND 48),
    -- The instant it was written (UTC) and the day it belongs to in her calendar then.
    written_at       TEXT    NOT NULL,
    local_date       TEXT    NOT NULL,
    -- Set while a delete can still be undone; such rows are purged soon after.
    deleted_at       TEXT,
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL
) STRICT;

-- The timeline reads newest first with (written_at, id) as a keyset; the month view by day.
CREATE INDEX mood_note_timeline ON mood_note (written_at DESC, id DESC);
CREATE INDEX mood_note_by_day ON mood_note (local_date);
-- The purge of deleted notes (at start-up and on each delete) reads only the few it removes.
CREATE INDEX mood_note_deleted ON mood_note (deleted_at) WHERE deleted_at IS NOT NULL;

-- Tags are unique ignoring case; `folded` is the name in lower case (Unicode-aware, done in Rust).
CREATE TABLE tag (
    id         TEXT NOT NULL PRIMARY KEY,
    name       TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 40),
    folded     TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE mood_note_tag (
    note_id TEXT NOT NULL REFERENCES mood_note (id) ON DELETE CASCADE,
    tag_id  TEXT NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    PRIMARY KEY (note_id, tag_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX mood_note_tag_by_tag ON mood_note_tag (tag_id, note_id);

CREATE VIRTUAL TABLE mood_note_fts USING fts5 (
    note,
    content = 'mood_note',
    content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER mood_note_fts_insert AFTER INSERT ON mood_note BEGIN
    INSERT INTO mood_note_fts (rowid, note) VALUES (new.seq, new.note);
END;

CREATE TRIGGER mood_note_fts_delete AFTER DELETE ON mood_note BEGIN
    INSERT INTO mood_note_fts (mood_note_fts, rowid, note) VALUES ('delete', old.seq, old.note);
END;

CREATE TRIGGER mood_note_fts_update AFTER UPDATE OF note ON mood_note BEGIN
    INSERT INTO mood_note_fts (mood_note_fts, rowid, note) VALUES ('delete', old.seq, old.note);
    INSERT INTO mood_note_fts (rowid, note) VALUES (new.seq, new.note);
END;

-- A few tags to start from; she can rename, merge or ignore them.
INSERT INTO tag (id, name, folded, created_at, updated_at) VALUES
    ('5b1c7a52-0c0e-4f57-9a5e-3d1f0b6c0001', 'tired', 'tired', '2026-01-01 00:00:00+00:00', '2026-01-01 00:00:00+00:00'),
    ('5b1c7a52-0c0e-4f57-9a5e-3d1f0b6c0002', 'anxious', 'anxious', '2026-01-01 00:00:00+00:00', '2026-01-01 00:00:00+00:00'),
    ('5b1c7a52-0c0e-4f57-9a5e-3d1f0b6c0003', 'lonely', 'lonely', '2026-01-01 00:00:00+00:00', '2026-01-01 00:00:00+00:00'),
    ('5b1c7a52-0c0e-4f57-9a5e-3d1f0b6c0004', 'hopeful', 'hopeful', '2026-01-01 00:00:00+00:00', '2026-01-01 00:00:00+00:00'),
    ('5b1c7a52-0c0e-4f57-9a5e-3d1f0b6c0005', 'slept well', 'slept well', '2026-01-01 00:00:00+00:00', '2026-01-01 00:00:00+00:00'),
    ('5b1c7a52-0c0e-4f57-9a5e-3d1f0b6c0006', 'got outside', 'got outside', '2026-01-01 00:00:00+00:00', '2026-01-01 00:00:00+00:00'),
    ('5b1c7a52-0c0e-4f57-9a5e-3d1f0b6c0007', 'saw a friend', 'saw a friend', '2026-01-01 00:00:00+00:00', '2026-01-01 00:00:00+00:00');
