-- Reminders: mute per person and per group, how long before a meeting, and what was sent.

ALTER TABLE person ADD COLUMN reminders_muted INTEGER NOT NULL DEFAULT 0 CHECK (reminders_muted IN (0, 1));

ALTER TABLE saved_group ADD COLUMN reminders_muted INTEGER NOT NULL DEFAULT 0 CHECK (reminders_muted IN (0, 1));
ALTER TABLE saved_group ADD COLUMN remind_minutes_before INTEGER NOT NULL DEFAULT 60 CHECK (remind_minutes_before BETWEEN 5 AND 1440);

-- Every reminder ever shown, by its key (village_core::reminders::ReminderKey). A reminder is
-- recorded in the same transaction that checks it is not here, so it is shown at most once,
-- whatever restarts or second instances do.
CREATE TABLE sent_reminder (
    kind     TEXT NOT NULL CHECK (kind IN ('check_in', 'meeting', 'birthday')),
    -- The person's or the group's id.
    subject  TEXT NOT NULL,
    -- The due date or birthday (YYYY-MM-DD), or the meeting's start (UTC, RFC 3339).
    occasion TEXT NOT NULL,
    sent_at  TEXT NOT NULL,
    PRIMARY KEY (kind, subject, occasion)
) STRICT, WITHOUT ROWID;

-- Deleting someone leaves no trace of them behind.
CREATE TRIGGER person_deleted_forgets_reminders AFTER DELETE ON person
BEGIN
    DELETE FROM sent_reminder WHERE subject = old.id;
END;

CREATE TRIGGER group_deleted_forgets_reminders AFTER DELETE ON saved_group
BEGIN
    DELETE FROM sent_reminder WHERE subject = old.id;
END;
