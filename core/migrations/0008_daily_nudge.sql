-- The daily "How are you today?" is a reminder of its own kind, sent once per day like the
-- others. SQLite cannot widen a CHECK in place, so the table is rebuilt with every row kept;
-- the triggers that name it are dropped first and made again after, as they were.

DROP TRIGGER person_deleted_forgets_reminders;
DROP TRIGGER group_deleted_forgets_reminders;

CREATE TABLE sent_reminder_new (
    kind     TEXT NOT NULL CHECK (kind IN ('check_in', 'meeting', 'birthday', 'nudge')),
    -- The person's or the group's id; "mood" for the nudge.
    subject  TEXT NOT NULL,
    -- The due date, birthday or nudge day (YYYY-MM-DD), or the meeting's start (UTC, RFC 3339).
    occasion TEXT NOT NULL,
    sent_at  TEXT NOT NULL,
    PRIMARY KEY (kind, subject, occasion)
) STRICT, WITHOUT ROWID;

INSERT INTO sent_reminder_new (kind, subject, occasion, sent_at)
    SELECT kind, subject, occasion, sent_at FROM sent_reminder;

DROP TABLE sent_reminder;
ALTER TABLE sent_reminder_new RENAME TO sent_reminder;

-- Deleting someone leaves no trace of them behind.
CREATE TRIGGER person_deleted_forgets_reminders AFTER DELETE ON person
BEGIN
    DELETE FROM sent_reminder WHERE subject = old.id;
END;

CREATE TRIGGER group_deleted_forgets_reminders AFTER DELETE ON saved_group
BEGIN
    DELETE FROM sent_reminder WHERE subject = old.id;
END;
