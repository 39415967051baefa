#!/usr/bin/env python3
"""Writes core/tests/fixtures/upgrade/schema-N.db: a database as each schema version of Village
left it, with rows in every table that version had, for the upgrade test to open with today's
build. Each migration's SQL is taken as it shipped (from the commit that added the next one; the
newest from the working tree), and recorded in _sqlx_migrations with the checksum sqlx gives it
(SHA-384 of the file), exactly as an older Village wrote it.

Run it after adding a migration; commit what it writes (and its manifest.json).
"""
import hashlib
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MIGRATIONS = ROOT / "core" / "migrations"
OUT = ROOT / "core" / "tests" / "fixtures" / "upgrade"

T0 = "2026-03-01T09:00:00+00:00"
T1 = "2026-03-02T20:15:00+00:00"


def added_in(path: Path):
    """The commit that added a migration file, or None while it is not committed."""
    rel = path.relative_to(ROOT).as_posix()
    return subprocess.run(
        ["git", "log", "--diff-filter=A", "--format=%H", "-1", "--", rel],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout.strip() or None


def migrations():
    """Each migration as it shipped: its text when the next one was added (a migration can be
    reworked before it first lands, never after), and the newest as it is now."""
    paths = sorted(MIGRATIONS.glob("*.sql"))
    found = []
    for i, path in enumerate(paths):
        version, _, rest = path.stem.partition("_")
        following = added_in(paths[i + 1]) if i + 1 < len(paths) else None
        if following:
            rel = path.relative_to(ROOT).as_posix()
            sql = subprocess.run(["git", "show", f"{following}:{rel}"], cwd=ROOT,
                                 capture_output=True, check=True).stdout.decode("utf-8")
        else:
            sql = path.read_text(encoding="utf-8")
        found.append((int(version), rest.replace("_", " "), sql))
    return found


def fill(db: sqlite3.Connection, version: int, manifest: dict):
    """Rows in every table `version` has, in the columns it has."""
    def rows(table, columns, values, key):
        marks = ", ".join("?" for _ in columns)
        db.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", values)
        manifest.setdefault(table, []).extend(str(v[columns.index(key)]) for v in values)

    rows("settings", ["key", "value", "updated_at"], [
        ("theme", "dark", T0),
        ("quiet_hours.enabled", "true", T0),
        ("quiet_hours.start", "21:30", T0),
        ("reminders.time_of_day", "09:30", T0),
    ], "key")
    if version < 2:
        return
    person_columns = ["id", "name", "relationship", "phone", "email", "reach", "cadence_days",
                      "birthday_month", "birthday_day", "birthday_year", "notes", "pinned",
                      "paused", "snoozed_until", "archived_at", "created_at", "updated_at"]
    people = [
        ("6f1d0c52-8a1e-4c1b-9f43-000000000001", "Ana Okafor 🌻", "friend", "+44 7700 900123",
         "ana@example.com", "", 7, 2, 29, 1992, "Zoë's mum, <b>not</b> markup", 1, 0, None, None,
         T0, T0),
        ("6f1d0c52-8a1e-4c1b-9f43-000000000002", "Sam O'Neil", "family", "", "", "Signal", 14,
         None, None, None, "", 0, 0, "2026-03-05", None, T0, T1),
        ("6f1d0c52-8a1e-4c1b-9f43-000000000003", "Old friend", "other", "", "", "", None,
         None, None, None, "", 0, 1, None, T1, T0, T1),
    ]
    if version >= 5:
        person_columns.append("reminders_muted")
        people = [p + (1 if i == 0 else 0,) for i, p in enumerate(people)]
    rows("person", person_columns, people, "id")

    check_ins = [
        ("7a2e0d63-9b2f-4d2c-8a54-000000000001", people[0][0], "2026-02-27T10:00:00+00:00",
         "call", "Talked for an hour,\n\"she gets it\"", T0, T0),
        ("7a2e0d63-9b2f-4d2c-8a54-000000000002", people[1][0], "2026-02-20T18:30:00+00:00",
         "text", "", T0, T0),
        ("7a2e0d63-9b2f-4d2c-8a54-000000000003", people[0][0], "2026-03-01T08:00:00+00:00",
         "visit", "Brought soup", T0, T0),
    ]
    rows("check_in", ["id", "person_id", "happened_at", "kind", "note", "created_at",
                      "updated_at"], check_ins, "id")
    if version < 3:
        return
    notes = [
        ("8b3f1e74-ac30-4e3d-9b65-000000000001", 2, "Long night. שלום 😴 <script>x</script>", 2,
         9, "2026-03-01T03:00:00+00:00", "2026-03-01", T0, T0),
        ("8b3f1e74-ac30-4e3d-9b65-000000000002", 4, "A walk by the river.\n\nThen coffee.", 4,
         14, "2026-03-01T15:00:00+00:00", "2026-03-01", T0, T0),
        ("8b3f1e74-ac30-4e3d-9b65-000000000003", 5, "", None, None,
         "2026-03-02T19:00:00+00:00", "2026-03-02", T1, T1),
    ]
    rows("mood_note", ["id", "mood", "note", "energy", "sleep_half_hours", "written_at",
                       "local_date", "created_at", "updated_at"], notes, "id")
    rows("tag", ["id", "name", "folded", "created_at", "updated_at"], [
        ("9c402f85-bd41-4f4e-8c76-000000000001", "Nächte 🌙", "nächte 🌙", T0, T0),
    ], "id")
    links = [(notes[0][0], "9c402f85-bd41-4f4e-8c76-000000000001"),
             (notes[0][0], "5b1c7a52-0c0e-4f57-9a5e-3d1f0b6c0001"),
             (notes[1][0], "5b1c7a52-0c0e-4f57-9a5e-3d1f0b6c0006")]
    db.executemany("INSERT INTO mood_note_tag (note_id, tag_id) VALUES (?, ?)", links)
    manifest["mood_note_tag"] = [f"{n}/{t}" for n, t in links]
    if version < 4:
        return
    group_columns = ["id", "name", "kind", "place", "link", "contact", "notes", "repeats",
                     "weekdays", "nth", "on_date", "start_time", "duration_minutes", "revision",
                     "archived_at", "created_at", "updated_at"]
    groups = [
        ("a1513096-ce52-4a5f-9d87-000000000001", "Tuesday Mums & \"Co\"", "mom_and_baby",
         "Library, Room 2", "https://example.org/mums?a=1&b=2", "Priya", "Bring snacks",
         "weekly", 2 | 8, None, "2026-01-06", "10:30", 90, 2, None, T0, T1),
        ("a1513096-ce52-4a5f-9d87-000000000002", "PND support", "support_group", "", "", "", "",
         "monthly", 4, -1, "2026-01-01", "19:00", 60, 0, None, T0, T0),
        ("a1513096-ce52-4a5f-9d87-000000000003", "Forum", "online_community", "", "", "", "",
         "none", None, None, None, None, None, 0, None, T0, T0),
    ]
    if version >= 5:
        group_columns += ["reminders_muted", "remind_minutes_before"]
        groups = [g + (0, 30 if i == 0 else 60) for i, g in enumerate(groups)]
    rows("saved_group", group_columns, groups, "id")
    db.execute(
        "INSERT INTO check_in (id, group_id, meeting_start, mood_note_id, happened_at, kind, "
        "note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'met_at_group', ?, ?, ?)",
        ("7a2e0d63-9b2f-4d2c-8a54-000000000004", groups[0][0], "2026-02-24T10:30:00+00:00",
         notes[1][0], "2026-02-24T10:30:00+00:00", "Met Priya", T0, T0))
    manifest["check_in"].append("7a2e0d63-9b2f-4d2c-8a54-000000000004")
    if version < 5:
        return
    rows("sent_reminder", ["kind", "subject", "occasion", "sent_at"], [
        ("check_in", people[1][0], "2026-03-06", T1),
        ("meeting", groups[0][0], "2026-03-03T10:30:00+00:00", T1),
    ], "occasion")
    if version < 6:
        return
    rows("self_check", ["id", "kind", "answers", "difficulty", "score", "taken_at", "local_date",
                        "created_at", "updated_at"], [
        ("b2624107-df63-4b60-8e98-000000000001", "phq9", "121011000", 1, 6, T0, "2026-03-01",
         T0, T0),
        ("b2624107-df63-4b60-8e98-000000000002", "gad7", "2211100", None, 7, T1, "2026-03-02",
         T1, T1),
    ], "id")
    rows("safety_plan_step", ["step", "text", "updated_at"], [
        (1, "Not sleeping even when the baby sleeps.", T0),
        (4, "Tell them it's a hard day.", T0),
    ], "step")
    rows("safety_plan_person", ["step", "person_id", "position"], [
        (4, people[1][0], 0),
        (4, people[0][0], 1),
    ], "person_id")
    if version < 10:
        return
    rows("ready_message", ["id", "text", "created_at", "updated_at"], [
        ("c3735218-e074-4c71-9fa9-000000000001", "Coffee? ☕\n<b>Soon</b> & \"quoted\"", T0, T1),
        ("c3735218-e074-4c71-9fa9-000000000002", "¿Caminamos mañana?", T1, T1),
    ], "id")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    all_migrations = migrations()
    manifests = {}
    for version, _, _ in all_migrations:
        path = OUT / f"schema-{version}.db"
        path.unlink(missing_ok=True)
        db = sqlite3.connect(path)
        db.execute("PRAGMA foreign_keys = ON")
        db.executescript("""
            CREATE TABLE _sqlx_migrations (
                version BIGINT PRIMARY KEY,
                description TEXT NOT NULL,
                installed_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
                success BOOLEAN NOT NULL,
                checksum BLOB NOT NULL,
                execution_time BIGINT NOT NULL
            );
        """)
        for number, description, sql in all_migrations:
            if number > version:
                break
            db.executescript(sql)
            db.execute(
                "INSERT INTO _sqlx_migrations (version, description, installed_on, success, "
                "checksum, execution_time) VALUES (?, ?, '2026-03-01 09:00:00', 1, ?, 1000000)",
                (number, description, hashlib.sha384(sql.encode("utf-8")).digest()),
            )
        manifest = {}
        fill(db, version, manifest)
        db.commit()
        # One file, no write-ahead log beside it, as an app that closed cleanly leaves it.
        db.execute("PRAGMA journal_mode = DELETE")
        db.execute("VACUUM")
        db.close()
        manifests[str(version)] = manifest
        print(f"wrote {path.relative_to(ROOT)}: {sum(len(v) for v in manifest.values())} rows")
    (OUT / "manifest.json").write_text(json.dumps(manifests, indent=1, ensure_ascii=False) + "\n",
                                       encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
