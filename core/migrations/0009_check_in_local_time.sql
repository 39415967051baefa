-- The time on her clock where she was when a check-in happened, so after a flight it still
-- reads as she saw it ("Friday, 23:30"), not as the new time zone would put it. NULL for
-- check-ins from before, which read in her zone of the moment, as they always have.
ALTER TABLE check_in ADD COLUMN local_at TEXT;
