-- The people in her circle and the check-ins she logs with them.
CREATE TABLE person (
    id             TEXT    NOT NULL PRIMARY KEY,
    name           TEXT    NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 100),
    relationship   TEXT    NOT NULL CHECK (relationship IN ('friend', 'family', 'mom_friend', 'partner', 'professional', 'other')),
    phone          TEXT    NOT NULL DEFAULT '',
    email          TEXT    NOT NULL DEFAULT '',
    reach          TEXT    NOT NULL DEFAULT '',
    cadence_days   INTEGER CHECK (cadence_days BETWEEN 1 AND 365),
    birthday_month INTEGER CHECK (birthday_month BETWEEN 1 AND 12),
    birthday_day   INTEGER CHECK (birthday_day BETWEEN 1 AND 31),
    birthday_year  INTEGER,
    notes          TEXT    NOT NULL DEFAULT '',
    pinned         INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
    paused         INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
    -- A local calendar date (YYYY-MM-DD): not due before it.
    snoozed_until  TEXT,
    archived_at    TEXT,
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL
) STRICT;

CREATE TABLE check_in (
    id          TEXT NOT NULL PRIMARY KEY,
    person_id   TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    happened_at TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('text', 'call', 'video', 'visit', 'met_at_group', 'other')),
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

-- The due list reads each person's latest check-in; history pages read newest first.
CREATE INDEX check_in_by_person ON check_in (person_id, happened_at DESC);
