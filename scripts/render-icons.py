#!/usr/bin/env python3
"""Renders icons/icon.svg (and icons/icon-small.svg for the smallest sizes) into every PNG,
.ico and .icns Tauri's bundler and the Linux desktop need. The same SVGs and the same
rsvg-convert always give the same files; `make icons` runs this, and the results are committed.
"""
import shutil
import struct
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "icons"
# Below this, the simpler drawing: the heart would only be a smudge.
SMALL = 32
PNGS = {
    "16x16.png": 16, "32x32.png": 32, "48x48.png": 48, "64x64.png": 64,
    "128x128.png": 128, "128x128@2x.png": 256, "256x256.png": 256, "512x512.png": 512,
    "icon.png": 512,
}
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
# Apple's PNG-holding icon types, by pixel size.
ICNS_TYPES = [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
              (b"ic09", 512), (b"ic10", 1024)]


def render(size: int) -> bytes:
    source = ICONS / ("icon-small.svg" if size <= SMALL else "icon.svg")
    return subprocess.run(
        ["rsvg-convert", "--width", str(size), "--height", str(size), "--format", "png",
         str(source)],
        check=True, capture_output=True,
    ).stdout


def ico(images: dict) -> bytes:
    """A Windows icon whose entries are PNGs (Vista and later read them)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, data = b"", b""
    for size, png in images.items():
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset + len(data))
        data += png
    return header + entries + data


def icns(images: dict) -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(png)) + png for kind, png in images.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main():
    if shutil.which("rsvg-convert") is None:
        sys.exit("render-icons: rsvg-convert is missing (Debian: apt-get install librsvg2-bin)")
    cache = {}
    def png(size):
        if size not in cache:
            cache[size] = render(size)
        return cache[size]
    for name, size in PNGS.items():
        (ICONS / name).write_bytes(png(size))
    (ICONS / "icon.ico").write_bytes(ico({size: png(size) for size in ICO_SIZES}))
    (ICONS / "icon.icns").write_bytes(icns({kind: png(size) for kind, size in ICNS_TYPES}))
    print(f"render-icons: {len(PNGS)} PNGs, icon.ico and icon.icns in {ICONS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
