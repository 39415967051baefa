-- Today, insight and help: self-checks, the safety plan, and an index for "when did she last
-- connect with anyone".

-- Check-ins by time alone, for the connection pulse and the insight's connected days.
CREATE INDEX check_in_by_time ON check_in (happened_at);

CREATE TABLE self_check (
    id         TEXT    NOT NULL PRIMARY KEY,
    kind       TEXT    NOT NULL CHECK (kind IN ('phq9', 'gad7')),
    -- One digit (0 to 3) per item, in the form's order.
    answers    TEXT    NOT NULL CHECK (answers NOT GLOB '*[^0-3]*'
                                       AND length(answers) = CASE kind WHEN 'phq9' THEN 9 ELSE 7 END),
    -- The unscored closing question, when she answered it.
    difficulty INTEGER CHECK (difficulty BETWEEN 0 AND 3),
    score      INTEGER NOT NULL CHECK (score BETWEEN 0 AND 27),
    taken_at   TEXT    NOT NULL,
    local_date TEXT    NOT NULL,
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL
) STRICT;

CREATE INDEX self_check_history ON self_check (kind, taken_at DESC);

-- The six steps of her safety plan (village_core::safety_plan::STEPS), one row per step written.
CREATE TABLE safety_plan_step (
    step       INTEGER NOT NULL PRIMARY KEY CHECK (step BETWEEN 1 AND 6),
    text       TEXT    NOT NULL DEFAULT '' CHECK (length(text) <= 2000),
    updated_at TEXT    NOT NULL
) STRICT;

-- People from her circle she listed on a step; they leave the plan if she deletes them.
CREATE TABLE safety_plan_person (
    step      INTEGER NOT NULL CHECK (step IN (3, 4, 5)),
    person_id TEXT    NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    PRIMARY KEY (step, person_id)
) STRICT, WITHOUT ROWID;
