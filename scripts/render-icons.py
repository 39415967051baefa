#!/usr/bin/env python3
"""Draws Village's interim mark (a warm circle holding a small house) into the PNGs Tauri needs.

Pure Python, so it runs anywhere the set-up runs; the same input always gives the same bytes.
"""
import math
import struct
import sys
import zlib
from pathlib import Path

CORAL = (224, 122, 95)
CREAM = (253, 246, 236)


def coverage(x, y, size):
    """Returns (circle, house) coverage in 0..1 for the pixel centre, 4x4 supersampled."""
    circle = house = 0.0
    for sy in range(4):
        for sx in range(4):
            u = (x + (sx + 0.5) / 4) / size
            v = (y + (sy + 0.5) / 4) / size
            if math.hypot(u - 0.5, v - 0.5) <= 0.47:
                circle += 1
                # A roof (triangle) over a body (rectangle), centred.
                in_roof = 0.30 <= v <= 0.50 and abs(u - 0.5) <= (v - 0.30) * 1.25
                in_body = 0.48 <= v <= 0.72 and 0.34 <= u <= 0.66
                in_door = 0.58 <= v <= 0.72 and 0.46 <= u <= 0.54
                if (in_roof or in_body) and not in_door:
                    house += 1
    return circle / 16, house / 16


def render(size):
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            c, h = coverage(x, y, size)
            rgb = [round(CORAL[i] * (1 - h / max(c, 1e-9)) + CREAM[i] * (h / max(c, 1e-9))) if c else 0 for i in range(3)]
            row += bytes(rgb + [round(255 * c)])
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def main():
    out = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "icons")
    out.mkdir(parents=True, exist_ok=True)
    for name, size in [("32x32.png", 32), ("128x128.png", 128), ("128x128@2x.png", 256), ("icon.png", 512)]:
        (out / name).write_bytes(render(size))


if __name__ == "__main__":
    main()
