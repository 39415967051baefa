#!/usr/bin/env bash
# Installs what Village needs, and only what is missing, so it is quick to run again.
#   scripts/setup.sh run    the build dependencies (system libraries, Rust)
#   scripts/setup.sh test   those, plus Xvfb, D-Bus, WebKitWebDriver, tauri-driver and axe-core
set -euo pipefail
cd "$(dirname "$0")/.."

purpose="${1:-run}"
case "$purpose" in run | test) ;; *) echo "usage: scripts/setup.sh [run|test]" >&2; exit 2 ;; esac

say() { printf 'setup: %s\n' "$*"; }
fail() { printf 'setup: %s\n' "$*" >&2; exit 1; }

# The oldest Rust that builds our dependencies (sqlx 0.9 asks for 1.94).
MIN_RUST="1.94"

case "$(uname -s)" in
  Linux) ;;
  Darwin)
    fail "macOS: install the Xcode command line tools (xcode-select --install) and Rust from rustup.rs,
then run 'cargo run -p village'. The end-to-end tests need WebKitWebDriver, which exists only on Linux;
'cargo test --workspace --exclude village-e2e' runs everything else." ;;
  MINGW* | MSYS* | CYGWIN*)
    fail "Windows: install the Microsoft C++ Build Tools, WebView2 (already on Windows 10 and 11) and Rust
from rustup.rs, then run 'cargo run -p village' in a normal terminal. The end-to-end tests here run
only on Linux; 'cargo test --workspace --exclude village-e2e' runs everything else." ;;
  *) fail "$(uname -s) is not a system this script knows; see README.md for what Village needs." ;;
esac

command -v apt-get >/dev/null 2>&1 || fail "this script installs packages with apt (Debian, Ubuntu).
Elsewhere, install the equivalents of: WebKitGTK 4.1, GTK 3, libsoup 3, librsvg, libxdo, OpenSSL
development files, a C compiler and pkg-config; for the tests also Xvfb, dbus, WebKitWebDriver, dunst, xdotool (it answers the save dialog) and desktop-file-utils."

packages=(
  build-essential pkg-config curl ca-certificates
  libwebkit2gtk-4.1-dev libgtk-3-dev libsoup-3.0-dev libjavascriptcoregtk-4.1-dev
  libayatana-appindicator3-dev librsvg2-dev libxdo-dev libssl-dev
)
if [ "$purpose" = test ]; then
  packages+=(xvfb xauth dbus dbus-x11 webkit2gtk-driver dunst xdotool desktop-file-utils fonts-dejavu-core python3)
  command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

if [ "${#missing[@]}" -gt 0 ]; then
  say "installing system packages: ${missing[*]}"
  sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || fail "installing packages needs root; install sudo or run as root"
    sudo=(sudo)
  fi
  "${sudo[@]}" apt-get update -q
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# Rust from rustup: Debian's and Ubuntu's own cargo are too old for our dependencies, and
# ~/.cargo/bin comes first on PATH, so rustup's toolchain wins over theirs.
export PATH="$HOME/.cargo/bin:$PATH"
install_rustup() {
  say "installing Rust with rustup"
  curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal -c rustfmt,clippy
}
rust_new_enough() {
  command -v rustc >/dev/null 2>&1 || return 1
  local version
  version="$(rustc --version | awk '{print $2}')"
  [ "$(printf '%s\n%s\n' "$MIN_RUST" "$version" | sort -V | head -n1)" = "$MIN_RUST" ]
}
if ! rust_new_enough; then
  if command -v rustup >/dev/null 2>&1; then
    say "Rust is older than $MIN_RUST; updating the stable toolchain"
    rustup update stable
    rustup default stable
  else
    install_rustup
  fi
fi
rust_new_enough || fail "Rust $MIN_RUST or newer is needed; rustc says: $(rustc --version 2>&1)"

if [ "$purpose" = test ]; then
  if command -v rustup >/dev/null 2>&1; then
    for component in rustfmt clippy; do
      rustup component list --installed 2>/dev/null | grep -q "^$component" || rustup component add "$component"
    done
  fi
  if ! command -v tauri-driver >/dev/null 2>&1; then
    say "installing tauri-driver"
    cargo install tauri-driver --locked
  fi
  if [ ! -f node_modules/axe-core/axe.min.js ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "installing axe-core for the accessibility checks"
    npm ci --no-audit --no-fund
  fi
fi
