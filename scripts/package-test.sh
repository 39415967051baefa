#!/usr/bin/env bash
# make package-test: unpacks the .deb `make package` built into a throwaway folder (dpkg -x),
# checks what it installs (the binary, the .desktop entry, the icons at every hicolor size, the
# package's own description, its size), then starts the installed binary under Xvfb on a
# private data folder until Today is ready.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { printf 'package-test: FAILED: %s\n' "$*" >&2; exit 1; }
ok() { printf 'package-test: ok: %s\n' "$*"; }

deb=$(ls -t target/release/bundle/deb/*.deb 2>/dev/null | head -n1) || true
[ -n "${deb:-}" ] || fail "no .deb under target/release/bundle/deb: run make package first"

size=$(stat -c %s "$deb")
[ "$size" -lt 10000000 ] || fail "$deb is $size bytes, over 10 MB"
ok "$(basename "$deb") is $((size / 1000)) kB"

info=$(dpkg-deb --field "$deb" Package Version Architecture Section Depends Description)
grep -q '^Package: village$' <<<"$info" || fail "package name: $info"
# The tray entry loads this library at run time; without it Village runs with no tray.
grep -q '^Depends:.*libayatana-appindicator3-1' <<<"$info" || fail "Depends lacks the tray's library: $info"
grep -q 'private companion for the first year after a baby' <<<"$info" || fail "description: $info"
ok "control: $(grep -E '^(Package|Version|Architecture)' <<<"$info" | tr '\n' ' ')"

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg -x "$deb" "$root/install"

binary="$root/install/usr/bin/village"
[ -x "$binary" ] || fail "no executable usr/bin/village"
ok "usr/bin/village ($(stat -c %s "$binary") bytes)"

desktop=$(ls "$root"/install/usr/share/applications/*.desktop 2>/dev/null | head -n1) || true
[ -n "${desktop:-}" ] || fail "no .desktop entry in usr/share/applications"
for line in '^Name=Village$' '^Exec=village' '^Icon=village$' '^Type=Application$' '^Categories='; do
  grep -q "$line" "$desktop" || fail "$(basename "$desktop") has no line matching $line"
done
if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate "$desktop" || fail "$(basename "$desktop") does not validate"
fi
ok "$(basename "$desktop"): $(grep -E '^(Name|Exec|Icon|Categories)=' "$desktop" | tr '\n' ' ')"

for size in 16x16 32x32 48x48 64x64 128x128 256x256 512x512; do
  icon="$root/install/usr/share/icons/hicolor/$size/apps/village.png"
  [ -s "$icon" ] || fail "no icon at hicolor/$size"
  # The PNG says its own size in its header (bytes 16 to 23).
  read -r w h < <(od -An -tu1 -j16 -N8 "$icon" | awk '{print $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}')
  [ "${w}x${h}" = "$size" ] || fail "hicolor/$size/apps/village.png is ${w}x${h}"
done
ok "icons at 16, 32, 48, 64, 128, 256 and 512 px"

# The installed binary, started as she would, on folders of its own.
home="$root/home"
mkdir -p "$home/data" "$home/config" "$home/cache" "$home/village"
log="$root/village.log"
XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache" \
VILLAGE_DATA_DIR="$home/village" \
  timeout 90 xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- "$binary" >"$log" 2>&1 &
runner=$!
for _ in $(seq 1 120); do
  grep -q '^village: ready' "$log" && break
  kill -0 "$runner" 2>/dev/null || break
  sleep 0.5
done
ready=$(grep -m1 '^village: ready' "$log" || true)
pkill -f "$binary" 2>/dev/null || true
wait "$runner" 2>/dev/null || true
[ -n "$ready" ] || { cat "$log" >&2; fail "the installed app never said it was ready"; }
[ -f "$home/village/village.db" ] || fail "the installed app made no database in its data folder"
ok "the installed app started: $ready"
printf 'package-test: passed\n'
