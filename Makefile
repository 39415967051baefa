# Village: `make run` to use it, `make test` to check everything. Both install what is missing.

SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(PATH)

# CI builds from scratch every time: no debug info halves target/ and the link time.
ifdef CI
export CARGO_PROFILE_DEV_DEBUG := 0
endif

XVFB := xvfb-run -a -s "-screen 0 1920x1080x24"

.PHONY: run test lint unit e2e bench setup setup-test sqlx-prepare icons

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
	cargo build -p village
	$(XVFB) dbus-run-session -- cargo test -p village-e2e -- --test-threads=1

# Timings live here, never in tests. More arrive with the performance issue.
bench: setup
	cargo bench -p village-core --bench circle
	cargo bench -p village-core --bench journal

# After changing a migration or the SQL of a query! macro; commit the .sqlx/ it writes.
sqlx-prepare:
	scripts/sqlx-prepare.sh

icons:
	scripts/render-icons.py
