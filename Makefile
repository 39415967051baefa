# Village: `make run` to use it, `make test` to check everything. Both install what is missing.

SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(PATH)

# CI builds from scratch every time: no debug info halves target/ and the link time.
ifdef CI
export CARGO_PROFILE_DEV_DEBUG := 0
endif

XVFB := xvfb-run -a -s "-screen 0 1920x1080x24"

.PHONY: run test lint unit e2e bench soak package package-test setup setup-test sqlx-prepare icons contract

run: setup
	cargo run -p village

test: setup-test lint unit e2e

setup:
	@scripts/setup.sh run

setup-test:
	@scripts/setup.sh test

lint: setup-test
	cargo fmt --all --check
	cargo clippy --workspace --all-targets --all-features -- -D warnings

unit: setup
	cargo test --workspace --exclude village-e2e

# The real window under Xvfb, on a private D-Bus session; one test at a time (fixed driver ports).
e2e: setup-test
	cargo build -p village -p village-cli
	$(XVFB) dbus-run-session -- cargo test -p village-e2e -- --test-threads=1

# Timings live here, never in tests: the store against rusqlite running the same SQL, the
# release app's start and memory against an empty store under Xvfb. One table on stdout,
# target/bench/report.json beside it; docs/benchmarks.md keeps a run.
bench: setup-test
	cargo build --release -p village -p village-bare -p village-bench
	$(XVFB) dbus-run-session -- target/release/village-bench

# The crash test at length: 200 kills mid-write instead of the 20 in `make test`.
soak: setup
	VILLAGE_CRASH_ROUNDS=200 cargo test --release -p village-core --test crash -- --nocapture

# After changing a migration or the SQL of a query! macro; commit the .sqlx/ it writes.
sqlx-prepare:
	scripts/sqlx-prepare.sh

# The .deb through Tauri's bundler; installs the Tauri CLI on first use (slow, so never in test).
package: setup
	scripts/package.sh

# Unpacks that .deb, checks its files and starts the installed app under Xvfb.
package-test: setup-test
	scripts/package-test.sh

# Renders icons/icon.svg to every PNG, .ico and .icns; commit what it writes.
icons:
	@command -v rsvg-convert >/dev/null || $$( [ "$$(id -u)" -eq 0 ] || echo sudo ) apt-get install -y -q librsvg2-bin
	scripts/render-icons.py

# ui/contract.js from village-core's contract (error codes, choices, limits); commit it.
contract: setup
	VILLAGE_WRITE_CONTRACT=1 cargo test -p village-core --lib contract
