#!/usr/bin/env bash
# make package: the Linux .deb through Tauri's own bundler. The Tauri CLI is installed on first
# use (it takes minutes, so it is never part of `make test`).
#
# The CLI reads its config beside the app crate; ours lives at the root (the app's build reads
# it there too). A copy with paths made relative to src-tauri/ is written for the CLI and
# removed afterwards, so the root file stays the only one anyone edits.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf 'package: %s\n' "$*"; }

if ! cargo tauri --version 2>/dev/null | grep -q '^tauri-cli 2\.'; then
  say "installing the Tauri CLI (version 2; this takes several minutes, once)"
  cargo install tauri-cli --version "^2" --locked
fi

copy=src-tauri/tauri.conf.json
trap 'rm -f "$copy"' EXIT
python3 - "$copy" <<'PY'
import json, sys
config = json.load(open("tauri.conf.json", encoding="utf-8"))
config["build"]["frontendDist"] = "../" + config["build"]["frontendDist"]
config["bundle"]["icon"] = ["../" + icon for icon in config["bundle"]["icon"]]
json.dump(config, open(sys.argv[1], "w", encoding="utf-8"), indent=2, ensure_ascii=False)
PY

TAURI_APP_PATH="$PWD/src-tauri" TAURI_FRONTEND_PATH="$PWD/ui" cargo tauri build --bundles deb
deb=$(ls -t target/release/bundle/deb/*.deb | head -n1)
say "built $deb ($(du -h "$deb" | cut -f1))"
