-- Her own ready messages: the words she keeps for a hello or for asking for help, beside the
-- few Village brings in each language (those live in the catalog, not here). Listed in the
-- order she wrote them: by created_at, then rowid for two saved in the same second.
CREATE TABLE ready_message (
    id         TEXT NOT NULL PRIMARY KEY,
    -- 1 to 500 characters, newlines allowed; checked in village_core::reach before it is written.
    text       TEXT NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 500),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
