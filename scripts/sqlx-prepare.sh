#!/usr/bin/env bash
# Refreshes .sqlx/, the offline query data that lets `query!` compile without a database.
# Run it after changing a migration or any query!/query_as! SQL, and commit .sqlx/.
# It needs no sqlx-cli: the macros write their data to SQLX_OFFLINE_DIR when given a live DATABASE_URL.
set -euo pipefail
cd "$(dirname "$0")/.."

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
db="$work/prepare.db"

python3 - "$db" core/migrations <<'PY'
import sqlite3, sys, pathlib
db, migrations = sys.argv[1], pathlib.Path(sys.argv[2])
conn = sqlite3.connect(db)
# The table sqlx's migrator keeps, so queries about the schema version can be checked too.
conn.executescript("""
CREATE TABLE _sqlx_migrations (
    version BIGINT PRIMARY KEY,
    description TEXT NOT NULL,
    installed_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    success BOOLEAN NOT NULL,
    checksum BLOB NOT NULL,
    execution_time BIGINT NOT NULL
);
""")
for path in sorted(migrations.glob("*.sql")):
    conn.executescript(path.read_text())
conn.commit()
PY

rm -rf .sqlx
mkdir -p .sqlx
# Touching the sources makes cargo expand every query macro again.
find core src-tauri tests -name '*.rs' -exec touch {} +
DATABASE_URL="sqlite://$db" SQLX_OFFLINE=false SQLX_OFFLINE_DIR="$PWD/.sqlx" \
    cargo check --workspace --all-targets --all-features --quiet
echo "wrote $(ls .sqlx | wc -l) query files to .sqlx/"
